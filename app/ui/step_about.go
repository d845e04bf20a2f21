package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/wizard"
)

// AboutStep is step 3: who the person is and how the company knows them.
// Every field has a visible label and the autocomplete token phones use to
// fill it in.
type AboutStep struct {
	app.Compo

	S   *State
	Rev int
}

// OnMount starts loading the PDF maker once the page is idle (pdfwasm.go).
func (c *AboutStep) OnMount(ctx app.Context) { warmPDFWhenIdle(ctx, c.S) }

// Render draws the person's address and account.
func (c *AboutStep) Render() app.UI {
	s := c.S
	t := s.Loc.T
	return app.Section().Class("step-about").Aria("labelledby", "step-title").Body(
		app.H1().ID("step-title").TabIndex(-1).Text(t("Wizard.About.Title")),
		app.P().Class("lead").Text(t("Wizard.About.Lead")),
		app.Div().Class("form").Body(
			field(s, input{Field: wizard.FieldName, Label: t("Wizard.About.Name"), AutoComplete: "name"}),
			field(s, input{Field: wizard.FieldStreet, Label: t("Wizard.About.Street"), AutoComplete: "street-address"}),
			app.Div().Class("row").Body(
				field(s, input{Field: wizard.FieldPostalCode, Label: t("Wizard.About.PostalCode"), AutoComplete: "postal-code", Narrow: true}),
				field(s, input{Field: wizard.FieldCity, Label: t("Wizard.About.City"), AutoComplete: "address-level2"}),
			),
			field(s, input{Field: wizard.FieldCountry, Label: t("Wizard.About.Country"), Type: "select", AutoComplete: "country", Options: countryOptions(s)}),
			field(s, input{Field: wizard.FieldEmail, Label: t("Wizard.About.Email"), Hint: t("Wizard.About.EmailHint"), Type: "email", AutoComplete: "email",
				Attrs: map[string]string{"spellcheck": "false", "autocapitalize": "off"}}),
			field(s, input{Field: wizard.FieldAccount, Label: t("Wizard.About.Account"), Hint: t("Wizard.About.AccountHint"), AutoComplete: "username",
				Attrs: map[string]string{"spellcheck": "false", "autocapitalize": "off"}}),
		),
	)
}
