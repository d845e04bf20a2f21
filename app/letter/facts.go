// Package letter is Objector's letter engine: the facts a person gives, their
// validation, and composing the objection (Art. 21 GDPR) and damages
// (Art. 82 GDPR) letters as a Document. It is pure Go: no go-app, no
// syscall/js, no clock and no global state, so it runs the same natively, in
// tests and in the browser.
package letter

// Facts is everything the person told the wizard (or the facts.json of the
// command line). Values are as typed; Validate checks them and the letter
// engine normalises them (e.g. groups the IBAN) when composing.
type Facts struct {
	// About the person.
	Name       string `json:"name"`
	Street     string `json:"street"`
	PostalCode string `json:"postalCode"`
	City       string `json:"city"`
	Country    string `json:"country"` // ISO 3166-1 alpha-2, e.g. "DE"
	Email      string `json:"email"`
	// Account is how the company knows the person: account name, profile
	// URL, or the e-mail address used there.
	Account string `json:"account"`

	// Controller is a catalog id ("meta", "linkedin", …); when empty, Other
	// holds a controller the person entered by hand.
	Controller string            `json:"controller"`
	Other      *ManualController `json:"otherController,omitempty"`
	// Services are the controller's services concerned (catalog names); all
	// of the controller's services when empty.
	Services []string `json:"services,omitempty"`

	// Objection: the guided reasons ticked (ids of ObjectionReasons) and the
	// person's own words.
	Reasons []string `json:"reasons,omitempty"`
	Reason  string   `json:"reason"`

	// Damages: the harms ticked (ids of Harms) and the person's own words.
	Harms    []string `json:"harms,omitempty"`
	HarmText string   `json:"harmText,omitempty"`
	// Amount is a decimal amount as typed ("500", "500.00" or "500,00").
	Amount string `json:"amount"`
	// Currency is an ISO 4217 code; the person's country's currency when empty.
	Currency string `json:"currency,omitempty"`
	// PaymentDays is the time to pay in days (14 when zero).
	PaymentDays   int    `json:"paymentDays,omitempty"`
	IBAN          string `json:"iban"`
	AccountHolder string `json:"accountHolder,omitempty"`
	// ObjectionDate (YYYY-MM-DD) is when the person objected, if they did;
	// the damages letter cites it.
	ObjectionDate string `json:"objectionDate,omitempty"`

	// Date (YYYY-MM-DD) is the letter's date; today when empty.
	Date string `json:"date"`

	// Follow-ups (the reminder and the complaint) cite the first letter.
	// Original is its kind ("objection" when empty, or "damages"),
	// SentDate (YYYY-MM-DD) when it was sent, Channel how ("post",
	// "registered", "email", "form") and Reference its optional tracking
	// or confirmation number; ReminderDate when a reminder followed.
	Original     string `json:"original,omitempty"`
	SentDate     string `json:"sentDate,omitempty"`
	Channel      string `json:"channel,omitempty"`
	Reference    string `json:"reference,omitempty"`
	ReminderDate string `json:"reminderDate,omitempty"`
	// Answer is what the company did: "none", "refused", "extended",
	// "identity" or "partial" ("none" when empty).
	Answer string `json:"answer,omitempty"`
	// FinalDays is the reminder's last period in days (14 when zero).
	FinalDays int `json:"finalDays,omitempty"`
	// Authority is the supervisory authority a complaint goes to, by its
	// slug ("deberlbdi", "iedpc").
	Authority string `json:"authority,omitempty"`
}

// ManualController is a company the person addresses that is not in the
// catalog.
type ManualController struct {
	Name       string `json:"name"`
	Street     string `json:"street"`
	PostalCode string `json:"postalCode"`
	City       string `json:"city"`
	Country    string `json:"country"` // ISO 3166-1 alpha-2
	Email      string `json:"email,omitempty"`
}

// FieldError is one problem with one field: Field is the Facts JSON name
// (e.g. "iban", "otherController.city") and Message a message ID the
// interface localizes, with Args for its placeholders.
type FieldError struct {
	Field   string
	Message string
	Args    map[string]any
}

func (e FieldError) Error() string { return e.Field + ": " + e.Message }
