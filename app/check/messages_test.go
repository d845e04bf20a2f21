package check

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/objector-eu/objector/locales"
)

// oneOfEach returns a Problem for every message this package can return,
// made the way the package makes it, so its Args are the real ones.
func oneOfEach() []Problem {
	_, amount := Amount("x")
	_, zero := Amount("0")
	_, decimals := Amount("0.123")
	_, max := Amount("2000000")
	_, date := Date("2025-02-29")
	return []Problem{
		Required(""), SingleLine("\n"), Text("\x00"), MaxLen("ab", 1), Email("x"),
		PostalCode("DE", "1"), IBAN("DE-89"), IBAN("XX89"), IBAN("DE89"), IBAN("DE00370400440532013000"),
		amount, zero, decimals, max, date, CountryCode("US"), CurrencyCode("USD"),
	}
}

// messageConstants returns the string literals in the package's Go files
// (tests excluded) that look like message IDs (prefix "Check."), so that a
// new message cannot be added without an example and a text.
func messageConstants(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil && strings.HasPrefix(s, "Check.") {
					ids = append(ids, s)
				}
			}
			return true
		})
	}
	sort.Strings(ids)
	return ids
}

var placeholder = regexp.MustCompile(`{{\s*\.([A-Za-z0-9_]+)\s*}}`)

// checkMessages asserts that every problem's message exists in every
// language, and that its placeholders are exactly the problem's Args.
func checkMessages(t *testing.T, problems []Problem) {
	t.Helper()
	b, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range b.Languages() {
		msgs := b.Messages(lang)
		for _, p := range problems {
			m, ok := msgs[p.ID]
			if !ok {
				t.Errorf("%s: message %s missing", lang, p.ID)
				continue
			}
			for form, text := range m.Forms {
				var got []string
				for _, sub := range placeholder.FindAllStringSubmatch(text, -1) {
					got = append(got, sub[1])
				}
				var want []string
				for k := range p.Args {
					want = append(want, k)
				}
				sort.Strings(got)
				got = compact(got)
				sort.Strings(want)
				if strings.Join(got, ",") != strings.Join(want, ",") {
					t.Errorf("%s: %s (%s) has placeholders %v, the check gives %v", lang, p.ID, form, got, want)
				}
			}
		}
	}
}

func compact(s []string) []string {
	var out []string
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func TestEveryMessageHasExample(t *testing.T) {
	examples := map[string]bool{}
	for _, p := range oneOfEach() {
		if p.OK() {
			t.Errorf("an example in oneOfEach is valid; every one must fail")
		}
		examples[p.ID] = true
	}
	for _, id := range messageConstants(t) {
		if !examples[id] {
			t.Errorf("message %s has no example in oneOfEach", id)
		}
	}
}

func TestMessagesExist(t *testing.T) { checkMessages(t, oneOfEach()) }

// TestCountryAndCurrencyNames asserts every supported country and currency
// has its name or symbol (Country.<code>, Currency.<code>) in every
// language, so a select list never shows a missing message.
func TestCountryAndCurrencyNames(t *testing.T) {
	b, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range b.Languages() {
		msgs := b.Messages(lang)
		for _, c := range Countries() {
			if _, ok := msgs["Country."+c]; !ok {
				t.Errorf("%s: no Country.%s", lang, c)
			}
		}
		for _, c := range Currencies() {
			if _, ok := msgs["Currency."+c]; !ok {
				t.Errorf("%s: no Currency.%s", lang, c)
			}
		}
	}
}
