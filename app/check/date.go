package check

import "time"

// Date parses a calendar date written YYYY-MM-DD (the form of an HTML date
// input and of ISO 8601) and refuses one that does not exist, such as
// 2025-02-29. The time is midnight UTC.
func Date(s string) (time.Time, Problem) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, problem(MsgDate, nil)
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6, 8, 9} {
		if !isDigit(s[i]) {
			return time.Time{}, problem(MsgDate, nil)
		}
	}
	num := func(i, j int) int {
		n := 0
		for _, c := range []byte(s[i:j]) {
			n = n*10 + int(c-'0')
		}
		return n
	}
	y, m, d := num(0, 4), num(5, 7), num(8, 10)
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return time.Time{}, problem(MsgDate, nil)
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), Problem{}
}

// daysIn returns the number of days of a month in the Gregorian calendar.
func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
