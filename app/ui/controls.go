package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The case file's forms draw their controls through these few functions:
// in the wasm, every go-app builder chain at a call site costs a kilobyte
// or more of code, so one chain called from many places keeps app.wasm
// small (make bench holds its size to the go-app floor).
// (The Makefile builds app/... without inlining, which would copy the
// chain back into every caller.)

// button is a button of the given style ("primary", "secondary", "danger",
// "danger-quiet") whose handler is scoped (TestHandlerScope).
func button(id, style, text string, on app.EventHandler, scope app.EventOption) app.HTMLButton {
	return app.Button().Type("button").ID(id).Class("btn", "btn-"+style).Text(text).OnClick(on, scope)
}

// control is a labelled control of a case form: its label, an optional
// hint, the control, and the problem when there is one, tied to the
// control by aria-describedby.
type control struct {
	ID, Label, Hint, Problem string
}

// draw wraps the control element c in its field.
func (f control) draw(c app.UI) app.UI {
	var hint, problem app.UI
	if f.Hint != "" {
		hint = app.P().ID("hint-" + f.ID).Class("hint").Text(f.Hint)
	}
	if f.Problem != "" {
		problem = app.P().ID("error-" + f.ID).Class("error").Text(f.Problem)
	}
	return app.Div().Class("field").Class(classIf(f.Problem != "", "field--invalid")).Body(
		app.Label().For(f.ID).Text(f.Label), hint, c, problem,
	)
}

// describedBy names the hint and the problem of the control.
func (f control) describedBy() string {
	var s string
	if f.Hint != "" {
		s = "hint-" + f.ID
	}
	if f.Problem != "" {
		if s != "" {
			s += " "
		}
		s += "error-" + f.ID
	}
	return s
}

// input draws an <input> of the type with its value; on runs on change
// ("date", "number") or input (text).
func (f control) input(typ, value string, on app.EventHandler, scope app.EventOption) app.UI {
	in := app.Input().Type(typ).ID(f.ID).Value(value).
		Aria("invalid", f.Problem != "").Aria("describedby", f.describedBy())
	if typ == "text" || typ == "number" {
		return f.draw(in.OnInput(on, scope))
	}
	return f.draw(in.OnChange(on, scope))
}

// choice draws a <select> of the options, value selected.
func (f control) choice(opts []option, value string, on app.EventHandler, scope app.EventOption) app.UI {
	items := make([]app.UI, len(opts))
	for i, o := range opts {
		opt := app.Option().Value(o.Value).Text(o.Label).Selected(o.Value == value)
		if o.Lang != "" {
			opt = opt.Lang(o.Lang)
		}
		items[i] = opt
	}
	return f.draw(app.Select().ID(f.ID).Aria("invalid", f.Problem != "").Aria("describedby", f.describedBy()).
		Body(items...).OnChange(on, scope))
}

// onValue is a handler that keeps the control's value in *dst.
func onValue(dst *string) app.EventHandler {
	return func(ctx app.Context, e app.Event) { *dst = ctx.JSSrc().Get("value").String() }
}

// hintText is a paragraph of help.
func hintText(text string) app.UI { return app.P().Class("hint").Text(text) }
