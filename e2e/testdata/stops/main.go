//go:build js && wasm

// stops stands in for app.wasm in e2e's TestStopped: it mounts as the app
// does (<html lang>, data-ready), then panics, as a bug would, so the Go
// program ends with the page still on screen.
package main

import (
	"syscall/js"
	"time"
)

func main() {
	root := js.Global().Get("document").Get("documentElement")
	root.Set("lang", "de")
	root.Call("setAttribute", "data-ready", "true")
	time.Sleep(300 * time.Millisecond)
	panic("e2e: the Go program stops")
}
