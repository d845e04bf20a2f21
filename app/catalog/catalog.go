// Package catalog lists the companies (data controllers) known to train AI
// on their EU users' data, with the addresses and contacts a letter needs.
// It is pure Go data: no decoding at start-up, nothing for the wasm to parse.
//
// Every entry comes from /work/shared/reference/legal-facts.md, section 1,
// which grades each fact:
//   - V  verified in a primary or official source (e.g. datenanfragen/data,
//     CC0, the DPC's own statements);
//   - V2 verified only in a secondary source (third-party pages or code);
//   - M  commonly known, not checked.
//
// The grade of each entry is in its comment. Form IDs (Meta's especially)
// rotate: re-check every URL and address against the company's own pages
// before a release, and update Checked when you do.
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
	// Email is the data-protection address; empty when the company only
	// takes requests by web form or post.
	Email string
	// Forms are the company's official web forms and settings, the most
	// useful first.
	Forms []Form
	// Services are the company's products concerned, as their own names.
	Services []string
	// Authority is the lead supervisory authority (Art. 56 GDPR), by its
	// official name.
	Authority string
	// Source says where the facts come from; Checked is the date
	// (YYYY-MM-DD) they were last checked against it.
	Source, Checked string
}

// Form is an official web form or setting a person can use instead of, or
// besides, a letter.
type Form struct {
	// Kind is "objection" (a form to object to AI training), "dpo" (a form
	// to the data protection officer), "privacy" (a general privacy or
	// data-subject-rights form) or "setting" (an opt-out setting).
	Kind string
	URL  string
}

// The kinds of Form.
const (
	FormObjection = "objection"
	FormDPO       = "dpo"
	FormPrivacy   = "privacy"
	FormSetting   = "setting"
)

// dpc is the lead supervisory authority of every entry: all of them have
// their EU main establishment in Ireland.
const dpc = "Data Protection Commission (IE)"

// checked is when the entries were last transcribed from legal-facts.md
// (gathered in 2026 from the sources it names; not re-checked live).
const checked = "2026-11-27"

// controllers is the catalog, in the order the wizard offers it.
var controllers = []Controller{
	{
		// Address V2 (the old address, 4 Grand Canal Square, Dublin 2,
		// still appears in datenanfragen/data, 2023). DPO form V
		// [datenanfragen/data]; objection forms V2 (several sources), in
		// this order: Facebook, Instagram, data from third-party sources.
		ID:         "meta",
		Name:       "Meta Platforms Ireland Limited",
		Street:     []string{"Merrion Road"},
		PostalCode: "D04 X2K5",
		City:       "Dublin 4",
		Country:    "IE",
		Forms: []Form{
			{FormObjection, "https://www.facebook.com/help/contact/712876720715583"},
			{FormObjection, "https://help.instagram.com/contact/767264225370182"},
			{FormObjection, "https://www.facebook.com/help/contact/510058597920541"},
			{FormDPO, "https://www.facebook.com/help/contact/540977946302970"},
		},
		Services:  []string{"Facebook", "Instagram", "Messenger", "Threads", "Meta AI"},
		Authority: dpc,
		Source:    "legal-facts.md §1: datenanfragen/data (CC0), OLG Köln 15 UKl 2/25, third-party pages",
		Checked:   checked,
	},
	{
		// V2. The data-subject-rights form takes objections (choose
		// "objection"); it covers Meta AI chats in WhatsApp.
		ID:         "whatsapp",
		Name:       "WhatsApp Ireland Limited",
		Street:     []string{"Merrion Road"},
		PostalCode: "D04 X2K5",
		City:       "Dublin 4",
		Country:    "IE",
		Forms: []Form{
			{FormObjection, "https://www.whatsapp.com/contact/forms/382532939919295/"},
		},
		Services:  []string{"WhatsApp"},
		Authority: dpc,
		Source:    "legal-facts.md §1: third-party pages and code",
		Checked:   checked,
	},
	{
		// Address V [datenanfragen/data]; no source gives the Eircode.
		// Forms V2. The setting (Settings & Privacy → Data privacy → Data
		// for Generative AI Improvement) is on by default.
		ID:      "linkedin",
		Name:    "LinkedIn Ireland Unlimited Company",
		Street:  []string{"Wilton Plaza", "Wilton Place"},
		City:    "Dublin 2",
		Country: "IE",
		Forms: []Form{
			{FormObjection, "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"},
			{FormDPO, "https://www.linkedin.com/help/linkedin/ask/TSO-DPO"},
		},
		Services:  []string{"LinkedIn"},
		Authority: dpc,
		Source:    "legal-facts.md §1: datenanfragen/data (CC0), third-party pages",
		Checked:   checked,
	},
	{
		// V2. Renamed from Twitter International Unlimited Company on
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
			{FormPrivacy, "https://help.x.com/forms/privacy"},
			{FormSetting, "https://x.com/settings/grok_settings"},
		},
		Services:  []string{"X", "Grok"},
		Authority: dpc,
		Source:    "legal-facts.md §1: third-party pages",
		Checked:   checked,
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
			{FormPrivacy, "https://support.google.com/policies/contact/general_privacy_form"},
			{FormSetting, "https://myactivity.google.com/product/gemini"},
		},
		Services:  []string{"Google Search", "Gemini", "YouTube"},
		Authority: dpc,
		Source:    "legal-facts.md §1: third-party pages, datenanfragen/data (CC0)",
		Checked:   checked,
	},
	{
		// V2. Post to the DPO goes to "Microsoft EU Data Protection
		// Officer" at the same address. Its 2024 announcement excluded the
		// EEA from Copilot training "for now": re-check.
		ID:         "microsoft",
		Name:       "Microsoft Ireland Operations Limited",
		Street:     []string{"One Microsoft Place", "South County Business Park", "Leopardstown"},
		PostalCode: "D18 P521",
		City:       "Dublin 18",
		Country:    "IE",
		Email:      "dpoffice@microsoft.com",
		Forms: []Form{
			{FormPrivacy, "https://aka.ms/privacyresponse"},
		},
		Services:  []string{"Copilot", "Bing", "MSN"},
		Authority: dpc,
		Source:    "legal-facts.md §1: third-party pages",
		Checked:   checked,
	},
	{
		// Address and e-mail V [datenanfragen/data]; the lead authority
		// is M. legal-facts.md gives no URL for the privacy portal or the
		// "Improve the model for everyone" setting, so none is listed.
		ID:         "openai",
		Name:       "OpenAI Ireland Limited",
		Street:     []string{"1st Floor, The Liffey Trust Centre", "117–126 Sheriff Street Upper"},
		PostalCode: "D01 YC43",
		City:       "Dublin 1",
		Country:    "IE",
		Email:      "dpo@openai.com",
		Services:   []string{"ChatGPT", "DALL-E"},
		Authority:  dpc,
		Source:     "legal-facts.md §1: datenanfragen/data (CC0)",
		Checked:    checked,
	},
}

// All returns every controller, in the order the wizard offers them. The
// slice is a copy: callers may not change the catalog.
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
	return c
}
