package site

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"image/png"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/andybalholm/brotli"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// testPage stands in for the app's routes: the site package must work for
// whatever pages ui.Routes registers.
type testPage struct{ app.Compo }

func (p *testPage) Render() app.UI { return app.Main().Text("test page") }

func init() {
	app.Route("/", func() app.Composer { return &testPage{} })
}

// fakeWasm is not a real program; the host side only copies and hashes it.
var fakeWasm = append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("wasm "), 2000)...)

// webDir writes a web directory like the real one: app.wasm, the committed
// icons, the stylesheet, a font and the Go file that embeds the fonts.
// serve runs the site's server on the web folder web for one test.
func serve(t *testing.T, web string) (*Server, *httptest.Server) {
	t.Helper()
	s, err := NewServer(web)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return s, srv
}

// distPages reads every page of the static site in out, by file name.
func distPages(t *testing.T, out string) map[string][]byte {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(out, "*.html"))
	if len(names) == 0 {
		t.Fatal("no pages written")
	}
	pages := make(map[string][]byte, len(names))
	for _, name := range names {
		page, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		pages[filepath.Base(name)] = page
	}
	return pages
}

func webDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string][]byte{
		"app.wasm":                    fakeWasm,
		"objector.css":                []byte("body{margin:0}\n"),
		"fonts/Test.ttf":              bytes.Repeat([]byte("font"), 500),
		"fonts/LICENSE":               []byte("license text\n"),
		"embed.go":                    []byte("package web\n"),
		".hidden/secret":              []byte("x"),
		"icons/.DS_Store":             []byte("x"),
		"app.wasm.br":                 []byte("stale"),
		"objector.css.gz":             []byte("stale"),
		"icons/icon.svg":              nil,
		"icons/icon-192.png":          nil,
		"icons/icon-512.png":          nil,
		"icons/icon-maskable-512.png": nil,
		"storage-shim.js":             nil,
		"boot.js":                     nil,
	}
	for name, data := range files {
		if data == nil {
			var err error
			data, err = os.ReadFile(filepath.Join("..", "..", "web", filepath.FromSlash(name)))
			if err != nil {
				t.Fatal(err)
			}
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestAssets(t *testing.T) {
	got, err := Assets(os.DirFS(webDir(t)))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"app.wasm", "boot.js", "fonts/LICENSE", "fonts/Test.ttf", "icons/icon-192.png",
		"icons/icon-512.png", "icons/icon-maskable-512.png", "icons/icon.svg", "objector.css",
		"storage-shim.js",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Assets = %q, want %q", got, want)
	}
}

func TestVersion(t *testing.T) {
	base := fstest.MapFS{
		"app.wasm":                    {Data: []byte("wasm v1")},
		"objector.css":                {Data: []byte("css")},
		"fonts/A.ttf":                 {Data: []byte("font")},
		"embed.go":                    {Data: []byte("package web")},
		"icons/icon.svg":              {Data: []byte("<svg/>")},
		"icons/icon-192.png":          {Data: []byte("png")},
		"icons/icon-512.png":          {Data: []byte("png")},
		"icons/icon-maskable-512.png": {Data: []byte("png")},
		"storage-shim.js":             {Data: []byte("js")},
		"boot.js":                     {Data: []byte("js")},
	}
	with := func(change func(fstest.MapFS)) fstest.MapFS {
		m := fstest.MapFS{}
		for k, v := range base {
			c := *v
			m[k] = &c
		}
		change(m)
		return m
	}
	tests := []struct {
		name    string
		fs      fstest.MapFS
		changed bool
	}{
		{"same content", with(func(fstest.MapFS) {}), false},
		{"Go source changed", with(func(m fstest.MapFS) { m["embed.go"].Data = []byte("package web // x") }), false},
		{"precompressed sibling added", with(func(m fstest.MapFS) { m["app.wasm.br"] = &fstest.MapFile{Data: []byte("br")} }), false},
		{"hidden file added", with(func(m fstest.MapFS) { m[".DS_Store"] = &fstest.MapFile{Data: []byte("x")} }), false},
		{"wasm changed", with(func(m fstest.MapFS) { m["app.wasm"].Data = []byte("wasm v2") }), true},
		{"stylesheet changed", with(func(m fstest.MapFS) { m["objector.css"].Data = []byte("css2") }), true},
		{"font changed", with(func(m fstest.MapFS) { m["fonts/A.ttf"].Data = []byte("font2") }), true},
		{"asset added", with(func(m fstest.MapFS) { m["fonts/B.ttf"] = &fstest.MapFile{Data: []byte("b")} }), true},
		{"asset renamed", with(func(m fstest.MapFS) { m["fonts/C.ttf"] = m["fonts/A.ttf"]; delete(m, "fonts/A.ttf") }), true},
		{"bytes moved between files", with(func(m fstest.MapFS) {
			m["objector.css"].Data = []byte("cssf")
			m["fonts/A.ttf"].Data = []byte("ont")
		}), true},
	}
	h0, err := Handler(base)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := Handler(tt.fs)
			if err != nil {
				t.Fatal(err)
			}
			if changed := h.Version != h0.Version; changed != tt.changed {
				t.Errorf("version changed = %v (%s → %s), want %v", changed, h0.Version, h.Version, tt.changed)
			}
		})
	}
}

