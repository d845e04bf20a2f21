package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// shapeJS serialises an element for comparison: tags, attributes sorted by
// name (go-app sets them in map order) and texts, without the review's
// edit buttons.
const shapeJS = `function shape(e) {
	if (e.nodeType === Node.TEXT_NODE) return JSON.stringify(e.nodeValue);
	if (e.classList.contains("edit")) return "";
	const attrs = [...e.attributes].map(a => a.name + "=" + JSON.stringify(a.value)).sort().join(" ");
	return "<" + e.localName + " " + attrs + ">" + [...e.childNodes].map(shape).join("") + "</" + e.localName + ">";
}`

// TestLivePreview: beside the form on a wide screen, the letter follows
// every keystroke within the input event itself (it is patched from the
// field's handler, not on go-app's next frame), and after edits that add,
// change and remove paragraphs it is the same letter the review draws.
func TestLivePreview(t *testing.T) {
	b := wizOpen(t, 1280, 800)
	b.open("/?lang=en&letter=objection&controller=linkedin")
	b.step(3, false)
	if n := wizEval[int](b, `document.querySelectorAll(".live-preview .sheet--pending").length`); n != 1 {
		t.Fatalf("%d blank sheets beside the empty form, want 1", n)
	}
	b.fillAbout(anaSilva)
	b.next(4)
	b.click(`label[for="f-reasons-beliefs"]`)
	b.do(chromedp.Poll[chromedp.Void](`!!document.querySelector('.live-preview .sheet[data-kind="objection"]')`))

	// One input event, and the preview in the same task.
	same := wizEval[string](b, `(() => {
		const e = document.getElementById("f-reason");
		e.value = "Sent within the event.";
		e.dispatchEvent(new Event("input", {bubbles: true}));
		return document.querySelector(".live-preview").textContent;
	})()`)
	if !strings.Contains(same, "Sent within the event.") {
		t.Errorf("the preview did not show the new text within the input event:\n%s", same)
	}

	b.back(3)
	b.typeInto("f-city", "Porto")
	b.next(4)
	b.typeInto("f-reason", "") // a paragraph goes
	b.do(chromedp.Poll[chromedp.Void](`!document.querySelector(".live-preview").textContent.includes("Sent within")`))
	b.typeInto("f-reason", "My posts describe my faith.")
	b.typeInto("f-reason", "My posts describe my faith and my family.")
	b.blur()
	b.do(chromedp.Poll[chromedp.Void](`document.querySelector(".live-preview").textContent.includes("my faith and my family")`))
	live := wizEval[string](b, `(() => { `+shapeJS+` return shape(document.querySelector(".live-preview .sheet")) })()`)
	b.next(5)
	review := wizEval[string](b, `(() => { `+shapeJS+` return shape(document.querySelector('.sheet[data-kind="objection"]')) })()`)
	if live != review {
		t.Errorf("the live preview and the review differ:\nlive   %s\nreview %s", live, review)
	}
	if !strings.Contains(live, "Porto") {
		t.Errorf("the preview missed the new city: %s", live)
	}
	b.page.NoConsoleErrors()
}
