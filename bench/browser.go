package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	browserdomain "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// instrument runs in every document before the page's own scripts. It only
// observes: the moment <html data-ready="true"> appears (the app's and the
// floor's "mounted" signal), first contentful paint, clicks on PDF buttons, the time from a
// keydown to the page's script setting that field's value (go-app writes
// the value back when it re-renders after handling the input), and PDF
// blobs handed to URL.createObjectURL. All times are performance.now(), i.e. milliseconds
// since the navigation started.
const instrument = `(() => {
  const b = window.__bench = { ready: 0, fcp: 0, pdf: [] };
  const mark = () => {
    const el = document.documentElement;
    if (!b.ready && el && el.getAttribute('data-ready') === 'true') b.ready = performance.now();
  };
  new MutationObserver(mark).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  try {
    new PerformanceObserver(l => {
      for (const e of l.getEntries()) if (e.name === 'first-contentful-paint' && !b.fcp) b.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch (e) {}
  // Largest contentful paint: every candidate, [ms, px², element].
  b.lcp = [];
  try {
    new PerformanceObserver(l => {
      for (const e of l.getEntries()) b.lcp.push([e.startTime, e.size, e.element ? e.element.localName + '.' + e.element.className : '(removed)']);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch (e) {}
  // Keystrokes: from keydown to go-app writing the field's value back.
  b.keys = []; b.clicks = [];
  let pending = null;
  addEventListener('keydown', e => { pending = { t: e.timeStamp, target: e.target }; b.keydown = e.timeStamp; }, true);
  // Keystroke → preview: armed with the text the preview must come to
  // contain, it records the time from the next keydown to that moment.
  b.previews = [];
  b.expectPreview = (text) => {
    const mo = new MutationObserver(() => {
      const el = document.querySelector('.live-preview');
      if (el && el.textContent.includes(text)) { mo.disconnect(); b.previews.push(performance.now() - b.keydown); }
    });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true });
  };
  // Load phases: when the page first asks for a wasm module (fetch and
  // compile, or instantiate one compiled in a worker, which this does not
  // see) and when its first instance is made (then Go runs until the
  // mount).
  for (const name of ['compileStreaming', 'compile', 'instantiateStreaming', 'instantiate']) {
    const f = WebAssembly[name];
    if (!f) continue;
    WebAssembly[name] = function () {
      if (!b.wasmCall) b.wasmCall = performance.now();
      const p = f.apply(this, arguments);
      if (name.startsWith('instantiate')) p.then(() => { if (!b.wasmDone) b.wasmDone = performance.now(); }, () => {});
      return p;
    };
  }
  addEventListener('click', e => { if (e.target.closest && e.target.closest('[id^="pdf-"]')) b.clicks.push(performance.now()); }, true);
  for (const proto of [HTMLTextAreaElement.prototype, HTMLInputElement.prototype]) {
    const d = Object.getOwnPropertyDescriptor(proto, 'value');
    Object.defineProperty(proto, 'value', { configurable: true, enumerable: d.enumerable,
      get() { return d.get.call(this); },
      set(v) { d.set.call(this, v); if (pending && pending.target === this) { b.keys.push(performance.now() - pending.t); pending = null; } } });
  }
  const create = URL.createObjectURL;
  URL.createObjectURL = function (o) {
    if (o && o.type === 'application/pdf') b.pdf.push(performance.now());
    return create.apply(this, arguments);
  };
})();`

// chromeFlags are the flags every run uses (Chromium runs as root here).
var chromeFlags = []chromedp.ExecAllocatorOption{
	chromedp.NoFirstRun,
	chromedp.NoDefaultBrowserCheck,
	chromedp.Headless,
	chromedp.NoSandbox,
	chromedp.DisableGPU,
	chromedp.Flag("disable-background-networking", true),
	chromedp.Flag("disable-component-update", true),
	chromedp.Flag("disable-sync", true),
	chromedp.Flag("disable-extensions", true),
	chromedp.Flag("disable-default-apps", true),
	chromedp.Flag("disable-dev-shm-usage", true),
	chromedp.Flag("disable-background-timer-throttling", true),
	chromedp.Flag("disable-renderer-backgrounding", true),
	chromedp.Flag("disable-features", "Translate"),
	chromedp.WindowSize(412, 915),
}

// browser is one headless Chromium with a fresh profile.
type browser struct {
	ctx     context.Context
	cancel  context.CancelFunc
	profile string
}

func startBrowser(execPath string) (*browser, error) {
	dir, err := os.MkdirTemp("", "objector-bench-chromium-")
	if err != nil {
		return nil, err
	}
	opts := append([]chromedp.ExecAllocatorOption{chromedp.ExecPath(execPath), chromedp.UserDataDir(dir)}, chromeFlags...)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	if err := chromedp.Do(ctx); err != nil { // start the browser
		cancel()
		acancel()
		os.RemoveAll(dir)
		return nil, err
	}
	return &browser{ctx: ctx, cancel: func() { cancel(); acancel() }, profile: dir}, nil
}

