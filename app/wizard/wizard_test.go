package wizard

import (
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/objector-eu/objector/app/letter"
)

func TestStepOf(t *testing.T) {
	tests := []struct {
		field string
		want  Step
	}{
		{"task", StepTask},
		{"controller", StepCompany},
		{"otherController", StepCompany},
		{"otherController.city", StepCompany},
		{"otherController.email", StepCompany},
		{"name", StepAbout},
		{"street", StepAbout},
		{"postalCode", StepAbout},
		{"city", StepAbout},
		{"country", StepAbout},
		{"email", StepAbout},
		{"account", StepAbout},
		{"reasons", StepSituation},
		{"reason", StepSituation},
		{"iban", StepSituation},
		{"amount", StepSituation},
		{"objectionDate", StepSituation},
		{"date", StepReview},
		{"somethingNew", StepSituation},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			if got := StepOf(tt.field); got != tt.want {
				t.Errorf("StepOf(%q) = %d, want %d", tt.field, got, tt.want)
			}
		})
	}
}

func TestForStepAndMerge(t *testing.T) {
	a := []letter.FieldError{{Field: "name", Message: "A"}, {Field: "iban", Message: "B"}, {Field: "email", Message: "C"}}
	b := []letter.FieldError{{Field: "name", Message: "D"}, {Field: "otherController.city", Message: "E"}}
	merged := Merge(a, b)
	wantFields := []string{"name", "iban", "email", "otherController.city"}
	var got []string
	for _, e := range merged {
		got = append(got, e.Field)
	}
	if !reflect.DeepEqual(got, wantFields) {
		t.Fatalf("Merge fields = %v, want %v", got, wantFields)
	}
	if merged[0].Message != "A" {
		t.Errorf("Merge kept %q for name, want the first letter's A", merged[0].Message)
	}
	about := ForStep(merged, StepAbout)
	if len(about) != 2 || about[0].Field != "name" || about[1].Field != "email" {
		t.Errorf("ForStep(about) = %v", about)
	}
	if e, ok := ForField(merged, "otherController.city"); !ok || e.Message != "E" {
		t.Errorf("ForField = %v, %v", e, ok)
	}
	if _, ok := ForField(merged, "city"); ok {
		t.Error("ForField found an error for a field without one")
	}
}

func TestTaskKinds(t *testing.T) {
	tests := []struct {
		task Task
		want []letter.Kind
	}{
		{TaskObjection, []letter.Kind{letter.Objection}},
		{TaskDamages, []letter.Kind{letter.Damages}},
		{TaskBoth, []letter.Kind{letter.Objection, letter.Damages}},
		{"", nil},
		{"bogus", nil},
	}
	for _, tt := range tests {
		t.Run(string(tt.task), func(t *testing.T) {
			if got := tt.task.Kinds(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Kinds = %v, want %v", got, tt.want)
			}
			for _, k := range letter.Kinds {
				want := false
				for _, w := range tt.want {
					want = want || w == k
				}
				if tt.task.Has(k) != want {
					t.Errorf("Has(%s) = %v", k, !want)
				}
			}
		})
	}
}

func TestParseLinkApply(t *testing.T) {
	langs := func(s string) bool { return s == "en" || s == "de" }
	ctrls := func(s string) bool { return s == "meta" || s == "linkedin" }
	tests := []struct {
		name     string
		query    string
		wantLink Link
		wantStep Step
	}{
		{"full", "lang=de&letter=objection&controller=meta", Link{"de", TaskObjection, "meta"}, StepAbout},
		{"letter only", "letter=damages", Link{"", TaskDamages, ""}, StepCompany},
		{"company only", "controller=linkedin", Link{"", "", "linkedin"}, StepTask},
		{"both", "letter=both&controller=linkedin", Link{"", TaskBoth, "linkedin"}, StepAbout},
		{"unknown values ignored", "lang=xx&letter=spam&controller=acme", Link{}, StepTask},
		{"lang only keeps the step", "lang=en", Link{Lang: "en"}, StepTask},
		{"empty", "", Link{}, StepTask},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := url.ParseQuery(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			l := ParseLink(q, langs, ctrls)
			if l != tt.wantLink {
				t.Fatalf("ParseLink = %+v, want %+v", l, tt.wantLink)
			}
			d := NewDraft()
			l.Apply(&d)
			if d.Step != tt.wantStep {
				t.Errorf("step = %d, want %d", d.Step, tt.wantStep)
			}
			if l.Task != "" && d.Task != l.Task {
				t.Errorf("task = %q, want %q", d.Task, l.Task)
			}
			if l.Controller != "" && d.Facts.Controller != l.Controller {
				t.Errorf("controller = %q, want %q", d.Facts.Controller, l.Controller)
			}
		})
	}
}

func TestLinkKeepsPersonalData(t *testing.T) {
	d := NewDraft()
	d.Facts.Name = "Erika Mustermann"
	d.ChooseManual()
	d.Facts.Other.Name = "Acme"
	Link{Task: TaskObjection, Controller: "meta"}.Apply(&d)
	if d.Facts.Name != "Erika Mustermann" {
		t.Errorf("the link changed the name: %q", d.Facts.Name)
	}
	if d.Manual || d.Facts.Other != nil || d.Facts.Controller != "meta" {
		t.Errorf("the link did not switch to the catalog company: %+v", d)
	}
}

func TestChooseKeepsManualInput(t *testing.T) {
	d := NewDraft()
	d.ChooseManual()
	d.Facts.Other.Name = "Acme"
	d.ChooseManual() // pressing "another company" again keeps what was typed
	if d.Facts.Other.Name != "Acme" || d.Facts.Controller != "" || !d.Manual {
		t.Errorf("ChooseManual lost input: %+v", d)
	}
	d.ChooseController("meta")
	if d.Manual || d.Facts.Other != nil || d.Facts.Controller != "meta" {
		t.Errorf("ChooseController: %+v", d)
	}
}

