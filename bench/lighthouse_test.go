package main

import "testing"

func TestParseLighthouse(t *testing.T) {
	tests := []struct {
		name    string
		report  string
		score   float64
		tbt     float64
		wantErr bool
	}{
		{"scored", `{"categories":{"performance":{"score":0.71}},"audits":{"total-blocking-time":{"numericValue":3300.5},"first-contentful-paint":{"numericValue":900},"metrics":{"details":{"items":[{"observedFirstContentfulPaint":212}]}}}}`, 0.71, 3300.5, false},
		{"runtime error", `{"runtimeError":{"code":"NO_FCP","message":"The page did not paint"},"categories":{"performance":{"score":null}}}`, 0, 0, true},
		{"no score", `{"categories":{"performance":{"score":null}},"audits":{}}`, 0, 0, true},
		{"not json", `<html>`, 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := parseLighthouse([]byte(tt.report))
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if tt.name == "scored" && r.ObservedFCP != 212 {
				t.Errorf("observed FCP = %v, want 212", r.ObservedFCP)
			}
			if r.Score != tt.score || r.Metrics["total-blocking-time"] != tt.tbt {
				t.Errorf("got %+v", r)
			}
		})
	}
}

func TestMedianLighthouse(t *testing.T) {
	run := func(score float64) *lighthouseResult {
		return &lighthouseResult{Score: score, Metrics: map[string]float64{"largest-contentful-paint": score * 1000}}
	}
	if got := medianLighthouse([]*lighthouseResult{nil, nil}); got != nil {
		t.Fatalf("no successful run: got %+v, want nil", got)
	}
	got := medianLighthouse([]*lighthouseResult{run(0.74), nil, run(0.48), run(0.71)})
	if got.Score != 0.71 || got.Metrics["largest-contentful-paint"] != 710 {
		t.Errorf("median of 0.74, 0.48, 0.71 = %+v, want the 0.71 run", got)
	}
	if want := []float64{0.74, 0.48, 0.71}; len(got.Scores) != 3 || got.Scores[0] != want[0] || got.Scores[1] != want[1] || got.Scores[2] != want[2] {
		t.Errorf("scores = %v, want %v in run order", got.Scores, want)
	}
	if s := got.score(nil); s != "0.71 (runs: 0.74, 0.48, 0.71)" {
		t.Errorf("score cell = %q", s)
	}
	if got := medianLighthouse([]*lighthouseResult{run(0.5), run(0.7)}); got.Score != 0.5 {
		t.Errorf("even count: got %v, want the lower middle 0.5", got.Score)
	}
}