func (b *browser) close() {
	b.cancel()
	for range 50 { // Chromium's children may still write for a moment
		if os.RemoveAll(b.profile) == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// tab opens a tab in a new browser context: its own HTTP cache, storage and
// service workers, so every run starts cold. The HTTP cache is disabled too,
// and the instrumentation is installed for every document of the tab.
func (b *browser) tab() (context.Context, context.CancelFunc, error) {
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, t, performance.Enable, performance.EnableParams{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: instrument})
		return err
	}))
	if err != nil {
		cancel()
		return nil, nil, err
	}
	return ctx, cancel, nil
}

// poll evaluates expr (awaiting a promise) until it returns a value that
// done accepts, and returns that value.
func poll[T any](ctx context.Context, expr string, done func(T) bool, timeout time.Duration) (T, error) {
	deadline := time.Now().Add(timeout)
	for {
		v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
		if err == nil && done(v) {
			return v, nil
		}
		if time.Now().After(deadline) {
			if err == nil {
				err = errors.New("timed out")
			}
			var zero T
			return zero, fmt.Errorf("waiting for %s: %w", expr, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// pageTimes is what the instrumentation saw in one document.
type pageTimes struct {
	Ready    float64 `json:"ready"`
	FCP      float64 `json:"fcp"`
	WasmCall float64 `json:"wasmCall"` // the page asks for its wasm module
	WasmDone float64 `json:"wasmDone"` // the module is instantiated
	LCP      [][]any `json:"lcp"`      // largest contentful paint candidates
}

func waitReady(ctx context.Context) (pageTimes, error) {
	return poll(ctx, `(window.__bench ? {ready: window.__bench.ready, fcp: window.__bench.fcp, wasmCall: window.__bench.wasmCall || 0, wasmDone: window.__bench.wasmDone || 0, lcp: window.__bench.lcp} : {ready: 0})`,
		func(p pageTimes) bool { return p.Ready > 0 }, 60*time.Second)
}

// loadRun is one cold load and offline reload of a site.
type loadRun struct {
	Cold, FCP     float64 // ms from navigation start
	Phases        pageTimes
	Offline       float64 // ms from the offline reload's navigation start
	OfflinePhases pageTimes
	OfflineFCP    float64
	WasmTransfer  int64  // bytes over the wire for app.wasm
	WasmEncoding  string // Content-Encoding the server chose
	// WasmFetches counts the requests for app.wasm until the mount, from
	// the page or its workers: more than one means it was downloaded and
	// compiled twice.
	WasmFetches     int
	JSHeap, WasmMem int64 // bytes, at mount
}

// swReady is true once a service worker controls the page and its cache
// holds app.wasm (go-app precaches everything with one addAll, so app.wasm
// being there means the whole list is).
const swReady = `(async () => {
  if (!navigator.serviceWorker || !navigator.serviceWorker.controller) return false;
  for (const k of await caches.keys()) {
    if (await (await caches.open(k)).match('/web/app.wasm')) return true;
  }
  return false;
})()`

// measureLoad loads the site cold in a fresh browser context, waits for it
// to mount, then waits for the service worker, stops the server, reloads
// and waits for the mount again. The server is running again on return.
func measureLoad(b *browser, s *server) (loadRun, error) {
	return load(b, s, "", true)
}

// measureColdLoad is measureLoad's cold load alone, of the page at query
// (e.g. "?lang=de").
func measureColdLoad(b *browser, s *server, query string) (loadRun, error) {
	return load(b, s, query, false)
}

func load(b *browser, s *server, query string, offline bool) (loadRun, error) {
	var r loadRun
	ctx, cancel, err := b.tab()
	if err != nil {
		return r, err
	}
	defer cancel()
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate(s.URL()+query)); err != nil {
		return r, err
	}
	t, err := waitReady(ctx)
	if err != nil {
		return r, err
	}
	r.Cold, r.FCP, r.Phases = t.Ready, t.FCP, t
	// Read at the mount, before the service worker's precache asks again.
	sent := s.wasm.since(start)
	r.WasmFetches = len(sent)
	if len(sent) > 0 {
		r.WasmEncoding, r.WasmTransfer = sent[0].encoding, sent[0].bytes
	}
	if r.JSHeap, r.WasmMem, err = memory(ctx); err != nil {
		return r, err
	}
	if !offline {
		return r, nil
	}
	if _, err := poll(ctx, swReady, func(ok bool) bool { return ok }, 60*time.Second); err != nil {
		return r, err
	}
	s.stop()
	defer s.start()
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		return r, fmt.Errorf("offline reload: %w", err)
	}
	t, err = waitReady(ctx)
	if err != nil {
		return r, fmt.Errorf("offline reload: %w", err)
	}
	r.Offline, r.OfflineFCP, r.OfflinePhases = t.Ready, t.FCP, t
	return r, nil
}

// memory returns the JS heap in use (CDP Performance.getMetrics,
// JSHeapUsedSize) and the bytes of every WebAssembly.Memory alive in the
// page (CDP Runtime.queryObjects on WebAssembly.Memory.prototype, summing
// buffer.byteLength). Go's wasm linear memory never shrinks, so its size is
// also its peak. Nothing in the page is changed to measure it.
func memory(ctx context.Context) (jsHeap, wasm int64, err error) {
	err = chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		m, err := cdp.Call(ctx, t, performance.GetMetrics, cdp.Empty{})
		if err != nil {
			return err
		}
		for _, x := range m.Metrics {
			if x.Name == "JSHeapUsedSize" {
				jsHeap = int64(x.Value)
			}
		}
		wasm, err = wasmMemory(ctx, t)
		return err
	}))
	return jsHeap, wasm, err
}

