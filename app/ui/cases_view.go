package ui

import (
	"sort"
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

	// status is the outcome of the last export or import.
	status string
}

// Render draws the list, open cases by deadline first, closed ones last.
func (v *CasesView) Render() app.UI {
	s := v.S
	t := s.Loc.T
	list := sortedCases(s.Cases, s.Today)
	cards := make([]app.UI, len(list))
	for i, c := range list {
		cards[i] = &CaseCard{S: s, Rev: s.rev, ID: c.ID}
	}
	return app.Section().Class("cases-view").Aria("labelledby", "step-title").Body(
		app.H1().ID("step-title").TabIndex(-1).Text(t("Cases.Title")),
		app.P().Class("lead").Text(t("Cases.Lead")),
		app.P().ID("cases-store").Class("hint", "cases-store").DataSet("store", s.CaseStore).Text(t("Cases.Store."+s.CaseStore)),
		app.If(len(list) == 0, func() app.UI {
			return app.P().ID("cases-empty").Class("notice-box").Text(t("Cases.Empty"))
		}),
		app.Ul().Class("case-list").Body(cards...),
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
		app.P().ID("cases-status").Class("notice").Role("status").Aria("live", "polite").Text(v.status),
	)
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
