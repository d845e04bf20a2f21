package check

import (
	"math/big"
	"strings"
	"testing"
)

// publishedIBANs are the example IBANs of the SWIFT IBAN Registry (and the
// well-known GB82 WEST example), one or more per EU/EEA country and for the
// other SEPA countries. They were not made with this package's code, so they
// check it independently.
var publishedIBANs = map[string][]string{
	"AD": {"AD12 0001 2030 2003 5910 0100"},
	"AT": {"AT61 1904 3002 3457 3201"},
	"BE": {"BE68 5390 0754 7034"},
	"BG": {"BG80 BNBG 9661 1020 3456 78"},
	"CH": {"CH93 0076 2011 6238 5295 7"},
	"CY": {"CY17 0020 0128 0000 0012 0052 7600"},
	"CZ": {"CZ65 0800 0000 1920 0014 5399"},
	"DE": {"DE89 3704 0044 0532 0130 00"},
	"DK": {"DK50 0040 0440 1162 43"},
	"EE": {"EE38 2200 2210 2014 5685"},
	"ES": {"ES91 2100 0418 4502 0005 1332"},
	"FI": {"FI21 1234 5600 0007 85"},
	"FR": {"FR14 2004 1010 0505 0001 3M02 606"},
	"GB": {"GB29 NWBK 6016 1331 9268 19", "GB82 WEST 1234 5698 7654 32"},
	"GR": {"GR16 0110 1250 0000 0001 2300 695"},
	"HR": {"HR12 1001 0051 8630 0016 0"},
	"HU": {"HU42 1177 3016 1111 1018 0000 0000"},
	"IE": {"IE29 AIBK 9311 5212 3456 78"},
	"IS": {"IS14 0159 2600 7654 5510 7303 39"},
	"IT": {"IT60 X054 2811 1010 0000 0123 456"},
	"LI": {"LI21 0881 0000 2324 013A A"},
	"LT": {"LT12 1000 0111 0100 1000"},
	"LU": {"LU28 0019 4006 4475 0000"},
	"LV": {"LV80 BANK 0000 4351 9500 1"},
	"MC": {"MC58 1122 2000 0101 2345 6789 030"},
	"MT": {"MT84 MALT 0110 0001 2345 MTLC AST0 01S"},
	"NL": {"NL91 ABNA 0417 1643 00"},
	"NO": {"NO93 8601 1117 947"},
	"PL": {"PL61 1090 1014 0000 0712 1981 2874"},
	"PT": {"PT50 0002 0123 1234 5678 9015 4"},
	"RO": {"RO49 AAAA 1B31 0075 9384 0000"},
	"SE": {"SE45 5000 0000 0583 9825 7466"},
	"SI": {"SI56 2633 0001 2039 086"},
	"SK": {"SK31 1200 0000 1987 4263 7541"},
	"SM": {"SM86 U032 2509 8000 0000 0270 100"},
	"VA": {"VA59 0011 2300 0012 3456 78"},
}

// bigMod97 computes an IBAN's remainder the slow, obvious way (the whole
// number in a big.Int), as a second opinion on ibanMod97.
func bigMod97(iban string) int64 {
	var digits strings.Builder
	for _, c := range iban[4:] + iban[:4] {
		if c >= 'A' && c <= 'Z' {
			digits.WriteString(big.NewInt(int64(c - 'A' + 10)).String())
		} else {
			digits.WriteRune(c)
		}
	}
	n, ok := new(big.Int).SetString(digits.String(), 10)
	if !ok {
		return -1
	}
	return new(big.Int).Mod(n, big.NewInt(97)).Int64()
}

// generatedIBAN makes a valid IBAN of the country with the check digits
// computed by bigMod97: a BBAN of the country's length with letters where
// the country's BBAN may have them, so both digit and letter paths run.
func generatedIBAN(country string) string {
	n := IBANLength(country) - 4
	bban := strings.Repeat("1234567890", 4)[:n]
	if n > 8 {
		bban = "AB" + bban[2:]
	}
	d := 98 - bigMod97(country+"00"+bban)
	return country + string(rune('0'+d/10)) + string(rune('0'+d%10)) + bban
}

func TestEveryEEACountryHasIBANs(t *testing.T) {
	for _, c := range append(Countries(), "MC", "SM", "VA", "AD") {
		if IBANLength(c) == 0 {
			t.Errorf("no IBAN length for %s", c)
		}
		if len(publishedIBANs[c]) == 0 {
			t.Errorf("no published example IBAN for %s", c)
		}
	}
}

