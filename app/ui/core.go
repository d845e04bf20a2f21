package ui

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/locales"
)

// The pure packages the wizard draws on, named in one place.

// composeLetter composes one letter in the letter's language. A panic in
// the engine becomes an error: in the browser a panic would end the app.
func composeLetter(k letter.Kind, f letter.Facts, l *locales.Localizer, today time.Time) (doc letter.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("compose %s: %v", k, r)
		}
	}()
	return letter.Compose(k, f, l, today)
}

// checkFacts is letter.Facts.Validate as a function, for wizard.Draft.Validate.
func checkFacts(f letter.Facts, k letter.Kind) []letter.FieldError { return f.Validate(k) }

// fontURLs are the URLs of what a PDF needs, as the host serves them (a
// static host may put the app under a path prefix): the PDF maker
// (pdf.wasm, see pdfwasm.go), the worker it runs in and the Go runtime the
// worker loads (pdfworker.go), and the fonts it fetches once.
type fontURLs struct{ Maker, Worker, WasmExec, Regular, Bold string }

func fontsAt(ctx app.Context) fontURLs {
	return fontURLs{
		Maker:    ctx.ResolveStaticResource("/web/pdf.wasm"),
		Worker:   ctx.ResolveStaticResource("/web/pdf-worker.js"),
		WasmExec: pageScript("wasm_exec.js"),
		Regular:  ctx.ResolveStaticResource("/web/fonts/" + regularFont),
		Bold:     ctx.ResolveStaticResource("/web/fonts/" + boldFont),
	}
}

// The fonts' file names, pdf.RegularFile and pdf.BoldFile (a test checks):
// importing app/pdf for them would link the renderer into app.wasm.
const (
	regularFont = "DejaVuSans.ttf"
	boldFont    = "DejaVuSans-Bold.ttf"
)

// makePDF renders a letter as PDF; call it off the UI goroutine.
func makePDF(doc letter.Document, at fontURLs) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: %v", r)
		}
	}()
	return renderPDF(doc, at)
}
