package site

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/objector-eu/objector/locales"
)

// The browser's app.wasm embeds English only; every other language is a
// file of its own under /web/locales/ (locales.CompactPath), which the app
// fetches when the language is chosen and the service worker precaches for
// offline use. The files are made from the messages this binary embeds, so
// they always match it; the index of languages goes into the page through
// go-app's Env (locales.IndexEnv).

// languages are the browser's language files by URL path, and the index.
type languages struct {
	files   map[string][]byte
	index   string
	failure map[string]string // env name → a message in every language (failureMessages)
	digest  string            // of the index, the failure messages and every file, for the version
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
		l := languages{files: map[string][]byte{}, index: b.Index(), failure: map[string]string{}}
		h := sha256.New()
		h.Write([]byte(l.index))
		for _, m := range failureMessages {
			l.failure[m.env] = b.Everywhere(m.id)
			h.Write([]byte(m.env + l.failure[m.env]))
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

// env is what go-app hands the browser (Handler.Env): the index and the
// failure messages.
func (l languages) env() map[string]string {
	env := map[string]string{locales.IndexEnv: l.index}
	for k, v := range l.failure {
		env[k] = v
	}
	return env
}

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
