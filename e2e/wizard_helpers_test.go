package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// The wizard's browser tests drive the real app in headless Chromium as a
// person would: they type into fields, click buttons, and read what the page
// shows and what it downloads.

// wizBrowser is one headless Chromium tab on the app.
type wizBrowser struct {
	t        *testing.T
	page     *Page
	ctx      context.Context
	base     string
	download string
	width    int64
	height   int64
	dark     bool
}

// wizOpen starts a fresh browser (its own profile: no storage, no service
// worker from an earlier test) on the static site, at the given viewport.
func wizOpen(t *testing.T, width, height int64) *wizBrowser {
	t.Helper()
	p := Start(t)
	b := &wizBrowser{t: t, page: p, ctx: p.Ctx, base: p.Site.URL, download: t.TempDir(), width: width, height: height}
	b.do(
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior:      browser.SetDownloadBehaviorBehaviorAllowAndName,
				DownloadPath:  b.download,
				EventsEnabled: ptrTo(true),
			})
			return err
		}),
		b.emulate(width, height, false),
	)
	return b
}

func ptrTo[T any](v T) *T { return &v }

// emulate sets the viewport and the colour scheme.
func (b *wizBrowser) emulate(width, height int64, dark bool) chromedp.Action[chromedp.Void] {
	scheme := "light"
	if dark {
		scheme = "dark"
	}
	b.width, b.height, b.dark = width, height, dark
	mobile := width < 600
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
			Width: width, Height: height, DeviceScaleFactor: 1, Mobile: mobile,
		}); err != nil {
			return err
		}
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	})
}

func (b *wizBrowser) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.t.Fatal(err)
	}
}

// wizEval evaluates a JavaScript expression and decodes its value.
func wizEval[T any](b *wizBrowser, expr string) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("eval %s: %v", expr, err)
	}
	return v
}

// open loads a page of the app and waits until the wasm has mounted.
func (b *wizBrowser) open(path string) {
	b.t.Helper()
	b.page.Open(path)
}

// step waits until the wizard shows step n, and checks that the focus moved
// to its heading.
func (b *wizBrowser) step(n int, focused bool) {
	b.t.Helper()
	b.do(chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelector('.step[data-step="%d"] h1') !== null`, n), chromedp.WithPollingTimeout(30*time.Second)))
	if focused {
		b.do(chromedp.Poll[chromedp.Void](`document.activeElement && document.activeElement.id === "step-title"`, chromedp.WithPollingTimeout(20*time.Second)))
	}
}

// typeInto types text into a field as a person would, after emptying it.
func (b *wizBrowser) typeInto(id, text string) {
	b.t.Helper()
	sel := chromedp.CSS("#" + id)
	b.do(
		chromedp.Focus(sel),
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
				`(() => { const e = document.getElementById(%q); e.select && e.select(); })()`, id)))
			return err
		}),
		chromedp.KeyEvent("\b"),
		chromedp.SendKeys(sel, text),
	)
}

// choose picks an option of a select, as a change event.
func (b *wizBrowser) choose(id, value string) {
	b.t.Helper()
	wizEval[bool](b, fmt.Sprintf(chooseJS, id, value))
}

// chooseJS sets a select (id, value) and fires its change event.
const chooseJS = `(() => { const e = document.getElementById(%q); e.focus(); e.value = %q;
	e.dispatchEvent(new Event("change", {bubbles: true})); return true })()`

// blur leaves the focused field, as pressing Tab away would.
func (b *wizBrowser) blur() {
	b.t.Helper()
	wizEval[bool](b, `(() => { document.activeElement && document.activeElement.blur(); return true })()`)
}

// click clicks an element as a person would, once it has stopped moving:
// chromedp clicks at the element's coordinates, and a late layout shift (a
// web font arriving, the live preview growing) on a busy machine would send
// the click to whatever moved under them.
func (b *wizBrowser) click(css string) {
	b.t.Helper()
	wizEval[bool](b, fmt.Sprintf(settleJS, css))
	b.do(chromedp.Click(chromedp.CSS(css)))
}

// settleJS resolves when the element exists and kept its place for two
// frames, after the fonts loaded (bounded: it gives up after ~200 frames and
// lets the click report what it finds).
const settleJS = `(async (sel) => {
	await document.fonts.ready;
	const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
	let last = "";
	for (let i = 0; i < 200; i++) {
		const e = document.querySelector(sel);
		const r = e ? JSON.stringify(e.getBoundingClientRect()) : "";
		if (e && r === last) return true;
		last = r;
		await frame();
	}
	return false;
})(%q)`

// next presses Next and expects step n with the focus on its heading.
func (b *wizBrowser) next(n int) {
	b.t.Helper()
	b.click("#next")
	b.step(n, true)
}

func (b *wizBrowser) back(n int) {
	b.t.Helper()
	b.click("#back")
	b.step(n, true)
}

func (b *wizBrowser) value(id string) string {
	b.t.Helper()
	return wizEval[string](b, fmt.Sprintf(`document.getElementById(%q).value`, id))
}

func (b *wizBrowser) text(css string) string {
	b.t.Helper()
	return wizEval[string](b, fmt.Sprintf(`(() => { const e = document.querySelector(%q); return e ? e.innerText : "" })()`, css))
}

func (b *wizBrowser) attr(css, name string) string {
	b.t.Helper()
	return wizEval[string](b, fmt.Sprintf(`(() => { const e = document.querySelector(%q); return e ? (e.getAttribute(%q) || "") : "" })()`, css, name))
}

// wantInvalid checks that a field is refused at the field: aria-invalid,
// and aria-describedby naming a message that says something.
func (b *wizBrowser) wantInvalid(field string) string {
	b.t.Helper()
	id := "#f-" + strings.ReplaceAll(field, ".", "-")
	errID := "err-" + strings.ReplaceAll(field, ".", "-")
	b.do(chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelector(%q).getAttribute("aria-invalid") === "true"`, id), chromedp.WithPollingTimeout(20*time.Second)))
	if d := b.attr(id, "aria-describedby"); !strings.Contains(d, errID) {
		b.t.Errorf("%s: aria-describedby %q does not name %s", field, d, errID)
	}
	msg := b.text("#" + errID)
	if strings.TrimSpace(msg) == "" || strings.Contains(msg, "⟦") {
		b.t.Errorf("%s: message %q", field, msg)
	}
	return msg
}

