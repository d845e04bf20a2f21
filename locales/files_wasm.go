//go:build wasm

package locales

import "embed"

// files: the browser embeds no message files. English, the source
// language, which the prerendered page shows, is compiled in (source, in
// source_wasm.go); any other language is fetched when it is chosen
// (Bundle.Fetch), so app.wasm does not carry two dozen.
var files embed.FS

// keepDescriptions: the browser never shows the translators' descriptions.
var keepDescriptions = false
