package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
)

// lighthouseVersion is the Lighthouse the optional part runs (through npx,
// which fetches it from npm once).
const lighthouseVersion = "lighthouse@12.2.3"

// lighthouseResult is the part of a Lighthouse report the table shows.
type lighthouseResult struct {
	Score   float64
	Metrics map[string]float64 // audit id → numericValue (ms)
	// ObservedFCP is the first contentful paint in the unthrottled trace
	// Lighthouse simulates from (its "metrics" audit): it shows whether a
	// run hit a stalled first frame (lighthouseChromeFlags).
	ObservedFCP float64
	Scores      []float64 // every run's score, when this is the median of several
}

// medianLighthouse picks, of several runs of one site, the run with the
// median score (the lower middle one for an even count), and records every
// score in it. Nil when no run succeeded.
func medianLighthouse(runs []*lighthouseResult) *lighthouseResult {
	var ok []*lighthouseResult
	for _, r := range runs {
		if r != nil {
			ok = append(ok, r)
		}
	}
	if len(ok) == 0 {
		return nil
	}
	sort.SliceStable(ok, func(i, j int) bool { return ok[i].Score < ok[j].Score })
	m := *ok[(len(ok)-1)/2]
	m.Scores = nil
	for _, r := range runs {
		if r != nil {
			m.Scores = append(m.Scores, r.Score)
		}
	}
	return &m
}

func (r *lighthouseResult) score(err error) string {
	if err != nil {
		return "failed: " + strings.ReplaceAll(err.Error(), "|", "/")
	}
	if r == nil {
		return "—"
	}
	if len(r.Scores) < 2 {
		return fmt.Sprintf("%.2f", r.Score)
	}
	all := make([]string, len(r.Scores))
	for i, s := range r.Scores {
		all[i] = fmt.Sprintf("%.2f", s)
	}
	return fmt.Sprintf("%.2f (runs: %s)", r.Score, strings.Join(all, ", "))
}

func (r *lighthouseResult) metric(id string) string {
	if r == nil {
		return "—"
	}
	v, ok := r.Metrics[id]
	if !ok {
		return "—"
	}
	return ms(v)
}

func (r *lighthouseResult) observedFCP() string {
	if r == nil || r.ObservedFCP == 0 {
		return "—"
	}
	return ms(r.ObservedFCP)
}

// lighthouseChromeFlags are the flags of the Chromium Lighthouse drives.
// --disable-frame-rate-limit: headless Chromium's display compositor holds
// back BeginFrames from a renderer with undrawn frames for up to a second
// (viz's ThrottleUnresponsiveClient; Lighthouse issue #17148, also seen on
// PageSpeed Insights). About half the runs of this app's page were hit,
// presenting an already painted first frame 1 s late; Lantern then counts
// every request finished by then, app.wasm included, into the simulated
// first and largest paints (LCP about 9.8 s instead of 1.1 s). The flag
// lets the compositor draw every frame; both sites get it.
const lighthouseChromeFlags = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-frame-rate-limit"

// runLighthouse runs Lighthouse's default (mobile, simulated throttling)
// performance category against url with the given Chromium.
func runLighthouse(chrome, url string) (*lighthouseResult, error) {
	profile, err := os.MkdirTemp("", "objector-bench-lighthouse-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	cmd := exec.Command("npx", "--yes", lighthouseVersion, url,
		"--only-categories=performance", "--output=json", "--output-path=stdout", "--quiet",
		"--chrome-flags="+lighthouseChromeFlags+" --user-data-dir="+profile)
	cmd.Env = append(os.Environ(), "CHROME_PATH="+chrome)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("lighthouse: %w", err)
	}
	return parseLighthouse(out.Bytes())
}

// parseLighthouse reads the performance score and the metric audits of a
// Lighthouse JSON report.
func parseLighthouse(report []byte) (*lighthouseResult, error) {
	var lhr struct {
		Categories struct {
			Performance struct {
				Score *float64 `json:"score"`
			} `json:"performance"`
		} `json:"categories"`
		Audits map[string]struct {
			NumericValue *float64 `json:"numericValue"`
			Details      struct {
				Items []struct {
					ObservedFirstContentfulPaint float64 `json:"observedFirstContentfulPaint"`
				} `json:"items"`
			} `json:"details"`
		} `json:"audits"`
		RuntimeError *struct {
			Message string `json:"message"`
		} `json:"runtimeError"`
	}
	if err := json.Unmarshal(report, &lhr); err != nil {
		return nil, fmt.Errorf("lighthouse report: %w", err)
	}
	if lhr.RuntimeError != nil && lhr.RuntimeError.Message != "" {
		return nil, fmt.Errorf("lighthouse: %s", lhr.RuntimeError.Message)
	}
	if lhr.Categories.Performance.Score == nil {
		return nil, fmt.Errorf("lighthouse report has no performance score")
	}
	r := &lighthouseResult{Score: *lhr.Categories.Performance.Score, Metrics: map[string]float64{}}
	for _, id := range []string{"first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index", "interactive"} {
		if a, ok := lhr.Audits[id]; ok && a.NumericValue != nil {
			r.Metrics[id] = *a.NumericValue
		}
	}
	if m, ok := lhr.Audits["metrics"]; ok && len(m.Details.Items) > 0 {
		r.ObservedFCP = m.Details.Items[0].ObservedFirstContentfulPaint
	}
	return r, nil
}
