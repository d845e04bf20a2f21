package locales

import (
	"encoding/json"
	"fmt"
	"sort"
)

// NameID is the message that names a language in itself ("Deutsch"), for
// the language pickers.
const NameID = "Lang.Name"

// IndexEnv is the name under which the host hands Index to the browser
// (go-app's Handler.Env, read with app.Getenv).
const IndexEnv = "OBJECTOR_LANGUAGES"

// CompactPath is the URL path at which the host serves a language's
// Compact file, for Fetch.
func CompactPath(lang string) string { return "/web/locales/" + lang + ".json" }

// Index lists every language with its own name, as a JSON object
// ({"de": "Deutsch", …}): the browser's bundle learns from it which
// languages it can fetch (AddRemote).
func (b *Bundle) Index() string { return b.Everywhere(NameID) }

// Everywhere is one message, without placeholders, in every language of
// the bundle's files, as a JSON object ({"de": "…", …}): for text a page
// needs before app.wasm runs, when no Localizer is there yet.
func (b *Bundle) Everywhere(id string) string {
	all := map[string]string{}
	for _, lang := range b.names {
		all[lang] = b.Peek(lang, id)
	}
	out, _ := json.Marshal(all) // strings only
	return string(out)
}

// AddRemote adds the languages of an Index that the bundle has no files
// for; they show in Languages, Has and Match, and Peek knows their names,
// but their messages come with Fetch. A malformed index adds nothing.
func (b *Bundle) AddRemote(index string) error {
	if index == "" {
		return nil
	}
	msgs, err := Parse([]byte(index))
	if err != nil {
		return fmt.Errorf("locales: language index: %w", err)
	}
	for lang, m := range msgs {
		if _, ok := b.files[lang]; ok || !validTag(lang) {
			continue
		}
		if b.remote == nil {
			b.remote = map[string]string{}
		}
		b.remote[lang] = m.Forms["other"]
		b.names = append(b.names, lang)
	}
	sortNames(b.names)
	return nil
}

// Loaded reports whether a language's messages are at hand: embedded, or
// fetched already.
func (b *Bundle) Loaded(lang string) bool {
	if _, ok := b.files[lang]; ok {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	_, ok := b.langs[lang]
	return ok
}

// Fetch brings the messages of a remote language with get, which returns
// the language's Compact file; a language at hand is not fetched again.
// The browser calls it off the UI goroutine.
func (b *Bundle) Fetch(lang string, get func(lang string) ([]byte, error)) error {
	if b.Loaded(lang) {
		return nil
	}
	if _, ok := b.remote[lang]; !ok {
		return fmt.Errorf("locales: no language %q", lang)
	}
	data, err := get(lang)
	if err != nil {
		return err
	}
	msgs, err := Parse(data)
	if err != nil {
		return fmt.Errorf("locales: %s: %w", lang, err)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.langs[lang] = msgs
	return nil
}

// Compact returns every message of a language as one go-i18n JSON file
// without the translators' descriptions: what the browser fetches.
func (b *Bundle) Compact(lang string) ([]byte, error) {
	set, err := b.parse(lang)
	if err != nil {
		return nil, err
	}
	if set == nil {
		return nil, fmt.Errorf("locales: no language %q", lang)
	}
	out := make(map[string]any, len(set))
	for id, m := range set {
		if len(m.Forms) == 1 {
			out[id] = m.Forms["other"]
			continue
		}
		out[id] = m.Forms
	}
	return json.Marshal(out) // keys sorted, so the bytes are stable
}

// sortNames sorts language tags with the source language first, so the
// matcher falls back to it.
func sortNames(names []string) {
	sort.Strings(names)
	sort.SliceStable(names, func(i, j int) bool { return names[i] == Source && names[j] != Source })
}
