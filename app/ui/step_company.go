package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/catalog"
	"github.com/objector-eu/objector/app/wizard"
)

// CompanyStep is step 2: the company the letter goes to, from the catalog
// (searchable by company or service) or typed in by hand.
type CompanyStep struct {
	app.Compo

	S   *State
	Rev int

	// query is what the person typed into the search box.
	query string
}

// Render draws the search, the companies with their services, and the
// address form for another company.
func (c *CompanyStep) Render() app.UI {
	s := c.S
	t := s.Loc.T
	msg := s.Message(wizard.FieldController)
	// Every company is drawn, and those the search leaves out are hidden,
	// not removed: go-app redraws a list by position, and a radio drawn
	// where another company's had been kept that one's handler and the
	// checked state the browser had given it (TestHandlerScope, e2e
	// TestCompanySearchChoice). Each element now stays one company's.
	// The catalog keeps itself most used first (its TestPopularityOrder).
	all := catalog.All()
	items := make([]app.UI, 0, len(all)+2)
	shown := 0
	for _, ctrl := range all {
		show := c.matches(ctrl) || ctrl.ID == s.Draft.Facts.Controller
		if show {
			shown++
		}
		items = append(items, c.renderController(ctrl, show))
	}
	// "Not listed?" comes last, after the companies in the order of the
	// page and of the keyboard (Tab from the search reaches the first
	// company found), but sticks to the bottom of the screen while the
	// list scrolls (.card-other): below 25 companies no one on a phone
	// would find it.
	items = append(items,
		app.P().Class("hint").Role("status").Hidden(shown > 0).Text(t("Wizard.Company.NoMatch")),
		c.renderOther())

	group := app.FieldSet().ID(wizard.ElementID(wizard.FieldController)).Class("group").Body(
		app.Legend().Text(t("Wizard.Company.Legend")),
		app.Div().Class("companies").Body(items...),
		app.If(msg != "", func() app.UI {
			return app.P().ID(wizard.ErrorID(wizard.FieldController)).Class("error").Body(
				app.Span().Class("error-icon").Aria("hidden", "true").Text("!"), app.Text(msg))
		}),
	)
	if msg != "" {
		group = group.Aria("invalid", true).Aria("describedby", wizard.ErrorID(wizard.FieldController)).TabIndex(-1)
	}

	return app.Section().Class("step-company").Aria("labelledby", "step-title").Body(
		app.H1().ID("step-title").TabIndex(-1).Text(t("Wizard.Company.Title")),
		app.P().Class("lead").Text(t("Wizard.Company.Lead")),
		app.Div().Class("field", "search").Body(
			app.Label().For("company-search").Text(t("Wizard.Company.Search")),
			app.Input().Type("search").ID("company-search").Value(c.query).
				Attr("autocomplete", "off").Aria("controls", wizard.ElementID(wizard.FieldController)).
				OnInput(c.onSearch),
		),
		group,
		app.If(s.Draft.Manual, func() app.UI { return c.renderManualForm() }),
		c.renderForms(),
	)
}

func (c *CompanyStep) renderController(ctrl catalog.Controller, show bool) app.UI {
	s := c.S
	id := "company-" + ctrl.ID
	on := !s.Draft.Manual && s.Draft.Facts.Controller == ctrl.ID
	services := strings.Join(ctrl.Services, ", ")
	if services == brandName(ctrl) {
		services = "" // "LinkedIn — LinkedIn" says nothing
	}
	return app.Div().Class("card-choice", "card-company").Class(classIf(on, "card-choice--on")).Hidden(!show).Body(
		app.Input().Type("radio").ID(id).Name("controller").Value(ctrl.ID).Checked(on).
			OnChange(c.onChoose(ctrl.ID), app.EventScope(ctrl.ID)),
		app.Label().For(id).Body(
			app.Span().Class("card-title").Text(brandName(ctrl)),
			app.If(services != "", func() app.UI { return app.Span().Class("card-hint").Text(services) }),
			app.Span().ID(id+"-legal").Class("card-legal").Text(ctrl.Name),
		),
	)
}

func (c *CompanyStep) renderOther() app.UI {
	s := c.S
	on := s.Draft.Manual
	return app.Div().Class("card-choice", "card-company", "card-other").Class(classIf(on, "card-choice--on")).Body(
		app.Input().Type("radio").ID("company-other").Name("controller").Value("").Checked(on).
			OnChange(c.onManual),
		app.Label().For("company-other").Body(
			app.Span().Class("card-title").Text(s.Loc.T("Wizard.Company.Other")),
			app.Span().ID("company-other-hint").Class("card-hint").Text(s.Loc.T("Wizard.Company.OtherHint")),
		),
	)
}

