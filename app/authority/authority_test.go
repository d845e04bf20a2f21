package authority

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/objector-eu/objector/app/check"
)

// eea is every EU and EEA state, each of which must have an authority.
var eea = []string{
	"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
	"IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", // EU
	"IS", "LI", "NO", // EEA
}

// länder are the 16 German Länder by their two-letter codes.
var länder = []string{"BB", "BE", "BW", "BY", "HB", "HE", "HH", "MV", "NI", "NW", "RP", "SH", "SL", "SN", "ST", "TH"}

func TestCount(t *testing.T) {
	if n := len(All()); n != 45 {
		t.Errorf("%d authorities, want 45 (26 national outside Germany, 16 Länder, IS, LI, NO)", n)
	}
	if n := len(Slugs()); n != 45 {
		t.Errorf("Slugs: %d, want 45", n)
	}
}

// TestSlugs pins the slug shape and uniqueness, and keeps out what must
// not be in the list: the federal BfDI, Bavaria's public-sector
// authority, church and broadcasting authorities, Switzerland and the UK.
func TestSlugs(t *testing.T) {
	shape := regexp.MustCompile(`^[a-z]{2}[a-z]{2,12}$`)
	seen := map[string]bool{}
	for i, s := range Slugs() {
		if !shape.MatchString(s) {
			t.Errorf("slug %q: want lower-case letters, the country first", s)
		}
		if seen[s] {
			t.Errorf("slug %q twice", s)
		}
		seen[s] = true
		if a := All()[i]; a.Slug != s {
			t.Errorf("Slugs()[%d] = %q, All()[%d].Slug = %q", i, s, i, a.Slug)
		}
		if a, _ := Lookup(s); !strings.HasPrefix(s, strings.ToLower(a.Country)) {
			t.Errorf("slug %q does not start with its country %q", s, a.Country)
		}
	}
	for _, bad := range []string{"debfdi", "debayldb", "derf", "derfdw", "deekdbfd", "dekathdsz", "dekathbayddsb", "dekathffdsz", "dekathnordddsb", "dekathostddsb", "chedoeb", "gbico"} {
		if seen[bad] {
			t.Errorf("%q is in the list; it is not competent for complaints about companies in the EEA", bad)
		}
	}
	for _, a := range All() {
		for _, word := range []string{"Bundesbeauftragte", "Rundfunk", "Kirch", "Bistum", "Diözes", "EKD"} {
			if strings.Contains(a.Name, word) {
				t.Errorf("%s: name %q looks like a federal, church or broadcasting authority", a.Slug, a.Name)
			}
		}
	}
}

