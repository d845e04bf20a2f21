package locales

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestEnglishInSyncWithCode keeps the English source files and the code in
// step: every message ID the code names exists in English, and every English
// message is used by the code, by name or through a prefix the code
// completes at run time ("Country." + code). A translator then never
// translates a dead message, and no screen shows ⟦ID⟧.
func TestEnglishInSyncWithCode(t *testing.T) {
	b, err := LoadFS(Files())
	if err != nil {
		t.Fatal(err)
	}
	english := b.Messages(Source)
	namespaces := map[string]bool{}
	for id := range english {
		namespaces[strings.SplitN(id, ".", 2)[0]] = true
	}

	exact, prefixes := map[string]string{}, map[string]bool{}
	for _, lit := range codeStrings(t, "..") {
		s, pos := lit[0], lit[1]
		dot := strings.IndexByte(s, '.')
		if dot <= 0 || !namespaces[s[:dot]] || strings.ContainsAny(s, " \n/:") {
			continue
		}
		if i := strings.IndexByte(s, '%'); i >= 0 { // fmt.Sprintf("Wizard.Reason.%s.Label", id)
			prefixes[s[:i]] = true
			continue
		}
		if strings.HasSuffix(s, ".") {
			prefixes[s] = true
			continue
		}
		exact[s] = pos
	}

	for id, pos := range exact {
		if _, ok := english[id]; !ok && !covered(id, prefixes) {
			t.Errorf("%s: message %q is not in the English source files", pos, id)
		}
	}
	var unused []string
	for id := range english {
		if _, ok := exact[id]; !ok && !covered(id, prefixes) {
			unused = append(unused, id)
		}
	}
	sort.Strings(unused)
	for _, id := range unused {
		t.Errorf("English message %q is used nowhere in the code", id)
	}
}

func covered(id string, prefixes map[string]bool) bool {
	for p := range prefixes {
		if strings.HasPrefix(id, p) {
			return true
		}
	}
	return false
}

// codeStrings returns every string literal (value, position) in the
// project's non-test Go files, outside testdata and the e2e and bench tools.
func codeStrings(t *testing.T, root string) [][2]string {
	t.Helper()
	var out [][2]string
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "testdata", "e2e", "bench", "node_modules", "dist", ".git":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					out = append(out, [2]string{s, fset.Position(lit.Pos()).String()})
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
