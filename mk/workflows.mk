# The GitHub workflows (.github/workflows) and the CI entry point (.ci/run).
# actionlint, pinned in tools/go.mod, checks every workflow (expressions,
# permissions, action inputs, runner labels) and runs shellcheck on each
# run: block; shellcheck comes from Debian (mk/debian.mk), and without it
# actionlint would silently skip the shell, so its absence is an error.

ACTIONLINT := $(BIN)/actionlint

.PHONY: lint-workflows

$(ACTIONLINT): tools/go.mod tools/go.sum
	cd tools && $(GO) build -o $@ github.com/rhysd/actionlint/cmd/actionlint

## lint-workflows: actionlint (with shellcheck) over every workflow, shellcheck over .ci/run.
lint-workflows: $(ACTIONLINT) debian-packages
	@shellcheck=$$(command -v shellcheck) || { echo "lint-workflows: shellcheck not found (make debian-packages installs it)" >&2; exit 1; }; \
	echo "actionlint -shellcheck $$shellcheck"; \
	$(ACTIONLINT) -shellcheck "$$shellcheck"
	shellcheck .ci/run
