package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/letter"
)

// The PDF maker is a second wasm module (wasm/pdf, served as
// /web/pdf.wasm): the renderer is needed only on the last step, so
// app.wasm does not carry it. It runs in this page beside the app, in its
// own Go instance, and is loaded once, the first time it is needed.
var (
	pdfMu    sync.Mutex
	pdfMaker app.Value
)

// loadPDFMaker loads and starts pdf.wasm once and returns its entry point,
// objectorPDF; call it off the UI goroutine.
func loadPDFMaker(wasmURL string) (app.Value, error) {
	pdfMu.Lock()
	defer pdfMu.Unlock()
	if pdfMaker != nil {
		return pdfMaker, nil
	}
	w := app.Window()
	goRuntime := w.Get("Go") // from wasm_exec.js, which app.js needs too
	if !goRuntime.Truthy() {
		return nil, errors.New("pdf: no Go runtime in the page")
	}
	inst := goRuntime.New()
	mod, err := instantiate(wasmURL, inst.Get("importObject"))
	if err != nil {
		return nil, err
	}
	// run returns a promise that settles only when the module exits; the
	// module's main has set objectorPDF by the time run returns.
	if _, err := jsCall(inst, "run", mod.Get("instance")); err != nil {
		return nil, err
	}
	maker := w.Get("objectorPDF")
	if !maker.Truthy() {
		return nil, errors.New("pdf: pdf.wasm did not start")
	}
	pdfMaker = maker
	return maker, nil
}

// instantiate compiles and instantiates a wasm module while it downloads;
// a host that sends the wrong Content-Type makes instantiateStreaming
// fail, and then the module is compiled from its bytes.
func instantiate(url string, imports app.Value) (app.Value, error) {
	w := app.Window()
	wasm := w.Get("WebAssembly")
	resp, err := jsCall(w, "fetch", url)
	if err != nil {
		return nil, err
	}
	p, err := jsCall(wasm, "instantiateStreaming", resp, imports)
	if err == nil {
		var mod app.Value
		if mod, err = await(p); err == nil {
			return mod, nil
		}
	}
	data, ferr := fetchBytes(url)
	if ferr != nil {
		return nil, fmt.Errorf("%v; %w", err, ferr)
	}
	buf := w.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(buf, data)
	if p, err = jsCall(wasm, "instantiate", buf, imports); err != nil {
		return nil, err
	}
	return await(p)
}

// renderPDF makes a letter's PDF with pdf.wasm; call it off the UI
// goroutine.
func renderPDF(doc letter.Document, at fontURLs) ([]byte, error) {
	maker, err := loadPDFMaker(at.Maker)
	if err != nil {
		return nil, err
	}
	docJSON, err := json.Marshal(doc)
	if err != nil {
		return nil, err
	}
	p, err := jsCall(maker, "call", nil, string(docJSON), at.Regular, at.Bold)
	if err != nil {
		return nil, err
	}
	v, err := await(p)
	if err != nil {
		return nil, err
	}
	out := make([]byte, v.Length())
	app.CopyBytesToGo(out, v)
	return out, nil
}

// warmPDF loads pdf.wasm and its fonts ahead of the first PDF, so the
// click does not wait for them; call it off the UI goroutine. A failure
// shows later, when the person asks for a PDF.
func warmPDF(at fontURLs) {
	maker, err := loadPDFMaker(at.Maker)
	if err == nil {
		var p app.Value
		if p, err = jsCall(maker, "call", nil, "", at.Regular, at.Bold); err == nil {
			_, err = await(p)
		}
	}
	if err != nil {
		app.Log("pdf:", err)
	}
}
