// Package catalog lists the companies (data controllers) known to train AI
// on their EU users' data, or to license it to others for training, with
// the addresses, contacts and objection route a letter needs. It is pure Go
// data: no decoding at start-up, nothing for the wasm to parse.
//
// Each entry names its public sources and grades itself (Confidence):
//   - V  verified in a primary or official source (the company's own
//     pages, a regulator's statement, datenanfragen/data, CC0);
//   - V2 verified only in a secondary source (press, third-party pages);
//   - M  commonly known, not checked.
//
// Addresses and e-mails partly come from datenanfragen/data
// (https://github.com/datenanfragen/data, CC0 1.0). Form ids (Meta's
// especially) rotate: `make catalog` lists the entries oldest check first;
// re-check every URL and address against the company's own pages before a
// release, and update Checked when you do.
package catalog

// Controller is a company a letter is addressed to.
type Controller struct {
	// ID is the stable key used in facts files, URLs and drafts ("meta").
	ID string
	// Name is the controller's legal name, as its address line reads.
	Name string
	// Street holds the address lines before the postal code and city.
	Street []string
	// PostalCode and City complete the address. An Irish PostalCode is the
	// Eircode; it may be empty where no source gives it (post is delivered
	// on the postal district, e.g. "Dublin 2").
	PostalCode, City string
	// Country is the ISO 3166-1 alpha-2 code of the address ("IE").
	Country string
	// Email is the data-protection (DPO) address; empty when the company
	// only takes requests by web form or post.
	Email string
	// Forms are the company's official web forms and settings, the most
	// useful first.
	Forms []Form
	// Route is the way that really works for an objection (RouteForm,
	// RouteEmail, RouteSetting, RoutePost): the send step leads with it.
	Route string
	// Setting is the in-app opt-out setting's menu path as the company's
	// English interface names it ("Settings & Privacy → Data privacy →
	// Data for Generative AI Improvement"); empty when there is none.
	Setting string
	// Services are the company's products concerned, by their own names,
	// so that a search for "ChatGPT" finds OpenAI.
	Services []string
	// Authority is the lead supervisory authority (Art. 56 GDPR) as the
	// slug datenanfragen/data gives it ("iedpc"); AuthorityName names it.
	Authority string
	// Representative is the Art. 27 GDPR representative in the EU, on one
	// line, for a controller with no establishment there; empty otherwise.
	Representative string
	// Popularity ranks the entry for "most used first": 1 is the most used
	// in the EU. The catalog is kept in this order.
	Popularity int
	// Sources back the entry: that it trains AI on EU users' data (or
	// licenses it) and on what basis, the address, the route.
	Sources []Source
	// Checked is the date (YYYY-MM-DD) the entry was last checked against
	// its sources.
	Checked string
	// Confidence grades the entry: "V", "V2" or "M" (see the package doc).
	Confidence string
}

// Form is an official web form or setting a person can use instead of, or
// besides, a letter.
type Form struct {
	// Kind is "objection" (a form to object to AI training), "dpo" (a form
	// to the data protection officer), "privacy" (a general privacy or
	// data-subject-rights form) or "setting" (an opt-out setting).
	Kind string
	URL  string
	// Service is the service the form is for ("Instagram"); empty when it
	// serves all the company's services.
	Service string
}

// Source is a public page an entry relies on.
type Source struct {
	// URL is the page (https).
	URL string
	// About is the date the source speaks of: YYYY-MM or YYYY-MM-DD.
	About string
	// What is the fact it supports ("AI training under legitimate
	// interest", "address").
	What string
}

// The kinds of Form.
const (
	FormObjection = "objection"
	FormDPO       = "dpo"
	FormPrivacy   = "privacy"
	FormSetting   = "setting"
)

// The objection routes (Controller.Route).
const (
	// RouteForm: the company's objection (or privacy) web form.
	RouteForm = "form"
	// RouteEmail: an e-mail to Controller.Email.
	RouteEmail = "email"
	// RouteSetting: the in-app setting at Controller.Setting.
	RouteSetting = "setting"
	// RoutePost: a letter by post; nothing else is known to work.
	RoutePost = "post"
)

