package export

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/objector-eu/objector/app/export/testdocs"
	"github.com/objector-eu/objector/app/letter"
)

// property is one unfolded iCalendar content line.
type property struct {
	name, params, value string
}

// parseICS checks the physical form of an iCalendar file (CRLF, lines of at
// most 75 octets of whole UTF-8 characters) and returns its unfolded
// content lines.
func parseICS(t *testing.T, ics []byte) []property {
	t.Helper()
	if !bytes.HasSuffix(ics, []byte("\r\n")) {
		t.Fatal("file does not end in CRLF")
	}
	physical := strings.Split(strings.TrimSuffix(string(ics), "\r\n"), "\r\n")
	var logical []string
	for i, l := range physical {
		if strings.ContainsAny(l, "\r\n") {
			t.Fatalf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d has %d octets > 75: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, l)
		}
		if strings.HasPrefix(l, " ") {
			if len(logical) == 0 {
				t.Fatal("file starts with a continuation line")
			}
			logical[len(logical)-1] += l[1:]
			continue
		}
		logical = append(logical, l)
	}
	var props []property
	for _, l := range logical {
		head, value, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("content line without colon: %q", l)
		}
		name, params, _ := strings.Cut(head, ";")
		props = append(props, property{name, params, value})
	}
	return props
}

