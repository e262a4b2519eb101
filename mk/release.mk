# Releases. Pushing a tag vX.Y.Z runs .github/workflows/release.yml, whose
# every step but the uploads is one of these targets; `make test` runs each
# of them here (release-tags in a temporary clone, by test/release):
#
#   release-check TAG=vX.Y.Z   the tag, the spec and the packages agree on the version
#   package                    dist/release: the npm tarball, the wheel, the sdist, SHA256SUMS
#                              (package-npm and package-python, which the tests of the
#                              tarball and the wheel take their artifacts from)
#   package-check              SHA256SUMS, publint, attw and twine check on dist/release
#   release-tags TAG=vX.Y.Z    tag the Go module output/go/vX.Y.Z at the release commit;
#                              RELEASE_PUSH=origin also pushes it (the workflow does)

SPEC_VERSION := $(shell sed -n 's/^version: *//p' spec/http-status.yaml)
RELEASE_DIR := dist/release
NPM_TARBALL := statusgen-http-status-$(SPEC_VERSION).tgz
WHEEL := statusgen_httpstatus-$(SPEC_VERSION)-py3-none-any.whl
GO_MODULE_DIR := output/go
RELEASE_PUSH ?=
PUBLINT := $(CURDIR)/node_modules/.bin/publint
ATTW := $(CURDIR)/node_modules/.bin/attw

.PHONY: release-check package package-npm package-python package-check release-tags test-release

## release-check: the package versions agree with the spec's; with TAG=vX.Y.Z, so does the tag.
release-check:
	@ts=$$($(NODE) -p 'require("./output/typescript/package.json").version'); \
	py=$$(sed -n 's/^version = "\(.*\)"/\1/p' output/python/pyproject.toml); \
	echo "spec $(SPEC_VERSION), npm $$ts, PyPI $$py"; \
	[ "$$ts" = "$(SPEC_VERSION)" ] && [ "$$py" = "$(SPEC_VERSION)" ] || { echo "package versions differ from the spec's version" >&2; exit 1; }
	@if [ -n "$(TAG)" ] && [ "$(TAG)" != "v$(SPEC_VERSION)" ]; then echo "tag $(TAG) is not v$(SPEC_VERSION)" >&2; exit 1; fi

## package: build the release artifacts into dist/release (package-npm, package-python) and SHA256SUMS.
package: package-npm package-python
	cd $(RELEASE_DIR) && sha256sum -- *.tgz *.whl *.tar.gz >SHA256SUMS
	cd $(RELEASE_DIR) && ls -l && cat SHA256SUMS

