package check

import (
	"strings"
	"sync"
)

// ibanLength is the length of an IBAN by country, from the SWIFT IBAN
// Registry (ISO 13616). A person may be paid into an account anywhere IBANs
// exist, so every registered country is listed, not only the EU/EEA. Built
// when first asked for, like postalFormats.
var ibanLength = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
		"BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
		"DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
		"FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
		"GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
		"IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20,
		"LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20,
		"MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
		"PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
		"SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
		"SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
		"YE": 30,
	}
})

// IBANLength returns the length of an IBAN of the country (ISO 3166-1
// alpha-2), or 0 when the country has no IBAN.
func IBANLength(country string) int { return ibanLength()[country] }

// NormalizeIBAN returns s without spaces (also no-break spaces) and in
// capitals: the electronic form of an IBAN.
func NormalizeIBAN(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch r {
		case ' ', '\u00a0', '\u202f':
			continue
		}
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// FormatIBAN returns the IBAN in its paper form: capitals in groups of four
// separated by spaces ("DE89 3704 0044 0532 0130 00").
func FormatIBAN(s string) string {
	n := NormalizeIBAN(s)
	var sb strings.Builder
	for i, r := range []rune(n) {
		if i > 0 && i%4 == 0 {
			sb.WriteByte(' ')
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// IBAN checks an IBAN per ISO 13616: spaces and case do not matter; only
// letters and digits; a known country; that country's length; check digits
// that make the number ≡ 1 (mod 97) per ISO 7064 MOD 97-10.
func IBAN(s string) Problem {
	n := NormalizeIBAN(s)
	if n == "" {
		return problem(MsgRequired, nil)
	}
	for i := 0; i < len(n); i++ {
		if !isUpperOrDigit(n[i]) {
			return problem(MsgIBAN, nil)
		}
	}
	if len(n) < 4 || !isUpper(n[0]) || !isUpper(n[1]) || !isDigit(n[2]) || !isDigit(n[3]) {
		return problem(MsgIBAN, nil)
	}
	country := n[:2]
	want, ok := ibanLength()[country]
	if !ok {
		return problem(MsgIBANCountry, map[string]any{"Country": country})
	}
	if len(n) != want {
		return problem(MsgIBANLength, map[string]any{"Country": country, "Length": want, "Got": len(n)})
	}
	if ibanMod97(n) != 1 {
		return problem(MsgIBANDigits, nil)
	}
	return Problem{}
}

// IBANCheckDigits returns the two check digits ISO 7064 MOD 97-10 gives an
// IBAN of the country and BBAN (letters and digits, capitals).
func IBANCheckDigits(country, bban string) string {
	d := 98 - ibanMod97(country+"00"+bban)
	return string([]byte{byte('0' + d/10), byte('0' + d%10)})
}

// ibanMod97 returns the IBAN (capitals and digits only) as a number, with
// its first four characters moved to the end and letters as 10…35, mod 97.
func ibanMod97(n string) int {
	if len(n) < 4 {
		return -1
	}
	r := 0
	for _, c := range []byte(n[4:] + n[:4]) {
		switch {
		case isDigit(c):
			r = (r*10 + int(c-'0')) % 97
		case isUpper(c):
			r = (r*100 + int(c-'A') + 10) % 97
		default:
			return -1
		}
	}
	return r
}

func isDigit(c byte) bool        { return '0' <= c && c <= '9' }
func isUpper(c byte) bool        { return 'A' <= c && c <= 'Z' }
func isUpperOrDigit(c byte) bool { return isDigit(c) || isUpper(c) }
