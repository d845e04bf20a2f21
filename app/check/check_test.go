package check

import (
	"strings"
	"testing"
	"time"
)

func TestSingleLine(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"empty", "", true},
		{"accents", "Zoë Ñandú-Øresund", true},
		{"apostrophe", "O'Brien", true},
		{"Greek", "Αθήνα", true},
		{"emoji", "Erika 🌻", true},
		{"LF", "Erika\nBcc: x@example.org", false},
		{"CR", "Erika\rBcc: x@example.org", false},
		{"CRLF", "a\r\nb", false},
		{"tab", "a\tb", false},
		{"NUL", "a\x00b", false},
		{"escape", "a\x1b[31mb", false},
		{"DEL", "a\x7fb", false},
		{"NEL", "a\u0085b", false},
		{"line separator", "a\u2028b", false},
		{"paragraph separator", "a\u2029b", false},
		{"invalid UTF-8", "a\xffb", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SingleLine(tt.in); got.OK() != tt.ok || !got.OK() && got.ID != MsgSingleLine {
				t.Errorf("SingleLine(%q) = %v, want ok=%v", tt.in, got, tt.ok)
			}
		})
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"lines", "First line.\nSecond line.\r\nThird.", true},
		{"tab", "a\tb", true},
		{"line separator", "a\u2028b", true},
		{"NUL", "a\x00b", false},
		{"escape", "a\x1bb", false},
		{"NEL", "a\u0085b", false},
		{"invalid UTF-8", "a\xc3", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Text(tt.in); got.OK() != tt.ok || !got.OK() && got.ID != MsgText {
				t.Errorf("Text(%q) = %v, want ok=%v", tt.in, got, tt.ok)
			}
		})
	}
}

func TestRequiredAndMaxLen(t *testing.T) {
	if Required("").OK() || Required(" \t\n").OK() || !Required("x").OK() {
		t.Error("Required: blank must fail, text must pass")
	}
	tests := []struct {
		name, in string
		max      int
		ok       bool
	}{
		{"ASCII at the limit", "abc", 3, true},
		{"ASCII over", "abcd", 3, false},
		{"runes, not bytes", "äöü", 3, true},
		{"runes over", "äöüß", 3, false},
		{"empty", "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MaxLen(tt.in, tt.max)
			if got.OK() != tt.ok {
				t.Errorf("MaxLen(%q, %d) = %v, want ok=%v", tt.in, tt.max, got, tt.ok)
			}
			if !got.OK() && (got.ID != MsgTooLong || got.Args["Max"] != tt.max) {
				t.Errorf("MaxLen(%q, %d) = %v, want %s with Max", tt.in, tt.max, got, MsgTooLong)
			}
		})
	}
}

func TestFirst(t *testing.T) {
	if p := First(); !p.OK() {
		t.Errorf("First() = %v", p)
	}
	if p := First(Problem{}, Required(""), Email("x")); p.ID != MsgRequired {
		t.Errorf("First = %v, want the first problem", p)
	}
}