func TestDraftRoundTrip(t *testing.T) {
	d := NewDraft()
	d.Step = StepSituation
	d.Task = TaskBoth
	d.LetterLang = "de"
	d.Facts.Name = "Erika Mustermann"
	d.Facts.Reasons = []string{"health", "children"}
	d.Facts.IBAN = "DE89 3704 0044 0532 0130 00"
	d.ChooseManual()
	d.Facts.Other.City = "Dublin"
	got, err := DecodeDraft(EncodeDraft(d))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, d) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, d)
	}
}

func TestDecodeDraftRepairs(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantErr  bool
		wantStep Step
		wantTask Task
	}{
		{"garbage", "not json", true, StepTask, ""},
		{"old version", `{"v":0,"step":4,"task":"objection"}`, true, StepTask, ""},
		{"step too far", `{"v":1,"step":99,"task":"damages"}`, false, StepSend, TaskDamages},
		{"step too small", `{"v":1,"step":-3,"task":"damages"}`, false, StepTask, TaskDamages},
		{"unknown task", `{"v":1,"step":4,"task":"sue"}`, false, StepTask, ""},
		{"manual without address", `{"v":1,"step":2,"task":"objection","manual":true}`, false, StepCompany, TaskObjection},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := DecodeDraft(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if d.Step != tt.wantStep || d.Task != tt.wantTask {
				t.Errorf("got step %d task %q, want %d %q", d.Step, d.Task, tt.wantStep, tt.wantTask)
			}
			if d.Manual && d.Facts.Other == nil {
				t.Error("manual draft without an address would crash the form")
			}
		})
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	s := Settings{KeepDraft: true, Lang: "de"}
	if got := DecodeSettings(EncodeSettings(s)); got != s {
		t.Errorf("got %+v", got)
	}
	if got := DecodeSettings("{"); got != (Settings{}) {
		t.Errorf("garbage gave %+v", got)
	}
}

func TestFactsFor(t *testing.T) {
	today := time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)
	d := NewDraft()
	d.Task = TaskBoth
	if got := d.FactsFor(letter.Damages, today).ObjectionDate; got != "2026-03-31" {
		t.Errorf("both: objection date %q, want today", got)
	}
	if got := d.FactsFor(letter.Objection, today).ObjectionDate; got != "" {
		t.Errorf("objection letter got an objection date %q", got)
	}
	d.Facts.ObjectionDate = "2026-02-01"
	if got := d.FactsFor(letter.Damages, today).ObjectionDate; got != "2026-02-01" {
		t.Errorf("the person's date was replaced: %q", got)
	}
	if got := d.FactsFor(letter.Objection, today).Date; got != "2026-03-31" {
		t.Errorf("letter date %q, want today", got)
	}
	d.Facts.Date = "2026-04-02"
	d.Facts.ObjectionDate = ""
	if got := d.FactsFor(letter.Damages, today).ObjectionDate; got != "2026-04-02" {
		t.Errorf("both: objection date %q, want the letter's date", got)
	}
	d.Task = TaskDamages
	if got := d.FactsFor(letter.Damages, today).ObjectionDate; got != "" {
		t.Errorf("damages alone invented an objection date %q", got)
	}
}

func TestValidate(t *testing.T) {
	today := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	var checked []letter.Kind
	check := func(f letter.Facts, k letter.Kind) []letter.FieldError {
		checked = append(checked, k)
		errs := []letter.FieldError{{Field: "name", Message: "Check.Required"}}
		if k == letter.Damages {
			errs = append(errs, letter.FieldError{Field: "iban", Message: "Check.IBAN"})
		}
		return errs
	}
	d := NewDraft()
	errs := d.Validate(check, today)
	if !reflect.DeepEqual(checked, []letter.Kind{letter.Objection}) {
		t.Errorf("before a task was chosen, checked %v, want the shared fields (objection)", checked)
	}
	checked = nil
	if len(ForStep(errs, StepTask)) != 1 || len(ForStep(errs, StepCompany)) != 1 {
		t.Errorf("missing own errors: %v", errs)
	}
	d.Task = TaskBoth
	d.ChooseController("meta")
	errs = d.Validate(check, today)
	if !reflect.DeepEqual(checked, []letter.Kind{letter.Objection, letter.Damages}) {
		t.Errorf("checked %v", checked)
	}
	var fields []string
	for _, e := range errs {
		fields = append(fields, e.Field)
	}
	if strings.Join(fields, ",") != "name,iban" {
		t.Errorf("fields = %v", fields)
	}
}

func TestElementIDs(t *testing.T) {
	if got := ElementID("otherController.postalCode"); got != "f-otherController-postalCode" {
		t.Error(got)
	}
	if got := ErrorID("iban"); got != "err-iban" {
		t.Error(got)
	}
}

func FuzzDecodeDraft(f *testing.F) {
	f.Add(EncodeDraft(NewDraft()))
	f.Add(`{"v":1,"step":7,"task":"both","manual":true,"facts":{"otherController":null}}`)
	f.Add(`{"v":1,"facts":{"paymentDays":-5}}`)
	f.Fuzz(func(t *testing.T, s string) {
		d, _ := DecodeDraft(s)
		if !d.Step.Valid() {
			t.Errorf("step %d", d.Step)
		}
		if d.Manual && d.Facts.Other == nil {
			t.Error("manual without address")
		}
	})
}
