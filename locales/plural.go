//go:build !wasm

// PluralCategories is for the host's tools and tests: the browser's runtime
// works without x/text (lang.go), whose import alone would add about 60 KB
// of brotli'd wasm.

package locales

import (
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// PluralCategories returns the CLDR cardinal plural categories of a
// language ("one", "few", …, "other"), in CLDR's order, as the runtime's
// plural rules (x/text) know them: exactly the forms a plural message of
// that language must have. It asks x/text about integers and decimals,
// because x/text does not list a language's categories itself.
//
// goi18n's own rules come from a newer CLDR and ask French, Italian and
// Spanish for a "many" form (a million) that x/text never selects; the
// translator workflow (locales/translate) keeps to these categories.
func PluralCategories(lang string) []string {
	tag := language.Make(lang)
	seen := map[plural.Form]bool{}
	for i := 0; i <= 1000; i++ {
		seen[plural.Cardinal.MatchPlural(tag, i, 0, 0, 0, 0)] = true
		for f := 0; f <= 9; f++ {
			w := 1
			if f == 0 {
				w = 0
			}
			seen[plural.Cardinal.MatchPlural(tag, i, 1, w, f, f)] = true
		}
	}
	for _, i := range []int{1000000, 2000000} {
		seen[plural.Cardinal.MatchPlural(tag, i, 0, 0, 0, 0)] = true
	}
	var out []string
	for _, f := range []struct {
		form plural.Form
		name string
	}{{plural.Zero, "zero"}, {plural.One, "one"}, {plural.Two, "two"}, {plural.Few, "few"}, {plural.Many, "many"}, {plural.Other, "other"}} {
		if seen[f.form] {
			out = append(out, f.name)
		}
	}
	return out
}
