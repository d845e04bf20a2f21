package letter

import "time"

// DefaultPaymentDays is the time to pay a damages claim when the person sets
// none.
const DefaultPaymentDays = 14

// ReplyDeadline returns the day one month after the letter date: the time
// Art. 12(3) GDPR gives a controller to act on a request. It counts the way
// Regulation (EEC, Euratom) No 1182/71 does (Art. 3(2)(c)): the period ends
// on the same date of the next month, or on that month's last day when the
// date does not exist there (31 January → 28 or 29 February).
//
// The GDPR's month runs from receipt, which is later than the letter date,
// so the date is on the safe side for the controller. The Regulation's roll
// over of weekends and public holidays (Art. 3(4)) is not applied: holidays
// differ by country, and the letter names a date the person can keep.
func ReplyDeadline(letterDate time.Time) time.Time { return MonthsAfter(letterDate, 1) }

// MonthsAfter returns the day n months after t, counted as ReplyDeadline
// counts one: the same date n months on, or that month's last day. Art.
// 12(3) GDPR lets a controller extend its month by two further months, so
// an extended deadline is MonthsAfter(receipt, 3).
func MonthsAfter(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, t.Location())
	if last := daysIn(first); d > last {
		d = last
	}
	return time.Date(first.Year(), first.Month(), d, 0, 0, 0, 0, t.Location())
}

// PaymentDeadline returns the day the given number of days after the letter
// date (the day of the letter is not counted, per Reg. 1182/71 Art. 3(1)).
// A number below one means DefaultPaymentDays.
func PaymentDeadline(letterDate time.Time, days int) time.Time {
	if days < 1 {
		days = DefaultPaymentDays
	}
	y, m, d := letterDate.Date()
	return time.Date(y, m, d+days, 0, 0, 0, 0, letterDate.Location())
}

// daysIn returns the number of days in the month of t.
func daysIn(t time.Time) int {
	return time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, t.Location()).Day()
}
