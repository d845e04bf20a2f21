package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/device"

	"github.com/objector-eu/objector/locales"
)

// TestMounts: the wasm loads from the static site, mounts its first page
// (data-ready), sets <html lang> and logs no error. On this first visit
// app.wasm is compiled in a worker (web/boot.js): the page itself never
// asks for it.
func TestMounts(t *testing.T) {
	p := Start(t)
	p.Open("/")
	if Eval[bool](p, `performance.getEntriesByType("resource").some(e => e.name.endsWith("/web/app.wasm"))`) {
		t.Error("the page fetched app.wasm itself, not its compiler worker")
	}
	if lang := Eval[string](p, `document.documentElement.lang`); lang == "" {
		t.Error(`<html lang> is empty`)
	}
	if n := Eval[int](p, `document.querySelectorAll("main").length`); n == 0 {
		t.Error("no <main> rendered")
	}
	// The loader goes once the wasm runs.
	if Eval[bool](p, `document.getElementById("app-wasm-loader") !== null`) {
		t.Error("the wasm loader is still shown")
	}
	p.WaitServiceWorker()
	// Chromium fires beforeinstallprompt once the worker and manifest
	// qualify; the app then offers its install button.
	p.WaitFor(`document.querySelector("button#pwa-install") !== null`)
	p.NoConsoleErrors()
}

// TestOffline: after one visit (as an advocacy site links it, with query
// parameters) the app opens with the server gone and the network off, at /
// and with parameters, in the language the link asks for.
func TestOffline(t *testing.T) {
	p := Start(t)
	p.Open("/?lang=de&letter=objection&controller=meta")
	p.WaitServiceWorker()
	p.NoConsoleErrors()

	p.GoOffline()
	parent := p.T
	for _, tt := range []struct{ path, lang string }{
		{"/", ""},
		{"/?lang=de&letter=objection", "de"},
		{"/?lang=en", "en"},
	} {
		t.Run(tt.path, func(t *testing.T) {
			p.T = t
			p.Open(tt.path)
			if lang := Eval[string](p, `document.documentElement.lang`); tt.lang != "" && lang != tt.lang {
				t.Errorf(`<html lang=%q>, want %q`, lang, tt.lang)
			}
			if !Eval[bool](p, `navigator.serviceWorker.controller !== null`) {
				t.Error("page not controlled by the service worker")
			}
		})
	}
	p.T = parent
	// Exceptions would mean the app broke offline; failed network requests
	// (e.g. the worker's own update check) are expected and not errors here.
	for _, m := range p.Errors() {
		if m.IsException() {
			t.Errorf("offline: %s", m)
		}
	}
}

type manifestJSON struct {
	Name      string `json:"name"`
	ShortName string `json:"short_name"`
	StartURL  string `json:"start_url"`
	Display   string `json:"display"`
	Icons     []struct {
		Src, Type, Sizes, Purpose string
	} `json:"icons"`
}

