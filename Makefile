# Dalil's everyday commands. `make run` serves the site with its demo data; `make test` runs the tests.

# The first Python 3.12 or newer found: versioned commands, then pyenv's installs, then python3.
PYTHON := $(shell for candidate in python3.14 python3.13 python3.12 \
	$$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV) \
	python3 python; do \
	command -v $$candidate >/dev/null 2>&1 \
	&& $$candidate -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
	&& { command -v $$candidate; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
GEO_DIR ?= ../shared/geo

.PHONY: run test lint format check bench demo clean messages

$(BIN)/python:
	@if [ -z "$(PYTHON)" ]; then \
		echo "Dalil needs Python 3.12 or newer, and none was found."; \
		echo "Install one (e.g. 'pyenv install 3.12' or your system's python3.12 package) and run make again."; \
		exit 1; fi
	@echo "Using $(PYTHON) ($$($(PYTHON) --version))"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt ".[test]"
	@touch $@

run: $(VENV)/.installed
	$(MANAGE) migrate --no-input
	$(MANAGE) createcachetable
	$(MANAGE) load_demo
	if [ -d "$(GEO_DIR)/geometry" ]; then $(MANAGE) import_boundaries $(GEO_DIR)/geometry/*.topojson; fi
	@# Emails are sent by a background worker; it stops with the server.
	$(MANAGE) db_worker --no-reload --interval 2 --verbosity 0 & worker=$$!; \
	trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

demo: $(VENV)/.installed
	$(MANAGE) migrate --no-input
	$(MANAGE) createcachetable
	$(MANAGE) load_demo
	if [ -d "$(GEO_DIR)/geometry" ]; then $(MANAGE) import_boundaries $(GEO_DIR)/geometry/*.topojson; fi

test: $(VENV)/.installed
	$(BIN)/python -m pytest

check: $(VENV)/.installed
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@# The layers of pyproject.toml's [tool.importlinter]: each imports only what is below it.
	$(BIN)/lint-imports

lint: check

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Databases of their own, so the demo database stays small: SQLite, then PostgreSQL. Each
# is built once (generate_demo and the search index: about 20 minutes at 250,000
# organizations on a small machine), then every page type is measured
# under gunicorn with wrk (directory/bench/, docs/performance.md): 33 measurements of BENCH_SECONDS each,
# about 8 minutes a database at 10 s. Results go to bench-results/.
BENCH_SQLITE_URL ?= sqlite:///bench.sqlite3
BENCH_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/dalil_bench
BENCH_ORGANIZATIONS ?= 250000
BENCH_SECONDS ?= 10
bench: $(VENV)/.installed
	@command -v wrk >/dev/null || { echo "make bench needs wrk: sudo apt-get install wrk"; exit 1; }
	@status=0; for url in $(BENCH_SQLITE_URL) $(BENCH_POSTGRES_URL); do \
		DATABASE_URL=$$url $(MANAGE) bench --organizations $(BENCH_ORGANIZATIONS) \
			--seconds $(BENCH_SECONDS) || status=1; \
	done; exit $$status

# Update the translation catalogues after changing interface strings (needs GNU gettext),
# then translate the new entries in locale/*/LC_MESSAGES/django.po and compile them.
messages: $(VENV)/.installed
	$(MANAGE) makemessages -l ar -l fr -l en --no-obsolete --no-location --ignore=.venv --ignore=tests
	$(MANAGE) compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) staticfiles
