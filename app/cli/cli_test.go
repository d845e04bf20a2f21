package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/objector-eu/objector/app/catalog"
)

var now = time.Date(2026, time.June, 3, 9, 30, 0, 0, time.UTC)

// invoke runs the command with stdin and returns its exit code and output.
func invoke(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stdout, &stderr, now)
	return code, stdout.String(), stderr.String()
}

func TestGoodInvocations(t *testing.T) {
	meta := filepath.Join("testdata", "meta-objection.json")
	linkedin := filepath.Join("testdata", "linkedin-damages.json")
	followUp := filepath.Join("testdata", "meta-followup.json")
	metaJSON, err := os.ReadFile(meta)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		want  []string // in stdout
	}{
		{"objection in German", "", []string{"-kind", "objection", "-lang", "de", "-facts", meta},
			[]string{"Sehr geehrte Damen und Herren,", "Art. 21 Abs. 1 DSGVO", "bis zum 3. Juli 2026", "Mit freundlichen Grüßen\n\nErika Mustermann"}},
		{"objection in English", "", []string{"-kind", "objection", "-lang", "en", "-facts", meta},
			[]string{"Dear Sir or Madam,", "Art. 21(1) GDPR", "by 3 July 2026", "Yours faithfully,"}},
		{"damages in English", "", []string{"-kind", "damages", "-lang", "en", "-facts", linkedin},
			[]string{"Art. 82(1) GDPR", "€750.00", "IE29 AIBK 9311 5212 3456 78", "by 21 February 2026"}},
		{"damages in German", "", []string{"-kind", "damages", "-lang", "de", "-facts", linkedin},
			[]string{"Art. 82 Abs. 1 DSGVO", "750,00\u00a0€", "Kontoinhaber: Seán Ó Briain"}},
		{"damages in zloty", "", []string{"-kind", "damages", "-lang", "en", "-facts", filepath.Join("testdata", "x-damages.json")},
			[]string{"zł2,000.00", "X Internet Unlimited Company", "PL61 1090 1014 0000 0712 1981 2874"}},
		{"company entered by hand", "", []string{"-kind", "objection", "-lang", "de", "-facts", filepath.Join("testdata", "manual-company.json")},
			[]string{"Beispiel KI GmbH\nPraterstraße 1\n1020 Wien\n"}},
		{"language tag in capitals", "", []string{"-kind", "objection", "-lang", "DE", "-facts", meta},
			[]string{"Sehr geehrte Damen und Herren,"}},
		{"-controller overrides the file", "", []string{"-kind", "objection", "-lang", "en", "-controller", "openai", "-facts", meta},
			[]string{"OpenAI Ireland Limited", "ChatGPT and DALL-E"}},
		{"facts from standard input", string(metaJSON), []string{"-kind", "objection", "-lang", "en", "-facts", "-"},
			[]string{"Meta Platforms Ireland Limited"}},
		{"e-mail draft", "", []string{"-kind", "damages", "-lang", "en", "-format", "eml", "-facts", filepath.Join("testdata", "x-damages.json")},
			[]string{"Subject: ", "From: "}},
		{"calendar reminder", "", []string{"-kind", "objection", "-lang", "de", "-format", "ics", "-facts", meta},
			[]string{"BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:20260703"}},
		{"reminder", "", []string{"-kind", "reminder", "-lang", "en", "-facts", followUp},
			[]string{"On 20 April 2026, by registered post (reference: RT 1234 5678 9DE)", "Art. 12(4) GDPR", "final period of 14 days, until 17 June 2026"}},
		{"complaint to the Berlin authority", "", []string{"-kind", "complaint", "-lang", "en", "-authority", "deberlbdi", "-facts", followUp},
			[]string{"Berliner Beauftragte für Datenschutz und Informationsfreiheit\nAlt-Moabit 59-61\n10555 Berlin\n", "Art. 77(1) GDPR", "Art. 58(2)(f) GDPR"}},
		{"complaint to the lead authority", "", []string{"-kind", "complaint", "-lang", "en", "-authority", "iedpc", "-facts", followUp},
			[]string{"Data Protection Commission", "IRELAND"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := invoke(t, tc.stdin, tc.args...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

// TestEveryController renders both letters for every catalog company in
// every language with letters.
func TestEveryController(t *testing.T) {
	facts := filepath.Join("testdata", "linkedin-damages.json")
	for _, c := range catalog.All() {
		for _, kind := range []string{"objection", "damages"} {
			for _, lang := range []string{"en", "de"} {
				t.Run(c.ID+"/"+kind+"/"+lang, func(t *testing.T) {
					code, out, errOut := invoke(t, "", "-kind", kind, "-lang", lang, "-controller", c.ID, "-facts", facts)
					if code != 0 {
						t.Fatalf("exit %d: %s", code, errOut)
					}
					if !strings.Contains(out, c.Name) || strings.Contains(out, "⟦") {
						t.Errorf("letter lacks %q or has a missing message:\n%s", c.Name, out)
					}
				})
			}
		}
	}
}

// TestPDF renders a letter as PDF and, where pdftotext is installed, reads
// the text back.
func TestPDF(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "letter.pdf")
	code, _, errOut := invoke(t, "", "-kind", "damages", "-lang", "de", "-format", "pdf", "-facts", filepath.Join("testdata", "linkedin-damages.json"), "-o", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %v %.20q", err, data)
	}
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not installed: text not checked")
	}
	text, err := exec.Command(tool, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(string(text)), " ")
	for _, want := range []string{"LinkedIn Ireland Unlimited Company", "Art. 82 Abs. 1 DSGVO", "IE29 AIBK 9311 5212 3456 78", "Seán Ó Briain"} {
		if !strings.Contains(flat, want) {
			t.Errorf("PDF text lacks %q:\n%s", want, text)
		}
	}
}

func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "letter.txt")
	code, out, errOut := invoke(t, "", "-kind", "objection", "-lang", "en", "-facts", filepath.Join("testdata", "meta-objection.json"), "-o", path)
	if code != 0 || out != "" || errOut != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	data, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(data), "Dear Sir or Madam,") {
		t.Errorf("file: %v\n%s", err, data)
	}
}

