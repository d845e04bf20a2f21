package letter

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// FuzzCompose feeds Compose every kind, language and facts file the fuzzer
// can think of, and also the writer behind it with facts Validate would
// refuse: nothing may panic, because a panic kills the WebAssembly app. The
// seed corpus is in testdata/fuzz/FuzzCompose.
func FuzzCompose(f *testing.F) {
	b := loadBundle(f)
	f.Add("objection", "de", []byte(`{"name":"A","controller":"meta"}`), int64(1780000000))
	f.Fuzz(func(t *testing.T, kind, lang string, facts []byte, unix int64) {
		var fs Facts
		if err := json.Unmarshal(facts, &fs); err != nil {
			return
		}
		l := b.Localizer(lang)
		today := time.Unix(unix, 0).UTC()
		doc, err := Compose(Kind(kind), fs, l, today)
		if err == nil {
			if doc.Subject == "" || len(doc.Body) == 0 || doc.Signature == "" {
				t.Errorf("Compose succeeded with an empty letter: %+v", doc)
			}
			if strings.Contains(doc.Subject+doc.Salutation+doc.Closing, "⟦") {
				t.Errorf("Compose succeeded with missing messages: %q", doc.Subject)
			}
		}
		// The writer on its own, as if validation had a gap.
		if fs.Date == "" {
			fs.Date = today.Format(dateLayout)
		}
		write(Kind(kind), fs, l)
	})
}