func TestPublishedIBANs(t *testing.T) {
	for country, ibans := range publishedIBANs {
		for _, iban := range ibans {
			t.Run(iban, func(t *testing.T) {
				n := NormalizeIBAN(iban)
				if len(n) != IBANLength(country) {
					t.Errorf("length %d, registry says %d", len(n), IBANLength(country))
				}
				if p := IBAN(iban); !p.OK() {
					t.Errorf("IBAN(%q) = %v, want valid", iban, p)
				}
				if m := bigMod97(n); m != 1 {
					t.Errorf("big.Int mod 97 = %d, want 1", m)
				}
				if got := IBANCheckDigits(country, n[4:]); got != n[2:4] {
					t.Errorf("IBANCheckDigits = %s, want %s", got, n[2:4])
				}
				if got := FormatIBAN(strings.ToLower(n)); got != iban {
					t.Errorf("FormatIBAN = %q, want %q", got, iban)
				}
			})
		}
	}
}

func TestGeneratedIBANEveryCountry(t *testing.T) {
	for country := range ibanLength() {
		t.Run(country, func(t *testing.T) {
			iban := generatedIBAN(country)
			if p := IBAN(iban); !p.OK() {
				t.Errorf("IBAN(%q) = %v, want valid", iban, p)
			}
			if got := IBANCheckDigits(country, iban[4:]); got != iban[2:4] {
				t.Errorf("IBANCheckDigits(%s) = %s, want %s", iban, got, iban[2:4])
			}
		})
	}
}

// TestCorruptedIBANs changes every published example the ways people
// mistype: each digit in turn, each pair of neighbours swapped, one
// character dropped or added. MOD 97-10 catches every single digit
// substitution and every transposition of two digits.
func TestCorruptedIBANs(t *testing.T) {
	for _, ibans := range publishedIBANs {
		for _, iban := range ibans {
			n := NormalizeIBAN(iban)
			t.Run(n, func(t *testing.T) {
				for i := 2; i < len(n); i++ {
					if !isDigit(n[i]) {
						continue
					}
					b := []byte(n)
					b[i] = '0' + (b[i]-'0'+1)%10
					if p := IBAN(string(b)); p.ID != MsgIBANDigits {
						t.Errorf("digit %d changed: IBAN(%s) = %q, want %s", i, b, p.ID, MsgIBANDigits)
					}
				}
				for i := 2; i+1 < len(n); i++ {
					if n[i] == n[i+1] || !isDigit(n[i]) || !isDigit(n[i+1]) {
						continue // a letter is two digits to MOD 97-10: not always caught
					}
					b := []byte(n)
					b[i], b[i+1] = b[i+1], b[i]
					if p := IBAN(string(b)); p.ID != MsgIBANDigits {
						t.Errorf("%d and %d swapped: IBAN(%s) = %q, want %s", i, i+1, b, p.ID, MsgIBANDigits)
					}
				}
				for _, wrong := range []string{n[:len(n)-1], n + "0"} {
					p := IBAN(wrong)
					if p.ID != MsgIBANLength || p.Args["Length"] != len(n) || p.Args["Got"] != len(wrong) || p.Args["Country"] != n[:2] {
						t.Errorf("IBAN(%s) = %v, want %s with the lengths", wrong, p, MsgIBANLength)
					}
				}
			})
		}
	}
}

func TestIBAN(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"electronic form", "DE89370400440532013000", ""},
		{"lower case with spaces", " de89 3704 0044 0532 0130 00 ", ""},
		{"no-break spaces", "DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000", ""},
		{"empty", "", MsgRequired},
		{"only spaces", "   ", MsgRequired},
		{"hyphens", "DE89-3704-0044-0532-0130-00", MsgIBAN},
		{"umlaut", "DE89 3704 0044 0532 0130 0Ä", MsgIBAN},
		{"no check digits", "DEXX 3704 0044 0532 0130 00", MsgIBAN},
		{"starts with digits", "8937 0400 4405 3201 3000", MsgIBAN},
		{"too short for a country", "D", MsgIBAN},
		{"unknown country", "XX89 3704 0044 0532 0130 00", MsgIBANCountry},
		{"US has no IBAN", "US89 3704 0044 0532 0130 00", MsgIBANCountry},
		{"German with Austrian length", "DE89 3704 0044 0532 0130", MsgIBANLength},
		{"check digits 00", "DE00 3704 0044 0532 0130 00", MsgIBANDigits},
		{"check digits 99", "DE99 3704 0044 0532 0130 00", MsgIBANDigits},
		{"BE with two digits swapped", "BE68 5390 0754 7043", MsgIBANDigits},
		{"NL with a changed letter", "NL91 ABNB 0417 1643 00", MsgIBANDigits},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IBAN(tt.in).ID; got != tt.want {
				t.Errorf("IBAN(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFormatIBAN(t *testing.T) {
	tests := []struct{ in, want string }{
		{"DE89370400440532013000", "DE89 3704 0044 0532 0130 00"},
		{"no93 8601 1117 947", "NO93 8601 1117 947"},
		{"  be685390 07547034", "BE68 5390 0754 7034"},
		{"", ""},
		{"DE8", "DE8"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := FormatIBAN(tt.in); got != tt.want {
				t.Errorf("FormatIBAN(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
