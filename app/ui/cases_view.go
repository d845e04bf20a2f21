package ui

import (
	"sort"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/cases"
	"github.com/objector-eu/objector/locales"
)

// CasesView is "My cases": every letter the person recorded as sent, its
// deadline and status, one next step each, and the case file's export and
// import. It lives at CasesPath, inside the shell.
type CasesView struct {
	app.Compo

	S   *State
	Rev int

	// openID is the case whose form (panel) is open; confirmID the case
	// whose deletion is being confirmed.
	openID, panel, confirmID string
	// status is the outcome of the last action.
	status string
	// drawn keeps each case's HTML with what it was written from, so a
	// redraw writes only the cases that changed.
	drawn map[string]drawnCase
}

// drawnCase is a case's HTML and the key of what it shows: the case as
// last updated, the day, the language and whether deletion is asked.
type drawnCase struct{ key, html string }

// Render draws the list, open cases by deadline first, closed ones last.
// Each case is one piece of HTML (caseItem), but for the case whose form
// is open, a component (CaseCard): drawn element by element by go-app,
// 50 cases took some 100 ms (make bench), each element, attribute and
// text a call into JavaScript. A case's HTML is written again only when
// the case, the day, the language or its delete question changed, and
// go-app leaves an unchanged piece of HTML in the page as it is.
func (v *CasesView) Render() app.UI {
	// make bench times the drawing of the list from here.
	mark("objector-cases-render")
	s := v.S
	t := s.Loc.T
	list := sortedCases(s.Cases, s.Today)
	items := make([]app.UI, len(list))
	drawn := make(map[string]drawnCase, len(list))
	for i, c := range list {
		if c.ID == v.openID {
			items[i] = &CaseCard{
				S: s, Rev: s.rev, ID: c.ID, Panel: v.panel, Confirm: v.confirmID == c.ID, OnDone: v.onPanelDone,
			}
			continue
		}
		confirm := v.confirmID == c.ID
		key := c.Updated + "|" + s.Today.Format(time.DateOnly) + "|" + s.Loc.Lang() + "|" + strconv.FormatBool(confirm)
		d, ok := v.drawn[c.ID]
		if !ok || d.key != key {
			d = drawnCase{key, caseItem(caseViewOf(s, c, ""), confirm, s.Loc)}
		}
		drawn[c.ID] = d
		items[i] = app.Raw(d.html)
	}
	v.drawn = drawn
	return app.Section().Class("cases-view").Aria("labelledby", "step-title").Body(
		app.H1().ID("step-title").TabIndex(-1).Text(t("Cases.Title")),
		app.P().Class("lead").Text(t("Cases.Lead")),
		app.P().ID("cases-store").Class("hint", "cases-store").DataSet("store", s.CaseStore).Text(t("Cases.Store."+s.CaseStore)),
		app.If(len(list) == 0, func() app.UI {
			return app.P().ID("cases-empty").Class("notice-box").Text(t("Cases.Empty"))
		}),
		app.Div().Class("case-lists").OnClick(v.onAction).Body(app.Ul().Class("case-list").Body(items...)),
		app.P().ID("cases-status").Class("notice").Role("status").Aria("live", "polite").Text(v.status),
		app.Div().Class("case-file").Body(
			app.H2().Text(t("Cases.File.Title")),
			hintText(t("Cases.File.Hint")),
			app.Div().Class("actions").Body(
				button("cases-export", "secondary", t("Cases.Export"), v.onExport, app.EventScope("cases")).Disabled(len(list) == 0),
				app.Label().For("cases-import").Class("btn", "btn-secondary", "file-button").Text(t("Cases.Import")),
				app.Input().Type("file").ID("cases-import").Class("visually-hidden").
					Accept(".json,application/json").OnChange(v.onImport),
			),
		),
	)
}

// mark sets a performance mark, in the browser.
func mark(name string) {
	if app.IsClient {
		jsCall(app.Window().Get("performance"), "mark", name)
	}
}

