# Mentor Journal: one command to run the app on a demo journal, one to run the tests.
# Each sets up what it needs (Debian packages for Qt and fonts, a .venv with the app).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := .demo/journal.sqlite

.PHONY: run test lint check screenshots samples translations bundle wheelhouse system-deps clean

run: system-deps $(STAMP) translations
	@test -f $(DEMO) || $(BIN)/mentorjournal demo --db $(DEMO)
	$(BIN)/mentorjournal --db $(DEMO)

# The whole suite in one pytest process (docs/decisions/test-processes.md tells why it was
# split for a while and what made it whole again).
test: system-deps $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

check: lint test

screenshots: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py

samples: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_samples.py

# The compiled translations (.qm) are built from resources/translations/*.ts, not kept in git.
translations: $(STAMP)
	@$(BIN)/python packaging/translations.py build

# Release commands (minutes, not run by CI; docs/install.md): the one-folder app, built and
# smoke-tested, in dist/; and a wheelhouse for installing offline with pip.
bundle: system-deps
	$(PYTHON) packaging/build_bundle.py

wheelhouse:
	PYTHON=$(PYTHON) packaging/make_wheelhouse.sh dist/wheelhouse

system-deps:
	@packaging/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) .demo build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