func (c *CompanyStep) renderManualForm() app.UI {
	s := c.S
	t := s.Loc.T
	return app.FieldSet().Class("group", "manual").Body(
		app.Legend().Text(t("Wizard.Company.Manual.Legend")),
		field(s, input{Field: wizard.OtherField("name"), Label: t("Wizard.Company.Manual.Name"), AutoComplete: "organization"}),
		field(s, input{Field: wizard.OtherField("street"), Label: t("Wizard.Company.Manual.Street"), AutoComplete: "off"}),
		app.Div().Class("row").Body(
			field(s, input{Field: wizard.OtherField("postalCode"), Label: t("Wizard.Company.Manual.PostalCode"), AutoComplete: "off", Narrow: true}),
			field(s, input{Field: wizard.OtherField("city"), Label: t("Wizard.Company.Manual.City"), AutoComplete: "off"}),
		),
		field(s, input{Field: wizard.OtherField("country"), Label: t("Wizard.Company.Manual.Country"), Type: "select", AutoComplete: "off", Options: countryOptions(s)}),
		field(s, input{Field: wizard.OtherField("email"), Label: t("Wizard.Company.Manual.Email"), Hint: t("Wizard.Company.Manual.EmailHint"),
			Type: "email", AutoComplete: "off", Optional: true, Attrs: map[string]string{"spellcheck": "false"}}),
	)
}

// renderForms names the chosen company's official web forms and settings:
// some people prefer them, and a letter does not replace them.
func (c *CompanyStep) renderForms() app.UI {
	s := c.S
	ctrl, ok := catalog.Lookup(s.Draft.Facts.Controller)
	if !ok || s.Draft.Manual || len(ctrl.Forms) == 0 {
		return nil
	}
	t := s.Loc.T
	links := make([]app.UI, 0, len(ctrl.Forms))
	seen := map[string]bool{}
	for _, f := range ctrl.Forms {
		// One link per kind and site: the first is the most useful.
		if key := f.Kind + " " + hostOf(f.URL); seen[key] {
			continue
		} else {
			seen[key] = true
		}
		links = append(links, app.Li().Body(
			app.A().Href(f.URL).Target("_blank").Rel("noopener noreferrer").Body(
				app.Text(t("Wizard.Company.Form."+formKey(f.Kind))),
				app.Span().Class("link-host").Text(hostOf(f.URL)),
				app.Span().Class("visually-hidden").Text(" "+t("Wizard.NewTab")),
			),
		))
	}
	return app.Aside().Class("note", "forms").Aria("labelledby", "forms-title").Body(
		app.H2().ID("forms-title").Class("note-title").Text(s.Loc.Tf("Wizard.Company.FormsTitle", map[string]any{"Company": brandName(ctrl)})),
		app.P().Class("hint").Text(t("Wizard.Company.FormsHint")),
		app.Ul().Class("links").Body(links...),
	)
}

func (c *CompanyStep) matches(ctrl catalog.Controller) bool {
	q := strings.ToLower(strings.TrimSpace(c.query))
	if q == "" {
		return true
	}
	hay := strings.ToLower(ctrl.ID + " " + ctrl.Name + " " + strings.Join(ctrl.Services, " "))
	return strings.Contains(foldKey(hay), foldKey(q))
}

func (c *CompanyStep) onSearch(ctx app.Context, e app.Event) {
	c.query = ctx.JSSrc().Get("value").String()
}

func (c *CompanyStep) onChoose(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		c.S.Update(ctx, func(d *wizard.Draft) { d.ChooseController(id) }, wizard.FieldController)
	}
}

func (c *CompanyStep) onManual(ctx app.Context, e app.Event) {
	c.S.Update(ctx, func(d *wizard.Draft) { d.ChooseManual() }, wizard.FieldController)
}

// brandName is how people know the company ("Meta" for Meta Platforms
// Ireland Limited): the catalog's Brand.
func brandName(c catalog.Controller) string {
	return c.Brand
}

func formKey(kind string) string {
	switch kind {
	case catalog.FormObjection:
		return "Objection"
	case catalog.FormDPO:
		return "DPO"
	case catalog.FormSetting:
		return "Setting"
	}
	return "Privacy"
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	return strings.TrimPrefix(u.Host, "www.")
}