func TestEmail(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"simple", "name@example.org", true},
		{"dots and plus", "first.last+tag@mail.example.co.uk", true},
		{"apostrophe", "o'brien@example.ie", true},
		{"all specials", "!#$%&'*+-/=?^_`{|}~@example.org", true},
		{"punycode domain", "user@xn--mnchen-3ya.de", true},
		{"unicode", "jörg@münchen.de", true},
		{"surrounding spaces", "  name@example.org ", true},
		{"hyphenated domain", "a@my-example.eu", true},
		{"64-byte local part", strings.Repeat("a", 64) + "@example.org", true},
		{"empty", "", false},
		{"no at", "name.example.org", false},
		{"no domain", "name@", false},
		{"no local part", "@example.org", false},
		{"two ats", "name@@example.org", false},
		{"at in local part", "na@me@example.org", false},
		{"no dot in domain", "name@localhost", false},
		{"inner space", "na me@example.org", false},
		{"display name", "Erika <erika@example.org>", false},
		{"angle brackets", "<erika@example.org>", false},
		{"header injection", "name@example.org\r\nBcc: x@example.org", false},
		{"quoted local part", `"name"@example.org`, false},
		{"leading dot", ".name@example.org", false},
		{"trailing dot", "name.@example.org", false},
		{"double dot", "na..me@example.org", false},
		{"domain starts with hyphen", "name@-example.org", false},
		{"label ends with hyphen", "name@example-.org", false},
		{"empty label", "name@example..org", false},
		{"trailing dot in domain", "name@example.org.", false},
		{"numeric TLD", "name@192.168.0.1", false},
		{"IP literal", "name@[192.168.0.1]", false},
		{"one-letter TLD", "name@example.c", false},
		{"comma", "a@example.org,b@example.org", false},
		{"semicolon", "a@example.org;b@example.org", false},
		{"65-byte local part", strings.Repeat("a", 65) + "@example.org", false},
		{"too long", "a@" + strings.Repeat("b", 250) + ".org", false},
		{"label too long", "a@" + strings.Repeat("b", 64) + ".org", false},
		{"invalid UTF-8", "n\xffme@example.org", false},
		{"underscore in domain", "name@ex_ample.org", false},
		{"NUL", "name\x00@example.org", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Email(tt.in); got.OK() != tt.ok || !got.OK() && got.ID != MsgEmail {
				t.Errorf("Email(%q) = %v, want ok=%v", tt.in, got, tt.ok)
			}
		})
	}
}

