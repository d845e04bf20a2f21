package ui

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/catalog"
	"github.com/objector-eu/objector/app/export"
	"github.com/objector-eu/objector/app/wizard"
)

// TestSendLeadsWithRoute: each letter's card opens with the way the
// company takes it, and its first buttons are that way's; the other ways
// stay, below "Other ways". Where the company takes no e-mail, neither
// the e-mail button nor the .eml file leads.
func TestSendLeadsWithRoute(t *testing.T) {
	type want struct {
		route    string   // data-route of the objection's card
		lead     []string // the first buttons, in order (ids without "-objection")
		primary  string
		forms    []string // the objection forms offered, in order
		setting  string   // the menu path shown, "" for none
		sentence string   // message ID of the card's first line
	}
	meta, _ := catalog.Lookup("meta")
	formURL := func(service string) string {
		for _, f := range meta.Forms {
			if f.Kind == catalog.FormObjection && f.Service == service {
				return f.URL
			}
		}
		t.Fatalf("no objection form of Meta for %q", service)
		return ""
	}
	linkedin, _ := catalog.Lookup("linkedin")
	x, _ := catalog.Lookup("x")
	openai, _ := catalog.Lookup("openai")
	for _, tc := range []struct {
		name       string
		controller string
		services   []string
		manual     map[string]string
		want       want
	}{
		{"Meta, no service named: every service's form", "meta", nil, nil,
			want{catalog.RouteForm, []string{"copy"}, "copy", []string{formURL("Facebook"), formURL("Instagram")}, "", "Wizard.Send.Route.Form"}},
		{"Meta, Instagram only", "meta", []string{"Instagram"}, nil,
			want{catalog.RouteForm, []string{"copy"}, "copy", []string{formURL("Instagram")}, "", "Wizard.Send.Route.Form"}},
		{"Meta, Threads (no form of its own)", "meta", []string{"Threads"}, nil,
			want{catalog.RouteForm, []string{"copy"}, "copy", []string{formURL("Facebook"), formURL("Instagram")}, "", "Wizard.Send.Route.Form"}},
		{"OpenAI: e-mail first", "openai", nil, nil,
			want{catalog.RouteEmail, []string{"mailto", "eml"}, "mailto", nil, openai.Setting, "Wizard.Send.Route.Email"}},
		{"LinkedIn: its form, and the setting", "linkedin", nil, nil,
			want{catalog.RouteForm, []string{"copy"}, "copy", []string{linkedin.Forms[1].URL}, linkedin.Setting, "Wizard.Send.Route.Form"}},
		{"X: no e-mail, no objection form: post, and the setting", "x", nil, nil,
			want{catalog.RoutePost, []string{"pdf", "print"}, "pdf", nil, x.Setting, "Wizard.Send.Route.Post"}},
		{"another company without e-mail: post", "", nil, map[string]string{"name": "Acme AI GmbH", "street": "Hauptstraße 1", "postalCode": "10115", "city": "Berlin", "country": "DE"},
			want{catalog.RoutePost, []string{"pdf", "print"}, "pdf", nil, "", "Wizard.Send.Route.Post"}},
		{"another company with e-mail: e-mail", "", nil, map[string]string{"name": "Acme AI GmbH", "street": "Hauptstraße 1", "postalCode": "10115", "city": "Berlin", "country": "DE", "email": "privacy@acme.example"},
			want{catalog.RouteEmail, []string{"mailto", "eml"}, "mailto", nil, "", "Wizard.Send.Route.Email"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newState(t, "en")
			fill(s)
			var ctx app.Context
			if tc.manual != nil {
				s.Update(ctx, func(d *wizard.Draft) { d.ChooseManual() })
				for f, v := range tc.manual {
					s.Set(ctx, wizard.OtherField(f), v)
				}
			} else {
				s.Update(ctx, func(d *wizard.Draft) { d.ChooseController(tc.controller) })
			}
			s.Update(ctx, func(d *wizard.Draft) { d.Facts.Services = tc.services })
			page := renderHTML(t, &SendStep{S: s})
			card := sendCard(t, page, "objection")
			if !strings.Contains(card, `data-route="`+tc.want.route+`"`) {
				t.Errorf("card's route is not %q:\n%s", tc.want.route, card)
			}
			more := strings.Index(card, `class="more-title"`)
			if more < 0 {
				t.Fatalf("no \"Other ways\" in the card:\n%s", card)
			}
			// The lead's buttons come before "Other ways", in order, the
			// first one primary; every action is in the card once.
			last := -1
			for _, a := range tc.want.lead {
				i := strings.Index(card, `id="`+a+`-objection"`)
				if i < 0 || i > more || i < last {
					t.Errorf("%s is not among the leading buttons in order (at %d, more at %d)", a, i, more)
				}
				last = i
			}
			for _, a := range []string{"pdf", "print", "copy", "mailto", "eml", "ics"} {
				if n := strings.Count(card, `id="`+a+`-objection"`); n != 1 {
					t.Errorf("%s drawn %d times, want once", a, n)
				}
			}
			if !regexp.MustCompile(`<[a-z]+ [^>]*id="`+tc.want.primary+`-objection"[^>]*>`).MatchString(card) ||
				!strings.Contains(regexp.MustCompile(`<[a-z]+ [^>]*id="`+tc.want.primary+`-objection"[^>]*>`).FindString(card), "btn-primary") {
				t.Errorf("%s is not the primary button", tc.want.primary)
			}
			if n := strings.Count(card, "btn-primary"); n != 1 {
				t.Errorf("%d primary buttons, want 1", n)
			}
			if tc.want.route != catalog.RouteEmail {
				for _, a := range []string{"mailto", "eml"} {
					if i := strings.Index(card, `id="`+a+`-objection"`); i < more {
						t.Errorf("no e-mail, but %s leads", a)
					}
				}
			}
			ctrl := mustLookup(t, tc.controller)
			lead := s.Loc.Tf(tc.want.sentence, map[string]any{"Company": brandName(ctrl), "Email": firstOf(ctrl.Email, tc.manual["email"])})
			if !strings.Contains(card, `<p class="route">`+html.EscapeString(lead)+`</p>`) {
				t.Errorf("card does not open with %q:\n%s", lead, card)
			}
			forms := regexp.MustCompile(`id="form-objection-\d+"[^>]*href="([^"]+)"|href="([^"]+)"[^>]*id="form-objection-\d+"`).FindAllStringSubmatch(card, -1)
			var got []string
			for _, m := range forms {
				got = append(got, html.UnescapeString(m[1]+m[2]))
			}
			if strings.Join(got, " ") != strings.Join(tc.want.forms, " ") {
				t.Errorf("forms offered %q, want %q", got, tc.want.forms)
			}
			path := regexp.MustCompile(`<strong [^>]*class="menu-path"[^>]*>([^<]*)</strong>`).FindStringSubmatch(card)
			switch {
			case tc.want.setting == "" && path != nil:
				t.Errorf("a setting shown: %q", path[1])
			case tc.want.setting != "" && (path == nil || html.UnescapeString(path[1]) != tc.want.setting):
				t.Errorf("setting shown %q, want %q", path, tc.want.setting)
			case tc.want.setting != "" && !strings.Contains(path[0], `lang="en"`):
				t.Errorf("the menu path is not marked English: %s", path[0])
			}
			if !strings.Contains(card, `id="sent-objection"`) || strings.LastIndex(card, `id="sent-objection"`) < strings.LastIndex(card, `id="eml-objection"`) {
				t.Errorf("\"I sent it\" is not at the end of the card")
			}
		})
	}
}

