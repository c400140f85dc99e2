# Premiere — `make run` serves the demo site, `make test` runs every test.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# The newest Python that is 3.12 or later: plain commands first, then pyenv's own folders
# (pyenv shims refuse versions that are not selected, so they cannot be trusted alone).
PYTHON_CANDIDATES := python3.14 python3.13 python3.12 \
	$(wildcard $(HOME)/.pyenv/versions/3.14*/bin/python3) \
	$(wildcard $(HOME)/.pyenv/versions/3.13*/bin/python3) \
	$(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3)
PYTHON := $(shell for p in $(PYTHON_CANDIDATES); do \
	"$$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo "$$p"; break; }; \
	done)

.PHONY: run dev test test-production prod-up prod-down audit lint browser-deps install clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "make: no Python 3.12+ found (install python3.13 or python3.12)"; exit 1; }
	@echo "Installing into $(VENV) with $$($(PYTHON) --version)…"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev,postgres]'
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	@$(BIN)/premiere migrate --no-input
	@$(BIN)/premiere collectstatic --no-input --verbosity 0
	@$(BIN)/premiere demo
	@echo "Premiere is serving on http://127.0.0.1:8000 with its background worker (Ctrl+C stops both)"
	@trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT; \
		$(BIN)/premiere worker & worker=$$!; \
		$(BIN)/gunicorn -c python:premiere.gunicorn_conf premiere.wsgi --bind 127.0.0.1:8000 --threads 4 \
			--access-logfile - --log-level warning

dev: $(STAMP)
	@$(BIN)/premiere migrate --no-input
	@$(BIN)/premiere demo
	@trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT; \
		DEBUG=1 $(BIN)/premiere worker & worker=$$!; \
		DEBUG=1 $(BIN)/premiere runserver 127.0.0.1:8000

# Lighthouse (npm, installed into var/audit on first use) and axe-core on the reader pages,
# against a fresh demo site; writes var/audit/summary.md and screenshots at phone and desktop.
audit: $(STAMP) browser-deps
	@$(BIN)/python bench/audit.py

# Debian's Chromium drives the browser tests; Playwright's own download cannot work offline.
browser-deps:
	@command -v chromium >/dev/null || { \
		echo "Installing Debian's chromium for the browser tests…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: $(STAMP) browser-deps
	@$(BIN)/premiere makemigrations --check --dry-run >/dev/null || \
		{ echo "make: models changed without a migration (run premiere makemigrations)"; exit 1; }
	@$(BIN)/ruff check src tests $(wildcard bench)
	@$(BIN)/lint-imports --no-cache >/dev/null || $(BIN)/lint-imports --no-cache
	@$(BIN)/pytest $(PYTEST_ARGS)

# The production profile: the same suite on PostgreSQL and Redis (deploy/services.sh starts them).
PRODUCTION_ENV := DATABASE_URL=postgres://premiere:premiere@127.0.0.1:5432/premiere \
	REDIS_URL=redis://127.0.0.1:6379/15

test-production: $(STAMP) browser-deps
	@bash deploy/services.sh
	@$(PRODUCTION_ENV) $(BIN)/premiere makemigrations --check --dry-run >/dev/null
	@$(PRODUCTION_ENV) $(BIN)/pytest $(PYTEST_ARGS)

# The production stack on this machine: nginx, two app instances, the worker, PostgreSQL and
# Redis, on http://127.0.0.1:8080 (deploy/prod.sh; README, "Production").
prod-up: $(STAMP)
	@bash deploy/prod.sh up

prod-down:
	@bash deploy/prod.sh down

lint: $(STAMP)
	@$(BIN)/ruff check src tests $(wildcard bench)
	@$(BIN)/ruff format --check src tests $(wildcard bench)

clean:
	rm -rf $(VENV) var staticfiles
