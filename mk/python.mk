# The Python target: output/python is the PyPI package statusgen-httpstatus,
# whose module output/python/src/httpstatus/__init__.py `make generate`
# renders. `make test-python` runs every check of it; the python-* targets are
# its steps.
#
# Building the wheel and the sdist offline (python3 -m build --no-isolation)
# needs setuptools, wheel and build in the building interpreter. The pyenv
# python3 has an old setuptools and no wheel, and PyPI is out of reach, so
# they are built with Debian's /usr/bin/python3, whose packages
# debian-packages (mk/debian.mk) installs. The wheel is pure Python
# (py3-none-any), so the venv it is installed into is made by $(PYTHON), the
# python3 in PATH.

PYTHON_BUILD ?= /usr/bin/python3
# Python versions the runtime tests also run on (the package supports 3.9+),
# found as pythonX.Y in PATH or under pyenv's versions/. A missing one is
# skipped with a message, unless CI=true (as in `make test`), which requires
# all of them.
PYTHON_VERSIONS ?= 3.9 3.10 3.11 3.12 3.13
PYRIGHT := node_modules/.bin/pyright
PYTHON_TEST_ENV = STATUSGEN=$(STATUSGEN) PYRIGHT=$(CURDIR)/$(PYRIGHT) HTTPSTATUS_DIST=$(CURDIR)/$(RELEASE_DIR)

.PHONY: python-build-deps python-unittest python-versions

## test-python: the Python target's checks: pyright strict and the wheel and sdist of
## make package-python (test_typing, test_wheel) on $(PYTHON), and the runtime tests on each of PYTHON_VERSIONS.
test-python: python-unittest python-versions
	@echo "test-python: all checks passed"

## python-build-deps: make sure $(PYTHON_BUILD) can build a wheel and an sdist offline.
python-build-deps: debian-packages
	$(PYTHON_BUILD) -c 'import setuptools, wheel, build, pip, venv, ensurepip'

## python-unittest: the tests that do not depend on the interpreter, on $(PYTHON): pyright strict over
## the module, the tests and the example (test_typing), the release wheel and sdist installed (test_wheel).
python-unittest: $(NODE_STAMP) package-python
	cd test/python && $(PYTHON_TEST_ENV) $(PYTHON) -m unittest -v test_typing test_wheel

## python-versions: the runtime tests on each of PYTHON_VERSIONS that is present (all of them with CI=true).
python-versions: $(STATUSGEN)
	@for v in $(PYTHON_VERSIONS); do \
		py=$$(command -v "python$$v" 2>/dev/null || true); \
		if [ -z "$$py" ] || ! "$$py" -c '' >/dev/null 2>&1; then \
			py=$$(ls -d "$${PYENV_ROOT:-$$HOME/.pyenv}"/versions/"$$v".*/bin/"python$$v" 2>/dev/null | sort -V | tail -n 1 || true); \
		fi; \
		if [ -z "$$py" ] && [ -n "$(TOOLCHAINS_REQUIRED)" ]; then echo "python-versions: Python $$v not found, and CI=$(CI) requires every one of $(PYTHON_VERSIONS)" >&2; exit 1; fi; \
		if [ -z "$$py" ]; then echo "python-versions: Python $$v not found: skipped (CI=true makes this an error)"; continue; fi; \
		echo "python-versions: $$("$$py" -V) at $$py"; \
		(cd test/python && $(PYTHON_TEST_ENV) "$$py" -m unittest test_stdlib test_module test_hostile test_readme) || exit 1; \
	done
