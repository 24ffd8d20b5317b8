# portreport: `make demo` builds the Sample site, `make test` runs every test suite,
# `make bench` writes BENCHMARKS.md.
SWIFT ?= swift
CONFIG ?= Sample/portreport.yml
OUTPUT ?= public
# Findings per benchmark run: `make bench SIZES="10000 100000"`; more flags (--reps, --peer-cap,
# --no-peer, --skip-build) in BENCH_FLAGS, see `python3 Benchmarks/run.py --help`.
SIZES ?= 10000 100000 1000000
BENCH_FLAGS ?=
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

VENV := .build/test-venv
PYTHON := $(VENV)/bin/python

.PHONY: all deps build release demo test unit lint format iana views clean browser-deps browser-test mail-test \
	bench-smoke bench

all: build

# The two C libraries portreport links: libcmark (Markdown) and libxml2 (streaming XML).
deps:
	@if ! pkg-config --exists libcmark libxml-2.0 2>/dev/null; then \
		echo "Installing libcmark-dev and libxml2-dev (Debian packages)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev libxml2-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

demo: release
	.build/release/portreport build --config $(CONFIG) --output $(OUTPUT)
	@echo "(The command itself is .build/release/portreport; copy it onto your PATH to use it elsewhere.)"

# The suites run one after another, whatever -j says.
test: deps lint unit
	@$(MAKE) --no-print-directory bench-smoke
	@$(MAKE) --no-print-directory browser-test
	@$(MAKE) --no-print-directory mail-test

unit:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# 1,000 synthetic findings through the debug build (a few seconds): the benchmark still runs.
bench-smoke: build
	python3 Benchmarks/smoke.py .build/debug/portreport

# Not part of `make test`: release build, then portreport vs xmllint --stream vs faraday-plugins
# on 10k/100k/1M findings (the 1M inputs take ~2 GB under .build/bench). Writes BENCHMARKS.md.
bench: deps
	python3 Benchmarks/run.py --sizes $(SIZES) $(BENCH_FLAGS)

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Templates/Templates.swift

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Templates/Templates.swift

# The browser suite: headless Chromium (Debian's chromium and chromium-driver) driven by Selenium,
# with axe-core from PyPI's axe-playwright-python, against the Sample site opened from file://.
browser-deps:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
		echo "Installing chromium and chromium-driver (Debian packages)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver; }
	@[ -x $(PYTHON) ] || python3 -m venv $(VENV)
	@$(PYTHON) -c "import selenium, pytest, axe_playwright_python, aiosmtpd" 2>/dev/null || \
		$(PYTHON) -m pip install -q selenium pytest axe-playwright-python aiosmtpd

browser-test: browser-deps
	$(SWIFT) build
	rm -rf .build/browser-site
	.build/debug/portreport build --quiet --config $(CONFIG) --output .build/browser-site
	SITE_DIR=.build/browser-site SCREENSHOT_DIR=.build/screenshots \
		AXE_JS=$$($(PYTHON) -c "import axe_playwright_python, os; print(os.path.join(os.path.dirname(axe_playwright_python.__file__), 'axe.min.js'))") \
		$(PYTHON) -m pytest -q Tests/browser

# The mail suite: `portreport mail` through msmtp (Debian) to an aiosmtpd server on loopback.
mail-test: browser-deps
	@command -v msmtp >/dev/null || { echo "Installing msmtp (Debian package)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq msmtp; }
	$(SWIFT) build
	PORTREPORT=.build/debug/portreport CONFIG=$(CONFIG) SCREENSHOT_DIR=.build/screenshots \
		$(PYTHON) -m pytest -q Tests/mail

# Regenerates the key-path tables templates read view values through.
views:
	python3 Scripts/make_view_tables.py
	$(SWIFT) format --in-place Sources/PortReportKit/Rendering/Views/Views+Templates.swift

# Regenerates the IANA port table from Debian's /etc/services (netbase).
iana:
	awk '!/^#/ && NF>=2 { split($$2,a,"/"); if (a[2]=="tcp"||a[2]=="udp") print a[1]"\t"a[2]"\t"$$1 }' /etc/services \
		| sort -t"$$(printf '\t')" -k1,1n -k2,2 -u > Templates/iana-services.tsv

clean:
	rm -rf .build $(OUTPUT)
