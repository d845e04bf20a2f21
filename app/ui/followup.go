package ui

import (
	"sort"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/authority"
	"github.com/objector-eu/objector/app/cases"
	"github.com/objector-eu/objector/app/export"
	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/locales"
)

// FollowUp writes a case's reminder or complaint: its few choices (the
// last period; the authority), the letter's language, the letter itself,
// every way to send it, and "I sent it", which records it in the case.
type FollowUp struct {
	app.Compo

	S    *State
	Rev  int
	ID   string
	Kind letter.Kind
	// OnDone closes the form with a status to show.
	OnDone func(ctx app.Context, status string)

	// The person's choices; empty means the default.
	lang, days, slug, sentOn string
	problem, status          string
	busy                     bool
}

// CompoID makes the reminder's and the complaint's forms of a case two
// components, so neither inherits the other's choices.
func (f *FollowUp) CompoID() string { return f.ID + "/" + string(f.Kind) }

func (f *FollowUp) caseOf() (cases.Case, bool) {
	i := cases.Index(f.S.Cases, f.ID)
	if i < 0 {
		return cases.Case{}, false
	}
	return f.S.Cases[i], true
}

// authoritySlug is the chosen authority, by default the one of the
// person's residence where that is certain (Art. 77(1)).
func (f *FollowUp) authoritySlug(cs cases.Case) string {
	if f.slug != "" {
		return f.slug
	}
	if a, sure := authority.ForResidence(cs.Facts.Country, cs.Facts.PostalCode); sure {
		return a.Slug
	}
	return ""
}

// letterLang is the follow-up's language: the person's choice, else for a
// complaint the authority's language where Objector writes it, else the
// first letter's language (a reminder) or English.
func (f *FollowUp) letterLang(cs cases.Case) (lang string, fallback bool) {
	if f.lang != "" {
		return f.lang, false
	}
	if f.Kind == letter.Reminder {
		return cs.Lang, false
	}
	a, ok := authority.Lookup(f.authoritySlug(cs))
	if !ok {
		return cs.Lang, false
	}
	for _, l := range a.Languages {
		if f.S.Bundle.Has(l) {
			return l, false
		}
	}
	return locales.Source, true
}

func (f *FollowUp) finalDays() (int, bool) {
	if f.days == "" {
		return cases.DefaultReminderDays, true
	}
	n, err := strconv.Atoi(f.days)
	return n, err == nil && n >= letter.MinPaymentDays && n <= letter.MaxPaymentDays
}

// compose writes the follow-up as the choices are now.
func (f *FollowUp) compose(cs cases.Case) (letter.Document, error) {
	s := f.S
	date := s.Today.Format(time.DateOnly)
	facts := cs.ComplaintFacts(date, f.authoritySlug(cs))
	if f.Kind == letter.Reminder {
		days, _ := f.finalDays()
		facts = cs.ReminderFacts(date, days)
	}
	lang, _ := f.letterLang(cs)
	loc := s.Loc
	if s.Bundle.Has(lang) && s.Bundle.Loaded(lang) {
		loc = s.Bundle.Localizer(lang)
	}
	return composeLetter(f.Kind, facts, loc, s.Today)
}

// OnMount fetches the letter's language if it is not at hand yet.
func (f *FollowUp) OnMount(ctx app.Context) { f.fetchLang(ctx) }

func (f *FollowUp) fetchLang(ctx app.Context) {
	cs, ok := f.caseOf()
	if !ok {
		return
	}
	lang, _ := f.letterLang(cs)
	if f.S.Bundle.Loaded(lang) {
		return
	}
	withLanguages(ctx, f.S.Bundle, []string{lang}, func(ctx app.Context) { f.S.rev++ })
}

// Render draws the choices, the letter and the ways to send it.
func (f *FollowUp) Render() app.UI {
	s := f.S
	t := s.Loc.T
	cs, ok := f.caseOf()
	if !ok {
		return app.Div()
	}
	id := func(part string) string { return part + "-" + f.ID }
	scope := app.EventScope(f.ID)
	doc, err := f.compose(cs)
	lang, fallback := f.letterLang(cs)
	title := "Cases.Reminder.Title"
	var choice, why app.UI
	if f.Kind == letter.Complaint {
		title = "Cases.Complaint.Title"
		choice = f.renderAuthority(cs, scope)
	} else {
		choice = f.renderDays(scope)
	}
	if fallback {
		why = app.P().Class("hint").ID(id("fu-lang-why")).Text(t("Cases.Complaint.English"))
	}
	var send app.UI = hintText(t("Cases.FollowUp.Incomplete"))
	if err == nil {
		send = f.renderSend(doc, cs, scope)
	}
	return app.Div().Class("case-panel", "follow-up").ID(id(string(f.Kind))).Role("group").Aria("labelledby", id("fu-title")).Body(
		app.H2().Class("panel-title").ID(id("fu-title")).Text(s.Loc.Tf(title, locales.Args{"Company": caseCompany(cs)})),
		choice,
		control{ID: id("fu-lang"), Label: t("Cases.FollowUp.Lang")}.choice(languageOptions(s), lang, f.onLang, scope),
		why,
		send,
		app.P().Class("notice").Role("status").Aria("live", "polite").Text(f.status),
	)
}

