package authority

import (
	"fmt"
	"slices"
	"testing"
)

func TestLandOf(t *testing.T) {
	for _, tc := range []struct {
		name, code, land string
	}{
		// The seats of the Länder governments and of the authorities.
		{"Berlin", "10115", "BE"},
		{"München", "80331", "BY"},
		{"Hamburg", "20095", "HH"},
		{"Dresden", "01067", "SN"},
		{"Erfurt", "99084", "TH"},
		{"Bremen", "28195", "HB"},
		{"Bremerhaven", "27570", "HB"},
		{"Kiel", "24103", "SH"},
		{"Mainz", "55116", "RP"},
		{"Saarbrücken", "66111", "SL"},
		{"Stuttgart", "70173", "BW"},
		{"Wiesbaden", "65183", "HE"},
		{"Hannover", "30159", "NI"},
		{"Düsseldorf", "40213", "NW"},
		{"Magdeburg", "39104", "ST"},
		{"Schwerin", "19053", "MV"},
		{"Potsdam", "14467", "BB"},
		{"Ansbach", "91522", "BY"},
		{"Kleinmachnow", "14532", "BB"},
		// Regions that cross a border.
		{"Berlin-Zehlendorf", "14163", "BE"},
		{"Berlin-Wannsee", "14109", "BE"},
		{"Schönefeld (BER)", "12529", "BB"},
		{"Hamburg-Bergedorf", "21029", "HH"},
		{"Norderstedt", "22844", "SH"},
		{"Buxtehude", "21614", "NI"},
		{"Lübeck", "23552", "SH"},
		{"Wismar", "23966", "MV"},
		{"Delmenhorst", "27749", "NI"},
		{"Cuxhaven", "27472", "NI"},
		{"Helgoland", "27498", "SH"},
		{"Lindau", "88131", "BY"},
		{"Friedrichshafen", "88045", "BW"},
		{"Neu-Ulm", "89231", "BY"},
		{"Ulm", "89073", "BW"},
		{"Aschaffenburg", "63739", "BY"},
		{"Frankfurt am Main", "60311", "HE"},
		{"Viernheim", "68519", "HE"},
		{"Mannheim", "68159", "BW"},
		{"Landau in der Pfalz", "76829", "RP"},
		{"Karlsruhe", "76131", "BW"},
		{"Zweibrücken", "66482", "RP"},
		{"Altenburg", "04600", "TH"},
		{"Leipzig", "04109", "SN"},
		{"Halle (Saale)", "06108", "ST"},
		{"Cottbus", "03046", "BB"},
		{"Salzwedel", "29410", "ST"},
		{"Sonneberg", "96515", "TH"},
		{"Coburg", "96450", "BY"},
		{"Wertheim", "97877", "BW"},
		{"Würzburg", "97070", "BY"},
		{"Büsingen am Hochrhein (exclave)", "78266", "BW"},
		{"spaces and prefix", " D-10115 ", "BE"},
		{"DE- prefix", "DE-80331", "BY"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			land, ok := LandOf(tc.code)
			if land != tc.land || !ok {
				t.Errorf("LandOf(%q) = %q, %v; want %q, true", tc.code, land, ok, tc.land)
			}
		})
	}
}

// TestLandOfUnsure lists codes LandOf must not answer: malformed ones,
// codes in two Länder, codes outside Germany and codes no range covers.
func TestLandOfUnsure(t *testing.T) {
	for _, tc := range []struct{ name, code string }{
		{"empty", ""},
		{"letters", "abc"},
		{"one digit", "1"},
		{"four digits", "1011"},
		{"six digits", "999999"},
		{"letters in a code", "1O115"},
		{"sign", "+1011"},
		{"inner space", "101 15"},
		{"non-ASCII digits", "１０１１５"},
		{"unused 00xxx", "00100"},
		{"unused 05xxx", "05000"},
		{"99999", "99999"},
		{"00000", "00000"},
		{"Hamburg/Schleswig-Holstein 21039", "21039"},
		{"Oststeinbek 22113", "22113"},
		{"Stapelfeld 22145", "22145"},
		{"Amt Neuhaus 19273", "19273"},
		{"Rathenow area BB/ST 14715", "14715"},
		{"Göttingen area NI/HE 37194", "37194"},
		{"Hirschhorn BW/HE 69434", "69434"},
		{"Ulm/Neu-Ulm 89081", "89081"},
		{"Jungholz (Austria)", "87491"},
		{"Kleinwalsertal (Austria)", "87567"},
		{"Waldesruh, Berlin code in Brandenburg", "12625"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if land, ok := LandOf(tc.code); ok || land != "" {
				t.Errorf("LandOf(%q) = %q, %v; want \"\", false", tc.code, land, ok)
			}
		})
	}
}

