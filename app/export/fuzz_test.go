package export

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/objector-eu/objector/app/letter"
)

// FuzzExports renders Documents made of arbitrary strings with every
// exporter: none may panic, no header may get a raw line break, and every
// output keeps its format. Seeds are in testdata/fuzz/FuzzExports.
func FuzzExports(f *testing.F) {
	f.Add("Objection - Meta", "Objection under Art. 21(1) GDPR", "dpo@example.com", "jane@example.org", "Jane Doe", "Para\r\ngraph", "Answer due", "en", int64(0))
	f.Add("Εναντίωση", "Γενικός Κανονισμός", "a@b.eu, c@d.eu", "x\r\nBcc: y@z.eu", "Иван \"Петров\"", "Общ регламент", "a;b,c\\", "de\r\n", int64(20000))
	f.Add("../..", "=?UTF-8?B?SGk=?=\r\nBcc: e@x.eu", "a@b.eu?bcc=e@x.eu", "", "ő ű ł ș ț ġ ħ ż ā ē ė ų", "\x00\x1b\u2028\u0085", "", "", int64(-1))
	f.Fuzz(func(t *testing.T, title, subject, to, from, name, body, summary, lang string, days int64) {
		doc := letter.Document{
			Kind:       letter.Kind(title),
			Lang:       lang,
			Title:      title,
			Sender:     []string{name, body},
			Recipient:  []string{to, subject},
			Notice:     summary,
			PlaceDate:  lang,
			Subject:    subject,
			Salutation: name,
			Body: []letter.Block{
				{Kind: letter.Paragraph, Text: body},
				{Kind: letter.List, Text: summary, Items: []string{body, subject, name}},
				{Kind: letter.Heading, Text: body},
				{Kind: letter.BlockKind(days), Text: title},
			},
			Closing:         summary,
			Signature:       name,
			EnclosuresLabel: title,
			Enclosures:      []string{body},
			To:              to,
			From:            from,
			Reminder:        letter.CalendarEntry{Summary: summary, Description: body},
		}
		if days != 0 {
			doc.Date = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%100000))
			doc.Reminder.Date = doc.Date.AddDate(0, 1, 0)
		}

		text := Text(doc)
		if !utf8.ValidString(text) {
			t.Fatal("Text is not UTF-8")
		}
		for _, r := range text {
			if r != '\n' && unicode.IsControl(r) {
				t.Fatalf("Text holds control character %U", r)
			}
		}

		m := Mailto(doc)
		assertURLChars(t, m)
		mailTo, fields := parseMailto(t, m)
		for k := range fields {
			if k != "subject" && k != "body" {
				t.Fatalf("mailto field %q", k)
			}
		}
		if strings.ContainsAny(fields["subject"], "\r\n") || strings.ContainsAny(mailTo, "\r\n,?&") {
			t.Fatalf("mailto line break or list: %q", m)
		}

		msg := readEML(t, EML(doc, time.Unix(days, 0)))
		for _, k := range []string{"Bcc", "Cc", "Reply-To"} {
			if msg.Header.Get(k) != "" {
				t.Fatalf("injected %s", k)
			}
		}
		if got := emlBody(t, msg); got != text {
			t.Fatalf("EML body differs from Text")
		}

		if ics := ICS(doc, time.Unix(days, 0)); ics != nil {
			for _, p := range parseICS(t, ics) {
				if p.name == "SUMMARY" || p.name == "DESCRIPTION" {
					unescapeText(t, p.value)
				}
			}
		} else if !doc.Reminder.Date.IsZero() {
			t.Fatal("ICS is nil for a dated reminder")
		}

		for _, ext := range []string{"pdf", title} {
			if name := FileName(doc, ext); !safeName.MatchString(name) {
				t.Fatalf("unsafe file name %q", name)
			}
		}
	})
}
