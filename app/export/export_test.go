package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/objector-eu/objector/app/export/testdocs"
	"github.com/objector-eu/objector/app/letter"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update. On a
// mismatch it writes testdata/name.got beside it for a diff.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./app/export -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		os.WriteFile(path+".got", got, 0o644)
		t.Errorf("%s differs from the golden file; diff %s %s.got (or -update if intended)", name, path, path)
		return
	}
	os.Remove(path + ".got")
}

var stamp = time.Date(2026, time.June, 3, 14, 30, 0, 0, time.FixedZone("CEST", 2*3600))

func TestTextGolden(t *testing.T) {
	docs := testdocs.All()
	for _, name := range testdocs.Names {
		t.Run(name, func(t *testing.T) {
			doc := docs[name]
			got := Text(doc)
			golden(t, name+".txt", []byte(got))
			if got != Text(doc) {
				t.Error("Text is not deterministic")
			}
			assertCleanText(t, got)
			for _, want := range []string{doc.Subject, doc.Salutation, doc.Closing, doc.Signature, doc.PlaceDate, doc.Recipient[0]} {
				if !strings.Contains(got, want) {
					t.Errorf("text lacks %q", want)
				}
			}
		})
	}
}

// assertCleanText checks what every rendered text must satisfy.
func assertCleanText(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Error("text is not valid UTF-8")
	}
	if strings.Contains(s, "\n\n\n") {
		t.Error("text has two blank lines in a row")
	}
	for i, l := range strings.Split(s, "\n") {
		if strings.TrimRightFunc(l, unicode.IsSpace) != l {
			t.Errorf("line %d has trailing white space: %q", i+1, l)
		}
		for _, r := range l {
			if unicode.IsControl(r) {
				t.Errorf("line %d has control character %U", i+1, r)
			}
		}
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name string
		doc  letter.Document
		want string
	}{
		{"empty", letter.Document{}, ""},
		{"subject only", letter.Document{Subject: "Hello"}, "Hello\n"},
		{
			"line breaks and controls",
			letter.Document{
				Sender:  []string{"Ann\r\nSmith", "", "  \x00Street\t1  "},
				Subject: "Sub\rject\x1b[31m",
				Body:    []letter.Block{{Text: "one\r\ntwo\rthree\u2028four\n\n\n"}},
			},
			"Ann Smith\nStreet 1\n\nSub ject[31m\n\none\ntwo\nthree\nfour\n",
		},
		{
			"list numbering and hanging indent",
			letter.Document{Body: []letter.Block{{Kind: letter.List, Text: "Demands:", Items: []string{
				"a", "b\nsecond line\n\nafter blank", "c", "d", "e", "f", "g", "h", "i", "", "j",
			}}}},
			"Demands:\n 1. a\n 2. b\n    second line\n\n    after blank\n 3. c\n 4. d\n 5. e\n 6. f\n 7. g\n 8. h\n 9. i\n10. j\n",
		},
		{
			"heading is one line",
			letter.Document{Body: []letter.Block{{Kind: letter.Heading, Text: "Head\ning"}, {Text: "Para"}}},
			"Head ing\n\nPara\n",
		},
		{
			"enclosures need items",
			letter.Document{Closing: "Bye", EnclosuresLabel: "Enclosures"},
			"Bye\n",
		},
		{
			"enclosures",
			letter.Document{Signature: "Ann", EnclosuresLabel: "Enclosures", Enclosures: []string{"A", " ", "B"}},
			"Ann\n\nEnclosures\n- A\n- B\n",
		},
		{"invalid UTF-8", letter.Document{Subject: "a\xffb"}, "a\uFFFDb\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Text(tt.doc)
			if got != tt.want {
				t.Errorf("Text =\n%q\nwant\n%q", got, tt.want)
			}
			assertCleanText(t, got)
		})
	}
}

func BenchmarkText(b *testing.B) {
	doc := testdocs.Long()
	b.ReportAllocs()
	for b.Loop() {
		Text(doc)
	}
}