func TestHandlerNeedsWasmAndIcons(t *testing.T) {
	if _, err := Handler(fstest.MapFS{"objector.css": {}}); !errors.Is(err, ErrNoWasm) {
		t.Errorf("without app.wasm: err = %v, want ErrNoWasm", err)
	}
	if _, err := Handler(fstest.MapFS{"app.wasm": {}, "objector.css": {}}); err == nil || !strings.Contains(err.Error(), "icon") {
		t.Errorf("without icons: err = %v, want a missing icon", err)
	}
}

func get(t *testing.T, srv *httptest.Server, path string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	return do(t, http.DefaultClient, req)
}

// do sends req with client and reads the whole response.
func do(t *testing.T, client *http.Client, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, body
}

type manifest struct {
	Name            string `json:"name"`
	ShortName       string `json:"short_name"`
	Description     string `json:"description"`
	StartURL        string `json:"start_url"`
	Scope           string `json:"scope"`
	Display         string `json:"display"`
	ThemeColor      string `json:"theme_color"`
	BackgroundColor string `json:"background_color"`
	Icons           []struct {
		Src, Type, Sizes, Purpose string
	} `json:"icons"`
}

func TestManifest(t *testing.T) {
	_, srv := serve(t, webDir(t))
	res, body := get(t, srv, "/manifest.webmanifest")
	if res.StatusCode != 200 {
		t.Fatalf("status %d", res.StatusCode)
	}
	var m manifest
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("manifest: %v\n%s", err, body)
	}
	for name, got := range map[string]string{
		"name": m.Name, "short_name": m.ShortName, "description": m.Description,
		"start_url": m.StartURL, "display": m.Display, "theme_color": m.ThemeColor,
		"background_color": m.BackgroundColor,
	} {
		if got == "" || strings.Contains(got, "⟦") {
			t.Errorf("manifest %s = %q", name, got)
		}
	}
	if m.Name != "Objector" || m.Display != "standalone" || m.StartURL != "/" {
		t.Errorf("manifest = %+v", m)
	}
	kinds := map[string]bool{}
	for _, ic := range m.Icons {
		if !strings.HasPrefix(ic.Src, "/web/icons/") {
			t.Errorf("icon %s is not local", ic.Src)
			continue
		}
		res, data := get(t, srv, ic.Src)
		if res.StatusCode != 200 {
			t.Errorf("icon %s: status %d", ic.Src, res.StatusCode)
			continue
		}
		switch ic.Type {
		case "image/png":
			img, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Errorf("icon %s: %v", ic.Src, err)
				continue
			}
			b := img.Bounds()
			if got := strconv.Itoa(b.Dx()) + "x" + strconv.Itoa(b.Dy()); got != ic.Sizes {
				t.Errorf("icon %s is %s, manifest says %s", ic.Src, got, ic.Sizes)
			}
			kinds[ic.Sizes+" "+ic.Purpose] = true
		case "image/svg+xml":
			if !bytes.HasPrefix(data, []byte("<svg")) {
				t.Errorf("icon %s is not an SVG", ic.Src)
			}
			kinds["svg"] = true
		default:
			t.Errorf("icon %s: type %s", ic.Src, ic.Type)
		}
	}
	for _, want := range []string{"192x192 ", "512x512 ", "512x512 maskable", "svg"} {
		if !kinds[want] {
			t.Errorf("manifest lacks the %q icon: %+v", want, m.Icons)
		}
	}
}