func (b *wizBrowser) wantValid(field string) {
	b.t.Helper()
	id := "#f-" + strings.ReplaceAll(field, ".", "-")
	b.do(chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelector(%q).getAttribute("aria-invalid") !== "true"`, id), chromedp.WithPollingTimeout(20*time.Second)))
}

// downloadAfter clicks a button and returns the file the browser saved.
func (b *wizBrowser) downloadAfter(css string) []byte {
	b.t.Helper()
	before := map[string]bool{}
	entries, _ := os.ReadDir(b.download)
	for _, e := range entries {
		before[e.Name()] = true
	}
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	progress := chromedp.Events(ctx, browser.DownloadProgress)
	b.click(css)
	for ev, err := range progress {
		if err != nil {
			b.t.Fatalf("download after %s: %v", css, err)
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			b.t.Fatalf("download after %s canceled", css)
		}
		if ev.State != browser.DownloadProgressStateCompleted {
			continue
		}
		data, err := os.ReadFile(filepath.Join(b.download, ev.GUID))
		if err != nil {
			b.t.Fatal(err)
		}
		return data
	}
	b.t.Fatalf("no download after %s", css)
	return nil
}

// wizShots is where screenshots go (git-ignored).
const wizShots = "screenshots"

// screenshots captures the page at phone and desktop size, light and dark,
// runs axe-core on each, and restores the viewport the test runs at.
func (b *wizBrowser) screenshots(name string) {
	b.t.Helper()
	w, h, dark := b.width, b.height, b.dark
	for _, size := range [][2]int64{{390, 844}, {1280, 800}} {
		for _, scheme := range []bool{false, true} {
			b.do(b.emulate(size[0], size[1], scheme))
			label := fmt.Sprintf("%s-%dx%d-%s", name, size[0], size[1], map[bool]string{false: "light", true: "dark"}[scheme])
			var png []byte
			if err := chromedp.Do(b.ctx, chromedp.Sleep(150*time.Millisecond)); err != nil {
				b.t.Fatal(err)
			}
			png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
			if err != nil {
				b.t.Fatal(err)
			}
			b.saveShot(label, png)
			b.axe(label)
			if size[0] == 390 && !scheme {
				if small := wizEval[string](b, smallTargets); small != "" {
					b.t.Errorf("%s: touch targets under 44px: %s", label, small)
				}
			}
		}
	}
	// The narrowest phone: nothing may need sideways scrolling.
	b.do(b.emulate(320, 640, false), chromedp.Sleep(100*time.Millisecond))
	if over := wizEval[string](b, `(() => {
		const w = document.documentElement.clientWidth;
		return [...document.querySelectorAll("body *")].filter(e => {
			const r = e.getBoundingClientRect();
			return r.width > 0 && r.right > w + 1 && !e.closest(".print-only, .visually-hidden");
		}).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + "." + e.className).join(", ");
	})()`); over != "" {
		b.t.Errorf("%s at 320px: wider than the screen: %s", name, over)
	}
	b.do(b.emulate(w, h, dark))
}

// axeSource is axe-core's script, installed by make (see AXE in the
// Makefile) into a git-ignored folder.
func axeSource() string {
	for _, p := range []string{os.Getenv("AXE_CORE_JS"), ".deps/node_modules/axe-core/axe.min.js"} {
		if p == "" {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			return string(b)
		}
	}
	return ""
}

// axe runs axe-core on the page and fails on serious or critical
// violations (WCAG 2.1 A and AA rules).
func (b *wizBrowser) axe(label string) {
	b.t.Helper()
	src := axeSource()
	if src == "" {
		if os.Getenv(EnvVar) != "" {
			b.t.Fatal("axe-core is not installed: run make e2e")
		}
		b.t.Log("axe-core not installed (make e2e installs it): accessibility checks skipped")
		return
	}
	// Evaluated through DevTools, which the page's Content-Security-Policy
	// (script-src 'self') does not govern; a <script> element would be refused.
	if !wizEval[bool](b, `typeof window.axe === "object"`) {
		if _, err := chromedp.Run(b.ctx, chromedp.Evaluate[chromedp.Void](src)); err != nil {
			b.t.Fatalf("loading axe-core: %v", err)
		}
	}
	res := wizEval[string](b, `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}, resultTypes: ["violations"]})
		.then(r => JSON.stringify(r.violations.filter(v => v.impact === "serious" || v.impact === "critical")
		.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ") + " " + (n.failureSummary || ""))}))))`)
	var violations []struct {
		ID, Impact, Help string
		Nodes            []string
	}
	if err := json.Unmarshal([]byte(res), &violations); err != nil {
		b.t.Fatalf("axe: %v: %s", err, res)
	}
	for _, v := range violations {
		b.t.Errorf("axe %s: %s (%s): %s\n  %s", label, v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n  "))
	}
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// person is what "about you" (step 3) asks for.
type person struct{ name, street, postalCode, city, country, email, account string }

var (
	janJansen     = person{"Jan Jansen", "Damrak 1", "1012 LG", "Amsterdam", "NL", "jan@example.nl", "jan@example.nl"}
	anaSilva      = person{"Ana Silva", "Rua Augusta 10", "1100-053", "Lisboa", "PT", "ana@example.pt", "@anasilva"}
	maxMustermann = person{"Max Mustermann", "Musterweg 3", "10115", "Berlin", "DE", "max@example.org", "https://www.linkedin.com/in/max"}
)

// objectionToSend goes from "about you" (step 3) to the send step of an
// objection: p typed in, the one ground reason ticked.
func (b *wizBrowser) objectionToSend(p person, reason string) {
	b.t.Helper()
	b.fillAbout(p)
	b.next(4)
	b.click(`label[for="f-reasons-` + reason + `"]`)
	b.next(5)
	b.next(6)
}

// saveShot writes a screenshot into screenshots/ (git-ignored).
func (b *wizBrowser) saveShot(name string, png []byte) {
	b.t.Helper()
	if err := os.MkdirAll(wizShots, 0o755); err != nil {
		b.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(wizShots, name+".png"), png, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// fillAbout types p into "about you", field by field as a person would.
func (b *wizBrowser) fillAbout(p person) {
	b.t.Helper()
	fillAboutForm(b, p)
}

// aboutForm is a browser that can fill "about you": Chromium's wizBrowser
// and the other engines' enginePage.
type aboutForm interface {
	typeInto(id, text string)
	choose(id, value string)
}

// fillAboutForm types p into "about you", field by field.
func fillAboutForm(f aboutForm, p person) {
	f.typeInto("f-name", p.name)
	f.typeInto("f-street", p.street)
	f.typeInto("f-postalCode", p.postalCode)
	f.typeInto("f-city", p.city)
	f.choose("f-country", p.country)
	f.typeInto("f-email", p.email)
	f.typeInto("f-account", p.account)
}
