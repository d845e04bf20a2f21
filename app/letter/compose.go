package letter

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/objector-eu/objector/app/authority"
	"github.com/objector-eu/objector/app/catalog"
	"github.com/objector-eu/objector/app/check"
	"github.com/objector-eu/objector/locales"
)

// dateLayout is how Facts write dates (ISO 8601, YYYY-MM-DD).
const dateLayout = "2006-01-02"

// defaultAmountCents is the compensation claimed when the facts name no
// amount, the wizard's starting value: €500, noyb's rough figure per person
// for a possible EU-wide action (May 2025). German courts award about €100
// for a loss of control alone (BGH, VI ZR 10/24, 18 Nov 2024), more for
// greater harm, and vzbv asks for €100–600 in its Facebook-scraping action;
// the wizard's hint under the amount (Wizard.Claim.AmountHint) says so.
const defaultAmountCents = 500_00

// addressMaxLines is how many lines the address zone of a DIN 5008 window
// envelope holds; longer addresses are shortened to fit (see recipient).
const addressMaxLines = 6

// ErrLanguage is returned (wrapped) by Compose for a language without letter
// messages: a letter is never written in another language instead.
var ErrLanguage = errors.New("letter: no letter messages for this language")

// ValidationError is returned by Compose when the facts are not good enough
// for the letter: Errors holds every problem, one per field, as Validate
// returns them, for the caller to show at the fields.
type ValidationError struct {
	Errors []FieldError
}

func (e *ValidationError) Error() string {
	parts := make([]string, len(e.Errors))
	for i, fe := range e.Errors {
		parts[i] = fe.Error()
	}
	return "letter: invalid facts: " + strings.Join(parts, "; ")
}

// Compose writes the letter of the given kind from the facts, in the
// localizer's language, dated today when the facts name no date. It returns
// a *ValidationError when the facts are invalid and an error wrapping
// ErrLanguage when the language has no letter messages; it never panics.
func Compose(kind Kind, f Facts, l *locales.Localizer, today time.Time) (Document, error) {
	if _, ok := ParseKind(string(kind)); !ok {
		return Document{}, fmt.Errorf("letter: unknown kind %q", kind)
	}
	if l == nil || !l.Has("Letter.Salutation") {
		lang := ""
		if l != nil {
			lang = l.Lang()
		}
		return Document{}, fmt.Errorf("%w: %q", ErrLanguage, lang)
	}
	if f.Date == "" {
		f.Date = today.Format(dateLayout)
	}
	if errs := f.Validate(kind); len(errs) > 0 {
		return Document{}, &ValidationError{Errors: errs}
	}
	return write(kind, f, l)
}

// write composes the letter from facts already validated. It is apart from
// Compose so that the fuzz test can feed it facts Validate would refuse: it
// must not panic on them either.
func write(kind Kind, f Facts, l *locales.Localizer) (Document, error) {
	c, err := newComposer(kind, f, l)
	if err != nil {
		return Document{}, err
	}
	switch kind {
	case Damages:
		c.damages()
	case Reminder:
		c.reminder()
	case Complaint:
		c.complaint()
	default:
		c.objection()
	}
	return c.doc, nil
}

// composer holds what both letters share while one is being written.
type composer struct {
	l    *locales.Localizer
	f    Facts
	date time.Time
	to   recipient
	// authority is the recipient of a complaint, and ctrlCountry the
	// company's country (whose lead authority gets the complaint passed on).
	authority   authority.Authority
	ctrlCountry string
	// args are the placeholders every message may use: the citations and
	// the parties.
	args locales.Args
	doc  Document
}

// recipient is the controller as the letter needs it, from the catalog or
// typed by hand.
type recipient struct {
	name       string
	street     []string
	postalCode string
	city       string
	country    string
	email      string
	services   []string
	// catalog is true for a catalog entry, whose letters go to the
	// attention of the data protection officer.
	catalog bool
}

// citations are the legal references, each its own message so that every
// language uses its official form; messages refer to them by placeholder
// (e.g. {{.Art21_1}}).
var citations = []string{
	"GDPR", "Art6_1_f", "Art9_1", "Recital38", "Art12_3", "Art15", "Art17_1_c",
	"Art18_1_d", "Art21_1", "Art77", "Art79_2", "Art82", "Art82_1", "Art82_3",
	"Directive2020_1828", "C252_21", "C394_23", "C300_21", "C340_21", "BGH_VI_ZR_10_24",
	"Art12_4", "Art12_6", "Art56", "Art58_2_c", "Art58_2_f", "Art60", "Art77_1", "Art77_2",
	"Art78_2", "Art79",
}

