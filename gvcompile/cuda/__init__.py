"""CUDA backend: CUDA C text generated from the IR, run through a small driver interface
(cuda-python/NVRTC or pycuda on a GPU; the CPU emulation header with ``emulate=True``).

Nothing here imports a CUDA package at import time: ``driver.py`` imports them lazily."""
