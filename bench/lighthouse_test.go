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
		{"scored", `{"categories":{"performance":{"score":0.71}},"audits":{"total-blocking-time":{"numericValue":3300.5},"first-contentful-paint":{"numericValue":900}}}`, 0.71, 3300.5, false},
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
			if r.Score != tt.score || r.Metrics["total-blocking-time"] != tt.tbt {
				t.Errorf("got %+v", r)
			}
		})
	}
}
