package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/wizard"
)

// SituationStep is step 4: the grounds of the objection (Art. 21(1) GDPR
// asks for the person's particular situation) and, for a damages claim,
// what the person suffered, how much they claim and where to pay it.
type SituationStep struct {
	app.Compo

	S   *State
	Rev int
}

// OnMount starts loading the PDF maker once the page is idle (pdfwasm.go),
// for a draft that reopens on this step.
func (c *SituationStep) OnMount(ctx app.Context) { warmPDFWhenIdle(ctx, c.S) }

// Render draws the objection part, the claim part, or both.
func (c *SituationStep) Render() app.UI {
	s := c.S
	t := s.Loc.T
	task := s.Draft.Task
	title := t("Wizard.Situation.Title")
	if !task.Has(letter.Objection) {
		title = t("Wizard.Claim.Title")
	}
	return app.Section().Class("step-situation").Aria("labelledby", "step-title").Body(
		app.H1().ID("step-title").TabIndex(-1).Text(title),
		app.If(task.Has(letter.Objection), func() app.UI { return c.renderObjection() }),
		app.If(task.Has(letter.Damages), func() app.UI { return c.renderClaim() }),
	)
}

func (c *SituationStep) renderObjection() app.UI {
	s := c.S
	t := s.Loc.T
	return app.Div().Class("part").Body(
		app.If(s.Draft.Task == wizard.TaskBoth, func() app.UI {
			return app.H2().Text(t("Wizard.Situation.Subtitle"))
		}),
		app.Div().Class("note", "why").Body(
			app.P().Class("note-title").Text(t("Wizard.Situation.WhyTitle")),
			app.P().Text(t("Wizard.Situation.Why")),
		),
		checkGroup(s, wizard.FieldReasons, t("Wizard.Situation.Reasons"), t("Wizard.Situation.ReasonsHint"),
			letter.ObjectionReasons,
			func(id string) string { return t("Wizard.Reason." + id + ".Label") },
			func(id string) string { return t("Wizard.Reason." + id + ".Hint") },
			s.Draft.Facts.Reasons,
			func(d *wizard.Draft, sel []string) { d.Facts.Reasons = sel }),
		field(s, input{Field: wizard.FieldReason, Label: t("Wizard.Situation.Own"), Hint: t("Wizard.Situation.OwnHint"), Type: "textarea", Optional: true}),
	)
}

func (c *SituationStep) renderClaim() app.UI {
	s := c.S
	t := s.Loc.T
	f := s.Draft.Facts
	dateHint := t("Wizard.Claim.ObjectionDateHint")
	if s.Draft.Task == wizard.TaskBoth {
		dateHint = t("Wizard.Claim.ObjectionDateBothHint")
	}
	currency := f.Currency
	if currency == "" {
		currency = letter.CurrencyOf(f.Country)
	}
	return app.Div().Class("part").Body(
		app.If(s.Draft.Task == wizard.TaskBoth, func() app.UI {
			return app.H2().Text(t("Wizard.Claim.Title"))
		}),
		app.P().Class("lead").Text(t("Wizard.Claim.Lead")),
		checkGroup(s, wizard.FieldHarms, t("Wizard.Claim.Harms"), "",
			letter.Harms,
			func(id string) string { return t("Wizard.Harm." + id + ".Label") },
			nil,
			f.Harms,
			func(d *wizard.Draft, sel []string) { d.Facts.Harms = sel }),
		field(s, input{Field: wizard.FieldHarmText, Label: t("Wizard.Claim.Own"), Hint: t("Wizard.Claim.OwnHint"), Type: "textarea", Optional: true}),
		app.Div().Class("row", "row--end").Body(
			field(s, input{Field: wizard.FieldAmount, Label: t("Wizard.Claim.Amount"), HintID: amountHintID, InputMode: "decimal", AutoComplete: "off", Narrow: true}),
			c.renderCurrency(currency),
		),
		// What courts award and others claim, with its sources: too long
		// for the amount's narrow column, so under the row.
		app.P().ID(amountHintID).Class("hint").Text(t("Wizard.Claim.AmountHint")),
		field(s, input{Field: wizard.FieldPaymentDays, Label: t("Wizard.Claim.PaymentDays"), Hint: t("Wizard.Claim.PaymentDaysHint"), Type: "number", InputMode: "numeric", AutoComplete: "off", Narrow: true,
			Attrs: map[string]string{"min": "1", "max": "90"}}),
		field(s, input{Field: wizard.FieldIBAN, Label: t("Wizard.Claim.IBAN"), Hint: t("Wizard.Claim.IBANHint"), AutoComplete: "off",
			Attrs: map[string]string{"spellcheck": "false", "autocapitalize": "characters"}}),
		field(s, input{Field: wizard.FieldAccountHolder, Label: t("Wizard.Claim.Holder"), Hint: t("Wizard.Claim.HolderHint"), AutoComplete: "name", Optional: true}),
		field(s, input{Field: wizard.FieldObjectionDate, Label: t("Wizard.Claim.ObjectionDate"), Hint: dateHint, Type: "date", AutoComplete: "off", Optional: true, Narrow: true}),
	)
}

// amountHintID is the id of the amount's hint, drawn under its row.
const amountHintID = "hint-amount"

// renderCurrency draws the currency select; it shows the person's country's
// currency until they pick another.
func (c *SituationStep) renderCurrency(current string) app.UI {
	s := c.S
	opts := currencyOptions(s)
	items := make([]app.UI, 0, len(opts))
	for _, o := range opts {
		items = append(items, app.Option().Value(o.Value).Selected(o.Value == current).Text(o.Label))
	}
	return app.Div().Class("field", "field--narrow").Body(
		app.Label().For(wizard.ElementID(wizard.FieldCurrency)).Text(s.Loc.T("Wizard.Claim.Currency")),
		app.Select().ID(wizard.ElementID(wizard.FieldCurrency)).Name(wizard.FieldCurrency).Body(items...).
			OnChange(func(ctx app.Context, e app.Event) {
				s.Set(ctx, wizard.FieldCurrency, ctx.JSSrc().Get("value").String())
			}, app.EventScope(wizard.FieldCurrency)),
	)
}
