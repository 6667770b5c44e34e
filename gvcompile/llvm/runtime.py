"""The C runtime (runtime/gv_pool.c: thread pool, per-thread workspaces), compiled with the
system C compiler on first use into the cache directory and loaded into the process so that JIT
code resolves ``gv_parallel`` and ``gv_workspace``."""

from __future__ import annotations

import ctypes
import hashlib
import os
import subprocess
import tempfile
from pathlib import Path

import llvmlite.binding as llvm

from .. import config
from ..paths import runtime_dir

SRC = runtime_dir() / "gv_pool.c"
_loaded: dict[str, ctypes.CDLL] = {}


def _out_dir() -> Path:
    d = config.cache_dir()
    if d is None:
        d = Path(tempfile.gettempdir()) / f"gvcompile-runtime-{os.getuid()}"
    d = d / "runtime"
    d.mkdir(parents=True, exist_ok=True)
    return d


def library_path() -> Path:
    text = SRC.read_bytes()
    tag = hashlib.sha256(text).hexdigest()[:16]
    lib = _out_dir() / f"libgvrt-{tag}.so"
    if not lib.exists():
        cc = os.environ.get("CC", "gcc")
        tmp = lib.with_suffix(f".{os.getpid()}.tmp")
        subprocess.run([cc, "-O2", "-fPIC", "-shared", "-pthread", str(SRC), "-o", str(tmp)],
                       check=True, capture_output=True)
        os.replace(tmp, lib)
    return lib


def load_runtime() -> ctypes.CDLL:
    lib = _loaded.get("rt")
    if lib is None:
        path = str(library_path())
        llvm.load_library_permanently(path)
        lib = ctypes.CDLL(path)
        lib.gv_num_threads.restype = ctypes.c_int64
        _loaded["rt"] = lib
    return lib


def num_threads() -> int:
    return int(load_runtime().gv_num_threads())
