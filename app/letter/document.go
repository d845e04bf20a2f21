package letter

import "time"

// Kind names one of the letters Objector writes.
type Kind string

// The letters.
const (
	// Objection objects under Art. 21(1) GDPR to AI training on the person's data.
	Objection Kind = "objection"
	// Damages claims non-material damages under Art. 82 GDPR.
	Damages Kind = "damages"
	// Reminder follows either letter up when its deadline passed with no
	// (or no sufficient) answer: a last period, then a complaint.
	Reminder Kind = "reminder"
	// Complaint goes to a supervisory authority (Art. 77 GDPR).
	Complaint Kind = "complaint"
)

// Kinds lists the first letters, in the order the wizard offers them.
var Kinds = []Kind{Objection, Damages}

// AllKinds lists every letter kind.
var AllKinds = []Kind{Objection, Damages, Reminder, Complaint}

// FollowUp reports whether the kind follows a first letter up.
func (k Kind) FollowUp() bool { return k == Reminder || k == Complaint }

// ParseKind returns the Kind named s, or false.
func ParseKind(s string) (Kind, bool) {
	for _, k := range AllKinds {
		if string(k) == s {
			return k, true
		}
	}
	return "", false
}

// Document is a composed letter as data: every renderer (plain text, the
// preview, PDF, e-mail, calendar) renders this one value, so they never
// disagree about what the letter says.
type Document struct {
	Kind Kind
	// Lang is the letter's language (BCP 47).
	Lang string
	// Title names the letter for PDF metadata and file names.
	Title string
	// ReturnLine is the sender in one line, printed above the address in a
	// window envelope.
	ReturnLine string
	// Sender is the person's address block, one line each.
	Sender []string
	// Recipient is the controller's postal address, one line each, the
	// country last.
	Recipient []string
	// Notice is the dispatch note above the address (e.g. "By registered
	// post"); empty when none.
	Notice string
	// PlaceDate is the place-and-date line in the language's letter form.
	PlaceDate string
	// Date is the letter's date (a day, no time of day): exports use it for
	// file names and the PDF's creation date, so output is reproducible.
	Date time.Time
	// Subject is the subject line, without a "Re:" prefix when the language
	// writes none.
	Subject string
	// Salutation opens the letter ("Dear Sir or Madam,").
	Salutation string
	// Body holds the letter's paragraphs and lists in order.
	Body []Block
	// Closing is the complimentary close ("Yours faithfully,").
	Closing string
	// Signature is the name under the closing.
	Signature string
	// EnclosuresLabel heads the list of enclosures; both are empty when
	// nothing is enclosed.
	EnclosuresLabel string
	Enclosures      []string

	// To is the controller's e-mail address for mailto and .eml; empty when
	// the controller takes requests only by post or web form.
	To string
	// From is the person's e-mail address.
	From string
	// Reminder is the calendar entry for the deadline the letter sets.
	Reminder CalendarEntry
}

// CalendarEntry is a day to check whether the controller (or, after a
// complaint, the authority) has answered.
type CalendarEntry struct {
	// Date is the deadline (a day, no time of day).
	Date time.Time
	// Summary and Description are the calendar event's texts.
	Summary     string
	Description string
}

// BlockKind says how a Block is laid out.
type BlockKind int

// The block kinds.
const (
	// Paragraph is a block of running text.
	Paragraph BlockKind = iota
	// List is a numbered list of demands or points.
	List
	// Heading is a short bold line that introduces the blocks after it.
	Heading
)

// Block is one part of the letter's body.
type Block struct {
	Kind  BlockKind
	Text  string   // Paragraph and Heading; for a List, an optional lead-in
	Items []string // List only
}
