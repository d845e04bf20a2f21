package check

import (
	"strings"
	"sync"
)

// countries are the ones Objector supports, EU and EEA plus Switzerland and
// the United Kingdom (ISO 3166-1 alpha-2), alphabetical by code. Each has a
// Country.<code> message in common.<lang>.json.
var countries = []string{
	"AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB",
	"GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO",
	"PL", "PT", "RO", "SE", "SI", "SK",
}

// currencies are the ISO 4217 codes of the supported countries' currencies
// (Bulgaria uses the euro since 1 January 2026). Each has a Currency.<code>
// message in common.<lang>.json.
var currencies = []string{
	"CHF", "CZK", "DKK", "EUR", "GBP", "HUF", "ISK", "NOK", "PLN", "RON", "SEK",
}

// Countries returns the codes of the supported countries, alphabetical.
func Countries() []string { return append([]string(nil), countries...) }

// Currencies returns the codes of the supported currencies, alphabetical.
func Currencies() []string { return append([]string(nil), currencies...) }

// CountryCode refuses anything but the exact code (capitals) of a supported
// country: the code picks address conventions and messages, so "de" or
// "Germany" would only half work.
func CountryCode(s string) Problem {
	if !contains(countries, s) {
		return problem(MsgCountry, nil)
	}
	return Problem{}
}

