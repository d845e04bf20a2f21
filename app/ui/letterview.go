package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/wizard"
)

// LetterSheet draws a composed letter on an A4-looking sheet, as it will
// print. Every text goes in as a text node, never as HTML, so nothing the
// person typed can become markup. With Edit set, each part of the letter
// carries a button back to the step that edits it.
type LetterSheet struct {
	app.Compo

	Doc letter.Document
	// Edit names the edit buttons' texts; nil draws the letter alone.
	Edit *editLabels
	// OnEdit goes to a step.
	OnEdit func(ctx app.Context, step wizard.Step)
}

// editLabels are the texts of the edit buttons in the interface language.
type editLabels struct {
	Sender, Recipient, Content, Task string
}

// Render draws the letter.
func (c *LetterSheet) Render() app.UI {
	d := c.Doc
	lines := func(ls []string) []app.UI {
		out := make([]app.UI, 0, 2*len(ls))
		for i, l := range ls {
			if i > 0 {
				out = append(out, app.Br())
			}
			out = append(out, app.Text(l))
		}
		return out
	}
	body := make([]app.UI, 0, len(d.Body))
	for _, b := range d.Body {
		switch b.Kind {
		case letter.Heading:
			body = append(body, app.P().Class("l-heading").Text(b.Text))
		case letter.List:
			items := make([]app.UI, 0, len(b.Items))
			for _, it := range b.Items {
				items = append(items, app.Li().Text(it))
			}
			if b.Text != "" {
				body = append(body, app.P().Text(b.Text))
			}
			body = append(body, app.Ol().Body(items...))
		default:
			body = append(body, app.P().Text(b.Text))
		}
	}
	return app.Article().Class("sheet").Lang(d.Lang).DataSet("kind", string(d.Kind)).Body(
		app.Div().Class("l-part", "l-sender").Body(
			app.P().Body(lines(d.Sender)...),
			c.renderEdit(wizard.StepAbout, func(e *editLabels) string { return e.Sender }),
		),
		app.Div().Class("l-part", "l-address").Body(
			app.If(d.ReturnLine != "", func() app.UI { return app.P().Class("l-return").Text(d.ReturnLine) }),
			app.If(d.Notice != "", func() app.UI { return app.P().Class("l-notice").Text(d.Notice) }),
			app.P().Class("l-recipient").Body(lines(d.Recipient)...),
			c.renderEdit(wizard.StepCompany, func(e *editLabels) string { return e.Recipient }),
		),
		app.P().Class("l-date").Text(d.PlaceDate),
		app.Div().Class("l-part", "l-content").Body(
			app.P().Class("l-subject").Text(d.Subject),
			app.P().Text(d.Salutation),
			app.Div().Class("l-body").Body(body...),
			c.renderEdit(wizard.StepSituation, func(e *editLabels) string { return e.Content }),
		),
		app.P().Class("l-closing").Text(d.Closing),
		app.P().Class("l-signature").Text(d.Signature),
		app.If(len(d.Enclosures) > 0, func() app.UI {
			items := make([]app.UI, 0, len(d.Enclosures))
			for _, e := range d.Enclosures {
				items = append(items, app.Li().Text(e))
			}
			return app.Div().Class("l-enclosures").Body(
				app.P().Text(d.EnclosuresLabel),
				app.Ul().Body(items...),
			)
		}),
	)
}

func (c *LetterSheet) renderEdit(step wizard.Step, label func(*editLabels) string) app.UI {
	if c.Edit == nil || c.OnEdit == nil {
		return nil
	}
	return app.Button().Type("button").Class("edit").
		Text(label(c.Edit)).
		OnClick(func(ctx app.Context, e app.Event) { c.OnEdit(ctx, step) })
}
