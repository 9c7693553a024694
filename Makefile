# Two commands do all the set-up on a fresh machine (see README.md):
#   make site   installs what is missing, builds briefing, builds site/ from seeds/
#   make test   installs what is missing and runs the whole test suite
SWIFT ?= swift
BRIEFING = .build/debug/briefing

.PHONY: site test deps build screenshots check clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

site: build
	$(BRIEFING) build

check: build
	$(BRIEFING) check

test: deps
	$(SWIFT) test

screenshots: site
	scripts/screenshots.sh site docs/screenshots

clean:
	rm -rf .build
