package pdf

import (
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/objector-eu/objector/app/export/testdocs"
	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/web"
)

func loadFonts(tb testing.TB) Fonts {
	tb.Helper()
	fonts, err := LoadFonts(web.Fonts)
	if err != nil {
		tb.Fatal(err)
	}
	return fonts
}

func render(tb testing.TB, doc letter.Document) []byte {
	tb.Helper()
	out, err := Render(doc, loadFonts(tb))
	if err != nil {
		tb.Fatalf("Render: %v", err)
	}
	if !bytes.HasPrefix(out, []byte("%PDF-")) {
		tb.Fatalf("output does not start like a PDF: %q", out[:min(len(out), 16)])
	}
	return out
}

// poppler returns the path of a poppler tool (pdftotext, pdfinfo). Without
// it the test fails with a clear message under `make test`, in CI or in the
// end-to-end run, and is skipped with the reason in a bare `go test`.
func poppler(t *testing.T, tool string) string {
	t.Helper()
	path, err := exec.LookPath(tool)
	if err == nil {
		return path
	}
	msg := tool + " (Debian package poppler-utils) is not installed; the PDF round-trip tests need it: apt-get install poppler-utils"
	if os.Getenv("OBJECTOR_E2E") == "" && os.Getenv("CI") == "" {
		t.Skip(msg)
	}
	t.Fatal(msg)
	return ""
}

// run runs a poppler tool on pdf (written to a temporary file) and returns
// its output.
func run(t *testing.T, tool string, pdf []byte, args ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(poppler(t, tool), append(append(args, path), "-")...)
	if tool == "pdfinfo" {
		cmd = exec.Command(poppler(t, tool), append(args, path)...)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", tool, err, stderr.String())
	}
	if s := stderr.String(); s != "" {
		t.Errorf("%s complains: %s", tool, s)
	}
	return string(out)
}

// words collapses all white space to single spaces, so that text wrapped
// across lines still matches.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestRenderTextRoundTrip(t *testing.T) {
	docs := testdocs.All()
	samples := map[string][]string{
		"en-meta":     {"Meta Platforms Ireland Limited", "Art. 17(1)(c) GDPR", "3 July 2026"},
		"de-linkedin": {"Jürgen Müller-Lüdenscheidt", "Straße der Pariser Kommune 3", "Mit freundlichen Grüßen", "500,00 €", "IRLAND", "Einschreiben"},
		"el-meta":     {"Γενικός Κανονισμός", "Γιώργος Παπαδόπουλος", "ΙΡΛΑΝΔΙΑ"},
		"bg-x":        {"Общ регламент", "ул. „Витоша“ 15", "Препоръчано писмо", "Копие от лична карта"},
		"diacritics":  {"ő ű ł ș ț ġ ħ ż ā ē ė ų", "Győző Erdős", "Ġorġ Ħabib Żammit", "Ārija Ēvele, Ėglė Ųla", "Ștefan Țepeș", "Zażółć gęślą jaźń"},
		"long":        {"Demand number"},
	}
	for _, name := range testdocs.Names {
		t.Run(name, func(t *testing.T) {
			doc := docs[name]
			got := words(run(t, "pdftotext", render(t, doc), "-enc", "UTF-8"))
			want := append([]string{doc.Signature, doc.Subject, doc.Salutation, doc.PlaceDate, doc.Recipient[0], doc.ReturnLine}, samples[name]...)
			for _, w := range want {
				if !strings.Contains(got, words(w)) {
					t.Errorf("PDF text lacks %q; it reads:\n%s", w, got)
				}
			}
		})
	}
}

func TestRenderPages(t *testing.T) {
	tests := []struct {
		name    string
		doc     letter.Document
		pages   string
		numbers []string // page numbers that must appear, each on its page
	}{
		{"one page has no page number", testdocs.English(), "1", nil},
		{"long letter flows onto more pages", testdocs.Long(), "", []string{"1/", "2/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pdf := render(t, tt.doc)
			info := run(t, "pdfinfo", pdf)
			pages := regexp.MustCompile(`(?m)^Pages:\s+(\d+)$`).FindStringSubmatch(info)
			if pages == nil {
				t.Fatalf("pdfinfo gives no page count:\n%s", info)
			}
			if tt.pages != "" && pages[1] != tt.pages {
				t.Errorf("%s pages, want %s", pages[1], tt.pages)
			}
			text := run(t, "pdftotext", pdf, "-enc", "UTF-8")
			perPage := strings.Split(text, "\f")
			if tt.numbers == nil {
				if regexp.MustCompile(`\b1/1\b`).MatchString(text) {
					t.Error("a one-page letter shows a page number")
				}
				return
			}
			if pages[1] == "1" {
				t.Fatal("the long letter fits on one page; make it longer")
			}
			for i, n := range tt.numbers {
				want := n + pages[1]
				if !strings.Contains(perPage[i], want) {
					t.Errorf("page %d lacks %q", i+1, want)
				}
			}
			last := pages[1] + "/" + pages[1]
			if !strings.Contains(text, last) {
				t.Errorf("last page lacks %q", last)
			}
		})
	}
}