// unescapeText reverses RFC 5545 TEXT escaping, failing on a bad escape or
// an unescaped separator.
func unescapeText(t *testing.T, s string) string {
	t.Helper()
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\':
			i++
			if i == len(s) {
				t.Fatalf("trailing backslash in %q", s)
			}
			switch s[i] {
			case '\\', ';', ',':
				sb.WriteByte(s[i])
			case 'n', 'N':
				sb.WriteByte('\n')
			default:
				t.Fatalf("bad escape \\%c in %q", s[i], s)
			}
		case ';', ',':
			t.Fatalf("unescaped %c in %q", c, s)
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

func TestICS(t *testing.T) {
	docs := testdocs.All()
	for _, name := range testdocs.Names {
		t.Run(name, func(t *testing.T) {
			doc := docs[name]
			ics := ICS(doc, stamp)
			golden(t, name+".ics", ics)
			if !bytes.Equal(ics, ICS(doc, stamp)) {
				t.Error("ICS is not deterministic")
			}
			props := parseICS(t, ics)
			got := map[string]string{}
			var nesting []string
			for _, p := range props {
				switch p.name {
				case "BEGIN":
					nesting = append(nesting, p.value)
				case "END":
					if len(nesting) == 0 || nesting[len(nesting)-1] != p.value {
						t.Fatalf("END:%s does not close %v", p.value, nesting)
					}
					nesting = nesting[:len(nesting)-1]
				}
				key := strings.Join(append(append([]string{}, nesting...), p.name), "/")
				if p.name != "BEGIN" && p.name != "END" {
					if _, dup := got[key]; dup {
						t.Errorf("%s twice", key)
					}
					got[key] = p.value
				}
			}
			if len(nesting) != 0 {
				t.Fatalf("unclosed %v", nesting)
			}
			if props[0] != (property{"BEGIN", "", "VCALENDAR"}) {
				t.Errorf("first line %v", props[0])
			}
			want := map[string]string{
				"VCALENDAR/VERSION":                   "2.0",
				"VCALENDAR/PRODID":                    ProdID,
				"VCALENDAR/VEVENT/DTSTAMP":            "20260603T123000Z",
				"VCALENDAR/VEVENT/DTSTART":            doc.Reminder.Date.Format("20060102"),
				"VCALENDAR/VEVENT/DTEND":              doc.Reminder.Date.AddDate(0, 0, 1).Format("20060102"),
				"VCALENDAR/VEVENT/VALARM/ACTION":      "DISPLAY",
				"VCALENDAR/VEVENT/VALARM/TRIGGER":     "PT9H",
				"VCALENDAR/VEVENT/SUMMARY":            doc.Reminder.Summary,
				"VCALENDAR/VEVENT/VALARM/DESCRIPTION": doc.Reminder.Summary,
			}
			if doc.Reminder.Description != "" {
				want["VCALENDAR/VEVENT/DESCRIPTION"] = doc.Reminder.Description
			}
			for k, w := range want {
				v, ok := got[k]
				if !ok {
					t.Errorf("%s missing", k)
					continue
				}
				if strings.HasSuffix(k, "SUMMARY") || strings.HasSuffix(k, "DESCRIPTION") {
					v = unescapeText(t, v)
				}
				if v != w {
					t.Errorf("%s = %q, want %q", k, v, w)
				}
			}
			if !regexp.MustCompile(`^[0-9a-f]{32}@objector$`).MatchString(got["VCALENDAR/VEVENT/UID"]) {
				t.Errorf("UID %q is not a hash", got["VCALENDAR/VEVENT/UID"])
			}
		})
	}
}

func TestICSUID(t *testing.T) {
	a := testdocs.English()
	b := testdocs.English()
	b.Body = nil
	b.Reminder.Summary = "edited"
	if uid(a) != uid(b) {
		t.Error("UID changes when only the wording changes")
	}
	b.Reminder.Date = b.Reminder.Date.AddDate(0, 0, 1)
	if uid(a) == uid(b) {
		t.Error("UID stays when the deadline changes")
	}
	if strings.Contains(string(ICS(a, stamp)), "jane") {
		t.Error("personal data in clear in the UID")
	}
}

func TestICSNoDate(t *testing.T) {
	if got := ICS(letter.Document{Subject: "x"}, stamp); got != nil {
		t.Errorf("ICS without a date = %q, want nil", got)
	}
}

func TestICSEscaping(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"separators", `a;b,c\d`, `a\;b\,c\\d`},
		{"line breaks", "a\nb", `a\nb`},
		{"plain", "Meta: answer due", "Meta: answer due"},
		{"escaped input stays literal", `\n`, `\\n`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := escapeText(tt.in); got != tt.want {
				t.Errorf("escapeText(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if back := unescapeText(t, escapeText(tt.in)); back != tt.in {
				t.Errorf("round trip %q -> %q", tt.in, back)
			}
		})
	}
	doc := letter.Document{Reminder: letter.CalendarEntry{
		Date:        time.Date(2026, 2, 28, 0, 0, 0, 0, time.UTC),
		Summary:     "x\r\ny;z,\\",
		Description: "line one\r\nline two\x00\ttab",
	}}
	props := parseICS(t, ICS(doc, stamp))
	for _, p := range props {
		switch p.name {
		case "SUMMARY":
			if got := unescapeText(t, p.value); got != "x y;z,\\" {
				t.Errorf("SUMMARY = %q", got)
			}
		case "DESCRIPTION":
			if got := unescapeText(t, p.value); got != "line one\nline two tab" && got != "x y;z,\\" {
				t.Errorf("DESCRIPTION = %q", got)
			}
		case "DTEND":
			if p.value != "20260301" {
				t.Errorf("DTEND after 28 February 2026 = %s", p.value)
			}
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ name, in string }{
		{"short", "SUMMARY:hi"},
		{"exactly 75", "SUMMARY:" + strings.Repeat("x", 67)},
		{"76", "SUMMARY:" + strings.Repeat("x", 68)},
		{"long ascii", "DESCRIPTION:" + strings.Repeat("abc ", 100)},
		{"greek", "SUMMARY:" + strings.Repeat("Γενικός Κανονισμός ", 10)},
		{"cyrillic", "SUMMARY:" + strings.Repeat("Общ регламент ", 10)},
		{"4-byte characters", "SUMMARY:" + strings.Repeat("😀", 50)},
		{"mixed widths", "SUMMARY:a" + strings.Repeat("őű😀ł", 30)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			folded := fold(tt.in)
			lines := strings.Split(folded, "\r\n")
			for i, l := range lines {
				if len(l) > 75 {
					t.Errorf("line %d has %d octets", i, len(l))
				}
				if !utf8.ValidString(l) {
					t.Errorf("line %d splits a character", i)
				}
				if i > 0 && (!strings.HasPrefix(l, " ") || len(l) < 2) {
					t.Errorf("continuation %d = %q", i, l)
				}
				if i < len(lines)-1 && len(l) < 72 {
					t.Errorf("line %d folded early at %d octets", i, len(l))
				}
			}
			if back := strings.ReplaceAll(folded, "\r\n ", ""); back != tt.in {
				t.Errorf("unfolds to %q", back)
			}
		})
	}
}
