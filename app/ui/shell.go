package ui

import (
	"html"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/catalog"
	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/wizard"
	"github.com/objector-eu/objector/locales"
)

// Shell is the application frame: the header with the language picker, the
// progress, the current step, Back and Next, and the footer where the person
// decides what stays on this device. It owns the wizard's State; steps live
// in that state (never in the browser history, which inside an iframe
// belongs to the host page).
type Shell struct {
	app.Compo

	state *State
	// local is localStorage, session the tab's sessionStorage; each nil
	// where the browser refuses it.
	local, session *storage
	// view is the page shown: the wizard, or the case file at CasesPath.
	view string
	// settings are the stored choices; Keep is off until the person opts in.
	settings wizard.Settings
	// confirmWipe shows the confirmation of "Delete everything".
	confirmWipe bool
	// notice is a short status for a screen reader and the eye ("Deleted").
	notice string
	// mounted is false during prerendering, where no storage exists.
	mounted bool
	// ctx is the shell's own context: work deferred on it runs even when
	// the element that asked for it (a step's button) went away.
	ctx app.Context
	// embed is what an advocacy site that embeds the app asks for (embed.go).
	embed embedding
}

// OnInit loads the messages and starts an empty draft in English; the
// browser picks the person's language in OnMount. Both hand the browser a
// turn (YieldToBrowser) before going on.
func (s *Shell) OnInit() {
	b, err := messages()
	if err != nil {
		app.Log("locales:", err)
		return
	}
	s.state = &State{
		Bundle: b,
		Loc:    b.Localizer(locales.Source),
		Draft:  wizard.NewDraft(),
		Errors: map[string]letter.FieldError{},
		Today:  today(),
	}
	s.state.goTo = s.goTo
	s.state.changed = func(app.Context) { s.saveDraft() }
	s.state.saveCases = s.saveCases
	s.state.showView = s.showView
	s.state.CaseStore = storeMemory
	YieldToBrowser() // the messages are read; rendering and mounting next
}

// OnMount restores a kept draft, applies a deep link and picks the
// interface language: ?lang=, then the kept preference, then the browser's
// languages, then English.
func (s *Shell) OnMount(ctx app.Context) {
	YieldToBrowser() // mounted; the stored draft and the languages next
	ready := markReady
	if s.state == nil {
		ready(ctx)
		return
	}
	s.mounted = true
	s.ctx = ctx
	st := s.state
	s.embed.mount(ctx, st.Bundle)
	st.framed = s.embed.framed
	s.local = browserStorage("localStorage")
	if raw, ok := s.local.Get(wizard.SettingsKey); ok {
		s.settings = wizard.DecodeSettings(raw)
	}
	if s.settings.KeepDraft {
		if raw, ok := s.local.Get(wizard.DraftKey); ok {
			if d, err := wizard.DecodeDraft(raw); err == nil {
				st.Draft = d
			}
		}
	}
	s.restoreAfterUpdate()
	s.session = browserStorage("sessionStorage")
	if s.keepsCases() {
		st.Cases = loadCases(s.local)
	} else {
		st.Cases = loadCases(s.session)
	}
	st.CaseStore = s.caseStore()
	s.route(ctx)
	link := wizard.ParseLink(ctx.Page().URL().Query(), st.Bundle.Has, func(id string) bool {
		_, ok := catalog.Lookup(id)
		return ok
	})
	link.Apply(&st.Draft)

	lang := link.Lang
	if lang == "" && s.settings.KeepDraft && st.Bundle.Has(s.settings.Lang) {
		lang = s.settings.Lang
	}
	if lang == "" {
		lang = st.Bundle.Match(navigatorLanguages()...)
	}
	// Mounted once the person's languages are at hand (fetched, unless
	// English), so the first screen after the prerendered one is theirs.
	withLanguages(ctx, st.Bundle, []string{lang, st.Draft.LetterLang}, func(ctx app.Context) {
		s.setLang(ctx, lang)
		ready(ctx)
	})
}

// OnPreRender draws the page of the route in the static site.
func (s *Shell) OnPreRender(ctx app.Context) { s.route(ctx) }

// OnNav follows an in-app link between the wizard and the case file: both
// are this one shell, so nothing typed is lost on the way.
func (s *Shell) OnNav(ctx app.Context) {
	s.route(ctx)
	if s.mounted {
		s.later(ctx, func() { focusID("step-title") })
	}
}

