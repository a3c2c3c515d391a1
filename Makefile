# vpdesk: `make run` starts the app, `make test` runs the whole suite headless and enforces the branch-coverage
# floor of vpdesk/domain, store and services (scripts/coverage_floor.py).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip install -q --disable-pip-version-check

.PHONY: run test test-fast bench bench-scale lint i18n screenshots qtdeps deb apt-repo clean

# The first run on a fresh machine takes a few minutes: each step says what it does.
$(VENV)/.main: requirements/main.txt requirements/build.txt requirements/sqlcipher*.txt pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
	  echo "vpdesk needs Python 3.11 or newer (python3 --version)."; exit 1; }
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { \
	  echo "Python cannot make a virtual environment here. Install it with:"; \
	  echo "  sudo apt-get install -y python3-venv"; exit 1; }
	@echo "[1/4] Making the Python environment in $(VENV)"
	$(PYTHON) -m venv $(VENV)
	@echo "[2/4] Installing the locked dependencies (PySide6 is about 100 MB)"
	$(PIP) --require-hashes -r requirements/build.txt
	$(PIP) --require-hashes -r requirements/main.txt
	@echo "[3/4] SQLCipher"
	sh scripts/sqlcipher.sh $(PY)
	@echo "[4/4] Installing vpdesk itself"
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@
	@echo "Ready."

$(VENV)/.dev: $(VENV)/.main requirements/dev.txt
	$(PIP) --require-hashes -r requirements/dev.txt
	touch $@

qtdeps:
	@sh scripts/qt-deps.sh

run: $(VENV)/.main qtdeps
	$(VENV)/bin/vpdesk

test: $(VENV)/.dev qtdeps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --cov --cov-report=
	$(PY) scripts/coverage_floor.py

test-fast: $(VENV)/.dev
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

bench: $(VENV)/.dev
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# 1,000,000 notes over 100,000 cases beside plain SQLite; builds its vaults once into build/bench-cache (minutes)
bench-scale: $(VENV)/.dev
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks scale_bench scale_ui

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(VENV)/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(VENV)/bin/shellcheck installer/macos/*.sh

i18n: $(VENV)/.dev
	$(PY) scripts/i18n.py

screenshots: $(VENV)/.dev qtdeps
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

# `make deb KEY=<fingerprint>`: the frozen bundle built afresh, the signed .deb and its .sha256 in dist/.
# `make apt-repo KEY=<fingerprint>`: publishes exactly that .deb (checked by hash; it does not rebuild it).
deb: $(VENV)/.main
	@test -n "$(KEY)" || { echo "Give the release key: make deb KEY=<fingerprint>"; exit 2; }
	rm -rf dist/bundle dist/vpdesk_*_amd64.deb dist/vpdesk_*_amd64.deb.sha256
	$(PY) installer/linux/build_deb.py --key "$(KEY)" --out dist

apt-repo:
	@test -n "$(KEY)" || { echo "Give the release key: make apt-repo KEY=<fingerprint>"; exit 2; }
	@ls dist/vpdesk_*_amd64.deb >/dev/null 2>&1 || { echo "No package in dist/: run make deb KEY=$(KEY) first"; exit 2; }
	rm -rf dist/repo
	$(PY) installer/linux/apt_repo.py --key "$(KEY)" --out dist/repo dist/vpdesk_*_amd64.deb

# every build product: the venv, dist/ (bundle, .deb, repo), PyInstaller's and setuptools' leftovers, caches
clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .import_linter_cache .hypothesis .bench-cache bench.json \
	  dist build out .coverage *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
