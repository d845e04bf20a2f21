// Package site is Objector's host side: the go-app Handler, serving it, and
// writing the static site. It is never compiled into the wasm.
package site

import (
	"flag"
	"fmt"
	"io"
	"net/http"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Handler returns the go-app handler that describes the app.
func Handler() *app.Handler {
	return &app.Handler{Name: "Objector", Title: "Objector"}
}

// Serve runs `objector serve`.
func Serve(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8000", "address to listen on")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	fmt.Fprintf(stdout, "Objector at http://%s/\n", *addr)
	if err := http.ListenAndServe(*addr, Handler()); err != nil {
		fmt.Fprintln(stderr, "objector:", err)
		return 1
	}
	return 0
}

// Dist runs `objector dist`.
func Dist(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "objector dist: not built yet")
	return 1
}
