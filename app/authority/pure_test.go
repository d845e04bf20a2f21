package authority

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestPure lists the package's dependencies with `go list -deps`, natively
// and for GOOS=js GOARCH=wasm: it must run in tests, on the command line
// and in the browser alike, so it may depend on the standard library only
// (no go-app, no syscall/js of its own, nothing that decodes JSON at run
// time).
func TestPure(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	for _, env := range [][]string{nil, {"GOOS=js", "GOARCH=wasm"}} {
		name := "native"
		if env != nil {
			name = "js-wasm"
		}
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(goTool, "list", "-deps", "-f", "{{.ImportPath}} {{.Standard}} {{join .Imports \",\"}}", ".")
			cmd.Env = append(os.Environ(), env...)
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("go list: %v", err)
			}
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			if len(lines) < 2 {
				t.Fatalf("go list listed %q", out)
			}
			for _, line := range lines {
				f := strings.Fields(line + " ")
				pkg, standard, imports := f[0], f[1] == "true", ""
				if len(f) > 2 {
					imports = f[2]
				}
				switch {
				case strings.HasSuffix(pkg, "/app/authority"):
					if strings.Contains(","+imports+",", ",syscall/js,") {
						t.Errorf("imports syscall/js")
					}
				case !standard:
					t.Errorf("depends on %s, outside the standard library", pkg)
				case pkg == "encoding/json":
					t.Errorf("depends on %s: the data is Go, not decoded at run time", pkg)
				}
			}
		})
	}
}
