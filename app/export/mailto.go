package export

import (
	"strings"

	"github.com/objector-eu/objector/app/check"
	"github.com/objector-eu/objector/app/letter"
)

// Mailto returns a mailto: URL (RFC 6068) that opens a new e-mail to doc.To
// with the letter's subject and plain text (Text) as its body. Everything is
// UTF-8 and percent-encoded (spaces as %20, never "+"; line breaks as
// %0D%0A), so no value can add a header or a recipient. A To that is not a
// single plain address (say "a@b.eu, c@d.eu" or "a@b.eu?bcc=…") is dropped:
// the URL then has no recipient and the person fills it in.
//
// Long letters make long URLs; some mail clients cut mailto: URLs at about
// 2,000 characters, so offer the .eml download beside it.
func Mailto(doc letter.Document) string {
	var sb strings.Builder
	sb.WriteString("mailto:")
	if to, ok := address(doc.To); ok {
		escape(&sb, to, addrSafe)
	}
	sep := byte('?')
	if subject := OneLine(doc.Subject); subject != "" {
		sb.WriteByte(sep)
		sb.WriteString("subject=")
		escape(&sb, subject, querySafe)
		sep = '&'
	}
	if body := Text(doc); body != "" {
		sb.WriteByte(sep)
		sb.WriteString("body=")
		escape(&sb, strings.ReplaceAll(body, "\n", "\r\n"), querySafe)
	}
	return sb.String()
}

// address returns s as a single e-mail address, or false when s is empty or
// anything else: a list, a display name, a header trick, a line break.
func address(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || !check.Email(s).OK() || !check.SingleLine(s).OK() {
		return "", false
	}
	return s, true
}

// Byte classes that may appear unencoded in a mailto: URL. RFC 6068 allows
// more, but encoding the rest is always correct and leaves nothing for a
// client to misread ("+" as a space in a query, "&" or "?" as a new field).
const (
	querySafe = 1 << iota
	addrSafe
)

func isSafe(c byte, class int) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	case c == '-' || c == '.' || c == '_' || c == '~':
		return true // RFC 3986 unreserved
	case c == '@' || c == '+':
		return class == addrSafe // "+" is a plain character in the address part
	}
	return false
}

// escape percent-encodes s byte by byte (UTF-8 bytes become %XX each).
func escape(sb *strings.Builder, s string, class int) {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isSafe(c, class) {
			sb.WriteByte(c)
			continue
		}
		sb.WriteByte('%')
		sb.WriteByte(hex[c>>4])
		sb.WriteByte(hex[c&15])
	}
}
