package e2e

import (
	"strings"
	"testing"
)

// TestPDFOffline: with the server gone, a letter still becomes a PDF: the
// PDF maker's worker (web/pdf-worker.js), the Go runtime it loads, pdf.wasm
// and the fonts all come from the service worker's cache. The maker is
// warmed with a throwaway letter on "about you"; that must not show
// anywhere.
func TestPDFOffline(t *testing.T) {
	b := wizOpen(t, 390, 844)
	b.open("/?lang=en&letter=objection&controller=meta")
	b.page.WaitServiceWorker()
	b.page.WaitFor(`(async () => { for (const k of await caches.keys()) { if (await (await caches.open(k)).match('/web/pdf-worker.js')) return true } return false })()`)
	b.page.GoOffline()
	b.open("/?lang=en&letter=objection&controller=meta")
	b.step(3, false)
	b.objectionToSend(person{"Jana Offline", "Hauptstraße 1", "10115", "Berlin", "DE", "jana@example.de", "jana.offline"}, "beliefs")
	text := pdfText(t, b.downloadAfter("#pdf-objection"))
	wantContains(t, "offline PDF", text, "Jana Offline", "Art. 21")
	if strings.Contains(text, warmName) {
		t.Errorf("the warm-up letter leaked into the PDF:\n%s", text)
	}
	for _, m := range b.page.Errors() {
		if m.IsException() {
			t.Errorf("offline: %s", m)
		}
	}
}

// warmName is the sender of app/ui's throwaway warm-up letter.
const warmName = "Ana Silva · Rua Augusta"
