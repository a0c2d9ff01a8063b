# kabar: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
FAST   ?= .venv-fast
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
SHARED ?= ../shared
EXAMPLES = $(wildcard examples/*.txt examples/*.html examples/*.jsonl)

.PHONY: run test test-compiled fast install install-test lint typecheck models event-models bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

## The compiled build: mypyc turns the pipeline stages into C extensions (setup.py), about
## 1.4 times as fast, read for read the same. Its own environment: `.venv` stays editable.
SOURCES := $(shell find src -name '*.py' -o -name '*.yaml' -o -name '*.tsv')
$(FAST)/.installed: pyproject.toml setup.py $(SOURCES)
	rm -rf $(FAST)
	$(PYTHON) -m venv $(FAST)
	$(FAST)/bin/pip install -q --upgrade pip setuptools wheel 'mypy>=1.10' types-PyYAML
	KABAR_MYPYC=1 $(FAST)/bin/pip install -q --no-build-isolation '.[test]'
	touch $@

fast: deb $(FAST)/.installed
	@echo "compiled kabar: $(FAST)/bin/kabar"

## Run the main job on the project's own example articles.
run: install
	@mkdir -p out
	$(VENV)/bin/kabar analyze $(EXAMPLES) --format text
	$(VENV)/bin/kabar analyze $(EXAMPLES) --format jsonl --output out/examples.jsonl
	@echo "JSON lines written to out/examples.jsonl"

## Debian packages the tests need: a C compiler and Python's headers for the compiled build
## (test-compiled), asked for only when missing.
HAS_CC      := $(shell command -v cc >/dev/null 2>&1 && echo yes)
HAS_HEADERS := $(shell $(PYTHON) -c "import os, sysconfig; print('yes' if os.path.exists(os.path.join(sysconfig.get_paths()['include'], 'Python.h')) else '')" 2>/dev/null)
DEB_PACKAGES := $(if $(HAS_CC),,gcc libc6-dev) $(if $(HAS_HEADERS),,python3-dev)
deb:
	@if [ -n "$(strip $(DEB_PACKAGES))" ]; then \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && apt-get install -y -qq $(DEB_PACKAGES); \
	  else echo "please install: $(DEB_PACKAGES)"; fi; \
	fi

## Install what the tests need and run every test, lint and type check included.
test: deb $(VENV)/.installed-test
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest -q
	$(MAKE) test-compiled

## Every test again on the compiled build, which must also read each gold article as the source does.
test-compiled: deb $(FAST)/.installed
	$(FAST)/bin/pytest -q -p no:cacheprovider

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

typecheck: $(VENV)/.installed-test
	$(VENV)/bin/mypy

## Rebuild what is derived from ../shared/data (lexicon and tagger model, CC BY-SA 4.0).
models: install
	$(PY) -m kabar.morphology.build_lexicon $(SHARED)
	$(PY) -m kabar.morphology.build_tagger --train $(SHARED)/data/ud-ktmu/ky_ktmu-ud-train.conllu

## Rebuild the implicit-actor model from kabar's own gold articles (the repository's licence);
## after a change to the event stage or to the gold, since both shape its examples.
event-models: install
	$(PY) -m kabar.events.train_implicit tests/gold/articles
	$(PY) -m kabar.events.train_confidence tests/gold/articles

## Speed and accuracy figures for BENCHMARKS.md.
bench: $(VENV)/.installed-test $(FAST)/.installed
	$(PIP) install -q -e '.[bench]'
	for b in benchmarks/[!_]*.py; do echo "== $$b"; $(PY) $$b || exit 1; done
	@echo "== benchmarks/events.py --speed (compiled build)"
	$(FAST)/bin/python benchmarks/events.py --speed

clean:
	rm -rf $(VENV) $(FAST) build out .pytest_cache .mypy_cache .ruff_cache