// TestManifest: Chromium parses the manifest without errors, finds the app
// installable, and every icon the manifest names exists, is same-origin,
// and has the size it claims.
func TestManifest(t *testing.T) {
	p := Start(t)
	p.Open("/")
	p.WaitServiceWorker()

	res, err := chromedp.Call(p.Ctx, page.GetAppManifest, page.GetAppManifestParams{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors {
		t.Errorf("manifest error: %s (line %d)", e.Message, e.Line)
	}
	if res.Manifest == nil || res.Manifest.Name != "Objector" || !strings.Contains(strings.ToLower(res.Manifest.Display), "standalone") {
		t.Errorf("parsed manifest: %+v", res.Manifest)
	}
	inst, err := chromedp.Call(p.Ctx, page.GetInstallabilityErrors, struct{}{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range inst.InstallabilityErrors {
		t.Errorf("not installable: %s", e.ErrorID)
	}

	var m manifestJSON
	if err := json.Unmarshal([]byte(res.Data), &m); err != nil {
		t.Fatalf("manifest JSON: %v", err)
	}
	if len(m.Icons) < 4 {
		t.Errorf("manifest has %d icons, want 192, 512, maskable and SVG", len(m.Icons))
	}
	for _, ic := range m.Icons {
		if !strings.HasPrefix(ic.Src, "/") || strings.HasPrefix(ic.Src, "//") {
			t.Errorf("icon %s is not same-origin", ic.Src)
			continue
		}
		resp, err := http.Get(p.Site.URL + ic.Src)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("icon %s: status %d", ic.Src, resp.StatusCode)
			continue
		}
		if ic.Type == "image/png" {
			img, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Errorf("icon %s: %v", ic.Src, err)
				continue
			}
			if got := strconv.Itoa(img.Bounds().Dx()) + "x" + strconv.Itoa(img.Bounds().Dy()); got != ic.Sizes {
				t.Errorf("icon %s is %s, manifest says %s", ic.Src, got, ic.Sizes)
			}
		}
	}
	// Every precached URL exists: one 404 would fail the worker's install.
	if n := Eval[int](p, `caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.keys())))).then(l => l.flat().length)`); n < 10 {
		t.Errorf("only %d responses precached", n)
	}
	p.NoConsoleErrors()
}

var cacheNameRE = regexp.MustCompile(`const cacheName = cachePrefix \+ "([^"]+)";`)

// TestUpdate: when the site changes, the new worker installs, the banner
// offers a reload, the reload runs the new version, and the worker deletes
// only Objector's old cache, never another cache of the origin.
func TestUpdate(t *testing.T) {
	p := Start(t)
	p.Open("/?letter=objection&controller=meta")
	p.WaitServiceWorker()
	// What the person typed survives the update reload, without a kept draft.
	const name = "Zoe Update-Test"
	p.Do(chromedp.SendKeys(chromedp.ID("f-name"), name))
	p.WaitFor(`document.getElementById("f-name").value === "Zoe Update-Test"`)
	Eval[bool](p, `caches.open("another-app").then(c => c.put("/x", new Response("x"))).then(() => true)`)
	// go-app reports the first install as an update; the page must not
	// offer a reload for it. Wait until the worker is activated, then for
	// the page to have handled that.
	p.WaitFor(`navigator.serviceWorker.controller.state === "activated"`)
	Eval[bool](p, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
	if Eval[bool](p, `document.getElementById("pwa-reload") !== null`) {
		t.Fatal("update banner shown on the first visit, before any update")
	}

	worker, err := os.ReadFile(filepath.Join(p.Site.Dir, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	old := cacheNameRE.FindSubmatch(worker)
	if old == nil {
		t.Fatal("app-worker.js names no cache")
	}
	next := bytes.Replace(worker, old[0], []byte(`const cacheName = cachePrefix + "e2e-next";`), 1)
	p.Site.Override("/app-worker.js", next)

	Eval[chromedp.Void](p, `goappTryUpdate()`)
	p.WaitFor(`document.getElementById("pwa-reload") !== null`)
	text := Eval[string](p, `document.getElementById("pwa-update").textContent`)
	if text == "" {
		t.Error("update banner is empty")
	}
	p.AwaitLoad(chromedp.Click(chromedp.ID("pwa-reload")))
	p.WaitReady()
	p.WaitFor(`document.getElementById("f-name") !== null`)
	if got := Eval[string](p, `document.getElementById("f-name").value`); got != name {
		t.Errorf("after the update reload the name field holds %q, want %q", got, name)
	}
	if n := Eval[int](p, `sessionStorage.length + localStorage.length`); n != 0 {
		t.Errorf("%d items left in storage after the update reload", n)
	}
	if Eval[bool](p, `document.getElementById("pwa-reload") !== null`) {
		t.Error("update banner still shown after the reload into the new version")
	}

	keys := Eval[[]string](p, `caches.keys()`)
	want := map[string]bool{"objector-e2e-next": true, "another-app": true}
	for _, k := range keys {
		if !want[k] {
			t.Errorf("cache %q left after the update", k)
		}
		delete(want, k)
	}
	for k := range want {
		t.Errorf("cache %q missing after the update (caches %q)", k, keys)
	}
	p.NoConsoleErrors()
}

// TestAppleInstructions: Safari has no install prompt, so an iPhone is told
// how to add the app to the home screen.
func TestAppleInstructions(t *testing.T) {
	p := Start(t)
	p.Do(chromedp.Emulate(device.IPhone13))
	p.Open("/?lang=en")
	p.WaitFor(`document.querySelector("details#pwa-install") !== null`)
	text := Eval[string](p, `document.getElementById("pwa-install").textContent`)
	if !strings.Contains(text, "Add to Home Screen") {
		t.Errorf("install instructions = %q", text)
	}
	if Eval[bool](p, `document.querySelector("button#pwa-install") !== null`) {
		t.Error("a prompt button on an Apple browser, where no prompt exists")
	}
}

// TestLoadFailed: when app.wasm cannot load (here the host sends bytes that
// are no wasm module), the page says so over itself in the language the
// app would have chosen (the browser's, or ?lang=), not with go-app's bare
// English error, and the message covers the page rather than hiding in the
// slim loading bar.
func TestLoadFailed(t *testing.T) {
	bundle, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	p := Start(t)
	p.Site.Override("/web/app.wasm", []byte("not a wasm module"))
	p.Do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		ua, err := chromedp.Run(ctx, chromedp.Evaluate[string](`navigator.userAgent`))
		if err != nil {
			return err
		}
		_, err = chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{
			UserAgent:      ua,
			AcceptLanguage: "de-AT,de;q=0.9,en;q=0.5",
		})
		return err
	}))
	for _, tc := range []struct{ path, lang string }{
		{"/", "de"},
		{"/?lang=el", "el"},
	} {
		want := bundle.Localizer(tc.lang).T("PWA.LoadFailed")
		if strings.Contains(want, locales.MissingOpen) {
			t.Fatalf("%s has no PWA.LoadFailed", tc.lang)
		}
		p.Navigate(tc.path)
		p.WaitFor(fmt.Sprintf(`(document.getElementById("app-wasm-loader-label") || {}).textContent === %q`, want))
		if lang := Eval[string](p, `document.getElementById("app-wasm-loader-label").lang`); lang != tc.lang {
			t.Errorf("%s: the message is marked lang=%q, want %q", tc.path, lang, tc.lang)
		}
		if !coversPage(p, "app-wasm-loader") || !Eval[bool](p, `(() => {
			const l = document.getElementById("app-wasm-loader-label").getBoundingClientRect();
			return l.width > 100 && l.height > 10;
		})()`) {
			t.Errorf("%s: the message does not cover the page", tc.path)
		}
	}
	// go-app's own report of the failure stays in the console.
	if logged := p.consoleText(); !strings.Contains(logged, "loading wasm failed") {
		t.Errorf("the error is not in the console:\n%s", logged)
	}
}

// TestStopped: when the Go program ends after it started (a panic, as a bug
// would cause; testdata/stops stands in for app.wasm, mounts in German and
// panics), the page does not stay on screen, dead: it is covered with
// PWA.Stopped in the interface's language and a button, focused, that
// reloads the page.
func TestStopped(t *testing.T) {
	bundle, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	wasm := filepath.Join(t.TempDir(), "stops.wasm")
	// The toolchain this test was built with, whatever PATH holds.
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goBin); err != nil {
		goBin = "go"
	}
	build := exec.Command(goBin, "build", "-o", wasm, "./e2e/testdata/stops")
	build.Dir = root
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building testdata/stops: %v\n%s", err, out)
	}
	body, err := os.ReadFile(wasm)
	if err != nil {
		t.Fatal(err)
	}
	p := Start(t)
	p.Site.Override("/web/app.wasm", body)
	p.Navigate("/")
	waitStopped(p, bundle.Localizer("de"))
	if n := Eval[int](p, `[...document.body.children].filter(e => e.id !== "objector-stopped" && !e.inert).length`); n != 0 {
		t.Errorf("%d parts of the dead page behind the message still take focus", n)
	}
	// The button reloads: the page's own marker is gone afterwards.
	Eval[bool](p, `(window.beforeReload = true)`)
	p.AwaitLoad(chromedp.Click(chromedp.CSS("#objector-stopped button")))
	if Eval[bool](p, `window.beforeReload === true`) {
		t.Error("the button did not reload the page")
	}
}

