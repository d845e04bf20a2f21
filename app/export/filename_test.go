package export

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/objector-eu/objector/app/letter"
)

// safeName is what every download name must look like.
var safeName = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]{1,8})?$`)

func TestFileName(t *testing.T) {
	june3 := time.Date(2026, time.June, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		title string
		kind  letter.Kind
		date  time.Time
		ext   string
		want  string
	}{
		{"plain", "Objection - Meta", letter.Objection, june3, "pdf", "objection-meta-2026-06-03.pdf"},
		{"dot in extension", "Objection - Meta", letter.Objection, june3, ".eml", "objection-meta-2026-06-03.eml"},
		{"german", "Schadensersatzforderung – LinkedIn", letter.Damages, june3, "pdf", "schadensersatzforderung-linkedin-2026-06-03.pdf"},
		{"umlauts and sharp s", "Widerspruch gegen Übermittlung – Straße", letter.Objection, june3, "txt", "widerspruch-gegen-ubermittlung-strasse-2026-06-03.txt"},
		{"diacritics", "ő ű ł ș ț ġ ħ ż ā ē ė ų", letter.Objection, june3, "pdf", "o-u-l-s-t-g-h-z-a-e-e-u-2026-06-03.pdf"},
		{"greek", "Εναντίωση – Meta", letter.Objection, june3, "pdf", "enantiosi-meta-2026-06-03.pdf"},
		{"cyrillic", "Възражение – X", letter.Objection, june3, "pdf", "vazrazhenie-x-2026-06-03.pdf"},
		{"no date", "Objection", letter.Objection, time.Time{}, "pdf", "objection.pdf"},
		{"no extension", "Objection", letter.Objection, june3, "", "objection-2026-06-03"},
		{"path traversal", "../../etc/passwd", letter.Objection, june3, "pdf", "etc-passwd-2026-06-03.pdf"},
		{"windows path", `..\..\Windows\System32\cmd.exe`, letter.Objection, june3, "pdf", "windows-system32-cmd-exe-2026-06-03.pdf"},
		{"hostile extension", "Objection", letter.Objection, june3, "../pdf\x00.exe", "objection-2026-06-03.pdfexe"},
		{"NUL and CRLF", "a\x00b\r\nc", letter.Objection, june3, "pdf", "a-b-c-2026-06-03.pdf"},
		{"only symbols falls back to the kind", "../!!/..", letter.Damages, june3, "pdf", "damages-2026-06-03.pdf"},
		{"only unknown script falls back to the kind", "日本語の手紙", letter.Objection, june3, "pdf", "objection-2026-06-03.pdf"},
		{"nothing at all", "", "", time.Time{}, "pdf", "letter.pdf"},
		{"hostile kind", "", "../x", time.Time{}, "pdf", "x.pdf"},
		{"windows device name", "CON", "", time.Time{}, "txt", "letter-con.txt"},
		{"windows device name with digit", "lpt1", "", time.Time{}, "", "letter-lpt1"},
		{"long title is cut at a word", strings.Repeat("objection ", 20), letter.Objection, june3, "pdf", strings.TrimSuffix(strings.Repeat("objection-", 6), "-") + "-2026-06-03.pdf"},
		{"long single word is cut hard", strings.Repeat("x", 100), letter.Objection, june3, "pdf", strings.Repeat("x", 60) + "-2026-06-03.pdf"},
		{"emoji and RTL marks", "Objection \u202e😀 Meta", letter.Objection, june3, "pdf", "objection-meta-2026-06-03.pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := letter.Document{Title: tt.title, Kind: tt.kind, Date: tt.date}
			got := FileName(doc, tt.ext)
			if got != tt.want {
				t.Errorf("FileName = %q, want %q", got, tt.want)
			}
			if !safeName.MatchString(got) {
				t.Errorf("%q is not a safe name", got)
			}
			if len(got) > maxBase+len("-2026-06-03.")+8 {
				t.Errorf("%q is too long", got)
			}
		})
	}
}
