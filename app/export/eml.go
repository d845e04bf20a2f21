package export

import (
	"bytes"
	"encoding/base64"
	"mime/quotedprintable"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/objector-eu/objector/app/letter"
)

// EML returns doc as an e-mail message (RFC 5322, MIME) ready to open in a
// mail client and send: From (the person, named by the signature), To (the
// controller), the subject as RFC 2047 encoded words when it is not plain
// ASCII, Date from sent, and Text(doc) as a UTF-8, quoted-printable body.
// Lines end in CRLF. "X-Unsent: 1" makes Outlook and others open it as a
// draft rather than as a received message.
//
// Header values never carry a raw line break: they are flattened to one
// line first, and an address that is not a single plain address is left
// out rather than written.
func EML(doc letter.Document, sent time.Time) []byte {
	var b bytes.Buffer
	header := func(name, value string) {
		b.WriteString(name)
		b.WriteString(": ")
		b.WriteString(value)
		b.WriteString("\r\n")
	}
	if from, ok := address(doc.From); ok {
		header("From", mailbox(OneLine(doc.Signature), from))
	}
	if to, ok := address(doc.To); ok {
		header("To", to)
	}
	header("Subject", subject(OneLine(doc.Subject)))
	header("Date", sent.Format(time.RFC1123Z))
	header("MIME-Version", "1.0")
	header("Content-Type", "text/plain; charset=UTF-8")
	header("Content-Transfer-Encoding", "quoted-printable")
	if lang := langTag(doc.Lang); lang != "" {
		header("Content-Language", lang)
	}
	header("X-Unsent", "1")
	b.WriteString("\r\n")

	// In text mode the writer turns every "\n" into a CRLF hard break and
	// soft-wraps longer lines at 76 characters.
	qp := quotedprintable.NewWriter(&b)
	qp.Write([]byte(Text(doc)))
	qp.Close()
	return b.Bytes()
}

// subject renders a Subject value: plain when it is printable ASCII that
// fits on the header line and cannot be mistaken for an encoded word,
// otherwise as folded encoded words.
func subject(s string) string {
	if len("Subject: ")+len(s) <= 78 && isPlainASCII(s) {
		return s
	}
	return encodeWords(s)
}

// mailbox renders "Name <address>", the name as a quoted string when it is
// ASCII and as encoded words otherwise; just the address without a name.
func mailbox(name, addr string) string {
	switch {
	case name == "":
		return addr
	case isPlainASCII(name):
		name = `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(name) + `"`
	default:
		name = encodeWords(name)
	}
	return name + " <" + addr + ">"
}

// isPlainASCII reports whether s is printable ASCII holding nothing an RFC
// 2047 decoder would treat as an encoded word.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
			return false
		}
	}
	return !strings.Contains(s, "=?")
}

// maxWordBytes is how many bytes of text one encoded word carries: 39 bytes
// are 52 base64 characters, a 64-character word, so that even the first
// line ("Subject: " and a word) stays within 76 characters.
const maxWordBytes = 39

// encodeWords encodes s as RFC 2047 B encoded words in UTF-8, folded one
// word per line (CRLF and a space between them). Words end only between
// characters, never inside a UTF-8 sequence, so each decodes on its own.
func encodeWords(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var words []string
	for s != "" {
		n := 0
		for n < len(s) {
			_, size := utf8.DecodeRuneInString(s[n:])
			if n+size > maxWordBytes {
				break
			}
			n += size
		}
		words = append(words, "=?UTF-8?B?"+base64.StdEncoding.EncodeToString([]byte(s[:n]))+"?=")
		s = s[n:]
	}
	if len(words) == 0 {
		return ""
	}
	return strings.Join(words, "\r\n ")
}

// langTag returns s when it is shaped like a BCP 47 tag ("de", "pt-BR"),
// else "".
func langTag(s string) string {
	if s == "" || len(s) > 35 {
		return ""
	}
	for i, part := range strings.Split(s, "-") {
		if part == "" || len(part) > 8 || (i == 0 && len(part) < 2) {
			return ""
		}
		for j := 0; j < len(part); j++ {
			c := part[j]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9') {
				return ""
			}
		}
	}
	return s
}
