package export

// Transliterations for file names, indexed from the first code point of each
// block: Latin-1 Supplement to Latin Extended-B (U+00C0–U+024F, the base
// letter of each letter with diacritics, after its Unicode name), Greek
// (U+0370–U+03FF, ELOT 743 without digraph rules) and Cyrillic
// (U+0400–U+045F, close to the Bulgarian and Serbian official systems). An
// empty entry is a character with no ASCII spelling.

var latinFold = [...]string{
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",
	"i", "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y",
	"th", "ss", "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e",
	"i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u",
	"u", "u", "y", "th", "y", "a", "a", "a", "a", "a", "a", "c", "c", "c", "c",
	"c", "c", "c", "c", "d", "d", "d", "d", "e", "e", "e", "e", "e", "e", "e",
	"e", "e", "e", "g", "g", "g", "g", "g", "g", "g", "g", "h", "h", "h", "h",
	"i", "i", "i", "i", "i", "i", "i", "i", "i", "i", "ij", "ij", "j", "j",
	"k", "k", "k", "l", "l", "l", "l", "l", "l", "l", "l", "l", "l", "n", "n",
	"n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o", "o", "o", "oe",
	"oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", "s", "s",
	"t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u", "u",
	"u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
	"b", "b", "b", "b", "", "", "o", "c", "c", "", "d", "d", "d", "", "e", "",
	"e", "f", "f", "g", "", "hv", "", "i", "k", "k", "l", "", "m", "n", "n",
	"o", "o", "o", "oi", "oi", "p", "p", "", "", "", "", "", "t", "t", "t",
	"t", "u", "u", "", "v", "y", "y", "z", "z", "", "", "", "", "", "", "", "",
	"", "", "", "", "", "dz", "d", "dz", "lj", "l", "lj", "nj", "n", "nj", "a",
	"a", "i", "i", "o", "o", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u",
	"e", "a", "a", "a", "a", "ae", "ae", "g", "g", "g", "g", "k", "k", "o",
	"o", "o", "o", "", "", "j", "dz", "d", "dz", "g", "g", "", "", "n", "n",
	"a", "a", "ae", "ae", "o", "o", "a", "a", "a", "a", "e", "e", "e", "e",
	"i", "i", "i", "i", "o", "o", "o", "o", "r", "r", "r", "r", "u", "u", "u",
	"u", "s", "s", "t", "t", "", "", "h", "h", "n", "d", "ou", "ou", "z", "z",
	"a", "a", "e", "e", "o", "o", "o", "o", "o", "o", "o", "o", "y", "y", "l",
	"n", "t", "j", "db", "qp", "a", "c", "c", "l", "t", "s", "z", "", "", "b",
	"", "v", "e", "e", "j", "j", "", "q", "r", "r", "y", "y",
}

var greekFold = [...]string{
	"", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
	"", "", "", "a", "", "e", "i", "i", "", "o", "", "y", "o", "i", "a", "v",
	"g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r",
	"", "s", "t", "y", "f", "ch", "ps", "o", "i", "y", "a", "e", "i", "i", "y",
	"a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o",
	"p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o", "i", "y", "o", "y",
	"o", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
	"", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
	"", "th", "", "", "", "", "", "", "", "", "", "", "",
}

var cyrillicFold = [...]string{
	"e", "yo", "dj", "gj", "ye", "dz", "i", "yi", "j", "lj", "nj", "c", "kj",
	"i", "u", "dz", "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k",
	"l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh",
	"sht", "a", "y", "", "e", "yu", "ya", "a", "b", "v", "g", "d", "e", "zh",
	"z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "h",
	"ts", "ch", "sh", "sht", "a", "y", "", "e", "yu", "ya", "e", "yo", "dj",
	"gj", "ye", "dz", "i", "yi", "j", "lj", "nj", "c", "kj", "i", "u", "dz",
}
