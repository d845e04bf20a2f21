//go:build !wasm

package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// iconSVG is the floor's icon. go-app's default icons are URLs on
// raw.githubusercontent.com; the service worker precaches them, so one
// unreachable icon would keep the floor from working offline.
const iconSVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1" fill="#2d2c2c"/></svg>`

// main writes the floor's static site: `go run ./wasm/floor -o dir`. The
// wasm itself is built separately into dir/web/app.wasm.
func main() {
	out := flag.String("o", "floor", "directory to write the static site to")
	wasmSize := flag.Int("wasm-size", 0, "uncompressed size of app.wasm, for the loader's progress (0: from Content-Length)")
	version := flag.String("version", "floor", "service worker cache version")
	flag.Parse()
	routes()
	if err := write(*out, *wasmSize, *version); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}

func write(dir string, wasmSize int, version string) error {
	if err := os.MkdirAll(filepath.Join(dir, "web"), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "web", "icon.svg"), []byte(iconSVG), 0o644); err != nil {
		return err
	}
	png, err := iconPNG(192)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "web", "icon.png"), png, 0o644); err != nil {
		return err
	}
	h := &app.Handler{
		Name:              "go-app floor",
		Title:             "go-app floor",
		Icon:              app.Icon{Default: "/web/icon.png", Large: "/web/icon.png", Maskable: "/web/icon.png", SVG: "/web/icon.svg"},
		Version:           version,
		WasmContentLength: wasmLength(wasmSize),
	}
	return app.GenerateStaticWebsite(dir, h)
}

func wasmLength(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprint(n)
}

// iconPNG draws a plain square icon of size×size pixels.
func iconPNG(size int) ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	c := color.RGBA{0x2d, 0x2c, 0x2c, 0xff}
	for y := range size {
		for x := range size {
			img.Set(x, y, c)
		}
	}
	var b bytes.Buffer
	err := png.Encode(&b, img)
	return b.Bytes(), err
}
