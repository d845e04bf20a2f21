package pdf

import (
	"encoding/binary"
	"io/fs"
	"testing"

	"github.com/objector-eu/objector/web"
)

// cmap returns the characters a TrueType font maps to glyphs, from its
// format 4 (Unicode BMP) subtable: what fpdf reads too.
func cmap(t *testing.T, font []byte) map[rune]bool {
	t.Helper()
	be16 := func(i int) int { return int(binary.BigEndian.Uint16(font[i:])) }
	be32 := func(i int) int { return int(binary.BigEndian.Uint32(font[i:])) }
	table := -1
	for i := 0; i < be16(4); i++ {
		rec := 12 + 16*i
		if string(font[rec:rec+4]) == "cmap" {
			table = be32(rec + 8)
		}
	}
	if table < 0 {
		t.Fatal("no cmap table")
	}
	for i := 0; i < be16(table+2); i++ {
		rec := table + 4 + 8*i
		platform, encoding, sub := be16(rec), be16(rec+2), table+be32(rec+4)
		if !(platform == 3 && encoding == 1 || platform == 0) || be16(sub) != 4 {
			continue
		}
		segs := be16(sub+6) / 2
		ends, starts := sub+14, sub+16+2*segs
		deltas, offsets := starts+2*segs, starts+4*segs
		have := map[rune]bool{}
		for s := 0; s < segs; s++ {
			end, start := be16(ends+2*s), be16(starts+2*s)
			delta, off := be16(deltas+2*s), be16(offsets+2*s)
			for c := start; c <= end && c != 0xFFFF; c++ {
				glyph := 0
				if off == 0 {
					glyph = (c + delta) & 0xFFFF
				} else if g := be16(offsets + 2*s + off + 2*(c-start)); g != 0 {
					glyph = (g + delta) & 0xFFFF
				}
				if glyph != 0 {
					have[rune(c)] = true
				}
			}
		}
		return have
	}
	t.Fatal("no format 4 Unicode cmap")
	return nil
}

// TestFontCoverage checks that both faces have a glyph for every letter of
// the EU's official languages (Latin with diacritics, Greek, Bulgarian
// Cyrillic) and the punctuation and signs the letters use.
func TestFontCoverage(t *testing.T) {
	const needed = "ABCXYZabcxyz0189 .,;:!?()[]/§%&@#*+-=«»„“”‚‘’\"'–—…·•€£№°" +
		"ÄÖÜäöüßÀÂÆÇÈÉÊËÎÏÔŒÙÛŸàâæçèéêëîïôœùûÿÁÍÑÓÚáíñóúÃÕãõ" + // de fr es pt
		"ĄĆĘŁŃŚŹŻąćęłńśźż" + // pl
		"ŐŰőű" + // hu
		"ĂÂÎȘȚăâîșțŞŢşţ" + // ro (comma and cedilla forms)
		"ĊĠĦŻċġħż" + // mt
		"ĀČĒĢĪĶĻŅŠŪŽāčēģīķļņšūž" + // lv
		"ĄČĘĖĮŠŲŪŽąčęėįšųūž" + // lt
		"ČĎĚŇŘŠŤŮŽčďěňřšťůž" + "ĹĽŔĺľŕ" + // cs sk
		"ĆČĐŠŽćčđšž" + // hr sl
		"ÅÄÖåäöÆØæø" + "ÐÞðþ" + // sv da fi, is
		"ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώΆΈΉΊΌΎΏϊϋΐΰ" + // el
		"АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯабвгдежзийклмнопрстуфхцчшщъьюяѝ" + // bg
		"\uFFFD⟦⟧"
	for _, name := range []string{RegularFile, BoldFile} {
		t.Run(name, func(t *testing.T) {
			font, err := fs.ReadFile(web.Fonts, name)
			if err != nil {
				t.Fatal(err)
			}
			if err := checkFont(font); err != nil {
				t.Fatal(err)
			}
			have := cmap(t, font)
			for _, r := range needed {
				if !have[r] {
					t.Errorf("no glyph for %q (%U)", r, r)
				}
			}
			if len(font) > 150_000 {
				t.Errorf("%s has %d bytes; the subset should stay small for the browser", name, len(font))
			}
		})
	}
	if _, err := fs.Stat(web.Fonts, "LICENSE"); err != nil {
		t.Errorf("the fonts' licence must ship beside them: %v", err)
	}
}
