# The registry sync. `make sync-iana` downloads IANA's HTTP Status Code
# Registry (its CSV form), rewrites spec/http-status.yaml to agree with it
# (statusgen -iana ... -update: only phrases, lifecycles, dates and
# references change; a code the spec lacks is added without a description,
# which `make test` then asks for), and regenerates output/. The report
# goes to $(IANA_REPORT). .github/workflows/sync-iana.yml runs it monthly and
# opens a pull request with the result.
#
# The download needs curl and gives up after at most about two minutes
# (10 s to connect, 60 s a try, two retries), so an unreachable iana.org is
# a clear failure, not a hang.

IANA_CSV_URL := https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv
IANA_DIR := .cache/iana
IANA_CSV ?= $(IANA_DIR)/http-status-codes-1.csv
IANA_SPEC ?= spec/http-status.yaml
IANA_REPORT ?= $(IANA_DIR)/report.txt
# The registry as of its 2025-09-15 update, which the spec agrees with.
IANA_TESTDATA := internal/iana/ianatest/testdata/http-status-codes-2025-09-15.csv

.PHONY: sync-iana sync-iana-update sync-iana-rehearsal

## sync-iana: download the IANA registry, update spec/http-status.yaml to agree with it, regenerate output/.
sync-iana: $(STATUSGEN)
	@mkdir -p $(IANA_DIR)
	@echo "sync-iana: downloading $(IANA_CSV_URL)"
	@curl --fail --silent --show-error --location --proto '=https' \
		--connect-timeout 10 --max-time 60 --retry 2 --retry-max-time 120 \
		--output $(IANA_CSV).part $(IANA_CSV_URL) \
		|| { echo "sync-iana: cannot download $(IANA_CSV_URL); is iana.org reachable?" >&2; rm -f $(IANA_CSV).part; exit 1; }
	@mv $(IANA_CSV).part $(IANA_CSV)
	@$(MAKE) --no-print-directory sync-iana-update
	@$(MAKE) --no-print-directory generate

## sync-iana-update: update $(IANA_SPEC) from $(IANA_CSV), the report in $(IANA_REPORT); fails only on bad input.
sync-iana-update: $(STATUSGEN)
	@mkdir -p $(dir $(IANA_REPORT))
	@status=0; $(STATUSGEN) -iana $(IANA_CSV) -no-registry -update $(IANA_SPEC) >$(IANA_REPORT) 2>&1 || status=$$?; \
	cat $(IANA_REPORT); \
	if [ $$status = 1 ]; then echo "sync-iana: $(IANA_SPEC) still differs from the registry where -update cannot fix it (see above)" >&2; fi; \
	[ $$status -le 1 ]

## sync-iana-rehearsal: the sync's update step on a copy of the spec and the 2025-09-15 registry: nothing may change.
sync-iana-rehearsal: $(STATUSGEN)
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	cp $(IANA_SPEC) "$$tmp/spec.yaml"; \
	$(MAKE) --no-print-directory sync-iana-update IANA_CSV=$(IANA_TESTDATA) IANA_SPEC="$$tmp/spec.yaml" IANA_REPORT="$$tmp/report.txt" >"$$tmp/out" 2>&1 \
		|| { cat "$$tmp/out" >&2; exit 1; }; \
	cmp $(IANA_SPEC) "$$tmp/spec.yaml"; \
	if grep -v 'note: the temporary registration of 104 ' "$$tmp/report.txt"; then echo "sync-iana-rehearsal: the spec differs from $(IANA_TESTDATA)" >&2; exit 1; fi; \
	echo "sync-iana-rehearsal: $(IANA_SPEC) agrees with $(IANA_TESTDATA)"
