package postal

import (
	"strings"
	"testing"
)

// eea are the 30 EU/EEA countries the app serves.
var eea = strings.Fields("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK")

// TestRegistered: every EU/EEA country but those with no sure hint has a
// named product with its operator and a language; the interface language
// never changes a one-language country's hint, and picks the name in a
// country with several.
func TestRegistered(t *testing.T) {
	unsure := map[string]bool{"DK": true}
	for _, c := range eea {
		s, ok := Registered(c, "en")
		if ok == unsure[c] {
			t.Errorf("%s: ok = %v, want %v", c, ok, !unsure[c])
			continue
		}
		if !ok {
			continue
		}
		if !strings.Contains(s.Name, " (") || !strings.HasSuffix(s.Name, ")") || s.Lang == "" {
			t.Errorf("%s: %+v, want a product (Operator) with a language", c, s)
		}
	}
	for _, tc := range []struct{ country, lang, want string }{
		{"DE", "en", "Einschreiben mit Rückschein (Deutsche Post)"},
		{"DE", "fr", "Einschreiben mit Rückschein (Deutsche Post)"},
		{"IE", "de", "Registered Post (An Post)"},
		{"BE", "fr", "envoi recommandé avec accusé de réception (bpost)"},
		{"BE", "en", "aangetekende zending met ontvangstbewijs (bpost)"},
		{"FI", "sv", "rekommenderat brev (Posti)"},
		{"FI", "en", "kirjattu kirje (Posti)"},
	} {
		if s, _ := Registered(tc.country, tc.lang); s.Name != tc.want {
			t.Errorf("Registered(%s, %s) = %q, want %q", tc.country, tc.lang, s.Name, tc.want)
		}
	}
	for _, c := range []string{"", "GB", "CH", "de", "XX"} {
		if s, ok := Registered(c, "en"); ok {
			t.Errorf("Registered(%q) = %+v, want none", c, s)
		}
	}
}

// TestTableWellFormed: every line reads "CC ll Name", so Registered's
// slicing can never fail.
func TestTableWellFormed(t *testing.T) {
	for _, e := range registered {
		if len(e) < 8 || e[2] != ' ' || e[5] != ' ' || strings.ToUpper(e[:2]) != e[:2] || strings.ToLower(e[3:5]) != e[3:5] {
			t.Errorf("malformed line %q", e)
		}
	}
}
