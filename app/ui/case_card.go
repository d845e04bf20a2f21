package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/cases"
	"github.com/objector-eu/objector/app/catalog"
	"github.com/objector-eu/objector/app/check"
	"github.com/objector-eu/objector/app/export"
	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/locales"
)

// CaseCard is one case of "My cases": the company and letter, when it was
// sent, the deadline, the status, one next step as a button, and the forms
// behind it (what happened; the reminder; the complaint).
type CaseCard struct {
	app.Compo

	S   *State
	Rev int
	ID  string

	// panel is the form open below the card: "", "record", or a
	// follow-up's kind ("reminder", "complaint").
	panel string
	// The record form's values, and its problem.
	answer, answered, delivered, problem string
	confirmDelete                        bool
	status                               string
}

// CompoID keeps each card its own component when the list is reordered,
// so an open form stays with its case.
func (c *CaseCard) CompoID() string { return "case-" + c.ID }

// Render draws the card; a case deleted meanwhile draws nothing.
func (c *CaseCard) Render() app.UI {
	s := c.S
	i := cases.Index(s.Cases, c.ID)
	if i < 0 {
		return app.Li().Class("case-card", "case-card--gone")
	}
	cs := s.Cases[i]
	t := s.Loc.T
	st := cs.StatusOn(s.Today)
	next := cs.NextOn(s.Today)
	scope := app.EventScope(c.ID)
	id := func(part string) string { return part + "-" + c.ID }
	return app.Li().ID(id("case")).Class("case-card", "case-card--"+string(st.State)).DataSet("case", c.ID).Body(
		app.H2().Class("case-title").Body(
			app.Text(caseCompany(cs)),
			app.Span().Class("case-kind").Text(" · "+t("Wizard.Letter."+kindKey(cs.Kind))),
		),
		app.P().Class("case-status", "pill", "pill--"+string(st.State)).ID(id("status")).Text(c.statusText(st)),
		app.Div().Class("case-facts").Body(
			caseFact(t("Cases.SentLabel"), id("sent"), s.Loc.Tf("Cases.SentOn", locales.Args{
				"Date": s.Loc.Date(day(cs.Sent)), "How": t("Cases.Channel." + string(cs.Channel)),
			})),
			caseFact(t("Cases.Reference"), id("reference"), cs.Reference),
			caseFact(t(deadlineLabel(cs)), id("deadline"), c.deadlineText(cs, st)),
		),
		app.Div().Class("actions").Body(c.renderActions(next, st, scope)...),
		c.renderPanel(cs, scope),
		app.P().Class("notice").Role("status").Aria("live", "polite").Text(c.status),
		c.renderDelete(scope),
	)
}

// caseFact is one line of a case's facts, or nothing when the value is
// empty.
func caseFact(label, id, value string) app.UI {
	if value == "" {
		return nil
	}
	return app.P().ID(id).Body(app.Span().Class("case-label").Text(label), app.Text(" "+value))
}

// caseCompany is the company a case is about, as people know it.
func caseCompany(cs cases.Case) string {
	if ctrl, ok := catalog.Lookup(cs.Facts.Controller); ok {
		return brandName(ctrl)
	}
	if cs.Facts.Other != nil {
		return cs.Facts.Other.Name
	}
	return ""
}

// day parses a case's date; the zero time if it is none.
func day(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t
}

func deadlineLabel(cs cases.Case) string {
	switch {
	case cs.Complaint != "":
		return "Cases.Deadline.Authority"
	case cs.Reminder != "":
		return "Cases.Deadline.Reminder"
	case cs.Kind == letter.Damages:
		return "Cases.Deadline.Payment"
	}
	return "Cases.Deadline.Answer"
}

func (c *CaseCard) deadlineText(cs cases.Case, st cases.Status) string {
	if st.Deadline.IsZero() {
		return ""
	}
	loc := c.S.Loc
	date := loc.Date(st.Deadline)
	if st.Estimate {
		return loc.N("Cases.Deadline.Estimate", cases.PostalAllowance, locales.Args{"Date": date})
	}
	return date
}

