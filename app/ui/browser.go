package ui

import (
	"errors"
	"fmt"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Everything here touches the browser through JavaScript. Each call is
// guarded: a JS exception inside Call becomes a Go panic that we recover,
// because a panic kills the whole wasm app. Reading a property that throws
// (window.localStorage in a sandboxed iframe) cannot be recovered at all, so
// such properties are read through Reflect.get, which is a Call.

// jsCall calls method on v and turns a JS exception into an error.
func jsCall(v app.Value, method string, args ...any) (app.Value, error) {
	if v == nil || !v.Truthy() {
		return nil, errors.New(method + ": no receiver")
	}
	return jsTry(method, func() app.Value { return v.Call(method, args...) })
}

// jsNew calls a constructor and turns a JS exception into an error.
func jsNew(ctor app.Value, args ...any) (app.Value, error) {
	return jsTry("new", func() app.Value { return ctor.New(args...) })
}

// jsTry runs f, one call into JavaScript, recovering the panic a JS
// exception becomes.
func jsTry(what string, f func() app.Value) (res app.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", what, r)
			res = nil
		}
	}()
	return f(), nil
}

// pageScript is the full URL of the page's script whose path ends in name,
// or "" if it has none.
func pageScript(name string) string {
	doc := app.Window().Get("document")
	el, err := jsCall(doc, "querySelector", `script[src$="`+name+`"]`)
	if err != nil || el == nil || !el.Truthy() {
		return ""
	}
	return el.Get("src").String()
}

// jsGet reads a property that may throw.
func jsGet(v app.Value, prop string) (app.Value, error) {
	reflect := app.Window().Get("Reflect")
	return jsCall(reflect, "get", v, prop)
}

// storage is one of the browser's key-value stores, or nil where the
// browser refuses it (sandboxed iframes, blocked third-party storage).
type storage struct{ v app.Value }

// browserStorage returns window[name] ("localStorage" or "sessionStorage")
// if it can really be used; it writes nothing to find out.
func browserStorage(name string) *storage {
	if app.IsServer {
		return nil
	}
	v, err := jsGet(app.Window(), name)
	if err != nil || v == nil || !v.Truthy() {
		return nil
	}
	// A page that could not use storage gets an in-memory stand-in from the
	// page's head script; it works, but keeps nothing, so offering to keep a
	// draft there would be a lie.
	if mem, err := jsGet(v, "__inMemory"); err == nil && mem != nil && mem.Truthy() {
		return nil
	}
	if _, err := jsCall(v, "getItem", "objector.probe"); err != nil {
		return nil
	}
	return &storage{v: v}
}

// Get returns the stored string and whether there was one.
func (s *storage) Get(key string) (string, bool) {
	if s == nil {
		return "", false
	}
	v, err := jsCall(s.v, "getItem", key)
	if err != nil || v == nil || v.IsNull() || v.IsUndefined() {
		return "", false
	}
	return v.String(), true
}

// Set stores a string; quota and permission errors are reported, not fatal.
func (s *storage) Set(key, value string) error {
	if s == nil {
		return errors.New("storage unavailable")
	}
	_, err := jsCall(s.v, "setItem", key, value)
	return err
}

// Del removes one key.
func (s *storage) Del(key string) {
	if s != nil {
		jsCall(s.v, "removeItem", key)
	}
}

// Clear removes every key of the store.
func (s *storage) Clear() error {
	if s == nil {
		return nil
	}
	_, err := jsCall(s.v, "clear")
	return err
}

// navigatorLanguages returns the browser's preferred languages, best first.
func navigatorLanguages() []string {
	if app.IsServer {
		return nil
	}
	nav := app.Window().Get("navigator")
	var out []string
	if langs := nav.Get("languages"); langs.Truthy() {
		for i := 0; i < langs.Length(); i++ {
			out = append(out, langs.Index(i).String())
		}
	}
	if l := nav.Get("language"); len(out) == 0 && l.Truthy() {
		out = append(out, l.String())
	}
	return out
}

