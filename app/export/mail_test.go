package export

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/objector-eu/objector/app/export/testdocs"
	"github.com/objector-eu/objector/app/letter"
)

// parseMailto splits a mailto: URL into its recipient and fields, decoding
// percent escapes the way RFC 6068 says (no "+" for space).
func parseMailto(t *testing.T, s string) (to string, fields map[string]string) {
	t.Helper()
	rest, ok := strings.CutPrefix(s, "mailto:")
	if !ok {
		t.Fatalf("%q does not start with mailto:", s)
	}
	path, query, _ := strings.Cut(rest, "?")
	to, err := url.PathUnescape(path)
	if err != nil {
		t.Fatalf("recipient %q: %v", path, err)
	}
	fields = map[string]string{}
	if query == "" {
		return to, fields
	}
	for _, kv := range strings.Split(query, "&") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			t.Fatalf("field %q has no =", kv)
		}
		if _, dup := fields[k]; dup {
			t.Fatalf("field %q twice in %q", k, s)
		}
		dec, err := url.PathUnescape(v)
		if err != nil {
			t.Fatalf("field %q: %v", k, err)
		}
		fields[k] = dec
	}
	return to, fields
}

// assertURLChars fails when s holds a byte that must be percent-encoded.
func assertURLChars(t *testing.T, s string) {
	t.Helper()
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"<>\^{|}`+"`", c) >= 0 {
			t.Fatalf("raw byte %q at %d in %q", c, i, s)
		}
	}
}

func TestMailto(t *testing.T) {
	tests := []struct {
		name    string
		doc     letter.Document
		want    string // the exact URL, when given
		to      string
		subject string
	}{
		{
			name: "plain",
			doc:  letter.Document{To: "dpo@example.com", Subject: "Objection"},
			want: "mailto:dpo@example.com?subject=Objection&body=Objection%0D%0A",
			to:   "dpo@example.com", subject: "Objection",
		},
		{
			name: "spaces are %20 and line breaks CRLF",
			doc:  letter.Document{To: "a@b.eu", Subject: "a b", Salutation: "Hi,"},
			want: "mailto:a@b.eu?subject=a%20b&body=a%20b%0D%0A%0D%0AHi%2C%0D%0A",
			to:   "a@b.eu", subject: "a b",
		},
		{
			name:    "empty To keeps a valid URL",
			doc:     letter.Document{Subject: "x"},
			want:    "mailto:?subject=x&body=x%0D%0A",
			subject: "x",
		},
		{
			name: "empty document",
			doc:  letter.Document{},
			want: "mailto:",
		},
		{
			name:    "reserved characters in the subject",
			doc:     letter.Document{To: "a@b.eu", Subject: "50% & more? #1 + a=b"},
			to:      "a@b.eu",
			subject: "50% & more? #1 + a=b",
		},
		{
			name:    "line break in the subject cannot add a header",
			doc:     letter.Document{To: "a@b.eu", Subject: "Hi\r\nBcc: evil@example.com"},
			to:      "a@b.eu",
			subject: "Hi Bcc: evil@example.com",
		},
		{
			name:    "Greek and diacritics are UTF-8",
			doc:     letter.Document{To: "a@b.eu", Subject: "Γενικός Κανονισμός ő ű ł ș ț"},
			to:      "a@b.eu",
			subject: "Γενικός Κανονισμός ő ű ł ș ț",
		},
		{name: "two recipients are dropped", doc: letter.Document{To: "a@b.eu, c@d.eu", Subject: "s"}, subject: "s"},
		{name: "a query in To is dropped", doc: letter.Document{To: "a@b.eu?bcc=c@d.eu", Subject: "s"}, subject: "s"},
		{name: "a line break in To is dropped", doc: letter.Document{To: "a@b.eu\r\nBcc: c@d.eu", Subject: "s"}, subject: "s"},
		{name: "a display name in To is dropped", doc: letter.Document{To: "Meta <a@b.eu>", Subject: "s"}, subject: "s"},
		{name: "an ampersand field in To is dropped", doc: letter.Document{To: "a@b.eu&body=x", Subject: "s"}, subject: "s"},
		{
			name:    "plus and percent in the address are kept safely",
			doc:     letter.Document{To: "a+b%c@example.com", Subject: "s"},
			to:      "a+b%c@example.com",
			subject: "s",
		},
		{
			name:    "surrounding spaces in To are trimmed",
			doc:     letter.Document{To: "  a@b.eu ", Subject: "s"},
			to:      "a@b.eu",
			subject: "s",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Mailto(tt.doc)
			if tt.want != "" && got != tt.want {
				t.Errorf("Mailto =\n%s\nwant\n%s", got, tt.want)
			}
			assertURLChars(t, got)
			to, fields := parseMailto(t, got)
			if to != tt.to {
				t.Errorf("recipient %q, want %q", to, tt.to)
			}
			for k := range fields {
				if k != "subject" && k != "body" {
					t.Errorf("unexpected field %q", k)
				}
			}
			if fields["subject"] != tt.subject {
				t.Errorf("subject %q, want %q", fields["subject"], tt.subject)
			}
			if body, want := fields["body"], strings.ReplaceAll(Text(tt.doc), "\n", "\r\n"); body != want {
				t.Errorf("body %q, want %q", body, want)
			}
			if u, err := url.Parse(got); err != nil || u.Scheme != "mailto" {
				t.Errorf("net/url does not take it: %v", err)
			}
		})
	}
}

func TestMailtoDocuments(t *testing.T) {
	for name, doc := range testdocs.All() {
		t.Run(name, func(t *testing.T) {
			got := Mailto(doc)
			assertURLChars(t, got)
			to, fields := parseMailto(t, got)
			if to != doc.To {
				t.Errorf("recipient %q, want %q", to, doc.To)
			}
			if fields["subject"] != doc.Subject {
				t.Errorf("subject %q, want %q", fields["subject"], doc.Subject)
			}
			if !strings.Contains(fields["body"], "\r\n") || strings.Contains(strings.ReplaceAll(fields["body"], "\r\n", ""), "\n") {
				t.Error("body line breaks are not all CRLF")
			}
		})
	}
}

func TestEncodeWords(t *testing.T) {
	tests := []struct{ name, in string }{
		{"ascii", "Objection"},
		{"empty", ""},
		{"german", "Forderung auf Schadensersatz nach Art. 82 DSGVO – Müller"},
		{"greek long", "Εναντίωση βάσει του άρθρου 21 παρ. 1 του Γενικού Κανονισμού για την Προστασία Δεδομένων"},
		{"cyrillic", "Възражение по чл. 21, параграф 1 от Общ регламент относно защитата на данните"},
		{"diacritics", "ő ű ł ș ț ġ ħ ż ā ē ė ų"},
		{"emoji at word edges", strings.Repeat("a", 37) + "😀😀" + strings.Repeat("ű", 30)},
		{"looks encoded", "=?UTF-8?B?SGk=?="},
		{"very long ascii", strings.Repeat("word ", 60)},
	}
	dec := new(mime.WordDecoder)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc := encodeWords(tt.in)
			lines := strings.Split(enc, "\r\n")
			for i, l := range lines {
				if i > 0 && !strings.HasPrefix(l, " ") {
					t.Errorf("continuation line %d does not start with a space: %q", i, l)
				}
				word := strings.TrimPrefix(l, " ")
				if len(word) > 75 {
					t.Errorf("encoded word of %d chars > 75", len(word))
				}
				if i == 0 && len("Subject: ")+len(l) > 76 {
					t.Errorf("first line of %d chars > 76", len("Subject: ")+len(l))
				}
				if len(l) > 76 {
					t.Errorf("line of %d chars > 76", len(l))
				}
				// Each word holds whole characters.
				b64 := strings.TrimSuffix(strings.TrimPrefix(word, "=?UTF-8?B?"), "?=")
				raw, err := base64.StdEncoding.DecodeString(b64)
				if err != nil {
					t.Fatalf("word %q: %v", word, err)
				}
				if !utf8.Valid(raw) {
					t.Errorf("word %q splits a UTF-8 sequence", word)
				}
			}
			got, err := dec.DecodeHeader(enc)
			if err != nil {
				t.Fatal(err)
			}
			// A header's folds are removed when it is read (RFC 5322 2.2.3);
			// white space between encoded words is then ignored (RFC 2047 6.2).
			got, err = dec.DecodeHeader(strings.ReplaceAll(enc, "\r\n", ""))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.in {
				t.Errorf("decoded %q, want %q", got, tt.in)
			}
		})
	}
}

func TestSubjectHeader(t *testing.T) {
	tests := []struct {
		name, in string
		encoded  bool
	}{
		{"short ascii stays plain", "Objection under Art. 21(1) GDPR", false},
		{"non-ascii is encoded", "Widerspruch – DSGVO", true},
		{"long ascii is encoded to fold it", strings.Repeat("x", 80), true},
		{"encoded-word lookalike is encoded", "=?utf-8?q?x?=", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := subject(tt.in)
			if enc := strings.HasPrefix(got, "=?UTF-8?B?"); enc != tt.encoded {
				t.Errorf("subject(%q) = %q, encoded %v, want %v", tt.in, got, enc, tt.encoded)
			}
		})
	}
}

// readEML parses msg, checking line endings and header hygiene on the way.
func readEML(t *testing.T, msg []byte) *mail.Message {
	t.Helper()
	if bytes.Contains(bytes.ReplaceAll(msg, []byte("\r\n"), nil), []byte("\n")) ||
		bytes.Contains(bytes.ReplaceAll(msg, []byte("\r\n"), nil), []byte("\r")) {
		t.Fatal("message has a line ending other than CRLF")
	}
	head, _, ok := bytes.Cut(msg, []byte("\r\n\r\n"))
	if !ok {
		t.Fatal("message has no blank line after the header")
	}
	for _, l := range strings.Split(string(head), "\r\n") {
		if len(l) > 998 {
			t.Errorf("header line of %d chars", len(l))
		}
		if strings.HasPrefix(l, " ") {
			continue // folded continuation
		}
		name, _, ok := strings.Cut(l, ": ")
		if !ok {
			t.Fatalf("header line %q is not a field", l)
		}
		switch name {
		case "From", "To", "Subject", "Date", "MIME-Version", "Content-Type",
			"Content-Transfer-Encoding", "Content-Language", "X-Unsent":
		default:
			t.Errorf("unexpected header field %q", name)
		}
	}
	m, err := mail.ReadMessage(bufio.NewReader(bytes.NewReader(msg)))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// emlBody decodes the quoted-printable body into text with "\n" endings.
func emlBody(t *testing.T, m *mail.Message) string {
	t.Helper()
	raw, err := io.ReadAll(m.Body)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(raw), "\r\n") {
		if len(l) > 76 {
			t.Errorf("body line %d has %d chars > 76", i+1, len(l))
		}
	}
	body, err := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(raw)))
	if err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(string(body), "\r\n", "\n")
}

func TestEML(t *testing.T) {
	sent := time.Date(2026, time.June, 3, 14, 30, 0, 0, time.FixedZone("", 2*3600))
	dec := new(mime.WordDecoder)
	for name, doc := range testdocs.All() {
		t.Run(name, func(t *testing.T) {
			msg := EML(doc, sent)
			m := readEML(t, msg)
			h := m.Header
			if got, err := dec.DecodeHeader(h.Get("Subject")); err != nil || got != doc.Subject {
				t.Errorf("Subject decodes to %q (%v), want %q", got, err, doc.Subject)
			}
			if doc.To != "" {
				if to, err := h.AddressList("To"); err != nil || len(to) != 1 || to[0].Address != doc.To {
					t.Errorf("To = %v (%v), want %s", to, err, doc.To)
				}
			} else if h.Get("To") != "" {
				t.Errorf("To = %q for a document without address", h.Get("To"))
			}
			if doc.From != "" {
				from, err := mail.ParseAddress(strings.ReplaceAll(h.Get("From"), "\r\n", ""))
				if err != nil || from.Address != doc.From || from.Name != doc.Signature {
					t.Errorf("From = %v (%v), want %s <%s>", from, err, doc.Signature, doc.From)
				}
			}
			if d, err := h.Date(); err != nil || !d.Equal(sent) {
				t.Errorf("Date = %v (%v), want %v", d, err, sent)
			}
			for k, want := range map[string]string{
				"MIME-Version":              "1.0",
				"Content-Type":              "text/plain; charset=UTF-8",
				"Content-Transfer-Encoding": "quoted-printable",
				"X-Unsent":                  "1",
				"Content-Language":          doc.Lang,
			} {
				if got := h.Get(k); got != want {
					t.Errorf("%s = %q, want %q", k, got, want)
				}
			}
			if got := emlBody(t, m); got != Text(doc) {
				t.Errorf("body differs from Text:\n%s", got)
			}
		})
	}
}

func TestEMLHostile(t *testing.T) {
	sent := time.Date(2026, time.June, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		doc  letter.Document
	}{
		{"CRLF in subject", letter.Document{Subject: "Hi\r\nBcc: evil@example.com\r\n\r\nbody"}},
		{"LF in subject", letter.Document{Subject: "Hi\nBcc: evil@example.com"}},
		{"CR in subject", letter.Document{Subject: "Hi\rBcc: evil@example.com"}},
		{"CRLF in To", letter.Document{To: "a@b.eu\r\nBcc: evil@example.com"}},
		{"list in To", letter.Document{To: "a@b.eu, evil@example.com"}},
		{"CRLF in From", letter.Document{From: "a@b.eu\nBcc: evil@example.com"}},
		{"CRLF in signature", letter.Document{From: "a@b.eu", Signature: "Ann\r\nBcc: evil@example.com"}},
		{"quote in signature", letter.Document{From: "a@b.eu", Signature: `Ann "the" \ Smith`}},
		{"NEL and U+2028 in subject", letter.Document{Subject: "a\u0085Bcc: x@y.z\u2028Cc: x@y.z"}},
		{"bad language", letter.Document{Lang: "de\r\nBcc: x@y.z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := EML(tt.doc, sent)
			m := readEML(t, msg)
			for _, k := range []string{"Bcc", "Cc"} {
				if v := m.Header.Get(k); v != "" {
					t.Errorf("injected %s: %q", k, v)
				}
			}
			if to := m.Header.Get("To"); strings.Contains(to, "evil") {
				t.Errorf("To = %q", to)
			}
			if from := m.Header.Get("From"); from != "" {
				if _, err := mail.ParseAddress(strings.ReplaceAll(from, "\r\n", "")); err != nil {
					t.Errorf("From %q does not parse: %v", from, err)
				}
			}
		})
	}
}
