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

// Render draws the card; a case deleted meanwhile draws nothing. Its
// summary and its delete button are each one piece of HTML (case_html.go),
// with one click handler for the card that reads the button's
// data-action: drawn by go-app, element by element, 50 cases took some
// 100 ms (make bench), each element, attribute and text a call into
// JavaScript. Only an open form is drawn by go-app.
func (c *CaseCard) Render() app.UI {
	s := c.S
	i := cases.Index(s.Cases, c.ID)
	if i < 0 {
		return app.Li().Class("case-card", "case-card--gone")
	}
	cs := s.Cases[i]
	st := cs.StatusOn(s.Today)
	scope := app.EventScope(c.ID)
	var status app.UI
	if c.status != "" {
		status = app.P().Class("notice").Role("status").Text(c.status)
	}
	return app.Li().ID("case-"+c.ID).Class("case-card", "case-card--"+string(st.State)).DataSet("case", c.ID).
		OnClick(c.onAction, scope).Body(
		app.Raw(caseSummary(c.summary(cs, st))),
		c.renderPanel(cs, scope),
		status,
		app.Raw(caseFooter(c.ID, c.confirmDelete, s.Loc)),
	)
}

// summary gathers what the card's summary shows, in the interface
// language.
func (c *CaseCard) summary(cs cases.Case, st cases.Status) caseView {
	s := c.S
	t := s.Loc.T
	v := caseView{
		ID: c.ID, State: string(st.State), Company: caseCompany(cs),
		Kind:   t("Wizard.Letter." + kindKey(cs.Kind)),
		Status: c.statusText(st),
		Facts: [][2]string{
			{t("Cases.SentLabel"), s.Loc.Tf("Cases.SentOn", locales.Args{
				"Date": s.Loc.Date(day(cs.Sent)), "How": t("Cases.Channel." + string(cs.Channel)),
			})},
			{t("Cases.Reference"), cs.Reference},
			{t(deadlineLabel(cs)), c.deadlineText(cs, st)},
		},
	}
	next := cs.NextOn(s.Today)
	style := "btn-primary"
	if next == cases.StepNone {
		style = "btn-secondary"
	}
	v.Actions = append(v.Actions, caseAction{"next", string(next), style, t("Cases.Next." + string(next))})
	if next != cases.StepWait && next != cases.StepNone && c.panel != "record" {
		v.Actions = append(v.Actions, caseAction{"record", string(cases.StepWait), "btn-secondary", t("Cases.Next.wait")})
	}
	if !st.Deadline.IsZero() && next != cases.StepNone {
		v.Actions = append(v.Actions, caseAction{"ics", "ics", "btn-secondary", t("Wizard.Send.ICS")})
	}
	return v
}

// onAction runs the action of the summary's button that was clicked
// (its data-action); clicks elsewhere in the card, in an open form
// among them, are not its business.
func (c *CaseCard) onAction(ctx app.Context, e app.Event) {
	target := e.Get("target")
	if !target.Truthy() {
		return
	}
	btn, err := jsCall(target, "closest", "[data-action]")
	if err != nil || !btn.Truthy() {
		return
	}
	switch action := btn.Get("dataset").Get("action").String(); action {
	case string(cases.StepWait):
		c.openPanel("record")
	case string(cases.StepReminder), string(cases.StepComplaint):
		c.openPanel(action)
	case string(cases.StepClose), string(cases.StepNone):
		closed := action == string(cases.StepClose)
		c.S.UpdateCase(c.ID, func(cs *cases.Case, now time.Time) { cs.SetClosed(closed, now) })
		c.panel = ""
	case "ics":
		c.onICS(ctx, e)
	case "delete":
		c.confirmDelete = true
		ctx.Defer(func(app.Context) { focusID("delete-no-" + c.ID) })
	case "delete-no":
		c.confirmDelete = false
		ctx.Defer(func(app.Context) { focusID("delete-" + c.ID) })
	case "delete-yes":
		c.S.DeleteCase(c.ID)
		c.confirmDelete = false
		ctx.Defer(func(app.Context) { focusID("step-title") })
	}
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

// openPanel opens a form below the summary ("" closes it), fresh.
func (c *CaseCard) openPanel(panel string) {
	c.panel, c.problem, c.status = panel, "", ""
	c.answer, c.answered, c.delivered = "", "", ""
}

// onCancel closes the form.
func (c *CaseCard) onCancel(ctx app.Context, e app.Event) { c.openPanel("") }

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

func (c *CaseCard) onFollowUpDone(ctx app.Context, status string) {
	c.panel = ""
	c.status = status
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
