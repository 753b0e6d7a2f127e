# Strategia Społeczna – the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
ifeq (, $(shell command -v $(PYTHON) 2>/dev/null))
PYTHON := python3
endif
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

# Tests and benchmarks run with DEBUG off, as production does, which needs a real SECRET_KEY:
# a random one per run unless one is set. (`make run` has DEBUG on and a development key.)
RANDOM_KEY = $(shell $(PYTHON) -c "import secrets; print('test-' + secrets.token_urlsafe(40))")
test bench bench-statistics bench-monitoring bench-load bench-documents bench-uploads: export SECRET_KEY ?= $(RANDOM_KEY)
# The development server and the tools around it run with DEBUG on (and its development key).
run demo migrate messages: export DEBUG ?= 1

# The documented production profile (docs/security.md): `manage.py check --deploy` must pass.
PRODUCTION_ENV = DEBUG=0 SECRET_KEY=$(RANDOM_KEY) ALLOWED_HOSTS=strategia.example.org \
	SECURE_COOKIES=1 SECURE_HSTS_SECONDS=31536000 SECURE_SSL_REDIRECT=1 \
	SECURE_PROXY_SSL_HEADER=HTTP_X_FORWARDED_PROTO,https PUBLIC_BASE_URL=https://strategia.example.org

.PHONY: run test install install-dev migrate demo lint format messages bench bench-statistics bench-monitoring bench-load bench-documents bench-uploads clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_catalogue
	$(BIN)/python manage.py load_demo

# The development server and, beside it, the worker that runs background tasks (imports);
# Ctrl-C stops both (scripts/run.sh).
run: demo
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	DEBUG=$${DEBUG:-1} bash scripts/run.sh $(BIN)/python $(HOST):$(PORT)

# ruff, the template linter, and the contract of dependencies between the apps
# (import-linter; [tool.importlinter] in pyproject.toml: the layers of docs/architecture.md).
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/djlint --lint --quiet core governments strategies preparation diagnosis monitoring documents portal teams versions workshops consultations templates

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Every check: lint, migrations in step with the models, translations compiled, the suite.
# With DATABASE_URL set (postgres://…) the same suite runs against PostgreSQL.
test: lint
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python manage.py check --fail-level WARNING
	$(PRODUCTION_ENV) $(BIN)/python manage.py check --deploy --fail-level WARNING
	$(BIN)/python -m pytest -q

messages: install-dev
	$(BIN)/python manage.py makemessages --locale pl --no-obsolete --add-location file
	$(BIN)/python manage.py compilemessages --locale pl

bench: install-dev
	$(BIN)/python benchmarks/strategy_pages.py

# National-scale statistics, PostgreSQL only: the server of DATABASE_URL (by default
# postgres://postgres@127.0.0.1:5432/strategia_bench), in a <name>_bench database that it
# drops and recreates; about 2.5 minutes (docs/performance.md).
bench-statistics: install-dev
	$(BIN)/python benchmarks/statistics.py

# Opening a monitoring cycle for 150 institutions, the board and the report (issue 4): SQLite
# by default, PostgreSQL with DATABASE_URL (a test_<name> database, dropped); about 20 s.
bench-monitoring: install-dev
	$(BIN)/python benchmarks/monitoring.py

# 100 implementers saving drafts and submitting in the last hour before the deadline (issue 4):
# gunicorn on 127.0.0.1 against PostgreSQL (DATABASE_URL's server, by default
# postgres://postgres@127.0.0.1:5432/strategia_load_bench, a <name>_load_bench database that
# it drops and recreates); about 2 minutes (docs/performance.md).
bench-load: install-dev
	$(BIN)/python benchmarks/load_monitoring.py

# The strategy document and the yearly report of the large strategy as PDF and DOCX (issue 5).
bench-documents: install-dev
	$(BIN)/python benchmarks/documents.py

# The checks of untrusted uploads and the hostile files of the security review (issue 11):
# the time of each, and the growth of the web process; about 1 minute.
bench-uploads: install-dev
	$(BIN)/python benchmarks/uploads.py

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
