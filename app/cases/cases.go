// Package cases is the person's case file: each letter they sent, when and
// how, what the company answered, and so the next step (a reminder, a
// complaint to a supervisory authority, closing the case). It is pure Go:
// no go-app, no syscall/js and no clock (today is always an argument), so
// deadlines and statuses are tested natively. The case file lives only on
// the person's device; this package never stores or sends anything.
package cases

import (
	"strings"
	"time"

	"github.com/objector-eu/objector/app/letter"
)

// dateLayout is how cases write days (ISO 8601), as letter.Facts do.
const dateLayout = "2006-01-02"

// Channel is how a letter was sent.
type Channel string

// The channels.
const (
	Post       Channel = "post"
	Registered Channel = "registered"
	Email      Channel = "email"
	Form       Channel = "form"
)

// Channels lists every channel, in the order the form offers them.
var Channels = []Channel{Email, Form, Registered, Post}

// Answer is what the company did about the letter.
type Answer string

// The answers. NoAnswer is also the zero value's meaning.
const (
	NoAnswer Answer = "none"
	// Complied: it stopped, erased and confirmed (objection).
	Complied Answer = "complied"
	// Refused: it refused, or claimed compelling grounds it did not show.
	Refused Answer = "refused"
	// Extended: it extended its time by up to two months (Art. 12(3)).
	Extended Answer = "extended"
	// Identity: it asked for proof of identity (Art. 12(6)).
	Identity Answer = "identity"
	// Paid: it paid the compensation claimed (damages).
	Paid Answer = "paid"
	// Partial: it complied or paid in part only.
	Partial Answer = "partial"
)

// AnswersFor lists the answers a letter of the kind can get, in the order
// the form offers them.
func AnswersFor(kind letter.Kind) []Answer {
	if kind == letter.Damages {
		return []Answer{NoAnswer, Paid, Partial, Refused}
	}
	return []Answer{NoAnswer, Complied, Refused, Extended, Identity, Partial}
}

// PostalAllowance is the days a letter by post is taken to travel when the
// person has not entered its delivery date: the month of Art. 12(3) runs
// from receipt, so until the tracking shows the day, the deadline is an
// estimate that errs on the late side (cross-border letters in the EU take
// about three to five working days).
const PostalAllowance = 7

// DefaultReminderDays is the last period a reminder sets, in days: the
// reminder letter's own default.
const DefaultReminderDays = letter.DefaultFinalDays

// AuthorityMonths is the time a supervisory authority has to tell the
// complainant of the progress or outcome (Art. 78(2) GDPR).
const AuthorityMonths = 3

// Case is one letter sent and what followed. Dates are YYYY-MM-DD.
type Case struct {
	// ID tells cases apart across devices (import merges on it).
	ID string `json:"id"`
	// Kind is the first letter: objection or damages.
	Kind letter.Kind `json:"kind"`
	// Lang is the letter's language; the follow-ups default to it.
	Lang string `json:"lang"`
	// Facts are the facts the letter was written from, which the
	// follow-ups are written from too.
	Facts letter.Facts `json:"facts"`

	Sent      string  `json:"sent"`
	Channel   Channel `json:"channel"`
	Reference string  `json:"reference,omitempty"`
	// Received is the delivery date from the post's tracking, if known.
	Received string `json:"received,omitempty"`

	Answer Answer `json:"answer,omitempty"`
	// Answered is the day the answer came (or was recorded).
	Answered string `json:"answered,omitempty"`

	// Reminder is the day a reminder was sent, ReminderDays its last period.
	Reminder     string `json:"reminder,omitempty"`
	ReminderDays int    `json:"reminderDays,omitempty"`
	// Complaint is the day a complaint was lodged, with the authority's slug.
	Complaint string `json:"complaint,omitempty"`
	Authority string `json:"authority,omitempty"`

	Closed bool `json:"closed,omitempty"`
	// Updated is when the case last changed (RFC 3339): of two copies of
	// one case, the later wins.
	Updated string `json:"updated"`
}

// New makes the case of a letter just sent. The caller supplies the id
// (random) and the time, so the package stays free of clocks and entropy.
func New(id string, kind letter.Kind, lang string, f letter.Facts, sent string, ch Channel, reference string, now time.Time) Case {
	return Case{
		ID: id, Kind: kind, Lang: lang, Facts: f, Sent: sent, Channel: ch,
		Reference: strings.TrimSpace(reference), Updated: stamp(now),
	}
}

// stamp is how Updated is written.
func stamp(now time.Time) string { return now.UTC().Format(time.RFC3339) }

// parseDay reads a case's day; most are empty (no reminder yet), which
// is answered without time.Parse and the error it would allocate.
func parseDay(s string) (time.Time, bool) {
	if len(s) != len(dateLayout) {
		return time.Time{}, false
	}
	t, err := time.Parse(dateLayout, s)
	return t, err == nil
}

// Receipt returns the day the company received the letter: the delivery
// date when known, the sending day for e-mail and web forms, and for post
// the sending day plus PostalAllowance, marked as an estimate.
func (c Case) Receipt() (day time.Time, estimate bool) {
	if t, ok := parseDay(c.Received); ok {
		return t, false
	}
	sent, ok := parseDay(c.Sent)
	if !ok {
		return time.Time{}, false
	}
	if c.Channel == Post || c.Channel == Registered {
		return sent.AddDate(0, 0, PostalAllowance), true
	}
	return sent, false
}

// Deadline returns the day by which the company (or, after a complaint, the
// authority) had to act, and whether it is an estimate:
//   - after a complaint, the authority's three months (Art. 78(2));
//   - after a reminder, the last period the reminder set;
//   - a damages claim, the payment date its letter set;
//   - an objection, one month from receipt (Art. 12(3)), three when the
//     company extended.
func (c Case) Deadline() (day time.Time, estimate bool) {
	if t, ok := parseDay(c.Complaint); ok {
		return letter.MonthsAfter(t, AuthorityMonths), false
	}
	if t, ok := parseDay(c.Reminder); ok {
		return letter.PaymentDeadline(t, c.reminderDays()), false
	}
	if c.Kind == letter.Damages {
		written, ok := parseDay(c.Facts.Date)
		if !ok {
			if written, ok = parseDay(c.Sent); !ok {
				return time.Time{}, false
			}
		}
		return letter.PaymentDeadline(written, c.Facts.PaymentDays), false
	}
	receipt, estimate := c.Receipt()
	if receipt.IsZero() {
		return time.Time{}, false
	}
	months := 1
	if c.Answer == Extended {
		months = 3
	}
	return letter.MonthsAfter(receipt, months), estimate
}

func (c Case) reminderDays() int {
	if c.ReminderDays < 1 {
		return DefaultReminderDays
	}
	return c.ReminderDays
}

// State is where a case stands.
type State string

// The states.
const (
	Waiting  State = "waiting"  // the deadline is ahead (Days left)
	DueToday State = "due"      // the deadline is today
	Overdue  State = "overdue"  // the deadline passed (Days ago)
	Answered State = "answered" // the company answered; see Next
	Closed   State = "closed"
)

// Status is a case's state on a given day; Days counts the days left
// (Waiting) or overdue (Overdue), and Estimate says the deadline is one.
type Status struct {
	State    State
	Days     int
	Deadline time.Time
	Estimate bool
}

// answered reports whether the company's answer ends the waiting: it
// complied or paid, or it refused or did part since the last follow-up (an
// answer older than the reminder or complaint is what they were about). An
// extension or a request for identity keeps the clock running.
func (c Case) answered() bool {
	switch c.Answer {
	case Complied, Paid:
		return true
	case Refused, Partial:
		// ISO dates compare as strings.
		return c.Answered >= c.Reminder && c.Answered >= c.Complaint
	}
	return false
}

