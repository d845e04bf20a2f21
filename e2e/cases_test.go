package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/objector-eu/objector/app/cases"
	"github.com/objector-eu/objector/app/letter"
)

// overdueCase is the id of the case TestCases imports, sent 40 days ago.
const overdueCase = "e2e-overdue"

// caseFile writes a case file holding one objection to Meta by Max
// Mustermann of Berlin, e-mailed sentDaysAgo days before today, and returns
// its path.
func caseFile(t *testing.T, sentDaysAgo int) string {
	t.Helper()
	today := wizToday()
	sent := today.AddDate(0, 0, -sentDaysAgo).Format(time.DateOnly)
	f := letter.Facts{
		Name: "Max Mustermann", Street: "Musterweg 3", PostalCode: "10115", City: "Berlin", Country: "DE",
		Email: "max@example.org", Account: "facebook.com/max.mustermann", Controller: "meta",
		Reasons: []string{"beliefs"}, Date: sent,
	}
	c := cases.New(overdueCase, letter.Objection, "en", f, sent, cases.Email, "", today)
	data, err := cases.Export([]cases.Case{c}, today)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "objector-cases.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestCases follows letters up as a person would: "I sent it" on the send
// step makes a case in "My cases"; a case file from another device brings
// a case 40 days old, overdue; its reminder and then its complaint to the
// Berlin authority are written (the authority's address in the PDF); the
// cases survive an offline reload; "Delete everything" removes them.
func TestCases(t *testing.T) {
	b := wizOpen(t, 390, 844)
	b.open("/?lang=en&letter=objection&controller=meta")
	b.page.WaitServiceWorker()
	b.step(3, false)
	b.objectionToSend(maxMustermann, "beliefs")
	// Keep the cases on this device, so they survive the reload below.
	b.click(`label[for="keep-draft"]`)

	// I sent it: by registered post, with its number.
	b.click("#sent-objection")
	b.page.WaitFor(`document.getElementById("sent-channel-objection") !== null`)
	b.choose("sent-channel-objection", "registered")
	b.typeInto("sent-reference-objection", "RT 1234 5678 9DE")
	b.click("#sent-save-objection")
	b.page.WaitFor(`document.getElementById("sent-done-objection") !== null`)
	b.click("#sent-cases-objection")
	b.page.WaitFor(`location.pathname === "/cases" && document.querySelectorAll(".case-card").length === 1`)
	card := b.text(".case-card")
	wantContains(t, "the new case", card, "Meta", "Objection letter", "Registered post", "RT 1234 5678 9DE", "Waiting", "an estimate")
	if got := b.text("#to-cases .badge, #to-wizard"); got == "" {
		t.Error("no link between the wizard and the cases in the header")
	}
	b.screenshots("cases")

	// A case file from another device: one case, sent 40 days ago.
	b.do(chromedp.SetUploadFiles(chromedp.CSS("#cases-import"), []string{caseFile(t, 40)}))
	b.page.WaitFor(`document.querySelectorAll(".case-card").length === 2`)
	wantContains(t, "import status", b.text("#cases-status"), "1 case added or updated")
	wantContains(t, "the imported case", b.text("#case-"+overdueCase), "Overdue by", "Write the reminder")
	// The same file again adds nothing.
	b.do(chromedp.SetUploadFiles(chromedp.CSS("#cases-import"), []string{caseFile(t, 40)}))
	b.page.WaitFor(`document.getElementById("cases-status").innerText.includes("0 cases")`)
	if n := wizEval[int](b, `document.querySelectorAll(".case-card").length`); n != 2 {
		t.Errorf("%d cases after importing the same file again, want 2", n)
	}

	// The reminder, sent 20 days ago: its 14 days have passed.
	b.click("#next-" + overdueCase)
	b.page.WaitFor(fmt.Sprintf(`document.getElementById("fu-pdf-%s") !== null`, overdueCase))
	b.axe("reminder")
	reminder := pdfText(t, b.downloadAfter("#fu-pdf-"+overdueCase))
	wantContains(t, "reminder PDF", reminder, "Max Mustermann", "Merrion Road", "Art. 12(4) GDPR", "final period of 14 days")
	// Printed, the reminder's sheet is all there is (printPage marks <html>).
	wizEval[bool](b, `(document.documentElement.setAttribute("data-print", "follow-up"), true)`)
	b.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	}))
	printed := wizEval[string](b, `[...document.querySelectorAll("header, footer, .case-title, .cases-store, .follow-up .actions, .follow-up .sheet")]
		.filter(e => getComputedStyle(e).display !== "none" && getComputedStyle(e).visibility !== "hidden" && e.getBoundingClientRect().height > 0)
		.map(e => e.className.split(" ")[0]).join(" ")`)
	if printed != "sheet" {
		t.Errorf("printed: %q, want the reminder's sheet alone", printed)
	}
	b.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""})
		return err
	}))
	b.page.WaitFor(fmt.Sprintf(`document.getElementById("fu-sent-%s") !== null`, overdueCase))
	b.choose("fu-sent-"+overdueCase, wizToday().AddDate(0, 0, -20).Format(time.DateOnly))
	b.click("#fu-record-" + overdueCase)
	b.page.WaitFor(fmt.Sprintf(`document.getElementById("case-%s").innerText.includes("Write the complaint")`, overdueCase))

	// The complaint, to the Berlin authority (from the postal code 10115).
	b.click("#next-" + overdueCase)
	b.page.WaitFor(fmt.Sprintf(`document.getElementById("fu-pdf-%s") !== null`, overdueCase))
	if got := b.value("fu-authority-" + overdueCase); got != "deberlbdi" {
		t.Errorf("authority preselected: %q, want deberlbdi", got)
	}
	// In the authority's language, German, though the letters were English.
	if got := b.value("fu-lang-" + overdueCase); got != "de" {
		t.Errorf("complaint language preselected: %q, want de", got)
	}
	b.screenshots("cases-complaint")
	complaint := pdfText(t, b.downloadAfter("#fu-pdf-"+overdueCase))
	wantContains(t, "complaint PDF", complaint,
		"Berliner Beauftragte für Datenschutz und Informationsfreiheit", "Alt-Moabit 59-61", "10555 Berlin",
		"Art. 77 Abs. 1 DSGVO", "Art. 58 Abs. 2 lit. c DSGVO", "Merrion Road", "Kopie meines Erinnerungsschreibens")
	b.click("#fu-record-" + overdueCase)
	b.page.WaitFor(fmt.Sprintf(`document.getElementById("case-%s").innerText.includes("Close the case")`, overdueCase))

	// Offline, a reload still shows both cases.
	b.page.GoOffline()
	b.open("/cases")
	b.page.WaitFor(`document.querySelectorAll(".case-card").length === 2`)
	if !strings.Contains(b.text("#cases-store"), "Kept on this device") {
		t.Errorf("store note %q", b.text("#cases-store"))
	}

	// Delete everything removes them.
	b.click("#wipe")
	b.click("#wipe-yes")
	b.page.WaitFor(`document.getElementById("cases-empty") !== null && document.querySelectorAll(".case-card").length === 0`)
	if n := wizEval[int](b, `localStorage.length + sessionStorage.length`); n != 0 {
		t.Errorf("%d keys left after Delete everything", n)
	}
	for _, m := range b.page.Errors() {
		if m.IsException() {
			t.Errorf("page error: %s", m)
		}
	}
}

