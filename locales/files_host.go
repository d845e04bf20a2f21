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
