package locales

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"reflect"
	"strings"
	"testing"
)

// parseReference is the encoding/json reading of a message file that
// parseMessages replaced; the tests hold the two to the same results.
func parseReference(data []byte) (map[string]*Message, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	out := make(map[string]*Message, len(raw))
	for id, v := range raw {
		m := &Message{ID: id, Forms: map[string]string{}}
		var s string
		if err := json.Unmarshal(v, &s); err == nil {
			m.Forms["other"] = s
			out[id] = m
			continue
		}
		var obj map[string]string
		if err := json.Unmarshal(v, &obj); err != nil {
			return nil, fmt.Errorf("message %q: want a string or an object of strings", id)
		}
		for k, text := range obj {
			switch k = strings.ToLower(k); k {
			case "description":
				m.Description = text
			case "hash", "id":
			case "zero", "one", "two", "few", "many", "other":
				m.Forms[k] = text
			default:
				return nil, fmt.Errorf("message %q: unknown field %q", id, k)
			}
		}
		if _, ok := m.Forms["other"]; !ok {
			return nil, fmt.Errorf("message %q: no \"other\" form", id)
		}
		out[id] = m
	}
	return out, nil
}

func TestParseMatchesEncodingJSONOnEveryFile(t *testing.T) {
	entries, err := fs.ReadDir(Files(), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Run(e.Name(), func(t *testing.T) {
			data, err := fs.ReadFile(Files(), e.Name())
			if err != nil {
				t.Fatal(err)
			}
			want, err := parseReference(data)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Parse differs from encoding/json")
			}
		})
	}
}

func TestParseStrings(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"plain", `"Hallo"`, "Hallo"},
		{"utf-8", `"Čeština – ß"`, "Čeština – ß"},
		{"escapes", `"a\"b\\c\/d\n\t\r\b\f"`, "a\"b\\c/d\n\t\r\b\f"},
		{"unicode escape", `"\u00e9\u20AC"`, "é€"},
		{"surrogate pair", `"\ud83d\ude00"`, "😀"},
		{"lone high surrogate", `"\ud83dx"`, "\uFFFDx"},
		{"high then non-low", `"\ud83d\u0041"`, "\uFFFDA"},
		{"lone low surrogate", `"\ude00"`, "\uFFFD"},
		{"invalid utf-8", "\"a\xffb\"", "a\uFFFDb"},
		{"placeholder", `"{{.Name}}"`, "{{.Name}}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []byte(`{"A": ` + tt.body + `, "B": {"other": ` + tt.body + `}}`)
			got, err := Parse(body)
			if err != nil {
				t.Fatal(err)
			}
			if got["A"].Forms["other"] != tt.want || got["B"].Forms["other"] != tt.want {
				t.Errorf("got %q and %q, want %q", got["A"].Forms["other"], got["B"].Forms["other"], tt.want)
			}
			ref, err := parseReference(body)
			if err != nil || !reflect.DeepEqual(got, ref) {
				t.Errorf("encoding/json reads %v (err %v)", ref, err)
			}
		})
	}
}

func TestParseRejectsMalformed(t *testing.T) {
	tests := []struct{ name, body string }{
		{"empty", ``},
		{"unterminated object", `{"A": "x"`},
		{"unterminated string", `{"A": "x}`},
		{"trailing comma", `{"A": "x",}`},
		{"no colon", `{"A" "x"}`},
		{"control character", "{\"A\": \"a\nb\"}"},
		{"bad escape", `{"A": "\x"}`},
		{"short unicode escape", `{"A": "\u12"}`},
		{"nested too deep", `{"A": {"other": {"x": "y"}}}`},
		{"array value", `{"A": ["x"]}`},
		{"data after", `{"A": "x"} {}`},
		{"bare key", `{A: "x"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Parse([]byte(tt.body)); err == nil {
				t.Errorf("Parse(%q) succeeded, want error", tt.body)
			}
		})
	}
}

// FuzzParse: no input panics, and whatever Parse accepts, encoding/json
// reads the same way (Parse may refuse more, e.g. null values).
func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"A": "x", "B": {"description": "d", "one": "o", "other": "{{.Count}} x"}}`))
	f.Add([]byte(`{"A": "\u00e9\ud83d\ude00\"\\", "Hash": {"other": "y", "HASH": "sha1-x"}}`))
	f.Add([]byte("{\"A\": \"a\xffb\"}"))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := Parse(data)
		if err != nil {
			return
		}
		want, err := parseReference(data)
		if err != nil {
			t.Fatalf("Parse accepted what encoding/json refuses: %v", err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Parse = %v, encoding/json = %v", got, want)
		}
	})
}

