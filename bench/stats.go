package main

import (
	"math"
	"sort"
)

// median of xs (the mean of the middle two for an even count); NaN if empty.
func median(xs []float64) float64 {
	return percentile(xs, 50)
}

// percentile p (0–100) of xs by linear interpolation between closest ranks;
// NaN if xs is empty. xs is not modified.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	pos := p / 100 * float64(len(s)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	return s[lo] + (s[hi]-s[lo])*(pos-float64(lo))
}

// ratios returns a[i]/b[i] for each pair.
func ratios(a, b []float64) []float64 {
	n := min(len(a), len(b))
	out := make([]float64, 0, n)
	for i := range n {
		if b[i] != 0 {
			out = append(out, a[i]/b[i])
		}
	}
	return out
}
