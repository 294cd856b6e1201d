# Two commands do all the set-up: `make play` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PLAY_STAMP := $(VENV)/.installed-play
TEST_STAMP := $(VENV)/.installed-test
ARGS ?=
WORKERS ?= 2
HEADLESS := SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

.PHONY: play test lint bench screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The game alone for `make play`; the game with the test tools for everything else.
$(PLAY_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(PLAY_STAMP)

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(TEST_STAMP) $(PLAY_STAMP)

play: $(PLAY_STAMP)
	$(BIN)/escape-room play $(ARGS)

# The suite runs on $(WORKERS) processes (pytest-xdist): CI machines have two cores.
test: $(TEST_STAMP)
	$(HEADLESS) $(BIN)/python -m pytest -n $(WORKERS) $(ARGS)

lint: $(TEST_STAMP)
	$(BIN)/ruff check escape_room tests benchmarks
	$(BIN)/ruff format --check escape_room tests benchmarks
	$(BIN)/mypy escape_room

bench: $(TEST_STAMP)
	$(HEADLESS) $(BIN)/python benchmarks/run.py $(ARGS)

screenshots: $(PLAY_STAMP)
	$(HEADLESS) $(BIN)/python -m escape_room.tools.screenshots --readme docs/screenshot.png docs/screenshots

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
