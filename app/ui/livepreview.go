package ui

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/locales"
)

// LivePreview shows, beside "about you" and "your situation" on wide
// screens, the letter as it stands, re-composed on every keystroke; a blank
// sheet until the letter can be written. It repeats what the review shows,
// so assistive technology skips it.
//
// go-app draws only the empty <aside>; its content is patched here, from
// the field's input handler (State.touch), which runs as the key is
// pressed: go-app would draw it on its next frame, 8 ms or more later
// (make bench: keystroke → live preview).
type LivePreview struct {
	app.Compo

	S *State
	// Rev and Lang make go-app call OnUpdate when the letter may have
	// changed without a keystroke (a choice, the language).
	Rev  int
	Lang string

	shown struct {
		rev int
		loc *locales.Localizer
	}
	dom *domNode
}

// Render draws the empty frame the preview is patched into.
func (p *LivePreview) Render() app.UI {
	return app.Aside().Class("live-preview").Aria("hidden", "true")
}

// OnMount draws the letter and takes the keystrokes.
func (p *LivePreview) OnMount(ctx app.Context) {
	p.dom = nil
	p.S.preview = p.show
	p.show()
}

// OnUpdate draws the letter when the shell re-rendered with a change.
func (p *LivePreview) OnUpdate(ctx app.Context) { p.show() }

// OnDismount stops taking keystrokes.
func (p *LivePreview) OnDismount() {
	if p.S != nil {
		p.S.preview = nil
	}
}

// show patches the preview with the letter as the state stands, unless it
// shows that already.
func (p *LivePreview) show() {
	st := p.S
	if st == nil || !p.Mounted() {
		return
	}
	// Every change of the draft counts in rev; the language does not.
	loc := st.LetterLoc()
	if p.dom != nil && p.shown.rev == st.rev && p.shown.loc == loc {
		return
	}
	p.shown.rev, p.shown.loc = st.rev, loc
	tree := pendingTree()
	if doc, ok := st.firstLetter(); ok {
		tree = sheetTree(doc, false)
	}
	p.dom = patchChildren(p.JSValue(), p.dom, tree)
}

// domNode is a sheetNode as it stands in the page.
type domNode struct {
	n    sheetNode
	js   app.Value
	kids []*domNode
}

// patchChildren makes parent's only child show want, reusing old (nil
// the first time: parent is emptied) and touching only what changed.
func patchChildren(parent app.Value, old *domNode, want sheetNode) *domNode {
	if old == nil {
		parent.Set("textContent", "")
		d := create(want)
		parent.Call("appendChild", d.js)
		return d
	}
	return patch(parent, old, want)
}

// patch makes old show want; parent holds old.
func patch(parent app.Value, old *domNode, want sheetNode) *domNode {
	if !sameShape(old.n, want) {
		d := create(want)
		parent.Call("replaceChild", d.js, old.js)
		return d
	}
	if want.tag == "" {
		if old.n.text != want.text {
			old.js.Set("nodeValue", want.text)
		}
		old.n = want
		return old
	}
	kids := make([]*domNode, 0, len(want.kids))
	for i, k := range want.kids {
		if i < len(old.kids) {
			kids = append(kids, patch(old.js, old.kids[i], k))
			continue
		}
		d := create(k)
		old.js.Call("appendChild", d.js)
		kids = append(kids, d)
	}
	for _, gone := range old.kids[min(len(old.kids), len(want.kids)):] {
		old.js.Call("removeChild", gone.js)
	}
	old.n, old.kids = want, kids
	return old
}

// sameShape: the node can be kept, only its text or children may differ.
func sameShape(a, b sheetNode) bool {
	return a.tag == b.tag && slices.Equal(a.class, b.class) && slices.Equal(a.attrs, b.attrs)
}

// create makes n's DOM. Text goes in as text nodes, never as markup.
func create(n sheetNode) *domNode {
	doc := app.Window().Get("document")
	if n.tag == "" {
		return &domNode{n: n, js: doc.Call("createTextNode", n.text)}
	}
	e := doc.Call("createElement", n.tag)
	if len(n.class) > 0 {
		e.Call("setAttribute", "class", strings.Join(n.class, " "))
	}
	for _, a := range n.attrs {
		e.Call("setAttribute", a[0], a[1])
	}
	d := &domNode{n: n, js: e, kids: make([]*domNode, 0, len(n.kids))}
	for _, k := range n.kids {
		c := create(k)
		e.Call("appendChild", c.js)
		d.kids = append(d.kids, c)
	}
	return d
}
