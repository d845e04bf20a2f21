package main

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"
)

func mb(n int64) string {
	if n <= 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f MB", float64(n)/1e6)
}

func ms(x float64) string {
	if math.IsNaN(x) || x <= 0 {
		return "—"
	}
	if x < 100 {
		return fmt.Sprintf("%.1f ms", x)
	}
	return fmt.Sprintf("%.0f ms", x)
}

func ratio(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) || x <= 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f×", x)
}

func ints(xs []int64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x)
	}
	return out
}

// printReport writes the one table of a run, in Markdown so it can go into
// the README as it is.
func printReport(w io.Writer, o options, machine string, app, floor *siteResult, in *appInteraction, inErr error, benches []goBenchmark, benchErr error) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }
	p("## Objector vs the go-app floor (%s)", time.Now().UTC().Format("2006-01-02 15:04 UTC"))
	p("")
	p("Machine: %s. Command: `make bench` (`go run ./bench -pairs %d`). Both sites from the same local static server with brotli siblings, headless Chromium, HTTP cache disabled, a fresh browser context per load; %d uncounted warm-up pair(s), then %d pairs alternated app/floor. Times are from navigation start (performance.now()).", machine, o.pairs, o.warmup, o.pairs)
	p("")
	p("| | app | floor | app / floor |")
	p("|---|---:|---:|---:|")
	sz := func(name string, a, f int) {
		p("| %s | %s | %s | %s |", name, mb(int64(a)), mb(int64(f)), ratio(float64(a)/float64(f)))
	}
	sz("wasm raw", app.wasm.Raw, floor.wasm.Raw)
	sz("wasm gzip -9", app.wasm.Gzip, floor.wasm.Gzip)
	sz("wasm brotli q11", app.wasm.Brotli, floor.wasm.Brotli)
	if app.pdfWasm.Raw > 0 {
		p("| + pdf.wasm, the PDF maker, loaded in a worker once the person types their details: raw / gzip / brotli | %s / %s / %s | | |", mb(int64(app.pdfWasm.Raw)), mb(int64(app.pdfWasm.Gzip)), mb(int64(app.pdfWasm.Brotli)))
	}
	p("| app.wasm on the wire (Content-Encoding: %s / %s) | %s | %s | %s |", orDash(app.wireEncoding), orDash(floor.wireEncoding),
		mb(int64(median(ints(app.wireBytes)))), mb(int64(median(ints(floor.wireBytes)))),
		ratio(median(ints(app.wireBytes))/median(ints(floor.wireBytes))))
	p("| app.wasm downloads in one cold load, most | %d | %d | |", app.wasmFetches, floor.wasmFetches)
	tm := func(name string, a, f []float64) {
		p("| %s | %s | %s | %s |", name, ms(median(a)), ms(median(f)), ratio(median(ratios(a, f))))
	}
	tm(fmt.Sprintf("cold load to mount, median of %d (ratio: median of per-pair ratios)", len(app.cold)), app.cold, floor.cold)
	tm("cold load to mount with ?lang=de (German fetched after start), median; ratio to the floor's runs", app.coldDE, floor.cold)
	tm("first contentful paint, median", app.fcp, floor.fcp)
	tm("offline reload to mount (service worker, server stopped), median", app.offline, floor.offline)
	tm("offline reload, first contentful paint, median", app.offlineFCP, floor.offlineFCP)
	phases := func(calls, dones, ready []float64) string {
		call, done := median(calls), median(dones)
		return fmt.Sprintf("%s / %s / %s", ms(call), ms(done-call), ms(median(ready)-done))
	}
	p("| cold load phases, medians: page until it compiles app.wasm or instantiates the module a worker compiled / then until instantiated / Go start → mount | %s | %s | |", phases(app.wasmCall, app.wasmDone, app.cold), phases(floor.wasmCall, floor.wasmDone, floor.cold))
	p("| offline reload phases, the same | %s | %s | |", phases(app.offCall, app.offDone, app.offline), phases(floor.offCall, floor.offDone, floor.offline))
	p("| cold load to mount, min … max | %s … %s | %s … %s | |", ms(percentile(app.cold, 0)), ms(percentile(app.cold, 100)), ms(percentile(floor.cold, 0)), ms(percentile(floor.cold, 100)))
	p("| memory at mount: JS heap used + wasm linear memory | %s + %s | %s + %s | %s |",
		mb(app.jsHeap), mb(app.wasmMem), mb(floor.jsHeap), mb(floor.wasmMem), ratio(float64(app.jsHeap+app.wasmMem)/float64(floor.jsHeap+floor.wasmMem)))
	if app.lighthouse != nil || floor.lighthouse != nil || app.lighthouseErr != nil || floor.lighthouseErr != nil {
		p("| Lighthouse mobile performance score | %s | %s | |", app.lighthouse.score(app.lighthouseErr), floor.lighthouse.score(floor.lighthouseErr))
		p("| Lighthouse first contentful paint | %s | %s | |", app.lighthouse.metric("first-contentful-paint"), floor.lighthouse.metric("first-contentful-paint"))
		p("| Lighthouse largest contentful paint | %s | %s | |", app.lighthouse.metric("largest-contentful-paint"), floor.lighthouse.metric("largest-contentful-paint"))
		p("| Lighthouse total blocking time | %s | %s | |", app.lighthouse.metric("total-blocking-time"), floor.lighthouse.metric("total-blocking-time"))
		p("| Lighthouse observed (unthrottled) first contentful paint | %s | %s | |", app.lighthouse.observedFCP(), floor.lighthouse.observedFCP())
	}
	p("")
	p("| app only | |")
	p("|---|---:|")
	if in == nil && inErr == nil {
		p("| keystroke → preview, PDF, peak memory | not measured (-interact=false) |")
	} else if inErr != nil {
		p("| keystroke → preview, PDF, peak memory | not measured: %s |", strings.ReplaceAll(inErr.Error(), "|", "/"))
	} else {
		p("| keystroke → live letter preview shows it (keydown → preview text), p50 / p95 / max over %d keys | %s / %s / %s |", len(in.preview), ms(percentile(in.preview, 50)), ms(percentile(in.preview, 95)), ms(percentile(in.preview, 100)))
		p("| keystroke → field re-rendered (keydown → go-app writes the value back), p50 / p95 over %d keys | %s / %s |", len(in.keystroke), ms(percentile(in.keystroke, 50)), ms(percentile(in.keystroke, 95)))
		p("| My cases with 50 cases: the list redrawn when a case changes (a delete question asked, withdrawn: Render → list in the page, + layout), p50 / p95 over %d draws; target ≤ 16 ms | %s / %s |", len(in.caseDraw), ms(percentile(in.caseDraw, 50)), ms(percentile(in.caseDraw, 95)))
		p("| My cases with 50 cases, first drawn: click in the wizard → list laid out (the navigation, go-app's next frame and the wizard's removal included), p50 / p95 | %s / %s |", ms(percentile(in.caseClick, 50)), ms(percentile(in.caseClick, 95)))
		if len(in.pdf) > 0 {
			rest := in.pdf[1:]
			p("| PDF, click → PDF blob: first / median of the next %d (pdf.wasm runs in a worker, warmed while the person types their details) | %s / %s |", len(rest), ms(in.pdf[0]), ms(median(rest)))
		}
		p("| peak memory, page and PDF worker: JS heap used (max of samples) + wasm linear memory = total | %s + %s = %s |", mb(in.peakJSHeap), mb(in.wasmMem), mb(in.peakJSHeap+in.wasmMem))
	}
	p("")
	if benchErr != nil {
		p("Go benchmarks failed: %v", benchErr)
		return
	}
	if len(benches) == 0 {
		if o.goBench {
			p("Go benchmarks: none found in ./app/...")
		}
		return
	}
	p("| Go benchmark (`go test -run=^$ -bench=. -benchmem ./app/...`) | time/op | B/op | allocs/op |")
	p("|---|---:|---:|---:|")
	for _, b := range benches {
		pkg := b.Pkg[strings.LastIndex(b.Pkg, "/")+1:]
		p("| %s.%s | %s | %.0f | %.0f |", pkg, b.Name, nsOp(b.NsPerOp), b.BPerOp, b.AllocsPer)
	}
}

func nsOp(ns float64) string {
	switch {
	case ns >= 1e6:
		return fmt.Sprintf("%.2f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.1f µs", ns/1e3)
	}
	return fmt.Sprintf("%.0f ns", ns)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
