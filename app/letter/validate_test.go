package letter

import (
	"reflect"
	"strings"
	"testing"

	"github.com/objector-eu/objector/app/check"
)

// validFacts returns facts that pass Validate for both kinds.
func validFacts() Facts {
	return Facts{
		Name:          "Erika Mustermann",
		Street:        "Heidestraße 17",
		PostalCode:    "51147",
		City:          "Köln",
		Country:       "DE",
		Email:         "erika@example.org",
		Account:       "facebook.com/erika.mustermann",
		Controller:    "meta",
		Reasons:       []string{"health", "children"},
		Reason:        "My posts describe my illness.\nI do not want them in a model.",
		Harms:         []string{"control", "worry"},
		Amount:        "500,00",
		Currency:      "EUR",
		PaymentDays:   14,
		IBAN:          "de89 3704 0044 0532 0130 00",
		ObjectionDate: "2025-05-20",
		Date:          "2025-06-03",
		SentDate:      "2025-04-28",
		Channel:       "registered",
		Answer:        "none",
		Authority:     "denrwldi",
	}
}

func fields(errs []FieldError) []string {
	var out []string
	for _, e := range errs {
		out = append(out, e.Field+"="+e.Message)
	}
	return out
}

func TestValidateAcceptsValidFacts(t *testing.T) {
	for _, kind := range AllKinds {
		t.Run(string(kind), func(t *testing.T) {
			if errs := validFacts().Validate(kind); len(errs) != 0 {
				t.Errorf("Validate(%s) = %v, want no errors", kind, fields(errs))
			}
		})
	}
}

