package cases

import (
	"slices"
	"testing"
	"time"

	"github.com/objector-eu/objector/app/letter"
)

func day(s string) time.Time {
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

var now = time.Date(2026, time.December, 7, 10, 0, 0, 0, time.UTC)

// facts are valid facts for both first letters.
func facts() letter.Facts {
	return letter.Facts{
		Name: "Erika Mustermann", Street: "Heidestraße 17", PostalCode: "10557", City: "Berlin",
		Country: "DE", Email: "erika@example.org", Account: "facebook.com/erika", Controller: "meta",
		Reasons: []string{"health"}, Harms: []string{"control"}, Amount: "500",
		IBAN: "DE89370400440532013000", PaymentDays: 14, Date: "2026-06-03",
	}
}

func objection(sent string, ch Channel) Case {
	return New("c1", letter.Objection, "de", facts(), sent, ch, "", now)
}

func TestDeadline(t *testing.T) {
	for _, tc := range []struct {
		name     string
		c        func() Case
		want     string
		estimate bool
	}{
		{"e-mail: one month from sending", func() Case { return objection("2026-06-03", Email) }, "2026-07-03", false},
		{"web form: one month from sending", func() Case { return objection("2026-01-31", Form) }, "2026-02-28", false},
		{"post: an estimate, with the postal allowance", func() Case { return objection("2026-06-03", Post) }, "2026-07-10", true},
		{"registered post: an estimate too", func() Case { return objection("2026-01-24", Registered) }, "2026-02-28", true},
		{"post with the delivery date known", func() Case {
			c := objection("2026-06-03", Registered)
			c.RecordDelivery("2026-06-05", now)
			return c
		}, "2026-07-05", false},
		{"extended by two months (Art. 12(3))", func() Case {
			c := objection("2026-06-03", Email)
			c.RecordAnswer(Extended, "2026-06-20", now)
			return c
		}, "2026-09-03", false},
		{"extended, by post: three months from the estimated receipt", func() Case {
			c := objection("2026-05-24", Post)
			c.RecordAnswer(Extended, "2026-06-20", now)
			return c
		}, "2026-08-31", true},
		{"damages: the payment date the letter set", func() Case {
			return New("d", letter.Damages, "de", facts(), "2026-06-04", Post, "", now)
		}, "2026-06-17", false},
		{"damages without a letter date: from sending", func() Case {
			f := facts()
			f.Date, f.PaymentDays = "", 30
			return New("d", letter.Damages, "de", f, "2026-06-04", Email, "", now)
		}, "2026-07-04", false},
		{"after a reminder: its last period", func() Case {
			c := objection("2026-06-03", Email)
			c.RecordReminder("2026-07-10", 0, now)
			return c
		}, "2026-07-24", false},
		{"after a reminder of 10 days", func() Case {
			c := objection("2026-06-03", Email)
			c.RecordReminder("2026-07-10", 10, now)
			return c
		}, "2026-07-20", false},
		{"after a complaint: the authority's three months (Art. 78(2))", func() Case {
			c := objection("2026-06-03", Email)
			c.RecordComplaint("2026-08-31", "deberlbdi", now)
			return c
		}, "2026-11-30", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, estimate := tc.c().Deadline()
			if got.Format(dateLayout) != tc.want || estimate != tc.estimate {
				t.Errorf("Deadline() = %s, estimate %v; want %s, %v", got.Format(dateLayout), estimate, tc.want, tc.estimate)
			}
		})
	}
}

func TestDeadlineOfBrokenCase(t *testing.T) {
	c := objection("not a date", Email)
	if d, _ := c.Deadline(); !d.IsZero() {
		t.Errorf("Deadline of a case with no sending date = %v, want none", d)
	}
	if s := c.StatusOn(now); s.State != Waiting || s.Days != 0 {
		t.Errorf("StatusOn = %+v, want waiting with no count", s)
	}
}

func TestStatus(t *testing.T) {
	c := objection("2026-06-03", Email) // deadline 2026-07-03
	for _, tc := range []struct {
		today string
		state State
		days  int
	}{
		{"2026-06-03", Waiting, 30},
		{"2026-07-02", Waiting, 1},
		{"2026-07-03", DueToday, 0},
		{"2026-07-04", Overdue, 1},
		{"2026-08-12", Overdue, 40},
	} {
		t.Run(tc.today, func(t *testing.T) {
			// The time of day and zone do not change the count.
			today := day(tc.today).Add(23*time.Hour + 30*time.Minute).In(time.FixedZone("", -11*3600))
			s := c.StatusOn(day(tc.today))
			s2 := c.StatusOn(today)
			if s.State != tc.state || s.Days != tc.days || s2.State != s.State {
				t.Errorf("StatusOn(%s) = %s %d (late in the day: %s), want %s %d", tc.today, s.State, s.Days, s2.State, tc.state, tc.days)
			}
		})
	}
}