// AuthorityName returns the name of the lead authority with the given
// datenanfragen/data slug, in English as it names itself, or the slug
// itself for an authority the catalog does not use. A switch rather than
// a map: nothing to build at start-up.
func AuthorityName(slug string) string {
	switch slug {
	case "iedpc":
		return "Data Protection Commission (IE)"
	case "nlap":
		return "Autoriteit Persoonsgegevens (NL)"
	case "frcnil":
		return "Commission nationale de l'informatique et des libertés (FR)"
	case "lucnpd":
		return "Commission nationale pour la protection des données (LU)"
	case "sedi":
		return "Integritetsskyddsmyndigheten (SE)"
	}
	return slug
}

// checked is when the entries not yet re-checked live were transcribed
// from their sources.
const checked = "2026-11-27"

// controllers is the catalog, most used first (by Popularity).
var controllers = []Controller{
	{
		// Address V2 (the old address, 4 Grand Canal Square, Dublin 2,
		// still appears in datenanfragen/data, 2023). Objection forms
		// V2, in this order: Facebook, Instagram, data from third-party
		// sources.
		ID:         "meta",
		Name:       "Meta Platforms Ireland Limited",
		Street:     []string{"Merrion Road"},
		PostalCode: "D04 X2K5",
		City:       "Dublin 4",
		Country:    "IE",
		Forms: []Form{
			{FormObjection, "https://www.facebook.com/help/contact/712876720715583", "Facebook"},
			{FormObjection, "https://help.instagram.com/contact/767264225370182", "Instagram"},
			{FormObjection, "https://www.facebook.com/help/contact/510058597920541", ""},
			{FormDPO, "https://www.facebook.com/help/contact/540977946302970", ""},
		},
		Route:      RouteForm,
		Services:   []string{"Facebook", "Instagram", "Messenger", "Threads", "Meta AI"},
		Authority:  "iedpc",
		Popularity: 1,
		Sources: []Source{
			{"https://www.dataprotection.ie/en/news-media/latest-news/dpc-statement-meta-ai", "2025-05-21", "AI training on EU users' data; DPC lead"},
			{"https://nrwe.justiz.nrw.de/olgs/koeln/j2025/15_UKl_2_25_Urteil_20250523.html", "2025-05-23", "AI training under legitimate interest"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// The data-subject-rights form takes objections (choose
		// "objection"); it covers Meta AI chats in WhatsApp.
		ID:         "whatsapp",
		Name:       "WhatsApp Ireland Limited",
		Street:     []string{"Merrion Road"},
		PostalCode: "D04 X2K5",
		City:       "Dublin 4",
		Country:    "IE",
		Forms: []Form{
			{FormObjection, "https://www.whatsapp.com/contact/forms/382532939919295/", ""},
		},
		Route:      RouteForm,
		Services:   []string{"WhatsApp"},
		Authority:  "iedpc",
		Popularity: 2,
		Sources: []Source{
			{"https://faq.whatsapp.com/1285115568956956", "2025-05", "objection form"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Address V [datenanfragen/data]; no source gives the Eircode.
		// Forms V2. The setting is on by default.
		ID:      "linkedin",
		Name:    "LinkedIn Ireland Unlimited Company",
		Street:  []string{"Wilton Plaza", "Wilton Place"},
		City:    "Dublin 2",
		Country: "IE",
		Forms: []Form{
			{FormSetting, "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement", ""},
			{FormObjection, "https://www.linkedin.com/help/linkedin/ask/TS-DPRO", ""},
			{FormDPO, "https://www.linkedin.com/help/linkedin/ask/TSO-DPO", ""},
		},
		Route:      RouteSetting,
		Setting:    "Settings & Privacy → Data privacy → Data for Generative AI Improvement",
		Services:   []string{"LinkedIn"},
		Authority:  "iedpc",
		Popularity: 3,
		Sources: []Source{
			{"https://www.linkedin.com/help/linkedin/answer/a5538339", "2025-11-03", "AI training under legitimate interest; setting"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Renamed from Twitter International Unlimited Company on
		// 1 Apr 2025. Post goes "Attn: Data Protection Officer"; the
		// letter addresses the company, so that line is left out. No
		// dedicated objection form is known.
		ID:         "x",
		Name:       "X Internet Unlimited Company",
		Street:     []string{"One Cumberland Place", "Fenian Street"},
		PostalCode: "D02 AX07",
		City:       "Dublin 2",
		Country:    "IE",
		Forms: []Form{
			{FormSetting, "https://x.com/settings/grok_settings", ""},
			{FormPrivacy, "https://help.x.com/forms/privacy", ""},
		},
		Route:      RouteSetting,
		Setting:    "Settings and privacy → Privacy and safety → Grok & Third-party Collaborators",
		Services:   []string{"X", "Grok"},
		Authority:  "iedpc",
		Popularity: 4,
		Sources: []Source{
			{"https://x.com/en/privacy", "2024-11", "AI training; controller"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Address and form V2; the DPO e-mail comes from a comment in
		// datenanfragen/data; the Gemini activity setting is M.
		ID:         "google",
		Name:       "Google Ireland Limited",
		Street:     []string{"Gordon House", "Barrow Street"},
		PostalCode: "D04 E5W5",
		City:       "Dublin 4",
		Country:    "IE",
		Email:      "dpo-google@google.com",
		Forms: []Form{
			{FormSetting, "https://myactivity.google.com/product/gemini", "Gemini"},
			{FormPrivacy, "https://support.google.com/policies/contact/general_privacy_form", ""},
		},
		Route:      RouteSetting,
		Setting:    "Settings → Gemini Apps Activity → Turn off",
		Services:   []string{"Google Search", "Gemini", "YouTube"},
		Authority:  "iedpc",
		Popularity: 5,
		Sources: []Source{
			{"https://support.google.com/gemini/answer/13594961", "2025-09", "Gemini chats improve Google's AI; setting"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Post to the DPO goes to "Microsoft EU Data Protection Officer"
		// at the same address. Its 2024 announcement excluded the EEA
		// from Copilot training "for now": re-check.
		ID:         "microsoft",
		Name:       "Microsoft Ireland Operations Limited",
		Street:     []string{"One Microsoft Place", "South County Business Park", "Leopardstown"},
		PostalCode: "D18 P521",
		City:       "Dublin 18",
		Country:    "IE",
		Email:      "dpoffice@microsoft.com",
		Forms: []Form{
			{FormPrivacy, "https://aka.ms/privacyresponse", ""},
		},
		Route:      RouteEmail,
		Services:   []string{"Copilot", "Bing", "MSN"},
		Authority:  "iedpc",
		Popularity: 6,
		Sources: []Source{
			{"https://privacy.microsoft.com/en-us/privacystatement", "2025-09", "address, DPO"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Address and e-mail V [datenanfragen/data]; the lead authority
		// is M.
		ID:         "openai",
		Name:       "OpenAI Ireland Limited",
		Street:     []string{"1st Floor, The Liffey Trust Centre", "117–126 Sheriff Street Upper"},
		PostalCode: "D01 YC43",
		City:       "Dublin 1",
		Country:    "IE",
		Email:      "dpo@openai.com",
		Route:      RouteEmail,
		Services:   []string{"ChatGPT", "DALL-E"},
		Authority:  "iedpc",
		Popularity: 7,
		Sources: []Source{
			{"https://openai.com/policies/eu-privacy-policy/", "2026-02-06", "controller, address; training opt-out"},
		},
		Checked:    checked,
		Confidence: "V",
	},
}

// All returns every controller, most used first. The slice is a copy:
// callers may not change the catalog.
func All() []Controller {
	out := make([]Controller, len(controllers))
	for i, c := range controllers {
		out[i] = c.clone()
	}
	return out
}

// Lookup returns the controller with the given id.
func Lookup(id string) (Controller, bool) {
	for _, c := range controllers {
		if c.ID == id {
			return c.clone(), true
		}
	}
	return Controller{}, false
}

func (c Controller) clone() Controller {
	c.Street = append([]string(nil), c.Street...)
	c.Forms = append([]Form(nil), c.Forms...)
	c.Services = append([]string(nil), c.Services...)
	c.Sources = append([]Source(nil), c.Sources...)
	return c
}
