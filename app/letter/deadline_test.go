package letter

import (
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestReplyDeadline(t *testing.T) {
	for _, tc := range []struct{ name, from, want string }{
		{"mid-month", "2026-06-03", "2026-07-03"},
		{"31 January, common year", "2026-01-31", "2026-02-28"},
		{"31 January, leap year", "2028-01-31", "2028-02-29"},
		{"30 January, leap year", "2028-01-30", "2028-02-29"},
		{"29 January, leap year", "2028-01-29", "2028-02-29"},
		{"29 January, common year", "2027-01-29", "2027-02-28"},
		{"29 February, leap year", "2028-02-29", "2028-03-29"},
		{"28 February, common year", "2026-02-28", "2026-03-28"},
		{"31 March to 30 April", "2026-03-31", "2026-04-30"},
		{"31 May to 30 June", "2026-05-31", "2026-06-30"},
		{"31 August to 30 September", "2026-08-31", "2026-09-30"},
		{"31 October to 30 November", "2026-10-31", "2026-11-30"},
		{"30 April to 30 May", "2026-04-30", "2026-05-30"},
		{"year change", "2026-12-15", "2027-01-15"},
		{"31 December", "2026-12-31", "2027-01-31"},
		{"2100 is no leap year", "2100-01-31", "2100-02-28"},
		{"2000 was a leap year", "2000-01-31", "2000-02-29"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ReplyDeadline(day(tc.from)).Format("2006-01-02"); got != tc.want {
				t.Errorf("ReplyDeadline(%s) = %s, want %s", tc.from, got, tc.want)
			}
		})
	}
}

// TestReplyDeadlineDropsTime checks that a time of day and the location are
// kept apart: the deadline is a day, in the letter date's location.
func TestReplyDeadlineDropsTime(t *testing.T) {
	berlin := time.FixedZone("CET", 3600)
	got := ReplyDeadline(time.Date(2026, 1, 31, 23, 59, 0, 0, berlin))
	want := time.Date(2026, 2, 28, 0, 0, 0, 0, berlin)
	if !got.Equal(want) || got.Location() != berlin {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestPaymentDeadline(t *testing.T) {
	for _, tc := range []struct {
		name, from string
		days       int
		want       string
	}{
		{"14 days", "2026-06-03", 14, "2026-06-17"},
		{"month change", "2026-06-20", 14, "2026-07-04"},
		{"year change", "2026-12-25", 14, "2027-01-08"},
		{"over 29 February", "2028-02-20", 14, "2028-03-05"},
		{"into 29 February", "2028-02-15", 14, "2028-02-29"},
		{"one day", "2026-06-30", 1, "2026-07-01"},
		{"90 days", "2026-01-01", 90, "2026-04-01"},
		{"zero means the default", "2026-06-03", 0, "2026-06-17"},
		{"negative means the default", "2026-06-03", -5, "2026-06-17"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := PaymentDeadline(day(tc.from), tc.days).Format("2006-01-02"); got != tc.want {
				t.Errorf("PaymentDeadline(%s, %d) = %s, want %s", tc.from, tc.days, got, tc.want)
			}
		})
	}
}

func TestCurrencyOf(t *testing.T) {
	for _, tc := range []struct{ country, want string }{
		{"DE", "EUR"}, {"IE", "EUR"}, {"BG", "EUR"}, {"HR", "EUR"},
		{"PL", "PLN"}, {"pl", "PLN"}, {" CZ ", "CZK"}, {"HU", "HUF"}, {"SE", "SEK"},
		{"DK", "DKK"}, {"RO", "RON"}, {"NO", "NOK"}, {"IS", "ISK"}, {"LI", "CHF"},
		{"CH", "CHF"}, {"GB", "GBP"}, {"", "EUR"}, {"XX", "EUR"},
	} {
		t.Run(tc.country, func(t *testing.T) {
			if got := CurrencyOf(tc.country); got != tc.want {
				t.Errorf("CurrencyOf(%q) = %s, want %s", tc.country, got, tc.want)
			}
		})
	}
}