func TestBadInvocations(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good, err := os.ReadFile(filepath.Join("testdata", "linkedin-damages.json"))
	if err != nil {
		t.Fatal(err)
	}
	meta := filepath.Join("testdata", "meta-objection.json")
	withField := func(name, field, value string) string {
		s := strings.Replace(string(good), "{", "{\n  "+field+": "+value+",", 1)
		return write(name, s)
	}
	huge := write("huge.json", `{"name":"`+strings.Repeat("a", 1<<20)+`"}`)
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		want  string // in stderr
	}{
		{"no flags", "", nil, "-kind"},
		{"unknown flag", "", []string{"-colour", "red"}, "colour"},
		{"stray argument", "", []string{"-kind", "objection", "-lang", "en", "-facts", meta, "extra"}, "extra"},
		{"unknown kind", "", []string{"-kind", "petition", "-lang", "en", "-facts", meta}, "-kind"},
		{"unknown authority", "", []string{"-kind", "complaint", "-lang", "en", "-authority", "debfdi", "-facts", meta}, "known: atdsb"},
		{"complaint without an authority", "", []string{"-kind", "complaint", "-lang", "en", "-facts", filepath.Join("testdata", "meta-followup.json")}, "known authorities: atdsb"},
		{"reminder without the first letter's date", "", []string{"-kind", "reminder", "-lang", "en", "-facts", meta}, "sentDate:"},
		{"unknown language", "", []string{"-kind", "objection", "-lang", "ja", "-facts", meta}, "-lang"},
		{"invented language", "", []string{"-kind", "objection", "-lang", "xx", "-facts", meta}, "-lang"},
		{"regional variant is not the language", "", []string{"-kind", "objection", "-lang", "de-AT", "-facts", meta}, "-lang"},
		{"no language", "", []string{"-kind", "objection", "-facts", meta}, "-lang"},
		{"unknown controller", "", []string{"-kind", "objection", "-lang", "en", "-controller", "nosuch", "-facts", meta}, "-controller"},
		{"unknown format", "", []string{"-kind", "objection", "-lang", "en", "-format", "docx", "-facts", meta}, "-format"},
		{"no facts", "", []string{"-kind", "objection", "-lang", "en"}, "-facts"},
		{"missing file", "", []string{"-kind", "objection", "-lang", "en", "-facts", filepath.Join(dir, "nope.json")}, "-facts"},
		{"a directory", "", []string{"-kind", "objection", "-lang", "en", "-facts", dir}, "-facts"},
		{"empty file", "", []string{"-kind", "objection", "-lang", "en", "-facts", write("empty.json", "")}, "empty"},
		{"malformed JSON", "", []string{"-kind", "objection", "-lang", "en", "-facts", write("bad.json", `{"name": "Erika",}`)}, "invalid JSON"},
		{"not an object", "", []string{"-kind", "objection", "-lang", "en", "-facts", write("array.json", `["Erika"]`)}, "want a JSON object"},
		{"two objects", "", []string{"-kind", "objection", "-lang", "en", "-facts", write("two.json", string(good)+string(good))}, "more data"},
		{"unknown field", "", []string{"-kind", "damages", "-lang", "en", "-facts", withField("unknown.json", `"colour"`, `"red"`)}, "colour"},
		{"wrong type", "", []string{"-kind", "damages", "-lang", "en", "-facts", withField("type.json", `"paymentDays"`, `"14"`)}, "paymentDays"},
		{"repeated field", "", []string{"-kind", "damages", "-lang", "en", "-facts", withField("twice.json", `"name"`, `"Mallory"`)}, "given twice"},
		{"field name in the wrong case", "", []string{"-kind", "damages", "-lang", "en", "-facts", withField("case.json", `"IBAN"`, `"DE89370400440532013000"`)}, "IBAN"},
		{"deeply nested", "", []string{"-kind", "damages", "-lang", "en", "-facts", write("deep.json", `{"otherController":`+strings.Repeat("[", 20000)+strings.Repeat("]", 20000)+"}")}, "otherController"},
		{"too large", "", []string{"-kind", "damages", "-lang", "en", "-facts", huge}, "larger than"},
		{"invalid UTF-8", "", []string{"-kind", "objection", "-lang", "en", "-facts", write("utf8.json", "{\"name\":\"\xff\"}")}, "UTF-8"},
		{"bad IBAN", "", []string{"-kind", "damages", "-lang", "en", "-facts", write("iban.json", strings.Replace(string(good), "IE29", "IE30", 1))}, "iban:"},
		{"header injection in the name", "", []string{"-kind", "damages", "-lang", "en", "-facts", write("crlf.json", strings.Replace(string(good), `"name": "Seán Ó Briain"`, `"name": "Seán\r\nBcc: x@example.org"`, 1))}, "name:"},
		{"bad amount", "", []string{"-kind", "damages", "-lang", "de", "-facts", write("amount.json", strings.Replace(string(good), `"750,00"`, `"-750"`, 1))}, "amount:"},
		{"bad date", "", []string{"-kind", "damages", "-lang", "en", "-facts", write("date.json", strings.Replace(string(good), `"2026-01-31"`, `"2026-02-30"`, 1))}, "date:"},
		{"no controller at all", "", []string{"-kind", "objection", "-lang", "en", "-facts", write("nocontroller.json", strings.Replace(string(good), `"linkedin"`, `""`, 1))}, "controller:"},
		{"objection without grounds", `{"name":"A"}`, []string{"-kind", "objection", "-lang", "en", "-facts", "-"}, "reason:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, "out-"+strings.ReplaceAll(tc.name, " ", "-"))
			args := append(tc.args, "-o", out)
			if len(tc.args) == 0 {
				args = nil
			}
			code, stdout, stderr := invoke(t, tc.stdin, args...)
			if code == 0 {
				t.Fatalf("exit 0, want non-zero; stdout %q", stdout)
			}
			if stdout != "" {
				t.Errorf("wrote to stdout: %q", stdout)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("wrote the output file")
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q does not mention %q", stderr, tc.want)
			}
			if strings.Count(stderr, "\n") > 20 || len(stderr) > 4000 {
				t.Errorf("message too long (%d bytes): %q", len(stderr), stderr)
			}
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine") {
				t.Errorf("panicked: %s", stderr)
			}
		})
	}
}
