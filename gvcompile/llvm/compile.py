"""Plan -> JIT'd entry point, through the on-disk cache of MACHINE CODE.

The cache key hashes the plan itself (every buffer, kernel, loop body, view and attr: the
generated code is a pure function of them), the code generator's sources (plan/, llvm/ and
the op table), the target (instruction set GV_ISA, CPU name and features: AVX2 and
AVX-512 programs never share an entry), and the gvcompile and LLVM versions. The value
is the object file MCJIT loads as it is: a cached build skips IR generation, the O3 pipeline
and instruction selection (a cold LeNet training step compiles in a few seconds, a cached one
in a small fraction of that). The entry symbol carries the key, so equal plans in one process
share one loaded function and different plans never collide. GV_DEBUG >= 4 always compiles
(the dumps need the module)."""

from __future__ import annotations

import ctypes
import functools
import hashlib
import os
from pathlib import Path

import llvmlite

from .. import config
from .bounds import register as register_bounds_callback
from .emit import ModuleEmitter, entry_name
from .target import add_object, assembly, object_code, optimise, target_id

_SIG = ctypes.CFUNCTYPE(None, ctypes.c_int64, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                        ctypes.c_void_p)
_loaded: dict[str, object] = {}  # key -> ctypes function (this process)


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("gvcompile")
    except Exception:
        return "dev"


def generator_sources() -> list[Path]:
    """The code generator's sources: the kernel plan, this LLVM generator and the op table
    (its scalar bodies and lowering rules)."""
    root = Path(__file__).resolve().parents[1]  # gvcompile/
    return [p for d in ("plan", "llvm", "ops") for p in sorted((root / d).rglob("*.py"))]


@functools.lru_cache(maxsize=None)
def _generator_hash() -> str:
    """A hash of the code generator's sources: editing them invalidates the cache."""
    h = hashlib.sha256()
    for p in generator_sources():
        h.update(f"{p.parent.name}/{p.name}".encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def _code_id(fn) -> str:
    code = getattr(fn, "__code__", None)
    if code is None:
        return repr(fn)
    return _code_text(code)


def _code_text(code) -> str:
    """A code object by content: nested functions' code objects are described the same way,
    never by their repr (which holds a memory address and would change every run)."""
    consts = ",".join(_code_text(c) if hasattr(c, "co_code") else repr(c)
                      for c in code.co_consts)
    return f"{code.co_filename}:{code.co_firstlineno}:{code.co_code.hex()}:({consts})"


def _bodies(plan) -> str:
    """The scalar bodies and lowering rules the plan uses, by their code (a body replaced at
    run time, e.g. by a test, is a different program)."""
    from ..ops import OPS

    ops = {k.op for k in plan.kernels if k.op}
    ops |= {e[1] for k in plan.kernels for lp in k.loops for e in lp.exprs if e[0] == "op"}
    out = []
    for op in sorted(ops):
        d = OPS[op]
        out.append(f"{op} {_code_id(d.scalar)} {_code_id(d.lower.get('llvm'))}")
    return "\n".join(out)


@functools.lru_cache(maxsize=None)
def _generator_modules() -> tuple:
    """Every module of this package, imported (the key must not depend on import order)."""
    import importlib
    import pkgutil

    pkg = __name__.rsplit(".", 1)[0]
    names = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]))
    return tuple(importlib.import_module(f"{pkg}.{n}") for n in names)


_KNOB_TYPES = (bool, int, float, str, tuple, frozenset, dict)


def _knobs() -> str:
    """The code generator's module-level settings (UPPER_CASE plain values: fast-math flags,
    blockings, thresholds) as they are NOW: a setting changed at run time (a test patching
    ``scalar_ops.ARITH``) is a different program."""
    out = []
    for mod in _generator_modules():
        for k, v in sorted(vars(mod).items()):
            if k.isupper() and not k.startswith("_") and k != "OPS" and \
                    isinstance(v, _KNOB_TYPES):
                out.append(f"{mod.__name__}.{k}={v!r}")
    return "\n".join(out)


def plan_key(plan) -> str:
    h = hashlib.sha256()
    parts = [plan.name, repr(plan.buffers), repr(plan.kernels), repr(plan.args),
             repr(plan.outputs), repr(plan.arena), _bodies(plan), _knobs(), _generator_hash(),
             target_id(), llvmlite.__version__, _version(), f"GV_BOUNDS={config.bounds()}"]
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()[:32]


def compile_plan(plan, use_cache: bool = True):
    """Generate, optimise and JIT the plan (or load its machine code from the cache); returns
    a ctypes function."""
    key = plan_key(plan)
    unique = f"{entry_name(plan)}_{key[:12]}"
    debug = config.debug_level() >= 4
    if key in _loaded and not debug:
        return _loaded[key]
    cdir = config.cache_dir() if use_cache else None
    path = cdir / "llvm" / f"{key}.o" if cdir else None
    if path is not None and path.exists() and not debug:
        obj = path.read_bytes()
    else:
        obj = _generate(plan, unique)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(obj)
            os.replace(tmp, path)
    register_bounds_callback()  # GV_BOUNDS code calls it (cheap: one symbol, idempotent)
    eng = add_object(obj)
    fn = _SIG(eng.get_function_address(unique))
    _loaded[key] = fn
    return fn


def _generate(plan, unique: str) -> bytes:
    text = ModuleEmitter(plan, bounds=config.bounds()).emit()
    name = entry_name(plan)
    text = text.replace(f"@{name}(", f"@{unique}(").replace(f'@"{name}"(', f'@"{unique}"(')
    if config.debug_level() >= 4:
        config.emit_debug(f"llvm {plan.name}", text, "ll")
    mod = optimise(text, unique)
    if config.debug_level() >= 5:
        config.emit_debug(f"llvm-opt {plan.name}", str(mod), "ll")
        config.emit_debug(f"asm {plan.name}", assembly(mod), "s")
    return object_code(mod)
