package export

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestPure proves the package imports neither go-app nor syscall/js, nor
// the PDF library or the fonts (the text, mail and calendar exports must not
// make app.wasm pay for them), natively and for the browser build. Only
// packages outside the standard library are checked: on js/wasm the
// standard library itself reaches syscall/js through os and time.
func TestPure(t *testing.T) {
	forbidden := []string{"github.com/go-pdf/fpdf", "github.com/objector-eu/objector/web"}
	for _, env := range [][]string{nil, {"GOOS=js", "GOARCH=wasm"}} {
		cmd := exec.Command("go", "list", "-deps", "-f", `{{if not .Standard}}{{.ImportPath}} {{join .Imports " "}}{{end}}`, ".")
		cmd.Env = append(cmd.Environ(), env...)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list %v: %v", env, err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			for _, dep := range strings.Fields(line) {
				if strings.Contains(dep, "go-app") || dep == "syscall/js" || slices.Contains(forbidden, dep) {
					t.Errorf("%v: %s imports %s", env, strings.Fields(line)[0], dep)
				}
			}
		}
	}
}
