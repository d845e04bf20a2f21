package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/objector-eu/objector/app/catalog"
)

// TestCompanySearchHides: the search hides the companies it leaves out and
// never removes one, so every company keeps its own element whatever was
// typed (e2e TestCompanySearchChoice shows why); the company already chosen
// stays shown, and the "no match" hint shows only when nothing else does.
func TestCompanySearchHides(t *testing.T) {
	// go-app's HTMLString writes attributes in any order, and a false
	// boolean as ="false" (the site's pages drop those, FixPrerendered).
	card := regexp.MustCompile(`<div ([^>]*card-company[^>]*)>\s*<input ([^>]*)>`)
	id := regexp.MustCompile(`id="company-([a-z]+)"`)
	hidden := func(attrs string) bool {
		return regexp.MustCompile(`(^|\s)hidden(\s|$|="true")`).MatchString(attrs)
	}
	for _, tc := range []struct {
		query, chosen string
		shown         []string // in the catalog's order
		noMatch       bool
	}{
		{"", "", ids(catalog.All()), false},
		{"linkedin", "", []string{"linkedin"}, false},
		{"GROK", "", []string{"x"}, false},
		{"linkedin", "meta", []string{"meta", "linkedin"}, false},
		{"no such company", "", nil, true},
	} {
		s := newState(t, "en")
		if tc.chosen != "" {
			s.Draft.ChooseController(tc.chosen)
		}
		html := renderHTML(t, &CompanyStep{S: s, query: tc.query})
		var all, shown []string
		for _, m := range card.FindAllStringSubmatch(html, -1) {
			c := id.FindStringSubmatch(m[2])
			if c == nil || c[1] == "other" {
				continue
			}
			all = append(all, c[1])
			if !hidden(m[1]) {
				shown = append(shown, c[1])
			}
		}
		if got, want := strings.Join(all, " "), strings.Join(ids(catalog.All()), " "); got != want {
			t.Errorf("%q: companies drawn %q, want all of %q", tc.query, got, want)
		}
		if got, want := strings.Join(shown, " "), strings.Join(tc.shown, " "); got != want {
			t.Errorf("%q (chosen %q): shown %q, want %q", tc.query, tc.chosen, got, want)
		}
		hint := regexp.MustCompile(`<p ([^>]*)>` + regexp.QuoteMeta(s.Loc.T("Wizard.Company.NoMatch")) + `</p>`).FindStringSubmatch(html)
		if hint == nil {
			t.Errorf("%q: no \"no match\" hint drawn", tc.query)
		} else if shownHint := !hidden(hint[1]); shownHint != tc.noMatch {
			t.Errorf("%q: \"no match\" hint shown = %v, want %v", tc.query, shownHint, tc.noMatch)
		}
		if !strings.Contains(html, `id="company-other"`) {
			t.Errorf("%q: no choice for another company", tc.query)
		}
	}
}

func ids(cs []catalog.Controller) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

// TestCompanySearchFindsServices: a search for any service of any company
// in the catalog, as people type it, shows that company; and "Not
// listed?" is drawn after every company, whatever the search, in the
// card that sticks to the bottom of the screen (e2e TestSendRouteAndPost
// sees it on a phone's first screen).
func TestCompanySearchFindsServices(t *testing.T) {
	all := catalog.All()
	searched := 0
	for _, ctrl := range all {
		for _, service := range append([]string{brandName(ctrl)}, ctrl.Services...) {
			for _, q := range []string{service, strings.ToLower(service), " " + strings.ToUpper(service) + " "} {
				c := &CompanyStep{S: newState(t, "en"), query: q}
				if !c.matches(ctrl) {
					t.Errorf("search %q does not find %s", q, ctrl.ID)
				}
				searched++
			}
		}
	}
	if searched < 3*len(all) {
		t.Fatalf("searched %d names for %d companies", searched, len(all))
	}
	for _, q := range []string{"", "ChatGPT", "no such company"} {
		html := renderHTML(t, &CompanyStep{S: newState(t, "en"), query: q})
		other := regexp.MustCompile(`<div [^>]*class="[^"]*card-other[^"]*"[^>]*>\s*<input [^>]*id="company-other"`).FindStringIndex(html)
		last := strings.LastIndex(html, `id="company-`+all[len(all)-1].ID+`"`)
		if other == nil || last < 0 || other[0] < last {
			t.Errorf("%q: \"Not listed?\" (sticky) at %v, not after the last company at %d", q, other, last)
		}
	}
}

// TestBrandName: the name a company is known by, from its legal name.
func TestBrandName(t *testing.T) {
	for id, want := range map[string]string{
		"meta": "Meta", "github": "GitHub", "automattic": "Automattic", "x": "X", "snap": "Snap",
	} {
		c, ok := catalog.Lookup(id)
		if !ok {
			t.Fatalf("no %s in the catalog", id)
		}
		if got := brandName(c); got != want {
			t.Errorf("brandName(%s) = %q, want %q", c.Name, got, want)
		}
	}
}
