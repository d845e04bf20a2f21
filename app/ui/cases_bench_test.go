package ui

import (
	"fmt"
	"testing"
	"time"

	"github.com/objector-eu/objector/app/cases"
	"github.com/objector-eu/objector/app/catalog"
	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/locales"
)

// BenchmarkCaseList is the Go side of drawing My cases with 50 cases:
// sorting them and writing the list's HTML (make bench measures the whole
// drawing in the browser).
func BenchmarkCaseList(b *testing.B) {
	bundle, err := locales.Load()
	if err != nil {
		b.Fatal(err)
	}
	today := time.Date(2026, time.December, 7, 0, 0, 0, 0, time.UTC)
	s := &State{Bundle: bundle, Loc: bundle.Localizer("en"), Today: today}
	ctrls := catalog.All()
	for i := range 50 {
		f := letter.Facts{Name: "Erika Mustermann", Street: "Heidestraße 17", PostalCode: "10557", City: "Berlin",
			Country: "DE", Email: "erika@example.org", Account: "erika", Controller: ctrls[i%len(ctrls)].ID,
			Reasons: []string{"health"}, Harms: []string{"control"}, Amount: "500", IBAN: "DE89370400440532013000"}
		sent := today.AddDate(0, 0, -3*i).Format(time.DateOnly)
		s.Cases = append(s.Cases, cases.New(fmt.Sprintf("c%d", i), letter.Objection, "en", f, sent, cases.Channels[i%4], "", today))
	}
	b.ResetTimer()
	for range b.N {
		for _, c := range sortedCases(s.Cases, today) {
			_ = caseItem(caseViewOf(s, c, ""), false, s.Loc)
		}
	}
}
