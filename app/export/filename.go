package export

import (
	"strings"
	"unicode"

	"github.com/objector-eu/objector/app/letter"
)

// maxBase is the longest file name stem before the date, in bytes.
const maxBase = 60

// FileName returns a safe name for a download of doc with extension ext
// ("pdf", ".eml"), e.g. "objection-to-ai-training-meta-2026-06-03.pdf":
// the title transliterated to lower-case ASCII letters and digits joined by
// dashes (the kind when the title leaves nothing), at most 60 characters,
// then the letter's date. Nothing the person typed reaches the name
// unfiltered: no path separators, dots, control or non-ASCII characters,
// and no device names Windows reserves. The extension keeps only ASCII
// letters and digits (8 at most); an empty one gives a name without a dot.
func FileName(doc letter.Document, ext string) string {
	base := slug(doc.Title, maxBase)
	if base == "" {
		base = slug(string(doc.Kind), maxBase)
	}
	if base == "" || reserved(base) {
		base = strings.Trim("letter-"+base, "-")
	}
	if !doc.Date.IsZero() {
		base += "-" + doc.Date.Format("2006-01-02")
	}
	if ext = slug(ext, 8); ext != "" {
		base += "." + strings.ReplaceAll(ext, "-", "")
	}
	return base
}

// slug turns s into lower-case ASCII words joined by single dashes, cut at a
// word boundary to at most max bytes (a single longer word is cut hard).
func slug(s string, max int) string {
	var sb strings.Builder
	dash := false
	for _, r := range s {
		fold := translit(r)
		if fold == "" {
			// A letter we cannot spell in ASCII is dropped; anything
			// else (space, punctuation, symbols) separates words.
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && sb.Len() > 0 {
				dash = true
			}
			continue
		}
		if dash {
			sb.WriteByte('-')
			dash = false
		}
		sb.WriteString(fold)
	}
	out := sb.String()
	if len(out) > max {
		cut := strings.LastIndexByte(out[:max+1], '-')
		if cut <= 0 {
			cut = max
		}
		out = strings.TrimRight(out[:cut], "-")
	}
	return out
}

// translit spells r in lower-case ASCII letters or digits: itself for ASCII
// letters and digits, a transliteration for Latin letters with diacritics,
// Greek and Cyrillic, and "" for everything else.
func translit(r rune) string {
	switch {
	case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
		return string(r)
	case 'A' <= r && r <= 'Z':
		return string(r + 'a' - 'A')
	case 0xC0 <= r && r < 0xC0+rune(len(latinFold)):
		return latinFold[r-0xC0]
	case 0x370 <= r && r < 0x370+rune(len(greekFold)):
		return greekFold[r-0x370]
	case 0x400 <= r && r < 0x400+rune(len(cyrillicFold)):
		return cyrillicFold[r-0x400]
	}
	return ""
}

// reserved reports whether name is a device name Windows refuses as a file
// name, with or without extension.
func reserved(name string) bool {
	switch name {
	case "con", "prn", "aux", "nul":
		return true
	}
	if len(name) == 4 && (strings.HasPrefix(name, "com") || strings.HasPrefix(name, "lpt")) {
		return '0' <= name[3] && name[3] <= '9'
	}
	return false
}
