package letter_test

import (
	"fmt"
	"time"

	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/locales"
)

// ExampleCompose writes an objection to Meta in German and shows its head
// and its demands.
func ExampleCompose() {
	bundle, err := locales.Load()
	if err != nil {
		panic(err)
	}
	facts := letter.Facts{
		Name: "Erika Mustermann", Street: "Heidestraße 17", PostalCode: "10557", City: "Berlin",
		Country: "DE", Email: "erika@example.org", Account: "facebook.com/erika",
		Controller: "meta", Services: []string{"Instagram"},
		Reasons: []string{"creative"},
	}
	today := time.Date(2026, time.January, 31, 0, 0, 0, 0, time.UTC)
	doc, err := letter.Compose(letter.Objection, facts, bundle.Localizer("de"), today)
	if err != nil {
		panic(err)
	}
	fmt.Println(doc.PlaceDate)
	fmt.Println(doc.Subject)
	for _, b := range doc.Body {
		if b.Kind == letter.List {
			fmt.Println(b.Items[len(b.Items)-1])
		}
	}
	fmt.Println(doc.Reminder.Date.Format("2006-01-02"), doc.Reminder.Summary)
	// Output:
	// Berlin, 31. Januar 2026
	// Widerspruch gemäß Art. 21 Abs. 1 DSGVO gegen die Verwendung meiner personenbezogenen Daten für künstliche Intelligenz
	// mir innerhalb eines Monats nach Eingang dieses Schreibens, also bis zum 28. Februar 2026, schriftlich zu bestätigen, dass Sie diesen Aufforderungen nachgekommen sind (Art. 12 Abs. 3 DSGVO).
	// 2026-02-28 Antwortfrist: Widerspruch gegenüber Meta Platforms Ireland Limited
}