## package-npm: the npm tarball, packed from a copy of output/typescript without dist/, so that
## npm pack's prepack builds dist/ afresh (the work tree's dist/, which tests read, stays as it is).
package-npm: $(NODE_STAMP)
	mkdir -p $(RELEASE_DIR) && rm -f $(RELEASE_DIR)/*.tgz $(RELEASE_DIR)/SHA256SUMS
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	cp -r $(TS_PKG) "$$tmp/typescript"; rm -rf "$$tmp/typescript/dist" "$$tmp"/typescript/*.tgz; \
	cd "$$tmp/typescript" && TSC=$(TSC7) npm pack --silent --pack-destination $(CURDIR)/$(RELEASE_DIR) >/dev/null

## package-python: the sdist and the wheel built from it (python -m build, offline, from a copy of output/python).
package-python: python-build-deps
	mkdir -p $(RELEASE_DIR) && rm -f $(RELEASE_DIR)/*.whl $(RELEASE_DIR)/*.tar.gz $(RELEASE_DIR)/SHA256SUMS
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	cp -r output/python "$$tmp/python"; rm -rf "$$tmp/python/build" "$$tmp/python/dist" "$$tmp"/python/src/*.egg-info; \
	$(PYTHON_BUILD) -m build --no-isolation --outdir $(CURDIR)/$(RELEASE_DIR) "$$tmp/python" >/dev/null

## package-check: dist/release holds exactly the three artifacts and SHA256SUMS,
## which verifies; the tarball passes publint and attw, the wheel and sdist twine check.
package-check: package $(NODE_STAMP) debian-packages
	@cd $(RELEASE_DIR) && files=$$(ls | sort | tr '\n' ' '); \
	sdist=$$(ls -- *.tar.gz); \
	want=$$(printf '%s\n' SHA256SUMS $(NPM_TARBALL) $(WHEEL) "$$sdist" | sort | tr '\n' ' '); \
	[ "$$files" = "$$want" ] || { echo "package-check: $(RELEASE_DIR) holds $$files, want $$want" >&2; exit 1; }
	cd $(RELEASE_DIR) && sha256sum --strict -c SHA256SUMS
	$(PUBLINT) run --strict $(RELEASE_DIR)/$(NPM_TARBALL)
	$(ATTW) --format ascii $(RELEASE_DIR)/$(NPM_TARBALL)
	twine check --strict $(RELEASE_DIR)/*.whl $(RELEASE_DIR)/*.tar.gz

## release-tags: create the Go module's tag output/go/$(TAG) on the commit
## that TAG (vX.Y.Z, which must exist and be checked out) points at. A dry
## run unless RELEASE_PUSH names a remote to push the tag to. Running it again
## is harmless; a Go tag that points elsewhere is an error.
release-tags: release-check
	@set -eu; \
	tag='$(TAG)'; gotag='$(GO_MODULE_DIR)/$(TAG)'; \
	[ -n "$$tag" ] || { echo "release-tags: set TAG=v$(SPEC_VERSION)" >&2; exit 2; }; \
	commit=$$(git rev-parse -q --verify "refs/tags/$$tag^{commit}") || { echo "release-tags: there is no tag $$tag here" >&2; exit 1; }; \
	[ "$$(git rev-parse HEAD)" = "$$commit" ] || { echo "release-tags: HEAD is not $$tag ($$commit): check the tag out" >&2; exit 1; }; \
	[ -z "$$(git status --porcelain --untracked-files=no)" ] || { echo "release-tags: the work tree has changes" >&2; exit 1; }; \
	[ -f $(GO_MODULE_DIR)/LICENSE ] && [ -f $(GO_MODULE_DIR)/README.md ] || { echo "release-tags: $(GO_MODULE_DIR) lacks LICENSE or README.md" >&2; exit 1; }; \
	module=$$(sed -n 's/^module //p' $(GO_MODULE_DIR)/go.mod); \
	[ "$$module" = "github.com/statusgen/statusgen/$(GO_MODULE_DIR)" ] || { echo "release-tags: $(GO_MODULE_DIR)/go.mod declares $$module" >&2; exit 1; }; \
	if existing=$$(git rev-parse -q --verify "refs/tags/$$gotag^{commit}"); then \
		[ "$$existing" = "$$commit" ] || { echo "release-tags: $$gotag exists and points at $$existing, not $$commit" >&2; exit 1; }; \
		echo "release-tags: $$gotag already points at $$commit"; \
	else \
		git tag "$$gotag" "$$commit"; \
		echo "release-tags: tagged $$commit as $$gotag (module $$module $(TAG))"; \
	fi; \
	if [ -n "$(RELEASE_PUSH)" ]; then \
		git push "$(RELEASE_PUSH)" "refs/tags/$$gotag"; \
	else \
		echo "release-tags: dry run, nothing pushed (RELEASE_PUSH=origin pushes refs/tags/$$gotag)"; \
	fi

## test-release: the release rehearsals of test/release (a fresh clone's
## `npm pack`, release-tags in a temporary clone, the Go module's zip).
test-release: $(STATUSGEN) $(NODE_STAMP)
	STATUSGEN=$(STATUSGEN) TSC7=$(TSC7) $(NODE) --test --test-reporter=spec $(sort $(wildcard test/release/*.test.mjs))
