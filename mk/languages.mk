# The Rust, Java, C#, PHP and Ruby targets: `statusgen -lang X -o FILE`
# outputs for users' repositories, not published packages. Their tests
# (test/languages, Go tests) compile each output with its real toolchain
# under strict settings, run a program that calls it as code written for
# the language's incumbent does, and compare the hostile strings byte for
# byte. `go test ./...` skips a test whose toolchain is missing; here, as
# in CI, they run with CI=true, which makes a missing toolchain a failure.
#
# rustc and clippy come with the machine's rustup toolchain; the others are
# Debian packages (mk/debian.mk). Mono stands in for the .NET SDK, which no
# registry here serves.

.PHONY: languages-deps test-languages

## languages-deps: the Java, C#, PHP and Ruby toolchains (mk/debian.mk), and rustc with clippy.
languages-deps: debian-packages
	@command -v rustc >/dev/null && command -v clippy-driver >/dev/null || { echo "languages-deps: rustc and clippy-driver (rustup's clippy component) are needed" >&2; exit 1; }

## test-languages: compile and run the Rust, Java, C#, PHP and Ruby targets with their toolchains.
test-languages: languages-deps
	CI=true $(GO) test -count=1 -v ./test/languages/
