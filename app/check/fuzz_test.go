package check

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The fuzz tests assert that no input panics and that what a check accepts
// has the properties the rest of Objector relies on. Seeds live in
// testdata/fuzz/<Name>/ as well as in f.Add.

func FuzzIBAN(f *testing.F) {
	for _, ibans := range publishedIBANs {
		f.Add(ibans[0])
	}
	for _, s := range []string{"", " ", "DE", "DE89", "de89 3704", "XX00", "DE89\u00a03704", "\xff\xfe", "ÄÖÜ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := IBAN(s)
		formatted := FormatIBAN(s)
		if !p.OK() {
			return
		}
		n := NormalizeIBAN(s)
		if len(n) != IBANLength(n[:2]) || bigMod97(n) != 1 {
			t.Errorf("IBAN accepted %q: length %d, mod 97 %d", s, len(n), bigMod97(n))
		}
		if !IBAN(formatted).OK() || FormatIBAN(formatted) != formatted || NormalizeIBAN(formatted) != n {
			t.Errorf("FormatIBAN(%q) = %q is not a stable form of the same IBAN", s, formatted)
		}
	})
}

func FuzzAmount(f *testing.F) {
	for _, s := range []string{"500", "500,00", "1.234,50", "1,234.50", "1 234,50", "0.500", "-1", "", "1.", "9999999999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cents, p := Amount(s)
		if p.OK() != (cents > 0) || cents > MaxAmountCents || cents < 0 {
			t.Errorf("Amount(%q) = %d, %v", s, cents, p)
		}
	})
}

func FuzzEmail(f *testing.F) {
	for _, s := range []string{"name@example.org", "jörg@münchen.de", "a@b", "@", "a@b.c", "\"a\"@b.org", "a@b.org\r\n", strings.Repeat("a", 300)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !Email(s).OK() {
			return
		}
		a := strings.TrimSpace(s)
		if strings.Count(a, "@") != 1 || strings.ContainsAny(a, " \r\n\t<>\",;:()[]\\") || !utf8.ValidString(a) || !SingleLine(a).OK() {
			t.Errorf("Email accepted %q", s)
		}
	})
}

func FuzzPostalCode(f *testing.F) {
	for _, c := range countries {
		f.Add(c, PostalExample(c))
	}
	f.Add("IE", "")
	f.Add("NL", "0000 SS")
	f.Add("ES", "99999")
	f.Add("xx", "\xff")
	f.Fuzz(func(t *testing.T, country, code string) {
		p := PostalCode(country, code)
		formatted := FormatPostalCode(country, code)
		if p.OK() && !PostalCode(country, formatted).OK() {
			t.Errorf("FormatPostalCode(%q, %q) = %q, which PostalCode refuses", country, code, formatted)
		}
		if !p.OK() || !CountryCode(country).OK() {
			return // other countries are CountryCode's to refuse
		}
		for _, r := range strings.TrimSpace(code) {
			if !(r == ' ' || r == '-' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z') {
				t.Errorf("PostalCode(%q, %q) accepted %q", country, code, r)
			}
		}
	})
}

func FuzzDate(f *testing.F) {
	for _, s := range []string{"2025-06-03", "2024-02-29", "2025-02-29", "0000-00-00", "9999-12-31", "2025-6-3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, p := Date(s)
		if p.OK() && d.Format(time.DateOnly) != s {
			t.Errorf("Date(%q) = %v", s, d)
		}
	})
}

func FuzzLineChecks(f *testing.F) {
	for _, s := range []string{"Erika", "a\nb", "a\u2028b", "\xff", "\x00", "🌻"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if SingleLine(s).OK() && strings.ContainsAny(s, "\r\n") {
			t.Errorf("SingleLine accepted %q", s)
		}
		if Text(s).OK() && !utf8.ValidString(s) {
			t.Errorf("Text accepted invalid UTF-8 %q", s)
		}
		if MaxLen(s, n).OK() != (utf8.RuneCountInString(s) <= n) {
			t.Errorf("MaxLen(%q, %d) wrong", s, n)
		}
		Required(s)
	})
}
