package wizard

import (
	"reflect"
	"testing"
	"time"

	"github.com/objector-eu/objector/app/letter"
)

func TestSetField(t *testing.T) {
	fields := []string{
		FieldName, FieldStreet, FieldPostalCode, FieldCity, FieldCountry, FieldEmail, FieldAccount,
		FieldReason, FieldHarmText, FieldAmount, FieldCurrency, FieldIBAN, FieldAccountHolder,
		FieldObjectionDate, FieldDate,
		OtherField("name"), OtherField("street"), OtherField("postalCode"), OtherField("city"),
		OtherField("country"), OtherField("email"),
	}
	d := NewDraft()
	for _, f := range fields {
		t.Run(f, func(t *testing.T) {
			d.SetField(f, "value of "+f)
			if got := d.Field(f); got != "value of "+f {
				t.Errorf("Field(%q) = %q", f, got)
			}
		})
	}
	// Every field kept its own value: no two names share storage.
	for _, f := range fields {
		if got := d.Field(f); got != "value of "+f {
			t.Errorf("after all sets, Field(%q) = %q", f, got)
		}
	}
	d.SetField("nonsense", "x")
	if d.Field("nonsense") != "" {
		t.Error("unknown field has a value")
	}
}

func TestSetPaymentDays(t *testing.T) {
	tests := []struct {
		in   string
		want int
		show string
	}{
		{"30", 30, "30"},
		{" 7 ", 7, "7"},
		{"", 0, ""},
		{"abc", 0, ""},
		{"-4", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d := NewDraft()
			d.SetField(FieldPaymentDays, tt.in)
			if d.Facts.PaymentDays != tt.want || d.Field(FieldPaymentDays) != tt.show {
				t.Errorf("got %d / %q", d.Facts.PaymentDays, d.Field(FieldPaymentDays))
			}
		})
	}
}

func TestToggle(t *testing.T) {
	all := []string{"health", "beliefs", "sexuality", "children"}
	var sel []string
	sel = Toggle(sel, all, "children", true)
	sel = Toggle(sel, all, "health", true)
	sel = Toggle(sel, all, "bogus", true)
	if !reflect.DeepEqual(sel, []string{"health", "children"}) {
		t.Errorf("got %v", sel)
	}
	sel = Toggle(sel, all, "health", false)
	if !reflect.DeepEqual(sel, []string{"children"}) || !Contains(sel, "children") || Contains(sel, "health") {
		t.Errorf("got %v", sel)
	}
}

// FuzzSetField types anything into any field and checks the draft: nothing
// the person types may panic the wizard, which in the browser would end the
// app.
func FuzzSetField(f *testing.F) {
	f.Add("iban", "DE89 3704 0044 0532 0130 00", "both")
	f.Add("otherController.city", "Köln\n", "objection")
	f.Add("paymentDays", "-99999999999999999999", "damages")
	f.Add("objectionDate", "2026-02-30", "damages")
	f.Fuzz(func(t *testing.T, field, value, task string) {
		d := NewDraft()
		d.Task = Task(task)
		d.SetField(field, value)
		_ = d.Field(field)
		today := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
		for _, e := range d.Validate(func(f letter.Facts, k letter.Kind) []letter.FieldError { return f.Validate(k) }, today) {
			if e.Message == "" {
				t.Errorf("problem without a message: %+v", e)
			}
		}
		if _, err := DecodeDraft(EncodeDraft(d)); err != nil {
			t.Errorf("draft does not round-trip: %v", err)
		}
	})
}