func (c *CaseCard) statusText(st cases.Status) string {
	loc := c.S.Loc
	switch st.State {
	case cases.Waiting:
		if st.Days == 0 {
			return loc.T("Cases.Status.Waiting")
		}
		return loc.N("Cases.Status.DaysLeft", st.Days, locales.Args{})
	case cases.Overdue:
		return loc.N("Cases.Status.Overdue", st.Days, locales.Args{})
	}
	return loc.T("Cases.Status." + string(st.State))
}

// renderActions is the one next step, as the card's main button, then
// recording what happened (when that is not the next step) and the
// calendar entry.
func (c *CaseCard) renderActions(next cases.Step, st cases.Status, scope app.EventOption) []app.UI {
	t := c.S.Loc.T
	var on app.EventHandler
	style := "primary"
	switch next {
	case cases.StepReminder, cases.StepComplaint:
		on = c.onPanel(string(next))
	case cases.StepClose:
		on = c.onClose(true)
	case cases.StepNone:
		on, style = c.onClose(false), "secondary"
	default:
		on = c.onPanel("record")
	}
	// The handler differs by step, not only by its code: the scope says
	// so, or go-app would keep the one of the step drawn before.
	out := []app.UI{button("next-"+c.ID, style, t("Cases.Next."+string(next)), on, app.EventScope(c.ID+"/"+string(next)))}
	if next != cases.StepWait && next != cases.StepNone && c.panel != "record" {
		out = append(out, button("record-"+c.ID, "secondary", t("Cases.Next.wait"), c.onPanel("record"), scope))
	}
	if !st.Deadline.IsZero() && next != cases.StepNone {
		out = append(out, button("ics-"+c.ID, "secondary", t("Wizard.Send.ICS"), c.onICS, scope))
	}
	return out
}

func (c *CaseCard) renderPanel(cs cases.Case, scope app.EventOption) app.UI {
	switch c.panel {
	case "record":
		return c.renderRecord(cs, scope)
	case string(letter.Reminder):
		return &FollowUp{S: c.S, Rev: c.S.rev, ID: c.ID, Kind: letter.Reminder, OnDone: c.onFollowUpDone}
	case string(letter.Complaint):
		return &FollowUp{S: c.S, Rev: c.S.rev, ID: c.ID, Kind: letter.Complaint, OnDone: c.onFollowUpDone}
	}
	return nil
}

// renderRecord is the form where the person records what happened.
func (c *CaseCard) renderRecord(cs cases.Case, scope app.EventOption) app.UI {
	s := c.S
	t := s.Loc.T
	id := func(part string) string { return part + "-" + c.ID }
	answer := firstOf(c.answer, string(cs.Answer), string(cases.NoAnswer))
	var opts []option
	for _, a := range cases.AnswersFor(cs.Kind) {
		opts = append(opts, option{Value: string(a), Label: t("Cases.Answer." + kindKey(cs.Kind) + "." + string(a))})
	}
	var delivered, hint app.UI
	if cs.Channel == cases.Post || cs.Channel == cases.Registered {
		delivered = control{ID: id("delivered"), Label: t("Cases.Record.Delivered"), Hint: t("Cases.Record.DeliveredHint")}.
			input("date", firstOf(c.delivered, cs.Received), onValue(&c.delivered), scope)
	}
	if answer == string(cases.Extended) || answer == string(cases.Identity) {
		hint = hintText(t("Cases.Hint." + answer))
	}
	return app.Div().Class("case-panel").Role("group").Aria("labelledby", id("record-title")).Body(
		app.H2().Class("panel-title").ID(id("record-title")).Text(t("Cases.Record.Title")),
		delivered,
		control{ID: id("answer"), Label: t("Cases.Record.Answer")}.choice(opts, answer, onValue(&c.answer), scope),
		hint,
		control{ID: id("answered"), Label: t("Cases.Record.Date"), Problem: c.problem}.
			input("date", firstOf(c.answered, cs.Answered, s.Today.Format(time.DateOnly)), onValue(&c.answered), scope),
		app.Div().Class("actions").Body(
			button(id("record-save"), "primary", t("Cases.Record.Save"), c.onRecord, scope),
			button(id("record-cancel"), "secondary", t("Wizard.Device.WipeNo"), c.onPanel(""), scope),
		),
	)
}

