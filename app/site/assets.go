package site

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"io"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"
)

// Assets lists the files of the web directory that the app serves under
// /web, as slash paths relative to it, sorted: everything except Go source
// (web/embed.go), hidden files and precompressed siblings.
func Assets(web fs.FS) ([]string, error) {
	var out []string
	err := fs.WalkDir(web, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if p != "." && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isAsset(name) {
			return nil
		}
		out = append(out, p)
		return nil
	})
	sort.Strings(out)
	return out, err
}

func isAsset(name string) bool {
	switch path.Ext(name) {
	case ".go", ".br", ".gz":
		return false
	}
	return true
}

// version hashes the assets (names and bytes), the handler's settings and
// the Go version (which picks wasm_exec.js). The result names the worker's
// cache and changes app-worker.js, which is what makes browsers update.
func version(web fs.FS, assets []string, settings []string) (string, error) {
	h := sha256.New()
	field(h, []byte(runtime.Version()))
	for _, s := range settings {
		field(h, []byte(s))
	}
	for _, a := range assets {
		field(h, []byte(a))
		f, err := web.Open(a)
		if err != nil {
			return "", err
		}
		st, err := f.Stat()
		if err != nil {
			f.Close()
			return "", err
		}
		// Length-prefix every field so no two inputs hash alike.
		binary.Write(h, binary.BigEndian, st.Size())
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:20], nil
}

func field(h hash.Hash, b []byte) {
	binary.Write(h, binary.BigEndian, int64(len(b)))
	h.Write(b)
}
