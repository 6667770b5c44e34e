# The same commands the README and .ci/run use.
PY ?= python

.PHONY: install test lint bench dump example

install:
	$(PY) -m pip install -e '.[test,examples]'

test:
	$(PY) -m pytest -q -n 2

lint:
	ruff check gvcompile tests examples

bench:
	$(PY) -m gvcompile bench

dump:
	GV_DEBUG=3 GV_DUMP_DIR=gv_dump $(PY) examples/train_digits.py --epochs 1

example:
	$(PY) examples/train_digits.py
