# The two commands the README promises: `make run` and `make test`.
# Both set everything up on a fresh Debian 12 machine with Python 3.11.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup lint typecheck contracts unit bench screenshots clean

run: setup
	scripts/system-deps.sh run
	$(VENV)/bin/intake

test: setup
	scripts/system-deps.sh test
	$(MAKE) lint typecheck contracts unit

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck:
	$(VENV)/bin/mypy

contracts:
	$(VENV)/bin/lint-imports

unit:
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

bench: setup
	for b in benchmarks/bench_*.py; do $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .pytest_cache .ruff_cache
