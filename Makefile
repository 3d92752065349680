# The two entry points of the README. Both build .venv from a fresh clone.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
ACTDESK := $(VENV)/bin/actdesk
HOME_DIR ?= fund

.PHONY: sysdeps install demo test bench clean

# Tesseract, antiword, catdoc, LibreOffice, Chromium, fonts: installed when
# missing (apt-get / dnf / ALT's apt-get, as root or through sudo), else the
# exact command is printed. The list: tools/system-packages.tsv.
sysdeps:
	@sh tools/sysdeps.sh

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,handwriting]'
	touch $@

install: sysdeps $(VENV)/.installed

# corpus/files: the sample fund composed by the project (corpus/build.py, truth in corpus/truth.jsonl)
demo: install
	$(ACTDESK) --home $(HOME_DIR) ingest corpus/files --report $(HOME_DIR)-report.json || true
	$(ACTDESK) --home $(HOME_DIR) stats
	$(ACTDESK) --home $(HOME_DIR) search постановление 145-п --limit 3
	$(ACTDESK) --home $(HOME_DIR) search уборка снега --limit 3

test: install
	$(PY) -m pytest -q

bench: install
	$(PY) bench/ingest.py
	$(PY) bench/readers.py
	$(PY) bench/requisites_gold.py
	$(PY) bench/rubrics.py quality
	$(PY) bench/lists.py

clean:
	rm -rf $(VENV) $(HOME_DIR) $(HOME_DIR)-report.json .pytest_cache
