// Command objector is Objector's host side: it serves the app (serve), writes
// the static site (dist), composes letters on the command line (letter) and
// lists the company catalog for its re-check (catalog).
// None of it is compiled into the wasm (see wasm/main.go).
package main

import (
	"fmt"
	"os"

	"github.com/objector-eu/objector/app/cli"
	"github.com/objector-eu/objector/app/site"
	"github.com/objector-eu/objector/app/ui"
)

const usage = "usage: objector serve [-addr host:port] | dist [-o dir] | letter -kind … (see README) | catalog"

func main() {
	ui.Routes()
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	args := os.Args[2:]
	switch os.Args[1] {
	case "serve":
		os.Exit(site.Serve(args, os.Stdout, os.Stderr))
	case "dist":
		os.Exit(site.Dist(args, os.Stdout, os.Stderr))
	case "letter":
		os.Exit(cli.Letter(args, os.Stdout, os.Stderr))
	case "catalog":
		os.Exit(cli.Catalog(args, os.Stdout, os.Stderr))
	default:
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
}
