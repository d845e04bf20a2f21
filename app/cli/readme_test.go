package cli

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/objector-eu/objector/app/letter"
)

// TestREADMEDocumentsFacts keeps the README's table of the facts file in
// step with letter.Facts: every JSON field must be documented.
func TestREADMEDocumentsFacts(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	i := strings.Index(readme, "## Letters on the command line")
	if i < 0 {
		t.Fatal("README has no section \"Letters on the command line\"")
	}
	section := readme[i:]
	if j := strings.Index(section[3:], "\n## "); j >= 0 {
		section = section[:j+3]
	}
	for _, typ := range []reflect.Type{reflect.TypeOf(letter.Facts{}), reflect.TypeOf(letter.ManualController{})} {
		for k := 0; k < typ.NumField(); k++ {
			name, _, _ := strings.Cut(typ.Field(k).Tag.Get("json"), ",")
			if !strings.Contains(section, "`"+name+"`") {
				t.Errorf("README does not document the facts field %q (%s.%s)", name, typ.Name(), typ.Field(k).Name)
			}
		}
	}
}