// TestTrapped: a trap in WebAssembly (not a Go panic, which ends the
// program, but e.g. an unreachable instruction) throws into whatever event
// ran it and leaves the instance unusable. web/boot.js's error listener
// then covers the page as for a stopped program, in the interface's
// language. The trap comes from a module of five instructions' worth of
// bytes, called from a timer of the mounted French page.
func TestTrapped(t *testing.T) {
	bundle, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	p := Start(t)
	p.Open("/?lang=fr")
	if Eval[bool](p, `document.getElementById("objector-stopped") !== null`) {
		t.Fatal("the page is covered before anything trapped")
	}
	// (module (func (export "trap") unreachable))
	Eval[bool](p, `(WebAssembly.instantiate(new Uint8Array([
		0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
		0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
		0x03, 0x02, 0x01, 0x00,
		0x07, 0x08, 0x01, 0x04, 0x74, 0x72, 0x61, 0x70, 0x00, 0x00,
		0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b,
	])).then(r => setTimeout(r.instance.exports.trap, 0)), true)`)
	waitStopped(p, bundle.Localizer("fr"))
}

// waitStopped waits for the page to be covered with PWA.Stopped in l's
// language (boot.js's objectorStopped), marked as such, with the focus on
// its reload button.
func waitStopped(p *Page, l *locales.Localizer) {
	p.T.Helper()
	p.WaitFor(fmt.Sprintf(`(document.querySelector("#objector-stopped p") || {}).textContent === %q`, l.T("PWA.Stopped")))
	if got := Eval[string](p, `document.getElementById("objector-stopped").lang`); got != l.Lang() {
		p.T.Errorf("the message is marked lang=%q, want %q", got, l.Lang())
	}
	if got := Eval[string](p, `document.activeElement.textContent`); got != l.T("PWA.Update.Reload") {
		p.T.Errorf("focus on %q, want the reload button", got)
	}
	if !coversPage(p, "objector-stopped") {
		p.T.Error("the message does not cover the page")
	}
}

// coversPage reports whether the element with the ID covers the whole
// window.
func coversPage(p *Page, id string) bool {
	return Eval[bool](p, fmt.Sprintf(`(() => {
		const r = document.getElementById(%q).getBoundingClientRect();
		return r.top <= 0 && r.left <= 0 && r.height >= innerHeight - 1 && r.width >= innerWidth - 1;
	})()`, id))
}
