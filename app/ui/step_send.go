package ui

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/authority"
	"github.com/objector-eu/objector/app/catalog"
	"github.com/objector-eu/objector/app/export"
	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/locales"
)

// SendStep is step 6: every way to send the letters, each the person's own
// act (a download, the print dialog, their e-mail app), then what to do
// next. Nothing is sent from here.
type SendStep struct {
	app.Compo

	S   *State
	Rev int

	// status is the outcome of the last action, read out politely.
	status string
	// busy is set while a PDF is being made.
	busy bool
}

// OnMount loads the PDF maker in the background, so the first PDF does
// not wait for it.
func (c *SendStep) OnMount(ctx app.Context) {
	at := fontsAt(ctx)
	ctx.Async(func() { warmPDF(at) })
}

// Render draws one card of actions per letter, the next steps, and the
// letters themselves for the print dialog only.
func (c *SendStep) Render() app.UI {
	s := c.S
	t := s.Loc.T
	letters := s.Letters()
	cards := make([]app.UI, 0, len(letters))
	sheets := make([]app.UI, 0, len(letters))
	for _, l := range letters {
		cards = append(cards, c.renderActions(l, len(letters) > 1))
		if l.Err == nil {
			sheets = append(sheets, &LetterSheet{Doc: l.Doc})
		}
	}
	return app.Section().Class("step-send").Aria("labelledby", "step-title").Body(
		app.H1().ID("step-title").TabIndex(-1).Text(t("Wizard.Send.Title")),
		app.P().Class("lead").Text(t("Wizard.Send.Lead")),
		app.Div().Class("send-cards").Body(cards...),
		app.P().ID("send-status").Class("notice").Role("status").Aria("live", "polite").Text(c.status),
		c.renderNextSteps(letters),
		app.Div().Class("print-only").Body(sheets...),
	)
}

func (c *SendStep) renderActions(l composed, titled bool) app.UI {
	s := c.S
	t := s.Loc.T
	k := kindKey(l.Kind)
	title := t("Wizard.Letter." + k)
	if l.Err != nil {
		return app.Div().Class("send-card").Body(
			app.H2().Text(title),
			app.P().Class("error").Text(t("Wizard.Review.Incomplete")),
		)
	}
	doc := l.Doc
	r := letterRoute(s, l.Kind, doc.To)
	id := func(action string) string { return action + "-" + string(l.Kind) }
	var lead, more []string
	var sentence app.UI
	switch r.way {
	case catalog.RouteForm:
		lead, more = []string{"copy"}, []string{"print", "mailto", "eml", "ics"}
		sentence = app.P().Class("route").Text(s.Loc.Tf("Wizard.Send.Route.Form", locales.Args{"Company": r.company}))
	case catalog.RouteEmail:
		lead, more = []string{"mailto", "eml"}, []string{"pdf", "print", "copy", "ics"}
		sentence = app.P().Class("route").Text(s.Loc.Tf("Wizard.Send.Route.Email", locales.Args{"Email": doc.To}))
	default:
		lead, more = []string{"pdf", "print"}, []string{"copy", "mailto", "eml", "ics"}
		sentence = app.P().Class("route").Text(t("Wizard.Send.Route.Post"))
	}
	first := make([]app.UI, 0, len(lead)+len(r.forms)+1)
	for i, a := range lead {
		first = append(first, c.renderAction(l.Kind, doc, a, i == 0))
	}
	if r.way == catalog.RouteForm {
		for i, f := range r.forms {
			name := f.Service
			if name == "" {
				name = r.company
			}
			first = append(first, app.A().ID(id("form")+"-"+strconv.Itoa(i)).Class("btn", "btn-secondary").
				Href(f.URL).Target("_blank").Rel("noopener noreferrer").Body(
				app.Text(s.Loc.Tf("Wizard.Send.OpenForm", locales.Args{"Service": name})),
				app.Span().Class("visually-hidden").Text(" "+t("Wizard.NewTab")),
			))
		}
		first = append(first, c.renderAction(l.Kind, doc, "pdf", false))
	}
	rest := make([]app.UI, 0, len(more))
	for _, a := range more {
		rest = append(rest, c.renderAction(l.Kind, doc, a, false))
	}
	return app.Div().Class("send-card").DataSet("kind", string(l.Kind)).DataSet("route", r.way).Body(
		app.H2().Text(title),
		sentence,
		app.Div().Class("actions").Body(first...),
		app.If(r.setting != "", func() app.UI { return c.renderSetting(r) }),
		app.H3().Class("more-title").Text(t("Wizard.Send.More")),
		app.Div().Class("actions", "actions-more").Body(rest...),
		app.If(doc.To == "", func() app.UI {
			return app.P().Class("hint").Text(t("Wizard.Send.NoEmail"))
		}),
		&SentForm{S: s, Rev: s.rev, Kind: l.Kind, Email: doc.To != ""},
	)
}

