// Package icons draws Objector's app icon: a letter with a red "stop" badge
// on the theme colour. One list of shapes gives both the SVG and the PNGs,
// so the icon is the same at every size and needs no image tools. The
// committed files in web/icons are checked against it by the package's test
// (refresh them with `go test ./app/site/internal/icons -update`).
package icons

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
)

// Canvas is the side of the square the shapes are drawn on (SVG viewBox).
const Canvas = 512

// Files maps each file name under web/icons to the size and form it holds.
var Files = []File{
	{Name: "icon-192.png", Size: 192},
	{Name: "icon-512.png", Size: 512},
	{Name: "icon-maskable-512.png", Size: 512, Maskable: true},
}

// SVGName is the file name of the vector icon under web/icons.
const SVGName = "icon.svg"

// File is one PNG icon.
type File struct {
	Name     string
	Size     int
	Maskable bool // full-bleed background, content inside the safe zone
}

// ThemeColor is the icon's background, also the manifest's theme colour.
const ThemeColor = "#1e3a8a"

var (
	theme = color.NRGBA{0x1e, 0x3a, 0x8a, 0xff} // ThemeColor
	paper = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	ink   = color.NRGBA{0xa5, 0xb4, 0xfc, 0xff}
	stop  = color.NRGBA{0xdc, 0x26, 0x26, 0xff}
)

// shape is a filled rounded rectangle (r is the corner radius) or a circle
// (w == 0: centre x, y and radius r), in Canvas units.
type shape struct {
	x, y, w, h, r float64
	fill          color.NRGBA
}

func (s shape) circle() bool { return s.w == 0 }

func (s shape) inside(px, py float64) bool {
	if s.circle() {
		dx, dy := px-s.x, py-s.y
		return dx*dx+dy*dy <= s.r*s.r
	}
	if px < s.x || py < s.y || px > s.x+s.w || py > s.y+s.h {
		return false
	}
	// Distance into the corner squares decides the rounding.
	cx := min(max(px, s.x+s.r), s.x+s.w-s.r)
	cy := min(max(py, s.y+s.r), s.y+s.h-s.r)
	dx, dy := px-cx, py-cy
	return dx*dx+dy*dy <= s.r*s.r
}

// content is the letter and badge, drawn over the background.
var content = []shape{
	{x: 112, y: 80, w: 240, h: 320, r: 24, fill: paper},
	{x: 152, y: 140, w: 160, h: 22, r: 11, fill: ink},
	{x: 152, y: 190, w: 160, h: 22, r: 11, fill: ink},
	{x: 152, y: 240, w: 110, h: 22, r: 11, fill: ink},
	{x: 352, y: 352, r: 104, fill: theme}, // a gap between letter and badge
	{x: 352, y: 352, r: 88, fill: stop},
	{x: 300, y: 336, w: 104, h: 32, r: 8, fill: paper},
}

// maskableScale keeps the content inside the maskable safe zone (a circle of
// 40% of the side around the centre).
const maskableScale = 0.72

func background(maskable bool) shape {
	if maskable {
		return shape{x: 0, y: 0, w: Canvas, h: Canvas, r: 0, fill: theme}
	}
	return shape{x: 0, y: 0, w: Canvas, h: Canvas, r: 96, fill: theme}
}

// Draw renders the icon as a size×size image, antialiased by 4×4
// supersampling.
func Draw(size int, maskable bool) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	bg := background(maskable)
	const n = 4
	unit := float64(Canvas) / float64(size)
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < n; sy++ {
				for sx := 0; sx < n; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/n) * unit
					y := (float64(py) + (float64(sy)+0.5)/n) * unit
					c, ok := colorAt(bg, x, y, maskable)
					if !ok {
						continue
					}
					// Average the colour over covered samples only; the
					// coverage becomes alpha (rounded corners).
					r += float64(c.R)
					g += float64(c.G)
					b += float64(c.B)
					a++
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(r/a + 0.5), G: uint8(g/a + 0.5), B: uint8(b/a + 0.5),
				A: uint8(a*255/(n*n) + 0.5),
			})
		}
	}
	return img
}

func colorAt(bg shape, x, y float64, maskable bool) (color.NRGBA, bool) {
	if !bg.inside(x, y) {
		return color.NRGBA{}, false
	}
	if maskable {
		x = (x-Canvas/2)/maskableScale + Canvas/2
		y = (y-Canvas/2)/maskableScale + Canvas/2
	}
	c := bg.fill
	for _, s := range content {
		if s.inside(x, y) {
			c = s.fill
		}
	}
	return c, true
}

// PNG encodes Draw(size, maskable) as PNG.
func PNG(size int, maskable bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, Draw(size, maskable)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// SVG returns the vector icon (rounded background, used as the favicon).
func SVG() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d">`+"\n", Canvas, Canvas, Canvas, Canvas)
	for _, s := range append([]shape{background(false)}, content...) {
		fill := fmt.Sprintf("#%02x%02x%02x", s.fill.R, s.fill.G, s.fill.B)
		if s.circle() {
			fmt.Fprintf(&b, `<circle cx="%g" cy="%g" r="%g" fill="%s"/>`+"\n", s.x, s.y, s.r, fill)
			continue
		}
		fmt.Fprintf(&b, `<rect x="%g" y="%g" width="%g" height="%g" rx="%g" fill="%s"/>`+"\n", s.x, s.y, s.w, s.h, s.r, fill)
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}
