# The two commands of the README: `make demo` and `make test`.
# Both create and use a virtual environment in .venv (Python 3.11 or newer).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("eenvoudig heeft Python 3.11 of nieuwer nodig") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/eenvoudig score examples/heerlens-akkoord-2026-2030.md --by section
	$(BIN)/eenvoudig render examples/heerlens-akkoord-2026-2030.md -o out

test: $(STAMP)
	bash scripts/install-test-tools.sh
	$(BIN)/ruff check src tests benchmarks training/fit_understandability.py
	$(BIN)/mypy
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_analyze.py

clean:
	rm -rf $(VENV) dist build .pytest_cache .ruff_cache test-artifacts