// showView moves to the wizard or the case file: through go-app's
// navigation at the top (an entry in the history, OnNav follows), in a
// frame by replacing the address, which leaves the host page's history be.
func (s *Shell) showView(ctx app.Context, path string) {
	if !s.embed.framed {
		ctx.Navigate(path)
		return
	}
	u := ctx.Page().URL()
	u.Path = path
	ctx.Page().ReplaceURL(u)
	s.route(ctx)
	s.later(ctx, func() { focusID("step-title") })
}

// route picks the view from the page's path.
func (s *Shell) route(ctx app.Context) {
	s.view = ""
	if ctx.Page().URL().Path == CasesPath {
		s.view = CasesPath
	}
	if s.state != nil {
		s.state.rev++
	}
}

// Render draws the frame around the current step.
func (s *Shell) Render() app.UI {
	if s.state == nil {
		return app.Main().Text("…")
	}
	st := s.state
	t := st.Loc.T
	step := st.Draft.Step
	return app.Div().Class("shell").Body(
		s.embed.renderBar(st.Loc),
		app.Header().Class("top").Body(
			app.Div().Class("top-inner").Body(
				app.Span().Class("brand").Body(
					app.Span().Class("brand-mark").Aria("hidden", "true").Text("§"),
					app.Text(t("App.Name")),
				),
				app.Div().Class("top-tools").Body(
					s.renderCasesLink(),
					s.renderLanguagePicker(),
					app.If(!s.embed.compact(), func() app.UI { return &PWA{Loc: st.Loc, OnReload: s.onUpdateReload} }),
				),
			),
		),
		app.If(s.view == CasesPath, func() app.UI {
			return app.Main().ID("main").Class("main").Body(
				app.Div().Class("step").Body(&CasesView{S: st, Rev: st.rev}),
			)
		}).Else(func() app.UI {
			return s.renderWizard(step)
		}),
		s.renderFooter(),
	)
}

// renderCasesLink leads to the case file, or back to the wizard from it.
func (s *Shell) renderCasesLink() app.UI {
	st := s.state
	if s.view == CasesPath {
		return st.viewLink("to-wizard", "/", app.Text(st.Loc.T("Cases.ToWizard")))
	}
	var badge app.UI
	if len(st.Cases) > 0 {
		badge = app.Span().Class("badge").Text(strconv.Itoa(len(st.Cases)))
	}
	return st.viewLink("to-cases", CasesPath, app.Text(st.Loc.T("Cases.Nav")), badge)
}

// renderWizard draws the current step of the wizard, its progress and
// navigation, and the live preview.
func (s *Shell) renderWizard(step wizard.Step) app.UI {
	return app.Main().ID("main").Class("main").Body(
		s.renderProgress(),
		app.Div().Class("workspace").Body(
			app.Div().Class("workspace-main").Body(
				app.Div().Class("step").DataSet("step", int(step)).Body(s.renderStep()),
				s.renderNav(step),
			),
			s.renderLivePreview(step),
		),
	)
}

func (s *Shell) renderLanguagePicker() app.UI {
	st := s.state
	// The select's change bubbles to its box, which go-app manages.
	return app.Div().Class("lang-picker").OnChange(s.onLanguage).Body(
		app.Label().For("ui-lang").Text(st.Loc.T("Wizard.Lang.Label")),
		app.Raw(languageSelect(languageOptions(st), st.Loc.Lang())),
	)
}

// languageSelect writes the language picker's select as HTML, for
// app.Raw: the browser parses it in one call, where go-app builds every
// element, attribute and text with a call of its own. Its two dozen
// options were a third of the nodes of the first screen, 4–5 ms of each
// start-up's mount (make bench, offline reload). go-app replaces the whole
// select when the string changes, that is when the language does. Every
// value is escaped: this is the one raw HTML of the package (TestNoRawHTML).
func languageSelect(opts []option, current string) string {
	var b strings.Builder
	b.WriteString(`<select id="ui-lang">`)
	for _, o := range opts {
		b.WriteString(`<option value="`)
		b.WriteString(html.EscapeString(o.Value))
		b.WriteString(`" lang="`)
		b.WriteString(html.EscapeString(o.Lang))
		b.WriteString(`"`)
		if o.Value == current {
			b.WriteString(` selected`)
		}
		b.WriteString(`>`)
		b.WriteString(html.EscapeString(o.Label))
		b.WriteString(`</option>`)
	}
	b.WriteString(`</select>`)
	return b.String()
}