// onAction runs the action of a summary's button (its data-action) for
// its case (the card's data-case); clicks elsewhere, in an open form among
// them, are not its business.
func (v *CasesView) onAction(ctx app.Context, e app.Event) {
	target := e.Get("target")
	if !target.Truthy() {
		return
	}
	btn, err := jsCall(target, "closest", "[data-action]")
	if err != nil || !btn.Truthy() {
		return
	}
	card, err := jsCall(btn, "closest", "[data-case]")
	if err != nil || !card.Truthy() {
		return
	}
	id := card.Get("dataset").Get("case").String()
	s := v.S
	i := cases.Index(s.Cases, id)
	if i < 0 {
		return
	}
	v.status = ""
	focus := ""
	switch action := btn.Get("dataset").Get("action").String(); action {
	case string(cases.StepWait):
		v.openID, v.panel = id, "record"
	case string(cases.StepReminder), string(cases.StepComplaint):
		v.openID, v.panel = id, action
	case string(cases.StepClose), string(cases.StepNone):
		closed := action == string(cases.StepClose)
		s.UpdateCase(id, func(c *cases.Case, now time.Time) { c.SetClosed(closed, now) })
		v.closePanel(id)
		focus = "next-" + id
	case "ics":
		v.status = saveCaseICS(s, s.Cases[i])
	case "delete":
		v.confirmID, focus = id, "delete-no-"+id
	case "delete-no":
		v.confirmID, focus = "", "delete-"+id
	case "delete-yes":
		s.DeleteCase(id)
		v.confirmID, focus = "", "step-title"
		v.closePanel(id)
	}
	s.rev++
	if focus != "" {
		ctx.Defer(func(app.Context) { focusID(focus) })
	}
}

// closePanel closes the form if it is the case's.
func (v *CasesView) closePanel(id string) {
	if v.openID == id {
		v.openID, v.panel = "", ""
	}
}

// onPanelDone closes the open form, with a status to show.
func (v *CasesView) onPanelDone(ctx app.Context, status string) {
	id := v.openID
	v.openID, v.panel, v.status = "", "", status
	v.S.rev++
	ctx.Defer(func(app.Context) { focusID("next-" + id) })
}

// sortedCases orders the cases for the list: open ones by deadline, the
// most urgent first, then closed ones; the order of recording breaks ties.
// Each case's status is worked out once.
func sortedCases(cs []cases.Case, today time.Time) []cases.Case {
	type entry struct {
		c  cases.Case
		st cases.Status
	}
	list := make([]entry, len(cs))
	for i, c := range cs {
		list[i] = entry{c, c.StatusOn(today)}
	}
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i].st, list[j].st
		if (a.State == cases.Closed) != (b.State == cases.Closed) {
			return b.State == cases.Closed
		}
		return a.Deadline.Before(b.Deadline)
	})
	out := make([]cases.Case, len(list))
	for i, e := range list {
		out[i] = e.c
	}
	return out
}

func (v *CasesView) onExport(ctx app.Context, e app.Event) {
	s := v.S
	data, err := cases.Export(s.Cases, time.Now())
	if err == nil {
		err = saveFile(data, "application/json", "objector-cases-"+s.Today.Format(time.DateOnly)+".json")
	}
	if err != nil {
		app.Log("cases: export:", err)
		v.status = s.Loc.T("Wizard.Send.Failed")
		return
	}
	v.status = s.Loc.T("Cases.Exported")
}

// onImport reads the chosen file off the UI goroutine and merges it. A
// file too large is refused before it is read.
func (v *CasesView) onImport(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	input.Set("value", "") // the same file can be chosen again
	if file.Get("size").Int() > cases.MaxFileSize {
		v.importDone(0, &cases.ImportError{Message: cases.MsgTooLarge})
		return
	}
	ctx.Async(func() {
		data, err := bytesOf(file)
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				app.Log("cases: import:", err)
				v.importDone(0, &cases.ImportError{Message: cases.MsgDamaged})
				return
			}
			n, err := v.S.ImportCases(data)
			v.importDone(n, err)
		})
	})
}

func (v *CasesView) importDone(n int, err error) {
	// Import returns its own error type, unwrapped (no errors.As: its
	// reflection costs app.wasm some 25 KB).
	if ie, ok := err.(*cases.ImportError); ok {
		v.status = v.S.Loc.T(ie.Message)
		return
	}
	v.status = v.S.Loc.N("Cases.Imported", n, locales.Args{})
}
