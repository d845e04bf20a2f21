package ui

import (
	"sync/atomic"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/cases"
	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/wizard"
	"github.com/objector-eu/objector/locales"
)

// State is what the shell shares with every step: the draft being edited,
// the interface language and the errors on show. The shell owns it; a step
// changes it only through its methods, which keep the errors and the stored
// draft in step with what the person typed.
type State struct {
	Bundle *locales.Bundle
	// Loc speaks the interface language.
	Loc   *locales.Localizer
	Draft wizard.Draft
	// Errors are the problems on show, by field: a field shows its problem
	// once the person left it or pressed Next, never while first typing.
	Errors map[string]letter.FieldError
	// Today is the letters' date.
	Today time.Time
	// ReturnToReview is set when the person came from the review to edit a
	// step, so that step offers the way straight back.
	ReturnToReview bool
	// Cases is the person's case file (cases_state.go); CaseStore says
	// where it lives (storeKept, storeTab or storeMemory).
	Cases     []cases.Case
	CaseStore string

	rev     int
	changed func(app.Context)
	// saveCases stores the case file where the person chose (the shell).
	saveCases func()
	// showView moves between the wizard ("/") and the case file
	// (CasesPath) (the shell); framed says the app is in another page's
	// frame, as the shell found at mount.
	showView func(app.Context, string)
	framed   bool
	goTo     func(app.Context, wizard.Step)
	// preview patches the live preview at once (LivePreview), nil when
	// none is on show.
	preview func()
	// typed is when the draft last changed (UnixNano), read by the PDF
	// maker's warm-up on another goroutine.
	typed atomic.Int64
}

// lastInput is when the draft last changed.
func (s *State) lastInput() time.Time { return time.Unix(0, s.typed.Load()) }

// Rev counts changes, so a step component re-renders whenever the shared
// state changed (go-app compares a pointer, not what it points to).
func (s *State) Rev() int { return s.rev }

// Set stores what the person typed into a field; a problem already on show
// is re-checked at once, so it disappears as soon as the input is right.
func (s *State) Set(ctx app.Context, field, value string) {
	s.Draft.SetField(field, value)
	if _, shown := s.Errors[field]; shown {
		s.Check(field)
	}
	s.touch(ctx)
}

// Update changes the draft with f (for choices that are not text fields) and
// re-checks the fields given that show a problem.
func (s *State) Update(ctx app.Context, f func(d *wizard.Draft), fields ...string) {
	f(&s.Draft)
	for _, field := range fields {
		if _, shown := s.Errors[field]; shown {
			s.Check(field)
		}
	}
	s.touch(ctx)
}

func (s *State) touch(ctx app.Context) {
	s.rev++
	s.typed.Store(time.Now().UnixNano())
	if s.preview != nil {
		s.preview()
	}
	if s.changed != nil {
		s.changed(ctx)
	}
}

// Check shows the field's problem, or clears it: the person left the field.
func (s *State) Check(field string) {
	if e, bad := wizard.ForField(s.validate(), field); bad {
		s.Errors[field] = e
	} else {
		delete(s.Errors, field)
	}
	s.rev++
}

// CheckStep shows every problem of a step's fields and reports whether
// there was none.
func (s *State) CheckStep(step wizard.Step) bool {
	for f := range s.Errors {
		if wizard.StepOf(f) == step {
			delete(s.Errors, f)
		}
	}
	errs := wizard.ForStep(s.validate(), step)
	for _, e := range errs {
		s.Errors[e.Field] = e
	}
	s.rev++
	return len(errs) == 0
}

// FirstInvalidStep returns the first step with a problem, or 0 when every
// step is complete.
func (s *State) FirstInvalidStep() wizard.Step {
	errs := s.validate()
	first := wizard.Step(0)
	for _, e := range errs {
		if st := wizard.StepOf(e.Field); first == 0 || st < first {
			first = st
		}
	}
	return first
}

func (s *State) validate() []letter.FieldError {
	return s.Draft.Validate(checkFacts, s.Today)
}

// Message returns the field's problem in the interface language, or "".
func (s *State) Message(field string) string {
	e, ok := s.Errors[field]
	if !ok {
		return ""
	}
	return s.Loc.Tf(e.Message, locales.Args(e.Args))
}

// GoTo moves to a step; the shell moves the focus to its heading.
func (s *State) GoTo(ctx app.Context, step wizard.Step) {
	if s.goTo != nil {
		s.goTo(ctx, step)
	}
}

// viewLink leads to another view of the shell: a link at the top of the
// browser's window, where Back should come back; in a frame, a button that
// changes the view and replaces the address, since a link's pushState would
// add to the host page's history (the app never touches it).
func (s *State) viewLink(id, path string, body ...app.UI) app.UI {
	if !s.framed || s.showView == nil {
		return app.A().ID(id).Class("top-link").Href(path).Body(body...)
	}
	return app.Button().Type("button").ID(id).Class("top-link", "link-button").Body(body...).
		OnClick(func(ctx app.Context, e app.Event) { s.showView(ctx, path) }, app.EventScope(id+path))
}

// LetterLoc speaks the letter's language: the one chosen on the review, or
// the interface language.
func (s *State) LetterLoc() *locales.Localizer {
	if l := s.Draft.LetterLang; l != "" && s.Bundle.Has(l) && s.Bundle.Loaded(l) {
		return s.Bundle.Localizer(l)
	}
	return s.Loc
}

// Letters composes every letter of the task in the letter's language.
func (s *State) Letters() []composed {
	var out []composed
	for _, k := range s.Draft.Task.Kinds() {
		doc, err := s.compose(k)
		out = append(out, composed{Kind: k, Doc: doc, Err: err})
	}
	return out
}

// firstLetter is the first letter of the task that can be written yet,
// composing no further than that one (the live preview, on every key).
func (s *State) firstLetter() (letter.Document, bool) {
	for _, k := range s.Draft.Task.Kinds() {
		if doc, err := s.compose(k); err == nil {
			return doc, true
		}
	}
	return letter.Document{}, false
}

func (s *State) compose(k letter.Kind) (letter.Document, error) {
	return composeLetter(k, s.Draft.FactsFor(k, s.Today), s.LetterLoc(), s.Today)
}

// composed is one letter of the task, or why it could not be written yet.
type composed struct {
	Kind letter.Kind
	Doc  letter.Document
	Err  error
}
