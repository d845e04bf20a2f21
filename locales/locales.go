// Package locales holds every user-visible string of Objector, interface and
// letters alike, as go-i18n message files (one file per domain and language,
// e.g. ui.de.json, letter.de.json), and a small runtime that reads them.
//
// The files keep go-i18n's format so translators can use `goi18n merge`
// (`make translate L=xx`); the browser does not link go-i18n itself, because its
// Localizer pulls in text/template and with it +0.5 MB of brotli'd wasm.
// Placeholders are go-i18n's `{{.Name}}`; plural forms follow CLDR (lang.go,
// checked against golang.org/x/text, which the wasm does not link).
package locales

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Source is the language every other locale is translated from.
const Source = "en"

// Missing wraps the ID of a message a language lacks, so that tests can find
// it in any rendered text; nothing ever falls back silently to English.
const (
	MissingOpen  = "⟦"
	MissingClose = "⟧"
)

// Args are the values a message's placeholders are filled with.
type Args map[string]any

// Message is one translatable text: its plural forms (only "other" for
// messages without a count) and the translator's description.
type Message struct {
	ID          string
	Description string
	Forms       map[string]string // CLDR category ("zero" … "other") → text
}

// Bundle is every message of every language.
//
// A bundle from Load parses a language's files only when the language is
// first used: the browser then decodes one or two languages at start-up
// instead of every language (hundreds of milliseconds in wasm).
type Bundle struct {
	fsys  fs.FS
	files map[string][]string // language → its file names
	names []string

	// remote are the languages whose messages are not embedded (the
	// browser's build carries English only), by their own name; Fetch
	// brings their messages.
	remote map[string]string

	// static is the source language's messages where they are compiled
	// in (the browser's build, source_wasm.go), else nil.
	static staticTable

	mu     sync.Mutex
	langs  map[string]map[string]*Message // the languages parsed so far
	peeked map[[2]string]string           // Peek's results by language and ID
}

// Load reads the embedded message files; each language is parsed when it
// is first used. LoadFS(Files()) parses and checks them all at once. In
// the browser English is compiled in (files_wasm.go) and nothing is
// embedded: AddRemote names the other languages, and Fetch brings one when
// it is needed.
func Load() (*Bundle, error) {
	if source != nil {
		return staticBundle(source), nil
	}
	return open(files)
}

// staticBundle is a bundle of the source language's compiled-in messages.
func staticBundle(t staticTable) *Bundle {
	return &Bundle{
		files:  map[string][]string{Source: nil},
		names:  []string{Source},
		langs:  map[string]map[string]*Message{},
		static: t,
	}
}

// compiled returns the language's compiled-in messages, or nil where it
// has none (every language but the browser's English).
func (b *Bundle) compiled(lang string) staticTable {
	if lang == Source {
		return b.static
	}
	return nil
}

// Files returns the embedded message files, for tools and tests.
func Files() fs.FS { return files }

