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

// CaseCard is the case of "My cases" whose form is open: its summary (as
// every case's, caseSummary), and below it the form (what happened; the
// reminder; the complaint). The other cases are drawn as HTML by the view
// (CasesView), which also handles the clicks on every summary's buttons.
type CaseCard struct {
	app.Compo

	S   *State
	Rev int
	ID  string
	// Panel is the form: "record", or a follow-up's kind ("reminder",
	// "complaint"); Confirm asks whether to delete the case.
	Panel   string
	Confirm bool
	// OnDone closes the form, with a status for the view to show.
	OnDone func(ctx app.Context, status string)

	// The record form's values, and its problem.
	answer, answered, delivered, problem string
}

// CompoID makes each case's and each form's card its own component, so
// no form inherits another's values.
func (c *CaseCard) CompoID() string { return "case-" + c.ID + "/" + c.Panel }

// Render draws the card; a case deleted meanwhile draws nothing.
func (c *CaseCard) Render() app.UI {
	s := c.S
	i := cases.Index(s.Cases, c.ID)
	if i < 0 {
		return app.Li().Class("case-card", "case-card--gone")
	}
	cs := s.Cases[i]
	v := caseViewOf(s, cs, c.Panel)
	return app.Li().ID("case-"+c.ID).Class("case-card", "case-card--"+v.State).DataSet("case", c.ID).Body(
		app.Raw(caseSummary(v)),
		c.renderPanel(cs, app.EventScope(c.ID)),
		app.Raw(caseFooter(c.ID, c.Confirm, s.Loc)),
	)
}

// caseViewOf gathers what a case's summary shows, in the interface
// language; panel is the form open below it, if any.
func caseViewOf(s *State, cs cases.Case, panel string) caseView {
	t := s.Loc.T
	st := cs.StatusOn(s.Today)
	v := caseView{
		ID: cs.ID, State: string(st.State), Company: caseCompany(cs),
		Kind:   t("Wizard.Letter." + kindKey(cs.Kind)),
		Status: statusText(s.Loc, st),
		Facts: [][2]string{
			{t("Cases.SentLabel"), s.Loc.Tf("Cases.SentOn", locales.Args{
				"Date": s.Loc.Date(day(cs.Sent)), "How": t("Cases.Channel." + string(cs.Channel)),
			})},
			{t("Cases.Reference"), cs.Reference},
			{t(deadlineLabel(cs)), deadlineText(s.Loc, st)},
		},
	}
	next := cs.NextOn(s.Today)
	style := "btn-primary"
	if next == cases.StepNone {
		style = "btn-secondary"
	}
	v.Actions = append(v.Actions, caseAction{"next", string(next), style, t("Cases.Next." + string(next))})
	if next != cases.StepWait && next != cases.StepNone && panel != "record" {
		v.Actions = append(v.Actions, caseAction{"record", string(cases.StepWait), "btn-secondary", t("Cases.Next.wait")})
	}
	if !st.Deadline.IsZero() && next != cases.StepNone {
		v.Actions = append(v.Actions, caseAction{"ics", "ics", "btn-secondary", t("Wizard.Send.ICS")})
	}
	return v
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

func deadlineText(loc *locales.Localizer, st cases.Status) string {
	if st.Deadline.IsZero() {
		return ""
	}
	date := loc.Date(st.Deadline)
	if st.Estimate {
		return loc.N("Cases.Deadline.Estimate", cases.PostalAllowance, locales.Args{"Date": date})
	}
	return date
}

func statusText(loc *locales.Localizer, st cases.Status) string {
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

func (c *CaseCard) renderPanel(cs cases.Case, scope app.EventOption) app.UI {
	switch c.Panel {
	case "record":
		return c.renderRecord(cs, scope)
	case string(letter.Reminder):
		return &FollowUp{S: c.S, Rev: c.S.rev, ID: c.ID, Kind: letter.Reminder, OnDone: c.OnDone}
	case string(letter.Complaint):
		return &FollowUp{S: c.S, Rev: c.S.rev, ID: c.ID, Kind: letter.Complaint, OnDone: c.OnDone}
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
			button(id("record-cancel"), "secondary", t("Wizard.Device.WipeNo"), c.onCancel, scope),
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

// onCancel closes the form.
func (c *CaseCard) onCancel(ctx app.Context, e app.Event) { c.done(ctx, "") }

// done closes the form through the view.
func (c *CaseCard) done(ctx app.Context, status string) {
	if c.OnDone != nil {
		c.OnDone(ctx, status)
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
	c.problem = ""
	c.done(ctx, s.Loc.T("Cases.Record.Saved"))
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

// saveCaseICS saves a case's present deadline as a calendar entry and
// returns the status to show.
func saveCaseICS(s *State, cs cases.Case) string {
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
	return actionStatus(s, err, "Wizard.Send.ICSDone")
}
