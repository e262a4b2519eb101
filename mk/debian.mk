# Debian packages the checks need. `make debian-packages` installs the
# missing ones with apt-get (through sudo unless run as root); the targets
# that use them depend on it, so `make test` works on a fresh Debian or
# Ubuntu machine, and CI runs it as a step of its own.
#
#   python3-setuptools, python3-wheel, python3-pip, python3-venv:
#       build the wheel and sdist offline with /usr/bin/python3 (mk/python.mk)
#   python3-build: `python3 -m build`, the sdist and the wheel made from it
#   twine: `twine check` of the wheel and the sdist (mk/release.mk)
#   shellcheck: actionlint's check of every workflow's run: blocks (mk/workflows.mk)
#   openjdk-17-jdk-headless, mono-mcs, mono-runtime, php-cli, ruby: compile
#       and run the Java, C#, PHP and Ruby targets (mk/languages.mk)
#   cmark-gfm: GitHub's Markdown renderer, for the test that spec text
#       never becomes a link or HTML (gen/markdown_inert_test.go)
#   hugo: builds a Hugo site with the Markdown page (test/markdown/hugo.test.mjs)
#   python3-markdown: Python-Markdown, which renders MkDocs' pages and whose
#       toc extension gives their headings ids (test/markdown/mkdocs.test.mjs)

DEBIAN_PACKAGES := python3-setuptools python3-wheel python3-pip python3-venv python3-build twine shellcheck cmark-gfm hugo python3-markdown \
	openjdk-17-jdk-headless mono-mcs mono-runtime php-cli ruby

.PHONY: debian-packages

## debian-packages: install whichever of DEBIAN_PACKAGES dpkg does not list as installed.
debian-packages:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -qx 'install ok installed' || echo "$$p"; \
	done); \
	if [ -z "$$missing" ]; then echo "debian-packages: $(DEBIAN_PACKAGES) are installed"; exit 0; fi; \
	missing=$$(echo $$missing); \
	if ! command -v apt-get >/dev/null; then echo "debian-packages: $$missing missing and no apt-get here: install them" >&2; exit 1; fi; \
	sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	echo "debian-packages: installing $$missing"; \
	$$sudo apt-get update; \
	$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing
