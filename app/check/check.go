// Package check holds Objector's field validators: small pure functions that
// say whether one value a person typed is usable, and if not, why, as a
// message ID (Check.*) the interface localizes. They never panic, whatever the
// input, because a panic would kill the WebAssembly app.
package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Problem is why a value is invalid: a message ID from check.<lang>.json and
// the values of its placeholders. The zero Problem means the value is fine.
type Problem struct {
	ID   string
	Args map[string]any
}

// OK reports whether the value was valid.
func (p Problem) OK() bool { return p.ID == "" }

// First returns the first of problems that is not OK, or the zero Problem:
// checks run in order and the person sees the most basic one first.
func First(problems ...Problem) Problem {
	for _, p := range problems {
		if !p.OK() {
			return p
		}
	}
	return Problem{}
}

// Message IDs returned by this package; each exists in every check.<lang>.json.
const (
	MsgRequired    = "Check.Required"
	MsgSingleLine  = "Check.SingleLine"
	MsgText        = "Check.Text"
	MsgTooLong     = "Check.TooLong"
	MsgEmail       = "Check.Email"
	MsgPostalCode  = "Check.PostalCode"
	MsgIBAN        = "Check.IBAN"
	MsgIBANCountry = "Check.IBAN.Country"
	MsgIBANLength  = "Check.IBAN.Length"
	MsgIBANDigits  = "Check.IBAN.Checksum"
	MsgAmount      = "Check.Amount"
	MsgAmountZero  = "Check.Amount.Positive"
	MsgAmountCents = "Check.Amount.Decimals"
	MsgAmountMax   = "Check.Amount.Max"
	MsgDate        = "Check.Date"
	MsgCountry     = "Check.Country"
	MsgCurrency    = "Check.Currency"
)

func problem(id string, args map[string]any) Problem { return Problem{ID: id, Args: args} }

// Required refuses a value that is empty or only white space.
func Required(s string) Problem {
	if strings.TrimSpace(s) == "" {
		return problem(MsgRequired, nil)
	}
	return Problem{}
}

// SingleLine refuses line breaks and every other control character, and bytes
// that are not UTF-8: single-line values end up in e-mail headers and address
// lines, where a line break would forge a header or break the layout.
func SingleLine(s string) Problem {
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return problem(MsgSingleLine, nil)
		}
	}
	return Problem{}
}

// Text refuses control characters other than line breaks and tabs, and bytes
// that are not UTF-8, in free text of several lines.
func Text(s string) Problem {
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
		case r == utf8.RuneError || unicode.IsControl(r):
			return problem(MsgText, nil)
		}
	}
	return Problem{}
}

// MaxLen refuses a value longer than max characters (runes, not bytes).
func MaxLen(s string, max int) Problem {
	if utf8.RuneCountInString(s) > max {
		return problem(MsgTooLong, map[string]any{"Max": max})
	}
	return Problem{}
}
