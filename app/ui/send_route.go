package ui

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/catalog"
	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/postal"
	"github.com/objector-eu/objector/locales"
)

// route is the way a letter goes to its company, which the send step
// leads with.
type route struct {
	// way is catalog.RouteForm, RouteEmail or RoutePost: how the letter
	// itself goes.
	way string
	// company is the name people know the company by ("Meta").
	company string
	// forms are the web forms to paste the letter into (way RouteForm),
	// those of the services the person uses first.
	forms []catalog.Form
	// setting is the opt-out setting's menu path to switch off as well,
	// and settingURL its page; both empty when there is none.
	setting, settingURL string
}

// letterRoute works out how a letter of kind goes to the draft's company,
// whose e-mail address (if any) is email: the catalog's route for an
// objection, where the company takes it that way; otherwise e-mail where
// there is an address, and post where there is none. A form or setting is
// for the objection only: a damages claim goes by e-mail or post.
func letterRoute(s *State, kind letter.Kind, email string) route {
	r := route{way: catalog.RoutePost}
	if email != "" {
		r.way = catalog.RouteEmail
	}
	ctrl, ok := catalog.Lookup(s.Draft.Facts.Controller)
	if !ok || s.Draft.Manual {
		return r
	}
	r.company = brandName(ctrl)
	if kind != letter.Objection {
		return r
	}
	forms := routeForms(ctrl, s.Draft.Facts.Services)
	switch ctrl.Route {
	case catalog.RouteForm:
		if len(forms) > 0 {
			r.way, r.forms = catalog.RouteForm, forms
		}
	case catalog.RouteSetting:
		// The setting stops the training; the letter also objects to
		// what was already taken, by the objection form if there is one.
		if f := formsOf(ctrl, catalog.FormObjection); len(f) > 0 && email == "" {
			r.way, r.forms = catalog.RouteForm, forms
		}
	case catalog.RoutePost:
		r.way = catalog.RoutePost
	}
	if ctrl.Setting != "" {
		r.setting = ctrl.Setting
		if f := formsOf(ctrl, catalog.FormSetting); len(f) > 0 {
			r.settingURL = f[0].URL
		}
	}
	return r
}

// routeForms are the company's forms to paste an objection into: its
// objection forms (else its privacy or DPO forms), and of those made for
// one service, the ones of the services the person uses (all of them when
// they named none, or none that has its own form). A form for all the
// company's services counts only where no service has its own: Meta's
// third form is about data from others, not the person's account.
func routeForms(ctrl catalog.Controller, services []string) []catalog.Form {
	forms := formsOf(ctrl, catalog.FormObjection)
	if len(forms) == 0 {
		forms = formsOf(ctrl, catalog.FormPrivacy)
	}
	if len(forms) == 0 {
		forms = formsOf(ctrl, catalog.FormDPO)
	}
	var own, chosen []catalog.Form
	for _, f := range forms {
		if f.Service == "" {
			continue
		}
		own = append(own, f)
		if slices.ContainsFunc(services, func(s string) bool { return strings.EqualFold(s, f.Service) }) {
			chosen = append(chosen, f)
		}
	}
	switch {
	case len(chosen) > 0:
		return chosen
	case len(own) > 0:
		return own
	}
	return forms
}

func formsOf(ctrl catalog.Controller, kind string) []catalog.Form {
	var out []catalog.Form
	for _, f := range ctrl.Forms {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

// renderPost advises on registered post by where the person lives (the
// country of "About you"), not by the interface language: someone in
// Berlin reading English is told of Deutsche Post, not An Post. The
// product keeps its own name and language; a country with no sure
// product gets the neutral sentence.
func renderPost(s *State) app.UI {
	country := s.Draft.Facts.Country
	svc, ok := postal.Registered(country, s.Loc.Lang())
	if !ok {
		return app.P().ID("post-advice").Text(s.Loc.T("Wizard.Next.Post"))
	}
	text := s.Loc.Tf("Wizard.Next.PostService", locales.Args{"Country": s.Loc.T("Country." + country), "Service": placeholderMark})
	return app.P().ID("post-advice").Body(withNode(text, app.Strong().Lang(svc.Lang).Text(svc.Name))...)
}

// placeholderMark stands for an element in a message: Tf fills it in,
// withNode splits the text around it. A private-use character no message
// or user input of this app holds.
const placeholderMark = "\uE000"

// withNode turns a message filled with placeholderMark into text nodes
// around node, so that a part of a sentence can carry its own language
// or emphasis. A text without the mark gets node at its end.
func withNode(text string, node app.UI) []app.UI {
	before, after, found := strings.Cut(text, placeholderMark)
	if !found {
		return []app.UI{app.Text(text + " "), node}
	}
	out := make([]app.UI, 0, 3)
	if before != "" {
		out = append(out, app.Text(before))
	}
	out = append(out, node)
	if after != "" {
		out = append(out, app.Text(after))
	}
	return out
}

func btnClass(primary bool) string {
	if primary {
		return "btn-primary"
	}
	return "btn-secondary"
}
