# ServeWell: build, serve and test. Every target that needs the toolchain first
# runs scripts/install-tools.sh, which installs only what is missing.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := dist

# Puts ~/.cargo/bin and node_modules/.bin on PATH for the recipe line.
ENV := source scripts/env.sh &&

# Sub-makes started by `test` and `screenshots` get TOOLS_DONE=1 so the install
# script runs once per top-level make.
TOOLS_DONE ?=

.PHONY: tools browser-tools serve dist size bench fuzz lint test test-native test-browser test-size test-e2e screenshots

tools:
ifeq ($(TOOLS_DONE),)
	scripts/install-tools.sh
endif

browser-tools:
ifeq ($(TOOLS_DONE),)
	scripts/install-tools.sh browser
endif

serve: tools
	$(ENV) trunk serve --address 127.0.0.1 --port 8080

# The release build uses install-tools.sh's pinned nightly to rebuild the standard library
# with panics that stop at once, without their messages and the formatting code they need:
# 26 KB less gzip to download. A panic is a bug either way, and stops the app either way.
# Its own target directory keeps the stable builds' (lint, tests) from being rebuilt.
NIGHTLY := $(shell sed -n 's/^NIGHTLY=//p' scripts/install-tools.sh)
RELEASE := RUSTUP_TOOLCHAIN=$(NIGHTLY) CARGO_TARGET_DIR=target/release-nightly CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  RUSTFLAGS='-Zunstable-options -Cpanic=immediate-abort'

dist: tools
	$(ENV) $(RELEASE) trunk build --release

# What a first visit downloads, raw, gzip and brotli, against the budget.
size: dist
	node scripts/size.mjs

# Figures: the model on 500 workshop codes and 1,000 results, natively; the history page
# with 12 and 1,000 results, and the storage they use, in Chromium.
bench: browser-tools dist
	$(ENV) cargo bench --bench group
	$(ENV) node tests/e2e/bench.mjs

# Every decoder of outside data (codes, links, backups, storage) under libFuzzer for
# FUZZ_SECONDS (default 60), on the stable toolchain; a crash leaves its input in
# fuzz/artifacts/, to be kept as a regression test.
fuzz: tools
	$(ENV) scripts/fuzz.sh

# Formatting and lints, for the browser builds (the full one and the first-visit one) as well as
# the native one: any warning fails.
lint: tools
	$(ENV) cargo fmt --check
	$(ENV) cargo clippy --all-targets -- -D warnings
	$(ENV) cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
	$(ENV) cargo clippy --target wasm32-unknown-unknown --features first-visit -- -D warnings

# In this order: formatting and lints, native unit tests, a minute of fuzzing, wasm tests in headless Chromium,
# release build, its download against the budget, end-to-end in Chromium, Firefox and WebKit.
test: browser-tools
	$(MAKE) --no-print-directory TOOLS_DONE=1 lint
	$(MAKE) --no-print-directory TOOLS_DONE=1 test-native
	$(MAKE) --no-print-directory TOOLS_DONE=1 fuzz
	$(MAKE) --no-print-directory TOOLS_DONE=1 test-browser
	$(MAKE) --no-print-directory TOOLS_DONE=1 dist
	$(MAKE) --no-print-directory TOOLS_DONE=1 test-size
	$(MAKE) --no-print-directory TOOLS_DONE=1 test-e2e

test-native:
	$(ENV) cargo test

test-browser: browser-tools
	$(ENV) CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 cargo test --target wasm32-unknown-unknown

# The release build's first visit against the budget (bytes, not times), and its
# precompressed twins (run `make dist` first; `make test` does).
test-size:
	@test -f dist/index.html || { echo "dist/index.html missing: run 'make dist' first" >&2; exit 1; }
	node --test tests/size.test.mjs

# The engines the end-to-end suite runs in, one after the other; one alone with, say,
# `make test-e2e E2E_BROWSERS=firefox`.
E2E_BROWSERS ?= chromium firefox webkit

# Drives the built dist/ (run `make dist` first; `make test` does) in every engine of
# E2E_BROWSERS, printing how long each took; fails if any engine failed.
test-e2e: browser-tools
	@test -f dist/index.html || { echo "dist/index.html missing: run 'make dist' first" >&2; exit 1; }
	@$(ENV) failed=; for engine in $(E2E_BROWSERS); do \
	  start=$$SECONDS; \
	  E2E_BROWSER=$$engine node --test tests/e2e/ || failed="$$failed $$engine"; \
	  echo "e2e in $$engine: $$((SECONDS - start)) s"; \
	done; \
	if [ -n "$$failed" ]; then echo "e2e failed in:$$failed" >&2; exit 1; fi

# PNGs of the landing, questionnaire and result pages at phone and desktop sizes,
# into tests/e2e/screenshots/.
screenshots: browser-tools
	$(MAKE) --no-print-directory TOOLS_DONE=1 dist
	$(ENV) node tests/e2e/screenshots.mjs
