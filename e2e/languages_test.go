package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/objector-eu/objector/locales"
)

// A person in each script: Latin with diacritics (Polish), Greek and
// Cyrillic (Bulgarian), with an address their country's checks accept.
var scriptPeople = []struct {
	lang, name, street, postalCode, city, country string
}{
	{"pl", "Zofia Wiśniewska-Łąkowska", "ul. Świętokrzyska 12", "00-916", "Warszawa", "PL"},
	{"el", "Γεώργιος Παπαδόπουλος", "Ερμού 10", "105 63", "Αθήνα", "GR"},
	{"bg", "Цветелина Йорданова", "ул. Витоша 15", "1000", "София", "BG"},
}

// TestLanguagesThroughScripts switches the interface through a Latin, a
// Greek and a Cyrillic language with the language menu and, in each,
// checks the page's language and text against that language's message
// files, that no message is missing anywhere in the page, that the letter
// preview is drawn entirely in the shipped font (no glyph from a system
// fallback), and that the downloaded PDF cites the regulation by the
// language's own name and carries the person's name.
func TestLanguagesThroughScripts(t *testing.T) {
	bundle, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	b := wizOpen(t, 1280, 800)
	for i, p := range scriptPeople {
		l := bundle.Localizer(p.lang)
		// Each journey starts afresh, in English, and switches from there.
		if i == 0 {
			b.open("/?lang=en")
		} else {
			b.open("/")
		}
		b.step(1, false)
		b.choose("ui-lang", p.lang)
		b.do(chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.documentElement.lang === %q`, p.lang)))
		wantText(t, b, p.lang, "h1", l.T("Wizard.Task.Title"))
		// The new language's select replaced the one the person used; the
		// focus and the choice are on it.
		if got := wizEval[string](b, `(() => { const s = document.getElementById("ui-lang");
			return (document.activeElement === s) + " " + s.value })()`); got != "true "+p.lang {
			t.Errorf("%s: the language select after the choice: focused and value %q, want %q", p.lang, got, "true "+p.lang)
		}
		noMissingMessage(t, b, p.lang+" step 1")

		b.click(`label[for="task-objection"]`)
		b.next(2)
		b.click(`label[for="company-meta"]`)
		b.do(chromedp.Poll[chromedp.Void](`document.getElementById("company-meta").checked`))
		b.next(3)
		insertInto(b, "f-name", p.name)
		insertInto(b, "f-street", p.street)
		insertInto(b, "f-postalCode", p.postalCode)
		insertInto(b, "f-city", p.city)
		b.choose("f-country", p.country)
		b.typeInto("f-email", "person@example.org")
		b.typeInto("f-account", "person.example")
		b.blur()
		b.next(4)
		b.click(`label[for="f-reasons-health"]`)
		b.next(5)

		wantText(t, b, p.lang, "h1", l.T("Wizard.Review.Title"))
		if got := b.attr(".sheet", "lang"); got != p.lang {
			t.Errorf("%s: the letter is in %q, want the interface's language", p.lang, got)
		}
		wantContains(t, p.lang+" preview", b.text(".sheet"), p.name, l.T("Letter.Cite.GDPR"), l.T("Letter.Cite.Art21_1"))
		noMissingMessage(t, b, p.lang+" review")
		sheetInShippedFont(t, b, p.lang)

		b.next(6)
		noMissingMessage(t, b, p.lang+" send")
		text := pdfText(t, b.downloadAfter("#pdf-objection"))
		wantContains(t, p.lang+" PDF", text, p.name, l.T("Letter.Cite.GDPR"))
	}
	b.page.NoConsoleErrors()
}

// TestLanguageChoice checks the order of the interface language: without
// ?lang= the browser's languages decide (German here); ?lang= wins over
// them.
func TestLanguageChoice(t *testing.T) {
	bundle, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	b := wizOpen(t, 390, 844)
	b.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{
			UserAgent:      wizEval[string](b, `navigator.userAgent`),
			AcceptLanguage: "de-DE,de;q=0.9,en;q=0.5",
		})
		return err
	}))
	for _, tc := range []struct{ path, want string }{
		{"/", "de"},
		{"/?lang=el", "el"},
	} {
		b.open(tc.path)
		b.step(1, false)
		if got := b.attr("html", "lang"); got != tc.want {
			t.Errorf("%s with browser languages de-DE, de: <html lang=%q>, want %q", tc.path, got, tc.want)
		}
		wantText(t, b, tc.path, "h1", bundle.Localizer(tc.want).T("Wizard.Task.Title"))
	}
	b.page.NoConsoleErrors()
}

// insertInto enters text into an emptied field as a keyboard's input
// method does (Input.insertText): chromedp's key table maps some Latin
// Extended-A letters, ą among them, to control keys, so SendKeys cannot
// type them.
func insertInto(b *wizBrowser, id, text string) {
	b.t.Helper()
	b.typeInto(id, "")
	b.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: text})
		return err
	}))
	if got := b.value(id); got != text {
		b.t.Fatalf("%s holds %q after entering %q", id, got, text)
	}
}

// wantText checks an element's text.
// It gives the page a moment: a language arrives by fetch, and <html lang>
// changes a render before the text does.
func wantText(t *testing.T, b *wizBrowser, where, sel, want string) {
	t.Helper()
	chromedp.Do(b.ctx, chromedp.Poll[chromedp.Void](fmt.Sprintf(
		`(() => { const e = document.querySelector(%q); return !!e && e.textContent.trim() === %q })()`, sel, want),
		chromedp.WithPollingTimeout(10*time.Second)))
	if got := strings.TrimSpace(b.text(sel)); got != want {
		t.Errorf("%s: %s reads %q, want %q", where, sel, got, want)
	}
}

// noMissingMessage fails when a missing message (⟦ID⟧) shows anywhere in
// the page: its text, its attributes (labels, titles, placeholders) or
// its title.
func noMissingMessage(t *testing.T, b *wizBrowser, where string) {
	t.Helper()
	got := wizEval[string](b, `(() => {
		const all = document.title + "\n" + document.documentElement.outerHTML;
		const i = all.indexOf("`+locales.MissingOpen+`");
		return i < 0 ? "" : all.slice(Math.max(0, i - 80), i + 80);
	})()`)
	if got != "" {
		t.Errorf("%s: a missing message in the page: …%s…", where, got)
	}
}

// sheetInShippedFont checks that the letter preview's text is drawn in
// the font the app ships (web/fonts, loaded through @font-face), and in
// no other: a character the font lacked would be drawn from a system
// font, or as a missing glyph.
func sheetInShippedFont(t *testing.T, b *wizBrowser, lang string) {
	t.Helper()
	loaded := wizEval[int](b, `document.fonts.ready.then(() => [...document.fonts]
		.filter(f => f.family.replace(/"/g, "") === "Objector Sans" && f.status === "loaded").length)`)
	if loaded != 2 {
		t.Errorf("%s: %d faces of the shipped font loaded, want regular and bold", lang, loaded)
	}
	ids, err := chromedp.Run(b.ctx, chromedp.QueryNodeIDs(chromedp.CSSAll(".sheet p, .sheet li")))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(b.ctx, css.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	glyphs, other := 0, map[string]int{}
	for _, id := range ids {
		res, err := chromedp.Call(b.ctx, css.GetPlatformFontsForNode, css.GetPlatformFontsForNodeParams{NodeID: id})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range res.Fonts {
			if !f.IsCustomFont || !strings.HasPrefix(f.FamilyName, "DejaVu Sans") {
				other[fmt.Sprintf("%s (downloaded: %v)", f.FamilyName, f.IsCustomFont)] += int(f.GlyphCount)
			}
			glyphs += int(f.GlyphCount)
		}
	}
	if len(other) > 0 {
		t.Errorf("%s: glyphs of the letter preview drawn in fonts other than the shipped DejaVu Sans: %v", lang, other)
	}
	if glyphs < 500 {
		t.Errorf("%s: only %d glyphs found in the letter preview", lang, glyphs)
	}
}
