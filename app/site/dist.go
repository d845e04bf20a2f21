package site

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"sync"

	"github.com/andybalholm/brotli"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Dist runs `objector dist [-o dir] [-web dir]`: the static site, deployable
// to any static host.
func Dist(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("dist", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "dist", "output directory (replaced)")
	webDir := fs.String("web", "web", "directory of the static assets, with app.wasm built")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	r, err := WriteDist(*out, *webDir)
	if err != nil {
		fmt.Fprintln(stderr, "objector dist:", err)
		return 1
	}
	fmt.Fprintf(stdout, "dist: %d files (+%d precompressed) in %s, version %s\n", len(r.Files), r.Compressed, *out, r.Version)
	fmt.Fprintf(stdout, "app.wasm: %s raw, %s gzip, %s brotli\n", size(r.Wasm.Raw), size(r.Wasm.Gzip), size(r.Wasm.Brotli))
	return 0
}

// DistReport describes a written static site.
type DistReport struct {
	Version    string
	Files      []string // slash paths relative to the output, without the .br/.gz siblings
	Compressed int      // number of .br and .gz files written
	Wasm       Sizes
}

// Sizes are a file's byte counts raw and precompressed.
type Sizes struct{ Raw, Gzip, Brotli int64 }

// WriteDist writes the static site for the assets in webDir to out:
// go-app's generated files (index.html, app.js, app-worker.js, manifest,
// app.css, wasm_exec.js, one page per route), the assets under web/, and a
// .br and a .gz sibling of every file that compresses (all but images and
// already-compressed formats). An existing out is replaced, but only when it
// is empty or an earlier static site.
func WriteDist(out, webDir string) (*DistReport, error) {
	web := os.DirFS(webDir)
	h, err := Handler(web)
	if err != nil {
		return nil, err
	}
	if err := clearOutput(out); err != nil {
		return nil, err
	}
	if err := app.GenerateStaticWebsite(out, h); err != nil {
		return nil, err
	}
	if err := fixGeneratedFiles(out); err != nil {
		return nil, err
	}
	assets, err := Assets(web)
	if err != nil {
		return nil, err
	}
	for _, a := range assets {
		if err := copyFile(web, a, filepath.Join(out, "web", filepath.FromSlash(a))); err != nil {
			return nil, err
		}
	}
	langs, err := browserLanguages()
	if err != nil {
		return nil, err
	}
	if err := langs.write(out); err != nil {
		return nil, err
	}
	r := &DistReport{Version: h.Version}
	err = filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(out, p)
		r.Files = append(r.Files, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(r.Files)
	n, err := compressAll(out, r.Files)
	if err != nil {
		return nil, err
	}
	r.Compressed = n
	// Read by the host, never sent, so not compressed.
	if err := os.WriteFile(filepath.Join(out, HeadersName), HeadersFile(), 0o644); err != nil {
		return nil, err
	}
	r.Files = append(r.Files, HeadersName)
	sort.Strings(r.Files)
	wasm := filepath.Join(out, "web", "app.wasm")
	for _, s := range []struct {
		p string
		n *int64
	}{{wasm, &r.Wasm.Raw}, {wasm + ".gz", &r.Wasm.Gzip}, {wasm + ".br", &r.Wasm.Brotli}} {
		st, err := os.Stat(s.p)
		if err != nil {
			return nil, err
		}
		*s.n = st.Size()
	}
	return r, nil
}

// clearOutput empties out, refusing any directory that is neither empty nor
// an earlier static site, so a mistyped -o never deletes someone's files.
func clearOutput(out string) error {
	entries, err := os.ReadDir(out)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, "app-worker.js")); err != nil {
		return fmt.Errorf("%s is not empty and holds no earlier static site; refusing to replace it", out)
	}
	return os.RemoveAll(out)
}

func copyFile(fsys fs.FS, name, dst string) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, data, 0o644)
}

// Compressible reports whether a file gets precompressed siblings: every
// file except images and formats that are compressed already.
func Compressible(name string) bool {
	switch path.Ext(name) {
	case ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico",
		".woff", ".woff2", ".zip", ".gz", ".br", ".pdf":
		return false
	}
	return true
}

type compressJob struct {
	src, ext string
	size     int64
}

// compressAll writes name.br (brotli quality 11) and name.gz (gzip -9) for
// every compressible file, on every core, the largest first (app.wasm's
// brotli takes longest).
func compressAll(out string, files []string) (int, error) {
	var jobs []compressJob
	for _, f := range files {
		if !Compressible(f) {
			continue
		}
		p := filepath.Join(out, filepath.FromSlash(f))
		st, err := os.Stat(p)
		if err != nil {
			return 0, err
		}
		jobs = append(jobs, compressJob{p, ".br", st.Size()}, compressJob{p, ".gz", st.Size()})
	}
	sort.SliceStable(jobs, func(i, j int) bool { return jobs[i].size > jobs[j].size })
	ch := make(chan compressJob)
	errs := make(chan error, len(jobs))
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Go(func() {
			for j := range ch {
				errs <- compressFile(j)
			}
		})
	}
	for _, j := range jobs {
		ch <- j
	}
	close(ch)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return 0, err
		}
	}
	return len(jobs), nil
}

func compressFile(j compressJob) error {
	data, err := os.ReadFile(j.src)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	var w io.WriteCloser
	if j.ext == ".br" {
		w = brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
	} else {
		w, _ = gzip.NewWriterLevel(&buf, gzip.BestCompression) // the level is valid
	}
	if _, err := w.Write(data); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return os.WriteFile(j.src+j.ext, buf.Bytes(), 0o644)
}

func size(n int64) string {
	return fmt.Sprintf("%.2f MB (%d bytes)", float64(n)/1e6, n)
}
