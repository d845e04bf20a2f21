package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestFirefox runs the core journey in headless Firefox ESR, driven over
// WebDriver BiDi, which reports the page's errors; Firefox saves the PDF to
// the folder its profile names.
func TestFirefox(t *testing.T) {
	firefox := lookEngine(t, "Firefox", "firefox-esr (Debian: apt-get install -y firefox-esr)", "firefox-esr", "firefox")
	journey(t, func(t *testing.T, downloads string) engine { return startFirefox(t, firefox, downloads) })
}

// TestWebKit runs the core journey in WebKitGTK's MiniBrowser (the engine
// of every browser on an iPhone or iPad), driven by WebKitWebDriver over
// W3C WebDriver, on Xvfb when there is no display. WebDriver cannot read
// the console, so the page's own listeners catch its errors; WebKitGTK
// saves the PDF to the XDG download folder, which the test names.
func TestWebKit(t *testing.T) {
	driver := lookEngine(t, "WebKitWebDriver", "webkit2gtk-driver and xvfb (Debian: apt-get install -y webkit2gtk-driver xvfb)", "WebKitWebDriver")
	journey(t, func(t *testing.T, downloads string) engine { return startWebKit(t, driver, downloads) })
}

// lookEngine finds an engine's program in PATH; without it the test skips,
// or fails when make runs it (EnvVar).
func lookEngine(t *testing.T, what, install string, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	if os.Getenv(EnvVar) == "" {
		t.Skipf("no %s found (set %s=1 to make that a failure)", what, EnvVar)
	}
	t.Fatalf("no %s found: install %s", what, install)
	return ""
}

// enginePage is one engine's window on the static site.
type enginePage struct {
	t         *testing.T
	e         engine
	site      *Site
	downloads string
	reported  int // the engine's errors reported so far
}

// journey is what every engine must do: open a deep link in German, write
// the objection to Meta up to the review, download its PDF, and open again
// from the service worker with the server stopped, all without a page
// error. Both engines save a download to a folder the test names, so the
// PDF is checked in each.
func journey(t *testing.T, start func(t *testing.T, downloads string) engine) {
	downloads := t.TempDir()
	site := Serve(t, DistDir(t))
	p := &enginePage{t: t, e: start(t, downloads), site: site, downloads: downloads}
	const deepLink = "/?lang=de&letter=objection&controller=meta"

	if !t.Run("deep link", func(t *testing.T) {
		p.t = t
		p.open(deepLink)
		if lang := engineEval[string](p, `document.documentElement.lang`); lang != "de" {
			t.Errorf("<html lang=%q>, want de", lang)
		}
		p.step(3)
		wantContains(t, "progress", engineEval[string](p, `document.querySelector(".progress-text").innerText`), "Schritt 3 von 6")
		p.noFailure(true)
	}) {
		return
	}
	if !t.Run("review", func(t *testing.T) {
		p.t = t
		fillAboutForm(p, person{"Erika Mustermann", "Heidestraße 17", "51147", "Köln", "DE", "erika@example.org", "erika.mustermann"})
		p.next(4)
		p.click(`label[for="f-reasons-health"]`)
		p.next(5)
		p.waitFor(`document.querySelector(".sheet").lang === "de"`)
		wantContains(t, "review", engineEval[string](p, `document.querySelector(".sheet").innerText`),
			"Erika Mustermann", "Heidestraße 17", "Meta Platforms Ireland Limited", "Merrion Road", "D04 X2K5", "Art. 21 Abs. 1 DSGVO")
		p.noFailure(true)
	}) {
		return
	}
	t.Run("pdf", func(t *testing.T) {
		p.t = t
		p.next(6)
		text := pdfText(t, p.download("#pdf-objection"))
		wantContains(t, "PDF", text, "Erika Mustermann", "Merrion Road", "Art. 21 Abs. 1 DSGVO")
		p.noFailure(true)
	})
	t.Run("offline reload", func(t *testing.T) {
		p.t = t
		p.waitFor(`navigator.serviceWorker.controller !== null`)
		p.site.Stop()
		if err := p.e.reload(); err != nil {
			t.Fatalf("reload: %v", err)
		}
		p.waitReady()
		if lang := engineEval[string](p, `document.documentElement.lang`); lang != "de" {
			t.Errorf("offline: <html lang=%q>, want de", lang)
		}
		p.step(3)
		if !engineEval[bool](p, `navigator.serviceWorker.controller !== null`) {
			t.Error("offline: page not controlled by the service worker")
		}
		// Failed requests (the worker's update check) are expected
		// offline; exceptions are not.
		p.noFailure(false)
	})
}

// open loads a path of the site and waits until the app has mounted.
func (p *enginePage) open(path string) {
	p.t.Helper()
	if err := p.e.navigate(p.site.URL + path); err != nil {
		p.t.Fatalf("navigate to %s: %v", path, err)
	}
	p.waitReady()
}

