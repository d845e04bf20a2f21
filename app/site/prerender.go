package site

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// go-app prerenders a boolean attribute set to false, e.g. Selected(false),
// as selected="false", which HTML reads as selected: the prerendered first
// step would show the last language of the picker and the last task as
// chosen until app.wasm runs and corrects them. Now that the prerendered
// page shows at once (the loader part of web/objector.css), such attributes are dropped from
// every page, in the static site and in `objector serve`.
var falseBoolean = regexp.MustCompile(` (?:allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|formnovalidate|hidden|inert|ismap|loop|multiple|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|selected)="false"`)

// FixPrerendered removes the boolean attributes go-app wrote as "false"
// from a prerendered page.
func FixPrerendered(page []byte) []byte {
	return falseBoolean.ReplaceAll(page, nil)
}

// loaderIcon is the id of go-app's loader image. Our stylesheet hides it
// (the loader is a slim bar) until loading fails; lazy, the browser does
// not fetch a hidden image, so the first paint waits for one request less.
const loaderIcon = `id="app-wasm-loader-icon"`

// loaderIconAlt is go-app's text for that image, English on every page and
// read out by screen readers beside the label, which says it all
// (PWA.Loading, PWA.LoadFailed): the image is decoration.
const loaderIconAlt = ` alt="wasm loader icon"`

// lazyLoaderIcon makes go-app's loader image lazy and silent.
func lazyLoaderIcon(page []byte) []byte {
	if bytes.Count(page, []byte(loaderIcon)) != 1 {
		return page
	}
	page = bytes.Replace(page, []byte(loaderIcon), []byte(loaderIcon+` loading="lazy"`), 1)
	if bytes.Count(page, []byte(loaderIconAlt)) == 1 {
		page = bytes.Replace(page, []byte(loaderIconAlt), []byte(` alt=""`), 1)
	}
	return page
}

// appCSS is go-app's link to its app.css, which only styles its loader and
// its page for unknown paths: web/objector.css has those rules, so a page
// waits for one stylesheet, not two, before its first paint.
var appCSS = regexp.MustCompile(`<link [^>]*href="/app\.css"[^>]*>\s*`)

// dropAppCSS removes the link to go-app's app.css.
func dropAppCSS(page []byte) []byte {
	if len(appCSS.FindAllIndex(page, 2)) != 1 {
		return page
	}
	return appCSS.ReplaceAll(page, nil)
}

// fixPage is what every generated page goes through, in the static site
// and in `objector serve`.
func fixPage(page []byte) []byte {
	return headFirst(dropAppCSS(lazyLoaderIcon(FixPrerendered(page))))
}

// fixGeneratedFiles applies fixPage to every page of a static site and
// FixAppJS to its app.js.
func fixGeneratedFiles(out string) error {
	name := filepath.Join(out, "app.js")
	js, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if js, err = FixAppJS(js); err != nil {
		return err
	}
	if err := os.WriteFile(name, js, 0o644); err != nil {
		return err
	}
	pages, err := filepath.Glob(filepath.Join(out, "*.html"))
	if err != nil {
		return err
	}
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if fixed := fixPage(data); !bytes.Equal(fixed, data) {
			if err := os.WriteFile(p, fixed, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// fixGeneratedResponses makes what h (go-app's handler) serves what the
// static site holds: fixPage on the HTML pages, FixAppJS on app.js.
func fixGeneratedResponses(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &bufferedResponse{header: http.Header{}}
		h.ServeHTTP(rec, r)
		body := rec.body.Bytes()
		plain := rec.header.Get("Content-Encoding") == ""
		switch {
		case r.URL.Path == "/app.js" || r.URL.Path == "/goapp.js":
			js, err := FixAppJS(body)
			if err != nil || !plain {
				http.Error(w, fmt.Sprintf("app.js: %v (encoding %q)", err, rec.header.Get("Content-Encoding")), http.StatusInternalServerError)
				return
			}
			body = js
		case strings.HasPrefix(rec.header.Get("Content-Type"), "text/html") && plain:
			body = fixPage(body)
		}
		if rec.header.Get("Content-Length") != "" {
			rec.header.Set("Content-Length", strconv.Itoa(len(body)))
		}
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		w.WriteHeader(rec.status)
		w.Write(body)
	})
}

// bufferedResponse keeps a response until it can be rewritten.
type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header { return b.header }

func (b *bufferedResponse) WriteHeader(status int) {
	if b.status == 0 {
		b.status = status
	}
}

func (b *bufferedResponse) Write(p []byte) (int, error) {
	b.WriteHeader(http.StatusOK)
	return b.body.Write(p)
}
