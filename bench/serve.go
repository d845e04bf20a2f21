package main

import (
	"errors"
	"io"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// staticHandler serves a static site the way a plain static host would:
// "/" is index.html, "/x" is x.html when no file x exists, and a file's
// precompressed sibling (x.br, else x.gz) is sent when the browser accepts
// that encoding. The same handler serves the app and the floor, so neither
// gets a better host than the other.
type staticHandler struct {
	dir string
	// wasm, when set, records every app.wasm sent: the page may fetch it
	// from a worker, whose requests the page's DevTools session does not
	// see.
	wasm *wasmLog
}

// wasmLog records the app.wasm responses a server sent.
type wasmLog struct {
	mu   sync.Mutex
	sent []wasmSent
}

type wasmSent struct {
	at       time.Time
	encoding string // Content-Encoding, "" for none
	bytes    int64  // body bytes sent
}

func (l *wasmLog) add(s wasmSent) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sent = append(l.sent, s)
}

// since returns the responses sent at or after t, oldest first.
func (l *wasmLog) since(t time.Time) []wasmSent {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []wasmSent
	for _, s := range l.sent {
		if !s.at.Before(t) {
			out = append(out, s)
		}
	}
	return out
}

// contentTypes fixes the types the standard table may lack or get wrong;
// WebAssembly.instantiateStreaming needs application/wasm.
var contentTypes = map[string]string{
	".wasm":        "application/wasm",
	".js":          "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".html":        "text/html; charset=utf-8",
	".json":        "application/json",
	".webmanifest": "application/manifest+json",
	".svg":         "image/svg+xml",
	".ttf":         "font/ttf",
	".woff2":       "font/woff2",
}

func contentType(name string) string {
	ext := path.Ext(name)
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// resolve maps a URL path to a file of the site, or "" if there is none.
func (h staticHandler) resolve(urlPath string) string {
	p := path.Clean("/" + urlPath)
	if strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	name := filepath.Join(h.dir, filepath.FromSlash(p))
	if fi, err := os.Stat(name); err == nil {
		if fi.IsDir() {
			name = filepath.Join(name, "index.html")
			if _, err := os.Stat(name); err != nil {
				return ""
			}
		}
		return name
	}
	if _, err := os.Stat(name + ".html"); err == nil {
		return name + ".html"
	}
	return ""
}

// accepts reports whether an Accept-Encoding header value allows coding.
func accepts(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		return strings.ReplaceAll(strings.TrimSpace(params), " ", "") != "q=0"
	}
	return false
}

func (h staticHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := h.resolve(r.URL.Path)
	if name == "" {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", contentType(name))
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Add("Vary", "Accept-Encoding")
	send := name
	for _, enc := range []struct{ coding, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !accepts(r.Header.Get("Accept-Encoding"), enc.coding) {
			continue
		}
		if _, err := os.Stat(name + enc.ext); err == nil {
			send = name + enc.ext
			w.Header().Set("Content-Encoding", enc.coding)
			break
		}
	}
	f, err := os.Open(send)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	// ServeContent would answer Range requests on the compressed bytes;
	// a static host sends the whole file, and so do we.
	w.Header().Set("Content-Length", strconv.FormatInt(fi.Size(), 10))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		at := time.Now()
		n, _ := io.Copy(w, f)
		if h.wasm != nil && path.Clean(r.URL.Path) == "/web/app.wasm" {
			h.wasm.add(wasmSent{at: at, encoding: w.Header().Get("Content-Encoding"), bytes: n})
		}
	}
}

// server is a static file server that can be stopped and started again on
// the same address, so a page can be reloaded with its server down.
type server struct {
	handler http.Handler
	addr    string
	wasm    *wasmLog // what the handler sent of app.wasm

	mu  sync.Mutex
	srv *http.Server
}

// newServer starts serving dir on a free local port.
func newServer(dir string) (*server, error) {
	log := &wasmLog{}
	s := &server{handler: staticHandler{dir: dir, wasm: log}, addr: "127.0.0.1:0", wasm: log}
	if err := s.start(); err != nil {
		return nil, err
	}
	return s, nil
}

// URL is the site's root.
func (s *server) URL() string { return "http://" + s.addr + "/" }

func (s *server) start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.srv != nil {
		return nil
	}
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return err
	}
	s.addr = ln.Addr().String()
	s.srv = &http.Server{Handler: s.handler}
	go func(srv *http.Server) {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logf("server %s: %v", s.addr, err)
		}
	}(s.srv)
	return nil
}

// stop closes the listener and every open connection: the browser then
// gets connection errors, as when a phone goes offline.
func (s *server) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.srv != nil {
		_ = s.srv.Close()
		s.srv = nil
	}
}