func TestServiceWorker(t *testing.T) {
	dir := webDir(t)
	s, srv := serve(t, dir)
	_, body := get(t, srv, "/app-worker.js")
	js := string(body)
	for _, want := range []string{
		`const cacheName = cachePrefix + "` + s.version + `"`, // the version names the cache
		// app/ui's update banner looks for this cache name.
		`const cachePrefix = "objector-";`,
		"ignoreSearch: true",
		"event.waitUntil",
		"key.startsWith(cachePrefix)",
		`cache: "reload"`,
	} {
		if !strings.Contains(js, want) {
			t.Errorf("app-worker.js lacks %q", want)
		}
	}
	i := strings.Index(js, "const resourcesToCache = ")
	if i < 0 {
		t.Fatal("no resourcesToCache")
	}
	var list []string
	if err := json.NewDecoder(strings.NewReader(js[i+len("const resourcesToCache = "):])).Decode(&list); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, u := range list {
		if !strings.HasPrefix(u, "/") {
			t.Errorf("precached %q is not same-origin", u)
		}
		got[u] = true
		// Every precached URL must exist, or the install fails.
		if res, _ := get(t, srv, u); res.StatusCode != 200 {
			t.Errorf("precached %s: status %d", u, res.StatusCode)
		}
	}
	for _, want := range []string{
		"/", "/app.js", "/app.css", "/wasm_exec.js", "/manifest.webmanifest",
		"/web/app.wasm", "/web/objector.css", "/web/fonts/Test.ttf", "/web/icons/icon.svg",
		"/web/icons/icon-192.png", "/web/icons/icon-512.png", "/web/icons/icon-maskable-512.png",
	} {
		if !got[want] {
			t.Errorf("not precached: %s (list %q)", want, list)
		}
	}
	for _, never := range []string{"/web/embed.go", "/web/app.wasm.br", "/web/.hidden/secret"} {
		if got[never] {
			t.Errorf("precached %s", never)
		}
	}
}

func TestServe(t *testing.T) {
	_, srv := serve(t, webDir(t))
	tests := []struct {
		path, status, contentType, contains string
	}{
		{"/", "200", "text/html", `<html lang="en">`},
		{"/?lang=de&letter=objection", "200", "text/html", "test page"},
		{"/web/app.wasm", "200", "application/wasm", "\x00asm"},
		{"/app.js", "200", "application/javascript", `goappWasmContentLength = "` + strconv.Itoa(len(fakeWasm)) + `"`},
		{"/web/embed.go", "404", "", ""},
		{"/web/.hidden/secret", "404", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			res, body := get(t, srv, tt.path)
			if got := strconv.Itoa(res.StatusCode); got != tt.status {
				t.Fatalf("status %s, want %s", got, tt.status)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, tt.contentType) {
				t.Errorf("Content-Type %q, want %q", ct, tt.contentType)
			}
			if !bytes.Contains(body, []byte(tt.contains)) {
				t.Errorf("body lacks %q", tt.contains)
			}
		})
	}
}

