package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/objector-eu/objector/app/catalog"
)

// Catalog runs `objector catalog` (`make catalog`): it lists the catalog's
// entries for the regular re-check, the longest unchecked first, each with
// its sources and the dates they speak of. It is a report: it fails only on
// a wrong command line, never on stale data.
func Catalog(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintln(stderr, "usage: objector catalog")
		return exitUsage
	}
	writeCatalog(stdout, catalog.All(), time.Now())
	return exitOK
}

// writeCatalog writes the report for cs, oldest check first (then most
// used first), with each entry's age in days on today.
func writeCatalog(w io.Writer, cs []catalog.Controller, today time.Time) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Checked != cs[j].Checked {
			return cs[i].Checked < cs[j].Checked
		}
		return cs[i].Popularity < cs[j].Popularity
	})
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CHECKED\tAGE\tID\tGRADE\tROUTE\tCONTROLLER")
	for _, c := range cs {
		age := "?"
		if d, err := time.Parse("2006-01-02", c.Checked); err == nil {
			age = fmt.Sprintf("%dd", int(today.Sub(d).Hours()/24))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", c.Checked, age, c.ID, c.Confidence, c.Route, c.Name)
	}
	tw.Flush()
	for _, c := range cs {
		fmt.Fprintf(w, "\n%s (%s): %s\n", c.ID, strings.Join(c.Services, ", "), c.Checked)
		for _, s := range c.Sources {
			fmt.Fprintf(w, "  %-10s %s\n             %s\n", s.About, s.What, s.URL)
		}
		for _, f := range c.Forms {
			fmt.Fprintf(w, "  form       %s %s\n", f.Kind, f.URL)
		}
	}
}
