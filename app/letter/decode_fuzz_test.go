package letter

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// FuzzDecodeFacts feeds DecodeFacts arbitrary bytes (seeds in
// testdata/fuzz/FuzzDecodeFacts: deep nesting, huge numbers, invalid UTF-8,
// NUL bytes, repeated keys, arrays for objects, and the fixtures). Nothing
// may panic, neither decoding nor validating what was decoded; what decodes
// must survive a round trip through encoding/json unchanged.
func FuzzDecodeFacts(f *testing.F) {
	files, _ := filepath.Glob("testdata/facts/*.json")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		facts, err := DecodeFacts(bytes.NewReader(data))
		if err != nil {
			if !reflect.DeepEqual(facts, Facts{}) {
				t.Errorf("facts beside an error: %+v", facts)
			}
			return
		}
		facts.Validate(Objection)
		facts.Validate(Damages)
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(facts); err != nil {
			t.Fatal(err)
		}
		if buf.Len() > MaxFactsSize {
			return // escaping made it longer than the limit
		}
		again, err := DecodeFacts(&buf)
		if err != nil {
			t.Fatalf("re-encoded facts do not decode: %v\n%s", err, buf.Bytes())
		}
		if !reflect.DeepEqual(normal(again), normal(facts)) {
			t.Errorf("round trip changed the facts:\n%+v\n%+v", facts, again)
		}
	})
}

// normal treats empty and missing lists alike, as omitempty does.
func normal(f Facts) Facts {
	for _, s := range []*[]string{&f.Services, &f.Reasons, &f.Harms} {
		if len(*s) == 0 {
			*s = nil
		}
	}
	return f
}
