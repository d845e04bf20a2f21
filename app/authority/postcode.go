package authority

import "strings"

// German postal codes do not follow the Länder borders: a few codes cover
// places in two Länder, and some regions reach across a border (14xxx is
// mostly Brandenburg but 14050–14199 is Berlin; 88xxx is Baden-Württemberg
// with Lindau's codes in Bavaria). LandOf therefore answers only where
// the table below puts a code in exactly one Land, and the person is asked
// otherwise.
//
// The table is the list of postal code ranges by Land published at
// https://cebus.net/de/plz-bundesland.htm (after Deutsche Post's
// directory), transcribed unchanged: ranges that share a code mean that
// code lies in both Länder, so it stays unanswered. Codes in no range
// (unused, or not certain) are unanswered too. The two Austrian areas with
// German postal codes (Jungholz 87491, Kleinwalsertal 87567–87569) have an
// empty Land and are never answered.
//
// The table was checked against a second, independent list that gives
// each postal code's main place and Land (several thousand codes, all
// Länder but Schleswig-Holstein): they agree on every code of that list
// but 12529 and 12625, which postCorrections settles.

// postRange is an inclusive range of five-digit postal codes (as numbers)
// in one Land ("" for none).
type postRange struct {
	lo, hi int32
	land   string
}

// postRanges is the cebus.net table, in its order.
var postRanges = []postRange{
	{1001, 1936, "SN"}, {1941, 1998, "BB"}, {2601, 2999, "SN"}, {3001, 3253, "BB"},
	{4001, 4579, "SN"}, {4581, 4639, "TH"}, {4641, 4889, "SN"}, {4891, 4938, "BB"},
	{6001, 6548, "ST"}, {6551, 6578, "TH"}, {6601, 6928, "ST"}, {7301, 7919, "TH"},
	{7919, 7919, "SN"}, {7920, 7950, "TH"}, {7951, 7951, "SN"}, {7952, 7952, "TH"},
	{7952, 7952, "SN"}, {7953, 7980, "TH"}, {7982, 7982, "SN"}, {7985, 7985, "TH"},
	{7985, 7985, "SN"}, {7985, 7989, "TH"}, {8001, 9669, "SN"}, {10001, 14330, "BE"},
	{14401, 14715, "BB"}, {14715, 14715, "ST"}, {14723, 16949, "BB"}, {17001, 17256, "MV"},
	{17258, 17258, "BB"}, {17258, 17259, "MV"}, {17261, 17291, "BB"}, {17301, 17309, "MV"},
	{17309, 17309, "BB"}, {17309, 17321, "MV"}, {17321, 17321, "BB"}, {17321, 17322, "MV"},
	{17326, 17326, "BB"}, {17328, 17331, "MV"}, {17335, 17335, "BB"}, {17335, 17335, "MV"},
	{17337, 17337, "BB"}, {17337, 19260, "MV"}, {19271, 19273, "NI"}, {19273, 19273, "MV"},
	{19273, 19306, "MV"}, {19307, 19357, "BB"}, {19357, 19417, "MV"}, {20001, 21037, "HH"},
	{21039, 21039, "SH"}, {21039, 21170, "HH"}, {21202, 21449, "NI"}, {21451, 21521, "SH"},
	{21522, 21522, "NI"}, {21524, 21529, "SH"}, {21601, 21789, "NI"}, {22001, 22113, "HH"},
	{22113, 22113, "SH"}, {22115, 22143, "HH"}, {22145, 22145, "SH"}, {22145, 22145, "HH"},
	{22147, 22786, "HH"}, {22801, 23919, "SH"}, {23921, 23999, "MV"}, {24001, 25999, "SH"},
	{26001, 27478, "NI"}, {27483, 27498, "SH"}, {27499, 27499, "HH"}, {27501, 27580, "HB"},
	{27607, 27809, "NI"}, {28001, 28779, "HB"}, {28784, 29399, "NI"}, {29401, 29416, "ST"},
	{29431, 31868, "NI"}, {32001, 33829, "NW"}, {34001, 34329, "HE"}, {34331, 34353, "NI"},
	{34355, 34355, "HE"}, {34355, 34355, "NI"}, {34356, 34399, "HE"}, {34401, 34439, "NW"},
	{34441, 36399, "HE"}, {36401, 36469, "TH"}, {37001, 37194, "NI"}, {37194, 37195, "HE"},
	{37197, 37199, "NI"}, {37201, 37299, "HE"}, {37301, 37359, "TH"}, {37401, 37649, "NI"},
	{37651, 37688, "NW"}, {37689, 37691, "NI"}, {37692, 37696, "NW"}, {37697, 38479, "NI"},
	{38481, 38489, "ST"}, {38501, 38729, "NI"}, {38801, 39649, "ST"}, {40001, 48432, "NW"},
	{48442, 48465, "NI"}, {48466, 48477, "NW"}, {48478, 48480, "NI"}, {48481, 48485, "NW"},
	{48486, 48488, "NI"}, {48489, 48496, "NW"}, {48497, 48531, "NI"}, {48541, 48739, "NW"},
	{49001, 49459, "NI"}, {49461, 49549, "NW"}, {49551, 49849, "NI"}, {50101, 51597, "NW"},
	{51598, 51598, "RP"}, {51601, 53359, "NW"}, {53401, 53579, "RP"}, {53581, 53604, "NW"},
	{53614, 53619, "RP"}, {53621, 53949, "NW"}, {54181, 55239, "RP"}, {55240, 55252, "HE"},
	{55253, 56869, "RP"}, {57001, 57489, "NW"}, {57501, 57648, "RP"}, {58001, 59966, "NW"},
	{59969, 59969, "HE"}, {59969, 59969, "NW"}, {60001, 63699, "HE"}, {63701, 63774, "BY"},
	{63776, 63776, "HE"}, {63776, 63928, "BY"}, {63928, 63928, "BW"}, {63930, 63939, "BY"},
	{64201, 64753, "HE"}, {64754, 64754, "BW"}, {64754, 65326, "HE"}, {65326, 65326, "RP"},
	{65327, 65391, "HE"}, {65391, 65391, "RP"}, {65392, 65556, "HE"}, {65558, 65582, "RP"},
	{65583, 65620, "HE"}, {65621, 65626, "RP"}, {65627, 65627, "HE"}, {65629, 65629, "RP"},
	{65701, 65936, "HE"}, {66001, 66459, "SL"}, {66461, 66509, "RP"}, {66511, 66839, "SL"},
	{66841, 67829, "RP"}, {68001, 68312, "BW"}, {68501, 68519, "HE"}, {68520, 68549, "BW"},
	{68601, 68649, "HE"}, {68701, 69234, "BW"}, {69235, 69239, "HE"}, {69240, 69429, "BW"},
	{69430, 69431, "HE"}, {69434, 69434, "BW"}, {69434, 69434, "HE"}, {69435, 69469, "BW"},
	{69479, 69488, "HE"}, {69489, 69502, "BW"}, {69503, 69509, "HE"}, {69510, 69514, "BW"},
	{69515, 69518, "HE"}, {70001, 74592, "BW"}, {74594, 74594, "BY"}, {74594, 76709, "BW"},
	{76711, 76891, "RP"}, {77601, 79879, "BW"}, {80001, 87490, "BY"}, {87491, 87491, ""},
	{87493, 87561, "BY"}, {87567, 87569, ""}, {87571, 87789, "BY"}, {88001, 88099, "BW"},
	{88101, 88146, "BY"}, {88147, 88147, "BW"}, {88147, 88179, "BY"}, {88181, 89079, "BW"},
	{89081, 89081, "BY"}, {89081, 89085, "BW"}, {89087, 89087, "BY"}, {89090, 89198, "BW"},
	{89201, 89449, "BY"}, {89501, 89619, "BW"}, {90001, 96489, "BY"}, {96501, 96529, "TH"},
	{97001, 97859, "BY"}, {97861, 97877, "BW"}, {97888, 97892, "BY"}, {97893, 97896, "BW"},
	{97896, 97896, "BY"}, {97897, 97900, "BW"}, {97901, 97909, "BY"}, {97911, 97999, "BW"},
	{98501, 99998, "TH"},
}

