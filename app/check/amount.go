package check

import "strings"

// MaxAmountCents is the largest amount Amount accepts (1,000,000.00): far
// above any claim for non-material damage, low enough to catch a slip of
// the finger.
const MaxAmountCents = 100_000_000

// Amount parses an amount of money as people type it — "500", "500.00",
// "500,00", "1.234,50", "1,234.50", "1 234,50", "1'234.50" — into cents.
// A "." or "," followed by one or two digits is the decimal separator; one
// followed by three digits groups thousands ("1.234" is 1234) unless the
// other mark already separated thousands. The amount must be positive, have
// at most two decimals and be at most MaxAmountCents.
func Amount(s string) (int64, Problem) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, problem(MsgRequired, nil)
	}
	if s[0] == '-' {
		return 0, problem(MsgAmountZero, nil)
	}
	runs, seps, ok := splitAmount(s)
	if !ok {
		return 0, problem(MsgAmount, nil)
	}
	intRuns, frac := runs, ""
	if last := len(seps) - 1; last >= 0 && isDecimalMark(seps, runs) {
		intRuns, frac = runs[:last+1], runs[last+1]
		seps = seps[:last]
	}
	if len(frac) > 2 {
		return 0, problem(MsgAmountCents, nil)
	}
	if !validGrouping(intRuns, seps) {
		return 0, problem(MsgAmount, nil)
	}
	whole := strings.TrimLeft(strings.Join(intRuns, ""), "0")
	if len(whole) > 7 {
		return 0, problem(MsgAmountMax, nil)
	}
	var cents int64
	for _, c := range []byte(whole) {
		cents = cents*10 + int64(c-'0')
	}
	cents *= 100
	switch len(frac) {
	case 1:
		cents += int64(frac[0]-'0') * 10
	case 2:
		cents += int64(frac[0]-'0')*10 + int64(frac[1]-'0')
	}
	switch {
	case cents == 0:
		return 0, problem(MsgAmountZero, nil)
	case cents > MaxAmountCents:
		return 0, problem(MsgAmountMax, nil)
	}
	return cents, Problem{}
}

// splitAmount splits s into runs of ASCII digits and the single separators
// between them ('.', ',', spaces, apostrophes). It fails on anything else,
// on two separators in a row and on a leading or trailing separator.
func splitAmount(s string) (runs []string, seps []rune, ok bool) {
	start := 0
	for i, r := range s {
		if '0' <= r && r <= '9' {
			continue
		}
		switch r {
		case '.', ',', ' ', '\u00a0', '\u202f', '\'', '\u2019':
		default:
			return nil, nil, false
		}
		if i == start {
			return nil, nil, false
		}
		runs = append(runs, s[start:i])
		seps = append(seps, r)
		start = i + len(string(r))
	}
	if start == len(s) {
		return nil, nil, false
	}
	return append(runs, s[start:]), seps, true
}

// isDecimalMark reports whether the last separator is the decimal mark.
func isDecimalMark(seps []rune, runs []string) bool {
	last := seps[len(seps)-1]
	if last != '.' && last != ',' {
		return false
	}
	for _, r := range seps[:len(seps)-1] {
		if r == last {
			return false // "1.234.567": the mark groups thousands
		}
	}
	if len(runs[len(runs)-1]) != 3 {
		return true
	}
	// "1,234.567" has a decimal point (with too many decimals); "1.234" and
	// "12,345" group thousands, but "0.500" does not.
	return len(seps) > 1 || !validGrouping(runs, seps)
}

// validGrouping reports whether runs joined by seps form an integer: one run
// of any length, or a first run of 1–3 digits (not a lone 0) followed by
// runs of exactly three, all joined by the same separator.
func validGrouping(runs []string, seps []rune) bool {
	if len(runs) == 1 {
		return true
	}
	if len(runs[0]) > 3 || runs[0][0] == '0' {
		return false
	}
	for i, r := range runs[1:] {
		if len(r) != 3 || seps[i] != seps[0] {
			return false
		}
	}
	return true
}
