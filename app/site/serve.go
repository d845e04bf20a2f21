package site

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path"
	"strings"

	"github.com/objector-eu/objector/locales"
)

// Serve runs `objector serve [-addr host:port] [-web dir]`: the app for
// development, with every file read fresh from the web directory.
func Serve(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8000", "address to listen on")
	webDir := fs.String("web", "web", "directory of the static assets, with app.wasm built")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	h, err := NewServer(*webDir)
	if err != nil {
		fmt.Fprintln(stderr, "objector serve:", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "objector serve:", err)
		return 1
	}
	fmt.Fprintf(stdout, "Objector at http://%s/ (version %s)\n", ln.Addr(), h.version)
	if err := http.Serve(ln, h); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(stderr, "objector serve:", err)
		return 1
	}
	return 0
}

// Server serves the app from a web directory: go-app's pages and generated
// files, and the directory's assets under /web.
type Server struct {
	mux     http.Handler
	version string
}

// NewServer builds the handler for the assets in webDir.
func NewServer(webDir string) (*Server, error) {
	h, err := Handler(os.DirFS(webDir))
	if err != nil {
		return nil, err
	}
	files := http.StripPrefix("/web/", http.FileServer(http.Dir(webDir)))
	// app.wasm is 9 MB raw: sent compressed, as the static site's
	// precompressed siblings are, a first visit is as light as there.
	encoded := newEncodedAssets(webDir)
	encoded.warm("app.wasm", "pdf.wasm")
	mux := http.NewServeMux()
	mux.Handle("/web/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isAsset(path.Base(r.URL.Path)) || strings.Contains(r.URL.Path, "/.") {
			http.NotFound(w, r)
			return
		}
		// Development: always revalidate, so a rebuilt wasm is picked up.
		w.Header().Set("Cache-Control", "no-cache")
		if encoded.serveEncoded(w, r, strings.TrimPrefix(r.URL.Path, "/web/")) {
			return
		}
		files.ServeHTTP(w, r)
	}))
	langs, err := browserLanguages()
	if err != nil {
		return nil, err
	}
	mux.Handle(path.Dir(locales.CompactPath("xx"))+"/", langs)
	mux.Handle("/", fixGeneratedResponses(h))
	return &Server{mux: withSecurityHeaders(mux), version: h.Version}, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }
