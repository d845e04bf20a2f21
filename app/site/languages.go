package site

import (
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/objector-eu/objector/locales"
)

// The browser's app.wasm carries English only (compiled in); every other
// language is a file of its own under /web/locales/ (locales.CompactPath),
// which the app fetches when the language is chosen and the service worker
// precaches for offline use. The files are made from the messages this
// binary embeds, so they always match it; the index of languages goes into
// the page through go-app's Env (locales.IndexEnv).

// languages are the browser's language files by URL path, and what go-app
// hands the page of them (Handler.Env): the index, and the messages a page
// needs when the client cannot run (failureMessages).
type languages struct {
	files  map[string][]byte
	env    map[string]string
	digest string // of env and every file, for the version
}

var (
	languagesOnce sync.Once
	languagesMade languages
	languagesErr  error
)

// browserLanguages makes the language files once per process.
func browserLanguages() (languages, error) {
	languagesOnce.Do(func() {
		b, err := locales.Load()
		if err != nil {
			languagesErr = err
			return
		}
		l := languages{files: map[string][]byte{}, env: map[string]string{locales.IndexEnv: b.Index()}}
		h := sha256.New()
		h.Write([]byte(l.env[locales.IndexEnv]))
		for _, m := range failureMessages {
			l.env[m.env] = b.Everywhere(m.id)
			h.Write([]byte(m.env + l.env[m.env]))
		}
		for _, lang := range b.Languages() {
			if lang == locales.Source {
				continue
			}
			data, err := b.Compact(lang)
			if err != nil {
				languagesErr = err
				return
			}
			p := locales.CompactPath(lang)
			l.files[p] = data
			h.Write([]byte(p))
			h.Write(data)
		}
		l.digest = hex.EncodeToString(h.Sum(nil))
		languagesMade = l
	})
	return languagesMade, languagesErr
}

// handlerEnv is env for one Handler, a copy: go-app adds its own keys to
// the map it is given.
func (l languages) handlerEnv() map[string]string { return maps.Clone(l.env) }

// paths lists the files' URL paths, sorted.
func (l languages) paths() []string {
	out := make([]string, 0, len(l.files))
	for p := range l.files {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// write puts the files into a static site.
func (l languages) write(out string) error {
	for p, data := range l.files {
		name := filepath.Join(out, filepath.FromSlash(strings.TrimPrefix(p, "/")))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// ServeHTTP serves the files (for `objector serve`).
func (l languages) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	data, ok := l.files[path.Clean(r.URL.Path)]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(data)
}
