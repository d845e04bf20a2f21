package check

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// purePackages must run natively, in tests and in the browser alike: they
// never import go-app or syscall/js. Those not written yet are skipped.
var purePackages = []string{
	"app/check", "app/letter", "app/catalog", "app/export", "app/pdf", "app/wizard", "app/embed", "locales",
	"app/cases", "app/authority",
}

// alsoForbidden are further dependencies a pure package must not have,
// because they would make app.wasm pay for what it does not use: the PDF
// library belongs in pdf.wasm only, and package web embeds the fonts.
var alsoForbidden = map[string][]string{
	"app/export": {"github.com/go-pdf/fpdf", "github.com/objector-eu/objector/web"},
	"app/pdf":    {"github.com/objector-eu/objector/web"},
}

const goApp = "github.com/maxence-charriere/go-app"

// TestPurePackages lists the dependencies of the pure packages with
// `go list -deps`, natively and for GOOS=js GOARCH=wasm, and fails if any
// depends on go-app, or if a package other than the standard library's
// own (syscall and time import syscall/js on js/wasm) imports syscall/js.
func TestPurePackages(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	const root = "../.." // the module root, from app/check
	var pkgs []string
	for _, p := range purePackages {
		if hasGoFiles(filepath.Join(root, p)) {
			pkgs = append(pkgs, "./"+p)
		}
	}
	if len(pkgs) < 3 {
		t.Fatalf("found only %v of the pure packages", pkgs)
	}
	t.Logf("pure packages: %v", pkgs)
	for _, env := range [][]string{nil, {"GOOS=js", "GOARCH=wasm"}} {
		name := "native"
		if env != nil {
			name = "js-wasm"
		}
		t.Run(name, func(t *testing.T) {
			list := func(args ...string) string {
				cmd := exec.Command(goTool, append([]string{"list"}, append(args, pkgs...)...)...)
				cmd.Dir = root
				cmd.Env = append(os.Environ(), env...)
				out, err := cmd.Output()
				if err != nil {
					t.Fatalf("go list: %v\n%s", err, stderr(err))
				}
				return strings.TrimSpace(string(out))
			}
			for _, line := range strings.Split(list("-f", `{{.ImportPath}}|{{join .Deps " "}}`), "\n") {
				pkg, deps, _ := strings.Cut(line, "|")
				for short, banned := range alsoForbidden {
					if strings.HasSuffix(pkg, "/"+short) {
						for _, dep := range strings.Fields(deps) {
							if slices.Contains(banned, dep) {
								t.Errorf("%s depends on %s", pkg, dep)
							}
						}
					}
				}
			}
			for _, line := range strings.Split(list("-deps", "-f", `{{.ImportPath}}|{{.Standard}}|{{join .Imports " "}}`), "\n") {
				parts := strings.SplitN(line, "|", 3)
				if len(parts) != 3 {
					t.Fatalf("go list line %q", line)
				}
				pkg, standard, imports := parts[0], parts[1] == "true", strings.Fields(parts[2])
				if isGoApp(pkg) {
					continue // reported at its importer
				}
				for _, imp := range imports {
					switch {
					case isGoApp(imp):
						t.Errorf("%s imports %s", pkg, imp)
					case imp == "syscall/js" && !standard:
						t.Errorf("%s imports syscall/js", pkg)
					}
				}
			}
		})
	}
}

func isGoApp(path string) bool { return path == goApp || strings.HasPrefix(path, goApp+"/") }

// hasGoFiles reports whether dir holds a Go file that is not a test.
func hasGoFiles(dir string) bool {
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, f := range files {
		if !strings.HasSuffix(f, "_test.go") {
			return true
		}
	}
	return false
}

func stderr(err error) string {
	if e, ok := err.(*exec.ExitError); ok {
		return string(e.Stderr)
	}
	return ""
}
