package cli

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/objector-eu/objector/locales"
)

// euLanguages are the 24 official languages of the EU, every one of which
// must write both letters.
var euLanguages = []string{"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
	"hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"}

// TestEveryLanguage prints both letters to Meta in each official EU
// language and checks, against that language's own messages, that the
// letter is complete: the regulation by its own name (ΓΚΠΔ, ОРЗД, RODO, …)
// and the letter's key article, the date and amount in the language's
// forms, the closing, the person's name with its diacritics, and no
// missing message or template residue.
func TestEveryLanguage(t *testing.T) {
	b, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	kinds := []struct {
		kind, facts, name, cite string
		date                    time.Time
	}{
		{"objection", "meta-objection.json", "Erika Mustermann", "Letter.Cite.Art21_1", time.Date(2026, 6, 3, 0, 0, 0, 0, time.UTC)},
		{"damages", "linkedin-damages.json", "Seán Ó Briain", "Letter.Cite.Art82_1", time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)},
	}
	for _, lang := range euLanguages {
		l := b.Localizer(lang)
		for _, k := range kinds {
			t.Run(lang+"/"+k.kind, func(t *testing.T) {
				code, out, errOut := invoke(t, "", "-kind", k.kind, "-lang", lang, "-controller", "meta", "-facts", filepath.Join("testdata", k.facts))
				if code != 0 || errOut != "" {
					t.Fatalf("exit %d, stderr %q", code, errOut)
				}
				want := []string{
					l.T("Letter.Cite.GDPR"), l.T(k.cite), l.Date(k.date), strings.TrimSpace(l.T("Letter.Closing")),
					k.name, "Meta Platforms Ireland Limited",
				}
				if k.kind == "damages" {
					want = append(want, l.Money(75000, "EUR"))
				}
				for _, w := range want {
					if strings.Contains(w, locales.MissingOpen) {
						t.Fatalf("%s lacks a message: %s", lang, w)
					}
					if !strings.Contains(out, w) {
						t.Errorf("the letter lacks %q:\n%s", w, out)
					}
				}
				for _, bad := range []string{locales.MissingOpen, "{{", "}}", "<no value>", "%!"} {
					if strings.Contains(out, bad) {
						t.Errorf("the letter contains %q:\n%s", bad, out)
					}
				}
			})
		}
	}
}
