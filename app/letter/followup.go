package letter

import (
	"strings"
	"time"

	"github.com/objector-eu/objector/app/authority"
	"github.com/objector-eu/objector/locales"
)

// The answers a follow-up can cite (Facts.Answer).
const (
	AnswerNone     = "none"
	AnswerRefused  = "refused"
	AnswerExtended = "extended"
	AnswerIdentity = "identity"
	AnswerPartial  = "partial"
)

// Answers lists the answers a follow-up to a letter of the kind can cite.
func Answers(original Kind) []string {
	if original == Damages {
		return []string{AnswerNone, AnswerRefused, AnswerPartial}
	}
	return []string{AnswerNone, AnswerRefused, AnswerExtended, AnswerIdentity, AnswerPartial}
}

// Channels lists how a letter can have been sent (Facts.Channel).
var Channels = []string{"post", "registered", "email", "form"}

// DefaultFinalDays is the reminder's last period when the facts set none.
const DefaultFinalDays = 14

// original returns the kind of the first letter a follow-up is about.
func (f Facts) original() Kind {
	if f.Original == string(Damages) {
		return Damages
	}
	return Objection
}

// answer returns the answer a follow-up cites, "none" when empty.
func (f Facts) answer() string {
	if f.Answer == "" {
		return AnswerNone
	}
	return f.Answer
}

// citeFirstLetter adds the placeholders that name the first letter to the
// shared ones: Sent (when), What (the letter) and How (the channel, with
// its reference).
func (c *composer) citeFirstLetter() {
	f := c.f
	sent, _ := time.Parse(dateLayout, f.SentDate)
	what := "Letter.FollowUp.What.Objection"
	if f.original() == Damages {
		what = "Letter.FollowUp.What.Damages"
	}
	c.args["Sent"] = c.day(sent)
	c.args["What"] = c.t(what, nil)
	c.args["How"] = c.t("Letter.FollowUp.Channel."+f.Channel, nil)
	if f.Reference != "" {
		c.args["Reference"] = f.Reference
		c.args["How"] = c.t("Letter.FollowUp.WithReference", nil)
	}
}

// answerSentence says what the company did, for the reminder ("your")
// or the complaint (the company by name).
func (c *composer) answerSentence(prefix string) string {
	kind := "Objection"
	if c.f.original() == Damages {
		kind = "Damages"
	}
	return c.t(prefix+kind+"."+c.f.answer(), nil)
}

// reminder writes the reminder to the company: it cites the first letter,
// what came of it, the time the company had (Art. 12(3) and (4) GDPR),
// repeats the demands, sets a last period and announces the complaint
// (and, for a claim, court action).
func (c *composer) reminder() {
	d := &c.doc
	f := c.f
	c.citeFirstLetter()
	damages := f.original() == Damages
	d.Title = c.t("Letter.Reminder.Title", nil)
	if damages {
		d.Subject = c.t("Letter.Reminder.Subject.Damages", nil)
	} else {
		d.Subject = c.t("Letter.Reminder.Subject.Objection", nil)
	}

	c.paragraph(sentences([]string{
		c.t("Letter.Reminder.Intro", nil),
		c.answerSentence("Letter.Reminder.Answer."),
	}))
	c.account()

	days := f.FinalDays
	if days < 1 {
		days = DefaultFinalDays
	}
	final := PaymentDeadline(c.date, days)
	c.args["Date"] = c.day(final)
	if damages {
		c.args["Amount"] = c.amount()
		c.args["Holder"] = c.holder()
		c.args["IBAN"] = c.iban()
		c.paragraph(c.t("Letter.Reminder.Damages.Due", nil))
		c.heading(c.t("Letter.Reminder.Damages.Heading", nil))
		pay := "Letter.Reminder.Damages.Pay"
		if f.answer() == AnswerPartial {
			pay = "Letter.Reminder.Damages.PayRest"
		}
		c.paragraph(c.n(pay, days, nil))
		c.paragraph(c.t("Letter.Damages.Payment.Account", nil))
		c.paragraph(c.t("Letter.Reminder.Damages.Otherwise", nil))
	} else {
		c.heading(c.t("Letter.Reminder.Law.Heading", nil))
		c.paragraph(sentences([]string{c.t("Letter.Reminder.Law.Month", nil), c.t("Letter.Reminder.Law.Reasons", nil)}))
		c.heading(c.t("Letter.Reminder.Demands.Heading", nil))
		c.paragraph(c.t("Letter.Reminder.Demands", nil))
		c.paragraph(c.n("Letter.Reminder.Final", days, nil))
		c.paragraph(c.t("Letter.Reminder.Otherwise", nil))
	}
	d.EnclosuresLabel = c.n("Letter.Enclosures", 1, nil)
	d.Enclosures = []string{c.enclosureFirst()}

	c.args["Date"] = c.day(c.date)
	d.Reminder = CalendarEntry{
		Date:        final,
		Summary:     c.t("Letter.Reminder.Calendar.Summary", nil),
		Description: c.t("Letter.Reminder.Calendar.Description", nil),
	}
}

