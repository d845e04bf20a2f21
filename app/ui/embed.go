package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/catalog"
	"github.com/objector-eu/objector/app/embed"
	"github.com/objector-eu/objector/locales"
)

// embedding is what the shell does for an advocacy site that embeds the
// app: the parameters of the address beside the wizard's own (accent
// colour, compact chrome, the organisation's name) and, inside a frame, the
// height reports to the page around it. The wizard's choices (language,
// letter, company) are the shell's, through wizard.ParseLink.
type embedding struct {
	params embed.Params
	// framed is true inside another page's frame.
	framed bool
	resize *resizeReporter
}

// mount reads the address and applies what concerns the whole page. Root
// attributes let the stylesheet adapt: data-framed drops the full-screen
// minimum height (the frame takes the app's height, not the other way
// round), data-accent switches to the accent's colours.
func (e *embedding) mount(ctx app.Context, b *locales.Bundle) {
	e.params = embed.Parse(ctx.Page().URL().Query(), b.Has, hasController)
	e.framed = inIframe()
	if e.params.Embed {
		setRootAttr("data-embed", "true")
	}
	if e.params.Accent != nil {
		applyAccent(*e.params.Accent)
	}
	if e.framed {
		setRootAttr("data-framed", "true")
		e.resize = startResizeReporter()
	}
}

func hasController(id string) bool {
	_, ok := catalog.Lookup(id)
	return ok
}

// compact reports whether the chrome is the embedded one: no install
// offer, no update banner.
func (e *embedding) compact() bool { return e.params.Embed }

// renderBar draws, in the compact chrome, the organisation's line and the
// link that opens the full app in a new tab (go-app leaves target=_blank
// links alone, so it never pushes a history entry of the host page).
func (e *embedding) renderBar(loc *locales.Localizer) app.UI {
	if !e.params.Embed {
		return nil
	}
	return app.Div().Class("embed-bar").Body(
		app.If(e.params.ShowsOrg(), func() app.UI {
			return app.P().ID("embed-org").Class("embed-org").
				Text(loc.Tf("Embed.ProvidedBy", locales.Args{"Org": e.params.Org}))
		}),
		app.A().ID("open-full").Class("embed-open").
			Href(embed.FullAppPath(loc.Lang(), e.params.Link)).
			Target("_blank").Rel("noopener").Body(
			app.Text(loc.T("Embed.OpenFull")),
			app.Span().Class("visually-hidden").Text(" "+loc.T("Embed.NewTab")),
		),
	)
}

// renderFooterLink points organisations to the embed page, in the full app
// only: inside a frame the link would push a history entry of the host
// page.
func (e *embedding) renderFooterLink(loc *locales.Localizer) app.UI {
	if e.params.Embed || e.framed {
		return nil
	}
	return app.P().Class("foot-embed").Body(
		app.A().ID("embed-link").Href("/embed").Text(loc.T("Embed.Link")),
	)
}

// applyAccent hands the accent's colours to the stylesheet as custom
// properties on <html>. They are set through the CSSOM, which the Content
// Security Policy allows, unlike a style attribute; each value is a
// validated "#rrggbb".
func applyAccent(a embed.Accent) {
	root := app.Window().Get("document").Get("documentElement")
	style, err := jsGet(root, "style")
	if err != nil {
		return
	}
	for _, p := range a.Properties() {
		if _, err := jsCall(style, "setProperty", p[0], p[1]); err != nil {
			return
		}
	}
	setRootAttr("data-accent", a.Color.Hex())
}
