package locales

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// parseMessages reads a go-i18n JSON message file: one object whose values
// are strings, or objects of strings (the plural forms, "description",
// "hash", "id"). It reads only that shape, as encoding/json would read it
// (escapes, invalid UTF-8 as U+FFFD, the last of duplicate keys), but
// without reflection, which in the browser's wasm took most of the
// start-up time. parse_test.go compares it with encoding/json.
func parseMessages(data []byte) (map[string]*Message, error) {
	p := &scanner{data: data}
	// Sized from the bytes (a message takes 60–250 of them), and the
	// messages made in blocks: the browser reads these at every start-up,
	// where each allocation costs.
	out := make(map[string]*Message, len(data)/120)
	var block []Message
	err := p.object(func(key []byte) error {
		id := string(key)
		if len(block) == cap(block) {
			block = make([]Message, 0, 64)
		}
		block = append(block, Message{ID: id, Forms: map[string]string{}})
		m := &block[len(block)-1]
		switch p.peek() {
		case '"':
			s, err := p.str()
			if err != nil {
				return err
			}
			m.Forms["other"] = s
		case '{':
			err := p.object(func(key []byte) error {
				if !keepDescriptions && len(key) == len("description") && strings.EqualFold(string(key), "description") {
					return p.skipString()
				}
				text, err := p.str()
				if err != nil {
					return fmt.Errorf("message %q: want a string or an object of strings", id)
				}
				switch k := field(key); k {
				case "description":
					m.Description = text
				case "hash", "id":
				case "zero", "one", "two", "few", "many", "other":
					m.Forms[k] = text
				default:
					return fmt.Errorf("message %q: unknown field %q", id, k)
				}
				return nil
			})
			if err != nil {
				return err
			}
			if _, ok := m.Forms["other"]; !ok {
				return fmt.Errorf("message %q: no \"other\" form", id)
			}
		default:
			return fmt.Errorf("message %q: want a string or an object of strings", id)
		}
		out[id] = m
		return nil
	})
	if err != nil {
		return nil, err
	}
	if p.skipSpace(); p.i != len(p.data) {
		return nil, p.errorf("data after the object")
	}
	return out, nil
}

// fields are the keys a message object may have, as constants: field
// returns one of them for a key in any case without allocating, since
// go-i18n's files write them in lower case.
var fields = []string{"description", "hash", "id", "zero", "one", "two", "few", "many", "other"}

// field returns key in lower case.
func field(key []byte) string {
	for _, f := range fields {
		if string(key) == f {
			return f
		}
	}
	return strings.ToLower(string(key))
}

// scanner walks JSON bytes.
type scanner struct {
	data []byte
	i    int
}

func (p *scanner) errorf(format string, args ...any) error {
	return fmt.Errorf("offset %d: %s", p.i, fmt.Sprintf(format, args...))
}

