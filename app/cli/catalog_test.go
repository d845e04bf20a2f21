package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/objector-eu/objector/app/catalog"
)

// TestCatalogReportOrder checks the re-check report lists the oldest check
// first, breaks ties by popularity, and names every source.
func TestCatalogReportOrder(t *testing.T) {
	today := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	cs := []catalog.Controller{
		{ID: "fresh", Checked: "2026-12-01", Popularity: 1, Sources: []catalog.Source{{URL: "https://a.example/", About: "2026-11", What: "x"}}},
		{ID: "stale-b", Checked: "2025-01-01", Popularity: 3},
		{ID: "stale-a", Checked: "2025-01-01", Popularity: 2},
	}
	var out bytes.Buffer
	writeCatalog(&out, cs, today)
	text := out.String()
	a, b, f := strings.Index(text, "stale-a"), strings.Index(text, "stale-b"), strings.Index(text, "fresh")
	if !(a >= 0 && a < b && b < f) {
		t.Errorf("order: stale-a %d, stale-b %d, fresh %d; want oldest first, ties by popularity:\n%s", a, b, f, text)
	}
	for _, want := range []string{"705d", "6d", "https://a.example/"} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
}

// TestCatalogCommand runs the command on the real catalog: every id is in
// the report, and arguments are refused.
func TestCatalogCommand(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := Catalog(nil, &out, &errOut); code != exitOK || errOut.Len() > 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	for _, c := range catalog.All() {
		if !strings.Contains(out.String(), "\n"+c.ID+" (") {
			t.Errorf("report lacks %s", c.ID)
		}
	}
	if code := Catalog([]string{"-x"}, &out, &errOut); code != exitUsage {
		t.Errorf("with an argument: exit %d, want %d", code, exitUsage)
	}
}

// TestHelpListsControllers checks that `objector letter -h` names every
// catalog id under -controller, so a person can find the one to pass.
func TestHelpListsControllers(t *testing.T) {
	_, _, errOut := invoke(t, "", "-h")
	i := strings.Index(errOut, "-controller")
	if i < 0 {
		t.Fatalf("help lacks -controller:\n%s", errOut)
	}
	line := errOut[i:]
	if j := strings.Index(line, "\n  -"); j > 0 {
		line = line[:j]
	}
	for _, c := range catalog.All() {
		if !strings.Contains(line, " "+c.ID+",") && !strings.HasSuffix(strings.TrimSpace(line), " "+c.ID) {
			t.Errorf("-controller help lacks %q:\n%s", c.ID, line)
		}
	}
}
