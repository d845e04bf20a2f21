package cases

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/objector-eu/objector/app/letter"
)

// The case file format, as Export writes it (one JSON object):
//
//	{
//	  "format": "objector-cases",
//	  "version": 1,
//	  "exported": "2026-12-07T10:00:00Z",
//	  "cases": [ { "id": "…", "kind": "objection", "lang": "de", "facts": {…},
//	               "sent": "2026-11-02", "channel": "registered", … } ]
//	}
//
// "facts" holds the letter's facts as the command line's facts.json does.
// A reader takes every version up to its own and refuses newer ones, so an
// older app never half-reads a newer file.
const (
	// Format names the file; a JSON file without it is not a case file.
	Format = "objector-cases"
	// Version is the format's version this code writes and reads.
	Version = 1
	// MaxFileSize bounds an imported file: a case is a few KiB, so 2 MiB
	// holds hundreds while a wrong file (a photo, a video) is refused fast.
	MaxFileSize = 2 << 20
	// MaxCases bounds the cases of one file.
	MaxCases = 1000
)

// File is the case file's JSON shape.
type File struct {
	Format   string `json:"format"`
	Version  int    `json:"version"`
	Exported string `json:"exported"`
	Cases    []Case `json:"cases"`
}

// ImportError is why a file was not imported: Message is a message ID the
// interface localizes (ui domain).
type ImportError struct{ Message string }

func (e *ImportError) Error() string { return "cases: import: " + e.Message }

// The import errors' message IDs.
const (
	MsgNotCaseFile = "Cases.Import.NotCaseFile"
	MsgTooLarge    = "Cases.Import.TooLarge"
	MsgNewer       = "Cases.Import.Newer"
	MsgDamaged     = "Cases.Import.Damaged"
)

// Export writes the cases as a case file.
func Export(cs []Case, now time.Time) ([]byte, error) {
	if cs == nil {
		cs = []Case{}
	}
	return json.Marshal(File{Format: Format, Version: Version, Exported: stamp(now), Cases: cs})
}

// Import reads a case file and merges its cases into have: a case already
// there is kept unless the file's copy changed later, a new one is added,
// none is duplicated and none is lost. It returns the merged cases and how
// many were added or updated. A file that is not a case file, too large,
// of a newer format or damaged (bad JSON, or any case that does not hold
// together) returns an *ImportError and have unchanged: nothing is half
// imported.
func Import(data []byte, have []Case) ([]Case, int, error) {
	if len(data) > MaxFileSize {
		return have, 0, &ImportError{MsgTooLarge}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	// First only the header: a file of another program is "not a case
	// file", not "damaged".
	var head struct {
		Format  string          `json:"format"`
		Version json.RawMessage `json:"version"`
	}
	if json.Unmarshal(data, &head) != nil {
		if json.Valid(data) || !bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
			return have, 0, &ImportError{MsgNotCaseFile}
		}
		return have, 0, &ImportError{MsgDamaged}
	}
	if head.Format != Format {
		return have, 0, &ImportError{MsgNotCaseFile}
	}
	var version int
	if json.Unmarshal(head.Version, &version) != nil || version < 1 {
		return have, 0, &ImportError{MsgDamaged}
	}
	if version > Version {
		return have, 0, &ImportError{MsgNewer}
	}
	var f File
	if err := json.Unmarshal(data, &f); err != nil || len(f.Cases) > MaxCases {
		return have, 0, &ImportError{MsgDamaged}
	}
	for _, c := range f.Cases {
		if !c.Valid() {
			return have, 0, &ImportError{MsgDamaged}
		}
	}
	merged, changed := Merge(have, f.Cases)
	return merged, changed, nil
}

// Merge adds the incoming cases to have: by id, the copy updated later wins
// (have's on a tie), new ids are appended in order. have is not changed.
func Merge(have, incoming []Case) ([]Case, int) {
	out := append([]Case(nil), have...)
	at := map[string]int{}
	for i, c := range out {
		at[c.ID] = i
	}
	changed := 0
	for _, c := range incoming {
		i, ok := at[c.ID]
		if !ok {
			at[c.ID] = len(out)
			out = append(out, c)
			changed++
			continue
		}
		if newer(c.Updated, out[i].Updated) {
			out[i] = c
			changed++
		}
	}
	return out, changed
}

// newer reports whether stamp a is later than b; an unreadable stamp is
// never newer.
func newer(a, b string) bool {
	ta, err := time.Parse(time.RFC3339, a)
	if err != nil {
		return false
	}
	tb, err := time.Parse(time.RFC3339, b)
	return err != nil || ta.After(tb)
}

// validID reports whether id is 1 to 40 of a-z, 0-9 and "-", as newCaseID
// makes them: safe in element ids and file names.
func validID(id string) bool {
	if len(id) == 0 || len(id) > 40 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// Valid reports whether a case holds together: a known id shape, kind,
// channel and answer, real dates, a time stamp, and facts within the
// limits a letter allows (a case is written only from a letter that was
// composed, so its facts were valid then).
func (c Case) Valid() bool {
	if !validID(c.ID) || len(c.Lang) == 0 || len(c.Lang) > 16 {
		return false
	}
	if c.Kind != letter.Objection && c.Kind != letter.Damages {
		return false
	}
	if !knownChannel(c.Channel) || !knownAnswer(c.Kind, c.Answer) {
		return false
	}
	if _, ok := parseDay(c.Sent); !ok {
		return false
	}
	for _, d := range []string{c.Received, c.Answered, c.Reminder, c.Complaint} {
		if _, ok := parseDay(d); d != "" && !ok {
			return false
		}
	}
	if c.ReminderDays < 0 || c.ReminderDays > letter.MaxPaymentDays || len(c.Reference) > 100 || len(c.Authority) > 40 {
		return false
	}
	if _, err := time.Parse(time.RFC3339, c.Updated); err != nil {
		return false
	}
	return len(c.Facts.Validate(c.Kind)) == 0
}

func knownChannel(ch Channel) bool {
	for _, x := range Channels {
		if x == ch {
			return true
		}
	}
	return false
}

func knownAnswer(kind letter.Kind, a Answer) bool {
	if a == "" {
		return true
	}
	for _, x := range AnswersFor(kind) {
		if x == a {
			return true
		}
	}
	return false
}

// Index returns the position of the case with the id, or -1.
func Index(cs []Case, id string) int {
	for i, c := range cs {
		if c.ID == id {
			return i
		}
	}
	return -1
}