// renderAuthority is the choice of the authority, with why the default is
// fine and, after a claim, that an authority awards no money.
func (f *FollowUp) renderAuthority(cs cases.Case, scope app.EventOption) app.UI {
	s := f.S
	t := s.Loc.T
	slug := f.authoritySlug(cs)
	all := authority.All()
	sort.SliceStable(all, func(i, j int) bool {
		return foldKey(t("Country."+all[i].Country)) < foldKey(t("Country."+all[j].Country))
	})
	opts := []option{{Value: "", Label: t("Wizard.Field.Choose")}}
	for _, a := range all {
		opts = append(opts, option{Value: a.Slug, Label: t("Country."+a.Country) + " – " + a.Name})
	}
	problem := ""
	if slug == "" {
		problem = t("Check.Authority")
	}
	hints := []app.UI{hintText(t("Cases.Complaint.Home"))}
	if cs.Facts.Country == "DE" {
		hints = append(hints, hintText(t("Cases.Complaint.Land")))
	}
	if cs.Kind == letter.Damages {
		hints = append(hints, hintText(t("Cases.Complaint.NoMoney")))
	}
	return app.Div().Body(
		app.Div().Body(hints...),
		control{ID: "fu-authority-" + f.ID, Label: t("Cases.Complaint.Authority"), Problem: problem}.
			choice(opts, slug, f.onAuthority, scope),
	)
}

// renderDays is the reminder's last period, in days.
func (f *FollowUp) renderDays(scope app.EventOption) app.UI {
	problem := ""
	if _, ok := f.finalDays(); !ok {
		problem = f.S.Loc.Tf("Check.PaymentDays", locales.Args{"Min": letter.MinPaymentDays, "Max": letter.MaxPaymentDays})
	}
	return control{ID: "fu-days-" + f.ID, Label: f.S.Loc.T("Cases.Reminder.Days"), Problem: problem}.
		input("number", firstOf(f.days, strconv.Itoa(cases.DefaultReminderDays)), onValue(&f.days), scope)
}

// renderSend offers every way to send the letter, and records it as sent.
func (f *FollowUp) renderSend(doc letter.Document, cs cases.Case, scope app.EventOption) app.UI {
	s := f.S
	t := s.Loc.T
	id := func(part string) string { return part + "-" + f.ID }
	form := ""
	if a, ok := authority.Lookup(f.authoritySlug(cs)); ok && f.Kind == letter.Complaint {
		form = a.ComplaintForm
	}
	actions := []app.UI{
		button(id("fu-pdf"), "primary", t("Wizard.Send.PDF"), f.onPDF, scope).Disabled(f.busy),
		button(id("fu-print"), "secondary", t("Wizard.Send.Print"), f.onPrint, scope),
		button(id("fu-copy"), "secondary", t("Wizard.Send.Copy"), f.onCopy, scope),
	}
	var hints []app.UI
	if doc.To != "" {
		actions = append(actions,
			app.A().ID(id("fu-mailto")).Class("btn", "btn-secondary").Href(export.Mailto(doc)).Text(t("Wizard.Send.Mail")),
			button(id("fu-eml"), "secondary", t("Wizard.Send.EML"), f.onEML, scope))
	} else if f.Kind == letter.Complaint {
		hints = append(hints, hintText(t("Cases.Complaint.NoEmail")))
	}
	if form != "" {
		actions = append(actions, app.A().ID(id("fu-form")).Class("btn", "btn-secondary").Href(form).
			Attr("target", "_blank").Attr("rel", "noopener noreferrer").Text(t("Cases.Complaint.Form")))
		hints = append(hints, hintText(t("Cases.Complaint.Paste")))
	}
	return app.Div().Body(
		app.Div().Class("sheets").Body(&LetterSheet{Doc: doc}),
		app.Div().Class("actions").Body(actions...),
		app.Div().Body(hints...),
		control{ID: id("fu-sent"), Label: t("Cases.FollowUp.SentOn"), Problem: f.problem}.
			input("date", firstOf(f.sentOn, s.Today.Format(time.DateOnly)), onValue(&f.sentOn), scope),
		app.Div().Class("actions").Body(
			button(id("fu-record"), "primary", t("Cases.FollowUp.Record"), f.onRecord, scope),
		),
	)
}

