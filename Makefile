# The two commands: `make run` and `make test`. Each sets everything up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

FORMS   := $(wildcard forms/*.ui)
FORM_PY := $(patsubst forms/%.ui,cwd_desktop/ui/forms/ui_%.py,$(FORMS))
TS      := $(wildcard resources/translations/*.ts)
QM      := $(TS:.ts=.qm)
SOURCES := $(shell find cwd_desktop -name '*.py' -not -path 'cwd_desktop/ui/forms/*' 2>/dev/null)


.PHONY: all setup run test lint bench demo ts clean sysdeps package

all: setup

setup: $(STAMP) cwd_desktop/ui/forms/__init__.py $(FORM_PY) $(QM)

sysdeps:
	@bash scripts/system-deps.sh

$(STAMP): pyproject.toml scripts/system-deps.sh
	@bash scripts/system-deps.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	@touch $@

cwd_desktop/ui/forms/__init__.py:
	@mkdir -p $(@D)
	@echo '"""Generated from forms/*.ui by pyside6-uic at build time; do not edit."""' > $@

cwd_desktop/ui/forms/ui_%.py: forms/%.ui $(STAMP)
	@mkdir -p $(@D)
	$(BIN)/pyside6-uic --from-imports $< -o $@

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: setup
	$(BIN)/cwd-desktop

demo: setup
	$(BIN)/cwd-desktop demo

test: setup
	@bash scripts/system-deps.sh test
	QT_QPA_PLATFORM=offscreen CWD_REQUIRE_POSTGRES=1 $(BIN)/python -m pytest
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

# A one-folder build with PyInstaller in dist/cwd-desktop/, started once offscreen
# (packaging/smoke_test.py) to prove it runs. See packaging/README.md.
PACKAGE_STAMP := $(VENV)/.package-installed

$(PACKAGE_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install -q -e ".[package]"
	@touch $@

package: setup $(PACKAGE_STAMP)
	rm -rf build/pyinstaller dist/cwd-desktop
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/cwd-desktop.spec
	$(BIN)/python packaging/smoke_test.py dist/cwd-desktop
	@du -sh dist/cwd-desktop

# Refresh the translation sources after changing UI strings (then translate in Linguist).
ts: $(STAMP)
	$(BIN)/pyside6-lupdate $(SOURCES) $(FORMS) -source-language pl -target-language en \
		-no-obsolete -locations none -ts resources/translations/cwd_desktop_en.ts

clean:
	rm -rf $(VENV) cwd_desktop/ui/forms $(QM) .pytest_cache .mypy_cache .ruff_cache
