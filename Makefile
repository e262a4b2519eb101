# statusgen: `make generate` regenerates output/ from the embedded spec;
# `make test` runs every check. Both work on a fresh clone: the Makefile
# installs what the tests need (Go tools from tools/go.mod, npm packages
# from the committed package-lock.json).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
GO ?= go
NODE ?= node
PYTHON ?= python3

BIN := $(CURDIR)/bin
STATUSGEN := $(BIN)/statusgen
STATICCHECK := $(BIN)/staticcheck
NODE_STAMP := node_modules/.installed
GO_SOURCES := $(shell find gen cmd spec templates -type f) go.mod go.sum

.PHONY: all generate test package release-check check-generated fmt vet staticcheck test-go test-go-output \
	test-typescript test-python test-markdown test-languages test-schema bench fuzz release-check clean

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

## test: every check; the command CI runs.
test: check-generated fmt vet staticcheck test-go test-go-output test-typescript test-python test-markdown test-languages test-schema release-check package
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
test-go:
	$(GO) test -count=1 $$($(GO) list ./... | grep -v /test/languages)

test-go-output:
	cd output/go && $(GO) test -count=1 ./...

test-schema: $(NODE_STAMP)
	$(NODE) --test test/schema.test.mjs

include mk/*.mk

## bench: the Go benchmarks and the whole-process budget report (mk/bench.mk).
bench: bench-go bench-process

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzLoad -fuzztime 60s ./gen/
	$(GO) test -run '^$$' -fuzz FuzzRender -fuzztime 60s ./gen/

clean:
	rm -rf bin node_modules

SPEC_VERSION := $(shell sed -n 's/^version: *//p' spec/http-status.yaml)
RELEASE_DIR := dist/release

## release-check: the package versions agree with the spec's; with TAG=vX.Y.Z, so does the tag.
release-check:
	@ts=$$($(NODE) -p 'require("./output/typescript/package.json").version'); \
	py=$$(sed -n 's/^version = "\(.*\)"/\1/p' output/python/pyproject.toml); \
	echo "spec $(SPEC_VERSION), npm $$ts, PyPI $$py"; \
	[ "$$ts" = "$(SPEC_VERSION)" ] && [ "$$py" = "$(SPEC_VERSION)" ] || { echo "package versions differ from the spec's version" >&2; exit 1; }
	@if [ -n "$(TAG)" ] && [ "$(TAG)" != "v$(SPEC_VERSION)" ]; then echo "tag $(TAG) is not v$(SPEC_VERSION)" >&2; exit 1; fi

## package: build the release artifacts into dist/release: the npm tarball and the wheel.
package: typescript-build python-build-deps
	rm -rf $(RELEASE_DIR) && mkdir -p $(RELEASE_DIR)/python
	cd output/typescript && npm pack --silent --pack-destination $(CURDIR)/$(RELEASE_DIR)
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; cp -r output/python "$$tmp/src"; \
	$(PYTHON_BUILD) -m pip wheel --quiet --no-build-isolation --no-deps --no-index -w $(RELEASE_DIR)/python "$$tmp/src"
	ls $(RELEASE_DIR) $(RELEASE_DIR)/python
	test -f $(RELEASE_DIR)/statusgen-http-status-$(SPEC_VERSION).tgz
	test -f $(RELEASE_DIR)/python/statusgen_httpstatus-$(SPEC_VERSION)-py3-none-any.whl
