package ui

import (
	"fmt"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/pdf"
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

// The PDF fonts, fetched same-origin the first time a PDF is made and kept
// for the session.
var (
	fontsMu       sync.Mutex
	regular, bold []byte
)

// fontURLs are the fonts' URLs as the host serves them (a static host may
// put the app under a path prefix).
type fontURLs struct{ Regular, Bold string }

func fontsAt(ctx app.Context) fontURLs {
	return fontURLs{
		Regular: ctx.ResolveStaticResource("/web/fonts/" + pdf.RegularFile),
		Bold:    ctx.ResolveStaticResource("/web/fonts/" + pdf.BoldFile),
	}
}

// pdfFonts fetches the fonts once; call it off the UI goroutine.
func pdfFonts(at fontURLs) ([]byte, []byte, error) {
	fontsMu.Lock()
	defer fontsMu.Unlock()
	if regular != nil && bold != nil {
		return regular, bold, nil
	}
	r, err := fetchBytes(at.Regular)
	if err != nil {
		return nil, nil, err
	}
	b, err := fetchBytes(at.Bold)
	if err != nil {
		return nil, nil, err
	}
	regular, bold = r, b
	return r, b, nil
}

// makePDF renders a letter as PDF; call it off the UI goroutine.
func makePDF(doc letter.Document, at fontURLs) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: %v", r)
		}
	}()
	r, b, err := pdfFonts(at)
	if err != nil {
		return nil, err
	}
	return pdf.Render(doc, pdf.Fonts{Regular: r, Bold: b})
}
