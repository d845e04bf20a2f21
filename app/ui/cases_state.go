package ui

import (
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/cases"
	"github.com/objector-eu/objector/app/letter"
)

// CasesPath is the page of the person's case file ("My cases").
const CasesPath = "/cases"

// casesKey holds the case file, in localStorage when the person keeps
// their data on this device, else in the tab's sessionStorage.
const casesKey = "objector.cases"

// Where the cases live, for the view to say so.
const (
	storeKept   = "kept"   // localStorage: across visits, until deleted
	storeTab    = "tab"    // sessionStorage: until the tab is closed
	storeMemory = "memory" // nothing works (a sandboxed frame): this page only
)

// newCaseID makes a case id: unique enough to merge case files of a few
// devices, and not derived from anything the person typed.
func newCaseID(now time.Time) string {
	return strconv.FormatInt(now.UnixMilli(), 36) + "-" + strconv.FormatUint(rand.Uint64()>>16, 36)
}

// AddCase records a letter just sent as a new case.
func (s *State) AddCase(kind letter.Kind, lang string, f letter.Facts, sent string, ch cases.Channel, reference string) cases.Case {
	now := time.Now()
	c := cases.New(newCaseID(now), kind, lang, f, sent, ch, reference, now)
	s.Cases = append(s.Cases, c)
	s.casesChanged()
	return c
}

// UpdateCase changes the case with the id through f and stores the file.
func (s *State) UpdateCase(id string, f func(c *cases.Case, now time.Time)) {
	if i := cases.Index(s.Cases, id); i >= 0 {
		f(&s.Cases[i], time.Now())
		s.casesChanged()
	}
}

// DeleteCase removes the case with the id.
func (s *State) DeleteCase(id string) {
	if i := cases.Index(s.Cases, id); i >= 0 {
		s.Cases = append(s.Cases[:i:i], s.Cases[i+1:]...)
		s.casesChanged()
	}
}

// ImportCases merges a case file into the cases; on a refused file it
// returns the *cases.ImportError and changes nothing.
func (s *State) ImportCases(data []byte) (int, error) {
	merged, n, err := cases.Import(data, s.Cases)
	if err != nil {
		return 0, err
	}
	s.Cases = merged
	s.casesChanged()
	return n, nil
}

func (s *State) casesChanged() {
	s.rev++
	if s.saveCases != nil {
		s.saveCases()
	}
}

// loadCases reads the case file kept in a store, nil when none or unreadable.
func loadCases(st *storage) []cases.Case {
	raw, ok := st.Get(casesKey)
	if !ok {
		return nil
	}
	cs, _, err := cases.Import([]byte(raw), nil)
	if err != nil {
		app.Log("cases not read:", err)
		return nil
	}
	return cs
}

// storeCases writes the case file into a store.
func storeCases(st *storage, cs []cases.Case) {
	if st == nil {
		return
	}
	if len(cs) == 0 {
		st.Del(casesKey)
		return
	}
	data, err := cases.Export(cs, time.Now())
	if err == nil {
		err = st.Set(casesKey, string(data))
	}
	if err != nil {
		app.Log("cases not stored:", err)
	}
}
