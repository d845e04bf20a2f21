package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

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

// renderPDF makes a letter's PDF with pdf.wasm, in the worker where one
// runs; call it off the UI goroutine.
func renderPDF(doc letter.Document, at fontURLs) ([]byte, error) {
	docJSON, err := json.Marshal(doc)
	if err != nil {
		return nil, err
	}
	return makerCall(string(docJSON), at)
}

// makerCall runs objectorPDF(docJSON, fonts…) in the worker, or in the page
// where no worker runs.
func makerCall(docJSON string, at fontURLs) ([]byte, error) {
	if w := workerFor(at); w != nil {
		data, err := w.render(docJSON, at)
		if !errors.Is(err, errNoWorker) {
			return data, err
		}
	}
	maker, err := loadPDFMaker(at.Maker)
	if err != nil {
		return nil, err
	}
	p, err := jsCall(maker, "call", nil, docJSON, at.Regular, at.Bold)
	if err != nil {
		return nil, err
	}
	v, err := await(p)
	if err != nil || !v.Truthy() {
		return nil, err
	}
	out := make([]byte, v.Length())
	app.CopyBytesToGo(out, v)
	return out, nil
}

// warmPDFWhenIdle warms the PDF maker from the steps where the person types
// their details: once the page is idle it starts pdf.wasm and loads the
// fonts, and once they stop typing for a moment (quiet) it makes the
// throwaway letter (warmPDF). It is then in place long before the last step,
// and the warm-up, in a worker, does not take the processor from the keys
// being typed.
func warmPDFWhenIdle(ctx app.Context, s *State) {
	at := fontsAt(ctx)
	ctx.Async(func() {
		if pdfWarm.Load() {
			return
		}
		whenIdle()
		if _, err := makerCall("", at); err != nil {
			app.Log("pdf:", err)
			return
		}
		for {
			since := time.Since(s.lastInput())
			if since >= quiet {
				break
			}
			time.Sleep(quiet - since)
		}
		warmPDF(at)
	})
}

// quiet is how long the person stops typing before the PDF maker warms up.
const quiet = time.Second

// pdfWarm is set once warmPDF succeeded.
var pdfWarm atomic.Bool

// whenIdle returns once the browser has an idle moment (at most 2 s),
// or after a short delay where it cannot tell (Safari).
func whenIdle() {
	w := app.Window()
	done := make(chan struct{})
	var once sync.Once
	cb := app.FuncOf(func(app.Value, []app.Value) any {
		once.Do(func() { close(done) })
		return nil
	})
	defer cb.Release()
	if w.Get("requestIdleCallback").Type() == app.TypeFunction {
		opts := app.Window().Get("Object").New()
		opts.Set("timeout", 2000)
		if _, err := jsCall(w, "requestIdleCallback", cb, opts); err == nil {
			<-done
			return
		}
	}
	if _, err := jsCall(w, "setTimeout", cb, 500); err == nil {
		<-done
	}
}

// warmPDF loads pdf.wasm and its fonts ahead of the first PDF, so the
// click does not wait for them; call it off the UI goroutine. In a worker
// it also makes a throwaway letter: the first PDF compiles and runs most of
// the renderer for the first time, about four times as long as the next,
// and there that happens off the main thread. In the page only the fonts
// are loaded, so the warm-up holds nothing up. A failure shows later, when
// the person asks for a PDF.
func warmPDF(at fontURLs) {
	if pdfWarm.Load() {
		return
	}
	doc := ""
	if workerFor(at) != nil {
		if b, err := json.Marshal(warmLetter); err == nil {
			doc = string(b)
		}
	}
	if _, err := makerCall(doc, at); err != nil {
		app.Log("pdf:", err)
		return
	}
	pdfWarm.Store(true)
}

// warmLetter is a letter with every part, in the scripts the fonts cover,
// for warmPDF.
var warmLetter = letter.Document{
	Kind: letter.Objection, Lang: "en", Title: "Objection",
	Sender:     []string{"Ana Silva", "Rua Augusta 10", "1100-053 Lisboa"},
	Recipient:  []string{"Company Ltd", "1 Main Street", "Dublin 2", "Ireland"},
	ReturnLine: "Ana Silva · Rua Augusta 10 · 1100-053 Lisboa", Notice: "By e-mail",
	PlaceDate: "Lisboa, 1 January 2026", Subject: "Objection under Article 21(1) GDPR",
	Salutation: "Dear Sir or Madam,",
	Body: []letter.Block{
		{Kind: letter.Paragraph, Text: "Ελληνικά, български, čeština, Gaeilge: every script of the letters."},
		{Kind: letter.Heading, Text: "My demands"},
		{Kind: letter.List, Text: "I ask you to:", Items: []string{"stop", "erase", "restrict", "confirm"}},
	},
	Closing: "Yours faithfully,", Signature: "Ana Silva",
	EnclosuresLabel: "Enclosures", Enclosures: []string{"Copy of my ID"},
}
