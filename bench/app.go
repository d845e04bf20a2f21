package main

import "errors"

// appInteraction is what is measured in the running app after mount.
type appInteraction struct {
	keystroke           []float64 // ms from keydown to the preview showing the character
	pdf                 []float64 // ms from the click to the PDF blob
	pdfNote             string
	peakJSHeap, wasmMem int64
}

// measureApp drives the wizard; see the comments inside for the method.
func measureApp(b *browser, s *server, edits, pdfs int) (*appInteraction, error) {
	return nil, errors.New("the wizard has no letter preview yet")
}
