package wizard

import (
	"strconv"
	"strings"

	"github.com/objector-eu/objector/app/letter"
)

// Field returns the value of a text field of the draft by its name, as the
// form shows it; "" for a field that is not text.
func (d *Draft) Field(name string) string {
	if p := d.textField(name); p != nil {
		return *p
	}
	if name == FieldPaymentDays {
		if d.Facts.PaymentDays == 0 {
			return ""
		}
		return strconv.Itoa(d.Facts.PaymentDays)
	}
	return ""
}

// SetField stores what the person typed into a text field. Values are kept
// as typed (Validate and the letter engine normalise them), except the
// payment days, which are a number: anything else leaves them unset, so the
// letter uses the default.
func (d *Draft) SetField(name, value string) {
	if p := d.textField(name); p != nil {
		*p = value
		return
	}
	if name == FieldPaymentDays {
		n, err := strconv.Atoi(strings.TrimSpace(value))
		if err != nil || n < 0 {
			n = 0
		}
		d.Facts.PaymentDays = n
	}
}

func (d *Draft) textField(name string) *string {
	f := &d.Facts
	if part, ok := strings.CutPrefix(name, FieldOther+"."); ok {
		if f.Other == nil {
			f.Other = &letter.ManualController{}
		}
		o := f.Other
		switch part {
		case "name":
			return &o.Name
		case "street":
			return &o.Street
		case "postalCode":
			return &o.PostalCode
		case "city":
			return &o.City
		case "country":
			return &o.Country
		case "email":
			return &o.Email
		}
		return nil
	}
	switch name {
	case FieldName:
		return &f.Name
	case FieldStreet:
		return &f.Street
	case FieldPostalCode:
		return &f.PostalCode
	case FieldCity:
		return &f.City
	case FieldCountry:
		return &f.Country
	case FieldEmail:
		return &f.Email
	case FieldAccount:
		return &f.Account
	case FieldReason:
		return &f.Reason
	case FieldHarmText:
		return &f.HarmText
	case FieldAmount:
		return &f.Amount
	case FieldCurrency:
		return &f.Currency
	case FieldIBAN:
		return &f.IBAN
	case FieldAccountHolder:
		return &f.AccountHolder
	case FieldObjectionDate:
		return &f.ObjectionDate
	case FieldDate:
		return &f.Date
	}
	return nil
}

// Toggle turns one id of a checkbox group on or off and keeps the group in
// the order of all (the order the letter lists them in); ids not in all are
// dropped.
func Toggle(selected []string, all []string, id string, on bool) []string {
	set := map[string]bool{}
	for _, s := range selected {
		set[s] = true
	}
	set[id] = on
	var out []string
	for _, a := range all {
		if set[a] {
			out = append(out, a)
		}
	}
	return out
}

// Contains reports whether list holds s.
func Contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
