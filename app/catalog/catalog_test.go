package catalog

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestIDsStable pins the ids: facts files, saved drafts and links name
// controllers by id, so renaming one breaks them.
func TestIDsStable(t *testing.T) {
	want := []string{"meta", "whatsapp", "linkedin", "x", "google", "microsoft", "openai"}
	all := All()
	if len(all) != len(want) {
		t.Fatalf("catalog has %d entries, want %d", len(all), len(want))
	}
	seen := map[string]bool{}
	for i, c := range all {
		if c.ID != want[i] {
			t.Errorf("entry %d: id %q, want %q", i, c.ID, want[i])
		}
		if seen[c.ID] {
			t.Errorf("id %q twice", c.ID)
		}
		seen[c.ID] = true
		if !regexp.MustCompile(`^[a-z][a-z0-9-]*$`).MatchString(c.ID) {
			t.Errorf("id %q: want lower-case letters, digits and hyphens", c.ID)
		}
	}
}

func TestEntriesComplete(t *testing.T) {
	eircode := regexp.MustCompile(`^[AC-FHKNPRTV-Y][0-9][0-9W] [AC-FHKNPRTV-Y0-9]{4}$`)
	email := regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-z]{2,}$`)
	for _, c := range All() {
		t.Run(c.ID, func(t *testing.T) {
			for name, v := range map[string]string{
				"Name": c.Name, "City": c.City, "Country": c.Country,
				"Authority": c.Authority, "Source": c.Source, "Checked": c.Checked,
			} {
				if strings.TrimSpace(v) == "" {
					t.Errorf("%s is empty", name)
				}
			}
			if len(c.Street) == 0 {
				t.Error("no street lines")
			}
			for _, s := range c.Street {
				if strings.TrimSpace(s) == "" || strings.ContainsAny(s, "\r\n") {
					t.Errorf("street line %q: empty or multi-line", s)
				}
			}
			if len(c.Services) == 0 {
				t.Error("no services")
			}
			if !regexp.MustCompile(`^[A-Z]{2}$`).MatchString(c.Country) {
				t.Errorf("country %q: want ISO 3166-1 alpha-2", c.Country)
			}
			// Eircodes are optional for delivery in Ireland; elsewhere a
			// postal code is part of every address.
			switch {
			case c.Country == "IE" && c.PostalCode != "" && !eircode.MatchString(c.PostalCode):
				t.Errorf("Eircode %q malformed", c.PostalCode)
			case c.Country != "IE" && c.PostalCode == "":
				t.Error("no postal code")
			}
			if c.Email == "" && len(c.Forms) == 0 {
				t.Error("neither e-mail nor web form: no way to reach the company but post")
			}
			if c.Email != "" && !email.MatchString(c.Email) {
				t.Errorf("e-mail %q malformed", c.Email)
			}
			if _, err := time.Parse("2006-01-02", c.Checked); err != nil {
				t.Errorf("Checked %q: %v", c.Checked, err)
			}
			for _, f := range c.Forms {
				switch f.Kind {
				case FormObjection, FormDPO, FormPrivacy, FormSetting:
				default:
					t.Errorf("form %s: unknown kind %q", f.URL, f.Kind)
				}
				u, err := url.Parse(f.URL)
				if err != nil || u.Scheme != "https" || u.Host == "" || u.User != nil {
					t.Errorf("form URL %q: want an absolute https URL", f.URL)
				}
			}
		})
	}
}

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		name, id string
		ok       bool
		legal    string
	}{
		{"meta", "meta", true, "Meta Platforms Ireland Limited"},
		{"x", "x", true, "X Internet Unlimited Company"},
		{"unknown", "tiktok", false, ""},
		{"empty", "", false, ""},
		{"case matters", "Meta", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, ok := Lookup(tc.id)
			if ok != tc.ok || c.Name != tc.legal {
				t.Errorf("Lookup(%q) = %q, %v; want %q, %v", tc.id, c.Name, ok, tc.legal, tc.ok)
			}
		})
	}
}

// TestCopies checks that callers cannot change the catalog through the
// slices they get.
func TestCopies(t *testing.T) {
	c, _ := Lookup("meta")
	c.Services[0] = "changed"
	c.Street[0] = "changed"
	all := All()
	all[0].Forms[0].URL = "changed"
	again, _ := Lookup("meta")
	if again.Services[0] != "Facebook" || again.Street[0] != "Merrion Road" || again.Forms[0].URL == "changed" {
		t.Errorf("catalog changed through a returned value: %+v", again)
	}
}

func TestMetaServices(t *testing.T) {
	c, _ := Lookup("meta")
	want := "Facebook Instagram Messenger Threads Meta AI"
	if got := strings.Join(c.Services, " "); got != want {
		t.Errorf("services %q, want %q", got, want)
	}
}
