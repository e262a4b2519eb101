# The Rust, Java, C#, PHP and Ruby targets: `statusgen -lang X -o FILE`
# outputs for users' repositories, not published packages. Their tests
# (test/languages, Go tests) compile each output with its real toolchain
# under strict settings, run a program that calls it as code written for
# the language's incumbent does, and compare the hostile strings byte for
# byte. `go test ./...` skips a test whose toolchain is missing; here, as
# in CI, they run with CI=true, which makes a missing toolchain a failure.
#
# rustc and clippy come with the machine's rustup toolchain; the others are
# Debian packages, installed with apt-get when a program is missing (as
# python-build-deps does). Mono stands in for the .NET SDK, which no
# registry here serves.

LANGUAGES_DEBIAN_PACKAGES := openjdk-17-jdk-headless mono-mcs mono-runtime php-cli ruby
LANGUAGES_PROGRAMS := javac java mcs mono php ruby

.PHONY: languages-deps test-languages

## languages-deps: install the Java, C#, PHP and Ruby toolchains the language tests need.
languages-deps:
	@missing=; for p in $(LANGUAGES_PROGRAMS); do command -v $$p >/dev/null || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then \
		echo "languages-deps: $(LANGUAGES_PROGRAMS) found"; \
	else \
		sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
		echo "languages-deps:$$missing missing; installing $(LANGUAGES_DEBIAN_PACKAGES)"; \
		$$sudo apt-get update; \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(LANGUAGES_DEBIAN_PACKAGES); \
	fi
	@command -v rustc >/dev/null && command -v clippy-driver >/dev/null || { echo "languages-deps: rustc and clippy-driver (rustup's clippy component) are needed" >&2; exit 1; }

## test-languages: compile and run the Rust, Java, C#, PHP and Ruby targets with their toolchains.
test-languages: languages-deps
	CI=true $(GO) test -count=1 -v ./test/languages/
