# BVM Desk: `make run` starts the app, `make test` runs the tests. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test bench lint typecheck translations dist dist-check frozen-if-available clean \
	system-deps gui-deps

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@ || echo "lrelease niet beschikbaar: de app gebruikt de brontaal"

translations: $(QM)

# gui-deps first: it may install python3-venv, which $(STAMP) needs on Debian.
run: gui-deps $(STAMP) translations
	$(PY) -m bvmdesk

# The X11 libraries of Qt's xcb plugin; prints the install command and goes on when it cannot.
gui-deps:
	bash scripts/install-system-deps.sh --gui

# Those, and what the test suite needs (PostgreSQL, poppler-utils, Xvfb, xdotool, zbar-tools).
system-deps:
	bash scripts/install-system-deps.sh

# mypy and the frozen build each keep one core busy for most of a minute: side by side
# (-j2) they take the time of the build alone, and both answer before the tests start.
test: $(STAMP) translations system-deps
	$(VENV)/bin/ruff check .
	$(MAKE) --no-print-directory -j2 --output-sync=target typecheck frozen-if-available
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 3 --dist worksteal --ignore=tests/ui
	QT_QPA_PLATFORM=offscreen $(PY) scripts/test_ui_files.py

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check bvmdesk tests bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy bvmdesk

update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find bvmdesk/ui bvmdesk/app.py -name '*.py') -ts resources/translations/bvmdesk_en.ts resources/translations/bvmdesk_nl.ts

# The one-folder app in dist/bvmdesk (PyInstaller's work files in build/); pyinstaller comes
# with the dev extras.
dist: $(STAMP) translations
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build build.spec

# Start the frozen build: --version, demo, gui --smoke-test and a PDF report, any error fails.
dist-check: dist
	$(PY) scripts/check_frozen.py dist/bvmdesk

# In `make test` (so CI): build and check the frozen app when PyInstaller is installed.
frozen-if-available: $(STAMP) translations
	@if $(PY) -c "import PyInstaller" 2>/dev/null; then $(MAKE) dist-check; \
	else echo "PyInstaller niet geïnstalleerd: frozen build overgeslagen"; fi

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache resources/translations/*.qm
