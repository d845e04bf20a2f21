package letter_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/objector-eu/objector/app/export"
	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/locales"
)

// BenchmarkCompose measures what the wizard does on every change: compose a
// letter from the facts (validation included) and render it as plain text
// with export.Text, the renderer of the preview, clipboard and e-mail.
func BenchmarkCompose(b *testing.B) {
	bundle, err := locales.Load()
	if err != nil {
		b.Fatal(err)
	}
	today := time.Date(2026, time.June, 3, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, fixture string
		kind          letter.Kind
	}{
		{"objection", "meta", letter.Objection},
		{"damages", "linkedin", letter.Damages},
	} {
		data, err := os.ReadFile(filepath.Join("testdata", "facts", tc.fixture+".json"))
		if err != nil {
			b.Fatal(err)
		}
		var f letter.Facts
		if err := json.Unmarshal(data, &f); err != nil {
			b.Fatal(err)
		}
		l := bundle.Localizer("de")
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				doc, err := letter.Compose(tc.kind, f, l, today)
				if err != nil {
					b.Fatal(err)
				}
				if export.Text(doc) == "" {
					b.Fatal("empty text")
				}
			}
		})
	}
}
