// Command bench measures Objector's client beside the go-app floor (the
// smallest go-app v10 client, wasm/floor) and prints one Markdown table:
// wasm sizes raw/gzip/brotli, cold load to mount and first contentful paint
// in headless Chromium (runs alternated app/floor, medians and per-pair
// ratios), offline reload through the service worker, the app's keystroke
// → preview latency, PDF time and peak memory, and the Go benchmarks of the
// app's packages. Both sites are served by the same plain static server
// with precompressed brotli siblings.
//
//	go run ./bench [-pairs 7] [-edits 200] [-lighthouse]
//
// Progress goes to stderr, the table to stdout.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// options are the command-line flags.
type options struct {
	root           string
	chrome         string
	pairs          int
	warmup         int
	edits          int
	pdfs           int
	goBench        bool
	interact       bool
	appSite        string
	lighthouse     bool
	lighthouseRuns int
	keep           bool
}

func main() {
	var o options
	flag.StringVar(&o.root, "root", ".", "the repository root")
	flag.StringVar(&o.chrome, "chrome", "/usr/bin/chromium", "Chromium to run")
	flag.IntVar(&o.pairs, "pairs", 7, "cold loads per site, alternated app/floor")
	flag.IntVar(&o.warmup, "warmup", 1, "uncounted app/floor pairs run first")
	flag.IntVar(&o.edits, "edits", 200, "keystrokes for the preview latency")
	flag.IntVar(&o.pdfs, "pdfs", 5, "PDFs to make in the app")
	flag.BoolVar(&o.goBench, "gobench", true, "run the Go benchmarks of ./app/...")
	flag.StringVar(&o.appSite, "app", "", "measure this prebuilt static site (objector dist) as the app instead of building one: for trying a change by hand")
	flag.BoolVar(&o.interact, "interact", true, "measure keystrokes, PDFs and memory in the app")
	flag.BoolVar(&o.lighthouse, "lighthouse", os.Getenv("LIGHTHOUSE") == "1", "also run Lighthouse (npm lighthouse@12.2.3) mobile performance on both sites")
	flag.IntVar(&o.lighthouseRuns, "lighthouse-runs", 3, "Lighthouse runs per site, alternated; the median-score run is reported")
	flag.BoolVar(&o.keep, "keep", false, "keep the work directory with both sites")
	flag.Parse()
	if o.lighthouseRuns < 1 {
		o.lighthouseRuns = 1
	}
	if err := run(o); err != nil {
		logf("%v", err)
		os.Exit(1)
	}
}

// siteResult is everything measured for one site.
type siteResult struct {
	wasm               sizes
	pdfWasm            sizes // the app's PDF maker, loaded on the last step
	cold, fcp, offline []float64
	wasmCall, wasmDone []float64 // cold load phases (see pageTimes)
	offCall, offDone   []float64 // offline reload phases
	offlineFCP         []float64
	wireBytes          []int64
	wasmFetches        int // most requests for app.wasm in one cold load
	wireEncoding       string
	jsHeap, wasmMem    int64     // at mount, first counted run
	coldDE, fcpDE      []float64 // the app with ?lang=de, which fetches German
	lighthouse         *lighthouseResult
	lighthouseErr      error
}

