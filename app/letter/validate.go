package letter

import (
	"strings"
	"time"

	"github.com/objector-eu/objector/app/authority"
	"github.com/objector-eu/objector/app/catalog"
	"github.com/objector-eu/objector/app/check"
)

// Length limits of the fields, in characters. Generous for real input;
// they keep a letter to a few pages and an e-mail within what mail clients
// take in a mailto: link.
const (
	maxName      = 100
	maxStreet    = 100
	maxPostal    = 16
	maxCity      = 60
	maxAccount   = 200
	maxCompany   = 150
	maxService   = 60
	maxServices  = 20
	maxText      = 4000
	maxIBAN      = 50
	maxAmount    = 30
	maxReference = 100

	// MinPaymentDays and MaxPaymentDays bound the time to pay a claim.
	MinPaymentDays = 1
	MaxPaymentDays = 90
)

// gdprApplies is the day the GDPR became applicable (Art. 99(2)): no letter
// or objection under it can be older.
var gdprApplies = time.Date(2018, time.May, 25, 0, 0, 0, 0, time.UTC)

// Message IDs of the checks that need more than one field; the rest come
// from package check. Each exists in every check.<lang>.json.
const (
	msgController   = "Check.Controller"
	msgChoice       = "Check.Choice"
	msgGrounds      = "Check.Grounds"
	msgHarm         = "Check.Harm"
	msgPaymentDays  = "Check.PaymentDays"
	msgBeforeGDPR   = "Check.Date.BeforeGDPR"
	msgAfterLetter  = "Check.ObjectionDate.AfterLetter"
	msgTooManyItems = "Check.TooMany"
	// Follow-ups.
	msgAuthority       = "Check.Authority"
	msgSentAfterLetter = "Check.SentDate.AfterLetter"
	msgReminderOrder   = "Check.ReminderDate.Order"
)

// Validate checks the facts for a letter of the given kind and returns every
// problem, at most one per field, in the order the wizard asks for the
// fields. Only the fields the kind uses are checked, so a half-typed IBAN
// does not block an objection. An empty Date means today, which Validate
// cannot know: Compose fills Date in before it validates, so that the
// objection date is compared with the letter's. When Controller is set,
// Other is ignored (the wizard may keep it while the person switches).
func (f Facts) Validate(kind Kind) []FieldError {
	var v validation
	// A damages reminder asks for the payment again, so it needs the
	// amount and the account; the other follow-ups cite only the first
	// letter.
	damages := kind == Damages || (kind == Reminder && f.original() == Damages)

	v.field("name", check.Required(f.Name), check.SingleLine(f.Name), check.MaxLen(f.Name, maxName))
	v.field("street", check.Required(f.Street), check.SingleLine(f.Street), check.MaxLen(f.Street, maxStreet))
	v.field("postalCode", postalRequired(f.Country, f.PostalCode), check.SingleLine(f.PostalCode), check.MaxLen(f.PostalCode, maxPostal), check.PostalCode(f.Country, f.PostalCode))
	v.field("city", check.Required(f.City), check.SingleLine(f.City), check.MaxLen(f.City, maxCity))
	v.field("country", check.Required(f.Country), check.CountryCode(f.Country))
	v.field("email", check.Required(f.Email), check.SingleLine(f.Email), check.Email(f.Email))
	v.field("account", check.Required(f.Account), check.SingleLine(f.Account), check.MaxLen(f.Account, maxAccount))

	company, known := f.validateController(&v)
	f.validateServices(&v, company, known)

	v.field("reasons", chosen(f.Reasons, ObjectionReasons))
	reason := check.First(check.Text(f.Reason), check.MaxLen(f.Reason, maxText))
	if kind == Objection && len(f.Reasons) == 0 && strings.TrimSpace(f.Reason) == "" {
		reason = check.Problem{ID: msgGrounds}
	}
	v.field("reason", reason)

	if kind == Damages {
		v.field("harms", chosen(f.Harms, Harms))
		harm := check.First(check.Text(f.HarmText), check.MaxLen(f.HarmText, maxText))
		if len(f.Harms) == 0 && strings.TrimSpace(f.HarmText) == "" {
			harm = check.Problem{ID: msgHarm}
		}
		v.field("harmText", harm)
	}
	if damages {
		_, amount := check.Amount(f.Amount)
		v.field("amount", check.MaxLen(f.Amount, maxAmount), amount)
		if f.Currency != "" {
			v.field("currency", check.CurrencyCode(f.Currency))
		}
		if f.PaymentDays != 0 && (f.PaymentDays < MinPaymentDays || f.PaymentDays > MaxPaymentDays) {
			v.field("paymentDays", check.Problem{ID: msgPaymentDays, Args: map[string]any{"Min": MinPaymentDays, "Max": MaxPaymentDays}})
		}
		v.field("iban", check.Required(f.IBAN), check.MaxLen(f.IBAN, maxIBAN), check.IBAN(f.IBAN))
		v.field("accountHolder", check.SingleLine(f.AccountHolder), check.MaxLen(f.AccountHolder, maxName))
	}

	objected, objection := dateField(f.ObjectionDate)
	letterDate, letter := dateField(f.Date)
	if kind == Damages {
		if objection.OK() && letter.OK() && !letterDate.IsZero() && objected.After(letterDate) {
			objection = check.Problem{ID: msgAfterLetter}
		}
		v.field("objectionDate", objection)
	}
	if kind.FollowUp() {
		f.validateFollowUp(&v, kind, letterDate)
	}
	v.field("date", letter)
	return v.errs
}

