// Package e2e runs Objector's static site (dist/, written by `make dist`) in
// headless Chromium, driven from Go with chromedp, and its core journey in
// Firefox and WebKit over WebDriver (engines_test.go). The site is served by a
// plain static file server, as any static host would (not by the app's own
// server), on 127.0.0.1 at a random port; a test can stop that server to go
// offline.
//
// Tests in this package (and later ones) start with Start:
//
//	p := e2e.Start(t)
//	p.Open("/?lang=de")
//	lang := e2e.Eval[string](p, `document.documentElement.lang`)
//	p.NoConsoleErrors()
//
// Without Chromium the tests skip, unless OBJECTOR_E2E is set (make test
// sets it), so they can never skip silently there. A missing dist/ is a
// failure that says how to build it.
package e2e

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// EnvVar, when set, makes a missing browser a failure instead of a skip.
const EnvVar = "OBJECTOR_E2E"

// Timeout bounds one page: starting Chromium, loading and compiling the wasm
// on a slow two-core runner, and the test's own steps.
const Timeout = 3 * time.Minute

// Site is a directory served by a plain static file server.
type Site struct {
	// URL is the site's origin, e.g. http://127.0.0.1:41234 (no slash).
	URL string
	// Dir is the directory served.
	Dir string

	srv  *http.Server
	mu   sync.Mutex
	log  []string
	full []Request
	over map[string][]byte
	down bool
}

// Request is one request a Site received, as it arrived.
type Request struct {
	Method string
	// URI is the path and query.
	URI    string
	Header http.Header
	Body   []byte
}

func recordRequest(r *http.Request) Request {
	var body []byte
	if r.Body != nil {
		body, _ = io.ReadAll(io.LimitReader(r.Body, 1<<20))
	}
	return Request{Method: r.Method, URI: r.URL.RequestURI(), Header: r.Header.Clone(), Body: body}
}

// DistDir returns the static site to test: $OBJECTOR_DIST, or dist/ at the
// module root. It fails the test when the site is missing or incomplete.
func DistDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("OBJECTOR_DIST")
	if dir == "" {
		root, err := moduleRoot()
		if err != nil {
			t.Fatal(err)
		}
		dir = filepath.Join(root, "dist")
	}
	for _, f := range []string{"index.html", "app.js", "app-worker.js", "manifest.webmanifest", "web/app.wasm"} {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(f))); err != nil {
			t.Fatalf("the static site %s is missing or incomplete (%s): run `make dist` first", dir, f)
		}
	}
	return dir
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("e2e: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Serve serves dir on 127.0.0.1 at a random port until the test ends, like
// `python3 -m http.server`: files as they are, index.html for a directory,
// no compression, no rewriting. Like the static hosts the README names, it
// sends the headers of the site's _headers file (Netlify's format; with it
// the Content Security Policy) and answers /path with path.html when there
// is no such file.
func Serve(t testing.TB, dir string) *Site {
	t.Helper()
	return ServeOn(t, "127.0.0.1", dir)
}

// ServeOn is Serve on another host name, e.g. "localhost": a different
// site to the browser than 127.0.0.1, for pages that embed the app.
func ServeOn(t testing.TB, host, dir string) *Site {
	t.Helper()
	ln, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	s := &Site{URL: "http://" + net.JoinHostPort(host, port), Dir: dir, over: map[string][]byte{}}
	rules, err := readHeadersFile(filepath.Join(dir, "_headers"))
	if err != nil {
		t.Fatal(err)
	}
	files := http.FileServer(http.Dir(dir))
	s.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.log = append(s.log, r.URL.RequestURI())
		s.full = append(s.full, recordRequest(r))
		body, ok := s.over[r.URL.Path]
		s.mu.Unlock()
		rules.apply(w.Header(), r.URL.Path)
		if ok {
			http.ServeContent(w, r, r.URL.Path, time.Time{}, strings.NewReader(string(body)))
			return
		}
		if p := r.URL.Path; p != "/" && path.Ext(p) == "" && !strings.HasSuffix(p, "/") {
			html := filepath.Join(dir, filepath.FromSlash(p)+".html")
			if _, err := os.Stat(html); err == nil {
				http.ServeFile(w, r, html)
				return
			}
		}
		files.ServeHTTP(w, r)
	})}
	go s.srv.Serve(ln)
	t.Cleanup(s.Stop)
	return s
}

// Stop shuts the server down and closes its connections: from then on
// every request to the site fails, as with the network off.
func (s *Site) Stop() {
	s.mu.Lock()
	down := s.down
	s.down = true
	s.mu.Unlock()
	if !down {
		s.srv.Close()
	}
}

