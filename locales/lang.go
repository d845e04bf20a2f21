package locales

import (
	"sort"
	"strconv"
	"strings"
)

// The browser's runtime picks languages and plural forms with the small
// functions below instead of golang.org/x/text: x/text's language and
// plural packages cost about 80 KB of brotli'd wasm. They cover exactly the
// languages Objector ships (the EU's), and lang_test.go holds them to
// x/text's answers, which the host side (tools, tests) still uses.

// validTag reports whether s looks like a BCP 47 language tag: a primary
// language subtag of 2–3 letters, then subtags of 1–8 letters or digits,
// separated by "-" (or "_", which x/text accepts too). Unlike x/text it
// does not know which codes exist.
func validTag(s string) bool {
	parts := strings.Split(strings.ReplaceAll(s, "_", "-"), "-")
	if n := len(parts[0]); n < 2 || n > 3 || !isAlpha(parts[0]) {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) < 1 || len(p) > 8 || !isAlnum(p) {
			return false
		}
	}
	return true
}

func isAlpha(s string) bool {
	for _, c := range s {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

func isAlnum(s string) bool {
	for _, c := range s {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// baseLanguage returns the lower-case primary language subtag of a tag,
// with deprecated codes replaced ("mo" is Romanian).
func baseLanguage(tag string) string {
	base, _, _ := strings.Cut(strings.ReplaceAll(tag, "_", "-"), "-")
	base = strings.ToLower(base)
	if base == "mo" {
		return "ro"
	}
	return base
}

// nearLanguages maps languages Objector does not ship to the one CLDR's
// language matching (as x/text applies it) offers their speakers instead;
// for many that is English.
var nearLanguages = map[string]string{
	"af": "nl", "ay": "es", "br": "fr", "bs": "hr", "co": "fr", "eu": "es",
	"fo": "da", "fy": "nl", "gl": "es", "gn": "es", "gsw": "de", "ht": "fr",
	"kg": "fr", "la": "it", "lb": "de", "ln": "fr", "mg": "fr", "mk": "bg",
	"nb": "da", "no": "da", "oc": "fr", "qu": "es", "rm": "de", "rw": "fr",
	"wo": "fr",
	"ak": "en", "bn": "en", "cy": "en", "ee": "en", "eo": "en", "gd": "en",
	"ha": "en", "ia": "en", "ig": "en", "is": "en", "ka": "en", "km": "en",
	"kn": "en", "lg": "en", "lo": "en", "mi": "en", "ml": "en", "my": "en",
	"ne": "en", "ny": "en", "om": "en", "or": "en", "pa": "en", "ps": "en",
	"rn": "en", "sd": "en", "si": "en", "sn": "en", "so": "en", "sq": "en",
	"st": "en", "sw": "en", "ta": "en", "te": "en", "ti": "en", "tn": "en",
	"to": "en", "ur": "en", "xh": "en", "yi": "en", "yo": "en", "zu": "en",
}

// matchLanguage returns the language of names (tags of primary language
// subtags only, as the message files name them) that fits the preferences
// best: the first preference whose language is shipped; else the first
// whose near language is; else "".
func matchLanguage(names []string, prefs []string) string {
	has := map[string]bool{}
	for _, n := range names {
		has[n] = true
	}
	for _, p := range prefs {
		if b := baseLanguage(p); has[b] {
			return b
		}
	}
	for _, p := range prefs {
		if near, ok := nearLanguages[baseLanguage(p)]; ok && has[near] {
			return near
		}
	}
	return ""
}

// parseAcceptLanguage splits an Accept-Language value (or one tag) into
// its tags, the most wanted first; tags weighted q=0 are left out. It
// returns nil for a value with a malformed entry, as x/text refuses it.
func parseAcceptLanguage(s string) []string {
	type entry struct {
		tag string
		q   float64
	}
	var entries []entry
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		tag, params, _ := strings.Cut(part, ";")
		tag = strings.TrimSpace(tag)
		q := 1.0
		if params = strings.TrimSpace(params); params != "" {
			v, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q=")
			if !ok {
				return nil
			}
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || f < 0 || f > 1 {
				return nil
			}
			q = f
		}
		if tag != "*" && !validTag(tag) {
			return nil
		}
		if q > 0 && tag != "*" {
			entries = append(entries, entry{tag, q})
		}
	}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].q > entries[j].q })
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = e.tag
	}
	return out
}

// cardinal returns the CLDR cardinal plural category of a non-negative
// integer n in a language, by the rules x/text applies (its CLDR version:
// no "many" for a million in French, Italian or Spanish; Maltese without
// "two").
func cardinal(lang string, n int) string {
	n10, n100 := n%10, n%100
	switch baseLanguage(lang) {
	case "fr", "pt":
		if n == 0 || n == 1 {
			return "one"
		}
	case "cs", "sk":
		switch {
		case n == 1:
			return "one"
		case n >= 2 && n <= 4:
			return "few"
		}
	case "pl":
		switch {
		case n == 1:
			return "one"
		case n10 >= 2 && n10 <= 4 && !(n100 >= 12 && n100 <= 14):
			return "few"
		}
		return "many"
	case "hr":
		switch {
		case n10 == 1 && n100 != 11:
			return "one"
		case n10 >= 2 && n10 <= 4 && !(n100 >= 12 && n100 <= 14):
			return "few"
		}
	case "sl":
		switch n100 {
		case 1:
			return "one"
		case 2:
			return "two"
		case 3, 4:
			return "few"
		}
	case "lt":
		switch {
		case n100 >= 11 && n100 <= 19:
		case n10 == 1:
			return "one"
		case n10 >= 2:
			return "few"
		}
	case "lv":
		switch {
		case n10 == 0 || n100 >= 11 && n100 <= 19:
			return "zero"
		case n10 == 1:
			return "one"
		}
	case "ga":
		switch {
		case n == 1:
			return "one"
		case n == 2:
			return "two"
		case n >= 3 && n <= 6:
			return "few"
		case n >= 7 && n <= 10:
			return "many"
		}
	case "mt":
		switch {
		case n == 1:
			return "one"
		case n == 0 || n100 >= 2 && n100 <= 10:
			return "few"
		case n100 >= 11 && n100 <= 19:
			return "many"
		}
	case "ro":
		switch {
		case n == 1:
			return "one"
		case n == 0 || n100 >= 1 && n100 <= 19:
			return "few"
		}
	default: // bg, da, de, el, en, es, et, fi, hu, it, nl, sv: one for 1
		if n == 1 {
			return "one"
		}
	}
	return "other"
}