// renderAction draws one way to send the letter of kind (action "pdf",
// "print", "copy", "mailto", "eml" or "ics"), primary when the route leads
// with it. Each handler composes its letter when pressed (withLetter).
// Its scope names the letter and the action: the route puts the buttons
// in another order for another company, and a button drawn where another
// had been would keep that one's handler (TestHandlerScope).
func (c *SendStep) renderAction(kind letter.Kind, doc letter.Document, action string, primary bool) app.UI {
	t := c.S.Loc.T
	id := action + "-" + string(kind)
	var label string
	var h app.EventHandler
	switch action {
	case "mailto":
		return app.A().ID(id).Class("btn", btnClass(primary)).Href(export.Mailto(doc)).Text(t("Wizard.Send.Mail"))
	case "pdf":
		label, h = "Wizard.Send.PDF", c.withLetter(kind, c.savePDF)
	case "print":
		label, h = "Wizard.Send.Print", c.onPrint(kind)
	case "copy":
		label, h = "Wizard.Send.Copy", c.withLetter(kind, c.copyLetter)
	case "eml":
		label, h = "Wizard.Send.EML", c.withLetter(kind, c.saveEML)
	case "ics":
		if doc.Reminder.Date.IsZero() {
			return nil
		}
		label, h = "Wizard.Send.ICS", c.withLetter(kind, c.saveICS)
	}
	b := app.Button().Type("button").ID(id).Class("btn", btnClass(primary)).Text(t(label)).OnClick(h, app.EventScope(id))
	if action == "pdf" {
		b = b.Disabled(c.busy)
	}
	return b
}

// renderSetting says which setting to switch off as well, by its menu
// path in the company's English interface (marked so, for screen readers
// and translation tools), with a link to it where the catalog has one.
func (c *SendStep) renderSetting(r route) app.UI {
	s := c.S
	return app.Div().Class("route-setting").Body(
		app.P().Body(withNode(s.Loc.Tf("Wizard.Send.Route.Setting", locales.Args{"Setting": placeholderMark}),
			app.Strong().Lang("en").Class("menu-path").Text(r.setting))...),
		app.If(r.settingURL != "", func() app.UI {
			return app.A().Class("btn", "btn-secondary").Href(r.settingURL).Target("_blank").Rel("noopener noreferrer").Body(
				app.Text(s.Loc.T("Wizard.Send.OpenSetting")),
				app.Span().Class("visually-hidden").Text(" "+s.Loc.T("Wizard.NewTab")),
			)
		}),
	)
}