func (c *CaseCard) renderDelete(scope app.EventOption) app.UI {
	t := c.S.Loc.T
	if !c.confirmDelete {
		return button("delete-"+c.ID, "danger-quiet", t("Cases.Delete"), c.onDeleteAsk(true), scope)
	}
	return app.Div().Class("confirm").Role("group").Body(
		app.P().Text(t("Cases.DeleteQuestion")),
		app.Div().Class("confirm-actions").Body(
			button("delete-yes-"+c.ID, "danger", t("Cases.DeleteYes"), c.onDelete, scope),
			button("delete-no-"+c.ID, "secondary", t("Wizard.Device.WipeNo"), c.onDeleteAsk(false), scope),
		),
	)
}

func firstOf(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}

func (c *CaseCard) onPanel(panel string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		c.panel, c.problem, c.status = panel, "", ""
		c.answer, c.answered, c.delivered = "", "", ""
	}
}

// onRecord saves the answer (and the delivery date): each a real day, not
// in the future.
func (c *CaseCard) onRecord(ctx app.Context, e app.Event) {
	s := c.S
	i := cases.Index(s.Cases, c.ID)
	if i < 0 {
		return
	}
	cs := s.Cases[i]
	answered := firstOf(c.answered, cs.Answered, s.Today.Format(time.DateOnly))
	for _, d := range []string{answered, c.delivered} {
		if msg := pastDay(s, d); msg != "" {
			c.problem = msg
			return
		}
	}
	answer := cases.Answer(firstOf(c.answer, string(cs.Answer), string(cases.NoAnswer)))
	s.UpdateCase(c.ID, func(cs *cases.Case, now time.Time) {
		if c.delivered != "" {
			cs.RecordDelivery(c.delivered, now)
		}
		cs.RecordAnswer(answer, answered, now)
	})
	c.panel, c.problem = "", ""
	c.status = s.Loc.T("Cases.Record.Saved")
}

// pastDay checks a date the person entered: empty is fine, else a real
// day since the GDPR applies and not after today. It returns the problem in
// the interface language, or "".
func pastDay(s *State, d string) string {
	if d == "" {
		return ""
	}
	t, p := check.Date(d)
	if !p.OK() {
		return s.Loc.Tf(p.ID, locales.Args(p.Args))
	}
	if t.After(s.Today) {
		return s.Loc.T("Cases.Error.Future")
	}
	if t.Before(time.Date(2018, time.May, 25, 0, 0, 0, 0, time.UTC)) {
		return s.Loc.T("Check.Date.BeforeGDPR")
	}
	return ""
}

func (c *CaseCard) onClose(closed bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		c.S.UpdateCase(c.ID, func(cs *cases.Case, now time.Time) { cs.SetClosed(closed, now) })
		c.panel = ""
	}
}

func (c *CaseCard) onFollowUpDone(ctx app.Context, status string) {
	c.panel = ""
	c.status = status
}

func (c *CaseCard) onDeleteAsk(ask bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) { c.confirmDelete = ask }
}

func (c *CaseCard) onDelete(ctx app.Context, e app.Event) {
	c.S.DeleteCase(c.ID)
	c.confirmDelete = false
	ctx.Defer(func(app.Context) { focusID("step-title") })
}

// onICS saves the case's present deadline as a calendar entry.
func (c *CaseCard) onICS(ctx app.Context, e app.Event) {
	s := c.S
	i := cases.Index(s.Cases, c.ID)
	if i < 0 {
		return
	}
	cs := s.Cases[i]
	st := cs.StatusOn(s.Today)
	args := locales.Args{"Company": caseCompany(cs), "Date": s.Loc.Date(day(cs.Sent))}
	doc := letter.Document{
		Kind: cs.Kind, Lang: s.Loc.Lang(), Date: s.Today, Title: s.Loc.Tf("Cases.Calendar.Title", args),
		Reminder: letter.CalendarEntry{
			Date:        st.Deadline,
			Summary:     s.Loc.Tf("Cases.Calendar.Title", args),
			Description: s.Loc.Tf("Cases.Calendar.Description", args),
		},
	}
	err := saveFile(export.ICS(doc, time.Now()), "text/calendar", export.FileName(doc, "ics"))
	if err != nil {
		app.Log("cases: calendar:", err)
		c.status = s.Loc.T("Wizard.Send.Failed")
		return
	}
	c.status = s.Loc.T("Wizard.Send.ICSDone")
}
