package locales

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func testBundle(t *testing.T, files map[string]string) *Bundle {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	b, err := LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestFill(t *testing.T) {
	tests := []struct {
		name, text string
		args       Args
		want       string
	}{
		{"plain", "Hello", nil, "Hello"},
		{"one", "Hello {{.Name}}!", Args{"Name": "Ana"}, "Hello Ana!"},
		{"spaces", "Hello {{ .Name }}", Args{"Name": "Ana"}, "Hello Ana"},
		{"int", "{{.Count}} days", Args{"Count": 14}, "14 days"},
		{"missing arg shows", "Hi {{.Who}}", Args{}, "Hi ⟦.Who⟧"},
		{"no dot shows", "Hi {{Who}}", Args{"Who": "x"}, "Hi ⟦Who⟧"},
		{"unclosed kept", "Hi {{.Who", Args{"Who": "x"}, "Hi {{.Who"},
		{"value not re-expanded", "{{.A}}", Args{"A": "{{.B}}", "B": "no"}, "{{.B}}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fill(tt.text, tt.args); got != tt.want {
				t.Errorf("Fill(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct{ name, body string }{
		{"not json", "{"},
		{"array", "[]"},
		{"no other", `{"A": {"one": "x"}}`},
		{"unknown field", `{"A": {"other": "x", "bogus": "y"}}`},
		{"number", `{"A": 3}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Parse([]byte(tt.body)); err == nil {
				t.Errorf("Parse(%s) succeeded, want error", tt.body)
			}
		})
	}
}

func TestLoadRefusesDuplicates(t *testing.T) {
	fsys := fstest.MapFS{
		"a.en.json": {Data: []byte(`{"X": "1"}`)},
		"b.en.json": {Data: []byte(`{"X": "2"}`)},
	}
	if _, err := LoadFS(fsys); err == nil {
		t.Fatal("a message defined in two files loaded without error")
	}
}

func TestMissingNeverFallsBack(t *testing.T) {
	b := testBundle(t, map[string]string{
		"x.en.json": `{"Only.English": "Hello"}`,
		"x.de.json": `{"Other": "Hallo"}`,
	})
	if got := b.Localizer("de").T("Only.English"); got != "⟦Only.English⟧" {
		t.Errorf("missing German message rendered %q", got)
	}
	if got := b.Localizer("xx").T("Only.English"); got != "⟦Only.English⟧" {
		t.Errorf("unknown language rendered %q", got)
	}
}

func TestPlural(t *testing.T) {
	b := testBundle(t, map[string]string{
		"x.en.json": `{"Days": {"one": "{{.Count}} day", "other": "{{.Count}} days"}}`,
		"x.pl.json": `{"Days": {"one": "{{.Count}} dzień", "few": "{{.Count}} dni", "many": "{{.Count}} dni!", "other": "{{.Count}} dnia"}}`,
	})
	tests := []struct {
		lang string
		n    int
		want string
	}{
		{"en", 1, "1 day"}, {"en", 0, "0 days"}, {"en", 14, "14 days"},
		{"pl", 1, "1 dzień"}, {"pl", 3, "3 dni"}, {"pl", 22, "22 dni"}, {"pl", 5, "5 dni!"}, {"pl", 12, "12 dni!"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			if got := b.Localizer(tt.lang).N("Days", tt.n, nil); got != tt.want {
				t.Errorf("N(%d) = %q, want %q", tt.n, got, tt.want)
			}
		})
	}
}

func TestMatch(t *testing.T) {
	b := testBundle(t, map[string]string{
		"x.en.json": `{"A": "a"}`, "x.de.json": `{"A": "a"}`, "x.pt.json": `{"A": "a"}`,
	})
	tests := []struct {
		prefs []string
		want  string
	}{
		{nil, "en"},
		{[]string{"de"}, "de"},
		{[]string{"de-AT"}, "de"},
		{[]string{"pt-BR"}, "pt"},
		{[]string{"ja", "de-CH"}, "de"},
		{[]string{"ja"}, "en"},
		{[]string{"", "garbage!!"}, "en"},
		{[]string{"fr-FR,fr;q=0.9,de;q=0.8"}, "de"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.prefs, "|"), func(t *testing.T) {
			if got := b.Match(tt.prefs...); got != tt.want {
				t.Errorf("Match(%q) = %q, want %q", tt.prefs, got, tt.want)
			}
		})
	}
}

func TestDateAndMoney(t *testing.T) {
	b, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, time.June, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang  string
		cents int64
		code  string
		date  string
		money string
	}{
		{"en", 50000, "EUR", "3 June 2026", "€500.00"},
		{"en", 123450, "GBP", "3 June 2026", "£1,234.50"},
		{"de", 50000, "EUR", "3. Juni 2026", "500,00\u00a0€"},
		{"de", 123456789, "EUR", "3. Juni 2026", "1.234.567,89\u00a0€"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+tt.code, func(t *testing.T) {
			l := b.Localizer(tt.lang)
			if got := l.Date(day); got != tt.date {
				t.Errorf("Date = %q, want %q", got, tt.date)
			}
			if got := l.Money(tt.cents, tt.code); got != tt.money {
				t.Errorf("Money = %q, want %q", got, tt.money)
			}
		})
	}
}
