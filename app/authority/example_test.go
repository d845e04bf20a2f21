package authority_test

import (
	"fmt"

	"github.com/objector-eu/objector/app/authority"
)

// A person in Germany complains to the authority of their Land, found
// from the postal code; where the code lies in two Länder, the person is
// asked.
func ExampleForResidence() {
	a, sure := authority.ForResidence("DE", "80331")
	fmt.Println(a.Slug, a.City, sure)
	_, sure = authority.ForResidence("DE", "21039")
	fmt.Println(sure)
	a, sure = authority.ForResidence("IE", "")
	fmt.Println(a.Slug, a.Languages, sure)
	// Output:
	// debaylda Ansbach true
	// false
	// iedpc [en] true
}

func ExampleLookup() {
	a, ok := authority.Lookup("frcnil")
	fmt.Println(ok, a.Name)
	fmt.Println(a.Street, a.PostalCode, a.City)
	fmt.Println(a.EmailComplaints, a.ComplaintForm)
	// Output:
	// true Commission nationale de l'informatique et des libertés (CNIL)
	// [3 Place de Fontenoy TSA 80715] 75334 PARIS CEDEX 07
	// false https://www.cnil.fr/fr/plaintes
}
