package icons

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the icons in web/icons")

// dir is web/icons, seen from this package.
var dir = filepath.Join("..", "..", "..", "..", "web", "icons")

// TestCommittedIcons checks that web/icons holds exactly what this package
// draws, so the SVG and the PNGs cannot drift apart.
func TestCommittedIcons(t *testing.T) {
	if *update {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range Files {
			b, err := PNG(f.Size, f.Maskable)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, f.Name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, SVGName), SVG(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range Files {
		t.Run(f.Name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, f.Name))
			if err != nil {
				t.Fatalf("%v (run go test ./app/site/internal/icons -update)", err)
			}
			got, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			want := Draw(f.Size, f.Maskable)
			if got.Bounds() != want.Bounds() {
				t.Fatalf("size %v, want %v", got.Bounds(), want.Bounds())
			}
			if diff := pixelDiff(got, want); diff != "" {
				t.Fatalf("%s differs from Draw: %s (run go test ./app/site/internal/icons -update)", f.Name, diff)
			}
		})
	}
	t.Run(SVGName, func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join(dir, SVGName))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, SVG()) {
			t.Fatalf("%s differs from SVG() (run go test ./app/site/internal/icons -update)", SVGName)
		}
	})
}

func pixelDiff(a, b image.Image) string {
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			ar, ag, ab, aa := a.At(x, y).RGBA()
			br, bg, bb, ba := b.At(x, y).RGBA()
			if ar != br || ag != bg || ab != bb || aa != ba {
				return fmt.Sprintf("first at (%d,%d)", x, y)
			}
		}
	}
	return ""
}

// TestDraw checks the shape of the forms: the regular icon has transparent
// rounded corners, the maskable one is opaque to the edge, and both have the
// badge's red inside the maskable safe zone.
func TestDraw(t *testing.T) {
	tests := []struct {
		name       string
		maskable   bool
		cornerOpen bool
	}{
		{"regular", false, true},
		{"maskable", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img := Draw(192, tt.maskable)
			if open := img.NRGBAAt(0, 0).A == 0; open != tt.cornerOpen {
				t.Errorf("corner transparent = %v, want %v", open, tt.cornerOpen)
			}
			if c := img.NRGBAAt(96, 96); c.A != 0xff {
				t.Errorf("centre not opaque: %v", c)
			}
			var red int
			for y := 0; y < 192; y++ {
				for x := 0; x < 192; x++ {
					c := img.NRGBAAt(x, y)
					if c.R > 0xc0 && c.G < 0x60 {
						red++
						// Safe zone: a circle of radius 0.4*size about the centre.
						dx, dy := float64(x)-96+0.5, float64(y)-96+0.5
						if tt.maskable && dx*dx+dy*dy > 0.4*192*0.4*192 {
							t.Fatalf("badge pixel (%d,%d) outside the safe zone", x, y)
						}
					}
				}
			}
			if red == 0 {
				t.Error("no badge drawn")
			}
		})
	}
}

func TestSVGWellFormed(t *testing.T) {
	s := SVG()
	if !bytes.HasPrefix(s, []byte("<svg ")) || !bytes.HasSuffix(s, []byte("</svg>\n")) {
		t.Fatalf("not an svg document: %q", s)
	}
	if !bytes.Contains(s, []byte(`fill="`+ThemeColor+`"`)) {
		t.Errorf("svg lacks the theme colour %s", ThemeColor)
	}
}
