package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/wizard"
)

// sheetNode is the letter sheet as plain nodes: an element (tag set) with
// its classes, attributes and children, a text (tag empty), or the place of
// an edit button (edit set). LetterSheet draws it with go-app; the live
// preview patches the page with it directly (livepreview.go), so a
// keystroke reaches the preview without waiting for go-app's next frame.
// Every text is a text node, never markup.
type sheetNode struct {
	tag   string
	class []string
	attrs [][2]string
	text  string
	kids  []sheetNode
	edit  wizard.Step
}

func el(tag string, class []string, kids ...sheetNode) sheetNode {
	return sheetNode{tag: tag, class: class, kids: kids}
}

func txt(s string) sheetNode { return sheetNode{text: s} }

func cls(c ...string) []string { return c }

// sheetTree is the letter d as it prints; with edits, each part carries the
// place of a button back to the step that edits it.
func sheetTree(d letter.Document, edits bool) sheetNode {
	lines := func(ls []string) []sheetNode {
		out := make([]sheetNode, 0, 2*len(ls))
		for i, l := range ls {
			if i > 0 {
				out = append(out, el("br", nil))
			}
			out = append(out, txt(l))
		}
		return out
	}
	edit := func(step wizard.Step) []sheetNode {
		if !edits {
			return nil
		}
		return []sheetNode{{edit: step}}
	}
	body := make([]sheetNode, 0, len(d.Body))
	for _, b := range d.Body {
		switch b.Kind {
		case letter.Heading:
			body = append(body, el("p", cls("l-heading"), txt(b.Text)))
		case letter.List:
			items := make([]sheetNode, 0, len(b.Items))
			for _, it := range b.Items {
				items = append(items, el("li", nil, txt(it)))
			}
			if b.Text != "" {
				body = append(body, el("p", nil, txt(b.Text)))
			}
			body = append(body, el("ol", nil, items...))
		default:
			body = append(body, el("p", nil, txt(b.Text)))
		}
	}

	address := []sheetNode{}
	if d.ReturnLine != "" {
		address = append(address, el("p", cls("l-return"), txt(d.ReturnLine)))
	}
	if d.Notice != "" {
		address = append(address, el("p", cls("l-notice"), txt(d.Notice)))
	}
	address = append(address, el("p", cls("l-recipient"), lines(d.Recipient)...))
	address = append(address, edit(wizard.StepCompany)...)

	sheet := el("article", cls("sheet"),
		el("div", cls("l-part", "l-sender"), append([]sheetNode{el("p", nil, lines(d.Sender)...)}, edit(wizard.StepAbout)...)...),
		el("div", cls("l-part", "l-address"), address...),
		el("p", cls("l-date"), txt(d.PlaceDate)),
		el("div", cls("l-part", "l-content"), append([]sheetNode{
			el("p", cls("l-subject"), txt(d.Subject)),
			el("p", nil, txt(d.Salutation)),
			el("div", cls("l-body"), body...),
		}, edit(wizard.StepSituation)...)...),
		el("p", cls("l-closing"), txt(d.Closing)),
		el("p", cls("l-signature"), txt(d.Signature)),
	)
	sheet.attrs = [][2]string{{"lang", d.Lang}, {"data-kind", string(d.Kind)}}
	if len(d.Enclosures) > 0 {
		items := make([]sheetNode, 0, len(d.Enclosures))
		for _, e := range d.Enclosures {
			items = append(items, el("li", nil, txt(e)))
		}
		sheet.kids = append(sheet.kids, el("div", cls("l-enclosures"),
			el("p", nil, txt(d.EnclosuresLabel)),
			el("ul", nil, items...),
		))
	}
	return sheet
}

// pendingTree is the blank sheet shown until the letter can be written.
func pendingTree() sheetNode {
	bar := func(c ...string) sheetNode { return el("span", append(cls("skeleton"), c...)) }
	return el("div", cls("sheet", "sheet--pending"),
		bar("skeleton--short"), bar("skeleton--short"), bar(), bar(), bar("skeleton--short"))
}

// ui draws n with go-app; editButton draws the edit places (nil for none).
func (n sheetNode) ui(editButton func(wizard.Step) app.UI) app.UI {
	switch {
	case n.edit != 0:
		if editButton == nil {
			return nil
		}
		return editButton(n.edit)
	case n.tag == "":
		return app.Text(n.text)
	case n.tag == "br":
		return app.Br()
	}
	kids := make([]app.UI, 0, len(n.kids))
	for _, k := range n.kids {
		if u := k.ui(editButton); u != nil {
			kids = append(kids, u)
		}
	}
	e := app.Elem(n.tag).Class(n.class...)
	for _, a := range n.attrs {
		e = e.Attr(a[0], a[1])
	}
	return e.Body(kids...)
}
