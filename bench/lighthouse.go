package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// lighthouseVersion is the Lighthouse the optional part runs (through npx,
// which fetches it from npm once).
const lighthouseVersion = "lighthouse@12.2.3"

// lighthouseResult is the part of a Lighthouse report the table shows.
type lighthouseResult struct {
	Score   float64
	Metrics map[string]float64 // audit id → numericValue (ms)
}

func (r *lighthouseResult) score(err error) string {
	if err != nil {
		return "failed: " + strings.ReplaceAll(err.Error(), "|", "/")
	}
	if r == nil {
		return "—"
	}
	return fmt.Sprintf("%.2f", r.Score)
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
		"--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir="+profile)
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
	return r, nil
}
