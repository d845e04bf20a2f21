package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/pdf"
	"github.com/objector-eu/objector/locales"
	"github.com/objector-eu/objector/web"
)

// TestRenderSameAsDirect: a letter sent to the module as JSON makes the
// same PDF, byte for byte, as pdf.Render of the letter itself.
func TestRenderSameAsDirect(t *testing.T) {
	fonts, err := pdf.LoadFonts(web.Fonts)
	if err != nil {
		t.Fatal(err)
	}
	bundle, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	today := time.Date(2026, time.June, 3, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, fixture, lang string
		kind                letter.Kind
	}{
		{"objection-de", "meta", "de", letter.Objection},
		{"damages-en", "linkedin", "en", letter.Damages},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "..", "app", "letter", "testdata", "facts", tc.fixture+".json"))
			if err != nil {
				t.Fatal(err)
			}
			var f letter.Facts
			if err := json.Unmarshal(data, &f); err != nil {
				t.Fatal(err)
			}
			doc, err := letter.Compose(tc.kind, f, bundle.Localizer(tc.lang), today)
			if err != nil {
				t.Fatal(err)
			}
			want, err := pdf.Render(doc, fonts)
			if err != nil {
				t.Fatal(err)
			}
			docJSON, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			got, err := render(docJSON, fonts)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("the PDF from JSON differs from pdf.Render (%d vs %d bytes)", len(got), len(want))
			}
		})
	}
}

func TestRenderRefusesBadInput(t *testing.T) {
	fonts, err := pdf.LoadFonts(web.Fonts)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{``, `{`, `[]`, `{"Body": 3}`} {
		if _, err := render([]byte(in), fonts); err == nil {
			t.Errorf("render(%q) made a PDF", in)
		}
	}
}
