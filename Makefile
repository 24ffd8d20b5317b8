# portreport: `make demo` builds the Sample site, `make test` runs every test suite.
SWIFT ?= swift
CONFIG ?= Sample/portreport.yml
OUTPUT ?= public
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build release demo test unit lint format iana clean

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
	@echo
	@echo "Open $(CURDIR)/$(OUTPUT)/index.html in a browser."

test: deps lint unit

unit:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Templates/Templates.swift

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Templates/Templates.swift

# Regenerates the IANA port table from Debian's /etc/services (netbase).
iana:
	awk '!/^#/ && NF>=2 { split($$2,a,"/"); if (a[2]=="tcp"||a[2]=="udp") print a[1]"\t"a[2]"\t"$$1 }' /etc/services \
		| sort -t"$$(printf '\t')" -k1,1n -k2,2 -u > Templates/iana-services.tsv

clean:
	rm -rf .build $(OUTPUT)
