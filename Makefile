# The two commands of the README: `make guide` renders lessons/ into output/; `make test` runs every test.
SWIFT ?= swift
STUDY := .build/debug/study
BROWSER_GUIDE := .build/browser-guide

.PHONY: guide test deps build clean browser-check bench fuzz hostile swiftc-check

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
	.build/debug/swiftc-check lessons
	$(STUDY) build lessons --output $(BROWSER_GUIDE)
	scripts/browser-check --output $(BROWSER_GUIDE) --screenshots screenshots

## Proof by the real compiler: every block of every lesson (each lesson's blocks in order, in one scope) and every example
## of the language reference, turned into one Swift program with each shown value printed in a canonical form, compiled
## with swiftc against ComputeKit and TransformerCore (the objects `swift build` made in .build/debug), run, and each
## value compared with the interpreter's (integers and strings exactly, reals within 1e-12 relative). Prints how many
## values it compared, and each mismatch with its lesson, line and both values; listed deviations are notes.
swiftc-check:
	$(SWIFT) build --product swiftc-check
	.build/debug/swiftc-check lessons

## Load every page of output/ in headless Chromium (installed when missing); screenshots go to screenshots/.
browser-check:
	scripts/browser-check --output output

## Benchmark, not a test: TransformerCore in release (seconds to build) beside NumPy in one run, matrix
## product GFLOP/s and attention times in float64 with their ratios (Benchmarks/numpy_bench.py).
bench:
	$(SWIFT) build -c release --product transformer-bench
	python3 Benchmarks/numpy_bench.py --swift "$$($(SWIFT) build -c release --show-bin-path)/transformer-bench"

## Issue 11's hostile lessons against a release `study check`, each within 2 s and 1 GiB (Benchmarks/hostile.py): a
## benchmark, not a test (outside `make test`).
hostile: deps
	$(SWIFT) build -c release --product study
	python3 Benchmarks/hostile.py --study "$$($(SWIFT) build -c release --show-bin-path)/study"

## Fuzzing, not a test (outside `make test`): builds the two libFuzzer targets of Fuzz/ once, optimised, with the fuzzer
## and AddressSanitizer (and -enable-testing, for update's own splicing), in .build-fuzz (never touching .build), then
## runs each for SECONDS seconds: fuzz-pipeline over a lesson's bytes (parse, evaluate, render, check, update), seeded
## with lessons/ and the bad-block corpus, and fuzz-builtins over builtin calls with random arguments. Corpora grow in
## Fuzz/corpus/, findings land in Fuzz/crashes/ (both git-ignored); a run over 2 s is a finding too.
SECONDS ?= 60
FUZZ_BUILD := .build-fuzz
FUZZ_FLAGS := -c release --scratch-path $(FUZZ_BUILD) -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing
## -detect_leaks=0: LeakSanitizer reports the lazily built static tables (TypeNamespace's globals) as leaks at exit,
## once; memory kept per input would show as growth, which -rss_limit_mb bounds.
FUZZ_RUN := -max_total_time=$(SECONDS) -timeout=2 -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1
fuzz: deps
	STUDY_FUZZ=1 $(SWIFT) build $(FUZZ_FLAGS) --product fuzz-pipeline
	STUDY_FUZZ=1 $(SWIFT) build $(FUZZ_FLAGS) --product fuzz-builtins
	mkdir -p Fuzz/corpus/pipeline Fuzz/corpus/builtins Fuzz/crashes
	cp lessons/*.md Tests/StudyGuideTests/Fixtures/bad-blocks/*.md Fuzz/corpus/pipeline/
	for i in $$(seq 0 255); do printf "\\$$(printf %03o $$i)\\000" > Fuzz/corpus/builtins/seed-$$i; done
	SWIFT_BACKTRACE=enable=no $(FUZZ_BUILD)/release/fuzz-pipeline Fuzz/corpus/pipeline $(FUZZ_RUN) -artifact_prefix=Fuzz/crashes/pipeline-
	SWIFT_BACKTRACE=enable=no $(FUZZ_BUILD)/release/fuzz-builtins Fuzz/corpus/builtins $(FUZZ_RUN) -artifact_prefix=Fuzz/crashes/builtins-

clean:
	rm -rf .build