func (c *SendStep) renderNextSteps(letters []composed) app.UI {
	s := c.S
	t := s.Loc.T
	// The objection sets a reply deadline (Art. 12(3) GDPR), the claim a
	// payment deadline; each letter's reminder holds its own.
	var reply, payment time.Time
	to := ""
	for _, l := range letters {
		if l.Err != nil {
			continue
		}
		if to == "" {
			to = l.Doc.To
		}
		if l.Kind == letter.Damages {
			payment = l.Doc.Reminder.Date
		} else {
			reply = l.Doc.Reminder.Date
		}
	}
	authorityName := ""
	if ctrl, ok := catalog.Lookup(s.Draft.Facts.Controller); ok {
		if a, ok := authority.Lookup(ctrl.Authority); ok {
			authorityName = a.Name
		}
	}
	deadlines := []app.UI{app.Strong().Text(t("Wizard.Next.DeadlineTitle"))}
	switch {
	case !reply.IsZero():
		deadlines = append(deadlines, app.P().Text(s.Loc.Tf("Wizard.Next.Deadline", map[string]any{"Date": s.Loc.Date(reply)})))
	case payment.IsZero():
		deadlines = append(deadlines, app.P().Text(t("Wizard.Next.DeadlineGeneral")))
	}
	if !payment.IsZero() {
		deadlines = append(deadlines, app.P().Text(s.Loc.Tf("Wizard.Next.Payment", map[string]any{"Date": s.Loc.Date(payment)})))
	}
	items := []app.UI{
		app.Li().Body(
			app.Strong().Text(t("Wizard.Next.HowTitle")),
			renderPost(s),
			app.If(to != "", func() app.UI {
				return app.P().Text(s.Loc.Tf("Wizard.Next.Email", map[string]any{"Email": to}))
			}),
		),
		app.Li().Body(deadlines...),
		app.Li().Body(
			app.Strong().Text(t("Wizard.Next.NoAnswerTitle")),
			app.P().Text(t("Wizard.Next.NoAnswer")),
			app.If(authorityName != "", func() app.UI {
				return app.P().Text(s.Loc.Tf("Wizard.Next.Authority", map[string]any{"Authority": authorityName}))
			}),
		),
	}
	if s.Draft.Task.Has(letter.Damages) {
		items = append(items, app.Li().Body(
			app.Strong().Text(t("Wizard.Next.NoPaymentTitle")),
			app.P().Text(t("Wizard.Next.NoPayment")),
		))
	}
	return app.Section().Class("next-steps").Aria("labelledby", "next-title").Body(
		app.H2().ID("next-title").Text(t("Wizard.Next.Title")),
		app.Ol().Class("steps-list").Body(items...),
		app.P().Class("hint").Text(t("Wizard.Next.NotAdvice")),
	)
}

// withLetter makes the handler of a send action: when pressed, it composes
// the letter of that kind as the draft is then, and hands it to act. A
// handler that held the letter of its render would keep it: go-app leaves
// a redrawn button the handler it had (TestHandlerScope).
func (c *SendStep) withLetter(kind letter.Kind, act func(app.Context, letter.Document)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		doc, err := c.S.compose(kind)
		if err != nil {
			c.done(err, "")
			return
		}
		act(ctx, doc)
	}
}

func (c *SendStep) savePDF(ctx app.Context, doc letter.Document) {
	if c.busy {
		return
	}
	c.busy = true
	c.status = c.S.Loc.T("Wizard.Send.Making")
	downloadPDF(ctx, doc, func(ctx app.Context, err error) {
		c.busy = false
		c.done(err, "Wizard.Send.PDFDone")
	})
}

func (c *SendStep) onPrint(kind letter.Kind) app.EventHandler {
	return func(ctx app.Context, e app.Event) { printPage(string(kind)) }
}

func (c *SendStep) copyLetter(ctx app.Context, doc letter.Document) {
	text := export.Text(doc)
	ctx.Async(func() {
		err := copyText(text)
		ctx.Dispatch(func(ctx app.Context) { c.done(err, "Wizard.Send.Copied") })
	})
}

func (c *SendStep) saveEML(ctx app.Context, doc letter.Document) {
	err := saveFile(export.EML(doc, time.Now()), "message/rfc822", export.FileName(doc, "eml"))
	c.done(err, "Wizard.Send.EMLDone")
}

func (c *SendStep) saveICS(ctx app.Context, doc letter.Document) {
	err := saveFile(export.ICS(doc, time.Now()), "text/calendar", export.FileName(doc, "ics"))
	c.done(err, "Wizard.Send.ICSDone")
}

// done shows how an action ended.
func (c *SendStep) done(err error, ok string) { c.status = actionStatus(c.S, err, ok) }
