package site

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestServeSecurityHeaders(t *testing.T) {
	_, srv := serve(t, webDir(t))
	for _, path := range []string{"/", "/?lang=de", "/app.js", "/web/app.wasm", "/web/storage-shim.js", "/manifest.webmanifest", "/nowhere"} {
		t.Run(path, func(t *testing.T) {
			res, _ := get(t, srv, path)
			for _, h := range SecurityHeaders() {
				if got := res.Header.Get(h.Name); got != h.Value {
					t.Errorf("%s: %q, want %q", h.Name, got, h.Value)
				}
			}
		})
	}
}

// TestCSPDirectives: the policy is the one the privacy promise names,
// directive for directive, and frame-ancestors only ever goes in a header.
func TestCSPDirectives(t *testing.T) {
	want := []string{
		"default-src 'self'", "worker-src 'self' blob:", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'",
		"img-src 'self' data: blob:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
	}
	if got := strings.Split(CSP, "; "); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("CSP directives %q\nwant %q", got, want)
	}
	if strings.Contains(metaCSP(), "frame-ancestors") {
		t.Error("frame-ancestors in the <meta> policy, where browsers ignore it")
	}
	if strings.ContainsAny(CSP, `"&<>`) {
		t.Errorf("the policy needs escaping in an attribute: %s", CSP)
	}
	if strings.Contains(CSP, "unsafe-inline") || strings.Contains(CSP, "'unsafe-eval'") || strings.Contains(CSP, "*") {
		t.Errorf("the policy opens inline code, eval or any origin: %s", CSP)
	}
}

