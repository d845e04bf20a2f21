package site

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"
)

// Codings the development server compresses assets with, the preferred
// first, and the levels it uses. objector dist writes brotli at quality 11
// (1.74 MB for app.wasm), which takes this machine over a minute and a half
// of one core; quality 5 takes about 2 s for 2.03 MB, against 2.39 MB for
// gzip and 9.1 MB uncompressed.
var serveCodings = []string{"br", "gzip"}

const (
	serveBrotliQuality = 5
	serveGzipLevel     = gzip.DefaultCompression
)

// encodedAssets compresses the web directory's assets for objector serve,
// once per version of each file (its size and modification time, so a
// rebuilt app.wasm is compressed anew) and coding, and keeps the latest in
// memory. Requests for a file being compressed wait for it.
type encodedAssets struct {
	dir string

	mu    sync.Mutex
	files map[string]*encodedFile // by slash name and coding
}

type encodedFile struct {
	size    int64
	modTime time.Time
	done    chan struct{} // closed once data or err is set
	data    []byte
	err     error
}

func newEncodedAssets(dir string) *encodedAssets {
	return &encodedAssets{dir: dir, files: map[string]*encodedFile{}}
}

// warm compresses the named assets in the background with every coding,
// so that the first visit finds app.wasm ready; it returns at once.
func (e *encodedAssets) warm(names ...string) {
	for _, name := range names {
		for _, coding := range serveCodings {
			go func() {
				if fi, err := os.Stat(e.path(name)); err == nil {
					e.get(name, coding, fi.Size(), fi.ModTime())
				}
			}()
		}
	}
}

func (e *encodedAssets) path(name string) string {
	return filepath.Join(e.dir, filepath.FromSlash(name))
}

// get returns the file name (a slash path in the directory) of the given
// size and modification time, compressed with coding, compressing it unless
// that version is compressed or being compressed already.
func (e *encodedAssets) get(name, coding string, size int64, modTime time.Time) ([]byte, error) {
	key := name + "\x00" + coding
	e.mu.Lock()
	f := e.files[key]
	if f == nil || f.size != size || !f.modTime.Equal(modTime) {
		f = &encodedFile{size: size, modTime: modTime, done: make(chan struct{})}
		e.files[key] = f
		go func() {
			f.data, f.err = e.compress(name, coding, size)
			close(f.done)
		}()
	}
	e.mu.Unlock()
	<-f.done
	return f.data, f.err
}

func (e *encodedAssets) compress(name, coding string, size int64) ([]byte, error) {
	data, err := os.ReadFile(e.path(name))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) != size {
		return nil, errChanged
	}
	var buf bytes.Buffer
	var w io.WriteCloser
	if coding == "br" {
		w = brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: serveBrotliQuality, LGWin: 24})
	} else {
		w, _ = gzip.NewWriterLevel(&buf, serveGzipLevel) // the level is valid
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// errChanged: the file changed while it was being read; the request sends
// it uncompressed, and the next one compresses the new version.
var errChanged = errors.New("site: the file changed while it was compressed")

// acceptedCoding returns the first of serveCodings that an Accept-Encoding
// header value allows, or "" for none (identity).
func acceptedCoding(header string) string {
	for _, coding := range serveCodings {
		for _, part := range strings.Split(header, ",") {
			name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			if !strings.EqualFold(strings.TrimSpace(name), coding) {
				continue
			}
			if q, ok := strings.CutPrefix(strings.ReplaceAll(strings.TrimSpace(params), " ", ""), "q="); ok && strings.Trim(q, "0.") == "" {
				break // q=0: refused
			}
			return coding
		}
	}
	return ""
}

// serveEncoded answers a GET or HEAD for the asset name (a slash path in
// the web directory) with its compressed form when the browser accepts one,
// with the headers a static host sends for the precompressed siblings
// objector dist writes; it reports false when the request is left to the
// plain file server (an uncompressible file, identity, or an error).
func (e *encodedAssets) serveEncoded(w http.ResponseWriter, r *http.Request, name string) bool {
	if !Compressible(name) || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
		return false
	}
	// Whatever is sent, another Accept-Encoding may get another body.
	w.Header().Add("Vary", "Accept-Encoding")
	coding := acceptedCoding(r.Header.Get("Accept-Encoding"))
	if coding == "" {
		return false
	}
	fi, err := os.Stat(e.path(name))
	if err != nil || fi.IsDir() {
		return false
	}
	data, err := e.get(name, coding, fi.Size(), fi.ModTime())
	if err != nil {
		return false
	}
	w.Header().Set("Content-Type", e.contentType(name))
	w.Header().Set("Content-Encoding", coding)
	// ServeContent answers conditional requests (Last-Modified) and ranges
	// of the compressed bytes, which is what a range means for them; with a
	// Content-Encoding it leaves the length of a whole response unsaid.
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	http.ServeContent(w, r, name, fi.ModTime(), bytes.NewReader(data))
	return true
}

// contentType is the type the plain file server sends for name (by its
// extension, else by its first bytes): application/wasm for app.wasm, which
// WebAssembly.compileStreaming needs.
func (e *encodedAssets) contentType(name string) string {
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	f, err := os.Open(e.path(name))
	if err != nil {
		return "application/octet-stream"
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	return http.DetectContentType(head[:n])
}
