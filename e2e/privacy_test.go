package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/domstorage"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"

	"github.com/objector-eu/objector/app/check"
)

// The privacy promise under test: while a person completes both journeys
// with distinctive values, no request leaves the app's origin, no request
// (URL, headers or body, to any address) carries anything they typed, raw
// or encoded, nothing is written to storage before they opt in to keeping
// a draft, and no cookie is set.
//
// Every request the browser makes, from the page, its workers or the
// browser itself, goes through a recording proxy (even to 127.0.0.1); the
// page's DevTools network events and the static server's own log are
// checked as well.

// typed is what the person enters in the two journeys: values found
// nowhere in the app, each with "leakcheck" somewhere in it where the
// field allows.
var typed = struct {
	objection, damages map[string]string
}{
	objection: map[string]string{
		"f-name":       "Quirinus Leakcheck-Zebulon",
		"f-street":     "Zwiebelgasse 77",
		"f-postalCode": "10117",
		"f-city":       "Leakchecksdorf",
		"f-email":      "quirinus.leakcheck@example.org",
		"f-account":    "qz-leakcheck-account",
		"f-reason":     "Leakcheck reason: my daughter's xylophone recitals & \"private\" photos",
	},
	damages: map[string]string{
		"f-name":     "Wilhelmina Yarrow-Leakcheck",
		"f-street":   "Quittenweg 88",
		"f-city":     "Großleckersdorf",
		"f-email":    "wilhelmina.yarrow@example.net",
		"f-account":  "https://www.linkedin.com/in/leakcheck-wy",
		"f-harmText": "Leakcheck-Schaden: Zitronenfalter im Kopf",
	},
}

// leakIBAN is a valid German IBAN with a distinctive account number.
// leakReference is a registered-post number only the person knows.
const leakReference = "RR Leakcheck 4711 DE"

var leakIBAN = check.FormatIBAN("DE" + check.IBANCheckDigits("DE", "370400440987123456") + "370400440987123456")

// recorded is one request as the test saw it.
type recorded struct {
	Via    string // "proxy", "devtools" or "server"
	Method string
	URL    string
	Header string
	Body   string
}

func (r recorded) String() string {
	return fmt.Sprintf("%s %s %s (%s)", r.Via, r.Method, r.URL, strings.ReplaceAll(r.Header, "\n", "; "))
}

// proxy is a recording HTTP proxy. It forwards requests to loopback
// addresses (the test's own servers) and refuses every other one, so a
// leak can be seen without reaching anyone.
type proxy struct {
	URL string

	mu  sync.Mutex
	log []recorded
}

func startProxy(t *testing.T) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{URL: "http://" + ln.Addr().String()}
	forward := &http.Transport{Proxy: nil}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(io.LimitReader(r.Body, 4<<20))
		var hdr strings.Builder
		r.Header.Write(&hdr)
		target := r.URL.String()
		if r.Method == http.MethodConnect {
			target = "https://" + r.Host
		}
		p.mu.Lock()
		p.log = append(p.log, recorded{Via: "proxy", Method: r.Method, URL: target, Header: hdr.String(), Body: string(body)})
		p.mu.Unlock()
		host := r.URL.Hostname()
		if r.Method == http.MethodConnect || !r.URL.IsAbs() || host != "127.0.0.1" && host != "localhost" {
			http.Error(w, "the test's proxy refuses every address but the test's own", http.StatusForbidden)
			return
		}
		out, err := http.NewRequestWithContext(r.Context(), r.Method, target, strings.NewReader(string(body)))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		out.Header = r.Header.Clone()
		out.Header.Del("Proxy-Connection")
		res, err := forward.RoundTrip(out)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer res.Body.Close()
		for k, v := range res.Header {
			w.Header()[k] = v
		}
		w.WriteHeader(res.StatusCode)
		io.Copy(w, res.Body)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return p
}

func (p *proxy) Requests() []recorded {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]recorded(nil), p.log...)
}

// devtoolsLog records the page's requests and storage writes as DevTools
// reports them.
type devtoolsLog struct {
	mu       sync.Mutex
	requests []recorded
	writes   []string
}

