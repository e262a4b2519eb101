# The TypeScript target: output/typescript is the npm package
# @statusgen/http-status; its src/index.ts comes from `make generate`.

TS_PKG := output/typescript
TSC7 := $(CURDIR)/node_modules/typescript/bin/tsc
TSC5 := $(CURDIR)/node_modules/typescript5/bin/tsc
TS_TESTS := $(sort $(wildcard test/typescript/*.test.mjs))

.PHONY: typescript-build typescript-check typescript-clean

## typescript-build: compile output/typescript/dist (ESM and CommonJS) with the pinned TypeScript 7.
typescript-build: $(NODE_STAMP)
	cd $(TS_PKG) && TSC=$(TSC7) npm run --silent build

## typescript-check: type-check the generated module with every strictness flag, on TypeScript 7 and 5.9.
typescript-check: $(NODE_STAMP)
	$(NODE) $(TSC7) -p $(TS_PKG)
	$(NODE) $(TSC5) -p $(TS_PKG)

## test-typescript: check, build, then run the Node tests against the compiled package.
test-typescript: $(STATUSGEN) $(NODE_STAMP) typescript-check typescript-build
	STATUSGEN=$(STATUSGEN) TSC7=$(TSC7) TSC5=$(TSC5) $(NODE) --test --test-reporter=spec $(TS_TESTS)

typescript-clean:
	rm -rf $(TS_PKG)/dist $(TS_PKG)/*.tgz
