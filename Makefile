# The two commands of the README: `make guide` renders lessons/ into output/; `make test` runs every test.
SWIFT ?= swift
STUDY := .build/debug/study
BROWSER_GUIDE := .build/browser-guide

.PHONY: guide test deps build clean browser-check bench

## Install the system packages (cmark-gfm, KaTeX) when missing.
deps:
	@scripts/install-deps

## Build the `study` command (debug: swift-syntax builds in about a minute, release in about six).
build: deps
	$(SWIFT) build --product study

## Render lessons/ into output/.
guide: build
	$(STUDY) build lessons --output output

## Unit, golden and end-to-end tests; verify every lesson (every prose number tied: --strict) and that output/ is
## current; then load every page of a fresh build (with KaTeX, which output/ in a clone lacks) in headless Chromium.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(STUDY) check --strict lessons --output output
	$(STUDY) build lessons --output $(BROWSER_GUIDE)
	scripts/browser-check --output $(BROWSER_GUIDE) --screenshots screenshots

## Load every page of output/ in headless Chromium (installed when missing); screenshots go to screenshots/.
browser-check:
	scripts/browser-check --output output

## Benchmark, not a test: TransformerCore in release (seconds to build) beside NumPy in one run, matrix
## product GFLOP/s and attention times in float64 with their ratios (Benchmarks/numpy_bench.py).
bench:
	$(SWIFT) build -c release --product transformer-bench
	python3 Benchmarks/numpy_bench.py --swift "$$($(SWIFT) build -c release --show-bin-path)/transformer-bench"

clean:
	rm -rf .build
