# Two commands do all the set-up: `make play` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARGS ?=
HEADLESS := SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

.PHONY: play test lint bench screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

play: $(STAMP)
	$(BIN)/escape-room play $(ARGS)

test: $(STAMP)
	$(HEADLESS) $(BIN)/python -m pytest $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check escape_room tests benchmarks
	$(BIN)/ruff format --check escape_room tests benchmarks
	$(BIN)/mypy escape_room

bench: $(STAMP)
	$(HEADLESS) $(BIN)/python benchmarks/run.py $(ARGS)

screenshots: $(STAMP)
	$(HEADLESS) $(BIN)/python -m escape_room.tools.screenshots --readme docs/screenshot.png docs/screenshots

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
