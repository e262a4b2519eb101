# The TypeScript target: output/typescript is the npm package
# @statusgen/http-status; its src/index.ts comes from `make generate`.

TS_PKG := output/typescript
TSC7 := $(CURDIR)/node_modules/typescript/bin/tsc
TSC5 := $(CURDIR)/node_modules/typescript5/bin/tsc
TS_TESTS := $(sort $(wildcard test/typescript/*.test.mjs))

.PHONY: typescript-build typescript-clean

## typescript-build: compile output/typescript/dist (ESM and CommonJS) with the pinned TypeScript 7.
typescript-build: $(NODE_STAMP)
	cd $(TS_PKG) && TSC=$(TSC7) npm run --silent build

## test-typescript: build dist/, then run the Node tests against it (the module type-checked on
## TypeScript 7 and 5.9, the API, the docs, the README) and against the release tarball (make package-npm).
test-typescript: $(STATUSGEN) $(NODE_STAMP) typescript-build package-npm
	STATUSGEN=$(STATUSGEN) TSC7=$(TSC7) TSC5=$(TSC5) NPM_TARBALL=$(CURDIR)/$(RELEASE_DIR)/$(NPM_TARBALL) \
		$(NODE) --test --test-reporter=spec $(TS_TESTS)

typescript-clean:
	rm -rf $(TS_PKG)/dist $(TS_PKG)/*.tgz