// validateCases change validFacts one way each and list the errors
// expected, as "field=message".
var validateCases = []struct {
	name   string
	kind   Kind
	change func(f *Facts)
	want   []string
}{
	{"empty objection", Objection, func(f *Facts) { *f = Facts{} }, []string{
		"name=Check.Required", "street=Check.Required", "postalCode=Check.Required", "city=Check.Required",
		"country=Check.Required", "email=Check.Required", "account=Check.Required",
		"controller=Check.Controller", "reason=Check.Grounds",
	}},
	{"empty damages", Damages, func(f *Facts) { *f = Facts{} }, []string{
		"name=Check.Required", "street=Check.Required", "postalCode=Check.Required", "city=Check.Required",
		"country=Check.Required", "email=Check.Required", "account=Check.Required",
		"controller=Check.Controller", "harmText=Check.Harm",
		"amount=Check.Required", "iban=Check.Required",
	}},
	{"line break in name", Objection, func(f *Facts) { f.Name = "Erika\r\nBcc: x@example.org" }, []string{"name=Check.SingleLine"}},
	{"postal code of the wrong country", Objection, func(f *Facts) { f.Country = "AT" }, []string{"postalCode=Check.PostalCode"}},
	{"no postal code in Ireland", Objection, func(f *Facts) { f.Country, f.PostalCode = "IE", "" }, nil},
	{"unknown country", Objection, func(f *Facts) { f.Country = "US" }, []string{"country=Check.Country"}},
	{"lower-case country", Objection, func(f *Facts) { f.Country = "de" }, []string{"country=Check.Country"}},
	{"bad e-mail", Objection, func(f *Facts) { f.Email = "Erika <erika@example.org>" }, []string{"email=Check.Email"}},
	{"catalog controller wins over one by hand", Objection, func(f *Facts) { f.Other = &ManualController{City: "\n"} }, nil},
	{"no postal code in Germany", Objection, func(f *Facts) { f.PostalCode = " " }, []string{"postalCode=Check.Required"}},
	{"unknown controller", Objection, func(f *Facts) { f.Controller = "myspace" }, []string{"controller=Check.Controller"}},
	{"controller by hand", Objection, func(f *Facts) {
		f.Controller = ""
		f.Other = &ManualController{Name: "Example AI Ltd", Street: "1 Main Street", PostalCode: "D02 X285", City: "Dublin", Country: "IE"}
	}, nil},
	{"incomplete controller by hand", Objection, func(f *Facts) {
		f.Controller, f.Services = "", []string{"Chat\nbot"}
		f.Other = &ManualController{Name: "Example AI Ltd", PostalCode: "1234", Country: "NL", Email: "dpo@"}
	}, []string{
		"otherController.street=Check.Required", "otherController.postalCode=Check.PostalCode",
		"otherController.city=Check.Required", "otherController.email=Check.Email",
		"services=Check.SingleLine",
	}},
	{"service of another controller", Objection, func(f *Facts) { f.Services = []string{"LinkedIn"} }, []string{"services=Check.Choice"}},
	{"unknown reason", Objection, func(f *Facts) { f.Reasons = []string{"health", "boredom"} }, []string{"reasons=Check.Choice"}},
	{"reason twice", Objection, func(f *Facts) { f.Reasons = []string{"health", "health"} }, []string{"reasons=Check.Choice"}},
	{"own words only", Objection, func(f *Facts) { f.Reasons = nil }, nil},
	{"reasons only", Objection, func(f *Facts) { f.Reason = " " }, nil},
	{"no grounds", Objection, func(f *Facts) { f.Reasons, f.Reason = nil, " \n " }, []string{"reason=Check.Grounds"}},
	{"no grounds needed for damages", Damages, func(f *Facts) { f.Reasons, f.Reason = nil, "" }, nil},
	{"reason too long", Objection, func(f *Facts) { f.Reason = strings.Repeat("ä", maxText+1) }, []string{"reason=Check.TooLong"}},
	{"control character in reason", Objection, func(f *Facts) { f.Reason = "a\x00b" }, []string{"reason=Check.Text"}},
	{"damages fields ignored in an objection", Objection, func(f *Facts) {
		f.IBAN, f.Amount, f.Currency, f.PaymentDays, f.Harms, f.ObjectionDate = "DE00", "x", "USD", -1, []string{"boredom"}, "2099-01-01"
	}, nil},
	{"no harm", Damages, func(f *Facts) { f.Harms = nil }, []string{"harmText=Check.Harm"}},
	{"own words on harm", Damages, func(f *Facts) { f.Harms, f.HarmText = nil, "I lost sleep." }, nil},
	{"unknown harm", Damages, func(f *Facts) { f.Harms = []string{"boredom"} }, []string{"harms=Check.Choice"}},
	{"grouped amount, IBAN with a typo", Damages, func(f *Facts) { f.Amount, f.IBAN = "12,345", "DE89 3704 0044 0532 0130 01" }, []string{"iban=Check.IBAN.Checksum"}},
	{"zero amount", Damages, func(f *Facts) { f.Amount = "0,00" }, []string{"amount=Check.Amount.Positive"}},
	{"unknown currency", Damages, func(f *Facts) { f.Currency = "USD" }, []string{"currency=Check.Currency"}},
	{"default currency", Damages, func(f *Facts) { f.Currency = "" }, nil},
	{"payment days too many", Damages, func(f *Facts) { f.PaymentDays = 91 }, []string{"paymentDays=Check.PaymentDays"}},
	{"payment days negative", Damages, func(f *Facts) { f.PaymentDays = -3 }, []string{"paymentDays=Check.PaymentDays"}},
	{"default payment days", Damages, func(f *Facts) { f.PaymentDays = 0 }, nil},
	{"account holder with line break", Damages, func(f *Facts) { f.AccountHolder = "Erika\nMustermann" }, []string{"accountHolder=Check.SingleLine"}},
	{"objection after letter", Damages, func(f *Facts) { f.ObjectionDate = "2025-06-04" }, []string{"objectionDate=Check.ObjectionDate.AfterLetter"}},
	{"objection on the letter's day", Damages, func(f *Facts) { f.ObjectionDate = f.Date }, nil},
	{"no such day", Damages, func(f *Facts) { f.ObjectionDate, f.Date = "2025-02-29", "2025-13-01" }, []string{"objectionDate=Check.Date", "date=Check.Date"}},
	{"before the GDPR", Damages, func(f *Facts) { f.ObjectionDate = "2018-05-24" }, []string{"objectionDate=Check.Date.BeforeGDPR"}},
	{"letter date empty", Damages, func(f *Facts) { f.Date = "" }, nil},
	{"too many services", Objection, func(f *Facts) { f.Services = make([]string, maxServices+1) }, []string{"services=Check.TooMany"}},
	{"letter before the GDPR", Objection, func(f *Facts) { f.Date = "2018-05-24" }, []string{"date=Check.Date.BeforeGDPR"}},
	{"amount too large", Damages, func(f *Facts) { f.Amount = "1.000.000,01" }, []string{"amount=Check.Amount.Max"}},
	{"amount with three decimals", Damages, func(f *Facts) { f.Amount = "0,001" }, []string{"amount=Check.Amount.Decimals"}},
	{"amount as words", Damages, func(f *Facts) { f.Amount = "five hundred" }, []string{"amount=Check.Amount"}},
	{"IBAN of no country", Damages, func(f *Facts) { f.IBAN = "QQ89 3704 0044 0532 0130 00" }, []string{"iban=Check.IBAN.Country"}},
	{"IBAN too short", Damages, func(f *Facts) { f.IBAN = "DE89 3704 0044 0532 0130 0" }, []string{"iban=Check.IBAN.Length"}},
	{"IBAN with a hyphen", Damages, func(f *Facts) { f.IBAN = "DE89-3704-0044-0532-0130-00" }, []string{"iban=Check.IBAN"}},
	{"IBAN far too long", Damages, func(f *Facts) { f.IBAN = strings.Repeat("DE89 ", 20) }, []string{"iban=Check.TooLong"}},
	{"long name", Objection, func(f *Facts) { f.Name = strings.Repeat("n", maxName+1) }, []string{"name=Check.TooLong"}},

	// Follow-ups.
	{"empty reminder", Reminder, func(f *Facts) { *f = Facts{} }, []string{
		"name=Check.Required", "street=Check.Required", "postalCode=Check.Required", "city=Check.Required",
		"country=Check.Required", "email=Check.Required", "account=Check.Required",
		"controller=Check.Controller", "sentDate=Check.Required", "channel=Check.Required",
	}},
	{"follow-up fields ignored in an objection", Objection, func(f *Facts) {
		f.SentDate, f.Channel, f.Answer, f.Authority, f.FinalDays, f.Original = "x", "pigeon", "maybe", "nowhere", -1, "letter"
	}, nil},
	{"reminder needs no grounds", Reminder, func(f *Facts) { f.Reasons, f.Reason = nil, "" }, nil},
	{"objection reminder needs no IBAN", Reminder, func(f *Facts) { f.IBAN = "" }, nil},
	{"payment reminder needs the IBAN", Reminder, func(f *Facts) { f.Original, f.IBAN = "damages", "" }, []string{"iban=Check.Required"}},
	{"payment reminder needs no harms", Reminder, func(f *Facts) { f.Original, f.Harms = "damages", nil }, nil},
	{"complaint after a claim needs no IBAN", Complaint, func(f *Facts) { f.Original, f.IBAN = "damages", "" }, nil},
	{"unknown original", Reminder, func(f *Facts) { f.Original = "letter" }, []string{"original=Check.Choice"}},
	{"unknown channel", Reminder, func(f *Facts) { f.Channel = "pigeon" }, []string{"channel=Check.Choice"}},
	{"unknown answer", Complaint, func(f *Facts) { f.Answer = "maybe" }, []string{"answer=Check.Choice"}},
	{"no answer given means none", Complaint, func(f *Facts) { f.Answer = "" }, nil},
	{"an extension does not fit a claim", Reminder, func(f *Facts) { f.Original, f.Answer = "damages", "extended" }, []string{"answer=Check.Choice"}},
	{"sent after the follow-up", Reminder, func(f *Facts) { f.SentDate = "2025-06-04" }, []string{"sentDate=Check.SentDate.AfterLetter"}},
	{"sent on no such day", Reminder, func(f *Facts) { f.SentDate = "2025-02-30" }, []string{"sentDate=Check.Date"}},
	{"reminder before the letter", Complaint, func(f *Facts) { f.ReminderDate = "2025-04-27" }, []string{"reminderDate=Check.ReminderDate.Order"}},
	{"reminder after the complaint", Complaint, func(f *Facts) { f.ReminderDate = "2025-06-04" }, []string{"reminderDate=Check.ReminderDate.Order"}},
	{"reminder between", Complaint, func(f *Facts) { f.ReminderDate = "2025-05-30" }, nil},
	{"final period too long", Reminder, func(f *Facts) { f.FinalDays = 91 }, []string{"finalDays=Check.PaymentDays"}},
	{"reference with a line break", Reminder, func(f *Facts) { f.Reference = "RR 1234\n5678 DE" }, []string{"reference=Check.SingleLine"}},
	{"unknown authority", Complaint, func(f *Facts) { f.Authority = "debfdi" }, []string{"authority=Check.Authority"}},
	{"no authority", Complaint, func(f *Facts) { f.Authority = "" }, []string{"authority=Check.Authority"}},
	{"a reminder needs no authority", Reminder, func(f *Facts) { f.Authority = "" }, nil},
}

func TestValidate(t *testing.T) {
	for _, tt := range validateCases {
		t.Run(tt.name, func(t *testing.T) {
			f := validFacts()
			tt.change(&f)
			got := fields(f.Validate(tt.kind))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Validate(%s) = %q, want %q", tt.kind, got, tt.want)
			}
		})
	}
}

// TestDefaultCurrencySupported: the currency a claim defaults to for each
// supported country is one Validate accepts.
func TestDefaultCurrencySupported(t *testing.T) {
	for _, c := range check.Countries() {
		if p := check.CurrencyCode(CurrencyOf(c)); !p.OK() {
			t.Errorf("CurrencyOf(%s) = %s, which Validate refuses", c, CurrencyOf(c))
		}
	}
}
