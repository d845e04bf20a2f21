package site

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

// TestServeCompressed: objector serve sends app.wasm brotli- or
// gzip-compressed to a browser that accepts it, as a static host sends the
// siblings objector dist writes, with its type and Vary, and uncompressed to
// one that does not; a rebuilt app.wasm is compressed anew.
func TestServeCompressed(t *testing.T) {
	web := webDir(t)
	_, srv := serve(t, web)
	// A client that neither asks for gzip by itself nor decodes it.
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	fetch := func(t *testing.T, method, path, acceptEncoding string) (*http.Response, []byte) {
		t.Helper()
		req, err := http.NewRequest(method, srv.URL+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if acceptEncoding != "" {
			req.Header.Set("Accept-Encoding", acceptEncoding)
		}
		return do(t, client, req)
	}
	decode := func(t *testing.T, coding string, body []byte) []byte {
		t.Helper()
		var r io.Reader = bytes.NewReader(body)
		switch coding {
		case "br":
			r = brotli.NewReader(r)
		case "gzip":
			zr, err := gzip.NewReader(r)
			if err != nil {
				t.Fatal(err)
			}
			r = zr
		}
		out, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("decoding %s: %v", coding, err)
		}
		return out
	}
	css, err := os.ReadFile(filepath.Join(web, "objector.css"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, path, accept, coding, contentType string
		want                                    []byte
	}{
		{"brotli", "/web/app.wasm", "gzip, deflate, br, zstd", "br", "application/wasm", fakeWasm},
		{"gzip", "/web/app.wasm", "gzip, deflate", "gzip", "application/wasm", fakeWasm},
		{"brotli refused", "/web/app.wasm", "br;q=0, gzip;q=0.8", "gzip", "application/wasm", fakeWasm},
		{"identity", "/web/app.wasm", "", "", "application/wasm", fakeWasm},
		{"identity asked for", "/web/app.wasm", "identity", "", "application/wasm", fakeWasm},
		{"nothing accepted", "/web/app.wasm", "br;q=0, gzip;q=0.0", "", "application/wasm", fakeWasm},
		{"stylesheet", "/web/objector.css", "br", "br", "text/css; charset=utf-8", css},
		{"font by its bytes", "/web/fonts/Test.ttf", "gzip", "gzip", "", bytes.Repeat([]byte("font"), 500)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, body := fetch(t, http.MethodGet, tc.path, tc.accept)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d", res.StatusCode)
			}
			if got := res.Header.Get("Content-Encoding"); got != tc.coding {
				t.Errorf("Content-Encoding %q, want %q", got, tc.coding)
			}
			if got := res.Header.Get("Content-Type"); tc.contentType != "" && got != tc.contentType {
				t.Errorf("Content-Type %q, want %q", got, tc.contentType)
			}
			if got := res.Header.Values("Vary"); len(got) != 1 || got[0] != "Accept-Encoding" {
				t.Errorf("Vary %q, want Accept-Encoding once", got)
			}
			if got := res.Header.Get("Cache-Control"); got != "no-cache" {
				t.Errorf("Cache-Control %q, want no-cache", got)
			}
			if got, want := res.Header.Get("Content-Length"), len(body); got != strconv.Itoa(want) {
				t.Errorf("Content-Length %s for %d bytes", got, want)
			}
			if tc.coding != "" && strings.HasSuffix(tc.path, ".wasm") && len(body) >= len(tc.want) {
				t.Errorf("%s body of %d bytes for %d raw", tc.coding, len(body), len(tc.want))
			}
			if got := decode(t, tc.coding, body); !bytes.Equal(got, tc.want) {
				t.Errorf("decoded body differs from the file (%d bytes, want %d)", len(got), len(tc.want))
			}
		})
	}

	t.Run("head", func(t *testing.T) {
		res, body := fetch(t, http.MethodHead, "/web/app.wasm", "br")
		if res.Header.Get("Content-Encoding") != "br" || len(body) != 0 || res.Header.Get("Content-Length") == "" {
			t.Errorf("HEAD: encoding %q, length %q, %d body bytes", res.Header.Get("Content-Encoding"), res.Header.Get("Content-Length"), len(body))
		}
	})
	t.Run("image as it is", func(t *testing.T) {
		res, _ := fetch(t, http.MethodGet, "/web/icons/icon-192.png", "br, gzip")
		if got := res.Header.Get("Content-Encoding"); got != "" {
			t.Errorf("a PNG sent with Content-Encoding %q", got)
		}
	})
	t.Run("rebuilt", func(t *testing.T) {
		rebuilt := append(append([]byte(nil), fakeWasm...), []byte("rebuilt")...)
		p := filepath.Join(web, "app.wasm")
		if err := os.WriteFile(p, rebuilt, 0o644); err != nil {
			t.Fatal(err)
		}
		// A new modification time even where the clock is coarse.
		later := time.Now().Add(time.Minute)
		if err := os.Chtimes(p, later, later); err != nil {
			t.Fatal(err)
		}
		for _, coding := range []string{"br", "gzip"} {
			res, body := fetch(t, http.MethodGet, "/web/app.wasm", coding)
			if got := decode(t, res.Header.Get("Content-Encoding"), body); !bytes.Equal(got, rebuilt) {
				t.Errorf("%s: the old app.wasm was sent after a rebuild", coding)
			}
		}
	})
}

func TestAcceptedCoding(t *testing.T) {
	for _, tc := range []struct{ header, want string }{
		{"", ""},
		{"identity", ""},
		{"gzip, deflate, br, zstd", "br"},
		{"GZIP", "gzip"},
		{"br;q=0", ""},
		{"br; q=0.000, gzip; q=0.5", "gzip"},
		{"br;q=0.1", "br"},
		{"deflate", ""},
		{"brotli, xgzip", ""},
	} {
		if got := acceptedCoding(tc.header); got != tc.want {
			t.Errorf("acceptedCoding(%q) = %q, want %q", tc.header, got, tc.want)
		}
	}
}
