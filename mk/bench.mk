## Benchmarks (docs/bench.md explains the figures).
##
## bench-go: the Go benchmarks of package gen (load, validate, render per
##   target, whole runs, 50-500 codes, 100 targets), -count 6 -benchmem,
##   raw output in $(BENCH_DIR)/go.txt (what benchstat reads), then the
##   benchstat summary. Compare two runs: bin/benchstat old.txt new.txt
## bench-process: whole statusgen processes against a do-nothing Go binary,
##   median of $(BENCH_ROUNDS) interleaved rounds: each language alone, every
##   language in one -config process, the 500-code spec, go tool statusgen;
##   prints each ratio and peak RSS and fails when a goal is missed (one
##   process per language at most $(BENCH_MAX_LANG_RATIO)x a do-nothing start, -config at most
##   $(BENCH_MAX_CONFIG_RATIO)x as many, peak RSS under $(BENCH_MAX_RSS_MIB) MiB on the registry and
##   $(BENCH_MAX_RSS_SCALE_MIB) MiB on the 500-code spec). A report, not part of `make test`.
## bench-docs: bench-process, then its figures replace the table in docs/bench.md.

BENCH_DIR ?= .cache/bench
BENCH_COUNT ?= 6
BENCH_TIME ?= 500ms
BENCH_FILTER ?= .
BENCH_ROUNDS ?= 20
BENCH_MAX_LANG_RATIO ?= 4
BENCH_MAX_CONFIG_RATIO ?= 1
BENCH_MAX_RSS_MIB ?= 12
BENCH_MAX_RSS_SCALE_MIB ?= 20
BENCH_PROCESS_FLAGS = -statusgen $(STATUSGEN) -rounds $(BENCH_ROUNDS) -scale -gotool \
	-max-lang-ratio $(BENCH_MAX_LANG_RATIO) -max-config-ratio $(BENCH_MAX_CONFIG_RATIO) \
	-max-rss-mib $(BENCH_MAX_RSS_MIB) -max-rss-scale-mib $(BENCH_MAX_RSS_SCALE_MIB) \
	-bench-out $(BENCH_DIR)/process.txt
BENCHSTAT := $(BIN)/benchstat

.PHONY: bench-go bench-process bench-docs

$(BENCHSTAT): tools/go.mod tools/go.sum
	cd tools && $(GO) build -o $@ golang.org/x/perf/cmd/benchstat

bench-go: $(BENCHSTAT)
	mkdir -p $(BENCH_DIR)
	$(GO) test -run '^$$' -bench '$(BENCH_FILTER)' -benchmem -count $(BENCH_COUNT) -benchtime $(BENCH_TIME) -timeout 60m ./gen/ | tee $(BENCH_DIR)/go.txt
	$(BENCHSTAT) $(BENCH_DIR)/go.txt | tee $(BENCH_DIR)/go.benchstat.txt

bench-process: $(STATUSGEN)
	mkdir -p $(BENCH_DIR)
	$(GO) run ./internal/benchproc $(BENCH_PROCESS_FLAGS) | tee $(BENCH_DIR)/process.report.txt

bench-docs: $(STATUSGEN)
	mkdir -p $(BENCH_DIR)
	$(GO) run ./internal/benchproc $(BENCH_PROCESS_FLAGS) -doc docs/bench.md | tee $(BENCH_DIR)/process.report.txt
