package ui

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/objector-eu/objector/app/pdf"
)

func TestFontNamesMatchRenderer(t *testing.T) {
	if regularFont != pdf.RegularFile || boldFont != pdf.BoldFile {
		t.Errorf("fonts %q, %q; the renderer reads %q, %q", regularFont, boldFont, pdf.RegularFile, pdf.BoldFile)
	}
}

// TestClientLeavesOutPDFRenderer: the PDF renderer lives in pdf.wasm; the
// client must not link it (it is about a tenth of the client's size).
func TestClientLeavesOutPDFRenderer(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "../../wasm")
	cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, dep := range strings.Fields(string(out)) {
		switch dep {
		case "github.com/objector-eu/objector/app/pdf", "github.com/go-pdf/fpdf":
			t.Errorf("app.wasm links %s", dep)
		}
	}
}
