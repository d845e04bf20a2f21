package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestWizardDraft checks what the wizard keeps on the device: nothing until
// the person turns "Keep my draft" on; then the draft, its step and the
// interface language survive a reload; "Delete everything" wipes it all.
// Steps never add history entries (inside an iframe they would move the
// host page's Back button).
func TestWizardDraft(t *testing.T) {
	b := wizOpen(t, 390, 844)
	b.open("/?letter=objection&controller=linkedin")
	b.step(3, false)
	history := wizEval[int](b, `history.length`)
	b.typeInto("f-name", "Erika Mustermann")
	b.typeInto("f-city", "Köln")
	b.blur()
	b.back(2)
	b.next(3)
	if got := wizEval[int](b, `history.length`); got != history {
		t.Errorf("history.length went from %d to %d: steps must not push history entries", history, got)
	}
	if n := wizEval[int](b, `localStorage.length + sessionStorage.length`); n != 0 {
		t.Errorf("%d keys in storage before the person opted in: %s", n, wizEval[string](b, `JSON.stringify(Object.keys(localStorage))`))
	}

	// Opting in keeps the draft and the interface language.
	b.click(`label[for="keep-draft"]`)
	b.do(chromedp.Poll[chromedp.Void](`(localStorage.getItem("objector.draft") || "").includes("Erika Mustermann")`))
	b.choose("ui-lang", "de")
	b.do(chromedp.Poll[chromedp.Void](`document.documentElement.lang === "de"`))
	b.screenshots("draft-kept")

	b.open("/")
	b.step(3, false)
	if got := b.value("f-name"); got != "Erika Mustermann" {
		t.Errorf("name after reload = %q", got)
	}
	if got := b.value("f-city"); got != "Köln" {
		t.Errorf("city after reload = %q", got)
	}
	if lang := b.attr("html", "lang"); lang != "de" {
		t.Errorf("kept interface language = %q, want de", lang)
	}
	if !wizEval[bool](b, `document.getElementById("keep-draft").checked`) {
		t.Error("the switch is off after reload")
	}

	// Delete everything, after a confirmation.
	b.click("#wipe")
	b.do(chromedp.Poll[chromedp.Void](`document.activeElement && document.activeElement.id === "wipe-no"`))
	b.screenshots("draft-wipe-confirm")
	b.click("#wipe-yes")
	b.do(chromedp.Poll[chromedp.Void](`localStorage.length === 0 && sessionStorage.length === 0`))
	b.step(1, false)
	if msg := b.text(".foot .notice"); strings.TrimSpace(msg) == "" {
		t.Error("no confirmation that everything was deleted")
	}
	b.open("/")
	b.step(1, false)
	if wizEval[bool](b, `document.getElementById("keep-draft").checked`) {
		t.Error("the switch is on after the wipe")
	}
	if n := wizEval[int](b, `localStorage.length`); n != 0 {
		t.Errorf("%d keys left after the wipe", n)
	}
	b.page.NoConsoleErrors()
}

// TestWizardBoth writes both letters: the situation step asks for grounds
// and the claim, the review shows two letters, and the send step offers
// both.
func TestWizardBoth(t *testing.T) {
	b := wizOpen(t, 1280, 800)
	b.open("/?lang=en&letter=both&controller=x")
	b.step(3, false)
	b.fillAbout(anaSilva)
	b.next(4)
	b.click(`label[for="f-reasons-beliefs"]`)
	b.click(`label[for="f-harms-control"]`)
	b.typeInto("f-iban", "PT50 0002 0123 1234 5678 9015 4")
	b.blur()
	b.screenshots("both-4-situation")
	b.next(5)
	if n := wizEval[int](b, `document.querySelectorAll(".sheet").length`); n != 2 {
		t.Fatalf("%d letters in the review, want 2", n)
	}
	wantContains(t, "damages letter", b.text(`.sheet[data-kind="damages"]`), "Ana Silva", "Art. 82")
	b.screenshots("both-5-review")
	b.next(6)
	for _, id := range []string{"#pdf-objection", "#pdf-damages", "#mailto-objection", "#mailto-damages", "#ics-objection", "#ics-damages"} {
		if wizEval[int](b, `document.querySelectorAll(`+jsString(id)+`).length`) != 1 {
			t.Errorf("send step lacks %s", id)
		}
	}
	b.screenshots("both-6-send")
	wantContains(t, "PDF", pdfText(t, b.downloadAfter("#pdf-damages")), "Ana Silva", "Art. 82")
	b.page.NoConsoleErrors()
}
