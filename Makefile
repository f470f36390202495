# LiveGuard — the two set-up commands are `make run` and `make test`.
PY ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: venv run test lint bench dist dist-check clean

venv: $(STAMP)

# Re-installs only when pyproject.toml changed (or the venv is new).
$(STAMP): pyproject.toml
	@test -x $(VPY) || $(PY) -m venv $(VENV)
	$(VPY) -m pip install -q --upgrade pip
	$(VPY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

run: venv
	$(VPY) -m ui

test: venv
	@bash scripts/system_deps.sh
	$(VPY) -m ruff check app ui tests benchmarks
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest -q -p no:cacheprovider

lint: venv
	$(VPY) -m ruff check app ui tests benchmarks
	$(VENV)/bin/lint-imports

bench: venv
	@for b in benchmarks/*.py; do echo "== $$b"; $(VPY) $$b || exit 1; done

# The one-folder bundle dist/liveguard/ (PyInstaller from the `dist` extra; see build.spec).
dist: venv
	$(VPY) -m pip install -q -e '.[dist]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec

# Builds, then runs the frozen program: --version, scan vs source, Vosk load, PortAudio, GUI offscreen.
dist-check: dist
	bash scripts/dist_check.sh

clean:
	rm -rf build dist .pytest_cache
