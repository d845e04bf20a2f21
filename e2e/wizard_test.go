package e2e

import (
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/objector-eu/objector/app/letter"
)

// wizToday is the letters' date as the app computes it.
func wizToday() time.Time {
	now := time.Now()
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
}

// pdfText extracts a PDF's text with poppler's pdftotext.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	if len(pdf) < 5 || string(pdf[:5]) != "%PDF-" {
		t.Fatalf("not a PDF: %q…", pdf[:min(len(pdf), 20)])
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	p := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(p, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", p, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// parseMailto splits a mailto: URL into recipient, subject and body.
func parseMailto(t *testing.T, href string) (to, subject, body string) {
	t.Helper()
	rest, ok := strings.CutPrefix(href, "mailto:")
	if !ok {
		t.Fatalf("not a mailto: link: %q", href)
	}
	addr, query, _ := strings.Cut(rest, "?")
	to, err := url.PathUnescape(addr)
	if err != nil {
		t.Fatal(err)
	}
	q, err := url.ParseQuery(query)
	if err != nil {
		t.Fatal(err)
	}
	return to, q.Get("subject"), q.Get("body")
}

func wantContains(t *testing.T, what, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("%s does not contain %q:\n%s", what, w, got)
		}
	}
}

// shownCompanies counts the companies the search leaves shown: every
// company is in the page, those left out hidden.
const shownCompanies = `document.querySelectorAll('.companies .card-choice:not([hidden]) input[name="controller"]').length`