func newComposer(kind Kind, f Facts, l *locales.Localizer) (*composer, error) {
	f = trimFacts(f)
	date, err := time.Parse(dateLayout, f.Date)
	if err != nil {
		// Validate refuses such dates; this only guards against a gap.
		return nil, &ValidationError{Errors: []FieldError{{Field: "date", Message: check.MsgDate}}}
	}
	to, ok := recipientOf(f)
	if !ok {
		return nil, &ValidationError{Errors: []FieldError{{Field: "controller", Message: "Check.Controller"}}}
	}
	c := &composer{l: l, f: f, date: date, to: to, ctrlCountry: to.country, args: locales.Args{}}
	for _, id := range citations {
		c.args[id] = l.T("Letter.Cite." + id)
	}
	c.args["Controller"] = to.name
	if kind == Complaint {
		a, ok := authority.Lookup(f.Authority)
		if !ok {
			return nil, &ValidationError{Errors: []FieldError{{Field: "authority", Message: msgAuthority}}}
		}
		// The company is named in the text with its address; the letter
		// goes to the authority.
		c.args["ControllerAddress"] = oneLine(c.companyAddress())
		c.authority = a
		c.to = authorityRecipient(a)
		c.to.services = to.services
		c.args["Authority"] = a.Name
	}
	c.args["Services"] = c.list(to.services)
	c.args["Name"] = f.Name
	// The sentence ends in a full stop of its own.
	c.args["Account"] = strings.TrimRight(f.Account, ".")

	c.doc = Document{
		Kind:       kind,
		Lang:       l.Lang(),
		Date:       date,
		ReturnLine: strings.Join(c.senderAddress(false), " · "),
		Sender:     c.senderAddress(true),
		Recipient:  c.recipientAddress(),
		PlaceDate:  c.placeDate(),
		Salutation: l.T("Letter.Salutation"),
		Closing:    l.T("Letter.Closing"),
		Signature:  f.Name,
		To:         c.to.email,
		From:       f.Email,
	}
	return c, nil
}

// trimFacts drops the white space around every single-line value.
func trimFacts(f Facts) Facts {
	for _, s := range []*string{&f.Name, &f.Street, &f.PostalCode, &f.City, &f.Country, &f.Email,
		&f.Account, &f.Controller, &f.Amount, &f.Currency, &f.IBAN, &f.AccountHolder,
		&f.ObjectionDate, &f.Date} {
		*s = strings.TrimSpace(*s)
	}
	if f.Other != nil {
		o := *f.Other
		for _, s := range []*string{&o.Name, &o.Street, &o.PostalCode, &o.City, &o.Country, &o.Email} {
			*s = strings.TrimSpace(*s)
		}
		f.Other = &o
	}
	return f
}

// recipientOf returns the controller the facts name: the catalog entry, or
// the one entered by hand when no catalog id is given.
func recipientOf(f Facts) (recipient, bool) {
	if f.Controller != "" {
		c, ok := catalog.Lookup(f.Controller)
		if !ok {
			return recipient{}, false
		}
		r := recipient{
			name: c.Name, street: c.Street, postalCode: c.PostalCode, city: c.City,
			country: c.Country, email: c.Email, services: c.Services, catalog: true,
		}
		if len(f.Services) > 0 {
			r.services = chosenServices(f.Services)
		}
		return r, true
	}
	if f.Other == nil {
		return recipient{}, false
	}
	o := f.Other
	return recipient{
		name: o.Name, street: []string{o.Street}, postalCode: o.PostalCode, city: o.City,
		country: o.Country, email: o.Email, services: chosenServices(f.Services),
	}, true
}

