package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/cases"
	"github.com/objector-eu/objector/app/letter"
)

// SentForm is "I sent it" under a letter on the send step: when and how
// the person sent it, and an optional reference. Saving makes a case of
// it, which "My cases" follows up.
type SentForm struct {
	app.Compo

	S    *State
	Rev  int
	Kind letter.Kind
	// Email says the company takes e-mail, which is then the likely way.
	Email bool

	open                     bool
	date, channel, reference string
	problem                  string
	// saved is set once the case is recorded.
	saved bool
}

// Render draws the button, the form behind it, or the saved note.
func (c *SentForm) Render() app.UI {
	s := c.S
	t := s.Loc.T
	k := string(c.Kind)
	id := func(part string) string { return part + "-" + k }
	scope := app.EventScope(k)
	switch {
	case c.saved:
		return app.Div().Class("sent-form").Body(
			app.P().ID(id("sent-done")).Class("notice").Role("status").Body(
				app.Text(t("Cases.Sent.Saved")+" "),
				s.viewLink(id("sent-cases"), CasesPath, app.Text(t("Cases.Sent.SeeCases"))),
			),
		)
	case !c.open:
		return app.Div().Class("sent-form").Body(
			button(id("sent"), "secondary", t("Cases.Sent.Button"), c.onOpen, scope),
			hintText(t("Cases.Sent.Lead")),
		)
	}
	opts := make([]option, len(cases.Channels))
	for i, ch := range cases.Channels {
		opts[i] = option{Value: string(ch), Label: t("Cases.Channel." + string(ch))}
	}
	return app.FieldSet().Class("sent-form", "case-panel").Body(
		app.Legend().Text(t("Cases.Sent.Title")),
		hintText(t("Cases.Sent.Lead")),
		control{ID: id("sent-date"), Label: t("Cases.Sent.Date"), Problem: c.problem}.
			input("date", firstOf(c.date, s.Today.Format(time.DateOnly)), onValue(&c.date), scope),
		control{ID: id("sent-channel"), Label: t("Cases.Sent.Channel")}.
			choice(opts, c.channelOr(), onValue(&c.channel), scope),
		control{ID: id("sent-reference"), Label: t("Cases.Sent.Reference") + " " + t("Wizard.Field.Optional"), Hint: t("Cases.Sent.ReferenceHint")}.
			input("text", c.reference, onValue(&c.reference), scope),
		app.Div().Class("actions").Body(
			button(id("sent-save"), "primary", t("Cases.Sent.Save"), c.onSave, scope),
		),
	)
}

// channelOr is the channel chosen, else the likely one.
func (c *SentForm) channelOr() string {
	if c.channel != "" {
		return c.channel
	}
	if c.Email {
		return string(cases.Email)
	}
	return string(cases.Registered)
}

func (c *SentForm) onOpen(ctx app.Context, e app.Event) {
	c.open = true
	k := string(c.Kind)
	ctx.Defer(func(app.Context) { focusID("sent-date-" + k) })
}

// onSave records the case: the letter's facts as composed today, its
// language, and how it was sent.
func (c *SentForm) onSave(ctx app.Context, e app.Event) {
	s := c.S
	date := firstOf(c.date, s.Today.Format(time.DateOnly))
	if msg := pastDay(s, date); msg != "" {
		c.problem = msg
		return
	}
	if _, err := s.compose(c.Kind); err != nil {
		c.problem = s.Loc.T("Wizard.Review.Incomplete")
		return
	}
	s.AddCase(c.Kind, s.LetterLoc().Lang(), s.Draft.FactsFor(c.Kind, s.Today), date, cases.Channel(c.channelOr()), c.reference)
	c.problem, c.saved = "", true
}