func watchDevtools(t *testing.T, p *Page) *devtoolsLog {
	t.Helper()
	d := &devtoolsLog{}
	err := chromedp.Listen(p.Ctx, func(ev any) {
		d.mu.Lock()
		defer d.mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			hdr, _ := json.Marshal(e.Request.Headers)
			var body strings.Builder
			for _, entry := range e.Request.PostDataEntries {
				body.Write(entry.Bytes)
			}
			d.requests = append(d.requests, recorded{Via: "devtools", Method: e.Request.Method, URL: e.Request.URL, Header: string(hdr), Body: body.String()})
		case *domstorage.EventDomStorageItemAdded:
			d.writes = append(d.writes, fmt.Sprintf("added %q (local: %v)", e.Key, e.StorageID.IsLocalStorage))
		case *domstorage.EventDomStorageItemUpdated:
			d.writes = append(d.writes, fmt.Sprintf("updated %q (local: %v)", e.Key, e.StorageID.IsLocalStorage))
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(p.Ctx, domstorage.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	return d
}

func (d *devtoolsLog) Requests() []recorded {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]recorded(nil), d.requests...)
}

func (d *devtoolsLog) Writes() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]string(nil), d.writes...)
}

// encodings returns the forms a typed value could take in a request.
func encodings(v string) []string {
	js, _ := json.Marshal(v)
	forms := []string{
		v,
		url.QueryEscape(v),
		url.PathEscape(v),
		strings.ReplaceAll(url.QueryEscape(v), "+", "%20"),
		strings.Trim(string(js), `"`),
		strings.ToLower(v),
	}
	if compact := strings.ReplaceAll(v, " ", ""); compact != v {
		forms = append(forms, compact)
	}
	// JSON with every non-ASCII character escaped, as some encoders write it.
	var ascii strings.Builder
	for _, r := range v {
		if r < 0x80 {
			ascii.WriteRune(r)
		} else {
			fmt.Fprintf(&ascii, `\u%04x`, r)
		}
	}
	return append(forms, ascii.String())
}

// browserServices are hosts Chromium itself calls (component updates,
// sign-in, autofill and optimisation hints) whatever page it shows. The
// proxy sees them, but they are not the app's: everything the page and its
// frames request is checked through DevTools, where no other host is
// allowed. Their plain-HTTP contents are still checked for typed values.
var browserServices = map[string]bool{
	"update.googleapis.com":               true,
	"clients2.google.com":                 true,
	"accounts.google.com":                 true,
	"content-autofill.googleapis.com":     true,
	"redirector.gvt1.com":                 true,
	"optimizationguide-pa.googleapis.com": true,
}

func isBrowserService(r recorded) bool {
	u, err := url.Parse(r.URL)
	return r.Via == "proxy" && err == nil && browserServices[u.Hostname()]
}

// leaks returns every request that leaves origin or carries a typed value.
func leaks(requests []recorded, origin string, values []string) []string {
	var out []string
	for _, r := range requests {
		if !isBrowserService(r) && !strings.HasPrefix(r.URL, origin+"/") && !strings.HasPrefix(r.URL, "blob:"+origin+"/") && !strings.HasPrefix(r.URL, "data:") {
			out = append(out, "leaves the origin: "+r.String())
		}
		hay := r.Method + " " + r.URL + "\n" + r.Header + "\n" + r.Body
		lower := strings.ToLower(hay)
		if unescaped, err := url.QueryUnescape(hay); err == nil {
			lower += "\n" + strings.ToLower(unescaped)
		}
		if strings.Contains(lower, "leakcheck") {
			out = append(out, "carries a typed value (\"leakcheck\"): "+r.String())
			continue
		}
		for _, v := range values {
			for _, form := range encodings(v) {
				if strings.Contains(hay, form) {
					out = append(out, fmt.Sprintf("carries %q as %q: %s", v, form, r))
				}
			}
		}
	}
	return out
}

