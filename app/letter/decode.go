package letter

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxFactsSize is the largest facts file DecodeFacts reads. Real facts are
// below 10 KiB; the limit keeps a hostile file from costing memory.
const MaxFactsSize = 64 << 10

// DecodeError says what is wrong with a facts file, and in which field
// when one is to blame (its JSON path, e.g. "otherController.city" or
// "reasons[1]").
type DecodeError struct {
	Field  string
	Reason string
}

func (e *DecodeError) Error() string {
	if e.Field == "" {
		return "facts: " + e.Reason
	}
	return fmt.Sprintf("facts: field %q: %s", e.Field, e.Reason)
}

// DecodeFacts reads the facts of the command line's facts.json: one JSON
// object of at most MaxFactsSize bytes of UTF-8, with only the fields of
// Facts (names exactly as documented, each once) and values of their types.
// Anything else — trailing data, unknown or repeated fields, a number where
// a string belongs, invalid UTF-8 — is refused with a *DecodeError naming
// the field. It does not validate the values: that is Facts.Validate.
func DecodeFacts(r io.Reader) (Facts, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFactsSize+1))
	if err != nil {
		return Facts{}, err
	}
	if len(data) > MaxFactsSize {
		return Facts{}, &DecodeError{Reason: fmt.Sprintf("larger than %d KiB", MaxFactsSize>>10)}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff")) // a BOM, as Windows editors write it
	if !utf8.Valid(data) {
		return Facts{}, &DecodeError{Reason: "not valid UTF-8 text"}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return Facts{}, &DecodeError{Reason: "empty; want a JSON object"}
	}

	// First walk the tokens against the shape of Facts: encoding/json would
	// silently take the last of repeated keys, match keys in any case and
	// turn null into nothing.
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := scanValue(dec, reflect.TypeOf(Facts{}), ""); err != nil {
		return Facts{}, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return Facts{}, &DecodeError{Reason: "more data after the JSON object"}
	}

	var f Facts
	dec = json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return Facts{}, decodeError(err)
	}
	return f, nil
}

// scanValue reads one JSON value from dec and checks it has the shape of t.
// It never goes deeper than t does, so nesting cannot exhaust the stack.
func scanValue(dec *json.Decoder, t reflect.Type, path string) error {
	tok, err := dec.Token()
	if err != nil {
		return decodeError(err)
	}
	want := t
	if t.Kind() == reflect.Pointer {
		want = t.Elem()
	}
	if tok == nil {
		if t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			return nil
		}
		return mismatch(path, want, "null")
	}
	switch tok := tok.(type) {
	case json.Delim:
		switch {
		case tok == '{' && want.Kind() == reflect.Struct:
			return scanObject(dec, want, path)
		case tok == '[' && want.Kind() == reflect.Slice:
			for i := 0; dec.More(); i++ {
				if err := scanValue(dec, want.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
			_, err := dec.Token() // ']'
			return decodeError(err)
		case tok == '{':
			return mismatch(path, want, "an object")
		default:
			return mismatch(path, want, "an array")
		}
	case string:
		if want.Kind() != reflect.String {
			return mismatch(path, want, "a string")
		}
	case json.Number:
		if want.Kind() != reflect.Int {
			return mismatch(path, want, "a number")
		}
		if _, err := strconv.ParseInt(tok.String(), 10, 32); err != nil {
			return &DecodeError{Field: path, Reason: fmt.Sprintf("want a whole number, got %.20s", tok.String())}
		}
	case bool:
		return mismatch(path, want, "true or false")
	}
	return nil
}

// scanObject reads the members of an object (after its '{') whose shape is
// the struct t.
func scanObject(dec *json.Decoder, t reflect.Type, path string) error {
	fields := jsonFields(t)
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return decodeError(err)
		}
		key, _ := tok.(string)
		name := key
		if path != "" {
			name = path + "." + key
		}
		ft, ok := fields[key]
		if !ok {
			return &DecodeError{Field: name, Reason: "unknown field (names are case-sensitive)"}
		}
		if seen[key] {
			return &DecodeError{Field: name, Reason: "given twice"}
		}
		seen[key] = true
		if err := scanValue(dec, ft, name); err != nil {
			return err
		}
	}
	_, err := dec.Token() // '}'
	return decodeError(err)
}

// jsonFields maps the JSON names of a struct's fields to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}

func mismatch(path string, want reflect.Type, got string) error {
	var w string
	switch want.Kind() {
	case reflect.Struct:
		w = "an object"
	case reflect.Slice:
		w = "an array of strings" // the only kind of array in Facts
	default:
		w = typeName(want)
	}
	if path == "" {
		return &DecodeError{Reason: fmt.Sprintf("want a JSON object, got %s", got)}
	}
	return &DecodeError{Field: path, Reason: fmt.Sprintf("want %s, got %s", w, got)}
}

func typeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int:
		return "a whole number"
	}
	return t.String()
}

// decodeError turns encoding/json's errors into DecodeErrors.
func decodeError(err error) error {
	if err == nil {
		return nil
	}
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &DecodeError{Reason: "the JSON ends too early"}
	case errors.As(err, &syntax):
		return &DecodeError{Reason: fmt.Sprintf("invalid JSON at byte %d: %s", syntax.Offset, strings.TrimPrefix(syntax.Error(), "json: "))}
	case errors.As(err, &typ):
		return &DecodeError{Field: typ.Field, Reason: "want " + typeName(typ.Type) + ", got " + typ.Value}
	}
	return &DecodeError{Reason: strings.TrimPrefix(err.Error(), "json: ")}
}
