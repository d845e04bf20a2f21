package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/objector-eu/objector/app/embed"
)

// The embedding tests run the app as advocacy sites will: an organisation
// configures it on /embed and copies the snippet; a campaign page on
// another site (localhost, where the app is on 127.0.0.1) pastes it; the
// app mounts there in German with the letter and company chosen, sizes its
// frame as it grows, posts nothing but its height, and adds no history
// entry to the host page. The same in a frame sandboxed without
// allow-same-origin.

// issueSandbox is the sandbox the issue names; the snippet's own adds
// popups-to-escape-sandbox and modals, which only loosen it.
const issueSandbox = "allow-scripts allow-forms allow-popups allow-downloads"

func TestEmbedding(t *testing.T) {
	p := StartWith(t, inProcessFrames...)
	app := p.Site
	fr := watchFrames(t, p)

	var snippet string
	t.Run("embed page", func(t *testing.T) {
		p.T = t
		snippet = configureEmbed(t, p)
	})
	p.T = t
	if snippet == "" {
		t.Fatal("no snippet from the embed page")
	}

	t.Run("cross-site iframe", func(t *testing.T) {
		p.T = t
		host := hostSite(t, snippet)
		checkEmbedded(t, p, fr, app, host, false)
	})
	t.Run("sandboxed iframe", func(t *testing.T) {
		p.T = t
		sandboxed := embed.Snippet(embed.Options{Lang: "de", Letter: "objection", Controller: "meta", Sandbox: true}, app.URL, "Objector")
		sandboxed = strings.Replace(sandboxed, `sandbox="`+embed.Sandbox+`"`, `sandbox="`+issueSandbox+`"`, 1)
		if !strings.Contains(sandboxed, issueSandbox) {
			t.Fatal("the sandboxed snippet has no sandbox attribute to replace")
		}
		host := hostSite(t, sandboxed)
		checkEmbedded(t, p, fr, app, host, true)
	})
	p.T = t
}

