package catalog

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

// authoritySlugs are the slugs of the EU/EEA supervisory authorities that
// take complaints about companies, as datenanfragen/data names them
// (https://github.com/datenanfragen/data/tree/master/supervisory-authorities,
// CC0): church, broadcasting and non-EEA authorities are left out.
var authoritySlugs = strings.Fields(`atdsb beapd bgcpdp cydp czcuooz
	debawueldb debaylda debayldb deberlbdi debfdi debralda debrelfdi
	dehessbdi dehmbbfdi demvldi dendslfd denrwldi derlpbdi desaarudz
	desaechsdsb desalbd deshuld detlfdi dkdi eeaki esaepa fitst frcnil
	grdpa hrazop hunaih iedpc isdpa itgpdp lidss ltada lucnpd lvdvi
	mtidpc nlap nods plgiodo ptcnpd roanspdcp sedi siiprs skunoou`)

// eea lists the EU and EEA countries, where a controller can have its main
// establishment.
var eea = strings.Fields(`AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT
	LI LT LU LV MT NL NO PL PT RO SE SI SK`)

// TestIDsStable pins the ids: facts files, saved drafts and links name
// controllers by id, so renaming one breaks them.
func TestIDsStable(t *testing.T) {
	want := strings.Fields(`google meta whatsapp microsoft tiktok amazon spotify
		openai snap pinterest linkedin x reddit discord adobe deepl github slack
		anthropic grammarly mistral automattic photoroom shutterstock`)
	all := All()
	if len(all) != len(want) {
		t.Fatalf("catalog has %d entries, want %d", len(all), len(want))
	}
	for i, c := range all {
		if c.ID != want[i] {
			t.Errorf("entry %d: id %q, want %q", i, c.ID, want[i])
		}
	}
}

// TestUnique holds ids and services unique across the catalog, ignoring
// case: a search for a service must find one company.
func TestUnique(t *testing.T) {
	ids, services := map[string]string{}, map[string]string{}
	for _, c := range All() {
		if !regexp.MustCompile(`^[a-z][a-z0-9-]*$`).MatchString(c.ID) {
			t.Errorf("id %q: want lower-case letters, digits and hyphens", c.ID)
		}
		if prev, ok := ids[c.ID]; ok {
			t.Errorf("id %q twice (%s)", c.ID, prev)
		}
		ids[c.ID] = c.Name
		for _, s := range c.Services {
			k := strings.ToLower(s)
			if prev, ok := services[k]; ok {
				t.Errorf("service %q in %s and %s", s, prev, c.ID)
			}
			services[k] = c.ID
		}
	}
}

// TestPopularityOrder keeps the catalog most used first, ranks 1, 2, 3…
func TestPopularityOrder(t *testing.T) {
	for i, c := range All() {
		if c.Popularity != i+1 {
			t.Errorf("%s at position %d has Popularity %d", c.ID, i+1, c.Popularity)
		}
	}
}

