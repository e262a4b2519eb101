# statusgen: `make generate` regenerates output/ from the embedded spec;
# `make test` runs every check. Both work on a fresh clone: the Makefile
# installs what the tests need (Go tools from tools/go.mod, npm packages
# from the committed package-lock.json, Debian packages with apt-get:
# mk/debian.mk).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
GO ?= go
NODE ?= node
PYTHON ?= python3

# CI=true (CI sets it; so does `make test`, for everything it runs) makes
# every toolchain required: a check that would skip a missing Python, or a
# Go test that would skip without rustc (internal/testtool), fails instead.
TOOLCHAINS_REQUIRED = $(filter 1 t T true TRUE True,$(CI))

BIN := $(CURDIR)/bin
STATUSGEN := $(BIN)/statusgen
STATICCHECK := $(BIN)/staticcheck
NODE_STAMP := node_modules/.installed
GO_SOURCES := $(shell find gen cmd spec templates -type f) go.mod go.sum

.PHONY: all generate test check-generated fmt vet staticcheck test-go test-go-output \
	test-typescript test-python test-markdown test-languages test-schema bench fuzz clean

all: generate

$(STATUSGEN): $(GO_SOURCES)
	$(GO) build -o $@ ./cmd/statusgen

$(STATICCHECK): tools/go.mod tools/go.sum
	cd tools && $(GO) build -o $@ honnef.co/go/tools/cmd/staticcheck

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

## generate: regenerate every file under output/ from the embedded spec (targets in statusgen.yaml).
generate: $(STATUSGEN)
	$(STATUSGEN) -config statusgen.yaml -clean

## check-generated: fail when a file under output/ differs from what generate would write.
check-generated: $(STATUSGEN)
	$(STATUSGEN) -config statusgen.yaml -clean -check -diff || { echo "output/ is stale: run 'make generate' and commit the result" >&2; exit 1; }

## test: every check, every toolchain required (CI=true); the command CI runs.
test: export CI = true
test: check-generated fmt vet staticcheck lint-workflows test-go test-go-output test-typescript test-python \
	test-markdown test-languages test-schema release-check package package-check test-release sync-iana-rehearsal
	@echo "make test: all checks passed"

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v /testdata/)); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...
	cd output/go && $(GO) vet ./...

staticcheck: $(STATICCHECK)
	$(STATICCHECK) ./...
	cd output/go && $(STATICCHECK) ./...

# test/languages runs in test-languages (mk/languages.mk), with its toolchains.
test-go: debian-packages
	$(GO) test -count=1 $$($(GO) list ./... | grep -v /test/languages)

test-go-output:
	cd output/go && $(GO) test -count=1 ./...

## test-schema: the spec's JSON Schema and statusgen judge one corpus of spec files alike (test/schema.test.mjs);
## every document of the JSON target validates against its format's schema, keys in order (test/json.test.mjs).
test-schema: $(STATUSGEN) $(NODE_STAMP)
	STATUSGEN=$(STATUSGEN) $(NODE) --test test/schema.test.mjs test/json.test.mjs

include mk/*.mk

## bench: the Go benchmarks and the whole-process budget report (mk/bench.mk).
bench: bench-go bench-process

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzLoad -fuzztime 60s ./gen/
	$(GO) test -run '^$$' -fuzz FuzzRender -fuzztime 60s ./gen/
	$(GO) test -run '^$$' -fuzz FuzzParseCSV -fuzztime 60s ./internal/iana/
	$(GO) test -run '^$$' -fuzz FuzzUpdate -fuzztime 60s ./internal/iana/

clean:
	rm -rf bin node_modules dist
