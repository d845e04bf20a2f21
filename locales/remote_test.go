package locales

import (
	"errors"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// browserBundle is a bundle as the browser has it: English embedded, the
// other languages named by the index and fetched from full.
func browserBundle(t *testing.T, full *Bundle) *Bundle {
	t.Helper()
	en := fstest.MapFS{}
	entries, err := fs.ReadDir(Files(), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), "."+Source+".json") {
			data, err := fs.ReadFile(Files(), e.Name())
			if err != nil {
				t.Fatal(err)
			}
			en[e.Name()] = &fstest.MapFile{Data: data}
		}
	}
	b, err := open(en)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.AddRemote(full.Index()); err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRemoteLanguages(t *testing.T) {
	full, err := LoadFS(Files())
	if err != nil {
		t.Fatal(err)
	}
	b := browserBundle(t, full)
	if got, want := b.Languages(), full.Languages(); !reflect.DeepEqual(got, want) {
		t.Fatalf("Languages = %v, want %v", got, want)
	}
	for _, prefs := range [][]string{{"de-AT"}, {"ru", "pl"}, {"lb"}, {"xx"}} {
		if got, want := b.Match(prefs...), full.Match(prefs...); got != want {
			t.Errorf("Match(%v) = %s, want %s", prefs, got, want)
		}
	}
	fetches := 0
	get := func(lang string) ([]byte, error) { fetches++; return full.Compact(lang) }
	for _, lang := range full.Languages() {
		if !b.Has(lang) {
			t.Errorf("Has(%s) = false", lang)
		}
		if got, want := b.Peek(lang, NameID), full.Peek(lang, NameID); got != want {
			t.Errorf("Peek(%s, %s) before fetching = %q, want %q", lang, NameID, got, want)
		}
		if lang == Source {
			continue
		}
		if b.Loaded(lang) {
			t.Errorf("%s loaded before Fetch", lang)
		}
		if got := b.Localizer(lang).T("App.Name"); !strings.HasPrefix(got, MissingOpen) {
			t.Errorf("%s before Fetch: App.Name = %q, want it missing", lang, got)
		}
		if err := b.Fetch(lang, get); err != nil {
			t.Fatal(err)
		}
		if err := b.Fetch(lang, get); err != nil { // at hand: not fetched again
			t.Fatal(err)
		}
		got, want := b.Localizer(lang), full.Localizer(lang)
		for id := range full.Messages(lang) {
			if got.T(id) != want.T(id) || got.N(id, 3, nil) != want.N(id, 3, nil) {
				t.Errorf("%s %s: fetched %q, embedded %q", lang, id, got.T(id), want.T(id))
			}
		}
	}
	if want := len(full.Languages()) - 1; fetches != want {
		t.Errorf("%d fetches, want %d", fetches, want)
	}
}

func TestFetchFailures(t *testing.T) {
	full, err := LoadFS(Files())
	if err != nil {
		t.Fatal(err)
	}
	b := browserBundle(t, full)
	offline := errors.New("offline")
	if err := b.Fetch("de", func(string) ([]byte, error) { return nil, offline }); !errors.Is(err, offline) {
		t.Errorf("Fetch with a failing get: %v", err)
	}
	if err := b.Fetch("de", func(string) ([]byte, error) { return []byte("{"), nil }); err == nil {
		t.Error("Fetch took a malformed file")
	}
	if b.Loaded("de") {
		t.Error("a failed Fetch left German loaded")
	}
	if err := b.Fetch("xx", full.Compact); err == nil {
		t.Error("Fetch of an unknown language succeeded")
	}
	if err := b.AddRemote("not json"); err == nil {
		t.Error("AddRemote took a malformed index")
	}
}

func TestCompactHasNoDescriptions(t *testing.T) {
	full, err := LoadFS(Files())
	if err != nil {
		t.Fatal(err)
	}
	data, err := full.Compact("de")
	if err != nil {
		t.Fatal(err)
	}
	msgs, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != len(full.Messages("de")) {
		t.Errorf("%d messages, want %d", len(msgs), len(full.Messages("de")))
	}
	for id, m := range msgs {
		if m.Description != "" {
			t.Errorf("%s keeps its description", id)
			break
		}
	}
}
