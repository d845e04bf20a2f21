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

// Render draws the letter (sheettree.go).
func (c *LetterSheet) Render() app.UI {
	if c.Edit == nil || c.OnEdit == nil {
		return sheetTree(c.Doc, false).ui(nil)
	}
	return sheetTree(c.Doc, true).ui(c.renderEdit)
}

func (c *LetterSheet) renderEdit(step wizard.Step) app.UI {
	var label string
	switch step {
	case wizard.StepAbout:
		label = c.Edit.Sender
	case wizard.StepCompany:
		label = c.Edit.Recipient
	case wizard.StepSituation:
		label = c.Edit.Content
	}
	return app.Button().Type("button").Class("edit").
		Text(label).
		OnClick(func(ctx app.Context, e app.Event) { c.OnEdit(ctx, step) }, app.EventScope(int(step)))
}