func (s *Shell) renderProgress() app.UI {
	st := s.state
	step := st.Draft.Step
	return app.Div().Class("progress").Body(
		app.P().Class("progress-text").Body(
			app.Text(st.Loc.Tf("Wizard.Progress", locales.Args{"Step": int(step), "Count": wizard.Count})),
		),
		app.Div().Class("progress-bar").Aria("hidden", "true").Body(
			// A class, not a style attribute, which the CSP refuses.
			app.Div().Class("progress-fill", "progress-fill--"+strconv.Itoa(int(step))),
		),
	)
}

func (s *Shell) renderStep() app.UI {
	st := s.state
	switch st.Draft.Step {
	case wizard.StepCompany:
		return &CompanyStep{S: st, Rev: st.rev}
	case wizard.StepAbout:
		return &AboutStep{S: st, Rev: st.rev}
	case wizard.StepSituation:
		return &SituationStep{S: st, Rev: st.rev}
	case wizard.StepReview:
		return &ReviewStep{S: st, Rev: st.rev}
	case wizard.StepSend:
		return &SendStep{S: st, Rev: st.rev}
	}
	return &TaskStep{S: st, Rev: st.rev}
}

// renderLivePreview puts the live preview (LivePreview) beside "about you"
// and "your situation" once a task is chosen.
func (s *Shell) renderLivePreview(step wizard.Step) app.UI {
	st := s.state
	if step != wizard.StepAbout && step != wizard.StepSituation || st.Draft.Task == "" {
		return nil
	}
	return &LivePreview{S: st, Rev: st.rev, Lang: st.LetterLoc().Lang()}
}

func (s *Shell) renderNav(step wizard.Step) app.UI {
	t := s.state.Loc.T
	next := t("Wizard.Nav.Next")
	if step == wizard.StepReview {
		next = t("Wizard.Nav.ToSend")
	}
	return app.Nav().Class("wizard-nav").Aria("label", t("Wizard.Nav.Label")).Body(
		app.If(step > wizard.StepTask, func() app.UI {
			return app.Button().Type("button").ID("back").Class("btn", "btn-secondary").Text(t("Wizard.Nav.Back")).OnClick(s.onBack)
		}),
		app.If(s.state.ReturnToReview && step < wizard.StepReview, func() app.UI {
			return app.Button().Type("button").ID("to-review").Class("btn", "btn-secondary").Text(t("Wizard.Nav.ToReview")).OnClick(s.onToReview)
		}),
		app.If(step < wizard.StepSend, func() app.UI {
			return app.Button().Type("button").ID("next").Class("btn", "btn-primary").Text(next).OnClick(s.onNext)
		}),
	)
}

func (s *Shell) renderFooter() app.UI {
	t := s.state.Loc.T
	return app.Footer().Class("foot").Body(
		app.Div().Class("foot-inner").Body(
			app.H2().Class("foot-title").Text(t("Wizard.Device.Title")),
			app.P().Class("hint").Text(t("Wizard.Device.Local")),
			app.If(s.local != nil, func() app.UI {
				return app.Div().Class("switch").Body(
					app.Input().Type("checkbox").ID("keep-draft").Role("switch").
						Checked(s.settings.KeepDraft).Aria("describedby", "keep-draft-hint").
						OnChange(s.onKeepDraft),
					app.Label().For("keep-draft").Text(t("Wizard.Device.Keep")),
					app.P().ID("keep-draft-hint").Class("hint").Text(t("Wizard.Device.KeepHint")),
				)
			}),
			app.If(s.mounted && s.local == nil, func() app.UI {
				return app.P().Class("hint").Text(t("Wizard.Device.NoStorage"))
			}),
			app.If(!s.confirmWipe, func() app.UI {
				return app.Button().Type("button").ID("wipe").Class("btn", "btn-danger-quiet").Text(t("Wizard.Device.Wipe")).OnClick(s.onWipeAsk)
			}).Else(func() app.UI {
				return app.Div().Class("confirm").Role("group").Aria("labelledby", "wipe-question").Body(
					app.P().ID("wipe-question").Text(t("Wizard.Device.WipeQuestion")),
					app.P().Class("hint").Text(t("Wizard.Device.WipeCaches")),
					app.Div().Class("confirm-actions").Body(
						app.Button().Type("button").ID("wipe-yes").Class("btn", "btn-danger").Text(t("Wizard.Device.WipeYes")).OnClick(s.onWipe),
						app.Button().Type("button").ID("wipe-no").Class("btn", "btn-secondary").Text(t("Wizard.Device.WipeNo")).OnClick(s.onWipeCancel),
					),
				)
			}),
			app.P().Class("notice").Role("status").Aria("live", "polite").Text(s.notice),
			s.embed.renderFooterLink(s.state.Loc),
		),
	)
}