// TestWizardObjectionToMeta is the objection journey on a phone, in English:
// every step as a person fills it, with refusals at the field, Back keeping
// every value, the letter-language switch, and the downloads.
func TestWizardObjectionToMeta(t *testing.T) {
	b := wizOpen(t, 390, 844)
	b.open("/?lang=en")
	b.step(1, false)
	if lang := b.attr("html", "lang"); lang != "en" {
		t.Errorf("<html lang> = %q", lang)
	}
	b.screenshots("objection-1-task")

	// Next without a choice is refused at the choice.
	b.click("#next")
	b.do(chromedp.Poll[chromedp.Void](`document.getElementById("f-task").getAttribute("aria-invalid") === "true"`))
	if b.text("#err-task") == "" {
		t.Error("no message for a missing choice")
	}
	b.click(`label[for="task-objection"]`)
	b.next(2)

	// The catalog is searchable by service.
	b.typeInto("company-search", "instagram")
	b.do(chromedp.Poll[chromedp.Void](shownCompanies+` === 2`, chromedp.WithPollingTimeout(20*time.Second)))
	if n := wizEval[int](b, shownCompanies); n != 2 {
		t.Errorf("search for instagram shows %d choices, want Meta and another company", n)
	}
	b.click(`label[for="company-meta"]`)
	b.do(chromedp.Poll[chromedp.Void](`document.getElementById("company-meta").checked`))
	b.do(chromedp.Poll[chromedp.Void](`document.querySelectorAll('.forms a[target="_blank"][rel~="noopener"]').length > 0`, chromedp.WithPollingTimeout(20*time.Second)))
	b.screenshots("objection-2-company")
	b.next(3)

	// Next on an empty form: refused, the focus on the first problem.
	b.click("#next")
	b.wantInvalid("name")
	b.do(chromedp.Poll[chromedp.Void](`document.activeElement && document.activeElement.id === "f-name"`))
	b.screenshots("objection-3-about-errors")
	for id, token := range map[string]string{
		"f-name": "name", "f-street": "street-address", "f-postalCode": "postal-code", "f-city": "address-level2",
		"f-country": "country", "f-email": "email", "f-account": "username",
	} {
		if got := b.attr("#"+id, "autocomplete"); got != token {
			t.Errorf("%s autocomplete = %q, want %q", id, got, token)
		}
		if b.text(fmt.Sprintf(`label[for=%q]`, id)) == "" {
			t.Errorf("%s has no visible label", id)
		}
	}
	b.typeInto("f-name", "Erika Mustermann")
	b.wantValid("name")
	b.typeInto("f-street", "Heidestraße 17")
	b.typeInto("f-postalCode", "51147")
	b.typeInto("f-city", "Köln")
	// The placeholder shows its words, and its value is "", not them.
	if got := wizEval[string](b, `(() => { const s = document.getElementById("f-country"); const o = s.options[0];
		return [o.value, o.label, s.value, o.selected].join("|") })()`); got != "|Please choose…||true" {
		t.Errorf("country placeholder: value|label|select's value|selected = %q", got)
	}
	b.choose("f-country", "DE")
	// A bad e-mail is refused when the person leaves the field.
	b.typeInto("f-email", "erika.mustermann@")
	b.blur()
	b.wantInvalid("email")
	b.typeInto("f-email", "erika@example.org")
	b.wantValid("email")
	b.typeInto("f-account", "erika.mustermann")
	b.blur()
	b.screenshots("objection-3-about")
	b.next(4)

	b.click("#next")
	b.do(chromedp.Poll[chromedp.Void](`document.querySelector('[aria-invalid="true"]') !== null`))
	b.click(`label[for="f-reasons-health"]`)
	b.click(`label[for="f-reasons-children"]`)
	b.typeInto("f-reason", "I share photos of my family.")
	b.blur()
	b.screenshots("objection-4-situation")
	b.next(5)

	// Going back keeps every value.
	b.back(4)
	if !wizEval[bool](b, `document.getElementById("f-reasons-health").checked && document.getElementById("f-reasons-children").checked && !document.getElementById("f-reasons-beliefs").checked`) {
		t.Error("the ticked reasons were lost going back")
	}
	if got := b.value("f-reason"); got != "I share photos of my family." {
		t.Errorf("reason after Back = %q", got)
	}
	b.back(3)
	for id, want := range map[string]string{"f-name": "Erika Mustermann", "f-street": "Heidestraße 17", "f-postalCode": "51147",
		"f-city": "Köln", "f-country": "DE", "f-email": "erika@example.org", "f-account": "erika.mustermann"} {
		if got := b.value(id); got != want {
			t.Errorf("%s after Back = %q, want %q", id, got, want)
		}
	}
	b.back(2)
	if !wizEval[bool](b, `document.getElementById("company-meta").checked`) {
		t.Error("the company was lost going back")
	}
	b.back(1)
	if !wizEval[bool](b, `document.getElementById("task-objection").checked`) {
		t.Error("the task was lost going back")
	}
	b.next(2)
	b.next(3)
	b.next(4)
	b.next(5)

	sheet := b.text(".sheet")
	wantContains(t, "preview", sheet, "Erika Mustermann", "Heidestraße 17", "Meta Platforms Ireland Limited", "Art. 21(1) GDPR", "I share photos of my family.")
	b.screenshots("objection-5-review")

	// The letter's language is the person's choice, apart from the interface's.
	b.choose("letter-lang", "de")
	b.do(chromedp.Poll[chromedp.Void](`document.querySelector(".sheet").lang === "de"`))
	wantContains(t, "German preview", b.text(".sheet"), "Erika Mustermann", "Art. 21 Abs. 1 DSGVO")
	if h := b.text("h1"); h != "Check your letter" {
		t.Errorf("the interface changed language with the letter: %q", h)
	}
	b.choose("letter-lang", "en")
	b.do(chromedp.Poll[chromedp.Void](`document.querySelector(".sheet").lang === "en"`))

	// An edit button in the letter goes to its step and straight back.
	b.click(".l-sender .edit")
	b.step(3, true)
	if got := b.value("f-name"); got != "Erika Mustermann" {
		t.Errorf("name via edit = %q", got)
	}
	b.click("#to-review")
	b.step(5, true)
	b.next(6)
	b.screenshots("objection-6-send")

	to, subject, body := parseMailto(t, b.attr("#mailto-objection", "href"))
	if to != "" {
		t.Errorf("mailto recipient %q: Meta takes no requests by e-mail", to)
	}
	wantContains(t, "mailto subject", subject, "Art. 21(1) GDPR")
	wantContains(t, "mailto body", body, "Erika Mustermann", "Art. 21(1) GDPR")

	text := pdfText(t, b.downloadAfter("#pdf-objection"))
	wantContains(t, "PDF", text, "Erika Mustermann", "Art. 21(1) GDPR")

	deadline := letter.ReplyDeadline(wizToday())
	ics := string(b.downloadAfter("#ics-objection"))
	wantContains(t, ".ics", ics, "BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:"+deadline.Format("20060102"))

	eml := string(b.downloadAfter("#eml-objection"))
	wantContains(t, ".eml", eml, "Subject:", "Erika Mustermann")
	b.page.NoConsoleErrors()
}