// validateFollowUp checks what a reminder or complaint cites of the first
// letter: what it was, when and how it was sent, what came of it, and the
// authority a complaint goes to. Neither date may be after the follow-up's.
func (f Facts) validateFollowUp(v *validation, kind Kind, letterDate time.Time) {
	v.field("original", chosen(nonEmpty(f.Original), []string{string(Objection), string(Damages)}))
	sent, p := dateField(f.SentDate)
	if p.OK() && !letterDate.IsZero() && sent.After(letterDate) {
		p = check.Problem{ID: msgSentAfterLetter}
	}
	v.field("sentDate", check.Required(f.SentDate), p)
	v.field("channel", check.Required(f.Channel), chosen(nonEmpty(f.Channel), Channels))
	v.field("reference", check.SingleLine(f.Reference), check.MaxLen(f.Reference, maxReference))
	reminded, p := dateField(f.ReminderDate)
	if p.OK() && !reminded.IsZero() && (reminded.Before(sent) || (!letterDate.IsZero() && reminded.After(letterDate))) {
		p = check.Problem{ID: msgReminderOrder}
	}
	v.field("reminderDate", p)
	v.field("answer", chosen(nonEmpty(f.Answer), Answers(f.original())))
	if kind == Reminder && f.FinalDays != 0 && (f.FinalDays < MinPaymentDays || f.FinalDays > MaxPaymentDays) {
		v.field("finalDays", check.Problem{ID: msgPaymentDays, Args: map[string]any{"Min": MinPaymentDays, "Max": MaxPaymentDays}})
	}
	if kind == Complaint {
		_, known := authority.Lookup(f.Authority)
		if !known {
			v.field("authority", check.Problem{ID: msgAuthority})
		}
	}
}

// nonEmpty is the one-value list of s, empty when s is.
func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// validateController checks the catalog id, or the company entered by hand
// when there is none, and returns the catalog entry if it is one.
func (f Facts) validateController(v *validation) (catalog.Controller, bool) {
	if f.Controller != "" {
		c, ok := catalog.Lookup(f.Controller)
		if !ok {
			v.field("controller", check.Problem{ID: msgController})
		}
		return c, ok
	}
	o := f.Other
	if o == nil {
		v.field("controller", check.Problem{ID: msgController})
		return catalog.Controller{}, false
	}
	v.field("otherController.name", check.Required(o.Name), check.SingleLine(o.Name), check.MaxLen(o.Name, maxCompany))
	v.field("otherController.street", check.Required(o.Street), check.SingleLine(o.Street), check.MaxLen(o.Street, maxStreet))
	v.field("otherController.postalCode", postalRequired(o.Country, o.PostalCode), check.SingleLine(o.PostalCode), check.MaxLen(o.PostalCode, maxPostal), check.PostalCode(o.Country, o.PostalCode))
	v.field("otherController.city", check.Required(o.City), check.SingleLine(o.City), check.MaxLen(o.City, maxCity))
	v.field("otherController.country", check.Required(o.Country), check.CountryCode(o.Country))
	if o.Email != "" {
		v.field("otherController.email", check.SingleLine(o.Email), check.Email(o.Email))
	}
	return catalog.Controller{}, false
}

// validateServices checks the services named: the catalog's names for a
// catalog controller, short single lines for one entered by hand.
func (f Facts) validateServices(v *validation, c catalog.Controller, known bool) {
	if len(f.Services) > maxServices {
		v.field("services", check.Problem{ID: msgTooManyItems, Args: map[string]any{"Max": maxServices}})
		return
	}
	for _, s := range f.Services {
		var p check.Problem
		if known {
			p = chosen([]string{s}, c.Services)
		} else {
			p = check.First(check.Required(s), check.SingleLine(s), check.MaxLen(s, maxService))
		}
		if !p.OK() {
			v.field("services", p)
			return
		}
	}
}

// postalRequired refuses an empty postal code unless the country's
// addresses may do without (Ireland); also while the country is unknown,
// so the person learns of both fields at once.
func postalRequired(country, code string) check.Problem {
	if check.PostalOptional(country) {
		return check.Problem{}
	}
	return check.Required(code)
}

// chosen refuses ids that are not in the list, and an id ticked twice.
func chosen(ids, list []string) check.Problem {
	for i, id := range ids {
		known := false
		for _, x := range list {
			known = known || x == id
		}
		for _, prev := range ids[:i] {
			known = known && prev != id
		}
		if !known {
			return check.Problem{ID: msgChoice}
		}
	}
	return check.Problem{}
}

// dateField checks an optional date: a real date, not before the GDPR
// applied. It returns the date, zero when s is empty.
func dateField(s string) (time.Time, check.Problem) {
	if s == "" {
		return time.Time{}, check.Problem{}
	}
	t, p := check.Date(s)
	if p.OK() && t.Before(gdprApplies) {
		p = check.Problem{ID: msgBeforeGDPR}
	}
	return t, p
}

// validation collects FieldErrors in order.
type validation struct{ errs []FieldError }

// field records the first problem of the checks, if any, for the field.
func (v *validation) field(name string, checks ...check.Problem) {
	if p := check.First(checks...); !p.OK() {
		v.errs = append(v.errs, FieldError{Field: name, Message: p.ID, Args: p.Args})
	}
}
