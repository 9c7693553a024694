# Two commands do all the set-up on a fresh machine (see README.md):
#   make site   installs what is missing, builds briefing, builds site/ from seeds/
#   make test   installs what is missing and runs the whole test suite:
#               the Swift tests, then the browser checks on a site built
#               from seeds/ (chromium, axe-core, the Nu HTML validator)
SWIFT ?= swift
PYTHON ?= python3
BRIEFING = .build/debug/briefing
BROWSER_SITE = .build/browser-site

.PHONY: site test deps test-deps build screenshots check browser-check bench clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

site: build
	$(BRIEFING) build

check: build
	$(BRIEFING) check

test-deps:
	@scripts/install-deps.sh --test

test: test-deps
	$(SWIFT) test
	$(MAKE) --no-print-directory browser-check

# The browser checks need the debug binary that `swift test` builds.
browser-check:
	$(BRIEFING) build --quiet --out $(BROWSER_SITE)
	cd Tests/browser && $(PYTHON) check_site.py ../../$(BROWSER_SITE) --screenshots ../../.build/screenshots

# The same screenshots as the browser checks take, kept for the README.
screenshots: test-deps build
	$(BRIEFING) build --quiet --out $(BROWSER_SITE)
	cd Tests/browser && $(PYTHON) check_site.py ../../$(BROWSER_SITE) --screenshots ../../docs/screenshots

# Briefing against Hugo on generated corpora (bench/run.py); SIZES=1000,10000 RUNS=3.
SIZES ?= 1000,10000
RUNS ?= 3
bench: deps
	@command -v hugo >/dev/null || scripts/install-deps.sh --bench
	$(SWIFT) build -c release
	$(PYTHON) bench/run.py --sizes $(SIZES) --runs $(RUNS) --incremental

clean:
	rm -rf .build
