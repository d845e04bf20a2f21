package site

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestLoader checks go-app's app.js as the site serves it and as the static
// site holds it: it instantiates the module web/boot.js compiled, or else
// fetches straight into instantiateStreaming; nothing registers the service
// worker before the wasm runs (the client does, once mounted); and every
// page loads boot.js as the first deferred script of its head. What
// boot.js does in a browser is shown by the e2e tests, which load every page
// through it.
func TestLoader(t *testing.T) {
	web := webDir(t)
	_, srv := serve(t, web)
	_, served := get(t, srv, "/app.js")
	out := filepath.Join(t.TempDir(), "dist")
	if _, err := WriteDist(out, web); err != nil {
		t.Fatal(err)
	}
	written, err := os.ReadFile(filepath.Join(out, "app.js"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(served, written) {
		t.Error("objector serve and objector dist give different app.js")
	}
	js := string(written)
	if strings.Contains(js, "fetchWithProgress(\"") {
		t.Error("app.wasm still goes through go-app's progress stream")
	}
	if !strings.Contains(js, "window.objectorWasm(go.importObject)") {
		t.Error("app.js does not take the module boot.js compiled")
	}
	if !regexp.MustCompile(`instantiateStreaming\(fetch\("/web/app\.wasm"\), go\.importObject\)`).MatchString(js) {
		t.Error("without boot.js, app.wasm is not fetched straight into instantiateStreaming")
	}
	// The only call left is the client's, after the mount; the function
	// itself must still be there for it.
	if calls := regexp.MustCompile(`(?m)^\s*goappInitServiceWorker\(\);`).FindAllString(js, -1); len(calls) != 0 {
		t.Errorf("app.js registers the service worker itself: %q", calls)
	}
	if !strings.Contains(js, "async function goappInitServiceWorker()") {
		t.Error("goappInitServiceWorker, which the client calls once mounted, is gone")
	}
	for page, html := range distPages(t, out) {
		head, _, _ := strings.Cut(string(html), "</head>")
		if !strings.Contains(head, bootHead) {
			t.Errorf("%s: no %s in the head", page, bootHead)
		}
		// Deferred scripts run in order: boot.js must define objectorWasm
		// before app.js asks for it, or app.js fetches app.wasm again.
		if b, a := strings.Index(head, bootHead), strings.Index(head, `src="/app.js"`); a < 0 || b > a {
			t.Errorf("%s: boot.js does not come before app.js", page)
		}
	}

	// An app.js without the texts (edited already, another go-app) is
	// refused rather than half edited.
	if _, err := FixAppJS(written); err == nil {
		t.Error("FixAppJS took an app.js without the texts it edits")
	}
}
