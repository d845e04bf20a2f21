package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/objector-eu/objector/app/letter"
)

// ProdID names Objector as the maker of its calendar files (RFC 5545 PRODID).
const ProdID = "-//Objector//Objector letter reminder//EN"

// ICS returns an iCalendar file (RFC 5545) with one all-day event on
// doc.Reminder.Date, the day the controller's answer is due, and a display
// alarm at 9:00 that day. Summary and description come from the Reminder
// (the subject when the summary is empty). DTSTAMP is stamp in UTC. The UID
// is a hash of the letter's kind, parties and dates, so downloading the
// reminder again updates the same event instead of adding a second one.
//
// ICS returns nil when the Document has no reminder date.
func ICS(doc letter.Document, stamp time.Time) []byte {
	day := doc.Reminder.Date
	if day.IsZero() {
		return nil
	}
	start := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
	end := start.AddDate(0, 0, 1)
	summary := OneLine(doc.Reminder.Summary)
	if summary == "" {
		summary = OneLine(doc.Subject)
	}
	lang := ""
	if tag := langTag(doc.Lang); tag != "" {
		lang = ";LANGUAGE=" + tag
	}

	var b bytes.Buffer
	line := func(s string) {
		b.WriteString(fold(s))
		b.WriteString("\r\n")
	}
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:" + ProdID)
	line("CALSCALE:GREGORIAN")
	line("METHOD:PUBLISH")
	line("BEGIN:VEVENT")
	line("UID:" + uid(doc) + "@objector")
	line("DTSTAMP:" + stamp.UTC().Format("20060102T150405Z"))
	line("DTSTART;VALUE=DATE:" + start.Format("20060102"))
	line("DTEND;VALUE=DATE:" + end.Format("20060102"))
	line("SUMMARY" + lang + ":" + escapeText(summary))
	if desc := Clean(doc.Reminder.Description); desc != "" {
		line("DESCRIPTION" + lang + ":" + escapeText(desc))
	}
	line("TRANSP:TRANSPARENT")
	line("BEGIN:VALARM")
	line("ACTION:DISPLAY")
	line("DESCRIPTION" + lang + ":" + escapeText(summary))
	// An all-day event starts at midnight local time: 9 hours later is
	// 9:00 on the day, wherever the person is.
	line("TRIGGER;RELATED=START:PT9H")
	line("END:VALARM")
	line("END:VEVENT")
	line("END:VCALENDAR")
	return b.Bytes()
}

// uid hashes what identifies one letter's reminder: no personal data
// appears in clear in the calendar's UID.
func uid(doc letter.Document) string {
	h := sha256.New()
	field := func(s string) {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	field(string(doc.Kind))
	field(strings.Join(doc.Sender, "\n"))
	field(strings.Join(doc.Recipient, "\n"))
	field(doc.To)
	field(doc.Date.Format("2006-01-02"))
	field(doc.Reminder.Date.Format("2006-01-02"))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// escapeText escapes an iCalendar TEXT value (RFC 5545 3.3.11): backslash,
// semicolon, comma and line breaks. s must already be clean (no CR, no
// other control characters).
func escapeText(s string) string {
	return strings.NewReplacer(`\`, `\\`, `;`, `\;`, `,`, `\,`, "\n", `\n`).Replace(s)
}

// maxLine is the longest content line in octets, CRLF not counted (RFC 5545
// 3.1).
const maxLine = 75

// fold splits a content line into lines of at most 75 octets, each
// continuation starting with one space, and never inside a UTF-8 sequence.
func fold(s string) string {
	if len(s) <= maxLine {
		return s
	}
	var sb strings.Builder
	limit := maxLine
	for len(s) > limit {
		n := 0
		for n < len(s) {
			_, size := utf8.DecodeRuneInString(s[n:])
			if n+size > limit {
				break
			}
			n += size
		}
		sb.WriteString(s[:n])
		sb.WriteString("\r\n ")
		s = s[n:]
		limit = maxLine - 1 // the leading space counts
	}
	sb.WriteString(s)
	return sb.String()
}
