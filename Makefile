# Objector: `make run` serves the app, `make test` runs every test.
GO       ?= go
ADDR     ?= 127.0.0.1:8000
WASMFLAGS = -trimpath -ldflags="-s -w"

.PHONY: run test wasm dist bench vet unit e2e deps clean

run: wasm
	$(GO) run . serve -addr $(ADDR)

wasm:
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o web/app.wasm ./wasm

dist: wasm
	$(GO) run . dist -o dist

# bench: sizes and speed beside the go-app floor, one table (see README,
# Performance). LIGHTHOUSE=1 adds Lighthouse mobile; BENCHFLAGS e.g. -pairs 9.
bench:
	$(GO) run ./bench -lighthouse=$(if $(filter 1,$(LIGHTHOUSE)),true,false) $(BENCHFLAGS)

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm ./app/...

unit:
	$(GO) test ./...

test: vet unit dist
	@echo "e2e: not yet"

clean:
	rm -rf web/app.wasm dist