// TestSendDamagesByEmailOrPost: the claim goes by e-mail or post, never
// by the objection form.
func TestSendDamagesByEmailOrPost(t *testing.T) {
	s := newState(t, "en")
	fill(s)
	var ctx app.Context
	s.Update(ctx, func(d *wizard.Draft) {
		d.Task = wizard.TaskBoth
		d.Facts.Harms = []string{"control"}
		d.Facts.IBAN = "DE89 3704 0044 0532 0130 00"
	})
	page := renderHTML(t, &SendStep{S: s})
	if card := sendCard(t, page, "objection"); !strings.Contains(card, `data-route="form"`) {
		t.Errorf("Meta's objection does not go by its form")
	}
	card := sendCard(t, page, "damages")
	if !strings.Contains(card, `data-route="post"`) || strings.Contains(card, "form-damages") {
		t.Errorf("Meta's claim does not go by post:\n%s", card)
	}
}

// TestPostAdviceFollowsCountry: the advice on registered post follows the
// country of residence, whatever the interface language; a country with
// no sure product gets the neutral sentence.
func TestPostAdviceFollowsCountry(t *testing.T) {
	for _, tc := range []struct {
		lang, country string
		want, lang2   string // the product named and its language; "" for the neutral sentence
		not           []string
	}{
		{"en", "DE", "Einschreiben mit Rückschein (Deutsche Post)", "de", []string{"An Post", "Royal Mail"}},
		{"en", "IE", "Registered Post (An Post)", "en", []string{"Deutsche Post"}},
		{"de", "FR", "lettre recommandée avec avis de réception (La Poste)", "fr", []string{"Deutsche Post"}},
		{"fr", "BE", "envoi recommandé avec accusé de réception (bpost)", "fr", nil},
		{"nl", "BE", "aangetekende zending met ontvangstbewijs (bpost)", "nl", nil},
		{"en", "DK", "", "", []string{"PostNord", "An Post"}},
		{"en", "CH", "", "", []string{"An Post"}},
	} {
		t.Run(tc.lang+"/"+tc.country, func(t *testing.T) {
			s := newState(t, tc.lang)
			fill(s)
			s.Set(app.Context{}, "country", tc.country)
			page := renderHTML(t, &SendStep{S: s})
			advice := regexp.MustCompile(`(?s)<p [^>]*id="post-advice"[^>]*>.*?</p>`).FindString(page)
			if advice == "" {
				t.Fatalf("no advice on post:\n%s", page)
			}
			if tc.want == "" {
				if want := html.EscapeString(s.Loc.T("Wizard.Next.Post")); !strings.Contains(advice, want) {
					t.Errorf("advice %s, want the neutral %q", advice, want)
				}
			} else {
				product := regexp.MustCompile(`<strong [^>]*lang="` + tc.lang2 + `"[^>]*>` + regexp.QuoteMeta(html.EscapeString(tc.want)) + `</strong>`)
				if !product.MatchString(advice) {
					t.Errorf("advice %s does not name %q in lang %q", advice, tc.want, tc.lang2)
				}
				if country := html.EscapeString(s.Loc.T("Country." + tc.country)); !strings.Contains(advice, country) {
					t.Errorf("advice %s does not name the country %q", advice, country)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(page, n) {
					t.Errorf("the page names %q", n)
				}
			}
		})
	}
}

func mustLookup(t *testing.T, id string) catalog.Controller {
	t.Helper()
	if id == "" {
		return catalog.Controller{}
	}
	c, ok := catalog.Lookup(id)
	if !ok {
		t.Fatalf("no %q in the catalog", id)
	}
	return c
}

// sendCard cuts the card of one letter kind out of the send step's HTML.
func sendCard(t *testing.T, page, kind string) string {
	t.Helper()
	start := regexp.MustCompile(`<div [^>]*data-kind="` + kind + `"[^>]*>`).FindStringIndex(page)
	if start == nil {
		t.Fatalf("no card for %s", kind)
	}
	rest := page[start[0]:]
	open := start[1] - start[0]
	for _, next := range []string{`class="send-card"`, `id="send-status"`} {
		if end := strings.Index(rest[open:], next); end >= 0 {
			rest = rest[:open+end]
		}
	}
	return rest
}

// TestLettersNameTheServices: the objection to each company in the
// catalog names every one of its services, so that one written to a
// company added later says what it is about.
func TestLettersNameTheServices(t *testing.T) {
	for _, ctrl := range catalog.All() {
		s := newState(t, "en")
		fill(s)
		s.Update(app.Context{}, func(d *wizard.Draft) { d.ChooseController(ctrl.ID) })
		ls := s.Letters()
		if len(ls) != 1 || ls[0].Err != nil {
			t.Errorf("%s: letters %+v", ctrl.ID, ls)
			continue
		}
		text := export.Text(ls[0].Doc)
		for _, service := range ctrl.Services {
			if !strings.Contains(text, service) {
				t.Errorf("%s: the letter does not name %q", ctrl.ID, service)
			}
		}
		if !strings.Contains(text, ctrl.Name) {
			t.Errorf("%s: the letter is not addressed to %q", ctrl.ID, ctrl.Name)
		}
	}
}

// TestRouteForms: which forms the form route offers.
func TestRouteForms(t *testing.T) {
	f := func(kind, service string) catalog.Form {
		return catalog.Form{Kind: kind, URL: "https://example.org/" + kind + "/" + service, Service: service}
	}
	meta := catalog.Controller{Forms: []catalog.Form{
		f(catalog.FormObjection, "Facebook"), f(catalog.FormObjection, "Instagram"), f(catalog.FormObjection, ""), f(catalog.FormDPO, ""),
	}}
	privacyOnly := catalog.Controller{Forms: []catalog.Form{f(catalog.FormSetting, ""), f(catalog.FormPrivacy, "")}}
	for _, tc := range []struct {
		name     string
		ctrl     catalog.Controller
		services []string
		want     []string
	}{
		{"no service named: each service's form", meta, nil, []string{"objection/Facebook", "objection/Instagram"}},
		{"one service, any case", meta, []string{"instagram"}, []string{"objection/Instagram"}},
		{"a service without its own form", meta, []string{"Threads"}, []string{"objection/Facebook", "objection/Instagram"}},
		{"no objection form: the privacy form", privacyOnly, []string{"X"}, []string{"privacy/"}},
		{"no form at all", catalog.Controller{}, nil, nil},
	} {
		var got []string
		for _, form := range routeForms(tc.ctrl, tc.services) {
			got = append(got, strings.TrimPrefix(form.URL, "https://example.org/"))
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