// postCorrections override postRanges where the table is wrong or too
// sure. 12529 is Schönefeld in Brandenburg, not Berlin (it is the postal
// code of Berlin Brandenburg Airport, Willy-Brandt-Platz, 12529
// Schönefeld). 12625 is given to Waldesruh, a part of Hoppegarten in
// Brandenburg, by other postal code lists, and to Berlin by the table:
// left unanswered.
var postCorrections = []postRange{
	{12529, 12529, "BB"},
	{12625, 12625, ""},
}

// LandOf returns the German Land (its two-letter code) a postal code lies
// in, with ok false where the code is not five digits or does not tell the
// Land for sure. Spaces around the code and a "D-" or "DE-" prefix are
// ignored.
func LandOf(postalCode string) (land string, ok bool) {
	n, ok := germanPostalCode(postalCode)
	if !ok {
		return "", false
	}
	for _, r := range postCorrections {
		if r.lo <= n && n <= r.hi {
			return r.land, r.land != ""
		}
	}
	for _, r := range postRanges {
		if n < r.lo || n > r.hi {
			continue
		}
		if r.land == "" || (land != "" && land != r.land) {
			return "", false
		}
		land = r.land
	}
	return land, land != ""
}

// germanPostalCode parses a five-digit German postal code.
func germanPostalCode(s string) (int32, bool) {
	s = strings.TrimSpace(s)
	for _, prefix := range []string{"DE-", "de-", "D-", "d-"} {
		if strings.HasPrefix(s, prefix) {
			s = s[len(prefix):]
			break
		}
	}
	if len(s) != 5 {
		return 0, false
	}
	var n int32
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int32(c-'0')
	}
	return n, true
}
