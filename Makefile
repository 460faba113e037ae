# The two commands of the README: `make site` and `make test`. Both set up everything
# they need on a fresh machine (a local .venv, Debian's chromium for browser tests and
# valgrind for the test of bench/instructions.py's counted builds).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Material for MkDocs prints an end-of-life banner on every build; the README has the plan
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve lint bench bench-site bench-build chromium valgrind clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/mkdocs build --strict

serve: $(STAMP)
	$(BIN)/mkdocs serve

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q chromium fonts-dejavu-core; }

valgrind:
	@command -v valgrind >/dev/null 2>&1 || { \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q valgrind; }

lint: $(STAMP)
	$(BIN)/ruff check timeline tests bench
	$(BIN)/ruff format --check timeline tests bench
	$(BIN)/mypy --strict timeline

test: $(STAMP) chromium valgrind
	$(BIN)/ruff check timeline tests bench
	$(BIN)/ruff format --check timeline tests bench
	$(BIN)/mypy --strict timeline
	$(BIN)/python -m pytest -n 2 -q

# Benchmarks (not part of `make test`): tagger accuracy/speed against dateparser and
# HeidelTime, then the events stage; `make bench-site` times the seed site (cold, warm, plain);
# `make bench-build` times site builds up to 1,000 articles.
bench: $(STAMP)
	$(BIN)/pip install -q -c constraints.txt -e '.[bench]'
	$(BIN)/python bench/tagger.py
	$(BIN)/python bench/events.py

bench-site: $(STAMP)
	$(BIN)/python bench/site.py

bench-build: $(STAMP)
	$(BIN)/python bench/build.py

clean:
	rm -rf site .timeline tests/artifacts
