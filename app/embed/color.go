package embed

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Color is an sRGB colour.
type Color struct{ R, G, B uint8 }

// ParseColor reads a hex colour, "#rrggbb" or "#rgb", with or without the
// "#" (a "#" in a query string must be written %23, which people forget).
// Anything else, named colours and CSS functions included, is refused, so
// nothing but six hex digits ever reaches a style.
func ParseColor(s string) (Color, bool) {
	s = strings.TrimPrefix(s, "#")
	var d [6]uint8
	switch len(s) {
	case 3:
		for i := range 3 {
			v, ok := hexDigit(s[i])
			if !ok {
				return Color{}, false
			}
			d[2*i], d[2*i+1] = v, v
		}
	case 6:
		for i := range 6 {
			v, ok := hexDigit(s[i])
			if !ok {
				return Color{}, false
			}
			d[i] = v
		}
	default:
		return Color{}, false
	}
	return Color{d[0]<<4 | d[1], d[2]<<4 | d[3], d[4]<<4 | d[5]}, true
}

func hexDigit(c byte) (uint8, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Hex returns the colour as CSS writes it, "#rrggbb" in lower case.
func (c Color) Hex() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// Luminance is the colour's relative luminance (WCAG 2.x), 0 for black to 1
// for white.
func (c Color) Luminance() float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// Contrast is the WCAG contrast ratio of two colours, from 1 to 21.
func Contrast(a, b Color) float64 {
	la, lb := a.Luminance(), b.Luminance()
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// Mix returns a blended with b: t = 0 gives a, t = 1 gives b.
func Mix(a, b Color, t float64) Color {
	t = math.Max(0, math.Min(1, t))
	m := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + (float64(y)-float64(x))*t)) }
	return Color{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B)}
}

// MinContrast is what every text colour of an Accent keeps against the
// backgrounds it is drawn on: WCAG AA for normal text.
const MinContrast = 4.5

// The app's own surfaces (web/objector.css): text in the accent colour is
// drawn on all of them, so it is checked against the one nearest to it.
var (
	black = Color{0, 0, 0}
	white = Color{255, 255, 255}
	// LightSurfaces are the light theme's page, card and inset backgrounds.
	LightSurfaces = []Color{{0xf5, 0xf6, 0xfa}, {0xff, 0xff, 0xff}, {0xee, 0xf0, 0xf7}}
	// DarkSurfaces are the dark theme's.
	DarkSurfaces = []Color{{0x11, 0x13, 0x1c}, {0x1a, 0x1d, 0x29}, {0x23, 0x27, 0x38}}
)

// Shades are the colours one theme draws with an accent: Primary for links,
// outlines and button backgrounds, Hover a step further from the page,
// Soft a tint for selected cards, and OnPrimary for text on Primary.
type Shades struct {
	Primary, Hover, Soft, OnPrimary Color
}

// Accent is an organisation's colour turned into the app's primary colours
// for the light and the dark theme. The colour is kept as it is where it is
// readable; where it is not (a bright yellow on white), it is darkened (or,
// for the dark theme, lightened) just enough that every text drawn with it
// keeps MinContrast. Text on a button in the colour is black or white,
// whichever reads better.
type Accent struct {
	// Color is the colour asked for.
	Color Color
	Light Shades
	Dark  Shades
}

// NewAccent derives the shades of both themes from c.
func NewAccent(c Color) Accent {
	return Accent{
		Color: c,
		Light: shades(c, black, LightSurfaces),
		Dark:  shades(c, white, DarkSurfaces),
	}
}

// shades moves c towards toward (black for a light theme, white for a dark
// one) until it reads on every surface and on its own soft tint.
func shades(c, toward Color, surfaces []Color) Shades {
	page := surfaces[1]
	var s Shades
	for i := 0; i <= 100; i++ {
		p := Mix(c, toward, float64(i)/100)
		soft := Mix(page, p, 0.14)
		if minContrast(p, append(slices.Clip(surfaces), soft)) >= MinContrast {
			s = Shades{Primary: p, Soft: soft}
			break
		}
	}
	if s == (Shades{}) {
		// Unreachable: black and white read on every surface. Kept so
		// that no input can leave the shades empty.
		s = Shades{Primary: toward, Soft: Mix(page, toward, 0.14)}
	}
	s.Hover = Mix(s.Primary, toward, 0.2)
	s.OnPrimary = black
	if Contrast(s.Primary, white) > Contrast(s.Primary, black) {
		s.OnPrimary = white
	}
	return s
}

func minContrast(c Color, bgs []Color) float64 {
	m := 21.0
	for _, bg := range bgs {
		m = math.Min(m, Contrast(c, bg))
	}
	return m
}

// Properties returns the CSS custom properties that carry the accent into
// web/objector.css (html[data-accent] maps them onto --primary and its kin),
// as name and "#rrggbb" value pairs in a fixed order.
func (a Accent) Properties() [][2]string {
	return [][2]string{
		{"--accent", a.Light.Primary.Hex()},
		{"--accent-hover", a.Light.Hover.Hex()},
		{"--accent-soft", a.Light.Soft.Hex()},
		{"--on-accent", a.Light.OnPrimary.Hex()},
		{"--accent-dark", a.Dark.Primary.Hex()},
		{"--accent-dark-hover", a.Dark.Hover.Hex()},
		{"--accent-dark-soft", a.Dark.Soft.Hex()},
		{"--on-accent-dark", a.Dark.OnPrimary.Hex()},
	}
}
