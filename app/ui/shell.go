package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/locales"
)

// Shell is the application frame: header, the current wizard step, footer.
type Shell struct {
	app.Compo

	bundle *locales.Bundle
	loc    *locales.Localizer
}

// OnInit loads the messages and picks the interface language.
func (s *Shell) OnInit() {
	b, err := locales.Load()
	if err != nil {
		app.Log("locales:", err)
		return
	}
	s.bundle = b
	s.loc = b.Localizer(locales.Source)
}

// OnMount marks the page ready for tests and benchmarks.
func (s *Shell) OnMount(ctx app.Context) {
	if s.bundle != nil {
		q := ctx.Page().URL().Query()
		s.loc = s.bundle.Localizer(s.bundle.Match(q.Get("lang"), app.Window().Get("navigator").Get("language").String()))
		ctx.Page().SetLang(s.loc.Lang())
	}
	ctx.Defer(func(app.Context) {
		app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-ready", "true")
	})
}

// Render draws the frame.
func (s *Shell) Render() app.UI {
	if s.loc == nil {
		return app.Main().Text("…")
	}
	t := s.loc.T
	return app.Div().Class("shell").Body(
		app.Header().Class("top").Body(app.Span().Class("brand").Text(t("App.Name"))),
		app.Main().ID("main").Body(
			app.H1().Text(t("Wizard.Start.Title")),
			app.P().Class("lead").Text(t("Wizard.Start.Lead")),
		),
	)
}