// goTo changes the step, keeps it in the draft and moves the focus to the
// new step's heading, so a screen reader announces where the person is.
func (s *Shell) goTo(ctx app.Context, step wizard.Step) {
	st := s.state
	st.Draft.Step = step.Clamp()
	if step >= wizard.StepReview {
		st.ReturnToReview = false
	}
	st.rev++
	s.notice = ""
	s.saveDraft()
	s.later(ctx, func() { focusID("step-title") })
}

func (s *Shell) onNext(ctx app.Context, e app.Event) {
	st := s.state
	step := st.Draft.Step
	if step == wizard.StepReview {
		if bad := st.FirstInvalidStep(); bad != 0 {
			st.CheckStep(bad)
			s.goTo(ctx, bad)
			return
		}
	}
	if !st.CheckStep(step) {
		s.later(ctx, focusFirstInvalid)
		return
	}
	s.goTo(ctx, step+1)
}

func (s *Shell) onBack(ctx app.Context, e app.Event) {
	s.goTo(ctx, s.state.Draft.Step-1)
}

func (s *Shell) onToReview(ctx app.Context, e app.Event) {
	st := s.state
	if !st.CheckStep(st.Draft.Step) {
		s.later(ctx, focusFirstInvalid)
		return
	}
	s.goTo(ctx, wizard.StepReview)
}

func (s *Shell) onLanguage(ctx app.Context, e app.Event) {
	target := e.Get("target")
	if !target.Truthy() || target.Get("id").String() != "ui-lang" {
		return
	}
	lang := target.Get("value").String()
	withLanguages(ctx, s.state.Bundle, []string{lang}, func(ctx app.Context) {
		s.switchLang(ctx, lang)
		ctx.Defer(s.settlePicker)
	})
}

// settlePicker runs after a choice of language is drawn. The new
// language's select replaced the one the person used (see languageSelect),
// so the focus they had on it is given back to the new one, unless they
// moved on while the language was fetched. And a language that could not
// be fetched leaves the one shown: the select says so again.
func (s *Shell) settlePicker(ctx app.Context) {
	doc := app.Window().Get("document")
	sel := doc.Call("getElementById", "ui-lang")
	if !sel.Truthy() {
		return
	}
	sel.Set("value", s.state.Loc.Lang())
	if active := doc.Get("activeElement"); !active.Truthy() || active.Equal(doc.Get("body")) {
		jsCall(sel, "focus")
	}
}

// switchLang applies the language the person picked, once it is at hand.
func (s *Shell) switchLang(ctx app.Context, lang string) {
	s.setLang(ctx, lang)
	s.settings.Lang = s.state.Loc.Lang()
	s.saveDraft()
	// A ?lang= in the address would undo the choice on reload.
	if u := ctx.Page().URL(); u.Query().Get("lang") != "" {
		q := u.Query()
		q.Set("lang", s.state.Loc.Lang())
		u.RawQuery = q.Encode()
		ctx.Page().ReplaceURL(u)
	}
}

func (s *Shell) setLang(ctx app.Context, lang string) {
	st := s.state
	if !st.Bundle.Has(lang) || !st.Bundle.Loaded(lang) {
		lang = locales.Source
	}
	st.Loc = st.Bundle.Localizer(lang)
	st.rev++
	ctx.Page().SetLang(lang)
	ctx.Page().SetTitle(st.Loc.T("App.Title"))
}

