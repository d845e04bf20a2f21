//go:build wasm

package main

import (
	"errors"
	"sync"
	"syscall/js"

	"github.com/objector-eu/objector/app/pdf"
)

func main() {
	js.Global().Set("objectorPDF", js.FuncOf(makePDF))
	select {} // serve calls until the page goes
}

// makePDF is objectorPDF: (documentJSON, regularURL, boldURL) → Promise.
func makePDF(_ js.Value, args []js.Value) any {
	return promise(func() (js.Value, error) {
		if len(args) != 3 {
			return js.Undefined(), errors.New("objectorPDF(documentJSON, regularFontURL, boldFontURL)")
		}
		fonts, err := loadFonts(args[1].String(), args[2].String())
		if err != nil {
			return js.Undefined(), err
		}
		if args[0].String() == "" { // warming up: the fonts only
			return js.Undefined(), nil
		}
		data, err := render([]byte(args[0].String()), fonts)
		if err != nil {
			return js.Undefined(), err
		}
		out := js.Global().Get("Uint8Array").New(len(data))
		js.CopyBytesToJS(out, data)
		return out, nil
	})
}

var (
	fontsMu sync.Mutex
	fonts   pdf.Fonts
)

// loadFonts fetches the fonts once.
func loadFonts(regularURL, boldURL string) (pdf.Fonts, error) {
	fontsMu.Lock()
	defer fontsMu.Unlock()
	if fonts.Regular != nil && fonts.Bold != nil {
		return fonts, nil
	}
	r, err := fetchBytes(regularURL)
	if err != nil {
		return pdf.Fonts{}, err
	}
	b, err := fetchBytes(boldURL)
	if err != nil {
		return pdf.Fonts{}, err
	}
	fonts = pdf.Fonts{Regular: r, Bold: b}
	return fonts, nil
}

// promise runs f on a goroutine and settles a JS Promise with its result;
// a JS callback must not block, and fetching the fonts waits for the network.
func promise(f func() (js.Value, error)) js.Value {
	var executor js.Func
	executor = js.FuncOf(func(_ js.Value, args []js.Value) any {
		resolve, reject := args[0], args[1]
		go func() {
			v, err := f()
			if err != nil {
				reject.Invoke(js.Global().Get("Error").New(err.Error()))
				return
			}
			resolve.Invoke(v)
		}()
		executor.Release()
		return nil
	})
	return js.Global().Get("Promise").New(executor)
}

// await waits for a JS promise; call it off the JS callback.
func await(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	ok := js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{v: args[0]}
		return nil
	})
	fail := js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{err: errors.New(args[0].Call("toString").String())}
		return nil
	})
	defer ok.Release()
	defer fail.Release()
	p.Call("then", ok, fail)
	r := <-ch
	return r.v, r.err
}

// fetchBytes fetches a same-origin file.
func fetchBytes(url string) ([]byte, error) {
	resp, err := await(js.Global().Call("fetch", url))
	if err != nil {
		return nil, err
	}
	if !resp.Get("ok").Bool() {
		return nil, errors.New(url + ": HTTP " + resp.Get("status").String())
	}
	buf, err := await(resp.Call("arrayBuffer"))
	if err != nil {
		return nil, err
	}
	arr := js.Global().Get("Uint8Array").New(buf)
	out := make([]byte, arr.Length())
	js.CopyBytesToGo(out, arr)
	return out, nil
}
