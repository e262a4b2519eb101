# The Markdown target: output/markdown/http-status-codes.md. Its Go tests
# (gen/funcs_markdown_test.go, gen/markdown_test.go: goldmark rendering,
# anchors, escaping, front matter) run under test-go; this fragment adds the
# markdownlint checks and the docs generators: the page as GitHub shows it
# (cmark-gfm and github-slugger), as MkDocs renders it (Python-Markdown),
# and real VitePress, Docusaurus and Hugo sites built with it
# (test/markdown/*.test.mjs, one site per generator).

MARKDOWNLINT := $(CURDIR)/node_modules/.bin/markdownlint-cli2
MARKDOWN_PAGE := output/markdown/http-status-codes.md
MARKDOWN_LINT_CONFIG := $(CURDIR)/output/markdown/.markdownlint.jsonc
# Debian's Python, which has python3-markdown (mk/debian.mk).
MARKDOWN_PYTHON ?= /usr/bin/python3

# The Node sites, which build longest, are targets of their own, so that
# make test can run them beside each other and the other checks.
MARKDOWN_SITES := docusaurus vitepress
MARKDOWN_SITE_TESTS := $(MARKDOWN_SITES:%=test-markdown-%)

.PHONY: test-markdown $(MARKDOWN_SITE_TESTS)

## test-markdown-docusaurus, test-markdown-vitepress: build a real Docusaurus or VitePress site with the page.
$(MARKDOWN_SITE_TESTS): test-markdown-%: $(STATUSGEN) $(NODE_STAMP)
	STATUSGEN=$(STATUSGEN) $(NODE) --test --test-reporter=spec test/markdown/$*.test.mjs

## test-markdown: markdownlint the generated page, its front-matter and VitePress forms and a page with hostile spec strings;
## render them with markdown-it (linkify on) and check that spec text makes no link or HTML;
## build the page on GitHub's renderer, MkDocs' and real VitePress, Docusaurus and Hugo sites, and check every in-page link and the title.
test-markdown: $(STATUSGEN) $(NODE_STAMP) debian-packages $(MARKDOWN_SITE_TESTS)
	STATUSGEN=$(STATUSGEN) MARKDOWN_PYTHON=$(MARKDOWN_PYTHON) $(NODE) --test --test-reporter=spec \
		$(filter-out $(MARKDOWN_SITES:%=test/markdown/%.test.mjs),$(sort $(wildcard test/markdown/*.test.mjs)))
	@# The committed page and its front-matter and VitePress forms, in one run.
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(STATUSGEN) -lang markdown -front-matter -o "$$tmp/front-matter.md"; \
	$(STATUSGEN) -lang markdown -docs vitepress -o "$$tmp/vitepress.md"; \
	$(MARKDOWNLINT) --config $(MARKDOWN_LINT_CONFIG) $(MARKDOWN_PAGE) "$$tmp/front-matter.md" "$$tmp/vitepress.md"
	@# Hostile strings must not break the page's structure. Rules that judge
	@# the strings themselves stay off: MD026 (a phrase may end in punctuation),
	@# MD034 (a description may hold a URL) and MD051 (anchors follow goldmark,
	@# which drops the non-ASCII letters and entities GitHub's slugs keep).
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	printf '{"extends": "%s", "MD026": false, "MD034": false, "MD051": false}\n' $(MARKDOWN_LINT_CONFIG) >"$$tmp/.markdownlint.jsonc"; \
	$(STATUSGEN) -lang markdown -spec test/testdata/hostile.json -spec test/testdata/hostile-docs.json -o - | $(MARKDOWNLINT) --config "$$tmp/.markdownlint.jsonc" -
