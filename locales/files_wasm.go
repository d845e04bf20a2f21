//go:build wasm

package locales

import "embed"

// files are the English message files only: the source language, which
// the prerendered page shows; the browser fetches any other language when
// it is chosen (Bundle.Fetch), so app.wasm does not carry two dozen.
//
//go:embed *.en.json
var files embed.FS

// keepDescriptions: the browser skips the translators' descriptions of the
// embedded English messages, about half their bytes, which it never shows:
// decoding and copying them was a few milliseconds of every start-up.
var keepDescriptions = false