func (f *FollowUp) onAuthority(ctx app.Context, e app.Event) {
	f.slug = ctx.JSSrc().Get("value").String()
	f.S.rev++
	f.fetchLang(ctx)
}

func (f *FollowUp) onLang(ctx app.Context, e app.Event) {
	f.lang = ctx.JSSrc().Get("value").String()
	f.fetchLang(ctx)
}

// withDoc composes the follow-up when an action is pressed and hands it on.
func (f *FollowUp) withDoc(ctx app.Context, act func(letter.Document)) {
	cs, ok := f.caseOf()
	if !ok {
		return
	}
	doc, err := f.compose(cs)
	if err != nil {
		f.status = f.S.Loc.T("Cases.FollowUp.Incomplete")
		return
	}
	act(doc)
}

func (f *FollowUp) onPDF(ctx app.Context, e app.Event) {
	if f.busy {
		return
	}
	f.withDoc(ctx, func(doc letter.Document) {
		f.busy = true
		f.status = f.S.Loc.T("Wizard.Send.Making")
		downloadPDF(ctx, doc, func(ctx app.Context, err error) {
			f.busy = false
			f.status = actionStatus(f.S, err, "Wizard.Send.PDFDone")
		})
	})
}

// onPrint prints the follow-up's sheet alone (objector.css, print).
func (f *FollowUp) onPrint(ctx app.Context, e app.Event) { printPage("follow-up") }

func (f *FollowUp) onCopy(ctx app.Context, e app.Event) {
	f.withDoc(ctx, func(doc letter.Document) {
		text := export.Text(doc)
		ctx.Async(func() {
			err := copyText(text)
			ctx.Dispatch(func(ctx app.Context) { f.status = actionStatus(f.S, err, "Wizard.Send.Copied") })
		})
	})
}

func (f *FollowUp) onEML(ctx app.Context, e app.Event) {
	f.withDoc(ctx, func(doc letter.Document) {
		err := saveFile(export.EML(doc, time.Now()), "message/rfc822", export.FileName(doc, "eml"))
		f.status = actionStatus(f.S, err, "Wizard.Send.EMLDone")
	})
}

// onRecord notes the follow-up as sent on the day given, in the case.
func (f *FollowUp) onRecord(ctx app.Context, e app.Event) {
	s := f.S
	cs, ok := f.caseOf()
	if !ok {
		return
	}
	sent := firstOf(f.sentOn, s.Today.Format(time.DateOnly))
	if msg := pastDay(s, sent); msg != "" {
		f.problem = msg
		return
	}
	if sent < cs.Sent {
		f.problem = s.Loc.T("Check.ReminderDate.Order")
		return
	}
	if _, err := f.compose(cs); err != nil {
		f.status = s.Loc.T("Cases.FollowUp.Incomplete")
		return
	}
	days, _ := f.finalDays()
	slug := f.authoritySlug(cs)
	s.UpdateCase(f.ID, func(c *cases.Case, now time.Time) {
		if f.Kind == letter.Reminder {
			c.RecordReminder(sent, days, now)
		} else {
			c.RecordComplaint(sent, slug, now)
		}
	})
	if f.OnDone != nil {
		f.OnDone(ctx, s.Loc.T("Cases.Record.Saved"))
	}
}

// downloadPDF makes the letter's PDF off the UI goroutine and downloads
// it; done runs on the UI goroutine with the outcome.
func downloadPDF(ctx app.Context, doc letter.Document, done func(app.Context, error)) {
	name := export.FileName(doc, "pdf")
	at := fontsAt(ctx)
	ctx.Async(func() {
		data, err := makePDF(doc, at)
		if err == nil {
			err = saveFile(data, "application/pdf", name)
		}
		ctx.Dispatch(func(ctx app.Context) { done(ctx, err) })
	})
}

// actionStatus is how a send action ended, in the interface language.
func actionStatus(s *State, err error, ok string) string {
	if err != nil {
		app.Log("send:", err)
		return s.Loc.T("Wizard.Send.Failed")
	}
	return s.Loc.T(ok)
}