// waitReady waits for the mounted app, then listens for the page's errors
// where the engine cannot report them itself.
func (p *enginePage) waitReady() {
	p.t.Helper()
	p.waitFor(`document.documentElement.dataset.ready === "true"`)
	engineEval[bool](p, `(() => {
		if (!window.objectorErrors) {
			window.objectorErrors = [];
			addEventListener("error", e => objectorErrors.push("exception: " + e.message + " at " + e.filename + ":" + e.lineno));
			addEventListener("unhandledrejection", e => objectorErrors.push("exception: unhandled rejection " + e.reason));
			addEventListener("securitypolicyviolation", e => objectorErrors.push("CSP violation: " + e.effectiveDirective + " refused " + e.blockedURI));
		}
		return true;
	})()`)
}

// waitFor polls until the JavaScript expression is truthy, and fails the
// test with the page's errors when it never is.
func (p *enginePage) waitFor(expr string) {
	p.t.Helper()
	deadline := time.Now().Add(Timeout)
	var last error
	for time.Now().Before(deadline) {
		v, err := p.e.eval("!!(" + expr + ")")
		if err == nil && string(v) == "true" {
			return
		}
		last = err
		time.Sleep(100 * time.Millisecond)
	}
	errs, _ := p.e.pageErrors()
	p.t.Fatalf("waiting for %s: %v\npage errors: %q", expr, last, errs)
}

// engineEval evaluates a JavaScript expression and decodes its value.
func engineEval[T any](p *enginePage, expr string) T {
	p.t.Helper()
	var v T
	raw, err := p.e.eval(expr)
	if err == nil {
		err = json.Unmarshal(raw, &v)
	}
	if err != nil {
		p.t.Fatalf("eval %s: %v", expr, err)
	}
	return v
}

// click clicks an element once it has stopped moving (see settleJS).
func (p *enginePage) click(css string) {
	p.t.Helper()
	engineEval[bool](p, fmt.Sprintf(settleJS, css))
	if err := p.e.click(css); err != nil {
		p.t.Fatalf("click %s: %v", css, err)
	}
}

// typeInto types text into an empty field, as a person would.
func (p *enginePage) typeInto(id, text string) {
	p.t.Helper()
	if err := p.e.typeText("#"+id, text); err != nil {
		p.t.Fatalf("type into %s: %v", id, err)
	}
	p.waitFor(fmt.Sprintf(`document.getElementById(%q).value === %s`, id, jsString(text)))
}

// choose picks an option of a select, as a change event.
func (p *enginePage) choose(id, value string) {
	p.t.Helper()
	engineEval[bool](p, fmt.Sprintf(chooseJS, id, value))
}

// step waits until the wizard shows step n.
func (p *enginePage) step(n int) {
	p.t.Helper()
	p.waitFor(fmt.Sprintf(`document.querySelector('.step[data-step="%d"] h1') !== null`, n))
}

// next presses Next and waits for step n.
func (p *enginePage) next(n int) {
	p.t.Helper()
	p.click("#next")
	p.step(n)
}

// download clicks a button and returns the one file the engine saved.
func (p *enginePage) download(css string) []byte {
	p.t.Helper()
	p.click(css)
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		entries, _ := os.ReadDir(p.downloads)
		var done []string
		partial := false
		for _, e := range entries {
			switch filepath.Ext(e.Name()) {
			case ".part", ".download", ".wkdownload", ".crdownload":
				partial = true
			default:
				if info, err := e.Info(); err == nil && info.Size() > 0 {
					done = append(done, e.Name())
				}
			}
		}
		if len(done) == 1 && !partial {
			data, err := os.ReadFile(filepath.Join(p.downloads, done[0]))
			if err != nil {
				p.t.Fatal(err)
			}
			return data
		}
		time.Sleep(100 * time.Millisecond)
	}
	p.t.Fatalf("no download after %s in %s", css, p.downloads)
	return nil
}

// noFailure fails the test when the app shows one of its failure overlays
// (a failed load, a stopped program) or the page reported an error: any
// error online, exceptions only offline.
func (p *enginePage) noFailure(online bool) {
	p.t.Helper()
	if engineEval[bool](p, `document.getElementById("objector-stopped") !== null`) {
		p.t.Error("the page is covered with the stopped-program message")
	}
	if engineEval[bool](p, `document.getElementById("app-wasm-loader") !== null`) {
		p.t.Errorf("the wasm loader still shows: %q", engineEval[string](p, `document.getElementById("app-wasm-loader").innerText`))
	}
	errs, reports := p.e.pageErrors()
	errs, p.reported = errs[p.reported:], len(errs)
	if !reports {
		// The page's own listeners (waitReady), since this document
		// mounted.
		errs = engineEval[[]string](p, `window.objectorErrors || []`)
	}
	for _, e := range errs {
		if online || strings.HasPrefix(e, "javascript:") || strings.HasPrefix(e, "exception:") {
			p.t.Errorf("page error: %s", e)
		}
	}
}
