package main

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// sizes of one file as served: raw, gzip -9 and brotli quality 11.
type sizes struct {
	Raw, Gzip, Brotli int
}

func gzipBytes(b []byte) ([]byte, error) {
	var out bytes.Buffer
	w, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func brotliBytes(b []byte) ([]byte, error) {
	var out bytes.Buffer
	// The largest window, as the app's dist uses: it helps the wasm.
	w := brotli.NewWriterOptions(&out, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// compressible lists the extensions a static host would precompress.
var compressible = map[string]bool{
	".wasm": true, ".js": true, ".css": true, ".html": true, ".json": true,
	".webmanifest": true, ".svg": true, ".ttf": true, ".txt": true,
}

// precompress writes x.br and x.gz beside every compressible file x of dir
// that has none (the app's dist writes its own, with the same brotli
// quality 11 and gzip -9), keeping a sibling only when it is smaller than
// x. It returns the sizes of each file it looked at, keyed by its slash path
// relative to dir.
func precompress(dir string) (map[string]sizes, error) {
	out := map[string]sizes{}
	err := filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressible[filepath.Ext(name)] {
			return err
		}
		raw, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		s := sizes{Raw: len(raw)}
		for _, c := range []struct {
			ext  string
			size *int
			fn   func([]byte) ([]byte, error)
		}{{".gz", &s.Gzip, gzipBytes}, {".br", &s.Brotli, brotliCached}} {
			if b, err := os.ReadFile(name + c.ext); err == nil {
				*c.size = len(b)
				continue
			}
			b, err := c.fn(raw)
			if err != nil {
				return err
			}
			*c.size = len(b)
			if len(b) >= len(raw) {
				if err := os.Remove(name + c.ext); err != nil && !os.IsNotExist(err) {
					return err
				}
				continue
			}
			if err := os.WriteFile(name+c.ext, b, 0o644); err != nil {
				return err
			}
		}
		rel, err := filepath.Rel(dir, name)
		if err != nil {
			return err
		}
		out[filepath.ToSlash(rel)] = s
		return nil
	})
	return out, err
}

// measure returns the sizes of one file's bytes.
func measure(raw []byte) (sizes, error) {
	g, err := gzipBytes(raw)
	if err != nil {
		return sizes{}, err
	}
	b, err := brotliCached(raw)
	if err != nil {
		return sizes{}, err
	}
	return sizes{Raw: len(raw), Gzip: len(g), Brotli: len(b)}, nil
}
