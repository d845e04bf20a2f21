package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestStaticHandler(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"index.html":           "index",
		"about.html":           "about",
		"web/app.wasm":         "wasm",
		"web/app.wasm.br":      "wasm-br",
		"web/app.wasm.gz":      "wasm-gz",
		"app.js":               "js",
		"app.js.gz":            "js-gz",
		"manifest.webmanifest": "{}",
	})
	h := staticHandler{dir: dir}
	tests := []struct {
		name, path, acceptEncoding string
		status                     int
		body, contentType, enc     string
	}{
		{"root is index.html", "/", "", 200, "index", "text/html; charset=utf-8", ""},
		{"route without extension", "/about", "", 200, "about", "text/html; charset=utf-8", ""},
		{"wasm plain", "/web/app.wasm", "", 200, "wasm", "application/wasm", ""},
		{"wasm brotli", "/web/app.wasm", "gzip, deflate, br, zstd", 200, "wasm-br", "application/wasm", "br"},
		{"wasm gzip when br not accepted", "/web/app.wasm", "gzip", 200, "wasm-gz", "application/wasm", "gzip"},
		{"br refused with q=0", "/web/app.wasm", "br;q=0, gzip", 200, "wasm-gz", "application/wasm", "gzip"},
		{"gzip when no br sibling", "/app.js", "br, gzip", 200, "js-gz", "text/javascript; charset=utf-8", "gzip"},
		{"manifest type", "/manifest.webmanifest", "", 200, "{}", "application/manifest+json", ""},
		{"missing", "/nope.js", "", 404, "", "", ""},
		{"no escape from the site", "/../serve.go", "", 404, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, tt.path, nil)
			if tt.acceptEncoding != "" {
				req.Header.Set("Accept-Encoding", tt.acceptEncoding)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			if tt.status != 200 {
				return
			}
			if got := rec.Body.String(); got != tt.body {
				t.Errorf("body %q, want %q", got, tt.body)
			}
			if got := rec.Header().Get("Content-Type"); got != tt.contentType {
				t.Errorf("Content-Type %q, want %q", got, tt.contentType)
			}
			if got := rec.Header().Get("Content-Encoding"); got != tt.enc {
				t.Errorf("Content-Encoding %q, want %q", got, tt.enc)
			}
		})
	}
}

func TestServerStopsAndStartsOnSameAddress(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"index.html": "index"})
	s, err := newServer(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.stop()
	url := s.URL()
	get := func() error {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
		}
		return err
	}
	if err := get(); err != nil {
		t.Fatalf("running server: %v", err)
	}
	s.stop()
	if err := get(); err == nil {
		t.Fatal("stopped server still answers")
	}
	if err := s.start(); err != nil {
		t.Fatal(err)
	}
	if s.URL() != url {
		t.Errorf("restarted at %s, want %s", s.URL(), url)
	}
	if err := get(); err != nil {
		t.Fatalf("restarted server: %v", err)
	}
}

func TestPrecompress(t *testing.T) {
	dir := t.TempDir()
	big := make([]byte, 4096) // zeros compress well
	writeFiles(t, dir, map[string]string{"app.js": string(big), "tiny.css": "a", "icon.png": string(big)})
	got, err := precompress(dir)
	if err != nil {
		t.Fatal(err)
	}
	if s := got["app.js"]; s.Raw != 4096 || s.Brotli == 0 || s.Brotli >= s.Raw || s.Gzip >= s.Raw {
		t.Errorf("app.js sizes %+v", s)
	}
	for _, name := range []string{"app.js.br", "app.js.gz"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s not written: %v", name, err)
		}
	}
	// A sibling larger than the file is pointless; a PNG is not compressed.
	for _, name := range []string{"tiny.css.br", "tiny.css.gz", "icon.png.br"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s written", name)
		}
	}
}

// TestWasmLog: the handler records each app.wasm it sends, whoever asked
// (a page or its worker), and nothing else.
func TestWasmLog(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"index.html": "index", "web/app.wasm": "wasm", "web/app.wasm.br": "wasm-br"})
	log := &wasmLog{}
	h := staticHandler{dir: dir, wasm: log}
	get := func(path, enc string) {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.Header.Set("Accept-Encoding", enc)
		h.ServeHTTP(httptest.NewRecorder(), req)
	}
	get("/web/app.wasm", "br")
	get("/", "br")
	mid := time.Now()
	get("/web/app.wasm", "")
	all := log.since(time.Time{})
	if len(all) != 2 || all[0].encoding != "br" || all[0].bytes != int64(len("wasm-br")) || all[1].encoding != "" || all[1].bytes != int64(len("wasm")) {
		t.Errorf("log %+v, want app.wasm in brotli (7 bytes) then plain (4 bytes)", all)
	}
	if late := log.since(mid); len(late) != 1 || late[0].encoding != "" {
		t.Errorf("since the middle: %+v, want the plain one", late)
	}
}
