package e2e

import (
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/wizard"
	"github.com/objector-eu/objector/locales"
)

// layoutShots names language and step pairs ("el:3,de:2") that
// TestPhoneLayout photographs at 390 px into screenshots/, for the
// before-and-after pictures of docs/screens/; every pair with a problem is
// photographed anyway.
var layoutShots = flag.String("layoutshots", "", "language:step pairs TestPhoneLayout photographs, e.g. el:3,de:2")

// phoneWidth is a common phone's viewport (iPhone 12 to 15).
const phoneWidth = 390

// TestPhoneLayout walks every step of the wizard, both letters chosen and
// a company typed in by hand so that every field shows, in each of the 24
// languages on a 390 px wide phone, and checks on each step that
//   - no word of a label, legend, button or heading is broken where the
//     language's line breaking (with hyphenation, where the element asks
//     for it) allows no break: a break inside a word must be one the browser
//     would also make with overflow-wrap off, so a hyphenation point (shown
//     with a hyphen) or after a hyphen or a slash, never a cut such as
//     "Ταχυδρομικ|ός";
//   - the controls of fields side by side in one row (postal code and
//     city) start at the same height, whatever their labels' lengths;
//   - nothing reaches past the screen's right edge.
//
// One page load: the draft is seeded in storage, the language changes with
// the app's own menu, the steps with Next and Back.
func TestPhoneLayout(t *testing.T) {
	bundle, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	shots := map[string]bool{}
	for _, s := range strings.Split(*layoutShots, ",") {
		if s = strings.TrimSpace(s); s != "" {
			shots[s] = true
		}
	}
	b := wizOpen(t, phoneWidth, 844)
	openWithDraft(b, "/?lang=en", everyFieldDraft())
	b.step(int(wizard.StepTask), false)
	// The check runs through DevTools, which the page's Content Security
	// Policy does not govern.
	if _, err := chromedp.Run(b.ctx, chromedp.Evaluate[chromedp.Void](layoutCheckJS)); err != nil {
		t.Fatalf("loading the layout check: %v", err)
	}

	langs := bundle.Languages()
	if len(langs) != 24 {
		t.Fatalf("%d languages, want the 24 of the EU", len(langs))
	}
	steps := []int{1, 2, 3, 4, 5, 6}
	breaks, misaligned, pairs := 0, 0, 0
	for _, lang := range langs {
		b.choose("ui-lang", lang)
		b.do(chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.documentElement.lang === %q && document.getElementById("step-title").textContent !== ""`, lang)))
		wantText(t, b, lang, "h1", bundle.Localizer(lang).T(stepTitle(steps[0])))
		for j, n := range steps {
			if j > 0 {
				if steps[j] > steps[j-1] {
					b.next(n)
				} else {
					b.back(n)
				}
				wantText(t, b, lang, "h1", bundle.Localizer(lang).T(stepTitle(n)))
			}
			if _, err := chromedp.Run(b.ctx, chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelectorAll(%q).length === %d`,
				everyFieldShows[n].css, everyFieldShows[n].count), chromedp.WithPollingTimeout(10*time.Second))); err != nil {
				t.Fatalf("%s step %d: the seeded draft does not show every field (%s): %v", lang, n, everyFieldShows[n].css, err)
			}
			var found struct {
				Breaks, Rows, Wide []string
				Pairs              int
			}
			if err := json.Unmarshal([]byte(wizEval[string](b, `objectorLayoutCheck()`)), &found); err != nil {
				t.Fatal(err)
			}
			for _, p := range found.Breaks {
				t.Errorf("%s step %d: a word broken where it may not be: %s", lang, n, p)
			}
			for _, p := range found.Rows {
				t.Errorf("%s step %d: fields side by side not aligned: %s", lang, n, p)
			}
			for _, p := range found.Wide {
				t.Errorf("%s step %d: wider than the screen: %s", lang, n, p)
			}
			pairs += found.Pairs
			breaks += len(found.Breaks)
			misaligned += len(found.Rows)
			key := fmt.Sprintf("%s:%d", lang, n)
			if shots[key] || len(found.Breaks)+len(found.Rows)+len(found.Wide) > 0 {
				layoutScreenshot(b, fmt.Sprintf("phone-%s-step%d", lang, n))
			}
		}
		// Back the other way in the next language: no walk back to step 1.
		for l, r := 0, len(steps)-1; l < r; l, r = l+1, r-1 {
			steps[l], steps[r] = steps[r], steps[l]
		}
	}
	if want := 2 * len(langs); pairs != want { // postal code and city, twice
		t.Errorf("%d pairs of fields side by side compared, want %d", pairs, want)
	}
	t.Logf("%d languages × %d steps at %d px: %d words broken inside, %d rows misaligned", len(langs), len(steps), phoneWidth, breaks, misaligned)
	b.page.NoConsoleErrors()
}

