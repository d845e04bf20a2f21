package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestSendRouteAndPost: on a phone, a person in Berlin reading English who
// objects to Meta is led to paste the letter into Meta's objection forms
// (copy first, then Facebook's and Instagram's form, then the PDF), with the
// e-mail below "Other ways"; and is told of Deutsche Post's registered
// letter, not of An Post. Then the company step on the same phone: "Not
// listed?" stays in sight as the list scrolls, and a search by service
// finds its company.
func TestSendRouteAndPost(t *testing.T) {
	b := wizOpen(t, 390, 844)
	b.open("/?lang=en&letter=objection&controller=meta")
	b.step(3, false)
	b.objectionToSend(maxMustermann, "health")

	card := `.send-card[data-kind="objection"]`
	b.do(chromedp.Poll[chromedp.Void](`document.querySelector('`+card+`[data-route="form"]') !== null`, chromedp.WithPollingTimeout(20*time.Second)))
	lead := wizEval[[]string](b, `[...document.querySelector('`+card+` .actions').children].map(e => e.id + (e.classList.contains("btn-primary") ? "*" : ""))`)
	// The wizard names no service, so both of Meta's account forms.
	want := "copy-objection* form-objection-0 form-objection-1 pdf-objection"
	if got := strings.Join(lead, " "); got != want {
		t.Errorf("leading buttons %q, want %q", got, want)
	}
	if href := b.attr("#form-objection-0", "href"); !strings.Contains(href, "facebook.com") && !strings.Contains(href, "instagram.com") {
		t.Errorf("first form %q is not Meta's", href)
	}
	more := wizEval[[]string](b, `[...document.querySelector('`+card+` .actions-more').children].map(e => e.id)`)
	if got := strings.Join(more, " "); !strings.Contains(got, "mailto-objection") || !strings.Contains(got, "eml-objection") {
		t.Errorf("e-mail is not among the other ways: %q", got)
	}
	advice := b.text("#post-advice")
	wantContains(t, "post advice", advice, "Germany", "Einschreiben mit Rückschein (Deutsche Post)")
	if strings.Contains(advice, "An Post") || strings.Contains(advice, "Royal Mail") {
		t.Errorf("a person in Germany is told %q", advice)
	}
	if lang := b.attr("#post-advice strong", "lang"); lang != "de" {
		t.Errorf("the product's lang = %q, want de", lang)
	}
	b.screenshots("send-route-meta")

	// The company step, from the start on the same phone.
	b.open("/?lang=en")
	b.step(1, false)
	b.click(`label[for="task-objection"]`)
	b.next(2)
	visible := `(() => { const r = document.getElementById("company-other").closest(".card-choice").getBoundingClientRect();
		return r.top >= 0 && r.bottom <= window.innerHeight; })()`
	if !wizEval[bool](b, visible) {
		t.Error(`"Not listed?" is not on the first screen of the company step`)
	}
	// What the phone shows (screenshots() takes the whole page, where a
	// sticky card sits wherever the first screen ended).
	shot, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(wizShots, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(wizShots, "company-list-390x844-screen.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
	// Still there once the list has scrolled, and Tab from the search
	// reaches the first company, not it.
	b.do(chromedp.Evaluate[chromedp.Void](`window.scrollBy(0, 400)`))
	if !wizEval[bool](b, visible) {
		t.Error(`"Not listed?" went out of sight as the list scrolled`)
	}
	b.do(chromedp.Focus(chromedp.CSS("#company-search")), chromedp.KeyEvent(kb.Tab))
	first := wizEval[string](b, `document.querySelector('.companies input[name="controller"]').id`)
	if got := wizEval[string](b, `document.activeElement.id`); got != first || first == "company-other" {
		t.Errorf("Tab from the search focused %q, want the first company, %q", got, first)
	}
	b.typeInto("company-search", "ChatGPT")
	b.do(chromedp.Poll[chromedp.Void](shownCompanies+` === 2`, chromedp.WithPollingTimeout(20*time.Second)))
	if !wizEval[bool](b, `!document.getElementById("company-openai").closest(".card-choice").hidden`) {
		t.Error("a search for ChatGPT does not show OpenAI")
	}
	b.typeInto("company-search", "")
	b.screenshots("company-list")
}

// TestSendSettingAndPostInIreland: a person in Dublin reading German who
// objects to LinkedIn is told, in German, to switch off LinkedIn's setting
// by its English menu path (marked English), and of An Post's Registered
// Post, not of Deutsche Post.
func TestSendSettingAndPostInIreland(t *testing.T) {
	b := wizOpen(t, 390, 844)
	b.open("/?lang=de&letter=objection&controller=linkedin")
	b.step(3, false)
	b.objectionToSend(person{"Aoife Murphy", "1 Main Street", "D02 X285", "Dublin", "IE", "aoife@example.ie", "https://www.linkedin.com/in/aoife"}, "health")

	b.do(chromedp.Poll[chromedp.Void](`document.querySelector('.send-card[data-kind="objection"] .menu-path') !== null`, chromedp.WithPollingTimeout(20*time.Second)))
	if lang := b.attr(".menu-path", "lang"); lang != "en" {
		t.Errorf("the menu path's lang = %q, want en", lang)
	}
	wantContains(t, "setting", b.text(".route-setting"), "Schalten Sie", "Settings & Privacy → Data privacy")
	advice := b.text("#post-advice")
	wantContains(t, "post advice", advice, "Irland", "Registered Post (An Post)")
	if strings.Contains(advice, "Deutsche Post") || strings.Contains(advice, "Einwurf") {
		t.Errorf("a person in Ireland reading German is told %q", advice)
	}
	b.screenshots("send-route-linkedin-de")
	b.page.NoConsoleErrors()
}
