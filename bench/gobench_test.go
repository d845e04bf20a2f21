package main

import (
	"reflect"
	"testing"
)

func TestParseGoBench(t *testing.T) {
	out := `goos: linux
goarch: amd64
pkg: github.com/objector-eu/objector/app/letter
cpu: Intel(R) Xeon(R)
BenchmarkCompose/objection-2         	   12345	     98765 ns/op	   40960 B/op	     321 allocs/op
BenchmarkCompose/damages-de-2        	    1000	   1234567.5 ns/op
PASS
ok  	github.com/objector-eu/objector/app/letter	3.2s
pkg: github.com/objector-eu/objector/app/pdf
BenchmarkRender-2   	      50	  23456789 ns/op	 5242880 B/op	   12345 allocs/op
BenchmarkBroken-2   	 --- FAIL
`
	want := []goBenchmark{
		{Pkg: "github.com/objector-eu/objector/app/letter", Name: "Compose/objection", NsPerOp: 98765, BPerOp: 40960, AllocsPer: 321},
		{Pkg: "github.com/objector-eu/objector/app/letter", Name: "Compose/damages-de", NsPerOp: 1234567.5},
		{Pkg: "github.com/objector-eu/objector/app/pdf", Name: "Render", NsPerOp: 23456789, BPerOp: 5242880, AllocsPer: 12345},
	}
	if got := parseGoBench(out); !reflect.DeepEqual(got, want) {
		t.Errorf("parseGoBench:\n got %+v\nwant %+v", got, want)
	}
}
