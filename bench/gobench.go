package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// goBenchmark is one line of `go test -bench -benchmem` output.
type goBenchmark struct {
	Pkg, Name                  string
	NsPerOp, BPerOp, AllocsPer float64
}

// runGoBenchmarks runs the Go benchmarks of the app's packages.
func runGoBenchmarks(root string, pkgs ...string) ([]goBenchmark, error) {
	args := append([]string{"test", "-run=^$", "-bench=.", "-benchmem"}, pkgs...)
	cmd := goCmd(root, nil, args...)
	var out bytes.Buffer
	cmd.Stdout = &out
	err := cmd.Run()
	os.Stderr.Write(out.Bytes())
	if err != nil {
		return nil, fmt.Errorf("go test -bench: %w", err)
	}
	return parseGoBench(out.String()), nil
}

// parseGoBench reads benchmark lines, taking the package from the "pkg:"
// line before them.
func parseGoBench(out string) []goBenchmark {
	var res []goBenchmark
	pkg := ""
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = strings.TrimSpace(p)
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		b := goBenchmark{Pkg: pkg, Name: strings.TrimPrefix(f[0], "Benchmark")}
		// Drop the -GOMAXPROCS suffix.
		if i := strings.LastIndex(b.Name, "-"); i > 0 {
			if _, err := strconv.Atoi(b.Name[i+1:]); err == nil {
				b.Name = b.Name[:i]
			}
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "ns/op":
				b.NsPerOp = v
			case "B/op":
				b.BPerOp = v
			case "allocs/op":
				b.AllocsPer = v
			}
		}
		if b.NsPerOp > 0 {
			res = append(res, b)
		}
	}
	return res
}