// focusID moves the keyboard focus to an element.
func focusID(id string) {
	el := app.Window().GetElementByID(id)
	if el.Truthy() {
		jsCall(el, "focus")
	}
}

// focusFirstInvalid moves the focus to the first control showing a problem.
func focusFirstInvalid() {
	doc := app.Window().Get("document")
	el, err := jsCall(doc, "querySelector", `main [aria-invalid="true"]`)
	if err == nil && el != nil && el.Truthy() {
		jsCall(el, "focus")
	}
}

// setRootAttr sets an attribute on <html>.
// markReady says the page is mounted (<html data-ready="true">, what the
// tests and the bench wait for) on the frame after ctx's, then starts the
// service worker: its precache would otherwise compete with app.wasm's
// download and compilation on a first visit (app/site/loader.go moved the
// registration here).
func markReady(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		setRootAttr("data-ready", "true")
		workerOnce.Do(registerWorkerWhenIdle)
	})
}

// registerWorkerWhenIdle has go-app's goappInitServiceWorker run in a later
// idle moment, not in the task that mounts: its first navigator.serviceWorker
// and register() cost the main thread several milliseconds (about 6 in a
// CPU profile of a reload), which held up the mounted app's first frame.
// Nothing waits for it but the next visit.
func registerWorkerWhenIdle() {
	w := app.Window()
	register := w.Get("goappInitServiceWorker")
	if register.Type() != app.TypeFunction {
		return
	}
	if w.Get("requestIdleCallback").Type() == app.TypeFunction {
		jsCall(w, "requestIdleCallback", register, map[string]any{"timeout": 1000})
		return
	}
	jsCall(w, "setTimeout", register, 100) // Safari has no requestIdleCallback
}

// workerOnce registers the worker once per page, whichever root mounts.
var workerOnce sync.Once

func setRootAttr(name, value string) {
	root := app.Window().Get("document").Get("documentElement")
	if value == "" {
		jsCall(root, "removeAttribute", name)
		return
	}
	jsCall(root, "setAttribute", name, value)
}

