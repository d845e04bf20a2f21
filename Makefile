# Objector: `make run` serves the app, `make test` runs every test.
GO        ?= go
ADDR      ?= 127.0.0.1:8000
WASMFLAGS  = -trimpath -ldflags="-s -w"
# The browser tests fail, never skip, when make runs them.
E2EFLAGS  ?= -count=1 -timeout 12m
# axe-core, injected by the wizard's browser tests to check accessibility;
# from npm into a git-ignored folder.
AXE        = e2e/.deps/node_modules/axe-core/axe.min.js

.PHONY: run test wasm dist bench vet unit e2e deps check clean

# run: build the wasm and serve the app (ADDR=host:port to change it).
run: wasm
	$(GO) run . serve -addr $(ADDR)

# wasm: the client, and the PDF maker it loads on the last step (wasm/pdf).
wasm:
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o web/app.wasm ./wasm
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o web/pdf.wasm ./wasm/pdf

# dist: the static site in dist/, with .br and .gz beside every text file.
dist: wasm
	$(GO) run . dist -o dist

# test: tools, go vet (native and wasm), the native tests, then the static
# site in headless Chromium.
test: deps vet unit e2e

# deps: the tools the tests need beyond Go (npm only fetches axe-core). As
# root (CI, containers) they are installed with apt; otherwise make stops
# and says what to install.
deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
		command -v google-chrome >/dev/null 2>&1 || [ -n "$$CHROME" ] || missing="$$missing chromium"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	[ -f $(AXE) ] || command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "deps: installing$$missing"; \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	else \
		echo "make test needs$$missing: run 'sudo apt-get install -y$$missing' (or set CHROME=/path/to/chrome)"; exit 1; \
	fi

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/... ./app/... ./locales/

# unit: every native test except the browser tests, which need dist/.
unit:
	$(GO) test $$($(GO) list ./... | grep -v '/e2e$$')

e2e: dist $(AXE)
	OBJECTOR_E2E=1 $(GO) test $(E2EFLAGS) ./e2e/

$(AXE):
	npm install --prefix e2e/.deps --no-save --no-audit --no-fund --loglevel=error axe-core@4.14.1

# bench: sizes and speed beside the go-app floor, one table (see README,
# Performance). LIGHTHOUSE=1 adds Lighthouse mobile; BENCHFLAGS e.g. -pairs 9.
bench:
	$(GO) run ./bench -lighthouse=$(if $(filter 1,$(LIGHTHOUSE)),true,false) $(BENCHFLAGS)

# catalog: the company catalog, the longest unchecked first, with its
# sources: a report for the regular re-check (see app/catalog), not a test.
.PHONY: catalog
catalog:
	$(GO) run . catalog

# translate L=xx: translate.<domain>.xx.json beside this file, holding the
# messages language xx lacks or whose English changed (goi18n merge; see
# README, Translating); translate-merge L=xx merges them into locales/.
.PHONY: translate translate-merge
translate:
	$(GO) run ./locales/translate -lang "$(L)"
translate-merge:
	$(GO) run ./locales/translate -lang "$(L)" -merge

# check: govulncheck over the host code and the browser build. It needs the
# Go vulnerability database from vuln.go.dev, so it is not part of make test
# (which runs offline); without that network set GOVULNDB to a copy, e.g.
# GOVULNDB=file:///srv/vulndb.
GOVULNCHECK = golang.org/x/vuln/cmd/govulncheck@v1.9.0
check:
	@GOBIN=$(CURDIR)/bin $(GO) install $(GOVULNCHECK)
	@for target in native wasm; do \
		if [ $$target = wasm ]; then env="GOOS=js GOARCH=wasm"; pkgs="./wasm/..."; else env=""; pkgs="./..."; fi; \
		echo "govulncheck ($$target): $$pkgs"; \
		if ! env $$env bin/govulncheck $(if $(GOVULNDB),-db $(GOVULNDB)) $$pkgs; then \
			echo "make check: govulncheck failed ($$target). If it could not fetch vuln.go.dev, run it where that is reachable, or set GOVULNDB=file:///path/to/a/copy."; \
			exit 1; \
		fi; \
	done

clean:
	rm -rf web/app.wasm web/pdf.wasm dist
