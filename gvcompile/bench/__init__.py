"""Benchmarks behind ``python -m gvcompile bench``: cpu.py (gvcompile against NumPy and PyTorch
eager, one run), cuda.py (the same on a real GPU); gemm_shapes.py, train_steps.py and
profile.py are tools for looking into one kernel or step."""
