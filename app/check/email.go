package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Email accepts a practical RFC 5322 addr-spec: local@domain, with a dot-atom
// local part (no quoted strings, comments or display names) and a domain
// name of at least two labels (no IP literals). Letters beyond ASCII are
// allowed (RFC 6531, IDN). Surrounding white space is ignored; inner spaces
// are refused. net/mail is not used: it accepts display names and quoted
// strings we do not want, and it costs the WebAssembly binary more.
func Email(s string) Problem {
	if !isEmail(strings.TrimSpace(s)) {
		return problem(MsgEmail, nil)
	}
	return Problem{}
}

func isEmail(s string) bool {
	if len(s) > 254 || !utf8.ValidString(s) {
		return false
	}
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return false
	}
	local, domain := s[:at], s[at+1:]
	return isLocalPart(local) && isDomain(domain)
}

// isLocalPart reports whether s is a dot-atom of at most 64 bytes.
func isLocalPart(s string) bool {
	if s == "" || len(s) > 64 || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for _, r := range s {
		if r != '.' && !isAtext(r) {
			return false
		}
	}
	return true
}

// isAtext reports whether r may appear in an atom (RFC 5322 3.2.3, widened
// to letters and digits of any script by RFC 6532).
func isAtext(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' ||
			strings.ContainsRune("!#$%&'*+-/=?^_`{|}~", r)
	default:
		return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
	}
}

// isDomain reports whether s is a host name of two or more labels whose
// last label (the top-level domain) is not all digits.
func isDomain(s string) bool {
	if len(s) > 253 {
		return false
	}
	labels := strings.Split(s, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if !isLabel(l) {
			return false
		}
	}
	tld := labels[len(labels)-1]
	if utf8.RuneCountInString(tld) < 2 {
		return false
	}
	return strings.IndexFunc(tld, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0
}

// isLabel reports whether s is one DNS label: 1–63 bytes of letters, digits
// and inner hyphens.
func isLabel(s string) bool {
	if s == "" || len(s) > 63 || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for _, r := range s {
		if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !(r >= utf8.RuneSelf && unicode.IsMark(r)) {
			return false
		}
	}
	return true
}
