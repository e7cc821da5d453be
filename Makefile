# Two entry points: `make demo` and `make test`. Both create the virtualenv when needed.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Wheels kept outside the repo so an offline machine can re-create the venv.
WHEELHOUSE ?= $(HOME)/.cache/chronik-wheels
DB ?= demo.db

.PHONY: demo test install lint model clean-venv wheels

$(BIN)/chronik: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q -e '.[dev]' \
	  || $(BIN)/pip install -q --no-index --find-links $(WHEELHOUSE) -e '.[dev]'
	touch $(BIN)/chronik

install: $(BIN)/chronik

wheels: install
	$(BIN)/pip wheel -q -w $(WHEELHOUSE) '.[dev]' setuptools

demo: install
	rm -f $(DB)
	$(BIN)/chronik ingest chronik/demo/corpus --meta chronik/demo/corpus/meta.jsonl --db $(DB)
	$(BIN)/chronik chronicle --db $(DB)
	$(BIN)/chronik serve --db $(DB)

test: install
	$(BIN)/ruff check chronik tests
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check chronik tests

model: install
	$(BIN)/chronik train ner
