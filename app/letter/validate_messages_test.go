package letter

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/objector-eu/objector/locales"
)

var placeholderRE = regexp.MustCompile(`{{\s*\.([A-Za-z0-9_]+)\s*}}`)

// TestValidateMessages runs every validation case and checks each message
// returned exists in every language with exactly the placeholders its Args
// fill, and that every Check.* ID validate.go names is returned by a case.
func TestValidateMessages(t *testing.T) {
	b, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	returned := map[string]bool{}
	for _, tt := range validateCases {
		f := validFacts()
		tt.change(&f)
		for _, e := range f.Validate(tt.kind) {
			returned[e.Message] = true
			var want []string
			for k := range e.Args {
				want = append(want, k)
			}
			sort.Strings(want)
			for _, lang := range b.Languages() {
				m, ok := b.Messages(lang)[e.Message]
				if !ok {
					t.Errorf("%s: %s (field %s) has no message", lang, e.Message, e.Field)
					continue
				}
				for form, text := range m.Forms {
					got := map[string]bool{}
					for _, sub := range placeholderRE.FindAllStringSubmatch(text, -1) {
						got[sub[1]] = true
					}
					var names []string
					for k := range got {
						names = append(names, k)
					}
					sort.Strings(names)
					if strings.Join(names, ",") != strings.Join(want, ",") {
						t.Errorf("%s: %s (%s) has placeholders %v; field %s gives %v", lang, e.Message, form, names, e.Field, want)
					}
				}
			}
		}
	}

	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "validate.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	ast.Inspect(file, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if id, err := strconv.Unquote(lit.Value); err == nil && strings.HasPrefix(id, "Check.") && !returned[id] {
				t.Errorf("no validation case returns %s", id)
			}
		}
		return true
	})
}