// TestLeakDetector: the checks below can fail.
func TestLeakDetector(t *testing.T) {
	origin := "http://127.0.0.1:1"
	values := []string{"Großleckersdorf", leakIBAN}
	tests := []struct {
		name string
		r    recorded
		want bool
	}{
		{"clean", recorded{URL: origin + "/web/app.wasm", Header: "Accept: */*"}, false},
		{"another origin", recorded{URL: "https://cdn.example/x.js"}, true},
		{"blob of the origin", recorded{URL: "blob:" + origin + "/abc"}, false},
		{"query-encoded city", recorded{URL: origin + "/?c=Gro%C3%9Fleckersdorf"}, true},
		{"json-escaped city in a body", recorded{URL: origin + "/x", Body: `{"c":"Gro\u00dfleckersdorf"}`}, true},
		{"IBAN without spaces in a header", recorded{URL: origin + "/x", Header: "X-A: " + strings.ReplaceAll(leakIBAN, " ", "")}, true},
		{"leakcheck in capitals, path-encoded", recorded{URL: origin + "/LEAK%43HECK"}, true},
		{"Chromium's own update check", recorded{Via: "proxy", URL: "http://update.googleapis.com/service/update2/json"}, false},
		{"a typed value to Chromium's services", recorded{Via: "proxy", URL: "http://clients2.google.com/x?c=Gro%C3%9Fleckersdorf"}, true},
		{"a page's request to a Google host", recorded{Via: "devtools", URL: "https://accounts.google.com/x.png"}, true},
		{"web fonts", recorded{Via: "proxy", URL: "https://fonts.googleapis.com:443"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(leaks([]recorded{tt.r}, origin, values)) > 0; got != tt.want {
				t.Errorf("leak found = %v, want %v", got, tt.want)
			}
		})
	}
	if p := check.IBAN(leakIBAN); !p.OK() {
		t.Errorf("%s is not a valid IBAN: %v", leakIBAN, p)
	}
}