// TestLandOfRegions checks a postal region that lies wholly in one Land
// maps every code of it that the table knows to that Land, and never to
// another.
func TestLandOfRegions(t *testing.T) {
	whole := map[string]string{
		"08": "SN", "09": "SN", "10": "BE", "13": "BE", "15": "BB", "16": "BB",
		"18": "MV", "20": "HH", "24": "SH", "25": "SH", "26": "NI", "30": "NI", "31": "NI",
		"32": "NW", "33": "NW", "35": "HE", "39": "ST", "40": "NW", "41": "NW", "42": "NW",
		"44": "NW", "45": "NW", "46": "NW", "47": "NW", "50": "NW", "52": "NW", "54": "RP",
		"56": "RP", "58": "NW", "60": "HE", "61": "HE", "67": "RP", "70": "BW", "71": "BW",
		"72": "BW", "73": "BW", "75": "BW", "78": "BW", "79": "BW", "80": "BY", "81": "BY",
		"82": "BY", "83": "BY", "84": "BY", "85": "BY", "86": "BY", "90": "BY", "91": "BY",
		"92": "BY", "93": "BY", "94": "BY", "95": "BY", "98": "TH", "99": "TH",
	}
	for region, want := range whole {
		t.Run(region, func(t *testing.T) {
			answered := 0
			for i := 0; i < 1000; i++ {
				code := fmt.Sprintf("%s%03d", region, i)
				land, ok := LandOf(code)
				if ok {
					answered++
				}
				if ok && land != want {
					t.Errorf("LandOf(%s) = %s, want %s", code, land, want)
				}
			}
			if answered < 400 {
				t.Errorf("only %d codes of region %s answered", answered, region)
			}
		})
	}
}

// TestPostRanges checks the table is well formed: each range ordered, in
// the table's order, with a known Land or none.
func TestPostRanges(t *testing.T) {
	for i, r := range append(append([]postRange(nil), postRanges...), postCorrections...) {
		if r.lo > r.hi || r.lo < 1000 || r.hi > 99999 {
			t.Errorf("range %d: %05d–%05d", i, r.lo, r.hi)
		}
		if r.land != "" && !slices.Contains(länder, r.land) {
			t.Errorf("range %d: Land %q", i, r.land)
		}
		if i > 0 && i < len(postRanges) && r.lo < postRanges[i-1].lo {
			t.Errorf("range %d (%05d) before range %d (%05d)", i, r.lo, i-1, postRanges[i-1].lo)
		}
	}
}

func TestForResidence(t *testing.T) {
	for _, tc := range []struct {
		name, country, code, slug string
		sure                      bool
	}{
		{"Berlin", "DE", "10115", "deberlbdi", true},
		{"Munich: BayLDA", "DE", "80331", "debaylda", true},
		{"Bremerhaven", "DE", "27570", "debrelfdi", true},
		{"Potsdam", "DE", "14467", "debralda", true},
		{"lower-case country", "de", "70173", "debawueldb", true},
		{"German code in two Länder", "DE", "21039", "", false},
		{"German code missing", "DE", "", "", false},
		{"German code malformed", "DE", "abc", "", false},
		{"France", "FR", "75001", "frcnil", true},
		{"France, no code", "FR", "", "frcnil", true},
		{"Ireland", "IE", "D02 X285", "iedpc", true},
		{"Norway", "NO", "0150", "nods", true},
		{"Iceland", "IS", "101", "isdpa", true},
		{"Liechtenstein", "LI", "9490", "lidss", true},
		{"Belgium", "BE", "1000", "beapd", true},
		{"Greece", "GR", "105 57", "grdpa", true},
		{"Switzerland", "CH", "8001", "", false},
		{"United Kingdom", "GB", "SW1A 1AA", "", false},
		{"no country", "", "10115", "", false},
		{"garbage", "??", "", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, sure := ForResidence(tc.country, tc.code)
			if a.Slug != tc.slug || sure != tc.sure {
				t.Errorf("ForResidence(%q, %q) = %q, %v; want %q, %v", tc.country, tc.code, a.Slug, sure, tc.slug, tc.sure)
			}
		})
	}
}

// FuzzForResidence: no country or postal code may panic, and an answer is
// always a listed authority of that country.
func FuzzForResidence(f *testing.F) {
	for _, s := range [][2]string{{"DE", "10115"}, {"DE", ""}, {"de", "D-999999"}, {"FR", "75001"}, {"", "\xff"}, {"DE", "1"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, country, code string) {
		land, ok := LandOf(code)
		if ok != (land != "") {
			t.Errorf("LandOf(%q) = %q, %v", code, land, ok)
		}
		a, sure := ForResidence(country, code)
		if !sure {
			if a.Slug != "" {
				t.Errorf("ForResidence(%q, %q) unsure but returned %q", country, code, a.Slug)
			}
			return
		}
		if _, found := Lookup(a.Slug); !found {
			t.Errorf("ForResidence(%q, %q) = unknown %q", country, code, a.Slug)
		}
		if a.Country == "DE" && a.Land != land {
			t.Errorf("ForResidence(%q, %q) = Land %q, LandOf says %q", country, code, a.Land, land)
		}
	})
}