// stepTitle is the message ID of step n's heading.
func stepTitle(n int) string {
	return "Wizard." + [...]string{"Task", "Company", "About", "Situation", "Review", "Send"}[n-1] + ".Title"
}

// everyFieldShows is, for each step, what shows only when the seeded
// draft was restored: both letters, the company typed in.
var everyFieldShows = map[int]struct {
	css   string
	count int
}{
	1: {"#task-both:checked", 1},
	2: {"#company-other:checked, #f-otherController-postalCode, #f-otherController-city", 3},
	3: {"#f-postalCode, #f-city", 2},
	4: {"#f-reasons-health:checked, #f-harms-control:checked, #f-amount, #f-currency", 4},
	5: {`.sheet[data-kind="objection"], .sheet[data-kind="damages"]`, 2},
	6: {"#pdf-objection, #pdf-damages", 2},
}

// everyFieldDraft is a complete draft that shows every field the wizard
// has: both letters, and a company typed in by hand.
func everyFieldDraft() wizard.Draft {
	d := wizard.NewDraft()
	d.Task = wizard.TaskBoth
	d.ChooseManual()
	*d.Facts.Other = letter.ManualController{Name: "Example Ltd", Street: "1 Example Street", PostalCode: "D02 X285", City: "Dublin", Country: "IE", Email: "privacy@example.ie"}
	p := maxMustermann
	d.Facts.Name, d.Facts.Street, d.Facts.PostalCode, d.Facts.City, d.Facts.Country = p.name, p.street, p.postalCode, p.city, p.country
	d.Facts.Email, d.Facts.Account = p.email, p.account
	d.Facts.Reasons = []string{letter.ObjectionReasons[0]}
	d.Facts.Harms = []string{letter.Harms[0]}
	d.Facts.IBAN = "DE89370400440532013000"
	return d
}

// openWithDraft opens path with d stored as a kept draft, as the app
// would have it after the person turned "Keep my draft" on: the app
// restores it as it starts.
func openWithDraft(b *wizBrowser, path string, d wizard.Draft) {
	b.t.Helper()
	// Written before the page's own scripts run, in this one document only.
	seed := fmt.Sprintf(`localStorage.setItem(%s, %s); localStorage.setItem(%s, %s);`,
		jsString(wizard.DraftKey), jsString(wizard.EncodeDraft(d)),
		jsString(wizard.SettingsKey), jsString(wizard.EncodeSettings(wizard.Settings{KeepDraft: true})))
	added, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: seed})
	if err != nil {
		b.t.Fatal(err)
	}
	b.open(path)
	if _, err := chromedp.Call(b.ctx, page.RemoveScriptToEvaluateOnNewDocument, page.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: added.Identifier}); err != nil {
		b.t.Fatal(err)
	}
}

// layoutScreenshot saves the step at phone width into screenshots/ (git-ignored).
func layoutScreenshot(b *wizBrowser, name string) {
	b.t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.Screenshot(chromedp.CSS(".workspace-main")))
	if err != nil {
		b.t.Fatal(err)
	}
	b.saveShot(name, png)
}