// Override serves body at path (a URL path such as "/app-worker.js")
// instead of the file, for example a new version of the site.
func (s *Site) Override(path string, body []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.over[path] = body
}

// Requests returns the request URIs (path and query) the site received so
// far, in order.
func (s *Site) Requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.log...)
}

// FullRequests returns every request the site received so far, in order,
// with its headers and body.
func (s *Site) FullRequests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.full...)
}

// headerRules are the rules of a _headers file: a path pattern ("/*",
// "/web/*" or an exact path) and the headers for it, in file order.
type headerRules []struct {
	pattern string
	header  http.Header
}

// readHeadersFile reads a _headers file; a site without one has no rules.
func readHeadersFile(name string) (headerRules, error) {
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var rules headerRules
	for _, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.TrimSpace(line) == "", strings.HasPrefix(line, "#"):
		case !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "\t"):
			rules = append(rules, struct {
				pattern string
				header  http.Header
			}{strings.TrimSpace(line), http.Header{}})
		default:
			k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
			if !ok || len(rules) == 0 {
				return nil, fmt.Errorf("%s: bad line %q", name, line)
			}
			rules[len(rules)-1].header.Add(strings.TrimSpace(k), strings.TrimSpace(v))
		}
	}
	return rules, nil
}

// apply sets the headers of every rule that matches the path.
func (rules headerRules) apply(h http.Header, p string) {
	for _, r := range rules {
		prefix, wild := strings.CutSuffix(r.pattern, "*")
		if wild && strings.HasPrefix(p, prefix) || !wild && p == r.pattern {
			for k, v := range r.header {
				h[k] = v
			}
		}
	}
}

