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
	if f.Kind == letter.Complaint {
		title = "Cases.Complaint.Title"
	}
	return app.Div().Class("case-panel", "follow-up").ID(id(string(f.Kind))).Role("group").Aria("labelledby", id("fu-title")).Body(
		app.H3().ID(id("fu-title")).Text(s.Loc.Tf(title, locales.Args{"Company": caseCompany(cs)})),
		app.If(f.Kind == letter.Complaint, func() app.UI { return f.renderAuthority(cs, scope) }),
		app.If(f.Kind == letter.Reminder, func() app.UI { return f.renderDays(scope) }),
		app.Div().Class("field").Body(
			app.Label().For(id("fu-lang")).Text(t("Cases.FollowUp.Lang")),
			app.Select().ID(id("fu-lang")).Body(f.langOptions(lang)...).OnChange(f.onLang, scope),
			app.If(fallback, func() app.UI {
				return app.P().Class("hint").ID(id("fu-lang-why")).Text(t("Cases.Complaint.English"))
			}),
		),
		app.If(err == nil, func() app.UI { return f.renderSend(doc, cs, scope) }).Else(func() app.UI {
			return app.P().Class("hint").Text(t("Cases.FollowUp.Incomplete"))
		}),
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
	opts := []app.UI{app.Option().Value("").Text(t("Wizard.Field.Choose")).Selected(slug == "")}
	for _, a := range all {
		opts = append(opts, app.Option().Value(a.Slug).Selected(a.Slug == slug).
			Text(t("Country."+a.Country)+" – "+a.Name))
	}
	id := "fu-authority-" + f.ID
	missing := slug == ""
	return app.Div().Class("field").Class(classIf(missing, "field--invalid")).Body(
		app.Label().For(id).Text(t("Cases.Complaint.Authority")),
		app.P().Class("hint").Text(t("Cases.Complaint.Home")),
		app.If(cs.Facts.Country == "DE", func() app.UI {
			return app.P().Class("hint").Text(t("Cases.Complaint.Land"))
		}),
		app.Select().ID(id).Aria("invalid", missing).Body(opts...).OnChange(f.onAuthority, scope),
		app.If(missing, func() app.UI {
			return app.P().Class("error").ID("fu-authority-error-" + f.ID).Text(t("Check.Authority"))
		}),
		app.If(cs.Kind == letter.Damages, func() app.UI {
			return app.P().Class("hint").Text(t("Cases.Complaint.NoMoney"))
		}),
	)
}

func (f *FollowUp) renderDays(scope app.EventOption) app.UI {
	t := f.S.Loc.T
	id := "fu-days-" + f.ID
	_, ok := f.finalDays()
	days := f.days
	if days == "" {
		days = strconv.Itoa(cases.DefaultReminderDays)
	}
	return app.Div().Class("field", "field--narrow").Class(classIf(!ok, "field--invalid")).Body(
		app.Label().For(id).Text(t("Cases.Reminder.Days")),
		app.Input().Type("number").ID(id).Attr("min", letter.MinPaymentDays).Attr("max", letter.MaxPaymentDays).
			Attr("inputmode", "numeric").Value(days).Aria("invalid", !ok).OnInput(f.onDays, scope),
		app.If(!ok, func() app.UI {
			return app.P().Class("error").Text(f.S.Loc.Tf("Check.PaymentDays", locales.Args{"Min": letter.MinPaymentDays, "Max": letter.MaxPaymentDays}))
		}),
	)
}

func (f *FollowUp) langOptions(current string) []app.UI {
	var out []app.UI
	for _, o := range languageOptions(f.S) {
		out = append(out, app.Option().Value(o.Value).Lang(o.Lang).Selected(o.Value == current).Text(o.Label))
	}
	return out
}

// renderSend offers every way to send the letter, and records it as sent.
func (f *FollowUp) renderSend(doc letter.Document, cs cases.Case, scope app.EventOption) app.UI {
	s := f.S
	t := s.Loc.T
	id := func(part string) string { return part + "-" + f.ID }
	form := ""
	if f.Kind == letter.Complaint {
		if a, ok := authority.Lookup(f.authoritySlug(cs)); ok {
			form = a.ComplaintForm
		}
	}
	return app.Div().Body(
		app.Div().Class("sheets").Body(&LetterSheet{Doc: doc}),
		app.Div().Class("actions").Body(
			app.Button().Type("button").ID(id("fu-pdf")).Class("btn", "btn-primary").Disabled(f.busy).
				Text(t("Wizard.Send.PDF")).OnClick(f.onPDF, scope),
			app.Button().Type("button").ID(id("fu-copy")).Class("btn", "btn-secondary").
				Text(t("Wizard.Send.Copy")).OnClick(f.onCopy, scope),
			app.If(doc.To != "", func() app.UI {
				return app.A().ID(id("fu-mailto")).Class("btn", "btn-secondary").Href(export.Mailto(doc)).Text(t("Wizard.Send.Mail"))
			}),
			app.If(doc.To != "", func() app.UI {
				return app.Button().Type("button").ID(id("fu-eml")).Class("btn", "btn-secondary").
					Text(t("Wizard.Send.EML")).OnClick(f.onEML, scope)
			}),
			app.If(form != "", func() app.UI {
				return app.A().ID(id("fu-form")).Class("btn", "btn-secondary").Href(form).
					Attr("target", "_blank").Attr("rel", "noopener noreferrer").Text(t("Cases.Complaint.Form"))
			}),
		),
		app.If(form != "", func() app.UI { return app.P().Class("hint").Text(t("Cases.Complaint.Paste")) }),
		app.If(f.Kind == letter.Complaint && doc.To == "", func() app.UI {
			return app.P().Class("hint").Text(t("Cases.Complaint.NoEmail"))
		}),
		app.Div().Class("field").Body(
			app.Label().For(id("fu-sent")).Text(t("Cases.FollowUp.SentOn")),
			app.Input().Type("date").ID(id("fu-sent")).Value(firstOf(f.sentOn, s.Today.Format(time.DateOnly))).
				Aria("invalid", f.problem != "").OnChange(f.onSentOn, scope),
			app.If(f.problem != "", func() app.UI { return app.P().Class("error").Text(f.problem) }),
		),
		app.Div().Class("actions").Body(
			app.Button().Type("button").ID(id("fu-record")).Class("btn", "btn-primary").
				Text(t("Cases.FollowUp.Record")).OnClick(f.onRecord, scope),
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

func (f *FollowUp) onDays(ctx app.Context, e app.Event) {
	f.days = ctx.JSSrc().Get("value").String()
}

func (f *FollowUp) onSentOn(ctx app.Context, e app.Event) {
	f.sentOn = ctx.JSSrc().Get("value").String()
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
