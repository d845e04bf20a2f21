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
				app.A().Href(CasesPath).ID(id("sent-cases")).Text(t("Cases.Sent.SeeCases")),
			),
		)
	case !c.open:
		return app.Div().Class("sent-form").Body(
			app.Button().Type("button").ID(id("sent")).Class("btn", "btn-secondary").
				Text(t("Cases.Sent.Button")).OnClick(c.onOpen, scope),
			app.P().Class("hint").Text(t("Cases.Sent.Lead")),
		)
	}
	channel := c.channelOr()
	opts := make([]app.UI, 0, len(cases.Channels))
	for _, ch := range cases.Channels {
		opts = append(opts, app.Option().Value(string(ch)).Selected(string(ch) == channel).Text(t("Cases.Channel."+string(ch))))
	}
	return app.FieldSet().Class("sent-form", "case-panel").Body(
		app.Legend().Text(t("Cases.Sent.Title")),
		app.P().Class("hint").Text(t("Cases.Sent.Lead")),
		app.Div().Class("field").Class(classIf(c.problem != "", "field--invalid")).Body(
			app.Label().For(id("sent-date")).Text(t("Cases.Sent.Date")),
			app.Input().Type("date").ID(id("sent-date")).Value(firstOf(c.date, s.Today.Format(time.DateOnly))).
				Attr("max", s.Today.Format(time.DateOnly)).Aria("invalid", c.problem != "").
				Aria("describedby", id("sent-date-error")).OnChange(c.onValue(&c.date), scope),
			app.If(c.problem != "", func() app.UI {
				return app.P().ID(id("sent-date-error")).Class("error").Text(c.problem)
			}),
		),
		app.Div().Class("field").Body(
			app.Label().For(id("sent-channel")).Text(t("Cases.Sent.Channel")),
			app.Select().ID(id("sent-channel")).Body(opts...).OnChange(c.onValue(&c.channel), scope),
		),
		app.Div().Class("field").Body(
			app.Label().For(id("sent-reference")).Body(
				app.Text(t("Cases.Sent.Reference")),
				app.Span().Class("optional").Text(" "+t("Wizard.Field.Optional")),
			),
			app.P().Class("hint").ID(id("sent-reference-hint")).Text(t("Cases.Sent.ReferenceHint")),
			app.Input().Type("text").ID(id("sent-reference")).Attr("maxlength", 100).Value(c.reference).
				Aria("describedby", id("sent-reference-hint")).OnInput(c.onValue(&c.reference), scope),
		),
		app.Div().Class("actions").Body(
			app.Button().Type("button").ID(id("sent-save")).Class("btn", "btn-primary").
				Text(t("Cases.Sent.Save")).OnClick(c.onSave, scope),
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

func (c *SentForm) onValue(dst *string) app.EventHandler {
	return func(ctx app.Context, e app.Event) { *dst = ctx.JSSrc().Get("value").String() }
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
