package ui

import (
	"errors"
	"fmt"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The PDF maker runs in a worker (web/pdf-worker.js) where the browser
// allows one: compiling pdf.wasm, its first run and every PDF then stay off
// the main thread, so the maker can be warmed with a real letter while the
// person types (warmPDF). Where no worker can start (a sandboxed frame has
// no origin to load it from) it runs in the page (pdfwasm.go).

// errNoWorker: the worker could not start or died; use the page.
var errNoWorker = errors.New("pdf: no worker")

// pdfWorker is the running worker and the answers it owes.
type pdfWorker struct {
	w       app.Value
	mu      sync.Mutex
	next    int
	waiting map[int]chan workerAnswer
	broken  bool
}

type workerAnswer struct {
	pdf []byte
	err error
}

var (
	workerMu   sync.Mutex
	worker     *pdfWorker
	workerDead bool // it failed once: the page makes PDFs from then on
)

// workerFor returns the worker for at, started on first use, or nil where
// none can run (the page has no wasm_exec.js for it, or may not start one).
func workerFor(at fontURLs) *pdfWorker {
	if at.WasmExec == "" {
		return nil
	}
	return pdfWorkerAt(at.Worker)
}

// pdfWorkerAt returns the worker, started from url on first use, or nil
// where none can run.
func pdfWorkerAt(url string) *pdfWorker {
	workerMu.Lock()
	defer workerMu.Unlock()
	if workerDead {
		return nil
	}
	if worker != nil {
		return worker
	}
	ctor := app.Window().Get("Worker")
	if ctor.Type() != app.TypeFunction {
		workerDead = true
		return nil
	}
	// A page without an origin (a sandboxed frame) may not start one.
	w, err := jsNew(ctor, url)
	if err != nil {
		workerDead = true
		return nil
	}
	pw := &pdfWorker{w: w, waiting: map[int]chan workerAnswer{}}
	onMessage := app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) > 0 {
			pw.answer(args[0].Get("data"))
		}
		return nil
	})
	// The script failed to load or threw outside a message (404, policy).
	onError := app.FuncOf(func(_ app.Value, args []app.Value) any {
		msg := "error"
		if len(args) > 0 && args[0].Get("message").Truthy() {
			msg = args[0].Get("message").String()
		}
		app.Log("pdf worker:", msg)
		pw.fail()
		return nil
	})
	w.Set("onmessage", onMessage)
	w.Set("onerror", onError)
	worker = pw
	return pw
}

// render asks the worker for a PDF of docJSON ("" loads the fonts only);
// errNoWorker means it cannot, and the page should.
func (pw *pdfWorker) render(docJSON string, at fontURLs) ([]byte, error) {
	ch := make(chan workerAnswer, 1)
	pw.mu.Lock()
	if pw.broken {
		pw.mu.Unlock()
		return nil, errNoWorker
	}
	pw.next++
	id := pw.next
	pw.waiting[id] = ch
	pw.mu.Unlock()

	msg := app.Window().Get("Object").New()
	msg.Set("id", id)
	msg.Set("maker", at.Maker)
	msg.Set("wasmExec", at.WasmExec)
	msg.Set("doc", docJSON)
	msg.Set("regular", at.Regular)
	msg.Set("bold", at.Bold)
	if _, err := jsCall(pw.w, "postMessage", msg); err != nil {
		pw.fail()
	}
	a := <-ch
	return a.pdf, a.err
}

// answer settles the request an answer from the worker belongs to.
func (pw *pdfWorker) answer(data app.Value) {
	if !data.Truthy() {
		return
	}
	id := data.Get("id").Int()
	pw.mu.Lock()
	ch, ok := pw.waiting[id]
	delete(pw.waiting, id)
	pw.mu.Unlock()
	if !ok {
		return
	}
	var a workerAnswer
	switch e, pdf := data.Get("error"), data.Get("pdf"); {
	case e.Truthy():
		a.err = fmt.Errorf("pdf: %s", e.String())
	case pdf.Truthy():
		a.pdf = make([]byte, pdf.Length())
		app.CopyBytesToGo(a.pdf, pdf)
	}
	ch <- a
}

// fail marks the worker dead and hands every waiting request to the page.
func (pw *pdfWorker) fail() {
	pw.mu.Lock()
	pw.broken = true
	waiting := pw.waiting
	pw.waiting = map[int]chan workerAnswer{}
	pw.mu.Unlock()
	for _, ch := range waiting {
		ch <- workerAnswer{err: errNoWorker}
	}
	workerMu.Lock()
	workerDead = true
	if worker == pw {
		worker = nil
	}
	workerMu.Unlock()
	jsCall(pw.w, "terminate")
}