// TestCasesForTheTab: without the keep switch the cases live in the tab,
// and the page says they go when it closes; a refused file changes nothing.
func TestCasesForTheTab(t *testing.T) {
	b := wizOpen(t, 1280, 800)
	b.open("/cases?lang=en")
	b.page.WaitFor(`document.getElementById("cases-empty") !== null`)
	wantContains(t, "store note", b.text("#cases-store"), "only while this tab is open")
	b.do(chromedp.SetUploadFiles(chromedp.CSS("#cases-import"), []string{caseFile(t, 3)}))
	b.page.WaitFor(`document.querySelectorAll(".case-card").length === 1`)
	wantContains(t, "a fresh case", b.text("#case-"+overdueCase), "Waiting")

	bad := filepath.Join(t.TempDir(), "not-cases.json")
	if err := os.WriteFile(bad, []byte(`{"name":"Erika"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	b.do(chromedp.SetUploadFiles(chromedp.CSS("#cases-import"), []string{bad}))
	b.page.WaitFor(`document.getElementById("cases-status").innerText.includes("not an Objector case file")`)
	if n := wizEval[int](b, `document.querySelectorAll(".case-card").length`); n != 1 {
		t.Errorf("%d cases after a refused file, want 1", n)
	}
	if n := wizEval[int](b, `localStorage.length`); n != 0 {
		t.Errorf("%d keys in localStorage without the keep switch", n)
	}
	b.open("/cases?lang=en")
	b.page.WaitFor(`document.querySelectorAll(".case-card").length === 1`)
	b.page.NoConsoleErrors()
}
