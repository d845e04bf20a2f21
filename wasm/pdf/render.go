// Command pdf is Objector's PDF maker in the browser, a second wasm built
// with GOOS=js GOARCH=wasm into web/pdf.wasm. The PDF renderer (fpdf and
// the image, compression and gob packages it pulls in) is about a tenth of
// the client's brotli'd size, yet needed only at the very end, so app.wasm
// leaves it out and app/ui loads this module the first time a PDF is asked
// for (the service worker precaches it like every asset, for offline use).
//
// The module sets globalThis.objectorPDF(documentJSON, regularFontURL,
// boldFontURL), which returns a Promise of the PDF's bytes (a Uint8Array);
// the fonts are fetched on the first call and kept. An empty documentJSON
// only fetches the fonts, ahead of the first PDF.
package main

import (
	"encoding/json"
	"fmt"

	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/pdf"
)

// render decodes a letter.Document sent as JSON and renders it.
func render(docJSON []byte, fonts pdf.Fonts) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil { // a panic would end the module
			err = fmt.Errorf("pdf: %v", r)
		}
	}()
	var doc letter.Document
	if err := json.Unmarshal(docJSON, &doc); err != nil {
		return nil, fmt.Errorf("pdf: the letter: %w", err)
	}
	return pdf.Render(doc, fonts)
}
