package locales

import (
	"sort"
	"strings"
)

// staticMessage is a message compiled into the program. The browser's
// build carries English this way (source_wasm.go, written from the
// *.en.json files by TestSourceTable), not as embedded files: reading
// those at every start-up was 2–3 ms of a warm start and 8–16 ms of a
// second visit, whose code V8 has not optimised yet. A static table is
// data the linker lays out; a Localizer finds a message in it by binary
// search, and nothing is parsed or allocated.
type staticMessage struct {
	id    string
	forms [len(pluralForms)]string
	has   uint8 // bit i: forms[i] is given
}

// pluralForms are the CLDR categories in the order of staticMessage.forms.
var pluralForms = [...]string{"zero", "one", "two", "few", "many", "other"}

// other is the index of "other", the form every message has.
const other = len(pluralForms) - 1

func formIndex(form string) int {
	for i, f := range pluralForms {
		if f == form {
			return i
		}
	}
	return -1
}

// form returns the text of a plural form, and whether the message has it.
func (m *staticMessage) form(form string) (string, bool) {
	if i := formIndex(form); i >= 0 && m.has&(1<<i) != 0 {
		return m.forms[i], true
	}
	return "", false
}

// message returns m as a Message (for Bundle.Messages and tools).
func (m *staticMessage) message() *Message {
	out := &Message{ID: m.id, Forms: map[string]string{}}
	for i, f := range pluralForms {
		if m.has&(1<<i) != 0 {
			out.Forms[f] = m.forms[i]
		}
	}
	return out
}

// staticTable is messages sorted by ID.
type staticTable []staticMessage

// find returns the message with the ID, or nil.
func (t staticTable) find(id string) *staticMessage {
	i := sort.Search(len(t), func(i int) bool { return t[i].id >= id })
	if i < len(t) && t[i].id == id {
		return &t[i]
	}
	return nil
}

// withPrefix returns the IDs that start with prefix, in order.
func (t staticTable) withPrefix(prefix string) []string {
	var out []string
	for i := sort.Search(len(t), func(i int) bool { return t[i].id >= prefix }); i < len(t) && strings.HasPrefix(t[i].id, prefix); i++ {
		out = append(out, t[i].id)
	}
	return out
}