// saveFile hands bytes to the browser as a download: a Blob, an object URL
// and a click on a temporary <a download>. Nothing leaves the device.
func saveFile(data []byte, mime, name string) error {
	w := app.Window()
	arr := w.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	parts := w.Get("Array").New(arr)
	blob := w.Get("Blob").New(parts, map[string]any{"type": mime})
	url, err := jsCall(w.Get("URL"), "createObjectURL", blob)
	if err != nil {
		return err
	}
	doc := w.Get("document")
	a, err := jsCall(doc, "createElement", "a")
	if err != nil {
		return err
	}
	a.Set("href", url)
	a.Set("download", name)
	a.Set("rel", "noopener")
	a.Get("style").Set("display", "none")
	jsCall(doc.Get("body"), "appendChild", a)
	_, err = jsCall(a, "click")
	jsCall(a, "remove")
	// Revoke later: some browsers read the URL after click returns.
	var revoke app.Func
	revoke = app.FuncOf(func(app.Value, []app.Value) any {
		jsCall(w.Get("URL"), "revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	w.Call("setTimeout", revoke, 60000)
	return err
}

// await waits for a JS promise; call it off the UI goroutine (ctx.Async).
func await(p app.Value) (app.Value, error) {
	type result struct {
		v   app.Value
		err error
	}
	ch := make(chan result, 1)
	ok := app.FuncOf(func(_ app.Value, args []app.Value) any {
		var v app.Value
		if len(args) > 0 {
			v = args[0]
		}
		ch <- result{v: v}
		return nil
	})
	fail := app.FuncOf(func(_ app.Value, args []app.Value) any {
		msg := "rejected"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		ch <- result{err: errors.New(msg)}
		return nil
	})
	defer ok.Release()
	defer fail.Release()
	if _, err := jsCall(p, "then", ok, fail); err != nil {
		return nil, err
	}
	r := <-ch
	return r.v, r.err
}

// fetchBytes fetches a same-origin file; call it off the UI goroutine.
func fetchBytes(url string) ([]byte, error) {
	p, err := jsCall(app.Window(), "fetch", url)
	if err != nil {
		return nil, err
	}
	resp, err := await(p)
	if err != nil {
		return nil, err
	}
	if !resp.Get("ok").Bool() {
		return nil, fmt.Errorf("%s: HTTP %d", url, resp.Get("status").Int())
	}
	return bytesOf(resp)
}

// bytesOf reads a Response, Blob or File (of an <input type=file>)
// through its arrayBuffer(); call it off the UI goroutine.
func bytesOf(v app.Value) ([]byte, error) {
	p, err := jsCall(v, "arrayBuffer")
	if err != nil {
		return nil, err
	}
	buf, err := await(p)
	if err != nil {
		return nil, err
	}
	arr := app.Window().Get("Uint8Array").New(buf)
	out := make([]byte, arr.Length())
	app.CopyBytesToGo(out, arr)
	return out, nil
}

// copyText puts text on the clipboard; call it off the UI goroutine. The
// asynchronous Clipboard API needs a secure context and, in an iframe, the
// host's permission, so a hidden textarea and execCommand stand in.
func copyText(text string) error {
	nav := app.Window().Get("navigator")
	if clip, err := jsGet(nav, "clipboard"); err == nil && clip != nil && clip.Truthy() {
		if p, err := jsCall(clip, "writeText", text); err == nil {
			if _, err := await(p); err == nil {
				return nil
			}
		}
	}
	doc := app.Window().Get("document")
	ta, err := jsCall(doc, "createElement", "textarea")
	if err != nil {
		return err
	}
	ta.Set("value", text)
	ta.Call("setAttribute", "readonly", "")
	ta.Get("style").Set("position", "fixed")
	ta.Get("style").Set("opacity", "0")
	jsCall(doc.Get("body"), "appendChild", ta)
	jsCall(ta, "select")
	ok, err := jsCall(doc, "execCommand", "copy")
	jsCall(ta, "remove")
	if err != nil {
		return err
	}
	if !ok.Truthy() {
		return errors.New("copy refused")
	}
	return nil
}

// printPage opens the browser's print dialog; the print stylesheet prints
// only the letter named by data-print on <html>.
func printPage(kind string) {
	setRootAttr("data-print", kind)
	jsCall(app.Window(), "print")
}

// YieldToBrowser ends the JavaScript task Go runs in and goes on in a new
// one, so the browser can paint and take input in between. The start-up
// (runtime, messages, first render and mount) ran as one task of 300 ms
// and more on a cold load, which Lighthouse counts, times its 4× mobile
// slowdown, as blocking; cut where the shell has nothing half done, it
// blocks less. scheduler.yield() (Chrome 129 and later) resumes ahead of
// other queued tasks; elsewhere a MessageChannel message, which background
// tabs do not hold back as they do timers (a second each in Firefox);
// setTimeout is the last resort. Outside the browser it returns at once.
func YieldToBrowser() {
	if !app.IsClient {
		return
	}
	done := make(chan struct{})
	f := app.FuncOf(func(app.Value, []app.Value) any {
		close(done)
		return nil
	})
	defer f.Release()
	if sch, err := jsGet(app.Window(), "scheduler"); err == nil && sch.Truthy() && sch.Get("yield").Truthy() {
		if p, err := jsCall(sch, "yield"); err == nil {
			if _, err := jsCall(p, "then", f); err == nil {
				<-done
				return
			}
		}
	}
	if mc, err := jsNew(app.Window().Get("MessageChannel")); err == nil {
		port := mc.Get("port1")
		port.Set("onmessage", f)
		if _, err := jsCall(mc.Get("port2"), "postMessage", nil); err == nil {
			<-done
			port.Call("close")
			return
		}
	}
	if _, err := jsCall(app.Window(), "setTimeout", f, 0); err == nil {
		<-done
	}
}
