// Command wasm is Objector's browser entry, built with GOOS=js GOARCH=wasm.
// It registers the routes and starts the client; the host side (serving,
// static generation) stays out of it to keep app.wasm small.
package main

import (
	"runtime/debug"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/ui"
)

func main() {
	// Go's collector stops the page while it marks; with the default
	// target a cycle came every few keystrokes (make bench: keystroke →
	// live preview). A heap of a few MB can grow 4× before one.
	debug.SetGCPercent(400)
	ui.YieldToBrowser() // the runtime and the packages are set up; the app next
	ui.Routes()
	app.RunWhenOnBrowser()
}
