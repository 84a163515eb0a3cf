# The two commands of the README: `make guide` renders lessons/ into output/; `make test` runs every test.
SWIFT ?= swift
STUDY := .build/debug/study

.PHONY: guide test deps build clean

## Install the system packages (cmark-gfm) when missing.
deps:
	@scripts/install-deps

## Build the `study` command (debug: swift-syntax builds in about a minute, release in about six).
build: deps
	$(SWIFT) build --product study

## Render lessons/ into output/.
guide: build
	$(STUDY) build lessons --output output

## Unit, golden and end-to-end tests, then verify every lesson and that output/ is current.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(STUDY) check lessons --output output

clean:
	rm -rf .build