// configureEmbed sets every option on /embed, checks the preview and the
// snippet, copies it, and returns it.
func configureEmbed(t *testing.T, p *Page) string {
	t.Helper()
	p.Do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		// Writing to the clipboard, which a person's click allows.
		for _, name := range []string{"clipboard-write"} {
			if _, err := chromedp.Call(ctx, browser.SetPermission, browser.SetPermissionParams{
				Permission: &browser.PermissionDescriptor{Name: name},
				Setting:    browser.PermissionSettingGranted,
				Origin:     p.Site.URL,
			}); err != nil {
				return err
			}
		}
		return nil
	}))
	p.Open("/embed?lang=en")
	if h := Eval[string](p, `document.querySelector("h1").textContent`); h != "Put Objector on your website" {
		t.Errorf("h1 = %q", h)
	}
	history := Eval[int](p, `history.length`)
	set := func(id, value string) {
		Eval[bool](p, fmt.Sprintf(`(() => { const e = document.getElementById(%q); e.value = %q;
			e.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, id, value))
	}
	set("embed-lang", "de")
	set("embed-letter", "objection")
	set("embed-controller", "meta")
	p.Do(chromedp.Click(chromedp.CSS("#embed-accent-on")))
	p.WaitFor(`document.getElementById("embed-accent") !== null`)
	set("embed-accent", "#0a7d3b")
	set("embed-org", "Verbraucher <Test> & Co.")

	src := p.Site.URL + `/?embed=1&amp;lang=de&amp;letter=objection&amp;controller=meta&amp;accent=0a7d3b&amp;org=Verbraucher+%3CTest%3E+%26+Co.`
	p.WaitFor(`document.getElementById("embed-snippet").textContent.includes(` + jsString(src) + `)`)
	snippet := Eval[string](p, `document.getElementById("embed-snippet").textContent`)
	wantContains(t, "snippet", snippet, `title="Objector: Widerspruch gegen KI-Training mit Ihren Daten"`, `e.origin !== "`+p.Site.URL+`"`)

	// The preview is the embedded app with these settings, sized by its
	// resize messages.
	// The frame is replaced on every change, so each check looks it up
	// anew and tolerates a moment without one.
	frame := `document.getElementById("embed-preview-frame")`
	doc := frame + `.contentDocument`
	inFrame := func(cond string) string {
		return `(() => { const f = ` + frame + `; const d = f && f.contentDocument; return !!d && !!d.documentElement && f.src.includes("accent=0a7d3b") && (` + cond + `) })()`
	}
	p.WaitFor(inFrame(`d.documentElement.dataset.ready === "true" && d.getElementById("embed-org") !== null`))
	if got := Eval[string](p, doc+`.getElementById("embed-org").textContent`); got != "Bereitgestellt von Verbraucher <Test> & Co." {
		t.Errorf("preview org line %q", got)
	}
	if got := Eval[string](p, doc+`.documentElement.dataset.accent`); got != "#0a7d3b" {
		t.Errorf("preview accent %q", got)
	}
	p.WaitFor(inFrame(`Math.abs(f.getBoundingClientRect().height - d.documentElement.getBoundingClientRect().height) <= 2`))
	if got := Eval[int](p, `history.length`); got != history {
		t.Errorf("history.length went from %d to %d while configuring", history, got)
	}

	// The page's Permissions-Policy denies reading the clipboard, so the
	// test watches what is written to it.
	Eval[bool](p, `(() => { const write = navigator.clipboard.writeText.bind(navigator.clipboard);
		navigator.clipboard.writeText = (text) => { window.copied = text; return write(text); }; return true })()`)
	p.Do(chromedp.Click(chromedp.CSS("#embed-copy")))
	p.WaitFor(`document.getElementById("embed-status").textContent === "Copied."`)
	if got := Eval[string](p, `window.copied || ""`); got != snippet {
		t.Errorf("copied %q, want the snippet", got)
	}
	p.NoConsoleErrors()
	return snippet
}

// hostSite serves an advocacy page on localhost (another site than the
// app's 127.0.0.1) with the snippet, and a recorder of every message the
// page receives.
func hostSite(t *testing.T, snippet string) *Site {
	t.Helper()
	dir := t.TempDir()
	page := `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Kampagne gegen KI-Training</title></head>
<body>
<h1>Widersprechen Sie jetzt</h1>
<script>
window.received = [];
addEventListener("message", (e) => {
  const f = document.getElementById("objector");
  received.push({origin: e.origin, fromFrame: !!f && e.source === f.contentWindow, data: JSON.stringify(e.data)});
});
</script>
` + snippet + `
<p>Danke für Ihre Unterstützung.</p>
</body></html>
`
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	return ServeOn(t, "localhost", dir)
}

// inProcessFrames keeps cross-site frames in the page's process, so that
// the page's DevTools session sees their console, their requests and the
// CSP reporter from their first line, which an out-of-process frame's own
// session, attached only once it exists, would miss. To the page and the
// frame nothing changes: origins, storage partitioning and postMessage are
// the same.
var inProcessFrames = []chromedp.ExecAllocatorOption{
	chromedp.Flag("disable-features", "SitePerProcess,IsolateOrigins"),
	chromedp.Flag("disable-site-isolation-trials", true),
}

// frames follows the JavaScript contexts of a tab's frames, so that a test
// can evaluate inside a cross-site frame.
type frames struct {
	p *Page

	mu       sync.Mutex
	contexts map[string]string // frame id → unique id of its default context
	requests []string
}

func watchFrames(t *testing.T, p *Page) *frames {
	t.Helper()
	f := &frames{p: p, contexts: map[string]string{}}
	err := chromedp.Listen(p.Ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventExecutionContextCreated:
			var aux struct {
				IsDefault bool   `json:"isDefault"`
				FrameID   string `json:"frameId"`
			}
			if json.Unmarshal(e.Context.AuxData, &aux) == nil && aux.IsDefault {
				f.mu.Lock()
				f.contexts[aux.FrameID] = e.Context.UniqueID
				f.mu.Unlock()
			}
		case *network.EventRequestWillBeSent:
			f.mu.Lock()
			f.requests = append(f.requests, e.Request.URL)
			f.mu.Unlock()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// Requests returns the URL of every request the tab made so far, its
// frames' included.
func (f *frames) Requests() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.requests...)
}

// frameTab evaluates in the frame of a tab whose address starts with a
// prefix.
type frameTab struct {
	f      *frames
	prefix string
}

// context returns the unique id of the frame's current document's context.
func (ft frameTab) context(t *testing.T) string {
	t.Helper()
	tree, err := chromedp.Call(ft.f.p.Ctx, page.GetFrameTree, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	var find func(*page.FrameTree) string
	find = func(n *page.FrameTree) string {
		if n.Frame != nil && n.Frame.ParentID != "" && strings.HasPrefix(n.Frame.URL, ft.prefix) {
			return string(n.Frame.ID)
		}
		for _, c := range n.ChildFrames {
			if id := find(c); id != "" {
				return id
			}
		}
		return ""
	}
	id := find(tree.FrameTree)
	ft.f.mu.Lock()
	defer ft.f.mu.Unlock()
	return ft.f.contexts[id]
}

func frameEval[T any](t *testing.T, ft frameTab, expr string) T {
	t.Helper()
	id := ft.context(t)
	if id == "" {
		t.Fatalf("no frame at %s", ft.prefix)
	}
	v, err := chromedp.Run(ft.f.p.Ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise,
		func(p *runtime.EvaluateParams) { p.UniqueContextID = id }))
	if err != nil {
		t.Fatalf("frame: eval %s: %v", expr, err)
	}
	return v
}

// waitFor waits until the expression holds in the frame (which may not
// exist yet).
func (ft frameTab) waitFor(t *testing.T, expr string) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		if id := ft.context(t); id != "" {
			ok, err := chromedp.Run(ft.f.p.Ctx, chromedp.Evaluate[bool]("!!("+expr+")",
				func(p *runtime.EvaluateParams) { p.UniqueContextID = id }))
			if err == nil && ok {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("frame: waiting for %s\nconsole:\n%s", expr, ft.f.p.consoleText())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func frameClick(t *testing.T, ft frameTab, css string) {
	t.Helper()
	if !frameEval[bool](t, ft, fmt.Sprintf(`(() => { const e = document.querySelector(%q); if (!e) return false; e.click(); return true })()`, css)) {
		t.Fatalf("frame: no %s to click", css)
	}
}

// checkEmbedded opens the host page and checks the app inside it.
func checkEmbedded(t *testing.T, p *Page, fr *frames, app, host *Site, sandboxed bool) {
	t.Helper()
	seen := len(fr.Requests())
	p.Do(chromedp.Navigate(host.URL + "/"))
	hostHistory := Eval[int](p, `history.length`)
	f := frameTab{f: fr, prefix: app.URL + "/"}
	f.waitFor(t, `document.documentElement.dataset.ready === "true"`)

	// The deep link's choices, in German, in the compact chrome.
	if lang := frameEval[string](t, f, `document.documentElement.lang`); lang != "de" {
		t.Errorf("<html lang=%q> in the frame, want de", lang)
	}
	f.waitFor(t, `document.querySelector('.step[data-step="3"] h1') !== null`)
	for name, expr := range map[string]string{
		"compact chrome":            `document.documentElement.dataset.embed === "true"`,
		"knows it is framed":        `document.documentElement.dataset.framed === "true"`,
		"no install offer":          `document.getElementById("pwa-install") === null && document.getElementById("pwa-update") === null`,
		"open in a new tab":         `(() => { const a = document.getElementById("open-full"); return !!a && a.target === "_blank" && a.rel.includes("noopener") && a.getAttribute("href") === "/?lang=de&letter=objection&controller=meta" })()`,
		"no link to the embed page": `document.getElementById("embed-link") === null`,
	} {
		if !frameEval[bool](t, f, expr) {
			t.Errorf("%s: %s is false", name, expr)
		}
	}
	if sandboxed {
		// app.wasm came across origins by CORS: the frame, whose origin is
		// opaque, mounted above. Its compiler worker fetched it (web/boot.js),
		// so the frame's own resource timings do not list it.
		for name, expr := range map[string]string{
			"opaque origin":         `window.origin === "null"`,
			"storage in memory":     `localStorage.__inMemory === true && sessionStorage.__inMemory === true`,
			"no draft switch":       `document.getElementById("keep-draft") === null`,
			"says it keeps nothing": `document.querySelector(".foot").textContent.includes("Entwurf")`,
			"no service worker API": `!("serviceWorker" in navigator)`,
		} {
			if !frameEval[bool](t, f, expr) {
				t.Errorf("%s: %s is false", name, expr)
			}
		}
		// Where the API stays (an engine whose shim cannot take it away),
		// app.js still does not try: a register() that fails as Firefox's
		// and WebKit's do is never called (issue 18).
		if !frameEval[bool](t, f, `(async () => {
			let called = false;
			Object.defineProperty(Navigator.prototype, "serviceWorker", { configurable: true, get() {
				return { register() { called = true; return Promise.reject(new DOMException("test", "NotSupportedError")); } };
			} });
			try { await goappInitServiceWorker(); } finally { delete Navigator.prototype.serviceWorker; }
			return !called;
		})()`) {
			t.Error("app.js registered a service worker in a frame with an opaque origin")
		}
	} else {
		if !frameEval[bool](t, f, `document.getElementById("keep-draft") !== null`) {
			t.Error("a plain cross-site frame has storage: the draft switch should show")
		}
		// The worker installs there, in the host site's partition.
		if !frameEval[bool](t, f, `(async () => {
			for (let i = 0; i < 600; i++) {
				if (await navigator.serviceWorker.getRegistration()) return true;
				await new Promise((r) => setTimeout(r, 50));
			}
			return false;
		})()`) {
			t.Error("no service worker registered in the plain cross-site frame")
		}
	}

	// My cases in the frame, and back: the host's history stays as it was
	// (checked below); the sandboxed frame says why it keeps cases only
	// for the page.
	frameClick(t, f, "#to-cases")
	f.waitFor(t, `document.getElementById("cases-store") !== null`)
	store := map[bool]string{false: "tab", true: "memory"}[sandboxed]
	if got := frameEval[string](t, f, `document.getElementById("cases-store").dataset.store`); got != store {
		t.Errorf("cases kept in %q, want %q", got, store)
	}
	frameClick(t, f, "#to-wizard")
	f.waitFor(t, `document.querySelector('.step[data-step="3"] h1') !== null`)

	// The frame takes the app's height, and grows with it: Next on the empty
	// form shows a problem at every field.
	frameEl := `document.getElementById("objector")`
	fits := func() {
		t.Helper()
		h := frameEval[float64](t, f, `document.documentElement.getBoundingClientRect().height`)
		p.WaitFor(fmt.Sprintf(`Math.abs(%s.getBoundingClientRect().height - %f) <= 2`, frameEl, h))
		if frameEval[bool](t, f, `document.scrollingElement.scrollHeight > innerHeight + 2`) {
			t.Errorf("the frame scrolls: content %v, frame %v", frameEval[float64](t, f, `document.scrollingElement.scrollHeight`), frameEval[float64](t, f, `innerHeight`))
		}
	}
	fits()
	before := Eval[float64](p, frameEl+`.getBoundingClientRect().height`)
	if before <= float64(embed.DefaultHeight)/2 {
		t.Errorf("frame height %v after the first report", before)
	}
	frameClick(t, f, "#next")
	f.waitFor(t, `document.querySelectorAll('[aria-invalid="true"]').length > 3`)
	p.WaitFor(fmt.Sprintf(`%s.getBoundingClientRect().height > %f`, frameEl, before+20))
	fits()
	frameClick(t, f, "#back")
	f.waitFor(t, `document.querySelector('.step[data-step="2"] h1') !== null`)
	fits()
	if got := Eval[int](p, `history.length`); got != hostHistory {
		t.Errorf("the app changed the host page's history.length from %d to %d", hostHistory, got)
	}

	// Nothing but height reports reached the host page.
	var received []struct {
		Origin    string
		FromFrame bool
		Data      string
	}
	if err := json.Unmarshal([]byte(Eval[string](p, `JSON.stringify(received)`)), &received); err != nil {
		t.Fatal(err)
	}
	if len(received) < 3 {
		t.Errorf("%d messages, want a report per height", len(received))
	}
	wantOrigin := app.URL
	if sandboxed {
		wantOrigin = "null"
	}
	for _, m := range received {
		var data map[string]any
		if err := json.Unmarshal([]byte(m.Data), &data); err != nil {
			t.Errorf("message %s: %v", m.Data, err)
			continue
		}
		h, isNumber := data["height"].(float64)
		if !m.FromFrame || m.Origin != wantOrigin || len(data) != 2 || data["type"] != embed.ResizeMessage || !isNumber || h <= 0 {
			t.Errorf("unexpected message from %q (from the frame: %v): %s", m.Origin, m.FromFrame, m.Data)
		}
	}

	// Nothing was loaded from anywhere but the app and the host page, and
	// nothing logged an error (the frame's console is the tab's; the CSP
	// check runs at the end of the test).
	for _, u := range fr.Requests()[seen:] {
		if !strings.HasPrefix(u, app.URL+"/") && !strings.HasPrefix(u, host.URL+"/") && !strings.HasPrefix(u, "blob:") && !strings.HasPrefix(u, "data:") {
			t.Errorf("the tab requested %s", u)
		}
	}
	for _, m := range p.Errors() {
		if !strings.Contains(m.URL, "/favicon.ico") && !strings.Contains(m.Text, "favicon.ico") {
			t.Errorf("console %s (%s:%d)", m, m.URL, m.Line+1)
		}
	}
	// Nor a warning about the service worker (go-app logged its failed
	// registration in a sandboxed frame: issue 18).
	for _, m := range p.Console() {
		text := strings.ToLower(strings.ReplaceAll(m.Text, " ", ""))
		if m.Type == chromedp.ConsoleWarning && strings.Contains(text, "serviceworker") {
			t.Errorf("console warning %s (%s:%d)", m, m.URL, m.Line+1)
		}
	}
}
