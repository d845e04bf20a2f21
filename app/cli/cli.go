// Package cli is the `objector letter` command: it composes a letter from a
// facts file on the command line. Host only.
package cli

import (
	"fmt"
	"io"
)

// Letter runs `objector letter` and returns the exit code.
func Letter(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "objector letter: not built yet")
	return 1
}
