// Package embed is what an advocacy site can ask of Objector: the query
// parameters of a link or an iframe (?lang=de&letter=objection&controller=meta
// &accent=0a7d3b&embed=1&org=…), read here with every unknown or invalid
// value ignored, and the snippet an organisation pastes into its page. It is
// pure: no go-app, no syscall/js, so all of it is tested natively.
//
// Nothing here ever carries what a person typed: parameters only preselect
// choices that say nothing about the person, and the only message the app
// sends to the page around it is its height (see ResizeMessage).
package embed

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/objector-eu/objector/app/wizard"
)

// The query parameters, besides wizard.ParseLink's lang, letter and
// controller.
const (
	// ParamEmbed = "1" asks for the compact chrome of an embedded app.
	ParamEmbed = "embed"
	// ParamAccent is a hex colour for buttons and links.
	ParamAccent = "accent"
	// ParamOrg is the organisation named in a "Provided by …" line.
	ParamOrg = "org"
)

// MaxOrg is the longest organisation name shown, in characters: one short
// line, never a paragraph someone could dress up as the app's own words.
const MaxOrg = 80

// ResizeMessage is the type of the only message the app posts to the page
// around it: {type: "objector:resize", height: <CSS pixels>}.
const ResizeMessage = "objector:resize"

// Params is what a link or an iframe's address asks for.
type Params struct {
	// Link holds the wizard's choices: language, letter, company.
	Link wizard.Link
	// Accent is the organisation's colour; nil keeps the app's own.
	Accent *Accent
	// Embed asks for compact chrome: no install offer or update banner,
	// and a link that opens the full app in a new tab.
	Embed bool
	// Org is the organisation's name, cleaned (CleanOrg); "" for none. The
	// app shows it only with Embed, inside the organisation's own page:
	// on the app's own address anyone could put words in its mouth.
	Org string
}

// Parse reads a query. Values the app does not know are ignored, never
// fatal: hasLang and hasController say which languages and catalog ids
// exist (see wizard.ParseLink).
func Parse(q url.Values, hasLang, hasController func(string) bool) Params {
	p := Params{Link: wizard.ParseLink(q, hasLang, hasController)}
	if c, ok := ParseColor(q.Get(ParamAccent)); ok {
		a := NewAccent(c)
		p.Accent = &a
	}
	switch q.Get(ParamEmbed) {
	case "1", "true":
		p.Embed = true
	}
	p.Org = CleanOrg(q.Get(ParamOrg))
	return p
}

// ShowsOrg reports whether the "Provided by" line is shown.
func (p Params) ShowsOrg() bool { return p.Embed && p.Org != "" }

// CleanOrg makes an organisation's name safe to show as one short line of
// text: invalid UTF-8, control and invisible formatting characters (which
// could reorder the text around it) are dropped, runs of white space become
// one space, and a name longer than MaxOrg characters is cut, at a word where
// one is near, with "…".
func CleanOrg(s string) string {
	s = strings.ToValidUTF8(s, "")
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Co, r),
			unicode.Is(unicode.Cs, r), r == utf8.RuneError:
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	out := b.String()
	if utf8.RuneCountInString(out) <= MaxOrg {
		return out
	}
	runes := []rune(out)[:MaxOrg-1]
	cut := len(runes)
	for i := len(runes) - 1; i >= len(runes)-20 && i > 0; i-- {
		if runes[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(runes[:cut]), " ") + "…"
}

// FullAppPath is the address of the full app for a person in the compact
// embedded one: the same choices in the interface language they use now.
// It never carries what they typed, which would end up in server logs.
func FullAppPath(lang string, l wizard.Link) string {
	q := make([]string, 0, 3)
	add := func(k, v string) {
		if v != "" {
			q = append(q, k+"="+url.QueryEscape(v))
		}
	}
	add("lang", lang)
	add("letter", string(l.Task))
	add("controller", l.Controller)
	if len(q) == 0 {
		return "/"
	}
	return "/?" + strings.Join(q, "&")
}
