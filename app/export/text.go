// Package export renders a letter.Document into the forms a letter leaves
// the device in, all on the device: plain text (clipboard, e-mail body), a
// mailto: URL, an .eml draft, an .ics reminder, and safe file names for the
// downloads. It is pure Go: no go-app, no syscall/js, no clock. Every
// function is deterministic and accepts any Document without panicking;
// values that would break out of their place (line breaks in a header, a
// second address in To) are dropped or neutralised, never passed on.
package export

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/objector-eu/objector/app/letter"
)

// Text renders doc as plain text, lines ending in "\n", in letter order:
// sender, dispatch notice, recipient, place and date, subject, salutation,
// body, closing, signature, enclosures, with one blank line between parts.
//
// Paragraphs are not hard-wrapped: each is one line (line breaks the person
// typed are kept). The text goes to the clipboard, where word processors
// reflow it; into a mailto: body, where the mail client wraps it (and a
// hard wrap at 72 would leave ragged lines once the client wraps again); and
// into an .eml, where quoted-printable folds long lines for transport without
// changing the text. Numbered list items get a hanging indent for their own
// line breaks.
func Text(doc letter.Document) string {
	var parts []string
	add := func(s string) {
		if s = strings.Trim(s, "\n"); s != "" {
			parts = append(parts, s)
		}
	}
	add(lines(doc.Sender))
	add(OneLine(doc.Notice))
	add(lines(doc.Recipient))
	add(OneLine(doc.PlaceDate))
	add(OneLine(doc.Subject))
	add(OneLine(doc.Salutation))
	for _, b := range doc.Body {
		add(block(b))
	}
	add(OneLine(doc.Closing))
	add(OneLine(doc.Signature))
	if enc := bullets(doc.Enclosures); enc != "" {
		add(OneLine(doc.EnclosuresLabel) + "\n" + enc)
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, "\n\n") + "\n"
}

// block renders one body block.
func block(b letter.Block) string {
	switch b.Kind {
	case letter.List:
		var sb strings.Builder
		if lead := Clean(b.Text); lead != "" {
			sb.WriteString(lead)
			sb.WriteByte('\n')
		}
		items := nonEmpty(b.Items)
		width := len(strconv.Itoa(len(items)))
		for i, item := range items {
			label := fmt.Sprintf("%*d. ", width, i+1)
			indent := strings.Repeat(" ", len(label))
			for j, l := range strings.Split(item, "\n") {
				switch {
				case j == 0:
					sb.WriteString(label)
				case l != "":
					sb.WriteString(indent)
				}
				sb.WriteString(l)
				sb.WriteByte('\n')
			}
		}
		return sb.String()
	case letter.Heading:
		return OneLine(b.Text)
	default:
		return Clean(b.Text)
	}
}

// lines renders an address block: one cleaned line per entry, empty entries
// dropped.
func lines(ls []string) string {
	var out []string
	for _, l := range ls {
		if l = OneLine(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// bullets renders enclosures as "- " lines.
func bullets(items []string) string {
	var sb strings.Builder
	for _, item := range items {
		if item = OneLine(item); item != "" {
			sb.WriteString("- ")
			sb.WriteString(item)
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// nonEmpty cleans items and drops the empty ones.
func nonEmpty(items []string) []string {
	var out []string
	for _, item := range items {
		if item = Clean(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// Clean normalises free text the way every renderer shows it: valid UTF-8,
// every line break ("\r\n", "\r", NEL, U+2028, U+2029) as "\n", tabs as
// spaces, other control characters and byte-order marks dropped, trailing
// spaces and leading or trailing blank lines removed.
func Clean(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	pendingCR := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			r = '\uFFFD'
		}
		if pendingCR {
			pendingCR = false
			if r == '\n' {
				continue // "\r\n" is one break, already written
			}
		}
		switch {
		case r == '\r':
			pendingCR = true
			sb.WriteByte('\n')
		case r == '\n' || r == '\u0085' || r == '\u2028' || r == '\u2029':
			sb.WriteByte('\n')
		case r == '\t':
			sb.WriteByte(' ')
		case unicode.IsControl(r) || r == '\uFEFF':
			// dropped: invisible, and unsafe in headers and PDF text
		default:
			sb.WriteRune(r)
		}
	}
	ls := strings.Split(sb.String(), "\n")
	for i, l := range ls {
		ls[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return strings.Trim(strings.Join(ls, "\n"), "\n")
}

// OneLine is Clean with line breaks turned into spaces and surrounding
// spaces trimmed: for values that must stay on one line (address lines,
// subject, e-mail headers).
func OneLine(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(Clean(s), "\n", " "))
}
