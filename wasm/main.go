// Command wasm is Objector's browser entry, built with GOOS=js GOARCH=wasm.
// It registers the routes and starts the client; the host side (serving,
// static generation) stays out of it to keep app.wasm small.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/ui"
)

func main() {
	ui.Routes()
	app.RunWhenOnBrowser()
}
