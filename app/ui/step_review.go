package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/wizard"
)

// ReviewStep is step 5: the letters exactly as they will print, composed
// afresh on every change, in a language the person may switch here without
// losing anything they typed.
type ReviewStep struct {
	app.Compo

	S   *State
	Rev int
}

// OnMount loads the PDF maker in the background while the person reads,
// so the PDF on the next step is ready at once.
func (c *ReviewStep) OnMount(ctx app.Context) {
	at := fontsAt(ctx)
	ctx.Async(func() { warmPDF(at) })
}

// Render draws the letter-language switch and every letter of the task.
func (c *ReviewStep) Render() app.UI {
	s := c.S
	t := s.Loc.T
	letters := s.Letters()
	sheets := make([]app.UI, 0, len(letters))
	for _, l := range letters {
		sheets = append(sheets, c.renderLetter(l, len(letters) > 1))
	}
	return app.Section().Class("step-review").Aria("labelledby", "step-title").Body(
		app.H1().ID("step-title").TabIndex(-1).Text(t("Wizard.Review.Title")),
		app.P().Class("lead").Text(t("Wizard.Review.Lead")),
		c.renderLetterLang(),
		app.Nav().Class("edit-steps").Aria("label", t("Wizard.Review.EditNav")).Body(
			app.Ul().Body(
				c.renderStepLink(wizard.StepTask, t("Wizard.Task.Title")),
				c.renderStepLink(wizard.StepCompany, t("Wizard.Company.Title")),
				c.renderStepLink(wizard.StepAbout, t("Wizard.About.Title")),
				c.renderStepLink(wizard.StepSituation, situationTitle(s)),
			),
		),
		app.Div().Class("sheets").Body(sheets...),
	)
}

func (c *ReviewStep) renderLetterLang() app.UI {
	s := c.S
	cur := s.LetterLoc().Lang()
	opts := languageOptions(s)
	items := make([]app.UI, 0, len(opts))
	for _, o := range opts {
		items = append(items, app.Option().Value(o.Value).Lang(o.Lang).Selected(o.Value == cur).Text(o.Label))
	}
	return app.Div().Class("field", "field--narrow", "letter-lang").Body(
		app.Label().For("letter-lang").Text(s.Loc.T("Wizard.Review.LetterLang")),
		app.P().ID("letter-lang-hint").Class("hint").Text(s.Loc.T("Wizard.Review.LetterLangHint")),
		app.Select().ID("letter-lang").Aria("describedby", "letter-lang-hint").Body(items...).OnChange(c.onLetterLang),
	)
}

func (c *ReviewStep) renderStepLink(step wizard.Step, title string) app.UI {
	return app.Li().Body(
		app.Button().Type("button").Class("link-button").
			Text(c.S.Loc.Tf("Wizard.Review.EditStep", map[string]any{"Step": int(step), "Title": title})).
			OnClick(c.onEdit(step), app.EventScope(int(step))),
	)
}

func (c *ReviewStep) renderLetter(l composed, titled bool) app.UI {
	s := c.S
	t := s.Loc.T
	var head app.UI
	if titled {
		head = app.H2().Class("sheet-title").Text(t("Wizard.Letter." + kindKey(l.Kind)))
	}
	if l.Err != nil {
		return app.Div().Class("sheet-wrap").Body(head,
			app.P().Class("error").Role("alert").Text(t("Wizard.Review.Incomplete")))
	}
	return app.Div().Class("sheet-wrap").Body(
		head,
		&LetterSheet{
			Doc: l.Doc,
			Edit: &editLabels{
				Sender:    t("Wizard.Review.EditSender"),
				Recipient: t("Wizard.Review.EditRecipient"),
				Content:   t("Wizard.Review.EditContent"),
			},
			OnEdit: func(ctx app.Context, step wizard.Step) { c.edit(ctx, step) },
		},
	)
}

func (c *ReviewStep) onLetterLang(ctx app.Context, e app.Event) {
	lang := ctx.JSSrc().Get("value").String()
	withLanguages(ctx, c.S.Bundle, []string{lang}, func(ctx app.Context) {
		c.S.Update(ctx, func(d *wizard.Draft) {
			d.LetterLang = lang
			if lang == c.S.Loc.Lang() {
				d.LetterLang = "" // follow the interface again
			}
		})
	})
}

func (c *ReviewStep) onEdit(step wizard.Step) app.EventHandler {
	return func(ctx app.Context, e app.Event) { c.edit(ctx, step) }
}

func (c *ReviewStep) edit(ctx app.Context, step wizard.Step) {
	c.S.GoTo(ctx, step)
	c.S.ReturnToReview = true
}

// kindKey is a letter kind's part of its message IDs.
func kindKey(k letter.Kind) string {
	if k == letter.Damages {
		return "Damages"
	}
	return "Objection"
}

// situationTitle is step 4's title for the task.
func situationTitle(s *State) string {
	if !s.Draft.Task.Has(letter.Objection) {
		return s.Loc.T("Wizard.Claim.Title")
	}
	return s.Loc.T("Wizard.Situation.Title")
}