func run(o options) error {
	root, err := filepath.Abs(o.root)
	if err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "objector-bench-")
	if err != nil {
		return err
	}
	if o.keep {
		logf("work directory: %s", work)
	} else {
		defer os.RemoveAll(work)
	}
	if dir, err := os.UserCacheDir(); err == nil {
		brotliCache = filepath.Join(dir, "objector-bench")
	}

	loadStart := loadAverage()
	appDir, floorDir := filepath.Join(work, "app"), filepath.Join(work, "floor")
	logf("building the app (./wasm, objector dist) and the floor (./wasm/floor)")
	if o.appSite != "" {
		if err := os.CopyFS(appDir, os.DirFS(o.appSite)); err != nil {
			return err
		}
	} else if err := buildAppSite(root, work, appDir); err != nil {
		return err
	}
	if err := buildFloorSite(root, floorDir); err != nil {
		return err
	}

	logf("compressing both sites (gzip -9, brotli q11)")
	app, floor := &siteResult{}, &siteResult{}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, s := range []struct {
		dir string
		res *siteResult
	}{{appDir, app}, {floorDir, floor}} {
		wg.Go(func() {
			if _, err := precompress(s.dir); err != nil {
				errs[i] = err
				return
			}
			// The table's sizes are computed here for both, whoever
			// wrote the siblings that are served.
			raw, err := os.ReadFile(filepath.Join(s.dir, "web", "app.wasm"))
			if err == nil {
				s.res.wasm, err = measure(raw)
			}
			if err == nil {
				if raw, perr := os.ReadFile(filepath.Join(s.dir, "web", "pdf.wasm")); perr == nil {
					s.res.pdfWasm, err = measure(raw)
				}
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}

	appSrv, err := newServer(appDir)
	if err != nil {
		return err
	}
	defer appSrv.stop()
	floorSrv, err := newServer(floorDir)
	if err != nil {
		return err
	}
	defer floorSrv.stop()
	logf("app at %s, floor at %s", appSrv.URL(), floorSrv.URL())

	b, err := startBrowser(o.chrome)
	if err != nil {
		return fmt.Errorf("starting Chromium: %w", err)
	}
	defer b.close()
	version, _ := b.version()

	for i := range o.warmup + o.pairs {
		counted := i >= o.warmup
		order := []struct {
			name string
			srv  *server
			res  *siteResult
		}{{"app", appSrv, app}, {"floor", floorSrv, floor}}
		if i%2 == 1 { // alternate who goes first
			order[0], order[1] = order[1], order[0]
		}
		for _, s := range order {
			r, err := measureLoad(b, s.srv)
			if err != nil {
				return fmt.Errorf("%s run %d: %w", s.name, i+1, err)
			}
			logf("%s run %d%s: mount %.0f ms, FCP %.0f ms, offline %.0f ms, wasm %d B %s, asked for %d×; LCP candidates %v",
				s.name, i+1, map[bool]string{false: " (warm-up)", true: ""}[counted], r.Cold, r.FCP, r.Offline, r.WasmTransfer, r.WasmEncoding, r.WasmFetches, r.Phases.LCP)
			if !counted {
				continue
			}
			s.res.cold = append(s.res.cold, r.Cold)
			s.res.wasmCall = append(s.res.wasmCall, r.Phases.WasmCall)
			s.res.wasmDone = append(s.res.wasmDone, r.Phases.WasmDone)
			s.res.offCall = append(s.res.offCall, r.OfflinePhases.WasmCall)
			s.res.offDone = append(s.res.offDone, r.OfflinePhases.WasmDone)
			s.res.fcp = append(s.res.fcp, r.FCP)
			s.res.offline = append(s.res.offline, r.Offline)
			s.res.offlineFCP = append(s.res.offlineFCP, r.OfflineFCP)
			s.res.wireBytes = append(s.res.wireBytes, r.WasmTransfer)
			s.res.wasmFetches = max(s.res.wasmFetches, r.WasmFetches)
			s.res.wireEncoding = r.WasmEncoding
			if s.res.jsHeap == 0 {
				s.res.jsHeap, s.res.wasmMem = r.JSHeap, r.WasmMem
			}
		}
		// The app in German: English is in app.wasm, German is fetched.
		r, err := measureColdLoad(b, appSrv, "?lang=de")
		if err != nil {
			return fmt.Errorf("app ?lang=de run %d: %w", i+1, err)
		}
		logf("app ?lang=de run %d: mount %.0f ms, FCP %.0f ms", i+1, r.Cold, r.FCP)
		if counted {
			app.coldDE = append(app.coldDE, r.Cold)
			app.fcpDE = append(app.fcpDE, r.FCP)
		}
	}

	var interact *appInteraction
	var interactErr error
	if o.interact {
		logf("app: keystroke → preview, PDF, memory")
		interact, interactErr = measureApp(b, appSrv, o.edits, o.pdfs)
	}

	var benches []goBenchmark
	var benchErr error
	if o.goBench {
		logf("Go benchmarks")
		benches, benchErr = runGoBenchmarks(root, "./app/...")
	}

	if o.lighthouse {
		// Alternated app/floor like the cold loads; each site's figures are
		// its median-score run.
		sites := []struct {
			srv  *server
			res  *siteResult
			runs []*lighthouseResult
		}{{srv: appSrv, res: app}, {srv: floorSrv, res: floor}}
		for i := 0; i < o.lighthouseRuns; i++ {
			for j := range sites {
				s := &sites[j]
				r, err := runLighthouse(o.chrome, s.srv.URL())
				if err != nil {
					s.res.lighthouseErr = err
				} else {
					logf("Lighthouse %s run %d: score %.2f, observed FCP %.0f ms, LCP %.0f ms", s.srv.URL(), i+1, r.Score, r.ObservedFCP, r.Metrics["largest-contentful-paint"])
				}
				s.runs = append(s.runs, r)
			}
		}
		for _, s := range sites {
			if s.res.lighthouse = medianLighthouse(s.runs); s.res.lighthouse != nil {
				s.res.lighthouseErr = nil
			}
		}
	}

	m := machine(root, version) + fmt.Sprintf("; load average %s at the start, %s at the end", loadStart, loadAverage())
	printReport(os.Stdout, o, m, app, floor, interact, interactErr, benches, benchErr)
	return nil
}

// machine describes where the figures come from.
func machine(root, chromium string) string {
	cpu := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	goapp := "go-app ?"
	cmd := exec.Command("go", "list", "-m", "-f", "{{.Version}}", "github.com/maxence-charriere/go-app/v10")
	cmd.Dir = root
	if out, err := cmd.Output(); err == nil {
		goapp = "go-app " + strings.TrimSpace(string(out))
	}
	return fmt.Sprintf("%s, %d cores, %s/%s, %s, %s, %s", cpu, runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version(), goapp, chromium)
}

// loadAverage is the 1-minute load average: other work on the machine
// slows the browser's runs, so the table says how busy it was.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	if f := strings.Fields(string(b)); len(f) > 0 {
		return f[0]
	}
	return "?"
}
