"""Plan -> JIT'd entry point, through the on-disk cache.

The cache key hashes the generated IR text itself (which is a pure function of the plan: graph
structure, shapes, dtypes, attrs and inlined constants), the host CPU and features, and the
gvcompile and LLVM versions; the value is the optimised module's bitcode. A cached build skips
IR generation's O3 pipeline and only re-links the bitcode."""

from __future__ import annotations

import ctypes
import hashlib
import os

import llvmlite
import llvmlite.binding as llvm

from ... import config
from .emit import ModuleEmitter, entry_name
from .target import assembly, host_description, jit_add, optimise

_SIG = ctypes.CFUNCTYPE(None, ctypes.c_int64, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                        ctypes.c_void_p)
_counter = [0]


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("gvcompile")
    except Exception:
        return "dev"


def _key(text: str) -> str:
    h = hashlib.sha256()
    for part in (text, host_description(), llvm.get_host_cpu_features().flatten(),
                 llvmlite.__version__, _version()):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()[:32]


def compile_plan(plan, use_cache: bool = True):
    """Generate, optimise (or load from cache) and JIT the plan; returns a ctypes function."""
    text = ModuleEmitter(plan).emit()
    name = entry_name(plan)
    _counter[0] += 1
    unique = f"{name}_{_counter[0]}"  # one JIT per process: keep symbol names distinct
    text = text.replace(f"@{name}(", f"@{unique}(").replace(f'@"{name}"(', f'@"{unique}"(')
    if config.debug_level() >= 4:
        config.emit_debug(f"llvm {plan.name}", text, "ll")
    cdir = config.cache_dir() if use_cache else None
    path = cdir / "llvm" / f"{_key(text)}.bc" if cdir else None
    if path is not None and path.exists():
        mod = llvm.parse_bitcode(path.read_bytes())
    else:
        mod = optimise(text, unique)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(mod.as_bitcode())
            os.replace(tmp, path)
    if config.debug_level() >= 5:
        config.emit_debug(f"llvm-opt {plan.name}", str(mod), "ll")
        config.emit_debug(f"asm {plan.name}", assembly(mod), "s")
    eng = jit_add(mod)
    addr = eng.get_function_address(unique)
    fn = _SIG(addr)
    fn._module = mod  # keep the module alive with the function
    return fn
