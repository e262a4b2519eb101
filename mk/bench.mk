## Benchmarks (docs/bench.md explains the figures).
##
## bench-go: the Go benchmarks of package gen (load, validate, render per
##   target, whole runs, 50-500 codes, 100 targets), -count 6 -benchmem,
##   raw output in $(BENCH_DIR)/go.txt (what benchstat reads), then the
##   benchstat summary. Compare two runs: bin/benchstat old.txt new.txt
## bench-process: whole statusgen processes against a do-nothing Go binary,
##   median of $(BENCH_ROUNDS) interleaved rounds; prints the time ratio and
##   peak RSS and fails when over budget ($(BENCH_MAX_RATIO)x, $(BENCH_MAX_RSS_MIB) MiB).
##   A budget report, not part of `make test`.

BENCH_DIR ?= .cache/bench
BENCH_COUNT ?= 6
BENCH_TIME ?= 500ms
BENCH_FILTER ?= .
BENCH_ROUNDS ?= 20
BENCH_MAX_RATIO ?= 3
BENCH_MAX_RSS_MIB ?= 20
BENCHSTAT := $(BIN)/benchstat

.PHONY: bench-go bench-process

$(BENCHSTAT): tools/go.mod tools/go.sum
	cd tools && $(GO) build -o $@ golang.org/x/perf/cmd/benchstat

bench-go: $(BENCHSTAT)
	mkdir -p $(BENCH_DIR)
	$(GO) test -run '^$$' -bench '$(BENCH_FILTER)' -benchmem -count $(BENCH_COUNT) -benchtime $(BENCH_TIME) -timeout 60m ./gen/ | tee $(BENCH_DIR)/go.txt
	$(BENCHSTAT) $(BENCH_DIR)/go.txt | tee $(BENCH_DIR)/go.benchstat.txt

bench-process: $(STATUSGEN)
	mkdir -p $(BENCH_DIR)
	$(GO) run ./internal/benchproc -statusgen $(STATUSGEN) -rounds $(BENCH_ROUNDS) -scale \
		-max-ratio $(BENCH_MAX_RATIO) -max-rss-mib $(BENCH_MAX_RSS_MIB) \
		-bench-out $(BENCH_DIR)/process.txt | tee $(BENCH_DIR)/process.report.txt
