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
	// It is empty for a controller with no establishment in the EEA: it
	// has no lead authority, and a person complains to their own.
	Authority string
	// Representative is the Art. 27 GDPR representative in the EU, on one
	// line, for a controller with no establishment there; empty otherwise.
	// Such an entry's address (Street…Country) is the representative's,
	// "c/o" it, since letters can only go to an EEA address.
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
	// About is the date the source speaks of: YYYY-MM or YYYY-MM-DD;
	// for an undated page that describes the present, the month it was
	// read.
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
	case "denrwldi":
		return "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (DE)"
	}
	return slug
}

// checked is the date of the last check of the entries against their
// sources, through the search index of public pages (not every page live).
const checked = "2026-12-07"

// controllers is the catalog, most used in the EU first (Popularity, a
// judgement from the services' reach, not a measured figure).
var controllers = []Controller{
	{
		// Address and form V2; the DPO e-mail comes from a comment in
		// datenanfragen/data. Gemini chats train Google's models while
		// the activity setting is on ("Keep Activity" in newer apps).
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
		Setting:    "Gemini → Settings & help → Activity → Gemini Apps Activity → Turn off",
		Services:   []string{"Google Search", "Gemini", "YouTube"},
		Authority:  "iedpc",
		Popularity: 1,
		Sources: []Source{
			{"https://support.google.com/gemini/answer/13594961", "2026-12", "Gemini chats improve Google's AI; setting"},
			{"https://www.bgr.com/1939066/how-to-stop-google-gemini-training-personal-data/", "2025-08", "training stops with the activity setting off"},
			{"https://allthings.how/how-to-prevent-google-from-using-your-gemini-interactions-to-train-ai", "2026-12", "setting path"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
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
		Popularity: 2,
		Sources: []Source{
			{"https://www.dataprotection.ie/en/news-media/latest-news/dpc-statement-meta-ai", "2025-05-21", "AI training on EU users' data; DPC lead"},
			{"https://nrwe.justiz.nrw.de/olgs/koeln/j2025/15_UKl_2_25_Urteil_20250523.html", "2025-05-23", "AI training under legitimate interest"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// The objection form (choose "How can I make an objection")
		// covers processing under legitimate interests, which includes
		// Meta AI chats in WhatsApp (Meta's training from May 2025).
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
		Popularity: 3,
		Sources: []Source{
			{"https://faq.whatsapp.com/1285115568956956", "2026-12", "objection form, legitimate interests"},
			{"https://www.dataprotection.ie/en/news-media/latest-news/dpc-statement-meta-ai", "2025-05-21", "Meta AI interactions used for training"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// M: Microsoft's privacy statement reserves AI training with an
		// in-product control; its 2024 announcement excluded the EEA
		// from Copilot training "for now", and no source says that has
		// ended: re-check before relying on it. Post to the DPO goes to
		// "Microsoft EU Data Protection Officer" at the same address.
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
		Setting:    "Copilot app → Settings → Account → Privacy → Model training",
		Services:   []string{"Copilot", "Bing", "MSN"},
		Authority:  "iedpc",
		Popularity: 4,
		Sources: []Source{
			{"https://privacy.microsoft.com/en-us/privacystatement", "2026-12", "AI training with in-product controls; address, DPO"},
			{"https://whatthefuture.ai/blog/microsofts-copilot-data-training-plan-puts-opt-out-in-focus", "2024-08", "Copilot, Bing, MSN data for training, opt-out"},
		},
		Checked:    checked,
		Confidence: "M",
	},
	{
		// Address V [datenanfragen/data, with Eircode]. The EEA privacy
		// policy lists training machine-learning models among the uses
		// of user content (V2, secondary summaries of it). No objection
		// form or setting is known; the privacy form (its policy names
		// it) takes data-protection requests.
		ID:         "tiktok",
		Name:       "TikTok Technology Limited",
		Street:     []string{"10 Earlsfort Terrace"},
		PostalCode: "D02 T380",
		City:       "Dublin 2",
		Country:    "IE",
		Forms: []Form{
			{FormPrivacy, "https://www.tiktok.com/legal/report/privacy", ""},
		},
		Route:      RouteForm,
		Services:   []string{"TikTok"},
		Authority:  "iedpc",
		Popularity: 5,
		Sources: []Source{
			{"https://www.tiktok.com/legal/page/eea/privacy-policy/en", "2026-12", "training machine-learning models on user content"},
			{"https://privacyfetch.com/tiktok.com/ai-practices", "2026-12", "quotes the training clause"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Address and e-mail V [datenanfragen/data: Amazon Europe Core,
		// its Munich office]; which Amazon company controls Alexa data
		// (Amazon's EU notice names several) and the lead authority
		// (Luxembourg, their seat) are M. Amazon trains Alexa on voice
		// recordings ("Training Alexa with recordings from a diverse
		// range of customers"); since 28 Mar 2025 Echo devices send
		// every request to the cloud (Alexa+).
		ID:         "amazon",
		Name:       "Amazon Europe Core S.à r.l.",
		Street:     []string{"Marcel-Breuer-Straße 12"},
		PostalCode: "80807",
		City:       "München",
		Country:    "DE",
		Email:      "eu-privacy@amazon.de",
		Route:      RouteSetting,
		Setting:    "Alexa app → Settings → Alexa Privacy → Manage How Your Data Improves Alexa",
		Services:   []string{"Alexa", "Alexa+", "Echo"},
		Authority:  "lucnpd",
		Popularity: 6,
		Sources: []Source{
			{"https://www.amazon.com.au/b?ie=UTF8&node=6971550051", "2026-12", "recordings train Alexa; setting path"},
			{"https://adguard.com/en/blog/your-voice-alexa-ai-training-material.html", "2025-03", "voice recordings for Alexa+"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Address V2 (Spotify's terms, as quoted in many pages;
		// datenanfragen/data still has the old Birger Jarlsgatan 61);
		// e-mail V [datenanfragen/data]. The privacy policy names
		// training machine-learning models, e.g. for the AI DJ.
		ID:         "spotify",
		Name:       "Spotify AB",
		Street:     []string{"Regeringsgatan 19"},
		PostalCode: "111 53",
		City:       "Stockholm",
		Country:    "SE",
		Email:      "privacy@spotify.com",
		Forms: []Form{
			{FormPrivacy, "https://support.spotify.com/contact-spotify-privacy/", ""},
		},
		Route:      RouteEmail,
		Services:   []string{"Spotify"},
		Authority:  "sedi",
		Popularity: 7,
		Sources: []Source{
			{"https://www.spotify.com/legal/privacy-policy/", "2026-03", "training machine-learning models, AI DJ"},
			{"https://edit.tosdr.org/points/318812", "2026-06", "quotes the training clause"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Address V [datenanfragen/data; OpenAI's Europe privacy
		// policy]; the lead authority is M.
		ID:         "openai",
		Name:       "OpenAI Ireland Limited",
		Street:     []string{"1st Floor, The Liffey Trust Centre", "117–126 Sheriff Street Upper"},
		PostalCode: "D01 YC43",
		City:       "Dublin 1",
		Country:    "IE",
		Email:      "dpo@openai.com",
		Route:      RouteSetting,
		Setting:    "ChatGPT → Settings → Data controls → Improve the model for everyone",
		Services:   []string{"ChatGPT", "DALL-E"},
		Authority:  "iedpc",
		Popularity: 8,
		Sources: []Source{
			{"https://openai.com/policies/eu-privacy-policy/", "2026-02-06", "controller, address; training and opt-out"},
			{"https://conductatlas.com/platform/openai/privacy-policy-row/cross-border-data-transfers-to-the-united-states/", "2026-12", "setting path"},
		},
		Checked:    checked,
		Confidence: "V",
	},
	{
		// Address and DPO e-mail V [datenanfragen/data]. Snap keeps My
		// AI chats until deleted "to help My AI learn and improve".
		ID:         "snap",
		Name:       "Snap B.V.",
		Street:     []string{"Keizersgracht 165"},
		PostalCode: "1016 DP",
		City:       "Amsterdam",
		Country:    "NL",
		Email:      "dpo@snap.com",
		Route:      RouteEmail,
		Services:   []string{"Snapchat", "My AI"},
		Authority:  "nlap",
		Popularity: 9,
		Sources: []Source{
			{"https://help.snapchat.com/hc/en-us/articles/15682296562836", "2026-12", "My AI content kept to improve My AI"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Address and e-mail from datenanfragen/data ("tested"; its
		// "Ltd." spelt out as other pages give it); no source gives the
		// Eircode. Pinterest's 2025 policy trains its
		// models, including Pinterest Canvas, on Pins of any age; the
		// opt-out is a profile setting, on by default.
		ID:         "pinterest",
		Name:       "Pinterest Europe Limited",
		Street:     []string{"Palmerston House, 2nd Floor", "Fenian Street"},
		City:       "Dublin 2",
		Country:    "IE",
		Email:      "privacy-support@pinterest.com",
		Route:      RouteSetting,
		Setting:    "Settings → Privacy and data → Use your data to train Pinterest Canvas",
		Services:   []string{"Pinterest"},
		Authority:  "iedpc",
		Popularity: 10,
		Sources: []Source{
			{"https://policy.pinterest.com/en/privacy-policy", "2025-03", "training machine-learning models; opt-out"},
			{"https://millikancorydon.com/6637/feature/protect-yourself-from-pinterest-ai", "2025-04", "setting path"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Address V [datenanfragen/data]; no source gives the Eircode.
		// Forms V2. The setting is on by default; training under
		// legitimate interest from 3 Nov 2025.
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
		Popularity: 11,
		Sources: []Source{
			{"https://www.linkedin.com/legal/privacy-policy", "2025-11-03", "AI training under legitimate interest"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Renamed from Twitter International Unlimited Company on
		// 1 Apr 2025. Post goes "Attn: Data Protection Officer"; the
		// letter addresses the company, so that line is left out. No
		// dedicated objection form is known. DPC inquiry into Grok
		// training on EU posts since Apr 2025.
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
		Popularity: 12,
		Sources: []Source{
			{"https://x.com/en/privacy", "2024-11", "posts and Grok chats train AI; controller"},
			{"https://www.productionai.institute/ai-data-use/grok-on-x", "2026-12", "setting path"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Address and e-mail V [datenanfragen/data, 2025]. Reddit
		// licenses its users' public posts to Google (Feb 2024, about
		// $60m a year) and others for AI training; no opt-out exists.
		// The lead authority is M.
		ID:         "reddit",
		Name:       "Reddit Netherlands B.V.",
		Street:     []string{"Euro Business Center", "Keizersgracht 62"},
		PostalCode: "1015 CS",
		City:       "Amsterdam",
		Country:    "NL",
		Email:      "redditdatarequests@reddit.com",
		Route:      RouteEmail,
		Services:   []string{"Reddit"},
		Authority:  "nlap",
		Popularity: 13,
		Sources: []Source{
			{"https://www.lutzker.com/ip_bit_pieces/reddits-licensing-agreement-with-google/", "2024-02-21", "licenses posts for AI training"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Address and e-mail V [datenanfragen/data]. Discord may use
		// content to train its own models (moderation, features); the
		// setting is under Data & Privacy. V2: secondary summaries.
		ID:         "discord",
		Name:       "Discord Netherlands BV",
		Street:     []string{"Schiphol Boulevard 195"},
		PostalCode: "1118 BG",
		City:       "Schiphol",
		Country:    "NL",
		Email:      "privacy@discord.com",
		Route:      RouteSetting,
		Setting:    "User Settings → Data & Privacy → Use data to improve Discord",
		Services:   []string{"Discord"},
		Authority:  "nlap",
		Popularity: 14,
		Sources: []Source{
			{"https://fineprintly.io/c/discord/privacy", "2026-12", "EEA controller; content trains internal systems"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Address and DPO e-mail V [datenanfragen/data]; no source
		// gives the Eircode. Content analysis (machine learning on
		// cloud content) is on by default; Adobe says Firefly is not
		// trained on it.
		ID:         "adobe",
		Name:       "Adobe Systems Software Ireland Limited",
		Street:     []string{"4–6 Riverwalk", "City West Business Campus"},
		City:       "Dublin 24",
		Country:    "IE",
		Email:      "dpo@adobe.com",
		Route:      RouteSetting,
		Setting:    "Adobe account → Account and security → Privacy and personal data → Content analysis",
		Services:   []string{"Creative Cloud", "Photoshop", "Lightroom", "Acrobat"},
		Authority:  "iedpc",
		Popularity: 15,
		Sources: []Source{
			{"https://helpx.adobe.com/x-productkb/policy-pricing/machine-learning-faq.html", "2026-12", "content analysis trains machine learning; opt-out"},
			{"https://www.lireo.com/quick-tip-confirm-your-adobe-account-privacy-settings", "2023-04", "setting path"},
			{"https://www.dpreview.com/news/6341509927/adobes-content-analysis-program-raises-privacy-concern", "2023-01", "on by default"},
		},
		Checked:    checked,
		Confidence: "V",
	},
	{
		// Address and e-mail V [datenanfragen/data; DeepL's privacy
		// policy]. Texts typed into the free translator may train its
		// models (legitimate interest); no opt-out but a paid plan.
		// Lead authority: North Rhine-Westphalia (Cologne).
		ID:         "deepl",
		Name:       "DeepL SE",
		Street:     []string{"Maarweg 165"},
		PostalCode: "50825",
		City:       "Köln",
		Country:    "DE",
		Email:      "privacy@deepl.com",
		Route:      RouteEmail,
		Services:   []string{"DeepL Translator", "DeepL Write"},
		Authority:  "denrwldi",
		Popularity: 16,
		Sources: []Source{
			{"https://www.deepl.com/privacy", "2026-12", "free-version texts train models; controller"},
			{"https://conductatlas.com/platform/deepl/deepl-privacy-policy/free-tier-translation-input-used-for-ai-model-training/", "2026-12", "quotes the clause"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// GitHub names GitHub B.V. as its contact entity in the EU;
		// letters go to GitHub, Inc. in its care. No source says that
		// GitHub B.V. is an establishment for Art. 56, so no lead
		// authority is named. E-mail V [datenanfragen/data]. From 24
		// Apr 2026 Copilot Free, Pro and Pro+ interactions train
		// GitHub's models unless the person opts out.
		ID:             "github",
		Name:           "GitHub, Inc.",
		Street:         []string{"c/o GitHub B.V.", "Prins Bernhardplein 200"},
		PostalCode:     "1097 JB",
		City:           "Amsterdam",
		Country:        "NL",
		Email:          "privacy@github.com",
		Forms:          []Form{{FormSetting, "https://github.com/settings/copilot", "GitHub Copilot"}},
		Route:          RouteSetting,
		Setting:        "Settings → Copilot → Features → Privacy → Allow GitHub to use my data for AI model training",
		Services:       []string{"GitHub", "GitHub Copilot"},
		Representative: "GitHub B.V., Prins Bernhardplein 200, 1097 JB Amsterdam, Netherlands",
		Popularity:     17,
		Sources: []Source{
			{"https://vibecodedthis.com/blog/github-copilot-training-data-april-24-opt-out/", "2026-04", "Copilot interactions train models from 24 Apr 2026"},
			{"https://www.contextwindow.news/article/updates-to-github-copilot-interaction-data-usage-policy", "2026-03", "opt-out at github.com/settings/copilot"},
			{"https://docs.github.com/en/site-policy/privacy-policies/github-general-privacy-statement", "2026-12", "GitHub B.V. as EU contact"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Address and e-mail from datenanfragen/data ("tested"); no
		// source gives the Eircode. Slack trains its global (non-
		// generative) models on messages and files; only a workspace
		// owner can opt out, by e-mail to feedback@slack.com with the
		// subject "Slack Global model opt-out request".
		ID:         "slack",
		Name:       "Slack Technologies Limited",
		Street:     []string{"4th Floor, One Park Place", "Hatch Street Upper"},
		City:       "Dublin 2",
		Country:    "IE",
		Email:      "privacy@slack.com",
		Route:      RouteEmail,
		Services:   []string{"Slack"},
		Authority:  "iedpc",
		Popularity: 18,
		Sources: []Source{
			{"https://slack.com/trust/data-management/privacy-principles", "2024-05", "customer data trains global models; opt-out"},
		},
		Checked:    checked,
		Confidence: "V",
	},
	{
		// Since Sep 2025 consumer chats train Claude unless the person
		// turns the setting off. Address V2 (unlock-my-data, from the
		// privacy policy); the e-mail is the policy's privacy contact.
		ID:         "anthropic",
		Name:       "Anthropic Ireland, Limited",
		Street:     []string{"6th Floor, South Bank House", "Barrow Street"},
		PostalCode: "D04 TR29",
		City:       "Dublin 4",
		Country:    "IE",
		Email:      "privacy@anthropic.com",
		Route:      RouteSetting,
		Setting:    "Claude → Settings → Privacy → Help improve Claude",
		Services:   []string{"Claude"},
		Authority:  "iedpc",
		Popularity: 19,
		Sources: []Source{
			{"https://www.allaboutai.com/ai-news/before-you-click-agree-3-things-to-check-in-claudes-updated-privacy-settings/", "2025-08-28", "chats train models unless opted out"},
			{"https://ainewz.online/opt-out-by-sept-28-or-anthropic-keeps-new-claude-data-for-five-years/", "2025-08", "setting path"},
			{"https://unlock-my-data.com/list-app/claude/", "2025-10", "controller address; opt-out since Sep 2025"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Grammarly Inc. (now part of Superhuman) has no EU
		// establishment. Letters go to it care of its Art. 27
		// representative, as datenanfragen/data records it. No lead
		// authority: complain to your own. Training on content is on
		// by default for individual accounts.
		ID:             "grammarly",
		Name:           "Grammarly Inc.",
		Street:         []string{"c/o VeraSafe Ireland Ltd", "Unit 3D North Point House", "North Point Business Park", "New Mallow Road"},
		PostalCode:     "T23 AT2P",
		City:           "Cork",
		Country:        "IE",
		Email:          "privacy@grammarly.com",
		Forms:          []Form{{FormSetting, "https://account.grammarly.com/security/privacy", ""}},
		Route:          RouteSetting,
		Setting:        "Account → Privacy → Product Improvement and Training",
		Services:       []string{"Grammarly"},
		Representative: "VeraSafe Ireland Ltd, Unit 3D North Point House, North Point Business Park, New Mallow Road, Cork T23 AT2P, Ireland",
		Popularity:     20,
		Sources: []Source{
			{"https://support.grammarly.com/hc/en-us/articles/25555503115277-Product-Improvement-and-Training-Control", "2026-12", "content trains models by default; setting"},
		},
		Checked:    checked,
		Confidence: "V",
	},
	{
		// Mistral AI (SIREN 952 418 325) trains on Le Chat Free chats
		// under legitimate interest unless opted out (V2: a summary of
		// its privacy policy of 8 Apr 2026). Address V (its terms). It
		// takes GDPR requests by a contact form that no source gives a
		// stable URL for, and no source gives an e-mail: so the setting,
		// and the letter by post.
		ID:         "mistral",
		Name:       "Mistral AI",
		Street:     []string{"15 rue des Halles"},
		PostalCode: "75001",
		City:       "Paris",
		Country:    "FR",
		Route:      RouteSetting,
		Setting:    "Admin → Privacy → Data sharing for model training",
		Services:   []string{"Le Chat", "Mistral AI Studio"},
		Authority:  "frcnil",
		Popularity: 21,
		Sources: []Source{
			{"https://docs.mistral.ai/admin/security-access/privacy", "2026-12", "Le Chat Free chats train models; opt-out"},
			{"https://mistral.ai/terms", "2025-05-07", "controller, registered office"},
			{"https://conductatlas.com/platform/mistral-ai/mistral-ai-privacy-policy/history/", "2026-04-08", "legitimate interest"},
		},
		Checked:    checked,
		Confidence: "V2",
	},
	{
		// Address and e-mail V [datenanfragen/data, 2021]. Automattic
		// shares public posts with AI companies (OpenAI, Midjourney)
		// unless the blog opts out (Feb 2024).
		ID:         "automattic",
		Name:       "Aut O'Mattic A8C Ireland Ltd.",
		Street:     []string{"Grand Canal Dock", "25 Herbert Place"},
		PostalCode: "D02 AY86",
		City:       "Dublin 2",
		Country:    "IE",
		Email:      "privacypolicyupdates@automattic.com",
		Route:      RouteSetting,
		Setting:    "Blog settings → Visibility → Prevent third-party sharing",
		Services:   []string{"Tumblr", "WordPress.com"},
		Authority:  "iedpc",
		Popularity: 22,
		Sources: []Source{
			{"https://automattic.com/2024/02/27/protecting-user-choice/", "2024-02-27", "licensing to AI companies; opt-out"},
			{"https://redact.dev/ai-optout-instructions/tumblr", "2026-12", "setting path"},
		},
		Checked:    checked,
		Confidence: "V",
	},
	{
		// Photoroom SAS (RCS Bobigny 853 059 384) is the controller and
		// trains its AI on the images people make in the app by
		// default; the switch is per account (V, its own pages). No
		// source gives a privacy e-mail: the setting is the route.
		ID:         "photoroom",
		Name:       "Photoroom SAS",
		Street:     []string{"229 rue Saint-Honoré"},
		PostalCode: "75001",
		City:       "Paris",
		Country:    "FR",
		Route:      RouteSetting,
		Setting:    "Profile → Manage account → Data control → Improve model for everyone",
		Services:   []string{"Photoroom"},
		Authority:  "frcnil",
		Popularity: 23,
		Sources: []Source{
			{"https://help.photoroom.com/en/articles/8707489-permission-for-photoroom-to-use-your-data", "2026-12", "designs train the AI by default; setting"},
			{"https://photoroom.com/legal/privacy-policy", "2024-12", "controller, address"},
		},
		Checked:    checked,
		Confidence: "V",
	},
	{
		// Address and e-mail V [datenanfragen/data]; no source gives
		// the Eircode. Shutterstock licenses contributors' images and
		// metadata to AI companies (OpenAI, LG) for training and pays
		// a Contributor Fund; contributors can opt out of data
		// licensing in their account.
		ID:         "shutterstock",
		Name:       "Shutterstock Ireland Limited",
		Street:     []string{"6th Floor, South Bank House", "Barrow Street"},
		City:       "Dublin 4",
		Country:    "IE",
		Email:      "privacy@shutterstock.com",
		Route:      RouteEmail,
		Services:   []string{"Shutterstock"},
		Authority:  "iedpc",
		Popularity: 24,
		Sources: []Source{
			{"https://intercom.help/shutterstock-contributor/en/articles/10594694-shutterstock-data-licensing-and-the-contributor-fund", "2024-10-24", "licenses contributors' content for training"},
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