func TestWriteDist(t *testing.T) {
	web := webDir(t)
	out := filepath.Join(t.TempDir(), "dist")
	r, err := WriteDist(out, web)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"_headers", "app-worker.js", "app.css", "app.js", "index.html", "manifest.webmanifest", "wasm_exec.js",
		"web/app.wasm", "web/boot.js", "web/fonts/LICENSE", "web/fonts/Test.ttf", "web/icons/icon-192.png",
		"web/icons/icon-512.png", "web/icons/icon-maskable-512.png", "web/icons/icon.svg", "web/objector.css",
		"web/storage-shim.js",
	}
	langs, err := browserLanguages()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range langs.paths() {
		want = append(want, strings.TrimPrefix(p, "/"))
	}
	sort.Strings(want)
	if strings.Join(r.Files, " ") != strings.Join(want, " ") {
		t.Errorf("files = %q\nwant    %q", r.Files, want)
	}
	for _, f := range want[1:] { // _headers is for the host, never sent
		p := filepath.Join(out, filepath.FromSlash(f))
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		_, errBr := os.Stat(p + ".br")
		_, errGz := os.Stat(p + ".gz")
		if strings.HasSuffix(f, ".png") {
			if errBr == nil || errGz == nil {
				t.Errorf("%s: precompressed a PNG", f)
			}
			continue
		}
		br, err := os.ReadFile(p + ".br")
		if err != nil {
			t.Errorf("%s: no .br: %v", f, err)
			continue
		}
		if got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br))); err != nil || !bytes.Equal(got, raw) {
			t.Errorf("%s.br does not decompress to %s (%v)", f, f, err)
		}
		gz, err := os.ReadFile(p + ".gz")
		if err != nil {
			t.Errorf("%s: no .gz: %v", f, err)
			continue
		}
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := io.ReadAll(zr); err != nil || !bytes.Equal(got, raw) {
			t.Errorf("%s.gz does not decompress to %s (%v)", f, f, err)
		}
	}
	if r.Compressed != 2*(len(want)-4) {
		t.Errorf("Compressed = %d, want %d", r.Compressed, 2*(len(want)-4))
	}
	if r.Wasm.Raw != int64(len(fakeWasm)) || r.Wasm.Gzip == 0 || r.Wasm.Brotli == 0 || r.Wasm.Brotli >= r.Wasm.Raw {
		t.Errorf("wasm sizes %+v", r.Wasm)
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"test page", `href="/web/objector.css"`, `href="/manifest.webmanifest"`, `href="/web/icons/icon.svg"`} {
		if !bytes.Contains(index, []byte(s)) {
			t.Errorf("index.html lacks %q", s)
		}
	}
	if bytes.Contains(index, []byte("githubusercontent")) {
		t.Error("index.html names a remote icon")
	}

	t.Run("replaces an earlier site", func(t *testing.T) {
		stale := filepath.Join(out, "web", "old.css")
		if err := os.WriteFile(stale, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		r2, err := WriteDist(out, web)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(stale); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("stale file survived: %v", err)
		}
		if r2.Version != r.Version {
			t.Errorf("same input, new version %s → %s", r.Version, r2.Version)
		}
	})
	t.Run("refuses a foreign directory", func(t *testing.T) {
		dir := t.TempDir()
		keep := filepath.Join(dir, "notes.txt")
		if err := os.WriteFile(keep, []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := WriteDist(dir, web); err == nil {
			t.Error("WriteDist replaced a directory that is not a static site")
		}
		if _, err := os.Stat(keep); err != nil {
			t.Errorf("foreign file lost: %v", err)
		}
	})
	t.Run("needs the wasm", func(t *testing.T) {
		empty := t.TempDir()
		if _, err := WriteDist(filepath.Join(t.TempDir(), "d"), empty); !errors.Is(err, ErrNoWasm) {
			t.Errorf("err = %v, want ErrNoWasm", err)
		}
	})
}

// TestNotInWasm keeps the host side out of app.wasm: linking the server
// roughly doubles it.
func TestNotInWasm(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	cmd := exec.Command("go", "list", "-deps", "../../wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		switch {
		case pkg == "github.com/objector-eu/objector/app/site",
			strings.HasPrefix(pkg, "github.com/objector-eu/objector/app/site/"),
			strings.HasPrefix(pkg, "github.com/andybalholm/brotli"),
			strings.HasPrefix(pkg, "github.com/chromedp/"),
			pkg == "github.com/objector-eu/objector/web",
			pkg == "text/template", pkg == "html/template",
			strings.HasPrefix(pkg, "github.com/nicksnyder/go-i18n"):
			t.Errorf("the wasm build links %s", pkg)
		}
	}
}
