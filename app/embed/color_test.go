package embed

import (
	"fmt"
	"testing"
)

func TestParseColor(t *testing.T) {
	tests := []struct {
		in   string
		want Color
		ok   bool
	}{
		{"#0a7d3b", Color{0x0a, 0x7d, 0x3b}, true},
		{"0A7D3B", Color{0x0a, 0x7d, 0x3b}, true},
		{"#fc0", Color{0xff, 0xcc, 0x00}, true},
		{"fc0", Color{0xff, 0xcc, 0x00}, true},
		{"", Color{}, false},
		{"#", Color{}, false},
		{"##fc0", Color{}, false},
		{"red", Color{}, false},
		{"#12345", Color{}, false},
		{"#1234567", Color{}, false},
		{"#12345g", Color{}, false},
		{" #123456", Color{}, false},
		{"#123456;", Color{}, false},
		{"rgb(1,2,3)", Color{}, false},
		{"#ｆｆｆ", Color{}, false}, // full-width letters
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := ParseColor(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("ParseColor(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
			if ok {
				if back, _ := ParseColor(got.Hex()); back != got {
					t.Errorf("Hex round trip %s → %v", got.Hex(), back)
				}
			}
		})
	}
}

func TestContrast(t *testing.T) {
	tests := []struct {
		a, b Color
		want float64
	}{
		{black, white, 21},
		{white, white, 1},
		{Color{0x76, 0x76, 0x76}, white, 4.54}, // the classic AA grey
	}
	for _, tt := range tests {
		if got := Contrast(tt.a, tt.b); got < tt.want-0.01 || got > tt.want+0.01 {
			t.Errorf("Contrast(%s, %s) = %.3f, want %.2f", tt.a.Hex(), tt.b.Hex(), got, tt.want)
		}
	}
}

// TestAccentReadable: whatever colour an organisation picks, every text
// drawn with it reads (WCAG AA) on every surface of both themes, the
// button text reads on the button (also hovered), and a colour that
// already reads is kept as it is.
func TestAccentReadable(t *testing.T) {
	var colours []Color
	for r := 0; r < 256; r += 17 {
		for g := 0; g < 256; g += 17 {
			for b := 0; b < 256; b += 17 {
				colours = append(colours, Color{uint8(r), uint8(g), uint8(b)})
			}
		}
	}
	for _, c := range colours {
		a := NewAccent(c)
		for theme, s := range map[string]struct {
			sh       Shades
			surfaces []Color
		}{"light": {a.Light, LightSurfaces}, "dark": {a.Dark, DarkSurfaces}} {
			name := fmt.Sprintf("%s %s", c.Hex(), theme)
			for _, bg := range append(append([]Color(nil), s.surfaces...), s.sh.Soft) {
				if got := Contrast(s.sh.Primary, bg); got < MinContrast {
					t.Errorf("%s: primary %s on %s: %.2f", name, s.sh.Primary.Hex(), bg.Hex(), got)
				}
				if got := Contrast(s.sh.Hover, bg); got < MinContrast {
					t.Errorf("%s: hover %s on %s: %.2f", name, s.sh.Hover.Hex(), bg.Hex(), got)
				}
			}
			for _, fill := range []Color{s.sh.Primary, s.sh.Hover} {
				if got := Contrast(s.sh.OnPrimary, fill); got < MinContrast {
					t.Errorf("%s: button text %s on %s: %.2f", name, s.sh.OnPrimary.Hex(), fill.Hex(), got)
				}
			}
		}
	}
}

func TestAccentKeepsReadableColours(t *testing.T) {
	tests := []struct {
		name    string
		in      Color
		light   string
		dark    string
		onLight string
		onDark  string
	}{
		// A dark green reads on white: kept; on the dark theme it is lightened.
		{"dark green", Color{0x0a, 0x5d, 0x2b}, "#0a5d2b", "", "#ffffff", "#000000"},
		// A bright yellow does not read on white: darkened for the light
		// theme, kept for the dark one.
		{"yellow", Color{0xff, 0xdd, 0x00}, "", "#ffdd00", "#ffffff", "#000000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := NewAccent(tt.in)
			if tt.light != "" && a.Light.Primary.Hex() != tt.light {
				t.Errorf("light primary %s, want %s", a.Light.Primary.Hex(), tt.light)
			}
			if tt.light == "" && a.Light.Primary == tt.in {
				t.Errorf("light primary kept %s, which does not read on white", tt.in.Hex())
			}
			if tt.dark != "" && a.Dark.Primary.Hex() != tt.dark {
				t.Errorf("dark primary %s, want %s", a.Dark.Primary.Hex(), tt.dark)
			}
			if tt.dark == "" && a.Dark.Primary == tt.in {
				t.Errorf("dark primary kept %s, which does not read on the dark theme", tt.in.Hex())
			}
			if a.Light.OnPrimary.Hex() != tt.onLight || a.Dark.OnPrimary.Hex() != tt.onDark {
				t.Errorf("button text %s / %s, want %s / %s", a.Light.OnPrimary.Hex(), a.Dark.OnPrimary.Hex(), tt.onLight, tt.onDark)
			}
		})
	}
}

func TestAccentProperties(t *testing.T) {
	props := NewAccent(Color{0x0a, 0x5d, 0x2b}).Properties()
	if len(props) != 8 || props[0] != [2]string{"--accent", "#0a5d2b"} {
		t.Fatalf("Properties = %v", props)
	}
	for _, p := range props {
		if _, ok := ParseColor(p[1]); !ok || len(p[1]) != 7 {
			t.Errorf("%s: %q is not a #rrggbb colour", p[0], p[1])
		}
	}
}