func TestEntriesComplete(t *testing.T) {
	eircode := regexp.MustCompile(`^[AC-FHKNPRTV-Y][0-9][0-9W] [AC-FHKNPRTV-Y0-9]{4}$`)
	email := regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-z]{2,}$`)
	about := regexp.MustCompile(`^20[0-9]{2}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$`)
	for _, c := range All() {
		t.Run(c.ID, func(t *testing.T) {
			for name, v := range map[string]string{
				"Name": c.Name, "City": c.City, "Country": c.Country,
				"Checked": c.Checked,
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
			// Eircodes are optional for delivery in Ireland (an entry
			// without one says in its comment that no source gives it);
			// elsewhere a postal code is part of every address.
			switch {
			case c.Country == "IE" && c.PostalCode != "" && !eircode.MatchString(c.PostalCode):
				t.Errorf("Eircode %q malformed", c.PostalCode)
			case c.Country != "IE" && c.PostalCode == "":
				t.Error("no postal code")
			}
			if c.Email != "" && !email.MatchString(c.Email) {
				t.Errorf("e-mail %q malformed", c.Email)
			}
			if _, err := time.Parse("2006-01-02", c.Checked); err != nil {
				t.Errorf("Checked %q: %v", c.Checked, err)
			}
			switch c.Confidence {
			case "V", "V2", "M":
			default:
				t.Errorf("Confidence %q: want V, V2 or M", c.Confidence)
			}
			// A lead authority exists only for a controller established
			// in the EEA (Art. 56 GDPR); for one outside it, a person
			// complains to their own authority, so there is none to name.
			established := c.Representative == "" && known(eea, c.Country)
			switch {
			case established && !known(authoritySlugs, c.Authority):
				t.Errorf("authority %q: not a known slug", c.Authority)
			case established && AuthorityName(c.Authority) == c.Authority:
				t.Errorf("authority %q has no name", c.Authority)
			case !established && c.Authority != "":
				t.Errorf("authority %q for a controller not established in the EEA", c.Authority)
			}
			if strings.ContainsAny(c.Representative, "\r\n") {
				t.Errorf("representative %q: want one line", c.Representative)
			}
			services := map[string]bool{"": true}
			for _, s := range c.Services {
				services[s] = true
			}
			for _, f := range c.Forms {
				switch f.Kind {
				case FormObjection, FormDPO, FormPrivacy, FormSetting:
				default:
					t.Errorf("form %s: unknown kind %q", f.URL, f.Kind)
				}
				if !isHTTPS(f.URL) {
					t.Errorf("form URL %q: want an absolute https URL", f.URL)
				}
				if !services[f.Service] {
					t.Errorf("form %s: service %q is not one of the entry's", f.URL, f.Service)
				}
			}
			if len(c.Sources) == 0 {
				t.Error("no sources")
			}
			for _, s := range c.Sources {
				if !isHTTPS(s.URL) {
					t.Errorf("source URL %q: want an absolute https URL", s.URL)
				}
				if !about.MatchString(s.About) {
					t.Errorf("source %s: About %q, want YYYY-MM or YYYY-MM-DD", s.URL, s.About)
				}
				if strings.TrimSpace(s.What) == "" {
					t.Errorf("source %s: What is empty", s.URL)
				}
			}
			checkRoute(t, c)
		})
	}
}

// checkRoute holds the route to the data it needs: the send step leads
// with it, so it must have something to show.
func checkRoute(t *testing.T, c Controller) {
	t.Helper()
	has := func(kinds ...string) bool {
		for _, f := range c.Forms {
			if known(kinds, f.Kind) {
				return true
			}
		}
		return false
	}
	switch c.Route {
	case RouteEmail:
		if c.Email == "" {
			t.Error("route e-mail without an e-mail address")
		}
	case RouteForm:
		if !has(FormObjection, FormPrivacy) {
			t.Error("route form without an objection or privacy form")
		}
	case RouteSetting:
		if c.Setting == "" {
			t.Error("route setting without a setting path")
		}
	case RoutePost:
	default:
		t.Errorf("route %q unknown", c.Route)
	}
	if c.Setting != "" && !strings.Contains(c.Setting, " → ") {
		t.Errorf("setting %q: want a menu path, steps joined by \" → \"", c.Setting)
	}
}

func known(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func isHTTPS(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && u.Scheme == "https" && u.Host != "" && u.User == nil
}

// TestAuthorityName names the leads used and falls back to the slug.
func TestAuthorityName(t *testing.T) {
	for slug, want := range map[string]string{
		"iedpc":  "Data Protection Commission (IE)",
		"nlap":   "Autoriteit Persoonsgegevens (NL)",
		"nosuch": "nosuch",
		"":       "",
	} {
		if got := AuthorityName(slug); got != want {
			t.Errorf("AuthorityName(%q) = %q, want %q", slug, got, want)
		}
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
		{"unknown", "nosuch", false, ""},
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
	c.Sources[0].URL = "changed"
	all := All()
	all[0].Forms[0].URL = "changed"
	again, _ := Lookup("meta")
	if again.Services[0] != "Facebook" || again.Street[0] != "Merrion Road" || again.Forms[0].URL == "changed" || again.Sources[0].URL == "changed" {
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