func TestPostalCode(t *testing.T) {
	tests := []struct {
		country string
		valid   []string
		invalid []string
	}{
		{"AT", []string{"1010", "6020"}, []string{"101", "10100", "A-1010"}},
		{"BE", []string{"1000", "9000"}, []string{"100", "B1000"}},
		{"BG", []string{"1000"}, []string{"10000"}},
		{"CH", []string{"8001", "CH-3003"}, []string{"80010", "800"}},
		{"CY", []string{"1010"}, []string{"10100"}},
		{"CZ", []string{"110 00", "11000"}, []string{"110-00", "1100", "110  00"}},
		{"DE", []string{"10115", "01067", " 51147 "}, []string{"1011", "101155", "D-10115", "1O115"}},
		{"DK", []string{"1050", "DK-8000"}, []string{"10500"}},
		{"EE", []string{"10111"}, []string{"1011"}},
		{"ES", []string{"28013", "08001", "52001"}, []string{"00123", "53001", "2801"}},
		{"FI", []string{"00100", "FI-00100"}, []string{"0010"}},
		{"FR", []string{"75001", "97400"}, []string{"7500", "75 001", "750011"}},
		{"GB", []string{"SW1A 1AA", "sw1a1aa", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB"}, []string{"SW1A", "1AA SW1", "SW1A 1A", "SW1A-1AA"}},
		{"GR", []string{"105 57", "10557"}, []string{"1055", "105-57"}},
		{"HR", []string{"10000", "HR-10000"}, []string{"1000"}},
		{"HU", []string{"1011"}, []string{"10110", "H-1011"}},
		{"IE", []string{"D02 X285", "d02x285", "A65 F4E2", "D6W 1234", ""}, []string{"D02", "B02 X285", "D02 X2B5", "D02 X28", "Dublin 2"}},
		{"IS", []string{"101"}, []string{"1010"}},
		{"IT", []string{"00184", "20121"}, []string{"0018"}},
		{"LI", []string{"9490", "9485"}, []string{"8001", "949"}},
		{"LT", []string{"LT-10312", "10312", "lt-10312"}, []string{"LT10312", "1031"}},
		{"LU", []string{"L-1009", "1009"}, []string{"L1009", "10090"}},
		{"LV", []string{"LV-1050", "lv-1050"}, []string{"LV1050", "LV-105", "1050"}},
		{"MT", []string{"VLT 1117", "SLM1549", "slm 1549"}, []string{"VL 1117", "VLT 117", "1117"}},
		{"NL", []string{"1012 AB", "1012ab", "9999 ZZ"}, []string{"0123 AB", "1012 SS", "1012 SA", "1012 SD", "1012", "1012 A"}},
		{"NO", []string{"0150", "9990"}, []string{"015"}},
		{"PL", []string{"00-950", "31-123"}, []string{"00950", "00 950", "0-950"}},
		{"PT", []string{"1000-001", "4000-322"}, []string{"1000", "1000001", "1000 001"}},
		{"RO", []string{"010011"}, []string{"01001", "0100111"}},
		{"SE", []string{"111 22", "11122", "SE-111 22"}, []string{"1112", "111-22"}},
		{"SI", []string{"1000", "SI-1000"}, []string{"10000"}},
		{"SK", []string{"811 01", "81101"}, []string{"8110", "811-01"}},
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		covered[tt.country] = true
		t.Run(tt.country, func(t *testing.T) {
			ex := PostalExample(tt.country)
			for _, code := range append(tt.valid, ex) {
				if p := PostalCode(tt.country, code); !p.OK() {
					t.Errorf("PostalCode(%s, %q) = %v, want valid", tt.country, code, p)
				}
			}
			for _, code := range tt.invalid {
				p := PostalCode(tt.country, code)
				if p.ID != MsgPostalCode || p.Args["Example"] != ex {
					t.Errorf("PostalCode(%s, %q) = %v, want %s with Example %q", tt.country, code, p, MsgPostalCode, ex)
				}
			}
			if p := PostalCode(tt.country, ""); p.OK() != PostalOptional(tt.country) {
				t.Errorf("PostalCode(%s, \"\") = %v, optional %v", tt.country, p, PostalOptional(tt.country))
			}
		})
	}
	for _, c := range Countries() {
		if !covered[c] {
			t.Errorf("no postal code cases for %s", c)
		}
	}
	if p := PostalCode("US", "90210"); !p.OK() {
		t.Errorf("an unsupported country is CountryCode's business, got %v", p)
	}
	if p := PostalCode("DE", ""); p.ID != MsgRequired {
		t.Errorf("PostalCode(DE, \"\") = %v, want %s", p, MsgRequired)
	}
}

func TestCountryAndCurrency(t *testing.T) {
	for _, c := range Countries() {
		if !CountryCode(c).OK() || PostalExample(c) == "" {
			t.Errorf("country %s: not accepted or no postal example", c)
		}
	}
	for _, c := range []string{"", "de", "Germany", "DEU", "US", "EU", "UK", "D", " DE"} {
		if p := CountryCode(c); p.ID != MsgCountry {
			t.Errorf("CountryCode(%q) = %v, want %s", c, p, MsgCountry)
		}
	}
	for _, c := range Currencies() {
		if !CurrencyCode(c).OK() {
			t.Errorf("currency %s not accepted", c)
		}
	}
	for _, c := range []string{"", "eur", "€", "USD", "BGN", "EURO"} {
		if p := CurrencyCode(c); p.ID != MsgCurrency {
			t.Errorf("CurrencyCode(%q) = %v, want %s", c, p, MsgCurrency)
		}
	}
	if Countries()[0] = "XX"; CountryCode("XX").OK() {
		t.Error("Countries returned the package's own slice")
	}
}

func TestAmount(t *testing.T) {
	tests := []struct {
		in    string
		cents int64
		want  string
	}{
		{"500", 50000, ""},
		{"500.00", 50000, ""},
		{"500,00", 50000, ""},
		{"500,5", 50050, ""},
		{"0.01", 1, ""},
		{"0,99", 99, ""},
		{" 750 ", 75000, ""},
		{"0500", 50000, ""},
		{"1.234,50", 123450, ""},
		{"1,234.50", 123450, ""},
		{"1 234,50", 123450, ""},
		{"1\u00a0234,50", 123450, ""},
		{"1\u202f234,50", 123450, ""},
		{"1'234.50", 123450, ""},
		{"1’234.50", 123450, ""},
		{"1.234", 123400, ""},
		{"1,234", 123400, ""},
		{"12.345.678", 0, MsgAmountMax},
		{"1.000.000", 100000000, ""},
		{"1,000,000.00", 100000000, ""},
		{"1000000", 100000000, ""},
		{"1000000.01", 0, MsgAmountMax},
		{"99999999999999999999999", 0, MsgAmountMax},
		{"", 0, MsgRequired},
		{"  ", 0, MsgRequired},
		{"0", 0, MsgAmountZero},
		{"0,00", 0, MsgAmountZero},
		{"-500", 0, MsgAmountZero},
		{"500.001", 50000100, ""}, // grouping, as "1.234" is
		{"500.0001", 0, MsgAmountCents},
		{"0.500", 0, MsgAmountCents},
		{"1234.567", 0, MsgAmountCents},
		{"1,234.567", 0, MsgAmountCents},
		{"€500", 0, MsgAmount},
		{"500 €", 0, MsgAmount},
		{"500 EUR", 0, MsgAmount},
		{"+500", 0, MsgAmount},
		{"5e2", 0, MsgAmount},
		{"500.", 0, MsgAmount},
		{".50", 0, MsgAmount},
		{"1..5", 0, MsgAmount},
		{"1.2.3", 0, MsgAmount},
		{"12.34.56", 0, MsgAmount},
		{"1,234,56", 0, MsgAmount},
		{"1.234.56", 0, MsgAmount},
		{"1 234.567 8", 0, MsgAmount},
		{"1.234 567", 0, MsgAmount},
		{"٥٠٠", 0, MsgAmount},
		{"５００", 0, MsgAmount},
		{"NaN", 0, MsgAmount},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			cents, p := Amount(tt.in)
			if p.ID != tt.want || cents != tt.cents {
				t.Errorf("Amount(%q) = %d, %q; want %d, %q", tt.in, cents, p.ID, tt.cents, tt.want)
			}
		})
	}
}