// bbox is pdftotext -bbox output: every word with its box in points.
type bbox struct {
	Pages []struct {
		Words []struct {
			XMin float64 `xml:"xMin,attr"`
			YMin float64 `xml:"yMin,attr"`
			XMax float64 `xml:"xMax,attr"`
			YMax float64 `xml:"yMax,attr"`
			Text string  `xml:",chardata"`
		} `xml:"word"`
	} `xml:"body>doc>page"`
}

// TestRenderLayout checks the DIN 5008 Form B positions: the return line and
// notice in the Zusatz- und Vermerkzone, the recipient in the Anschriftzone
// (both inside the 85 × 45 mm field at 20 mm / 45 mm), the sender top right,
// and the letter text within the 25 mm and 20 mm margins.
func TestRenderLayout(t *testing.T) {
	doc := testdocs.German()
	out := run(t, "pdftotext", render(t, doc), "-bbox", "-enc", "UTF-8")
	// pdftotext writes XHTML with a DOCTYPE; the XML decoder needs no DTD.
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = false
	var b bbox
	if err := dec.Decode(&b); err != nil {
		t.Fatal(err)
	}
	if len(b.Pages) != 1 {
		t.Fatalf("%d pages, want 1", len(b.Pages))
	}
	const mm = 72 / 25.4
	type box struct{ x0, y0, x1, y1 float64 }
	// inside checks that word appears somewhere within area.
	inside := func(what, word string, area box) {
		t.Helper()
		var seen []box
		for _, w := range b.Pages[0].Words {
			if w.Text != word {
				continue
			}
			got := box{w.XMin / mm, w.YMin / mm, w.XMax / mm, w.YMax / mm}
			if got.x0 >= area.x0-0.1 && got.y0 >= area.y0-0.1 && got.x1 <= area.x1+0.1 && got.y1 <= area.y1+0.1 {
				return
			}
			seen = append(seen, got)
		}
		t.Errorf("%s: %q not within %.1f,%.1f–%.1f,%.1f mm; found at %v", what, word,
			area.x0, area.y0, area.x1, area.y1, seen)
	}
	notes := box{20, 45, 105, 45 + 17.7}
	address := box{20, 45 + 17.7, 105, 90}
	inside("return line", "Kommune", notes)
	inside("dispatch notice", "Einschreiben", notes)
	inside("recipient's first line", "LinkedIn", address)
	inside("recipient's country", "IRLAND", address)
	inside("sender", "juergen@example.de", box{125, 10, 190, 45})
	inside("place and date", "2026", box{105, 90, 190, 110})
	for _, w := range b.Pages[0].Words {
		x0, x1, y0 := w.XMin/mm, w.XMax/mm, w.YMin/mm
		if y0 > 95 && (x0 < 25-0.1 || x1 > 190+0.1) {
			t.Errorf("word %q at %.1f–%.1f mm crosses the margins", w.Text, x0, x1)
		}
	}
}

