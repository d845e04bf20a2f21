package site

import (
	"os"
	"testing"

	"github.com/objector-eu/objector/locales"
)

// TestLanguagesReachTheBrowser: the page names every language (Env), the
// worker precaches each one's file, and serve answers for them.
func TestLanguagesReachTheBrowser(t *testing.T) {
	web := webDir(t)
	h, err := Handler(os.DirFS(web))
	if err != nil {
		t.Fatal(err)
	}
	full, err := locales.LoadFS(locales.Files())
	if err != nil {
		t.Fatal(err)
	}
	// The browser's bundle: English embedded, the rest from the index.
	b, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	if err := b.AddRemote(h.Env[locales.IndexEnv]); err != nil {
		t.Fatal(err)
	}
	if got, want := len(b.Languages()), len(full.Languages()); got != want {
		t.Errorf("the index names %d languages, want %d", got, want)
	}
	cached := map[string]bool{}
	for _, u := range h.CacheableResources {
		cached[u] = true
	}
	_, srv := serve(t, web)
	for _, lang := range full.Languages() {
		p := locales.CompactPath(lang)
		if lang == locales.Source {
			continue
		}
		if !cached[p] {
			t.Errorf("%s is not precached", p)
		}
		res, body := get(t, srv, p)
		if res.StatusCode != 200 {
			t.Errorf("%s: status %d", p, res.StatusCode)
			continue
		}
		msgs, err := locales.Parse(body)
		if err != nil || len(msgs) != len(full.Messages(lang)) {
			t.Errorf("%s: %d messages (%v), want %d", p, len(msgs), err, len(full.Messages(lang)))
		}
	}
	if res, _ := get(t, srv, locales.CompactPath("xx")); res.StatusCode != 404 {
		t.Errorf("unknown language: status %d", res.StatusCode)
	}
}
