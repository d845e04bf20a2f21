package embed

import (
	"net/url"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/objector-eu/objector/app/wizard"
)

func known(ids ...string) func(string) bool {
	return func(s string) bool {
		for _, id := range ids {
			if s == id {
				return true
			}
		}
		return false
	}
}

var (
	langs       = known("en", "de", "fr")
	controllers = known("meta", "linkedin")
)

func TestParse(t *testing.T) {
	green := NewAccent(Color{0x0a, 0x7d, 0x3b})
	tests := []struct {
		name  string
		query string
		want  Params
	}{
		{"nothing", "", Params{}},
		{"advocacy link", "lang=de&letter=objection&controller=meta",
			Params{Link: wizard.Link{Lang: "de", Task: wizard.TaskObjection, Controller: "meta"}}},
		{"everything", "embed=1&lang=fr&letter=both&controller=linkedin&accent=%230a7d3b&org=Digitalcourage%20e.V.",
			Params{Link: wizard.Link{Lang: "fr", Task: wizard.TaskBoth, Controller: "linkedin"}, Accent: &green, Embed: true, Org: "Digitalcourage e.V."}},
		{"accent without #", "accent=0A7D3B", Params{Accent: &green}},
		{"accent short form", "accent=fff", Params{Accent: ptr(NewAccent(Color{255, 255, 255}))}},
		{"embed=true", "embed=true", Params{Embed: true}},
		{"unknown values are ignored", "lang=xx&letter=complaint&controller=acme&embed=yes&accent=red&foo=bar",
			Params{}},
		{"accent as CSS injection", "accent=" + url.QueryEscape("#000;background:url(//evil)"), Params{}},
		{"accent with 8 digits", "accent=11223344", Params{}},
		{"accent with 4 digits", "accent=%231234", Params{}},
		{"accent with non-hex", "accent=%23ggg", Params{}},
		{"org is cleaned", "org=" + url.QueryEscape("  Verbraucher\u202e\nzentrale  \x00"), Params{Org: "Verbraucher zentrale"}},
		{"first value wins", "lang=de&lang=fr&embed=0&embed=1", Params{Link: wizard.Link{Lang: "de"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := url.ParseQuery(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			got := Parse(q, langs, controllers)
			if got.Link != tt.want.Link || got.Embed != tt.want.Embed || got.Org != tt.want.Org {
				t.Errorf("Parse(%q) = %+v, want %+v", tt.query, got, tt.want)
			}
			if (got.Accent == nil) != (tt.want.Accent == nil) || got.Accent != nil && *got.Accent != *tt.want.Accent {
				t.Errorf("Parse(%q).Accent = %v, want %v", tt.query, got.Accent, tt.want.Accent)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestShowsOrg(t *testing.T) {
	for _, tt := range []struct {
		p    Params
		want bool
	}{
		{Params{Org: "NGO"}, false},
		{Params{Org: "NGO", Embed: true}, true},
		{Params{Embed: true}, false},
	} {
		if got := tt.p.ShowsOrg(); got != tt.want {
			t.Errorf("%+v.ShowsOrg() = %v", tt.p, got)
		}
	}
}

func TestCleanOrg(t *testing.T) {
	long := strings.Repeat("Verbraucherzentrale ", 10)
	tests := []struct {
		name, in, want string
	}{
		{"plain", "noyb", "noyb"},
		{"spaces collapse", " La  Quadrature\tdu\u00a0Net ", "La Quadrature du Net"},
		{"markup stays text", `<img src=x onerror=alert(1)>`, `<img src=x onerror=alert(1)>`},
		{"bidi override dropped", "abc\u202edef\u2066", "abcdef"},
		{"zero width dropped", "no\u200byb", "noyb"},
		{"control characters dropped", "a\x00b\x1bc\x7f", "abc"},
		{"line breaks become spaces", "line\r\nbreak\u2028sep", "line break sep"},
		{"invalid UTF-8 dropped", "ab\xffcd", "abcd"},
		{"cut at a word", long, strings.TrimSpace(strings.Repeat("Verbraucherzentrale ", 3)) + "…"},
		{"cut hard in a long word", strings.Repeat("x", 100), strings.Repeat("x", MaxOrg-1) + "…"},
		{"cut counts characters, not bytes", strings.Repeat("ä", 100), strings.Repeat("ä", MaxOrg-1) + "…"},
		{"only invisible", "\u200b\u202e \t", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CleanOrg(tt.in)
			if got != tt.want {
				t.Errorf("CleanOrg(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if n := utf8.RuneCountInString(got); n > MaxOrg {
				t.Errorf("%d characters", n)
			}
		})
	}
}

func FuzzCleanOrg(f *testing.F) {
	for _, s := range []string{"noyb", "a\u202eb", strings.Repeat("ab ", 60), "\xff\xfe", "x\r\ny"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := CleanOrg(s)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 %q", got)
		}
		if n := utf8.RuneCountInString(got); n > MaxOrg {
			t.Fatalf("%d characters", n)
		}
		for _, r := range got {
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r != ' ' && unicode.IsSpace(r) {
				t.Fatalf("%q keeps %U", got, r)
			}
		}
		if got != strings.TrimSpace(got) || strings.Contains(got, "  ") {
			t.Fatalf("%q: spaces not collapsed", got)
		}
		if CleanOrg(got) != got {
			t.Fatalf("not idempotent: %q → %q", got, CleanOrg(got))
		}
	})
}

func FuzzParse(f *testing.F) {
	f.Add("lang=de&letter=objection&controller=meta&accent=%23abc&embed=1&org=x")
	f.Add("accent=%23%23%23&org=%ff")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		p := Parse(q, langs, controllers)
		if p.Accent != nil {
			if _, ok := ParseColor(p.Accent.Color.Hex()); !ok {
				t.Fatalf("accent %v", p.Accent.Color)
			}
		}
		if utf8.RuneCountInString(p.Org) > MaxOrg {
			t.Fatalf("org %q", p.Org)
		}
	})
}

func TestFullAppPath(t *testing.T) {
	tests := []struct {
		name string
		lang string
		link wizard.Link
		want string
	}{
		{"nothing", "", wizard.Link{}, "/"},
		{"language only", "de", wizard.Link{}, "/?lang=de"},
		{"every choice", "de", wizard.Link{Lang: "fr", Task: wizard.TaskDamages, Controller: "meta"}, "/?lang=de&letter=damages&controller=meta"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FullAppPath(tt.lang, tt.link); got != tt.want {
				t.Errorf("FullAppPath = %q, want %q", got, tt.want)
			}
		})
	}
}