func TestRenderMetadata(t *testing.T) {
	doc := testdocs.Greek()
	pdf := render(t, doc)
	for _, leak := range []string{"/Producer", "/Creator", "FPDF", "fpdf", "/Subject", "/Keywords"} {
		if bytes.Contains(pdf, []byte(leak)) {
			t.Errorf("PDF contains %q", leak)
		}
	}
	if !bytes.Contains(pdf, []byte("/CreationDate (D:20260603000000)")) {
		t.Error("creation date is not the letter's date")
	}
	if !bytes.Contains(pdf, []byte("/Lang (el)")) {
		t.Error("catalog lacks the letter's language")
	}
	info := run(t, "pdfinfo", pdf, "-enc", "UTF-8")
	for _, want := range []string{"Title: " + doc.Title, "Author: " + doc.Signature, "Page size: 595.28 x 841.89 pts (A4)"} {
		if !strings.Contains(words(info), want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
}

func TestRenderDeterministic(t *testing.T) {
	for name, doc := range testdocs.All() {
		t.Run(name, func(t *testing.T) {
			if a, b := render(t, doc), render(t, doc); !bytes.Equal(a, b) {
				t.Error("two renders of the same document differ")
			}
		})
	}
}

func TestRenderHostile(t *testing.T) {
	many := make([]string, 40)
	for i := range many {
		many[i] = strings.Repeat("Ω", i)
	}
	tests := []struct {
		name string
		doc  letter.Document
	}{
		{"empty", letter.Document{}},
		{"emoji and astral characters", letter.Document{Subject: "😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🇪🇺", Body: []letter.Block{{Text: "🙂\U0010FFFF"}}, Sender: []string{"😀"}}},
		{"control characters", letter.Document{Subject: "a\x00b\x1b[2J", ReturnLine: "\r\n\r\n", Recipient: []string{"\x00"}}},
		{"invalid UTF-8", letter.Document{Subject: "\xff\xfe\xfd", Signature: "\xc3(", Title: "\xed\xa0\x80"}},
		{"characters the font lacks", letter.Document{Subject: "日本語 עברית العربية ไทย"}},
		{"very long word", letter.Document{Body: []letter.Block{{Text: strings.Repeat("x", 5000)}}, ReturnLine: strings.Repeat("y", 500)}},
		{"very long one-line fields", letter.Document{ReturnLine: strings.Repeat("Ω ", 100000), Notice: strings.Repeat("ű", 100000)}},
		{"forty recipient lines", letter.Document{Recipient: many, Sender: many}},
		{"huge list", letter.Document{Body: []letter.Block{{Kind: letter.List, Items: many}}}},
		{"unknown block kind", letter.Document{Body: []letter.Block{{Kind: 99, Text: "x"}}}},
		{"PDF syntax in text", letter.Document{Subject: `) Tj ET /Producer (x) \( \\`, Lang: "en) /OpenAction (x"}},
	}
	fonts := loadFonts(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := Render(tt.doc, fonts)
			if err != nil {
				t.Fatalf("Render: %v", err)
			}
			if !bytes.HasPrefix(out, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(out), []byte("%%EOF")) {
				t.Error("output is not a complete PDF")
			}
			if bytes.Contains(out, []byte("/OpenAction")) {
				t.Error("text reached the PDF syntax")
			}
		})
	}
}

func TestRenderBadFonts(t *testing.T) {
	good := loadFonts(t)
	tests := []struct {
		name  string
		fonts Fonts
	}{
		{"none", Fonts{}},
		{"no bold", Fonts{Regular: good.Regular}},
		{"garbage", Fonts{Regular: []byte("not a font"), Bold: []byte{0, 1, 0, 0, 0, 9}}},
		{"truncated", Fonts{Regular: good.Regular[:1000], Bold: good.Bold[:1000]}},
		{"truncated directory", Fonts{Regular: good.Regular[:40], Bold: good.Bold}},
		{"swapped tag", Fonts{Regular: append([]byte("OTTO"), good.Regular[4:]...), Bold: good.Bold}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := Render(testdocs.English(), tt.fonts)
			if err == nil {
				t.Errorf("Render gave %d bytes and no error", len(out))
			}
		})
	}
}

func TestLoadFonts(t *testing.T) {
	if _, err := LoadFonts(os.DirFS(t.TempDir())); err == nil {
		t.Error("LoadFonts of an empty folder gave no error")
	}
}

// FuzzRender renders Documents made of arbitrary strings: Render must
// neither panic nor fail with good fonts.
func FuzzRender(f *testing.F) {
	f.Add("Objection", "Jane Doe", "Para\ngraph", "Meta Platforms Ireland Limited", "en")
	f.Add("Γενικός Κανονισμός", "Иван", "ő ű ł ș ț ġ ħ ż ā ē ė ų", "😀\x00\xff", "bg")
	fonts := loadFonts(f)
	f.Fuzz(func(t *testing.T, subject, name, body, recipient, lang string) {
		doc := letter.Document{
			Lang: lang, Title: subject, ReturnLine: name + recipient,
			Sender: []string{name, body}, Recipient: []string{recipient, body, name},
			Notice: body, PlaceDate: lang, Subject: subject, Salutation: name,
			Body: []letter.Block{
				{Kind: letter.Paragraph, Text: body},
				{Kind: letter.Heading, Text: subject},
				{Kind: letter.List, Text: name, Items: []string{body, recipient, ""}},
			},
			Closing: name, Signature: name, EnclosuresLabel: subject, Enclosures: []string{body, recipient},
		}
		if _, err := Render(doc, fonts); err != nil {
			t.Fatal(err)
		}
	})
}

func BenchmarkPDF(b *testing.B) {
	fonts := loadFonts(b)
	for _, name := range []string{"en-meta", "long"} {
		doc := testdocs.All()[name]
		b.Run(name, func(b *testing.B) {
			var size int
			b.ReportAllocs()
			for b.Loop() {
				out, err := Render(doc, fonts)
				if err != nil {
					b.Fatal(err)
				}
				size = len(out)
			}
			b.ReportMetric(float64(size), "bytes/pdf")
		})
	}
}