// LoadFS reads and parses every *.json message file at the root of fsys. A
// file's language is the dotted segment before ".json", as go-i18n reads it.
func LoadFS(fsys fs.FS) (*Bundle, error) {
	b, err := open(fsys)
	if err != nil {
		return nil, err
	}
	for _, lang := range b.names {
		if _, err := b.parse(lang); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// open lists the message files of fsys by language, without parsing them.
func open(fsys fs.FS) (*Bundle, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	b := &Bundle{fsys: fsys, files: map[string][]string{}, langs: map[string]map[string]*Message{}}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || path.Ext(name) != ".json" {
			continue
		}
		lang := LangOfFile(name)
		if lang == "" {
			return nil, fmt.Errorf("locales: %s: no language in file name", name)
		}
		b.files[lang] = append(b.files[lang], name)
	}
	if _, ok := b.files[Source]; !ok {
		return nil, fmt.Errorf("locales: no %s messages", Source)
	}
	for lang := range b.files {
		b.names = append(b.names, lang)
	}
	sortNames(b.names)
	return b, nil
}

// parse returns the messages of one language, parsing its files the first
// time. A language with no files has no messages.
func (b *Bundle) parse(lang string) (map[string]*Message, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if set, ok := b.langs[lang]; ok {
		return set, nil
	}
	if t := b.compiled(lang); t != nil {
		set := make(map[string]*Message, len(t))
		for i := range t {
			set[t[i].id] = t[i].message()
		}
		b.langs[lang] = set
		return set, nil
	}
	if len(b.files[lang]) == 0 { // unknown, or remote and not fetched yet
		return nil, nil
	}
	var set map[string]*Message
	for _, name := range b.files[lang] {
		data, err := fs.ReadFile(b.fsys, name)
		if err != nil {
			return nil, err
		}
		msgs, err := Parse(data)
		if err != nil {
			return nil, fmt.Errorf("locales: %s: %w", name, err)
		}
		if set == nil {
			set = make(map[string]*Message, len(msgs))
		}
		for id, m := range msgs {
			if _, dup := set[id]; dup {
				return nil, fmt.Errorf("locales: %s: message %q defined twice for %s", name, id, lang)
			}
			set[id] = m
		}
	}
	b.langs[lang] = set
	return set, nil
}

// messages is parse for the runtime: the embedded files are checked by
// the tests (LoadFS(Files())), so an error cannot happen in a build that
// passed them; should it, the language's messages show as missing.
func (b *Bundle) messages(lang string) map[string]*Message {
	set, _ := b.parse(lang)
	return set
}

// LangOfFile returns the language tag of a message file name such as
// "letter.de.json" (<domain>.<language>.json), or "" when it has none.
func LangOfFile(name string) string {
	base := strings.TrimSuffix(path.Base(name), path.Ext(name))
	i := strings.LastIndexByte(base, '.')
	if i < 0 || !validTag(base[i+1:]) {
		return ""
	}
	return base[i+1:]
}

// Parse decodes one go-i18n JSON message file: a flat object whose keys are
// message IDs and whose values are either the text or an object with
// "description", "hash" and the plural forms. It reads the files with a
// small scanner of its own (parse.go): encoding/json's reflection made
// start-up in the browser slow.
func Parse(data []byte) (map[string]*Message, error) {
	return parseMessages(data)
}

// Languages returns the tags of every language with messages, the source
// language first.
func (b *Bundle) Languages() []string { return append([]string(nil), b.names...) }

// Messages returns the messages of one language (nil if it has none); for
// tools and tests.
func (b *Bundle) Messages(lang string) map[string]*Message { return b.messages(lang) }

// IDs returns the IDs of a language's messages that start with prefix,
// sorted (the countries the messages name: "Country.").
func (b *Bundle) IDs(lang, prefix string) []string {
	if t := b.compiled(lang); t != nil {
		return t.withPrefix(prefix)
	}
	var out []string
	for id := range b.messages(lang) {
		if strings.HasPrefix(id, prefix) {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

// Has reports whether the bundle has messages for lang, embedded or to
// fetch.
func (b *Bundle) Has(lang string) bool {
	_, ok := b.files[lang]
	_, remote := b.remote[lang]
	return ok || remote
}

// Peek renders one message of a language without placeholders, as
// b.Localizer(lang).T(id) does, but when the language was not used yet it
// reads only that message instead of parsing the whole language: a list of
// every language in its own name ("Lang.Name") stays cheap.
func (b *Bundle) Peek(lang, id string) string {
	if t := b.compiled(lang); t != nil {
		l := Localizer{lang: lang, static: t}
		return l.T(id)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if set, parsed := b.langs[lang]; parsed {
		if m, ok := set[id]; ok {
			return Fill(m.Forms["other"], nil)
		}
		return MissingOpen + id + MissingClose
	}
	key := [2]string{lang, id}
	if text, ok := b.peeked[key]; ok {
		return text
	}
	if name, ok := b.remote[lang]; ok && id == NameID {
		return name
	}
	text := MissingOpen + id + MissingClose
	for _, name := range b.files[lang] {
		data, err := fs.ReadFile(b.fsys, name)
		if err != nil {
			break
		}
		// A message is in one file of its language (LoadFS refuses
		// duplicates), so the first file that has it is the one.
		if t, ok, err := peekMessage(data, id); err == nil && ok {
			text = Fill(t, nil)
			break
		}
	}
	if b.peeked == nil {
		b.peeked = map[[2]string]string{}
	}
	b.peeked[key] = text // the interface asks again on every render
	return text
}

// Match picks the best language for a list of preferences (BCP 47 tags or
// Accept-Language strings, best first); the source language when none fits.
func (b *Bundle) Match(prefs ...string) string {
	var tags []string
	for _, p := range prefs {
		tags = append(tags, parseAcceptLanguage(p)...)
	}
	if lang := matchLanguage(b.names, tags); lang != "" {
		return lang
	}
	return Source
}

// Localizer returns the messages of one language. An unknown language gets
// an empty localizer whose every message is missing, never English.
func (b *Bundle) Localizer(lang string) *Localizer {
	if t := b.compiled(lang); t != nil {
		return &Localizer{lang: lang, static: t}
	}
	return &Localizer{lang: lang, msgs: b.messages(lang)}
}

// Localizer renders the messages of one language, from a map or, for the
// compiled-in source language, from the static table.
type Localizer struct {
	lang   string
	msgs   map[string]*Message
	static staticTable
}

// Lang returns the localizer's language tag.
func (l *Localizer) Lang() string { return l.lang }

// Has reports whether the message exists in this language.
func (l *Localizer) Has(id string) bool { _, ok := l.text(id, "other"); return ok }

// T renders a message without placeholders.
func (l *Localizer) T(id string) string { return l.render(id, "other", nil) }

// Tf renders a message and fills its placeholders.
func (l *Localizer) Tf(id string, args Args) string { return l.render(id, "other", args) }

// N renders the plural form of a message that fits count; {{.Count}} is
// count unless args set it otherwise.
func (l *Localizer) N(id string, count int, args Args) string {
	full := Args{"Count": count}
	for k, v := range args {
		full[k] = v
	}
	return l.render(id, l.PluralForm(count), full)
}

// PluralForm returns the CLDR cardinal category of an integer count.
func (l *Localizer) PluralForm(count int) string {
	if count < 0 {
		count = -count
	}
	return cardinal(l.lang, count%10000000)
}

func (l *Localizer) render(id, form string, args Args) string {
	text, ok := l.text(id, form)
	if !ok {
		return MissingOpen + id + MissingClose
	}
	return Fill(text, args)
}

// text returns a message's text in a plural form, its "other" form where
// it has not that one, and whether the language has the message at all.
func (l *Localizer) text(id, form string) (string, bool) {
	if l.static != nil {
		m := l.static.find(id)
		if m == nil {
			return "", false
		}
		if text, ok := m.form(form); ok {
			return text, true
		}
		return m.forms[other], true
	}
	m, ok := l.msgs[id]
	if !ok {
		return "", false
	}
	if text, ok := m.Forms[form]; ok {
		return text, true
	}
	return m.Forms["other"], true
}

// Fill replaces go-i18n placeholders ({{.Name}}) with args. An unknown
// placeholder stays visible as ⟦.Name⟧ so tests catch it.
func Fill(text string, args Args) string {
	if !strings.Contains(text, "{{") {
		return text
	}
	var sb strings.Builder
	for {
		i := strings.Index(text, "{{")
		if i < 0 {
			sb.WriteString(text)
			return sb.String()
		}
		j := strings.Index(text[i:], "}}")
		if j < 0 {
			sb.WriteString(text)
			return sb.String()
		}
		sb.WriteString(text[:i])
		key := strings.TrimSpace(text[i+2 : i+j])
		v, ok := args[strings.TrimPrefix(key, ".")]
		if !ok || !strings.HasPrefix(key, ".") {
			sb.WriteString(MissingOpen + key + MissingClose)
		} else {
			sb.WriteString(str(v))
		}
		text = text[i+j+2:]
	}
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

// Date renders a date in the language's long letter form, from the
// messages Format.Date (placeholders Day, Day2, Month, MonthNumber, Year) and
// Format.Month.1 … Format.Month.12 (the month names in the form the date
// pattern needs, e.g. the Polish genitive).
func (l *Localizer) Date(t time.Time) string {
	m := int(t.Month())
	return l.Tf("Format.Date", Args{
		"Day":         t.Day(),
		"Day2":        fmt.Sprintf("%02d", t.Day()),
		"Month":       l.T("Format.Month." + strconv.Itoa(m)),
		"MonthNumber": fmt.Sprintf("%02d", m),
		"Year":        t.Year(),
	})
}

// Money renders an amount given in cents in a currency (ISO 4217 code), from
// Format.Money (placeholders Amount, Symbol, Code), Format.DecimalSeparator,
// Format.GroupSeparator and Currency.<CODE> (the symbol as written in this
// language).
func (l *Localizer) Money(cents int64, code string) string {
	neg := cents < 0
	if neg {
		cents = -cents
	}
	whole := strconv.FormatInt(cents/100, 10)
	group := l.T("Format.GroupSeparator")
	var sb strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			sb.WriteString(group)
		}
		sb.WriteRune(r)
	}
	amount := fmt.Sprintf("%s%s%02d", sb.String(), l.T("Format.DecimalSeparator"), cents%100)
	if neg {
		amount = "-" + amount
	}
	symbol := code
	if l.Has("Currency." + code) {
		symbol = l.T("Currency." + code)
	}
	return l.Tf("Format.Money", Args{"Amount": amount, "Symbol": symbol, "Code": code})
}
