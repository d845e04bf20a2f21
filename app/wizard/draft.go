package wizard

import (
	"encoding/json"
	"errors"
	"time"

	"github.com/objector-eu/objector/app/letter"
)

// Storage keys. Nothing is written under them before the person turns on
// "Keep my draft on this device".
const (
	DraftKey    = "objector.draft"
	SettingsKey = "objector.settings"
)

// DraftVersion is the version of the stored draft's shape; a draft of
// another version is dropped rather than misread.
const DraftVersion = 1

// Defaults of the damages claim, as the wizard first shows them.
const (
	DefaultAmount      = "500"
	DefaultPaymentDays = 14
)

// Draft is everything the person entered and where they are: what the
// wizard keeps in memory and, if the person asks for it, on the device.
type Draft struct {
	Version int  `json:"v"`
	Step    Step `json:"step"`
	Task    Task `json:"task,omitempty"`
	// Manual is true when the person writes to a company they type in
	// ("another company") rather than one from the catalog.
	Manual bool `json:"manual,omitempty"`
	// LetterLang is the letter's language when the person chose one that
	// differs from the interface's; empty follows the interface.
	LetterLang string       `json:"letterLang,omitempty"`
	Facts      letter.Facts `json:"facts"`
}

// NewDraft returns the wizard's starting point.
func NewDraft() Draft {
	return Draft{
		Version: DraftVersion,
		Step:    StepTask,
		Facts:   letter.Facts{Amount: DefaultAmount, PaymentDays: DefaultPaymentDays},
	}
}

// Settings are the person's choices about the app itself, stored only
// together with a draft.
type Settings struct {
	// KeepDraft is the "Keep my draft on this device" switch.
	KeepDraft bool `json:"keepDraft"`
	// Lang is the interface language the person picked; empty when they
	// never picked one.
	Lang string `json:"lang,omitempty"`
}

// EncodeDraft serialises a draft for storage.
func EncodeDraft(d Draft) string {
	d.Version = DraftVersion
	b, err := json.Marshal(d)
	if err != nil { // Draft holds only strings, ints and slices of them.
		return ""
	}
	return string(b)
}

// ErrDraftVersion says a stored draft has another shape than this app's.
var ErrDraftVersion = errors.New("wizard: draft of another version")

// DecodeDraft reads a stored draft and repairs what a different app
// version or a hand-edited storage may have left: an unknown step or task,
// a missing controller.
func DecodeDraft(s string) (Draft, error) {
	var d Draft
	if err := json.Unmarshal([]byte(s), &d); err != nil {
		return NewDraft(), err
	}
	if d.Version != DraftVersion {
		return NewDraft(), ErrDraftVersion
	}
	d.sanitize()
	return d, nil
}

func (d *Draft) sanitize() {
	d.Step = d.Step.Clamp()
	if _, ok := ParseTask(string(d.Task)); !ok {
		d.Task = ""
	}
	if d.Task == "" && d.Step > StepTask {
		d.Step = StepTask
	}
	if d.Manual && d.Facts.Other == nil {
		d.Facts.Other = &letter.ManualController{}
	}
	if d.Facts.PaymentDays < 0 {
		d.Facts.PaymentDays = DefaultPaymentDays
	}
}

// EncodeSettings serialises settings for storage.
func EncodeSettings(s Settings) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// DecodeSettings reads stored settings; zero settings when unreadable.
func DecodeSettings(s string) Settings {
	var st Settings
	if err := json.Unmarshal([]byte(s), &st); err != nil {
		return Settings{}
	}
	return st
}

// ChooseController selects a catalog company and forgets a typed-in one.
func (d *Draft) ChooseController(id string) {
	d.Facts.Controller = id
	d.Manual = false
	d.Facts.Other = nil
}

// ChooseManual switches to a company the person types in; what they typed
// before is kept.
func (d *Draft) ChooseManual() {
	d.Facts.Controller = ""
	d.Manual = true
	if d.Facts.Other == nil {
		d.Facts.Other = &letter.ManualController{}
	}
}

// FactsFor returns the facts to compose letter k from on day today: the
// letter is dated today unless the draft names a date, and with TaskBoth the
// objection goes out the same day, so the damages letter cites the letter's
// date as the objection's unless the person gave another.
func (d Draft) FactsFor(k letter.Kind, today time.Time) letter.Facts {
	f := d.Facts
	if f.Date == "" {
		f.Date = today.Format(time.DateOnly)
	}
	if k == letter.Damages && d.Task == TaskBoth && f.ObjectionDate == "" {
		f.ObjectionDate = f.Date
	}
	return f
}

// Validate checks the facts of every letter the task writes (the objection's
// when none is chosen yet, for the fields every letter shares) with check,
// which is letter.Facts.Validate or a stand-in in tests, and adds the
// wizard's own checks: a task and a company must be chosen.
func (d Draft) Validate(check func(letter.Facts, letter.Kind) []letter.FieldError, today time.Time) []letter.FieldError {
	var lists [][]letter.FieldError
	var own []letter.FieldError
	if d.Task == "" {
		own = append(own, letter.FieldError{Field: FieldTask, Message: MsgChooseTask})
	}
	if d.Facts.Controller == "" && !d.Manual {
		own = append(own, letter.FieldError{Field: FieldController, Message: MsgChooseCompany})
	}
	lists = append(lists, own)
	kinds := d.Task.Kinds()
	if len(kinds) == 0 {
		// No task yet: the fields all letters share are still checked.
		kinds = []letter.Kind{letter.Objection}
	}
	for _, k := range kinds {
		lists = append(lists, check(d.FactsFor(k, today), k))
	}
	return Merge(lists...)
}

// Message IDs of the wizard's own checks (in ui.<lang>.json).
const (
	MsgChooseTask    = "Wizard.Task.Required"
	MsgChooseCompany = "Wizard.Company.Required"
)