// wasmMemory sums the byte length of every WebAssembly.Memory in t.
func wasmMemory(ctx context.Context, t *chromedp.Target) (int64, error) {
	proto, err := cdp.Call(ctx, t, runtime.Evaluate, runtime.EvaluateParams{Expression: "WebAssembly.Memory.prototype", ObjectGroup: "bench"})
	if err != nil {
		return 0, err
	}
	defer cdp.Call(ctx, t, runtime.ReleaseObjectGroup, runtime.ReleaseObjectGroupParams{ObjectGroup: "bench"})
	objs, err := cdp.Call(ctx, t, runtime.QueryObjects, runtime.QueryObjectsParams{PrototypeObjectID: proto.Result.ObjectID, ObjectGroup: "bench"})
	if err != nil {
		return 0, err
	}
	sum, err := cdp.Call(ctx, t, runtime.CallFunctionOn, runtime.CallFunctionOnParams{
		FunctionDeclaration: `function () { return this.reduce((s, m) => s + m.buffer.byteLength, 0); }`,
		ObjectID:            objs.Objects.ObjectID,
		ReturnByValue:       ptr(true),
	})
	if err != nil {
		return 0, err
	}
	if sum.ExceptionDetails != nil {
		return 0, fmt.Errorf("wasm memory: %s", sum.ExceptionDetails.Text)
	}
	var n int64
	err = json.Unmarshal([]byte(sum.Result.Value), &n)
	return n, err
}

// workers measures the page's workers (the PDF maker runs in one): their
// JS heaps and wasm memories count towards the app's memory. It stays
// attached to each worker it met until close.
type workers struct {
	ctx      context.Context
	attached map[target.ID]context.Context
	cancels  []context.CancelFunc
}

func newWorkers(ctx context.Context) *workers {
	return &workers{ctx: ctx, attached: map[target.ID]context.Context{}}
}

// memory sums the JS heaps and wasm memories of the page's workers running
// now. Only workers of the page's own browser context count: the browser
// lists every target, and a worker of a tab an earlier load closed may
// still be there, going away while it is asked.
func (w *workers) memory() (jsHeap, wasm int64, err error) {
	var page target.ID
	if err := chromedp.Do(w.ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		page = t.TargetID
		return nil
	})); err != nil {
		return 0, 0, err
	}
	infos, err := chromedp.Targets(w.ctx)
	if err != nil {
		return 0, 0, err
	}
	var own cdp.BrowserContextID
	for _, in := range infos {
		if in.TargetID == page {
			own = in.BrowserContextID
		}
	}
	if own == "" {
		return 0, 0, fmt.Errorf("the page's target %s is not among the browser's", page)
	}
	for _, in := range infos {
		if in.Type != "worker" || in.BrowserContextID != own {
			continue
		}
		wctx, ok := w.attached[in.TargetID]
		if !ok {
			var cancel context.CancelFunc
			wctx, cancel = chromedp.NewContext(w.ctx, chromedp.WithTargetID(in.TargetID))
			w.attached[in.TargetID], w.cancels = wctx, append(w.cancels, cancel)
		}
		err := chromedp.Do(wctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			h, err := cdp.Call(ctx, t, runtime.GetHeapUsage, cdp.Empty{})
			if err != nil {
				return err
			}
			m, err := wasmMemory(ctx, t)
			jsHeap += int64(h.UsedSize)
			wasm += m
			return err
		}))
		if err != nil {
			return 0, 0, fmt.Errorf("worker %s: %w", in.URL, err)
		}
	}
	return jsHeap, wasm, nil
}

func (w *workers) close() {
	for _, c := range w.cancels {
		c()
	}
}

func ptr[T any](v T) *T { return &v }

// version is the browser's product string, e.g. "Chromium 156.0.8078.108".
func (b *browser) version() (string, error) {
	v, err := chromedp.CallBrowser(b.ctx, browserdomain.GetVersion, cdp.Empty{})
	if err != nil {
		return "", err
	}
	name, ver, _ := strings.Cut(v.Product, "/")
	return strings.Replace(name, "HeadlessChrome", "Chromium", 1) + " " + ver, nil
}