func TestPrivacy(t *testing.T) {
	prx := startProxy(t)
	p := StartWith(t,
		chromedp.ProxyServer(prx.URL),
		// Loopback goes through the proxy too (Chromium bypasses it by default).
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
	)
	dev := watchDevtools(t, p)
	b := &wizBrowser{t: t, page: p, ctx: p.Ctx, base: p.Site.URL, download: t.TempDir(), width: 1280, height: 800}
	b.do(
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: b.download, EventsEnabled: ptrTo(true),
			})
			return err
		}),
		b.emulate(1280, 800, false),
	)

	// The objection to Meta, from the first step.
	b.open("/?lang=en")
	b.step(1, false)
	b.click(`label[for="task-objection"]`)
	b.next(2)
	b.click(`label[for="company-meta"]`)
	b.next(3)
	for _, id := range []string{"f-name", "f-street", "f-postalCode", "f-city", "f-email", "f-account"} {
		b.typeInto(id, typed.objection[id])
	}
	b.choose("f-country", "DE")
	b.blur()
	b.next(4)
	b.click(`label[for="f-reasons-children"]`)
	b.typeInto("f-reason", typed.objection["f-reason"])
	b.blur()
	b.next(5)
	wantContains(t, "objection", b.text(".sheet"), typed.objection["f-name"], typed.objection["f-city"])
	b.next(6)
	wantContains(t, "PDF", pdfText(t, b.downloadAfter("#pdf-objection")), typed.objection["f-name"])
	b.downloadAfter("#eml-objection")
	b.downloadAfter("#ics-objection")
	wantContains(t, "mailto", b.attr("#mailto-objection", "href"), "Leakcheck")

	// The claim against LinkedIn, from an advocacy link, in German.
	b.open("/?lang=de&letter=damages&controller=linkedin")
	b.step(3, false)
	for _, id := range []string{"f-name", "f-street", "f-city", "f-email", "f-account"} {
		b.typeInto(id, typed.damages[id])
	}
	b.typeInto("f-postalCode", "50667")
	b.choose("f-country", "DE")
	b.blur()
	b.next(4)
	b.click(`label[for="f-harms-control"]`)
	b.typeInto("f-harmText", typed.damages["f-harmText"])
	b.typeInto("f-iban", leakIBAN)
	b.blur()
	b.next(5)
	wantContains(t, "claim", b.text(".sheet"), typed.damages["f-name"], leakIBAN)
	b.next(6)
	wantContains(t, "PDF", pdfText(t, b.downloadAfter("#pdf-damages")), typed.damages["f-name"])
	b.downloadAfter("#eml-damages")

	// Nothing kept, no cookie, before the person opts in.
	if w := dev.Writes(); len(w) > 0 {
		t.Errorf("written to storage before the person opted in: %v", w)
	}
	if n := wizEval[int](b, `localStorage.length + sessionStorage.length`); n != 0 {
		t.Errorf("%d keys in Web Storage before the person opted in", n)
	}
	if c := wizEval[string](b, `document.cookie`); c != "" {
		t.Errorf("document.cookie = %q", c)
	}
	cookies, err := chromedp.Call(p.Ctx, storage.GetCookies, storage.GetCookiesParams{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cookies.Cookies {
		t.Errorf("cookie set: %s=%s for %s", c.Name, c.Value, c.Domain)
	}
	if n := wizEval[int](b, `indexedDB.databases().then(d => d.length)`); n != 0 {
		t.Errorf("%d IndexedDB databases", n)
	}
	// The service worker's cache holds the app's own files only.
	cached := wizEval[[]string](b, `(async () => { const out = [];
		for (const name of await caches.keys()) { for (const r of await (await caches.open(name)).keys()) out.push(name + " " + r.url) }
		return out })()`)
	if len(cached) == 0 {
		t.Error("nothing in the service worker's cache: was the app installed?")
	}
	for _, c := range cached {
		name, u, _ := strings.Cut(c, " ")
		if !strings.HasPrefix(name, "objector-") || !strings.HasPrefix(u, p.Site.URL+"/") || strings.Contains(strings.ToLower(u), "leakcheck") {
			t.Errorf("cached: %s", c)
		}
	}

	// The case file: the claim recorded as sent (with a reference only the
	// person knows), answered with a refusal, and the complaint to the
	// authority written and made a PDF. It lives in the tab only: nothing
	// is kept on the device without the switch.
	writesBefore := len(dev.Writes())
	b.click("#sent-damages")
	b.page.WaitFor(`document.getElementById("sent-reference-damages") !== null`)
	b.typeInto("sent-reference-damages", leakReference)
	b.click("#sent-save-damages")
	b.click("#sent-cases-damages")
	b.page.WaitFor(`location.pathname === "/cases" && document.querySelectorAll(".case-card").length === 1`)
	id := wizEval[string](b, `document.querySelector(".case-card").dataset.case`)
	b.click("#next-" + id)
	b.page.WaitFor(fmt.Sprintf(`document.getElementById("answer-%s") !== null`, id))
	b.choose("answer-"+id, "refused")
	b.click("#record-save-" + id)
	b.page.WaitFor(fmt.Sprintf(`document.getElementById("case-%s").innerText.includes("Beschwerde")`, id))
	b.click("#next-" + id)
	b.page.WaitFor(fmt.Sprintf(`document.getElementById("fu-pdf-%s") !== null`, id))
	wantContains(t, "complaint PDF", pdfText(t, b.downloadAfter("#fu-pdf-"+id)), typed.damages["f-name"], leakReference)
	if n := wizEval[int](b, `localStorage.length`); n != 0 {
		t.Errorf("%d keys in localStorage without the switch", n)
	}
	if n := len(dev.Writes()); n == writesBefore {
		t.Error("the case was not kept for the tab (sessionStorage)")
	}

	// Every request, as the proxy, DevTools and the server saw it.
	var values []string
	for _, m := range []map[string]string{typed.objection, typed.damages} {
		for id, v := range m {
			if id != "f-postalCode" {
				values = append(values, v)
			}
		}
	}
	values = append(values, leakIBAN, leakReference)
	var all []recorded
	all = append(all, prx.Requests()...)
	all = append(all, dev.Requests()...)
	for _, r := range p.Site.FullRequests() {
		var hdr strings.Builder
		r.Header.Write(&hdr)
		all = append(all, recorded{Via: "server", Method: r.Method, URL: p.Site.URL + r.URI, Header: hdr.String(), Body: string(r.Body)})
	}
	if n := len(prx.Requests()); n < 10 {
		t.Fatalf("the proxy saw %d requests: is the browser using it?", n)
	}
	for _, l := range leaks(all, p.Site.URL, values) {
		t.Error(l)
	}
	t.Logf("%d requests checked (%d through the proxy, %d DevTools events, %d at the server), %d typed values in up to %d forms each",
		len(all), len(prx.Requests()), len(dev.Requests()), len(p.Site.FullRequests()), len(values), len(encodings("a ä")))

	// The storage watch works: opting in is the first write.
	before := len(dev.Writes())
	b.click(`label[for="keep-draft"]`)
	deadline := time.Now().Add(10 * time.Second)
	for len(dev.Writes()) == before && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if len(dev.Writes()) == before {
		t.Error("DevTools reported no storage write after opting in: the storage check is blind")
	}
	b.page.NoConsoleErrors()
}