// enclosureFirst names the copy of the first letter among the enclosures.
func (c *composer) enclosureFirst() string {
	if c.f.original() == Damages {
		return c.t("Letter.FollowUp.Enclosure.Damages", nil)
	}
	return c.t("Letter.FollowUp.Enclosure.Objection", nil)
}

// complaint writes the complaint to a supervisory authority (Art. 77
// GDPR): who complains about whom, what was sent and what came of it, the
// infringements, and what the person asks the authority to do.
func (c *composer) complaint() {
	d := &c.doc
	f := c.f
	c.citeFirstLetter()
	damages := f.original() == Damages
	d.Title = c.t("Letter.Complaint.Title", nil)
	d.Subject = c.t("Letter.Complaint.Subject", nil)

	c.paragraph(c.t(c.forServices("Letter.Complaint.Intro"), nil))
	if f.Account != "" {
		c.paragraph(c.t("Letter.Complaint.Account", nil))
	}

	c.heading(c.t("Letter.Complaint.Facts.Heading", nil))
	facts := []string{c.t("Letter.Complaint.Facts.Sent", nil)}
	if t, err := time.Parse(dateLayout, f.ReminderDate); err == nil {
		facts = append(facts, c.t("Letter.Complaint.Facts.Reminder", locales.Args{"Date": c.day(t)}))
	}
	facts = append(facts, c.answerSentence("Letter.Complaint.Answer."))
	c.paragraph(sentences(facts))

	c.heading(c.t("Letter.Complaint.Infringements.Heading", nil))
	var infringements []string
	if !damages {
		infringements = append(infringements, c.t("Letter.Complaint.Infringements.Objection", nil))
	}
	switch f.answer() {
	case AnswerNone, AnswerExtended, AnswerIdentity:
		infringements = append(infringements, c.t("Letter.Complaint.Infringements.NoAnswer", nil))
	}
	c.numbered(c.t("Letter.Complaint.Infringements.Intro", nil), append(infringements,
		c.t("Letter.Complaint.Infringements.NoBasis", nil))...)

	c.heading(c.t("Letter.Complaint.Requests.Heading", nil))
	c.numbered(c.t("Letter.Complaint.Requests.Intro", nil),
		c.t("Letter.Complaint.Requests.Investigate", nil),
		c.t("Letter.Complaint.Requests.Order", nil),
		c.t("Letter.Complaint.Requests.Limit", nil),
		c.t("Letter.Complaint.Requests.Inform", nil),
	)
	var closing []string
	if c.authority.Country != c.ctrlCountry {
		closing = append(closing, c.t("Letter.Complaint.Lead", nil))
	}
	if damages {
		closing = append(closing, c.t("Letter.Complaint.Damages", nil))
	}
	if len(closing) > 0 {
		c.paragraph(sentences(closing))
	}

	enclosures := []string{c.enclosureFirst(), c.t("Letter.Complaint.Enclosure.Proof", nil)}
	if t, err := time.Parse(dateLayout, f.ReminderDate); err == nil {
		enclosures = append(enclosures, c.t("Letter.Complaint.Enclosure.Reminder", locales.Args{"Date": c.day(t)}))
	}
	if f.answer() != AnswerNone {
		enclosures = append(enclosures, c.t("Letter.Complaint.Enclosure.Answer", nil))
	}
	d.EnclosuresLabel = c.n("Letter.Enclosures", len(enclosures), nil)
	d.Enclosures = enclosures

	d.Reminder = CalendarEntry{
		Date:        MonthsAfter(c.date, 3),
		Summary:     c.t("Letter.Complaint.Calendar.Summary", nil),
		Description: c.t("Letter.Complaint.Calendar.Description", locales.Args{"Date": c.day(c.date)}),
	}
}

// authorityRecipient is the supervisory authority as a complaint's
// recipient.
func authorityRecipient(a authority.Authority) recipient {
	return recipient{
		name: a.Name, street: a.Street, postalCode: a.PostalCode, city: a.City,
		country: a.Country, email: authorityEmail(a),
	}
}

// authorityEmail is where a complaint may be e-mailed: empty for an
// authority that takes complaints only by post or its web form.
func authorityEmail(a authority.Authority) string {
	if !a.EmailComplaints {
		return ""
	}
	return a.Email
}

// oneLine joins address lines for a sentence ("Meta Platforms Ireland
// Limited, Merrion Road, Dublin 4, D04 X2K5, Ireland").
func oneLine(lines []string) string { return strings.Join(lines, ", ") }