// CurrencyCode refuses anything but the exact code of a supported currency.
func CurrencyCode(s string) Problem {
	if !contains(currencies, s) {
		return problem(MsgCurrency, nil)
	}
	return Problem{}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// postalFormat is how one country writes its postal codes: patterns (see
// matchPattern) and an example shown to the person.
type postalFormat struct {
	patterns []string
	example  string
	// optional is true where addresses commonly have no postal code.
	optional bool
	// valid, when set, checks what the patterns cannot express.
	valid func(code string) bool
}

// postalFormats by country. Sources: the Universal Postal Union's addressing
// guides (S42) and the national posts; spaces shown are optional, hyphens
// and prefixes as written. Built when first asked for, not while the
// browser starts the app: as a package variable its initialisation was the
// largest function the start-up ran (16 KB of wasm, compiled on first run).
var postalFormats = sync.OnceValue(func() map[string]postalFormat {
	return map[string]postalFormat{
		"AT": {patterns: []string{"9999"}, example: "1010"},
		"BE": {patterns: []string{"9999"}, example: "1000"},
		"BG": {patterns: []string{"9999"}, example: "1000"},
		"CH": {patterns: []string{"9999", "CH-9999"}, example: "8001"},
		"CY": {patterns: []string{"9999"}, example: "1010"},
		"CZ": {patterns: []string{"999 99"}, example: "110 00"},
		"DE": {patterns: []string{"99999"}, example: "10115"},
		"DK": {patterns: []string{"9999", "DK-9999"}, example: "1050"},
		"EE": {patterns: []string{"99999"}, example: "10111"},
		"ES": {patterns: []string{"99999"}, example: "28013", valid: spanishProvince},
		"FI": {patterns: []string{"99999", "FI-99999"}, example: "00100"},
		"FR": {patterns: []string{"99999"}, example: "75001"},
		"GB": {patterns: []string{"A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"}, example: "SW1A 1AA"},
		"GR": {patterns: []string{"999 99"}, example: "105 57"},
		"HR": {patterns: []string{"99999", "HR-99999"}, example: "10000"},
		"HU": {patterns: []string{"9999"}, example: "1011"},
		"IE": {patterns: []string{"A99 ????", "D6W ????"}, example: "D02 X285", optional: true, valid: eircode},
		"IS": {patterns: []string{"999"}, example: "101"},
		"IT": {patterns: []string{"99999"}, example: "00184"},
		"LI": {patterns: []string{"9999"}, example: "9490", valid: func(c string) bool { return strings.HasPrefix(c, "94") }},
		"LT": {patterns: []string{"LT-99999", "99999"}, example: "LT-10312"},
		"LU": {patterns: []string{"L-9999", "9999"}, example: "L-1009"},
		"LV": {patterns: []string{"LV-9999"}, example: "LV-1050"},
		"MT": {patterns: []string{"AAA 9999"}, example: "VLT 1117"},
		"NL": {patterns: []string{"9999 AA"}, example: "1012 AB", valid: dutchPostcode},
		"NO": {patterns: []string{"9999"}, example: "0150"},
		"PL": {patterns: []string{"99-999"}, example: "00-950"},
		"PT": {patterns: []string{"9999-999"}, example: "1000-001"},
		"RO": {patterns: []string{"999999"}, example: "010011"},
		"SE": {patterns: []string{"999 99", "SE-999 99"}, example: "111 22"},
		"SI": {patterns: []string{"9999", "SI-9999"}, example: "1000"},
		"SK": {patterns: []string{"999 99"}, example: "811 01"},
	}
})

// PostalExample returns an example postal code of the country ("" if the
// country is not supported), for placeholders and messages.
func PostalExample(country string) string { return postalFormats()[country].example }

// PostalOptional reports whether addresses in the country may omit the
// postal code (Ireland, where Eircodes are recent).
func PostalOptional(country string) bool { return postalFormats()[country].optional }

// PostalCode checks a postal code against the country's format; case and
// surrounding spaces do not matter. An empty code is refused (Required)
// except where postal codes are optional. A country Objector does not
// support is not this check's business: CountryCode refuses it.
func PostalCode(country, code string) Problem {
	f, ok := postalFormats()[country]
	if !ok {
		return Problem{}
	}
	c := strings.ToUpper(strings.TrimSpace(code))
	if c == "" {
		if f.optional {
			return Problem{}
		}
		return problem(MsgRequired, nil)
	}
	for _, p := range f.patterns {
		if matchPattern(p, c) && (f.valid == nil || f.valid(strings.TrimPrefix(c, country+"-"))) {
			return Problem{}
		}
	}
	return problem(MsgPostalCode, map[string]any{"Example": f.example})
}

// FormatPostalCode returns a valid postal code in the form the country's
// post prints it: capitals, and the space where it belongs ("sw1a1aa" →
// "SW1A 1AA", "1012ab" → "1012 AB", "11122" → "111 22"). Anything else is
// returned trimmed but otherwise as typed.
func FormatPostalCode(country, code string) string {
	c := strings.TrimSpace(code)
	f, ok := postalFormats()[country]
	if !ok || !PostalCode(country, c).OK() {
		return c
	}
	c = strings.ToUpper(c)
	for _, p := range f.patterns {
		if out, ok := fitPattern(p, c); ok {
			return out
		}
	}
	return c
}

// matchPattern reports whether s fits pattern, where in the pattern '9' is
// a digit, 'A' a capital letter, '?' either, ' ' an optional single space,
// and any other byte itself.
func matchPattern(pattern, s string) bool {
	_, ok := fitPattern(pattern, s)
	return ok
}

// fitPattern matches s to pattern as matchPattern does and returns s with
// the pattern's spaces in place.
func fitPattern(pattern, s string) (string, bool) {
	out := make([]byte, 0, len(pattern))
	i := 0
	for j := 0; j < len(pattern); j++ {
		p := pattern[j]
		if p == ' ' {
			if i < len(s) && s[i] == ' ' {
				i++
			}
			out = append(out, ' ')
			continue
		}
		if i >= len(s) {
			return "", false
		}
		c := s[i]
		switch p {
		case '9':
			if !isDigit(c) {
				return "", false
			}
		case 'A':
			if !isUpper(c) {
				return "", false
			}
		case '?':
			if !isUpperOrDigit(c) {
				return "", false
			}
		default:
			if c != p {
				return "", false
			}
		}
		out = append(out, c)
		i++
	}
	return string(out), i == len(s)
}

// eircode checks the letters an Eircode may use: routing keys start with
// A, C–F, H, K, N, P, R, T, V–Y (or are D6W), and the unique identifier
// uses digits and those letters.
func eircode(c string) bool {
	const letters = "ACDEFHKNPRTVWXY"
	c = strings.ReplaceAll(c, " ", "")
	if len(c) != 7 || !strings.ContainsRune(letters, rune(c[0])) {
		return false
	}
	for _, r := range c[3:] {
		if !('0' <= r && r <= '9') && !strings.ContainsRune(letters, r) {
			return false
		}
	}
	return true
}

// dutchPostcode refuses what PostNL never issues: a leading zero, and the
// letter pairs SA, SD and SS.
func dutchPostcode(c string) bool {
	c = strings.ReplaceAll(c, " ", "")
	if c[0] == '0' {
		return false
	}
	switch c[4:] {
	case "SA", "SD", "SS":
		return false
	}
	return true
}

// spanishProvince checks that a Spanish code starts with a province number,
// 01 to 52.
func spanishProvince(c string) bool {
	p := int(c[0]-'0')*10 + int(c[1]-'0')
	return p >= 1 && p <= 52
}
