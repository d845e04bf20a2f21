// Package ui holds Objector's go-app components: they turn letter Documents
// into nodes and the person's input into letter Facts. Everything else lives
// in pure packages beside it.
package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Routes registers every page; both the host (prerendering, static site) and
// the browser call it, since go-app needs the same routes on both sides.
func Routes() {
	app.Route("/", func() app.Composer { return &Shell{} })
	// The case file is the same shell showing another view, so moving
	// between the two keeps what was typed.
	app.Route(CasesPath, func() app.Composer { return &Shell{} })
	app.Route(EmbedPath, func() app.Composer { return &EmbedPage{} })
}