// TestTransitions walks every answer and event through status and next step.
func TestTransitions(t *testing.T) {
	before, after := day("2026-06-20"), day("2026-08-12") // deadline 2026-07-03
	type event func(c *Case)
	answer := func(a Answer) event { return func(c *Case) { c.RecordAnswer(a, "2026-07-15", now) } }
	// An answer before the reminder is what the reminder was about.
	oldAnswer := func(a Answer) event { return func(c *Case) { c.RecordAnswer(a, "2026-06-15", now) } }
	remind := func(c *Case) { c.RecordReminder("2026-07-10", 14, now) }
	complain := func(c *Case) { c.RecordComplaint("2026-07-30", "deberlbdi", now) }
	closeIt := func(c *Case) { c.SetClosed(true, now) }
	reopen := func(c *Case) { c.SetClosed(false, now) }
	for _, tc := range []struct {
		name   string
		kind   letter.Kind
		events []event
		today  time.Time
		state  State
		next   Step
	}{
		{"no answer yet, deadline ahead", letter.Objection, nil, before, Waiting, StepWait},
		{"no answer, deadline passed: reminder", letter.Objection, nil, after, Overdue, StepReminder},
		{"recorded no answer, deadline passed: reminder", letter.Objection, []event{answer(NoAnswer)}, after, Overdue, StepReminder},
		{"reminder sent, its period ahead", letter.Objection, []event{remind}, day("2026-07-20"), Waiting, StepWait},
		{"reminder sent, its period passed: complaint", letter.Objection, []event{remind}, after, Overdue, StepComplaint},
		{"complied: close", letter.Objection, []event{answer(Complied)}, before, Answered, StepClose},
		{"refused: complaint", letter.Objection, []event{answer(Refused)}, before, Answered, StepComplaint},
		{"partly complied: complaint", letter.Objection, []event{answer(Partial)}, before, Answered, StepComplaint},
		{"extended: wait the longer time", letter.Objection, []event{answer(Extended)}, after, Waiting, StepWait},
		{"extended, then passed: reminder", letter.Objection, []event{answer(Extended)}, day("2026-09-04"), Overdue, StepReminder},
		{"identity asked, deadline ahead", letter.Objection, []event{answer(Identity)}, before, Waiting, StepWait},
		{"identity asked, deadline passed: reminder", letter.Objection, []event{answer(Identity)}, after, Overdue, StepReminder},
		{"refused after a reminder: complaint", letter.Objection, []event{remind, answer(Refused)}, after, Answered, StepComplaint},
		{"partly complied, reminded, period ahead", letter.Objection, []event{oldAnswer(Partial), remind}, day("2026-07-20"), Waiting, StepWait},
		{"partly complied, reminded, period passed: complaint", letter.Objection, []event{oldAnswer(Partial), remind}, after, Overdue, StepComplaint},
		{"complaint lodged: with the authority", letter.Objection, []event{remind, complain}, after, Waiting, StepClose},
		{"complied after the complaint: close", letter.Objection, []event{remind, complain, answer(Complied)}, after, Answered, StepClose},
		{"closed", letter.Objection, []event{answer(Complied), closeIt}, after, Closed, StepNone},
		{"reopened", letter.Objection, []event{closeIt, reopen}, after, Overdue, StepReminder},
		{"claim: paid", letter.Damages, []event{answer(Paid)}, before, Answered, StepClose},
		{"claim: partly paid: reminder of the rest", letter.Damages, []event{answer(Partial)}, before, Answered, StepReminder},
		{"claim: partly paid after a reminder: complaint", letter.Damages, []event{remind, answer(Partial)}, after, Answered, StepComplaint},
		{"claim: partly paid, reminded, period ahead", letter.Damages, []event{oldAnswer(Partial), remind}, day("2026-07-20"), Waiting, StepWait},
		{"claim: refused: complaint", letter.Damages, []event{answer(Refused)}, before, Answered, StepComplaint},
		{"claim: unpaid past the date: reminder", letter.Damages, nil, after, Overdue, StepReminder},
		{"claim: before the payment date", letter.Damages, nil, day("2026-06-10"), Waiting, StepWait},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New("c1", tc.kind, "en", facts(), "2026-06-03", Email, "", now)
			for _, e := range tc.events {
				e(&c)
			}
			if s := c.StatusOn(tc.today); s.State != tc.state {
				t.Errorf("state %s, want %s", s.State, tc.state)
			}
			if n := c.NextOn(tc.today); n != tc.next {
				t.Errorf("next step %s, want %s", n, tc.next)
			}
		})
	}
}

func TestFollowUpFacts(t *testing.T) {
	c := New("c1", letter.Damages, "de", facts(), "2026-06-04", Registered, "RT 1", now)
	c.RecordAnswer(Partial, "2026-06-20", now)
	r := c.ReminderFacts("2026-07-01", 10)
	if r.Original != "damages" || r.SentDate != "2026-06-04" || r.Channel != "registered" ||
		r.Reference != "RT 1" || r.Answer != "partial" || r.FinalDays != 10 || r.Date != "2026-07-01" {
		t.Errorf("ReminderFacts = %+v", r)
	}
	if errs := r.Validate(letter.Reminder); len(errs) != 0 {
		t.Errorf("the reminder's facts do not validate: %v", errs)
	}
	c.RecordReminder("2026-07-01", 10, now)
	co := c.ComplaintFacts("2026-07-20", "deberlbdi")
	if co.Authority != "deberlbdi" || co.ReminderDate != "2026-07-01" || co.Date != "2026-07-20" {
		t.Errorf("ComplaintFacts = %+v", co)
	}
	if errs := co.Validate(letter.Complaint); len(errs) != 0 {
		t.Errorf("the complaint's facts do not validate: %v", errs)
	}
	// No answer recorded is cited as none.
	if f := objection("2026-06-03", Email).ReminderFacts("2026-07-10", 0); f.Answer != "none" {
		t.Errorf("answer %q, want none", f.Answer)
	}
}

func TestAnswersFit(t *testing.T) {
	// Every channel a case records is one a follow-up letter can cite.
	for _, ch := range Channels {
		if !slices.Contains(letter.Channels, string(ch)) {
			t.Errorf("a case records channel %q, which the letters cannot cite", ch)
		}
	}
	// Every answer a follow-up letter cites is one a case can record.
	for _, kind := range letter.Kinds {
		for _, a := range letter.Answers(kind) {
			if !knownAnswer(kind, Answer(a)) {
				t.Errorf("%s: the letter cites %q, which a case cannot record", kind, a)
			}
		}
	}
}
