package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
)

// wasmFlags are the Go flags of both clients, the app's (Makefile WASMFLAGS)
// and the floor's (which has none of our packages, so the -gcflags leave
// it as it was).
var wasmFlags = []string{"-trimpath", "-ldflags=-s -w",
	"-gcflags=github.com/objector-eu/objector/app/...=-l", "-gcflags=github.com/objector-eu/objector/app/pdf="}

func goCmd(dir string, env []string, args ...string) *exec.Cmd {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = os.Stderr
	return cmd
}

// buildWasm builds the browser package pkg into out.
func buildWasm(root, pkg, out string) error {
	args := append([]string{"build"}, wasmFlags...)
	args = append(args, "-o", out, pkg)
	if err := goCmd(root, []string{"GOOS=js", "GOARCH=wasm"}, args...).Run(); err != nil {
		return fmt.Errorf("go build %s: %w", pkg, err)
	}
	return nil
}

// buildAppSite writes the app's static site into dir with `objector dist`,
// from a private copy of web/ with app.wasm and pdf.wasm built into it as
// `make wasm` does: other people building web/app.wasm in the same checkout meanwhile
// cannot change what is measured.
func buildAppSite(root, work, dir string) error {
	web := filepath.Join(work, "web")
	if err := os.CopyFS(web, os.DirFS(filepath.Join(root, "web"))); err != nil {
		return fmt.Errorf("copying web/: %w", err)
	}
	wasm := filepath.Join(web, "app.wasm")
	if err := os.Remove(wasm); err != nil && !os.IsNotExist(err) {
		return err
	}
	if err := buildWasm(root, "./wasm", wasm); err != nil {
		return err
	}
	// The PDF maker, loaded on the last step (Makefile: wasm).
	if err := buildWasm(root, "./wasm/pdf", filepath.Join(web, "pdf.wasm")); err != nil {
		return err
	}
	bin := filepath.Join(work, "objector")
	if err := goCmd(root, nil, "build", "-o", bin, ".").Run(); err != nil {
		return fmt.Errorf("go build objector: %w", err)
	}
	cmd := exec.Command(bin, "dist", "-o", dir, "-web", web)
	cmd.Dir = root
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("objector dist: %w", err)
	}
	return sameFile(wasm, filepath.Join(dir, "web", "app.wasm"))
}

// buildFloorSite builds the floor's wasm and static site into dir.
func buildFloorSite(root, dir string) error {
	wasm := filepath.Join(dir, "web", "app.wasm")
	if err := os.MkdirAll(filepath.Dir(wasm), 0o755); err != nil {
		return err
	}
	if err := buildWasm(root, "./wasm/floor", wasm); err != nil {
		return err
	}
	fi, err := os.Stat(wasm)
	if err != nil {
		return err
	}
	cmd := goCmd(root, nil, "run", "./wasm/floor", "-o", dir, "-wasm-size", strconv.FormatInt(fi.Size(), 10))
	cmd.Stdout = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("floor site: %w", err)
	}
	return nil
}

func sameFile(want, got string) error {
	a, err := os.ReadFile(want)
	if err != nil {
		return err
	}
	b, err := os.ReadFile(got)
	if err != nil {
		return fmt.Errorf("the static site has no app.wasm: %w", err)
	}
	if !bytes.Equal(a, b) {
		return fmt.Errorf("%s differs from the wasm just built (%s)", got, want)
	}
	return nil
}

// brotliCache is a directory that keeps quality-11 output by content hash
// (brotli at that quality takes about half a minute per client in pure Go);
// empty for no cache.
var brotliCache string

// brotliCached is brotliBytes through brotliCache.
func brotliCached(raw []byte) ([]byte, error) {
	dir := brotliCache
	if dir == "" {
		return brotliBytes(raw)
	}
	sum := sha256.Sum256(raw)
	name := filepath.Join(dir, hex.EncodeToString(sum[:])+".q11w24.br")
	if b, err := os.ReadFile(name); err == nil {
		return b, nil
	}
	b, err := brotliBytes(raw)
	if err != nil {
		return nil, err
	}
	if os.MkdirAll(filepath.Dir(name), 0o755) == nil {
		_ = os.WriteFile(name, b, 0o644)
	}
	return b, nil
}