func (s *Shell) onKeepDraft(ctx app.Context, e app.Event) {
	s.settings.KeepDraft = ctx.JSSrc().Get("checked").Bool()
	// The cases move with the choice: to the device, or back to the tab.
	defer s.saveCases()
	if s.settings.KeepDraft {
		s.settings.Lang = s.state.Loc.Lang()
		s.saveDraft()
		s.session.Del(casesKey)
		s.notice = s.state.Loc.T("Wizard.Device.Kept")
		return
	}
	s.local.Del(wizard.DraftKey)
	s.local.Del(wizard.SettingsKey)
	s.local.Del(casesKey)
	s.notice = s.state.Loc.T("Wizard.Device.NotKept")
}

// keepsCases reports whether the cases are kept across visits: the person
// chose to keep data on this device, and the browser lets us.
func (s *Shell) keepsCases() bool { return s.settings.KeepDraft && s.local != nil }

// caseStore says where the cases live: on the device when the person
// chose so, else for the tab, else (no storage at all) only on this page.
func (s *Shell) caseStore() string {
	switch {
	case s.keepsCases():
		return storeKept
	case s.session != nil:
		return storeTab
	}
	return storeMemory
}

// saveCases stores the case file where caseStore says.
func (s *Shell) saveCases() {
	st := s.state
	st.CaseStore = s.caseStore()
	switch st.CaseStore {
	case storeKept:
		storeCases(s.local, st.Cases)
	case storeTab:
		storeCases(s.session, st.Cases)
	}
}

func (s *Shell) onWipeAsk(ctx app.Context, e app.Event) {
	s.confirmWipe = true
	s.later(ctx, func() { focusID("wipe-no") })
}

func (s *Shell) onWipeCancel(ctx app.Context, e app.Event) {
	s.confirmWipe = false
	s.later(ctx, func() { focusID("wipe") })
}

// onWipe deletes everything this app keeps in the browser (draft, settings,
// anything in session storage) and empties the form. The offline copy of
// the app in the service worker's cache holds no personal data.
func (s *Shell) onWipe(ctx app.Context, e app.Event) {
	s.local.Clear()
	browserStorage("sessionStorage").Clear()
	s.settings = wizard.Settings{}
	s.confirmWipe = false
	st := s.state
	st.Draft = wizard.NewDraft()
	st.Errors = map[string]letter.FieldError{}
	st.Cases = nil
	st.ReturnToReview = false
	st.rev++
	s.notice = st.Loc.T("Wizard.Device.Wiped")
	s.later(ctx, func() { focusID("wipe") })
}

// later runs f after the coming render, on the shell's context when it has
// one, because go-app drops deferred work whose element was removed.
func (s *Shell) later(ctx app.Context, f func()) {
	if s.ctx.Context != nil {
		ctx = s.ctx
	}
	ctx.Defer(func(app.Context) { f() })
}

// updateKey holds, in the tab's session storage and only across the reload
// into a new version, what the person had typed.
const updateKey = "objector.update-draft"

// onUpdateReload carries the form across the update reload the person asked
// for, so that nothing typed is lost even without a kept draft. Session
// storage lives only as long as the tab, and the new page empties it at once.
func (s *Shell) onUpdateReload(ctx app.Context) {
	if s.state == nil || s.settings.KeepDraft {
		return // a kept draft is restored from local storage anyway
	}
	if err := browserStorage("sessionStorage").Set(updateKey, wizard.EncodeDraft(s.state.Draft)); err != nil {
		app.Log("form not carried across the update:", err)
	}
}

// restoreAfterUpdate takes back the form onUpdateReload carried over.
func (s *Shell) restoreAfterUpdate() {
	session := browserStorage("sessionStorage")
	raw, ok := session.Get(updateKey)
	if !ok {
		return
	}
	session.Del(updateKey)
	if d, err := wizard.DecodeDraft(raw); err == nil {
		s.state.Draft = d
	}
}

// saveDraft keeps the draft and settings on the device, only once the
// person turned the switch on.
func (s *Shell) saveDraft() {
	if !s.settings.KeepDraft || s.local == nil {
		return
	}
	if err := s.local.Set(wizard.DraftKey, wizard.EncodeDraft(s.state.Draft)); err != nil {
		app.Log("draft not kept:", err)
	}
	s.local.Set(wizard.SettingsKey, wizard.EncodeSettings(s.settings))
}

// today is the letters' date: the local calendar day.
func today() time.Time {
	now := time.Now()
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
}
