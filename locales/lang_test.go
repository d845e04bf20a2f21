package locales

import (
	"strings"
	"testing"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// The runtime's language functions (lang.go) stand in for x/text in the
// browser; these tests hold them to x/text's answers.

func TestCardinalMatchesXText(t *testing.T) {
	b, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	names := map[plural.Form]string{plural.Zero: "zero", plural.One: "one", plural.Two: "two", plural.Few: "few", plural.Many: "many", plural.Other: "other"}
	counts := []int{}
	for n := 0; n <= 20000; n++ {
		counts = append(counts, n)
	}
	for _, n := range []int{100000, 100001, 100002, 100011, 100012, 100021, 1000000, 2000000, 1000001, 9999999} {
		counts = append(counts, n)
	}
	for _, lang := range b.Languages() {
		tag := language.Make(lang)
		for _, n := range counts {
			want := names[plural.Cardinal.MatchPlural(tag, n, 0, 0, 0, 0)]
			if got := cardinal(lang, n); got != want {
				t.Errorf("cardinal(%s, %d) = %s, x/text says %s", lang, n, got, want)
				break
			}
		}
	}
}

// xtextMatch is Bundle.Match as x/text's matcher answers it.
func xtextMatch(names []string, prefs ...string) string {
	var tags []language.Tag
	for _, p := range prefs {
		ts, _, err := language.ParseAcceptLanguage(p)
		if err != nil {
			continue
		}
		tags = append(tags, ts...)
	}
	if len(tags) == 0 {
		return Source
	}
	supported := make([]language.Tag, len(names))
	for i, n := range names {
		supported[i] = language.Make(n)
	}
	_, idx, conf := language.NewMatcher(supported).Match(tags...)
	if conf == language.No {
		return Source
	}
	return names[idx]
}

func TestMatchAgreesWithXText(t *testing.T) {
	b, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	names := b.Languages()
	// ISO 639-1, some regions and scripts, deprecated and 3-letter codes.
	codes := strings.Fields(`aa ab af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
		da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii
		ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr
		ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl
		sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh
		zu mo gsw fil ast de-AT de-CH de-LI pt-BR pt-PT en-GB en-IE en-US fr-BE fr-CA fr-CH es-419 es-MX it-CH nl-BE
		sv-FI el-CY ga-IE mt-MT hr-BA ro-MD sl-SI DE-at de_AT pt-br sr-Latn zh-Hant-TW nb-NO ca-ES gl-ES eu-ES lb-LU`)
	var cases [][]string
	for _, c := range codes {
		cases = append(cases, []string{c})
	}
	// Pairs: which preference wins when the first one fits less well.
	pairs := strings.Fields("de de-AT en fr-CA pt-BR af lb nb bs gl mo sq ru ca zh is xx")
	for _, a := range pairs {
		for _, c := range pairs {
			cases = append(cases, []string{a, c})
		}
	}
	// Accept-Language values, as a host might pass them.
	for _, v := range []string{"de-DE, en;q=0.5", "ru;q=0.9, de;q=0.8", "fr;q=0.1, de;q=0.9", "en-US,en;q=0.9",
		"da, en-GB;q=0.8, en;q=0.7", "*", "de;q=0", "", "ru, *;q=0.5", "x-klingon", "und", "uk, pl;q=0.5, en;q=0.2"} {
		cases = append(cases, []string{v})
	}
	for _, prefs := range cases {
		want := xtextMatch(names, prefs...)
		if got := b.Match(prefs...); got != want {
			t.Errorf("Match(%q) = %s, x/text says %s", prefs, got, want)
		}
	}
}

func TestLangOfFile(t *testing.T) {
	tests := []struct{ name, want string }{
		{"ui.de.json", "de"},
		{"letter.pt-BR.json", "pt-BR"},
		{"common.en.json", "en"},
		{"ui.de_DE.json", "de_DE"},
		{"ui.json", ""},      // no language
		{"de.json", ""},      // no domain
		{"ui.d.json", ""},    // too short
		{"ui.abcd.json", ""}, // too long
		{"ui.1x.json", ""},
		{"ui.de-.json", ""},
	}
	for _, tt := range tests {
		if got := LangOfFile(tt.name); got != tt.want {
			t.Errorf("LangOfFile(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
	// Every file shipped names a language x/text knows.
	b, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range b.Languages() {
		if _, err := language.Parse(lang); err != nil {
			t.Errorf("language %q: %v", lang, err)
		}
	}
}