// Chromium returns the browser to drive: $CHROME, else chromium or Google
// Chrome from PATH; "" when there is none.
func Chromium() string {
	if p := os.Getenv("CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Page is one tab of a fresh Chromium (its own profile, so its own service
// worker and caches) on a Site.
type Page struct {
	T    testing.TB
	Site *Site
	// Ctx is the tab's chromedp context, for chromedp.Run and chromedp.Do.
	Ctx context.Context

	mu      sync.Mutex
	console []chromedp.ConsoleMessage
}

// Start serves the static site and opens a tab on it (about:blank until
// Open). Chromium's console is recorded from the start.
func Start(t testing.TB) *Page {
	t.Helper()
	return StartWith(t)
}

// StartWith is Start with more Chromium options (flags, a proxy).
func StartWith(t testing.TB, extra ...chromedp.ExecAllocatorOption) *Page {
	t.Helper()
	browser := Chromium()
	if browser == "" {
		if os.Getenv(EnvVar) == "" {
			t.Skip("no Chromium found (set " + EnvVar + "=1 to make that a failure)")
		}
		t.Fatal("no Chromium found: install it (Debian: apt-get install -y chromium) or set CHROME")
	}
	site := Serve(t, DistDir(t))
	return NewPage(t, site, browser, extra...)
}

// NewPage launches Chromium at the browser path with a fresh profile (and
// any extra options) and opens a tab. The browser ends with the test.
func NewPage(t testing.TB, site *Site, browser string, extra ...chromedp.ExecAllocatorOption) *Page {
	t.Helper()
	profile, err := os.MkdirTemp("", "objector-e2e-profile-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(browser),
		chromedp.UserDataDir(profile),
		chromedp.Headless,
		chromedp.NoSandbox, // needed as root (CI, containers)
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("password-store", "basic"),
		chromedp.Flag("use-mock-keychain", true),
		chromedp.WindowSize(1280, 900),
	}
	opts = append(opts, extra...)
	timeout, cancelTimeout := context.WithTimeout(context.Background(), Timeout)
	alloc, cancelAlloc := chromedp.NewExecAllocator(timeout, opts...)
	ctx, cancelTab := chromedp.NewContext(alloc)
	p := &Page{T: t, Site: site, Ctx: ctx}
	t.Cleanup(func() {
		cancelTab()
		cancelAlloc()
		cancelTimeout()
		// Chromium's helpers may still write for a moment after it exits.
		for range 50 {
			if err := os.RemoveAll(profile); err == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	// Console starts the browser and subscribes before any page loads.
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			p.mu.Lock()
			p.console = append(p.console, m)
			p.mu.Unlock()
		}
	}()
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", browser, err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: CSPReporter}); err != nil {
		t.Fatalf("adding the CSP reporter: %v", err)
	}
	// Every browser test runs under the site's Content Security Policy
	// and fails on any violation, whether or not it checks the console.
	t.Cleanup(func() {
		for _, v := range CSPViolations(p.Console()) {
			t.Errorf("Content Security Policy violated: %s", v)
		}
	})
	return p
}

// CSPReporter is a script DevTools runs in every new document (before the
// page's own scripts): it reports each Content Security Policy violation as
// a console error, so tests see it even where the browser only warns.
const CSPReporter = `addEventListener("securitypolicyviolation", (e) => console.error("CSP violation: " +
	e.effectiveDirective + " refused " + (e.blockedURI || "inline") + " at " + (e.sourceFile || location.href) + ":" + e.lineNumber), true);`

// CSPViolations returns the messages that report a Content Security
// Policy violation: the browser's own and CSPReporter's.
func CSPViolations(msgs []chromedp.ConsoleMessage) []string {
	var out []string
	for _, m := range msgs {
		if strings.HasPrefix(m.Text, "CSP violation: ") || strings.Contains(m.Text, "Content Security Policy") {
			out = append(out, m.Text)
		}
	}
	return out
}

// Navigate loads path (with its query) on the site and waits for the load
// event, not for the app.
func (p *Page) Navigate(path string) {
	p.T.Helper()
	if err := chromedp.Do(p.Ctx, chromedp.Navigate(p.Site.URL+path)); err != nil {
		p.T.Fatalf("navigate to %s: %v", path, err)
	}
}

// Open loads path and waits until the app has mounted (WaitReady).
func (p *Page) Open(path string) {
	p.T.Helper()
	p.Navigate(path)
	p.WaitReady()
}

// AwaitLoad runs an action that loads a new document (a click on a link or
// on a reload button) and waits for that document's load event.
func (p *Page) AwaitLoad(trigger chromedp.Action[chromedp.Void]) {
	p.T.Helper()
	if _, err := chromedp.Run(p.Ctx, chromedp.WaitEvent(page.LoadEventFired, nil, trigger)); err != nil {
		p.T.Fatalf("waiting for a page load: %v", err)
	}
}

// WaitReady waits for <html data-ready="true">, which the wasm sets once
// it has mounted its first page.
func (p *Page) WaitReady() {
	p.T.Helper()
	p.WaitFor(`document.documentElement.dataset.ready === "true"`)
}

// WaitFor waits until the JavaScript expression is truthy, and fails the
// test with the console so far when it never is.
func (p *Page) WaitFor(expr string) {
	p.T.Helper()
	_, err := chromedp.Run(p.Ctx, chromedp.Poll[chromedp.Void](expr,
		chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(Timeout)))
	if err != nil {
		p.T.Fatalf("waiting for %s: %v\nconsole:\n%s", expr, err, p.consoleText())
	}
}

// Eval evaluates a JavaScript expression in the page, awaiting a promise,
// and decodes its value into T; any error fails the test.
func Eval[T any](p *Page, expr string) T {
	p.T.Helper()
	v, err := chromedp.Run(p.Ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		p.T.Fatalf("eval %s: %v", expr, err)
	}
	return v
}

// Do runs chromedp actions in the tab; any error fails the test.
func (p *Page) Do(actions ...chromedp.Action[chromedp.Void]) {
	p.T.Helper()
	if err := chromedp.Do(p.Ctx, actions...); err != nil {
		p.T.Fatal(err)
	}
}

// WaitServiceWorker waits until the service worker controls the page; the
// worker claims the page only after its precache is complete.
func (p *Page) WaitServiceWorker() {
	p.T.Helper()
	p.WaitFor(`navigator.serviceWorker.controller !== null`)
}

// GoOffline stops the site's server and turns the tab's network off (for
// the service worker's own fetches too).
func (p *Page) GoOffline() {
	p.T.Helper()
	p.Site.Stop()
	_, err := chromedp.Call(p.Ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: new(true),
		MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
	})
	if err != nil {
		p.T.Fatalf("emulate offline: %v", err)
	}
}

// Console returns every console message so far.
func (p *Page) Console() []chromedp.ConsoleMessage {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]chromedp.ConsoleMessage(nil), p.console...)
}

// Errors returns the console errors and uncaught exceptions so far.
func (p *Page) Errors() []chromedp.ConsoleMessage {
	var out []chromedp.ConsoleMessage
	for _, m := range p.Console() {
		if m.Type == chromedp.ConsoleError || m.IsException() {
			out = append(out, m)
		}
	}
	return out
}

// NoConsoleErrors fails the test for every console error or uncaught
// exception so far.
func (p *Page) NoConsoleErrors() {
	p.T.Helper()
	for _, m := range p.Errors() {
		p.T.Errorf("console %s (%s:%d)", m, m.URL, m.Line+1)
	}
}

func (p *Page) consoleText() string {
	var b strings.Builder
	for _, m := range p.Console() {
		fmt.Fprintf(&b, "  %s\n", m)
	}
	return b.String()
}
