//go:build !wasm

package locales

import "embed"

// files are every message file: the host serves each language to the
// browser (Compact) and checks them all.
//
//go:embed *.json
var files embed.FS

// keepDescriptions: tools and tests read the translators' descriptions.
var keepDescriptions = true

// source: the host reads English from files like every language; only
// the browser's build compiles it in (source_wasm.go).
var source staticTable
