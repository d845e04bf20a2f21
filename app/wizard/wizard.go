// Package wizard is the wizard's model without its user interface: the
// steps, which Facts fields each step edits, what a deep link preselects,
// and how a draft is kept on the device. It is pure Go (no go-app, no
// syscall/js), so all of it is tested natively; app/ui only draws it.
package wizard

import (
	"strings"

	"github.com/objector-eu/objector/app/letter"
)

// Step is one page of the wizard, numbered from 1 as the person sees it.
type Step int

// The steps, in order.
const (
	StepTask      Step = iota + 1 // what to do: objection, damages or both
	StepCompany                   // which company
	StepAbout                     // about you
	StepSituation                 // your situation (objection) / your claim (damages)
	StepReview                    // the letter as it will print
	StepSend                      // download, print, e-mail
)

// Count is the number of steps ("Step 3 of 6").
const Count = int(StepSend)

// Valid reports whether s is one of the steps.
func (s Step) Valid() bool { return s >= StepTask && s <= StepSend }

// Clamp returns s moved into the range of steps.
func (s Step) Clamp() Step {
	switch {
	case s < StepTask:
		return StepTask
	case s > StepSend:
		return StepSend
	}
	return s
}

// Task is what the person wants to do.
type Task string

// The tasks.
const (
	TaskObjection Task = "objection"
	TaskDamages   Task = "damages"
	// TaskBoth writes both letters; the damages letter refers to the
	// objection sent the same day.
	TaskBoth Task = "both"
)

// Tasks lists the tasks in the order the first step offers them.
var Tasks = []Task{TaskObjection, TaskDamages, TaskBoth}

// ParseTask returns the Task named s, or false.
func ParseTask(s string) (Task, bool) {
	for _, t := range Tasks {
		if string(t) == s {
			return t, true
		}
	}
	return "", false
}

// Kinds returns the letters a task writes, the objection first.
func (t Task) Kinds() []letter.Kind {
	switch t {
	case TaskObjection:
		return []letter.Kind{letter.Objection}
	case TaskDamages:
		return []letter.Kind{letter.Damages}
	case TaskBoth:
		return []letter.Kind{letter.Objection, letter.Damages}
	}
	return nil
}

// Has reports whether the task writes the letter k.
func (t Task) Has(k letter.Kind) bool {
	for _, x := range t.Kinds() {
		if x == k {
			return true
		}
	}
	return false
}

// Field names, as letter.FieldError and the Facts JSON tags spell them.
const (
	FieldTask          = "task" // the wizard's own: no task chosen yet
	FieldController    = "controller"
	FieldOther         = "otherController"
	FieldName          = "name"
	FieldStreet        = "street"
	FieldPostalCode    = "postalCode"
	FieldCity          = "city"
	FieldCountry       = "country"
	FieldEmail         = "email"
	FieldAccount       = "account"
	FieldReasons       = "reasons"
	FieldReason        = "reason"
	FieldHarms         = "harms"
	FieldHarmText      = "harmText"
	FieldAmount        = "amount"
	FieldCurrency      = "currency"
	FieldPaymentDays   = "paymentDays"
	FieldIBAN          = "iban"
	FieldAccountHolder = "accountHolder"
	FieldObjectionDate = "objectionDate"
	FieldDate          = "date"
)

// OtherField returns the field name of a part of the manually entered
// company, e.g. OtherField("city") is "otherController.city".
func OtherField(part string) string { return FieldOther + "." + part }

// StepOf returns the step that edits a field. Fields it does not know
// belong to the situation step, where the letter's content is edited.
func StepOf(field string) Step {
	switch {
	case field == FieldTask:
		return StepTask
	case field == FieldController, field == FieldOther, strings.HasPrefix(field, FieldOther+"."), field == "services":
		return StepCompany
	case field == FieldName, field == FieldStreet, field == FieldPostalCode, field == FieldCity,
		field == FieldCountry, field == FieldEmail, field == FieldAccount:
		return StepAbout
	case field == FieldDate:
		return StepReview
	}
	return StepSituation
}

// ForStep keeps the errors of the fields a step edits, in their order.
func ForStep(errs []letter.FieldError, s Step) []letter.FieldError {
	var out []letter.FieldError
	for _, e := range errs {
		if StepOf(e.Field) == s {
			out = append(out, e)
		}
	}
	return out
}

// ForField keeps the first error of one field, if any.
func ForField(errs []letter.FieldError, field string) (letter.FieldError, bool) {
	for _, e := range errs {
		if e.Field == field {
			return e, true
		}
	}
	return letter.FieldError{}, false
}

// Merge joins the errors of several letters, keeping the first error of
// each field: with TaskBoth both letters check the address, and the person
// should read about it once.
func Merge(lists ...[]letter.FieldError) []letter.FieldError {
	seen := map[string]bool{}
	var out []letter.FieldError
	for _, l := range lists {
		for _, e := range l {
			if seen[e.Field] {
				continue
			}
			seen[e.Field] = true
			out = append(out, e)
		}
	}
	return out
}

// ElementID returns the HTML id of a field's input: "f-" and the field
// name with dots as dashes, so it is a valid, CSS-safe id.
func ElementID(field string) string { return "f-" + strings.ReplaceAll(field, ".", "-") }

// ErrorID returns the HTML id of the element that shows a field's error,
// for aria-describedby.
func ErrorID(field string) string { return "err-" + strings.ReplaceAll(field, ".", "-") }
