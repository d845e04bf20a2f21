package site

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/objector-eu/objector/app/wizard"
	"github.com/objector-eu/objector/locales"
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
	// Not where it cannot work (e2e TestEmbedding shows it in a frame).
	if !strings.Contains(js, "async function goappInitServiceWorker() {\n  if (objectorCanRegisterWorker()) {") ||
		!strings.Contains(js, "function objectorCanRegisterWorker() {") {
		t.Error("app.js registers the service worker without asking objectorCanRegisterWorker")
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

// TestFailureMessages: the page's environment carries PWA.LoadFailed,
// PWA.Stopped and PWA.Update.Reload in every language, as each language's
// messages have them, for boot.js to show when app.wasm fails to load or
// the Go program stops; app.js hands boot.js the label in its catch and
// calls objectorStopped once go.run returns; boot.js reads the same
// environment names and settings key as the Go side. What a browser shows
// is e2e's TestLoadFailed and TestStopped.
func TestFailureMessages(t *testing.T) {
	// app.js as served; TestLoader shows the static site's is the same.
	web := webDir(t)
	_, srv := serve(t, web)
	_, js := get(t, srv, "/app.js")
	m := regexp.MustCompile(`(?m)^const goappEnv = (.*);$`).FindSubmatch(js)
	if m == nil {
		t.Fatal("no goappEnv in app.js")
	}
	var env map[string]string
	if err := json.Unmarshal(m[1], &env); err != nil {
		t.Fatalf("goappEnv: %v", err)
	}
	b, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range failureMessages {
		var messages map[string]string
		if err := json.Unmarshal([]byte(env[f.env]), &messages); err != nil {
			t.Fatalf("%s = %q: %v", f.env, env[f.env], err)
		}
		for _, lang := range b.Languages() {
			want := b.Localizer(lang).T(f.id)
			if strings.Contains(want, locales.MissingOpen) {
				t.Errorf("%s: no %s", lang, f.id)
			}
			if got := messages[lang]; got != want {
				t.Errorf("%s: %s says %q, want %q", lang, f.env, got, want)
			}
		}
		if len(messages) != len(b.Languages()) {
			t.Errorf("%s has %d languages, the bundle %d", f.env, len(messages), len(b.Languages()))
		}
	}
	if !regexp.MustCompile(`loaderLabel\.innerText = err;\s+if \(window\.objectorLoadFailed\) \{\s+window\.objectorLoadFailed\(loaderLabel, goappEnv\);`).Match(js) {
		t.Error("app.js does not hand a failed load's label to objectorLoadFailed")
	}
	if !regexp.MustCompile(`const stopped = \(\) => window\.objectorStopped && window\.objectorStopped\(goappEnv\);\s+go\.run\(wasm\.instance\)\.then\(stopped, stopped\);`).Match(js) {
		t.Error("app.js does not call objectorStopped when go.run returns")
	}
	boot, err := os.ReadFile(filepath.Join(web, "boot.js"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`"` + LoadFailedEnv + `"`, `"` + StoppedEnv + `"`, `"` + ReloadEnv + `"`, `"` + wizard.SettingsKey + `"`,
		"window.objectorLoadFailed = function (label, env)", "window.objectorStopped = function (env)"} {
		if !bytes.Contains(boot, []byte(s)) {
			t.Errorf("boot.js lacks %s", s)
		}
	}
}
