// Command objector is Objector's host side: it serves the app (serve), writes
// the static site (dist) and composes letters on the command line (letter).
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/ui"
)

func main() {
	ui.Routes()
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: objector serve|dist|letter [flags]")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "serve":
		fs := flag.NewFlagSet("serve", flag.ExitOnError)
		addr := fs.String("addr", "127.0.0.1:8000", "address to listen on")
		fs.Parse(os.Args[2:])
		http.Handle("/", &app.Handler{Name: "Objector", Title: "Objector"})
		fmt.Printf("Objector at http://%s/\n", *addr)
		log.Fatal(http.ListenAndServe(*addr, nil))
	default:
		fmt.Fprintf(os.Stderr, "objector: unknown command %q\n", os.Args[1])
		os.Exit(2)
	}
}