// layoutCheckJS defines objectorLayoutCheck(), which returns (as JSON)
// the words of labels, legends, buttons and headings broken where no line
// break may fall, and the rows whose side-by-side controls start at
// different heights.
//
// Where a break may fall is asked of the browser itself: the word alone,
// in the same font, language and hyphens setting but with overflow-wrap
// and word-break off, in a box of no width breaks at every opportunity it
// has (after a hyphen, at a hyphenation point), and at nothing else.
const layoutCheckJS = `window.objectorLayoutCheck = async () => {
	await document.fonts.ready;
	const texts = "label, legend, h1, h2, h3, button, .btn, summary";
	const hidden = ".visually-hidden, .print-only, .sheet, [hidden]";
	const probe = document.createElement("div");
	probe.style.cssText = "position:absolute;left:0;top:0;width:0;visibility:hidden;overflow-wrap:normal;word-break:normal;white-space:normal;padding:0;border:0;line-height:2";
	document.body.append(probe);
	// lineStarts: the offsets in text node n, from start to end, where a
	// new line begins.
	const lineStarts = (n, start, end) => {
		const r = document.createRange(), out = [];
		let top = null;
		for (let i = start; i < end; i++) {
			r.setStart(n, i); r.setEnd(n, i + 1);
			const rect = [...r.getClientRects()].find(x => x.width > 0);
			if (!rect) continue;
			if (top !== null && rect.top > top + rect.height / 2) out.push(i - start);
			top = rect.top;
		}
		return out;
	};
	const allowed = (word, el) => {
		const cs = getComputedStyle(el);
		const span = document.createElement("span");
		for (const p of ["font-family", "font-size", "font-weight", "font-style", "font-stretch", "letter-spacing", "text-transform", "hyphens", "-webkit-hyphens", "hyphenate-limit-chars"]) {
			const v = cs.getPropertyValue(p);
			if (v) span.style.setProperty(p, v);
		}
		const langEl = el.closest("[lang]");
		probe.lang = langEl ? langEl.lang : "";
		span.textContent = word;
		probe.replaceChildren(span);
		return lineStarts(span.firstChild, 0, word.length);
	};
	const breaks = [];
	for (const el of document.querySelectorAll(texts)) {
		if (el.parentElement.closest(texts) || el.closest(hidden) || el.getClientRects().length === 0) continue;
		const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let n = walk.nextNode(); n; n = walk.nextNode()) {
			if (n.parentElement.closest(hidden)) continue;
			for (const m of n.data.matchAll(/\S+/gu)) {
				const r = document.createRange();
				r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
				const rects = [...r.getClientRects()].filter(x => x.width > 0);
				if (rects.length < 2 || rects.every(x => Math.abs(x.top - rects[0].top) < x.height / 2)) continue;
				const ok = allowed(m[0], n.parentElement);
				for (const k of lineStarts(n, m.index, m.index + m[0].length)) {
					if (!ok.includes(k)) {
						breaks.push(el.tagName.toLowerCase() + (el.htmlFor ? "[for=" + el.htmlFor + "]" : "") + ": " +
							JSON.stringify(m[0].slice(0, k) + " | " + m[0].slice(k)) + " in " + JSON.stringify(el.textContent.trim()));
					}
				}
			}
		}
	}
	probe.remove();
	const rows = [];
	let pairs = 0;
	for (const row of document.querySelectorAll(".row")) {
		if (row.closest(hidden) || row.getClientRects().length === 0) continue;
		const fields = [...row.children].filter(f => f.getClientRects().length > 0);
		for (let i = 1; i < fields.length; i++) {
			const a = fields[i - 1], b = fields[i];
			if (Math.abs(a.getBoundingClientRect().top - b.getBoundingClientRect().top) > 1) continue; // one above the other
			const ca = a.querySelector("input, select, textarea"), cb = b.querySelector("input, select, textarea");
			if (!ca || !cb) continue;
			pairs++;
			const ta = ca.getBoundingClientRect().top, tb = cb.getBoundingClientRect().top;
			if (Math.abs(ta - tb) > 1) {
				rows.push("#" + ca.id + " at " + Math.round(ta) + " px, #" + cb.id + " at " + Math.round(tb) + " px (labels " +
					JSON.stringify(a.querySelector("label").textContent) + ", " + JSON.stringify(b.querySelector("label").textContent) + ")");
			}
		}
	}
	const w = document.documentElement.clientWidth;
	const wide = [...document.querySelectorAll("body *")].filter(e => {
		const r = e.getBoundingClientRect();
		return r.width > 0 && r.right > w + 1 && !e.closest(hidden);
	}).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + " (right edge at " + Math.round(e.getBoundingClientRect().right) + " px)");
	return JSON.stringify({breaks, rows, wide, pairs});
};`