// chosenServices returns the services named, trimmed, without blanks and
// repeats, in the order given.
func chosenServices(names []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range names {
		s = strings.TrimSpace(s)
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// t renders a message with the shared placeholders and extra ones.
func (c *composer) t(id string, extra locales.Args) string {
	defer c.with(extra)()
	return c.l.Tf(id, c.args)
}

// n renders the plural form of a message that fits count.
func (c *composer) n(id string, count int, extra locales.Args) string {
	defer c.with(extra)()
	return c.l.N(id, count, c.args)
}

// with adds extra placeholders to the shared ones until the returned
// function removes them again: cheaper than copying the map per message,
// and no message sees another's values.
func (c *composer) with(extra locales.Args) func() {
	for k, v := range extra {
		c.args[k] = v
	}
	return func() {
		for k := range extra {
			delete(c.args, k)
		}
	}
}

// list joins names the way the language lists them ("A, B and C").
func (c *composer) list(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	last := names[len(names)-1]
	id := "Letter.List.And"
	if startsWithI(last) {
		id = "Letter.List.AndI"
	}
	return c.l.Tf(id, locales.Args{
		"Init": strings.Join(names[:len(names)-1], ", "),
		"Last": last,
	})
}

// startsWithI reports whether a name begins with an "i" sound as Spanish
// hears it ("Instagram", "Hinge"), where "y" becomes "e"; the message
// Letter.List.AndI lets every language decide.
func startsWithI(name string) bool {
	n := strings.ToLower(name)
	if strings.HasPrefix(n, "hi") {
		n = n[1:]
	}
	// "ia", "ie", "io", "iu" open with a "y" sound: Spanish keeps "y".
	return strings.HasPrefix(n, "i") && !(len(n) > 1 && strings.ContainsRune("aeiou", rune(n[1])))
}

// date renders a day in the letter's language.
func (c *composer) day(t time.Time) string { return c.l.Date(t) }

// placeDate is the line with the letter's date, after the place where the
// language's letters name it (Letter.Style.PlaceDate).
func (c *composer) placeDate() string {
	date := c.day(c.date)
	if c.l.T("Letter.Style.PlaceDate") != "place-date" {
		return date
	}
	return c.l.Tf("Letter.PlaceDate", locales.Args{"Place": c.f.City, "Date": date})
}

// countryName is a country's name in the letter's language.
func (c *composer) countryName(code string) string { return c.l.T("Country." + code) }

// senderAddress is the person's address: for the letterhead (full, with
// e-mail) or for the return line above the window (postal lines only). The
// country is named when the letter goes abroad.
func (c *composer) senderAddress(full bool) []string {
	f := c.f
	lines := []string{f.Name, f.Street}
	lines = append(lines, cityLines(f.Country, f.PostalCode, f.City)...)
	if f.Country != c.to.country {
		lines = append(lines, c.countryName(f.Country))
	}
	if full && f.Email != "" {
		lines = append(lines, f.Email)
	}
	return lines
}

// recipientAddress is the controller's postal address in the destination
// country's order, with the country in capitals on the last line when the
// letter goes abroad (as the Universal Postal Union asks). An address too
// long for the window first loses the attention line, then puts an Irish
// Eircode on the line of the town.
func (c *composer) recipientAddress() []string {
	r := c.to
	var country []string
	if r.country != c.f.Country {
		country = []string{upperAddress(c.countryName(r.country))}
	}
	var attn []string
	if r.catalog {
		attn = []string{c.l.T("Letter.Address.Attn")}
	}
	city := cityLines(r.country, r.postalCode, r.city)
	build := func() []string {
		lines := []string{r.name}
		lines = append(lines, attn...)
		lines = append(lines, r.street...)
		lines = append(lines, city...)
		return append(lines, country...)
	}
	lines := build()
	if len(lines) > addressMaxLines {
		attn = nil
		lines = build()
	}
	if len(lines) > addressMaxLines && len(city) == 2 {
		city = []string{city[0] + " " + city[1]}
		lines = build()
	}
	return lines
}

// cityLines returns the postal code, as the country's post prints it, and
// the town in the order of the country's postal convention: a line of their own for the Irish Eircode and
// the British postcode, after the town in Malta and Latvia, before it
// everywhere else.
func cityLines(country, postalCode, city string) []string {
	postalCode = check.FormatPostalCode(country, postalCode)
	if postalCode == "" {
		return []string{city}
	}
	switch country {
	case "IE", "GB":
		return []string{city, postalCode}
	case "MT":
		return []string{city + " " + postalCode}
	case "LV":
		return []string{city + ", " + postalCode}
	}
	return []string{postalCode + " " + city}
}

// paragraph adds a paragraph of running text.
func (c *composer) paragraph(text string) {
	c.doc.Body = append(c.doc.Body, Block{Kind: Paragraph, Text: text})
}

// heading adds a heading.
func (c *composer) heading(text string) {
	c.doc.Body = append(c.doc.Body, Block{Kind: Heading, Text: text})
}

// numbered adds a numbered list with a lead-in.
func (c *composer) numbered(lead string, items ...string) {
	c.doc.Body = append(c.doc.Body, Block{Kind: List, Text: lead, Items: items})
}

// ownWords adds the person's own text as paragraphs: blank lines separate
// paragraphs, other line breaks and runs of spaces become one space.
func (c *composer) ownWords(text string) {
	for _, p := range splitParagraphs(text) {
		c.paragraph(p)
	}
}

func splitParagraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, line := range strings.Split(text, "\n") {
		words := strings.Fields(line)
		if len(words) == 0 {
			flush()
			continue
		}
		cur = append(cur, words...)
	}
	flush()
	return out
}

// sentences joins the sentences of one paragraph.
func sentences(s []string) string { return strings.Join(s, " ") }

// forServices is the message id for a letter that names the services
// concerned, or its "All" variant when it names none (every service).
func (c *composer) forServices(id string) string {
	if len(c.to.services) == 0 {
		return id + "All"
	}
	return id
}

// account adds the sentence that identifies the person's account.
func (c *composer) account() {
	if c.f.Account != "" {
		c.paragraph(c.t("Letter.Account", nil))
	}
}

// objection writes the objection under Art. 21(1) GDPR.
func (c *composer) objection() {
	d := &c.doc
	d.Title = c.t("Letter.Objection.Title", nil)
	d.Subject = c.t("Letter.Objection.Subject", nil)

	c.paragraph(sentences([]string{c.t("Letter.Objection.Intro", nil), c.t(c.forServices("Letter.Objection.Scope"), nil)}))
	c.account()

	c.heading(c.t("Letter.Objection.Grounds.Heading", nil))
	c.paragraph(c.t("Letter.Objection.Grounds.Intro", nil))
	var reasons []string
	for _, id := range ObjectionReasons {
		if contains(c.f.Reasons, id) {
			reasons = append(reasons, c.t("Letter.Objection.Reason."+id, nil))
		}
	}
	if len(reasons) > 0 {
		c.paragraph(sentences(reasons))
	}
	c.ownWords(c.f.Reason)

	c.heading(c.t("Letter.Objection.Burden.Heading", nil))
	c.paragraph(c.t("Letter.Objection.Burden", nil))
	c.paragraph(sentences([]string{c.t("Letter.Objection.C252", nil), c.t("Letter.Objection.C394", nil)}))

	deadline := ReplyDeadline(c.date)
	c.heading(c.t("Letter.Objection.Demands.Heading", nil))
	c.numbered(c.t("Letter.Objection.Demands.Intro", nil),
		c.t("Letter.Objection.Demands.Stop", nil),
		c.t("Letter.Objection.Demands.Erase", nil),
		c.t("Letter.Objection.Demands.Restrict", nil),
		c.t("Letter.Objection.Demands.Access", nil),
		c.t("Letter.Objection.Demands.Confirm", locales.Args{"Date": c.day(deadline)}),
	)
	c.paragraph(c.t("Letter.Objection.Reservation", nil))

	d.Reminder = CalendarEntry{
		Date:        deadline,
		Summary:     c.t("Letter.Objection.Reminder.Summary", nil),
		Description: c.t("Letter.Objection.Reminder.Description", locales.Args{"Date": c.day(c.date)}),
	}
}

// damages writes the claim for non-material damages under Art. 82 GDPR.
func (c *composer) damages() {
	d := &c.doc
	f := c.f
	d.Title = c.t("Letter.Damages.Title", nil)
	d.Subject = c.t("Letter.Damages.Subject", nil)

	c.paragraph(c.t(c.forServices("Letter.Damages.Intro"), nil))
	c.account()

	c.heading(c.t("Letter.Damages.Infringement.Heading", nil))
	infringement := []string{c.t("Letter.Damages.Infringement.NoBasis", nil)}
	if objected, err := time.Parse(dateLayout, f.ObjectionDate); err == nil {
		when := locales.Args{"Date": c.day(objected)}
		infringement = append(infringement, c.t("Letter.Damages.Infringement.Objected", when))
		d.EnclosuresLabel = c.n("Letter.Enclosures", 1, nil)
		d.Enclosures = []string{c.t("Letter.Damages.Enclosure.Objection", when)}
	} else {
		infringement = append(infringement, c.t("Letter.Damages.Infringement.NotObjected", nil))
	}
	c.paragraph(sentences(infringement))

	c.heading(c.t("Letter.Damages.Damage.Heading", nil))
	c.paragraph(c.t("Letter.Damages.Damage.Intro", nil))
	var harms []string
	for _, id := range Harms {
		if contains(f.Harms, id) {
			harms = append(harms, c.t("Letter.Damages.Harm."+id, nil))
		}
	}
	if len(harms) > 0 {
		c.paragraph(sentences(harms))
	}
	c.ownWords(f.HarmText)
	c.paragraph(c.t("Letter.Damages.Damage.Threshold", nil))

	c.heading(c.t("Letter.Damages.Causation.Heading", nil))
	c.paragraph(c.t("Letter.Damages.Causation", nil))

	amount := c.amount()
	days := f.PaymentDays
	if days < 1 {
		days = DefaultPaymentDays
	}
	deadline := PaymentDeadline(c.date, days)
	c.heading(c.t("Letter.Damages.Payment.Heading", nil))
	c.paragraph(sentences([]string{
		c.t("Letter.Damages.Payment.Amount", locales.Args{"Amount": amount}),
		c.n("Letter.Damages.Payment.Deadline", days, locales.Args{"Date": c.day(deadline)}),
	}))
	c.paragraph(c.t("Letter.Damages.Payment.Account", locales.Args{
		"Holder": c.holder(),
		"IBAN":   c.iban(),
	}))

	c.heading(c.t("Letter.Damages.Steps.Heading", nil))
	c.numbered(c.t("Letter.Damages.Steps.Intro", nil),
		c.t("Letter.Damages.Steps.Court", nil),
		c.t("Letter.Damages.Steps.Complaint", nil),
		c.t("Letter.Damages.Steps.Collective", nil),
	)
	c.paragraph(c.t("Letter.Damages.RightsReserved", nil))

	d.Reminder = CalendarEntry{
		Date:    deadline,
		Summary: c.t("Letter.Damages.Reminder.Summary", nil),
		Description: c.t("Letter.Damages.Reminder.Description", locales.Args{
			"Date": c.day(c.date), "Amount": amount,
		}),
	}
}

// amount is the compensation claimed, in the language's money format.
func (c *composer) amount() string {
	cents, problem := check.Amount(c.f.Amount)
	if !problem.OK() {
		// Validate refuses such amounts; an empty one takes the default.
		cents = defaultAmountCents
	}
	currency := strings.ToUpper(c.f.Currency)
	if currency == "" {
		currency = CurrencyOf(c.f.Country)
	}
	return c.l.Money(cents, currency)
}

// holder is the account holder: the person unless they named another.
func (c *composer) holder() string {
	if c.f.AccountHolder != "" {
		return c.f.AccountHolder
	}
	return c.f.Name
}

// iban is the IBAN in groups of four, as it is printed.
func (c *composer) iban() string { return check.FormatIBAN(c.f.IBAN) }

// companyAddress is the company's postal address after its name, with its
// country named, for the complaint's text (its recipient is the authority).
func (c *composer) companyAddress() []string {
	r := c.to
	lines := append([]string(nil), r.street...)
	lines = append(lines, cityLines(r.country, r.postalCode, r.city)...)
	return append(lines, c.countryName(r.country))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// greekCapitals drops the accent Greek does not write on capitals
// ("ΙΡΛΑΝΔΊΑ" → "ΙΡΛΑΝΔΙΑ").
var greekCapitals = strings.NewReplacer("Ά", "Α", "Έ", "Ε", "Ή", "Η", "Ί", "Ι", "Ό", "Ο", "Ύ", "Υ", "Ώ", "Ω", "ΐ", "Ϊ", "ΰ", "Ϋ")

// upperAddress writes a country line in capitals, as postal conventions ask.
func upperAddress(s string) string { return greekCapitals.Replace(strings.ToUpper(s)) }
