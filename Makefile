# Oudergesprek — the two commands of the README, and the rest.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell $(PYTHON) -c "import hashlib,sys;print(hashlib.sha1(open('pyproject.toml','rb').read()).hexdigest()[:12])")
ARGS   ?=

.PHONY: run test lint typecheck pytest bench screenshots translations dist dist-check dist-check-wheel clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/parentconv $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .

# mypy cannot follow the editable install's mapping of ui/ to parentconv_ui: give it a link.
typecheck: $(STAMP)
	@mkdir -p $(VENV)/typecheck && ln -sfn ../../ui $(VENV)/typecheck/parentconv_ui
	MYPYPATH=$(VENV)/typecheck $(BIN)/mypy --strict -p parentconv -p parentconv_ui

pytest: $(STAMP)
	$(BIN)/python -m pytest -q -n auto

test: lint typecheck pytest

# Every benchmark, then one table of all figures against their baselines and targets.
bench: $(STAMP)
	@rm -f .bench-results.jsonl
	@for b in benchmarks/bench_*.py; do echo "== $$b"; BENCH_RESULTS=.bench-results.jsonl $(BIN)/python $$b || exit 1; done
	@$(BIN)/python benchmarks/report.py .bench-results.jsonl

screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py docs/screenshots
	QT_SCALE_FACTOR=1.5 $(BIN)/python scripts/screenshots.py docs/screenshots

translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(shell find ui -name "*.py" | sort) -no-obsolete -source-language nl -target-language en -ts resources/translations/parentconv_en.ts
	$(BIN)/pyside6-lrelease resources/translations/parentconv_en.ts -qm resources/translations/parentconv_en.qm
	$(BIN)/pyside6-lupdate $(shell find ui -name "*.py" | sort) -no-obsolete -pluralonly -source-language nl -target-language nl -ts resources/translations/parentconv_nl.ts
	$(BIN)/pyside6-lrelease resources/translations/parentconv_nl.ts -qm resources/translations/parentconv_nl.qm
	$(BIN)/python scripts/core_translations.py

# The wheel installed in a fresh venv outside the tree, run from another folder (CI runs this).
dist-check-wheel: $(STAMP)
	$(BIN)/python scripts/dist_check.py

# The same, then the PyInstaller bundle built from that install and the same smoke on it.
dist-check: $(STAMP)
	$(BIN)/python scripts/dist_check.py --bundle

dist: $(STAMP)
	$(BIN)/python scripts/dist_check.py --bundle --keep dist/Oudergesprek

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
