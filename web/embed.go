// Package web holds Objector's static assets, served under /web. Host code
// (the command line, tests, the static site) reads the PDF fonts through
// Fonts; the browser fetches the same files same-origin, lazily, only when
// the person makes a PDF. Never import this package from the wasm build: it
// would embed the fonts into app.wasm.
package web

import (
	"embed"
	"io/fs"
)

// The fonts are DejaVu Sans subset to the scripts EU languages need, which
// shrinks each file from about 750 KB to about 110 KB (58 KB brotli).
// `go generate ./web` regenerates them (Debian: apt-get install
// fonts-dejavu-core python3-fonttools; set PYTHON=/usr/bin/python3 when
// another python3 without fontTools comes first in PATH):
//
//go:generate sh -c "for f in DejaVuSans DejaVuSans-Bold; do $DOLLAR{PYTHON:-python3} -m fontTools.subset /usr/share/fonts/truetype/dejavu/$DOLLAR{f}.ttf --unicodes=U+0020-007E,U+00A0-024F,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-2195,U+2212,U+2260,U+2264-2265,U+25CF,U+27E6-27E7,U+FFFD --no-hinting --layout-features= --drop-tables+=GSUB,GPOS,GDEF,MATH,FFTM --name-IDs=* --notdef-outline --output-file=fonts/$DOLLAR{f}.ttf; done"

//go:embed fonts
var fonts embed.FS

// Fonts holds the font files (DejaVuSans.ttf, DejaVuSans-Bold.ttf and their
// LICENSE) at its root.
var Fonts fs.FS = mustSub(fonts, "fonts")

func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err) // only on a malformed constant path, never on input
	}
	return sub
}
