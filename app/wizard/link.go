package wizard

import "net/url"

// Link is what a deep link preselects: only choices that say nothing about
// the person (language, letter, company), so a link can be shared or
// embedded safely.
type Link struct {
	// Lang is the interface language asked for; empty when none or unknown.
	Lang string
	// Task is the letter asked for; empty when none or unknown.
	Task Task
	// Controller is a catalog id; empty when none or unknown.
	Controller string
}

// ParseLink reads a deep link's query, e.g. ?lang=de&letter=objection&controller=meta.
// Values the app does not know are ignored: hasLang and hasController say
// which languages and catalog ids exist (either may be nil to accept none).
func ParseLink(q url.Values, hasLang, hasController func(string) bool) Link {
	var l Link
	if v := q.Get("lang"); v != "" && hasLang != nil && hasLang(v) {
		l.Lang = v
	}
	if t, ok := ParseTask(q.Get("letter")); ok {
		l.Task = t
	}
	if v := q.Get("controller"); v != "" && hasController != nil && hasController(v) {
		l.Controller = v
	}
	return l
}

// Chooses reports whether the link makes any choice of the wizard's (the
// language alone does not).
func (l Link) Chooses() bool { return l.Task != "" || l.Controller != "" }

// Apply makes the link's choices in d and moves d to the first step still
// open: with both letter and company chosen, that is "about you".
func (l Link) Apply(d *Draft) {
	if !l.Chooses() {
		return
	}
	if l.Task != "" {
		d.Task = l.Task
	}
	if l.Controller != "" {
		d.Facts.Controller = l.Controller
		d.Manual = false
		d.Facts.Other = nil
	}
	switch {
	case d.Task == "":
		d.Step = StepTask
	case d.Facts.Controller == "" && !d.Manual:
		d.Step = StepCompany
	default:
		d.Step = StepAbout
	}
}