func TestLoadParsesOnFirstUse(t *testing.T) {
	b, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(b.langs); n != 0 {
		t.Fatalf("Load parsed %d languages before any was used", n)
	}
	if !b.Has("de") {
		t.Fatal("no German")
	}
	if got := b.Localizer("de").T("App.Name"); got == "" || strings.Contains(got, MissingOpen) {
		t.Errorf("German App.Name = %q", got)
	}
	if _, parsed := b.langs["de"]; !parsed || len(b.langs) != 1 {
		t.Errorf("parsed %v, want only de", keys(b.langs))
	}
}

func TestEmbeddedFilesLoadEagerly(t *testing.T) {
	b, err := LoadFS(Files())
	if err != nil {
		t.Fatal(err)
	}
	if len(b.langs) != len(b.Languages()) {
		t.Errorf("LoadFS parsed %d of %d languages", len(b.langs), len(b.Languages()))
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestPeekMatchesLocalizer(t *testing.T) {
	eager, err := LoadFS(Files())
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{"Lang.Name", "App.Name", "Format.Date", "No.Such.Message"}
	for _, lang := range eager.Languages() {
		lazy, err := Load()
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			want := eager.Localizer(lang).T(id)
			if got := lazy.Peek(lang, id); got != want {
				t.Errorf("Peek(%s, %s) = %q, want %q", lang, id, got, want)
			}
			if got := eager.Peek(lang, id); got != want {
				t.Errorf("Peek(%s, %s) after parsing = %q, want %q", lang, id, got, want)
			}
		}
		if len(lazy.langs) != 0 {
			t.Errorf("Peek parsed %v", keys(lazy.langs))
		}
	}
}

func TestPeekMessage(t *testing.T) {
	data := []byte(`{"A": "first", "B": {"description": "d \"q\"", "one": "o", "Other": "b"}, "A": "last", "C": {}}`)
	tests := []struct {
		id, want string
		found    bool
	}{
		{"A", "last", true},
		{"B", "b", true},
		{"C", "", false},
		{"D", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			got, found, err := peekMessage(data, tt.id)
			if err != nil || got != tt.want || found != tt.found {
				t.Errorf("peekMessage(%s) = %q, %v, %v; want %q, %v", tt.id, got, found, err, tt.want, tt.found)
			}
		})
	}
	if _, _, err := peekMessage([]byte(`{"A": "x", "B": [1]}`), "A"); err == nil {
		t.Error("peekMessage read a malformed file without error")
	}
}

func TestSkipString(t *testing.T) {
	tests := []struct {
		name, body string
		rest       string
	}{
		{"plain", `"abc" x`, " x"},
		{"escaped quote", `"a\"b" x`, " x"},
		{"escaped backslash", `"a\\" x`, " x"},
		{"escaped backslash and quote", `"a\\\"b" x`, " x"},
		{"empty", `"" x`, " x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &scanner{data: []byte(tt.body)}
			if err := p.skipString(); err != nil {
				t.Fatal(err)
			}
			if got := string(p.data[p.i:]); got != tt.rest {
				t.Errorf("rest %q, want %q", got, tt.rest)
			}
		})
	}
	if err := (&scanner{data: []byte(`"abc\"`)}).skipString(); err == nil {
		t.Error("unterminated string skipped")
	}
}

// The browser build skips descriptions (keepDescriptions, files_wasm.go):
// the messages must come out the same but for them.
func TestParseWithoutDescriptions(t *testing.T) {
	data := []byte(`{"A": {"description": "Say \"hi\" — to whom?", "other": "Hi"}, "B": "Bye", "C": {"Description": "x", "one": "one {{.N}}", "other": "{{.N}} many"}}`)
	with, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	defer func(keep bool) { keepDescriptions = keep }(keepDescriptions)
	keepDescriptions = false
	without, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if with["A"].Description == "" {
		t.Fatal("the host lost a description")
	}
	for id, m := range with {
		w := without[id]
		if w == nil || w.Description != "" || !reflect.DeepEqual(w.Forms, m.Forms) {
			t.Errorf("%s: without descriptions %+v, want the forms of %+v and no description", id, w, m)
		}
	}
	if _, err := Parse([]byte(`{"A": {"description": 1, "other": "x"}}`)); err == nil {
		t.Error("a description that is not a string was taken")
	}
}

// BenchmarkParseSource is the browser's start-up read of the English
// messages, without their descriptions (files_wasm.go).
func BenchmarkParseSource(b *testing.B) {
	var data [][]byte
	for _, name := range []string{"ui.en.json", "common.en.json", "pwa.en.json", "check.en.json", "letter.en.json", "embed.en.json"} {
		d, err := fs.ReadFile(Files(), name)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
	}
	keep := keepDescriptions
	keepDescriptions = false
	defer func() { keepDescriptions = keep }()
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range data {
			if _, err := Parse(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