// TestWizardDamagesToLinkedIn is the damages journey on a desktop, in
// German from a deep link: the IBAN is refused at the field, the claim
// names Art. 82 DSGVO.
func TestWizardDamagesToLinkedIn(t *testing.T) {
	b := wizOpen(t, 1280, 800)
	b.open("/?lang=de&letter=damages&controller=linkedin")
	// A deep link opens at "about you" with its choices made.
	b.step(3, false)
	if lang := b.attr("html", "lang"); lang != "de" {
		t.Errorf("<html lang> = %q", lang)
	}
	wantContains(t, "progress", b.text(".progress-text"), "Schritt 3 von 6")
	b.fillAbout(maxMustermann)
	b.blur()
	b.next(4)

	if got := b.value("f-amount"); got != "500" {
		t.Errorf("amount default = %q, want 500", got)
	}
	if got := b.value("f-paymentDays"); got != "14" {
		t.Errorf("payment days default = %q, want 14", got)
	}
	if got := b.value("f-currency"); got != "EUR" {
		t.Errorf("currency for Germany = %q, want EUR", got)
	}
	if got := b.text(`label[for="f-iban"]`); got != "IBAN" {
		t.Errorf("IBAN label = %q", got)
	}
	b.click(`label[for="f-harms-control"]`)
	b.click(`label[for="f-harms-worry"]`)
	// A wrong check digit is refused at the field, in German.
	b.typeInto("f-iban", "DE89 3704 0044 0532 0130 01")
	b.blur()
	msg := b.wantInvalid("iban")
	b.screenshots("damages-4-claim-errors")
	if strings.Contains(msg, "IBAN is") || strings.Contains(msg, "invalid") {
		t.Errorf("IBAN message not in German: %q", msg)
	}
	// Next stays on the step while the IBAN is wrong.
	b.click("#next")
	b.step(4, false)
	b.do(chromedp.Poll[chromedp.Void](`document.activeElement && document.activeElement.id === "f-iban"`))
	b.typeInto("f-iban", "DE89 3704 0044 0532 0130 00")
	b.wantValid("iban")
	b.screenshots("damages-4-claim")
	b.next(5)

	wantContains(t, "preview", b.text(".sheet"), "Max Mustermann", "LinkedIn Ireland Unlimited Company", "Art. 82", "DE89")
	b.screenshots("damages-5-review")
	b.back(4)
	if got := b.value("f-iban"); got != "DE89 3704 0044 0532 0130 00" {
		t.Errorf("IBAN after Back = %q", got)
	}
	b.next(5)
	b.next(6)
	b.screenshots("damages-6-send")

	_, subject, body := parseMailto(t, b.attr("#mailto-damages", "href"))
	wantContains(t, "mailto subject", subject, "Art. 82")
	wantContains(t, "mailto body", body, "Max Mustermann", "DE89")

	text := pdfText(t, b.downloadAfter("#pdf-damages"))
	wantContains(t, "PDF", text, "Max Mustermann", "Art. 82")

	ics := string(b.downloadAfter("#ics-damages"))
	wantContains(t, ".ics", ics, "DTSTART;VALUE=DATE:")
	b.page.NoConsoleErrors()
}

// TestWizardMailtoRecipient checks the e-mail route to a company with a
// known address, and that unknown deep-link values are ignored.
func TestWizardMailtoRecipient(t *testing.T) {
	b := wizOpen(t, 390, 844)
	b.open("/?lang=xx&letter=objection&controller=microsoft&foo=bar")
	b.step(3, false)
	b.objectionToSend(janJansen, "creative")
	to, subject, body := parseMailto(t, b.attr("#mailto-objection", "href"))
	if to != "dpoffice@microsoft.com" {
		t.Errorf("mailto recipient = %q", to)
	}
	if subject == "" || !strings.Contains(body, "Jan Jansen") {
		t.Errorf("mailto subject %q, body %q", subject, body)
	}
}
