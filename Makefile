# `make demo` and `make test` are the two commands a new user and CI need.
# Everything they use is installed here, into .venv, from pinned versions in pyproject.toml.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= demo.db
SERVE ?= 1
PORT ?= 8000

.PHONY: install demo test lint typecheck browser bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==25.0.1
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/prosograph ingest examples/corpus --db $(DB)
	$(BIN)/prosograph people --db $(DB)
	@if [ "$(SERVE)" != "0" ]; then \
		echo "Serving the example knowledge base at http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"; \
		$(BIN)/prosograph serve --db $(DB) --port $(PORT); \
	fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy

# Debian's Chromium for the end-to-end tests; the tests skip, saying why, if it is absent.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
			|| echo "warning: could not install chromium; browser tests will be skipped"; \
		else echo "warning: chromium not installed and cannot install it; browser tests will be skipped"; fi; }

test: install browser lint typecheck
	$(BIN)/pytest -q

# Benchmarks and evaluations print the figures the README reports; they are not tests.
bench: install
	$(BIN)/python bench/eval_prose.py --events --brief
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/resolve_bench.py
	$(BIN)/python bench/web_latency.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info src/*.egg-info