// StatusOn returns the case's status on the day today.
func (c Case) StatusOn(today time.Time) Status {
	deadline, estimate := c.Deadline()
	s := Status{Deadline: deadline, Estimate: estimate}
	switch {
	case c.Closed:
		s.State = Closed
	case c.answered():
		s.State = Answered
	case deadline.IsZero():
		s.State = Waiting
	default:
		days := daysBetween(today, deadline)
		switch {
		case days > 0:
			s.State, s.Days = Waiting, days
		case days == 0:
			s.State = DueToday
		default:
			s.State, s.Days = Overdue, -days
		}
	}
	return s
}

// daysBetween counts the calendar days from a to b (negative when b is
// earlier), whatever the time of day or zone of either.
func daysBetween(a, b time.Time) int {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	da := time.Date(ay, am, ad, 12, 0, 0, 0, time.UTC)
	db := time.Date(by, bm, bd, 12, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours() / 24)
}

// Step is the one next thing the case view offers.
type Step string

// The steps.
const (
	// StepWait: the deadline is ahead; the person can record an answer.
	StepWait Step = "wait"
	// StepReminder: write the reminder.
	StepReminder Step = "reminder"
	// StepComplaint: write the complaint to a supervisory authority.
	StepComplaint Step = "complaint"
	// StepClose: the matter is settled (or with the authority): close it.
	StepClose Step = "close"
	// StepNone: the case is closed.
	StepNone Step = "none"
)

// NextOn returns the next step on the day today: what the answer (or its
// absence past the deadline) calls for.
func (c Case) NextOn(today time.Time) Step {
	switch {
	case c.Closed:
		return StepNone
	case c.Answer == Complied || c.Answer == Paid:
		return StepClose
	case c.Complaint != "":
		// With the authority: the person closes the case when it ends.
		return StepClose
	case c.Answer == Refused && c.answered():
		return StepComplaint
	case c.Answer == Partial && c.answered():
		// A part payment calls for a reminder of the rest first; an
		// objection half complied with goes to the authority.
		if c.Kind == letter.Damages && c.Reminder == "" {
			return StepReminder
		}
		return StepComplaint
	}
	switch c.StatusOn(today).State {
	case Waiting, DueToday:
		return StepWait
	}
	if c.Reminder == "" {
		return StepReminder
	}
	return StepComplaint
}

// RecordAnswer notes what the company did, on the day given.
func (c *Case) RecordAnswer(a Answer, day string, now time.Time) {
	c.Answer, c.Answered, c.Updated = a, day, stamp(now)
}

// RecordDelivery notes the day the letter arrived (from tracking).
func (c *Case) RecordDelivery(day string, now time.Time) {
	c.Received, c.Updated = day, stamp(now)
}

// RecordReminder notes a reminder sent on the day, with its last period.
func (c *Case) RecordReminder(day string, days int, now time.Time) {
	c.Reminder, c.ReminderDays, c.Updated = day, days, stamp(now)
}

// RecordComplaint notes a complaint lodged on the day with the authority.
func (c *Case) RecordComplaint(day, authority string, now time.Time) {
	c.Complaint, c.Authority, c.Updated = day, authority, stamp(now)
}

// SetClosed closes or reopens the case.
func (c *Case) SetClosed(closed bool, now time.Time) {
	c.Closed, c.Updated = closed, stamp(now)
}

// ReminderFacts are the facts of the case's reminder, dated date: the
// first letter's facts with what the reminder cites of it.
func (c Case) ReminderFacts(date string, days int) letter.Facts {
	f := c.followUp(date)
	f.FinalDays = days
	return f
}

// ComplaintFacts are the facts of the complaint to the authority (a slug),
// dated date.
func (c Case) ComplaintFacts(date, authority string) letter.Facts {
	f := c.followUp(date)
	f.Authority = authority
	return f
}

func (c Case) followUp(date string) letter.Facts {
	f := c.Facts
	f.Original = string(c.Kind)
	f.SentDate = c.Sent
	f.Channel = string(c.Channel)
	f.Reference = c.Reference
	f.Answer = string(c.Answer)
	if f.Answer == "" {
		f.Answer = string(NoAnswer)
	}
	f.ReminderDate = c.Reminder
	f.Date = date
	return f
}
