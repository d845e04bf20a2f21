package site

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
)

// The privacy promise, enforced by the browser: the pages may load and
// connect to nothing but their own origin, so no script, font, image or
// request can ever reach another server, whatever a bug or an injected
// string tried. The browser tests run with this policy on and fail on any
// violation (e2e).

// CSP is the Content Security Policy of every page, one directive a line:
//
//   - default-src 'self': every kind of resource not named below comes
//     from the app's own origin only (fonts, frames, the manifest).
//   - worker-src 'self' blob:: our worker files, and the worker web/boot.js
//     makes from its own text to compile app.wasm off the page's main
//     thread; a blob: URL holds only what a script of ours put in it, and
//     the worker is bound by this same policy.
//   - script-src 'self' 'wasm-unsafe-eval': our own script files and
//     nothing inline (the storage fallback is a file for that reason);
//     'wasm-unsafe-eval' lets the browser compile app.wasm, and allows no
//     JavaScript eval.
//   - style-src 'self': our stylesheets and no inline style, not even a
//     style attribute (the app sets colours and sizes through classes and
//     CSS custom properties set from script, which CSP permits).
//   - img-src 'self' data: blob:: our icons, plus images the app itself
//     makes in memory.
//   - connect-src 'self': fetch reaches our origin only (app.wasm, the PDF
//     fonts); nothing typed can be sent anywhere.
//   - object-src 'none'; base-uri 'none'; form-action 'none': no plugins,
//     no <base> redirecting relative URLs, no form submission anywhere
//     (the app submits nothing; letters leave by mailto, download or print).
const CSP = "default-src 'self'; " +
	"worker-src 'self' blob:; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; " +
	"img-src 'self' data: blob:; " +
	"connect-src 'self'; " +
	"object-src 'none'; " +
	"base-uri 'none'; " +
	"form-action 'none'"

// FrameAncestors lets any site embed the app, which is what advocacy groups
// do. It only works as a header: browsers ignore it (with a console
// message) in a <meta> policy.
const FrameAncestors = "frame-ancestors *"

// PermissionsPolicy denies every powerful feature the app never uses, so
// that no script, injected or not, can ask for the camera, the location or
// a payment. Clipboard writing stays for the page's own copy buttons.
const PermissionsPolicy = "accelerometer=(), autoplay=(), camera=(), display-capture=(), " +
	"encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), " +
	"magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), " +
	"publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), " +
	"xr-spatial-tracking=(), browsing-topics=(), clipboard-read=(), clipboard-write=(self)"

// Header is one HTTP response header.
type Header struct{ Name, Value string }

// SecurityHeaders are the headers every response of the static site
// should carry; `objector dist` writes them to _headers (Netlify,
// Cloudflare Pages), `objector serve` sends them, and the README's table
// and the nginx and Caddy configurations of docs/hosting.md repeat them (a
// test compares).
//
// Access-Control-Allow-Origin: * lets an iframe sandboxed without
// allow-same-origin, whose origin is "null", fetch app.wasm and the fonts.
// Every file is public and no request carries credentials, so it opens
// nothing.
func SecurityHeaders() []Header {
	return []Header{
		{"Content-Security-Policy", CSP + "; " + FrameAncestors},
		{"Referrer-Policy", "no-referrer"},
		{"X-Content-Type-Options", "nosniff"},
		{"Permissions-Policy", PermissionsPolicy},
		{"Access-Control-Allow-Origin", "*"},
	}
}

// metaCSP is the policy as a <meta> element, for hosts that cannot send
// headers (GitHub Pages): everything of the header but frame-ancestors.
// CSP holds no quote, ampersand or angle bracket, so it goes in as it is
// (a test checks).
func metaCSP() string {
	return `<meta http-equiv="Content-Security-Policy" content="` + CSP + `">`
}

// headStart are the elements Handler gives go-app as RawHeaders and
// headFirst moves to the top of every page's head, in this order.
func headStart() []string { return []string{metaCSP(), bootHead, shimHead} }

// headFirst moves the policy's <meta> element, the boot script (loader.go)
// and the storage fallback (shimHead) to the top of <head>, right after
// <meta charset>: a policy in a <meta> covers only what follows it, go-app
// puts RawHeaders last, the boot script starts app.wasm's download and
// compilation, so the browser should meet it first, and the fallback must
// come before go-app's deferred scripts. Elements the page lacks are left
// out.
func headFirst(page []byte) []byte {
	charset := []byte(`<meta charset="UTF-8">`)
	i := bytes.Index(page, charset)
	if i < 0 {
		return page
	}
	var first []byte
	for _, el := range headStart() {
		if j := bytes.Index(page, []byte(el)); j > i {
			page = append(page[:j:j], page[j+len(el):]...)
			first = append(first, el...)
		}
	}
	at := i + len(charset)
	out := make([]byte, 0, len(page)+len(first))
	out = append(out, page[:at]...)
	out = append(out, first...)
	return append(out, page[at:]...)
}

// HeadersName is the name of the headers file in the static site.
const HeadersName = "_headers"

// HeadersFile is the _headers file of Netlify and Cloudflare Pages: the
// security headers on every path, and the content type of app.wasm and
// pdf.wasm.
func HeadersFile() []byte {
	var b strings.Builder
	b.WriteString("# Written by `objector dist` (app/site/security.go).\n/*\n")
	for _, h := range SecurityHeaders() {
		fmt.Fprintf(&b, "  %s: %s\n", h.Name, h.Value)
	}
	b.WriteString("  Cache-Control: no-cache\n")
	b.WriteString("/web/app.wasm\n  Content-Type: application/wasm\n")
	// The PDF maker, loaded on the last step (wasm/pdf).
	b.WriteString("/web/pdf.wasm\n  Content-Type: application/wasm\n")
	return []byte(b.String())
}

// withSecurityHeaders sends SecurityHeaders with every response.
func withSecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, h := range SecurityHeaders() {
			w.Header().Set(h.Name, h.Value)
		}
		next.ServeHTTP(w, r)
	})
}
