# The same commands the README and .ci/run use.
PY ?= python

.PHONY: install test test-avx2 lint bench dump example

install:
	$(PY) -m pip install -e '.[test,examples,mpi,crosscheck]'

test:
	$(PY) -m pytest -q -n 2

# The CPU tests again with the AVX2 code paths (x86-64-v3: 6x16 GEMM tile, 8-float vectors) on
# any host, AVX-512 ones included. Left out: test_cpu_isa.py (selects both sets itself) and
# test_cpu_coverage.py (its model sweeps would nearly double the time of the pass).
CPU_AVX2_TESTS = $(filter-out tests/test_cpu_isa.py tests/test_cpu_coverage.py,\
                              $(wildcard tests/test_cpu_*.py))

test-avx2:
	GV_ISA=avx2 $(PY) -m pytest -q -n 2 $(CPU_AVX2_TESTS)

lint:
	ruff check gvcompile tests examples

bench:
	$(PY) -m gvcompile bench

# One epoch does not reach the example's 95% accuracy check: the dump is what matters here.
dump:
	GV_DEBUG=3 GV_DUMP_DIR=gv_dump $(PY) examples/train_digits.py --epochs 1 --min-accuracy 0

example:
	$(PY) examples/train_digits.py
