package export

import (
	"strings"
	"testing"
	"time"

	"github.com/objector-eu/objector/app/catalog"
	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/locales"
)

// TestComposedLetters runs every exporter over the letters Compose writes,
// for both kinds, every catalog controller and every language with letter
// messages: the hand-made Documents of the other tests must not hide a
// shape the real ones have.
func TestComposedLetters(t *testing.T) {
	b, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	today := time.Date(2026, time.January, 31, 9, 0, 0, 0, time.UTC)
	for _, lang := range b.Languages() {
		l := b.Localizer(lang)
		if !l.Has("Letter.Salutation") {
			continue
		}
		for _, c := range catalog.All() {
			for _, kind := range letter.Kinds {
				t.Run(lang+"/"+c.ID+"/"+string(kind), func(t *testing.T) {
					f := letter.Facts{
						Name: "Zofia Łukasiewicz-Őry", Street: "ul. Źródlana 5", PostalCode: "90-001", City: "Łódź",
						Country: "PL", Email: "zofia@example.pl", Account: "@zofia; profile 42",
						Controller: c.ID, Reasons: letter.ObjectionReasons[:2], Reason: "Line one, with a comma;\nline two.",
						Harms: letter.Harms, Amount: "500", IBAN: "PL61109010140000071219812874",
						ObjectionDate: "2025-12-01", Date: "2026-01-31",
					}
					doc, err := letter.Compose(kind, f, l, today)
					if err != nil {
						t.Fatalf("Compose: %v", err)
					}
					text := Text(doc)
					assertCleanText(t, text)
					for _, want := range []string{doc.Subject, "Zofia Łukasiewicz-Őry"} {
						if !strings.Contains(text, want) {
							t.Errorf("text lacks %q", want)
						}
					}
					m := Mailto(doc)
					assertURLChars(t, m)
					to, fields := parseMailto(t, m)
					if to != doc.To || fields["subject"] != OneLine(doc.Subject) {
						t.Errorf("mailto to %q subject %q", to, fields["subject"])
					}
					msg := readEML(t, EML(doc, today))
					if got := emlBody(t, msg); got != text {
						t.Error("EML body differs from Text")
					}
					if doc.To != "" && msg.Header.Get("To") != doc.To {
						t.Errorf("EML To %q, want %q", msg.Header.Get("To"), doc.To)
					}
					ics := ICS(doc, today)
					if ics == nil {
						t.Fatal("no reminder")
					}
					parseICS(t, ics)
					for _, ext := range []string{"pdf", "eml", "ics", "txt"} {
						name := FileName(doc, ext)
						if !safeName.MatchString(name) || !strings.HasSuffix(name, "-2026-01-31."+ext) {
							t.Errorf("file name %q", name)
						}
					}
				})
			}
		}
	}
}