func (p *scanner) skipSpace() {
	for p.i < len(p.data) {
		switch p.data[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// peek returns the next byte that is not white space, or 0 at the end.
func (p *scanner) peek() byte {
	p.skipSpace()
	if p.i == len(p.data) {
		return 0
	}
	return p.data[p.i]
}

// object reads {"key": value, …}, calling member after each key and its
// colon; member reads the value. The key's bytes are valid only during the
// call.
func (p *scanner) object(member func(key []byte) error) error {
	if p.peek() != '{' {
		return p.errorf("want an object")
	}
	p.i++
	if p.peek() == '}' {
		p.i++
		return nil
	}
	for {
		key, err := p.key()
		if err != nil {
			return err
		}
		if p.peek() != ':' {
			return p.errorf("want ':'")
		}
		p.i++
		if err := member(key); err != nil {
			return err
		}
		switch p.peek() {
		case ',':
			p.i++
		case '}':
			p.i++
			return nil
		default:
			return p.errorf("want ',' or '}'")
		}
	}
}

var errString = errors.New("want a string")

// key reads a string for an object key, without copying it when it has no
// escapes.
func (p *scanner) key() ([]byte, error) {
	if p.peek() != '"' {
		return nil, p.errorf("%v", errString)
	}
	for j := p.i + 1; j < len(p.data); j++ {
		c := p.data[j]
		if c == '"' {
			if k := p.data[p.i+1 : j]; utf8.Valid(k) {
				p.i = j + 1
				return k, nil
			}
			break
		}
		if c == '\\' || c < 0x20 {
			break
		}
	}
	s, err := p.str()
	return []byte(s), err
}

// str reads a JSON string.
func (p *scanner) str() (string, error) {
	if p.peek() != '"' {
		return "", p.errorf("%v", errString)
	}
	p.i++
	start := p.i
	// The common case: no escapes, valid UTF-8.
	for p.i < len(p.data) {
		c := p.data[p.i]
		if c == '"' {
			if s := p.data[start:p.i]; utf8.Valid(s) {
				p.i++
				return string(s), nil
			}
			break
		}
		if c == '\\' || c < 0x20 {
			break
		}
		p.i++
	}
	p.i = start
	var sb strings.Builder
	for p.i < len(p.data) {
		c := p.data[p.i]
		switch {
		case c == '"':
			p.i++
			return sb.String(), nil
		case c < 0x20:
			return "", p.errorf("control character in a string")
		case c == '\\':
			if err := p.escape(&sb); err != nil {
				return "", err
			}
		case c < utf8.RuneSelf:
			sb.WriteByte(c)
			p.i++
		default:
			r, size := utf8.DecodeRune(p.data[p.i:])
			sb.WriteRune(r) // utf8.RuneError for invalid bytes, as encoding/json
			p.i += size
		}
	}
	return "", p.errorf("unterminated string")
}

// escape reads one backslash escape.
func (p *scanner) escape(sb *strings.Builder) error {
	if p.i+1 >= len(p.data) {
		return p.errorf("unterminated escape")
	}
	c := p.data[p.i+1]
	p.i += 2
	switch c {
	case '"', '\\', '/':
		sb.WriteByte(c)
	case 'b':
		sb.WriteByte('\b')
	case 'f':
		sb.WriteByte('\f')
	case 'n':
		sb.WriteByte('\n')
	case 'r':
		sb.WriteByte('\r')
	case 't':
		sb.WriteByte('\t')
	case 'u':
		r, ok := p.hex4()
		if !ok {
			return p.errorf("bad \\u escape")
		}
		if utf16.IsSurrogate(r) {
			// A pair is two escapes; a lone half becomes U+FFFD.
			save := p.i
			if p.i+1 < len(p.data) && p.data[p.i] == '\\' && p.data[p.i+1] == 'u' {
				p.i += 2
				if r2, ok := p.hex4(); ok {
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						sb.WriteRune(dec)
						return nil
					}
				}
			}
			p.i = save
			r = utf8.RuneError
		}
		sb.WriteRune(r)
	default:
		return p.errorf("bad escape \\%c", c)
	}
	return nil
}

func (p *scanner) hex4() (rune, bool) {
	if p.i+4 > len(p.data) {
		return 0, false
	}
	var r rune
	for _, c := range p.data[p.i : p.i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	p.i += 4
	return r, true
}

// peekMessage returns the "other" form of one message of a message file,
// reading past every other message without keeping it.
func peekMessage(data []byte, id string) (text string, found bool, err error) {
	p := &scanner{data: data}
	err = p.object(func(key []byte) error {
		if string(key) != id {
			return p.skipValue()
		}
		switch p.peek() {
		case '"':
			s, err := p.str()
			text, found = s, err == nil
			return err
		case '{':
			found = false
			return p.object(func(k []byte) error {
				s, err := p.str()
				if err == nil && strings.EqualFold(string(k), "other") {
					text, found = s, true
				}
				return err
			})
		}
		return fmt.Errorf("message %q: want a string or an object of strings", id)
	})
	return text, found, err
}

// skipValue reads past a string or an object of strings.
func (p *scanner) skipValue() error {
	switch p.peek() {
	case '"':
		return p.skipString()
	case '{':
		return p.object(func([]byte) error { return p.skipString() })
	}
	return p.errorf("want a string or an object of strings")
}

// skipString reads past a string without decoding or checking it (Parse
// checks the files); it finds the closing quote with bytes.IndexByte, which
// is fast in wasm too.
func (p *scanner) skipString() error {
	if p.peek() != '"' {
		return p.errorf("%v", errString)
	}
	p.i++
	for {
		j := bytes.IndexByte(p.data[p.i:], '"')
		if j < 0 {
			p.i = len(p.data)
			return p.errorf("unterminated string")
		}
		end := p.i + j
		// The quote is escaped when an odd number of backslashes precede it.
		k := end
		for k > p.i && p.data[k-1] == '\\' {
			k--
		}
		p.i = end + 1
		if (end-k)%2 == 0 {
			return nil
		}
	}
}