func TestHeadFirst(t *testing.T) {
	meta := metaCSP()
	tests := []struct{ name, in, want string }{
		{"moved after charset",
			`<head><meta charset="UTF-8"><link rel="stylesheet" href="/a.css"><script src="/b.js"></script>` + meta + bootHead + `</head>`,
			`<head><meta charset="UTF-8">` + meta + bootHead + `<link rel="stylesheet" href="/a.css"><script src="/b.js"></script></head>`},
		{"policy before the boot script", `<meta charset="UTF-8"><link>` + bootHead + meta, `<meta charset="UTF-8">` + meta + bootHead + `<link>`},
		{"already first", `<meta charset="UTF-8">` + meta + bootHead + `<link>`, `<meta charset="UTF-8">` + meta + bootHead + `<link>`},
		{"storage fallback before go-app's scripts", `<meta charset="UTF-8"><script defer src="/wasm_exec.js"></script>` + meta + bootHead + shimHead,
			`<meta charset="UTF-8">` + meta + bootHead + shimHead + `<script defer src="/wasm_exec.js"></script>`},
		{"policy alone", `<meta charset="UTF-8"><link>` + meta, `<meta charset="UTF-8">` + meta + `<link>`},
		{"neither: unchanged", `<meta charset="UTF-8"><link>`, `<meta charset="UTF-8"><link>`},
		{"no charset: unchanged", `<head><link>` + meta, `<head><link>` + meta},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(headFirst([]byte(tt.in))); got != tt.want {
				t.Errorf("headFirst:\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

var (
	scriptTag   = regexp.MustCompile(`<script\b[^>]*>`)
	styleAttr   = regexp.MustCompile(`\sstyle=`)
	handlerAttr = regexp.MustCompile(`\son[a-z]+=`)
	stylesheet  = regexp.MustCompile(`<link\b[^>]*rel="stylesheet"[^>]*>`)
)

// goappScripts finds go-app's deferred scripts' tags, which must come after
// the storage fallback.
var goappScripts = map[string]*regexp.Regexp{
	"/wasm_exec.js": regexp.MustCompile(`<script[^>]* src="/wasm_exec.js"[^>]*>`),
	"/app.js":       regexp.MustCompile(`<script[^>]* src="/app.js"[^>]*>`),
}

// TestDistPagesObeyCSP: every generated page carries the policy before
// anything it loads, has no inline script, no style attribute and no event
// handler attribute (all of which the policy refuses), loads the storage
// fallback before app.js runs, and the _headers file carries every header.
func TestDistPagesObeyCSP(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	if _, err := WriteDist(out, webDir(t)); err != nil {
		t.Fatal(err)
	}
	for name, page := range distPages(t, out) {
		meta := bytes.Index(page, []byte(metaCSP()))
		if meta < 0 {
			t.Errorf("%s: no CSP <meta>", name)
			continue
		}
		if bytes.Count(page, []byte("Content-Security-Policy")) != 1 {
			t.Errorf("%s: the policy is there more than once", name)
		}
		for _, first := range []string{"<link", "<script", "<style", "<img"} {
			if i := bytes.Index(page, []byte(first)); i >= 0 && i < meta {
				t.Errorf("%s: %s before the policy", name, first)
			}
		}
		for _, tag := range scriptTag.FindAll(page, -1) {
			if !bytes.Contains(tag, []byte(` src="/`)) {
				t.Errorf("%s: inline or foreign script %s", name, tag)
			}
		}
		if m := styleAttr.Find(page); m != nil || bytes.Contains(page, []byte("<style")) {
			t.Errorf("%s: inline style", name)
		}
		if m := handlerAttr.Find(page); m != nil {
			t.Errorf("%s: event handler attribute %q", name, m)
		}
		// The storage fallback is deferred, like go-app's scripts, and comes
		// before them: deferred scripts run in document order.
		shim := bytes.Index(page, []byte(shimHead))
		if shim < 0 {
			t.Errorf("%s: does not load %s deferred", name, StorageShim)
		}
		for later, pattern := range goappScripts {
			tag := pattern.Find(page)
			if tag == nil || !bytes.Contains(tag, []byte(" defer")) {
				t.Errorf("%s: %s is not a deferred script: %s", name, later, tag)
				continue
			}
			if bytes.Index(page, tag) < shim {
				t.Errorf("%s: %s comes before the storage fallback", name, later)
			}
		}
		if bytes.Count(page, []byte(StorageShim)) != 1 {
			t.Errorf("%s: %s is loaded more than once", name, StorageShim)
		}
		if !bytes.Contains(page, []byte(loaderIcon+` loading="lazy"`)) {
			t.Errorf("%s: the hidden loader image is not lazy", name)
		}
		// The first paint waits for every stylesheet: ours only.
		if sheets := stylesheet.FindAll(page, -1); len(sheets) != 1 || !bytes.Contains(sheets[0], []byte(`href="/web/objector.css"`)) {
			t.Errorf("%s: stylesheets %q, want web/objector.css alone", name, sheets)
		}
	}

	headers, err := os.ReadFile(filepath.Join(out, HeadersName))
	if err != nil {
		t.Fatal(err)
	}
	rules := parseHeadersFile(t, string(headers))
	for _, h := range SecurityHeaders() {
		if got := rules["/*"][h.Name]; got != h.Value {
			t.Errorf("_headers /*: %s = %q, want %q", h.Name, got, h.Value)
		}
	}
	if got := rules["/web/pdf.wasm"]["Content-Type"]; got != "application/wasm" {
		t.Errorf("_headers: pdf.wasm Content-Type %q", got)
	}
	if got := rules["/web/app.wasm"]["Content-Type"]; got != "application/wasm" {
		t.Errorf("_headers: app.wasm Content-Type %q", got)
	}
}

// parseHeadersFile reads Netlify's _headers format: a path line, then
// indented "Name: value" lines.
func parseHeadersFile(t *testing.T, s string) map[string]map[string]string {
	t.Helper()
	rules := map[string]map[string]string{}
	var path string
	for _, line := range strings.Split(s, "\n") {
		switch {
		case strings.TrimSpace(line) == "", strings.HasPrefix(line, "#"):
		case !strings.HasPrefix(line, " "):
			path = line
			rules[path] = map[string]string{}
		default:
			name, value, ok := strings.Cut(strings.TrimSpace(line), ": ")
			if !ok || path == "" {
				t.Fatalf("_headers: bad line %q", line)
			}
			rules[path][name] = value
		}
	}
	return rules
}

// TestREADMEHeaders keeps the README's header table and the nginx and
// Caddy configurations of docs/hosting.md in step with SecurityHeaders.
func TestREADMEHeaders(t *testing.T) {
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	hosting := read("docs/hosting.md")
	blocks := map[string]string{}
	for _, lang := range []string{"nginx", "caddy"} {
		start := strings.Index(hosting, "```"+lang+"\n")
		if start < 0 {
			t.Fatalf("docs/hosting.md has no %s configuration", lang)
		}
		end := strings.Index(hosting[start+3:], "```")
		blocks[lang] = hosting[start : start+3+end]
	}
	blocks["table"] = read("README.md")
	for where, text := range blocks {
		for _, h := range SecurityHeaders() {
			var want string
			switch where {
			case "nginx":
				want = "add_header " + h.Name + ` "` + h.Value + `" always;`
			case "caddy":
				want = h.Name + ` "` + h.Value + `"`
			default:
				want = "| `" + h.Name + "` | `" + h.Value + "` |"
			}
			if !strings.Contains(text, want) {
				t.Errorf("%s lacks %s", where, want)
			}
		}
	}
}