func TestDate(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"2025-06-03", true},
		{"2024-02-29", true},
		{"2000-02-29", true},
		{"2025-02-28", true},
		{"2025-12-31", true},
		{"2025-01-31", true},
		{"2025-02-29", false},
		{"1900-02-29", false},
		{"2100-02-29", false},
		{"2025-04-31", false},
		{"2025-13-01", false},
		{"2025-00-10", false},
		{"2025-01-00", false},
		{"2025-01-32", false},
		{"2025-1-01", false},
		{"2025-01-1", false},
		{"25-01-01", false},
		{"2025/01/01", false},
		{"03.06.2025", false},
		{"2025-06-03T00:00", false},
		{" 2025-06-03", false},
		{"２０２５-06-03", false},
		{"+025-06-03", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, p := Date(tt.in)
			if p.OK() != tt.ok || !p.OK() && p.ID != MsgDate {
				t.Fatalf("Date(%q) = %v, want ok=%v", tt.in, p, tt.ok)
			}
			if tt.ok && (got.Format(time.DateOnly) != tt.in || got.Location() != time.UTC || got.Hour() != 0) {
				t.Errorf("Date(%q) = %v, want that day at midnight UTC", tt.in, got)
			}
			if !tt.ok && !got.IsZero() {
				t.Errorf("Date(%q) = %v, want the zero time with the problem", tt.in, got)
			}
		})
	}
}

func TestFormatPostalCode(t *testing.T) {
	tests := []struct{ country, in, want string }{
		{"GB", "sw1a1aa", "SW1A 1AA"},
		{"GB", " m1 1ae ", "M1 1AE"},
		{"NL", "1012ab", "1012 AB"},
		{"SE", "11122", "111 22"},
		{"CZ", "110 00", "110 00"},
		{"IE", "d02x285", "D02 X285"},
		{"IE", "d6w1234", "D6W 1234"},
		{"MT", "vlt1117", "VLT 1117"},
		{"LV", "lv-1050", "LV-1050"},
		{"DE", " 10115", "10115"},
		{"SE", "se-111 22", "SE-111 22"},
		{"DE", "abc ", "abc"},
		{"US", "90210-1234", "90210-1234"},
		{"NL", "1012 ss", "1012 ss"},
	}
	for _, tt := range tests {
		t.Run(tt.country+" "+tt.in, func(t *testing.T) {
			if got := FormatPostalCode(tt.country, tt.in); got != tt.want {
				t.Errorf("FormatPostalCode(%s, %q) = %q, want %q", tt.country, tt.in, got, tt.want)
			}
		})
	}
}
