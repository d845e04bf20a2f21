//go:build !wasm

package main

import (
	"fmt"
	"os"
)

// main explains itself: the module only runs in a browser.
func main() {
	fmt.Fprintln(os.Stderr, "wasm/pdf runs in the browser: GOOS=js GOARCH=wasm go build -o web/pdf.wasm ./wasm/pdf")
	os.Exit(2)
}
