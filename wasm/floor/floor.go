// Command floor is the go-app floor: the smallest go-app v10 client, one
// component rendering one heading. `make bench` builds it beside Objector's
// client with the same flags and serves both the same way, so every size and
// load time of the app can be quoted as a ratio to what go-app alone costs.
//
// Built with GOOS=js GOARCH=wasm it is the client (main_wasm.go); built for
// the host it writes the floor's static site (main_host.go). The host code
// stays out of the wasm, as in Objector's own entries.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// heading is the floor's only component.
type heading struct {
	app.Compo
}

// OnMount marks the page mounted the same way Objector's shell does, so the
// benchmark waits for the same signal on both sites.
func (h *heading) OnMount(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-ready", "true")
	})
}

// Render draws the heading.
func (h *heading) Render() app.UI {
	return app.H1().Text("go-app floor")
}

// routes registers the floor's single page on both sides.
func routes() {
	app.Route("/", func() app.Composer { return &heading{} })
}