func TestEntriesComplete(t *testing.T) {
	email := regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-z]{2,}$`)
	language := regexp.MustCompile(`^[a-z]{2}$`)
	for _, a := range All() {
		t.Run(a.Slug, func(t *testing.T) {
			for name, v := range map[string]string{
				"Name": a.Name, "Country": a.Country, "City": a.City, "Web": a.Web,
				"Source": a.Source, "Checked": a.Checked,
			} {
				if strings.TrimSpace(v) == "" {
					t.Errorf("%s is empty", name)
				}
			}
			if !slices.Contains(eea, a.Country) {
				t.Errorf("country %q is not an EU/EEA state", a.Country)
			}
			if (a.Country == "DE") != (a.Land != "") {
				t.Errorf("country %q with Land %q: a Land for German authorities only", a.Country, a.Land)
			}
			if a.Land != "" && !slices.Contains(länder, a.Land) {
				t.Errorf("Land %q unknown", a.Land)
			}
			if len(a.Street) == 0 {
				t.Error("no street lines")
			}
			for _, s := range append([]string{a.Name, a.City, a.PostalCode}, a.Street...) {
				if s == "" || s != strings.TrimSpace(s) || strings.ContainsAny(s, "\r\n\t") {
					t.Errorf("field %q: empty, padded or multi-line", s)
				}
			}
			// Every country here uses postal codes; the letter prints them
			// with check.FormatPostalCode, so they must be valid and
			// already in that form.
			if p := check.PostalCode(a.Country, a.PostalCode); !p.OK() || a.PostalCode == "" {
				t.Errorf("postal code %q is not a valid %s code", a.PostalCode, a.Country)
			}
			if got := check.FormatPostalCode(a.Country, a.PostalCode); got != a.PostalCode {
				t.Errorf("postal code %q, printed as %q", a.PostalCode, got)
			}
			if a.Email != "" && !email.MatchString(a.Email) {
				t.Errorf("e-mail %q malformed", a.Email)
			}
			if a.EmailComplaints && a.Email == "" {
				t.Error("takes complaints by e-mail but has no address")
			}
			if a.Email == "" && a.ComplaintForm == "" {
				t.Error("neither e-mail nor complaint form: only post")
			}
			for name, u := range map[string]string{"Web": a.Web, "ComplaintForm": a.ComplaintForm, "Source": a.Source} {
				if u == "" {
					continue
				}
				p, err := url.Parse(u)
				if err != nil || p.Scheme != "https" || p.Host == "" || strings.ContainsAny(u, " \n") {
					t.Errorf("%s %q: want an https URL", name, u)
				}
			}
			if want := "https://github.com/datenanfragen/data/blob/master/supervisory-authorities/" + a.Slug + ".json"; a.Source != want {
				t.Errorf("source %q, want %q", a.Source, want)
			}
			if _, err := time.Parse("2006-01-02", a.Checked); err != nil {
				t.Errorf("checked %q: want YYYY-MM-DD", a.Checked)
			}
			if len(a.Languages) == 0 {
				t.Error("no complaint language")
			}
			for _, l := range a.Languages {
				if !language.MatchString(l) {
					t.Errorf("language %q: want ISO 639-1", l)
				}
			}
		})
	}
}

// TestOrder checks All is sorted by country, then Land.
func TestOrder(t *testing.T) {
	all := All()
	for i := 1; i < len(all); i++ {
		a, b := all[i-1], all[i]
		if a.Country > b.Country || a.Country == b.Country && a.Land >= b.Land {
			t.Errorf("%s (%s %s) before %s (%s %s)", a.Slug, a.Country, a.Land, b.Slug, b.Country, b.Land)
		}
	}
}

func TestForCountry(t *testing.T) {
	for _, c := range eea {
		t.Run(c, func(t *testing.T) {
			got := ForCountry(c)
			want := 1
			if c == "DE" {
				want = 16
			}
			if len(got) != want {
				t.Fatalf("%d authorities, want %d", len(got), want)
			}
			if c == "DE" {
				var lands []string
				for _, a := range got {
					lands = append(lands, a.Land)
				}
				slices.Sort(lands)
				if !slices.Equal(lands, länder) {
					t.Errorf("Länder %v, want one each of %v", lands, länder)
				}
			}
		})
	}
	for _, c := range []string{"CH", "GB", "US", "", "XX", "de "} {
		t.Run("other "+c, func(t *testing.T) {
			got := ForCountry(c)
			if c == "de " {
				if len(got) != 16 {
					t.Errorf("ForCountry(%q): %d, want 16 (case and spaces ignored)", c, len(got))
				}
				return
			}
			if len(got) != 0 {
				t.Errorf("ForCountry(%q): %d authorities, want none", c, len(got))
			}
		})
	}
}

// TestLanguages pins the default complaint languages the letter uses.
func TestLanguages(t *testing.T) {
	for _, tc := range []struct {
		slug string
		want []string
	}{
		{"beapd", []string{"nl", "fr"}},
		{"lucnpd", []string{"fr", "de"}},
		{"fitst", []string{"fi", "sv"}},
		{"iedpc", []string{"en"}},
		{"mtidpc", []string{"mt", "en"}},
		{"cydp", []string{"el"}},
		{"lidss", []string{"de"}},
		{"isdpa", []string{"is"}},
		{"nods", []string{"no"}},
		{"atdsb", []string{"de"}},
		{"deberlbdi", []string{"de"}},
	} {
		t.Run(tc.slug, func(t *testing.T) {
			a, ok := Lookup(tc.slug)
			if !ok {
				t.Fatal("not found")
			}
			if !slices.Equal(a.Languages, tc.want) {
				t.Errorf("languages %v, want %v", a.Languages, tc.want)
			}
		})
	}
}

// TestEmailComplaints pins the authorities that do not take a complaint by
// plain e-mail.
func TestEmailComplaints(t *testing.T) {
	no := []string{"bgcpdp", "esaepa", "frcnil", "iedpc", "itgpdp", "nlap", "nods", "plgiodo"}
	for _, a := range All() {
		t.Run(a.Slug, func(t *testing.T) {
			if want := !slices.Contains(no, a.Slug); a.EmailComplaints != want {
				t.Errorf("EmailComplaints %v, want %v", a.EmailComplaints, want)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		slug, country, land, city string
		ok                        bool
	}{
		{"deberlbdi", "DE", "BE", "Berlin", true},
		{"debaylda", "DE", "BY", "Ansbach", true},
		{"iedpc", "IE", "", "Dublin 2", true},
		{"frcnil", "FR", "", "PARIS CEDEX 07", true},
		{"nods", "NO", "", "Oslo", true},
		{"debfdi", "", "", "", false},
		{"gbico", "", "", "", false},
		{"", "", "", "", false},
		{"DEBERLBDI", "", "", "", false},
	} {
		t.Run(tc.slug, func(t *testing.T) {
			a, ok := Lookup(tc.slug)
			if ok != tc.ok || a.Country != tc.country || a.Land != tc.land || a.City != tc.city {
				t.Errorf("Lookup = %s %s %s %v, want %s %s %s %v", a.Country, a.Land, a.City, ok, tc.country, tc.land, tc.city, tc.ok)
			}
			if !ok && a.Slug != "" {
				t.Errorf("not found, but a non-zero Authority: %+v", a)
			}
		})
	}
}

// TestCopies checks callers cannot change the list through the slices
// they get.
func TestCopies(t *testing.T) {
	a, _ := Lookup("iedpc")
	a.Street[0] = "changed"
	a.Languages[0] = "xx"
	all := All()
	all[0].Street[0] = "changed"
	ForCountry("DE")[0].Languages[0] = "xx"
	b, _ := Lookup("iedpc")
	if b.Street[0] == "changed" || b.Languages[0] == "xx" {
		t.Error("Lookup shares its slices")
	}
	if All()[0].Street[0] == "changed" {
		t.Error("All shares its slices")
	}
	if ForCountry("DE")[0].Languages[0] == "xx" {
		t.Error("ForCountry shares its slices")
	}
}
