"""Export stage, machine code: a kernel plan -> a relocatable ELF object for a portable CPU.

The module text is the CPU backend's own (``ModuleEmitter``), emitted with the wide AVX-512
GEMM blocking switched off, optimised at O3 for an explicit CPU level (``x86-64-v3`` on x86-64:
any AVX2 machine) and emitted position independent, so the object links into a shared library
that runs on machines other than the one that exported it. The entry point is renamed to a
symbol of the library (``<name>__<entry>_impl``); everything else in the module is internal.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os

import llvmlite
import llvmlite.binding as llvm

PORTABLE_CPU = "x86-64-v3"


@functools.lru_cache(maxsize=None)
def portable_machine():
    """A target machine for exported objects: PIC, default code model, no JIT, a fixed CPU."""
    from ..llvm.target import _init

    _init()
    triple = llvm.get_process_triple()
    target = llvm.Target.from_triple(triple)
    cpu = PORTABLE_CPU if triple.startswith("x86_64") else "generic"
    return target.create_target_machine(cpu=cpu, features="", opt=3, reloc="pic",
                                        codemodel="default", jit=False)


@contextlib.contextmanager
def _narrow_gemm():
    """The GEMM generator picks its blocking from the HOST's features; an exported object must
    not depend on them, so the AVX2 blocking is forced while the module is emitted."""
    from ..llvm.target import blocking_for

    with blocking_for("avx2"):
        yield


def module_text(plan, symbol: str) -> str:
    """LLVM IR of ``plan`` with its entry point named ``symbol``."""
    from ..llvm import lowering  # noqa: F401  (registers the op lowering rules)
    from ..llvm.emit import ModuleEmitter, entry_name

    with _narrow_gemm():
        text = ModuleEmitter(plan).emit()
    name = entry_name(plan)
    return text.replace(f"@{name}(", f"@{symbol}(").replace(f'@"{name}"(', f"@{symbol}(")


def optimise_portable(text: str, name: str):
    """Parse, verify and run the O3 pipeline for the portable target machine."""
    from ..llvm.target import optimise

    return optimise(text, name, portable_machine())


def _cache_path(text: str):
    from .. import config
    from ..version import __version__

    d = config.cache_dir()
    if d is None:
        return None
    h = hashlib.sha256()
    for part in (text, portable_machine().triple, PORTABLE_CPU, llvmlite.__version__,
                 __version__):
        h.update(part.encode() + b"\0")
    return d / "export" / f"{h.hexdigest()[:32]}.o"


def object_code(plan, symbol: str, use_cache: bool = True) -> bytes:
    """ELF object bytes defining ``void symbol(i64 N, void **args, void **outs, void **consts,
    void *arena)`` for ``plan``; cached on disk by the module text (as the JIT's bitcode)."""
    text = module_text(plan, symbol)
    path = _cache_path(text) if use_cache else None
    if path is not None and path.exists():
        return path.read_bytes()
    obj = portable_machine().emit_object(optimise_portable(text, symbol))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(obj)
        os.replace(tmp, path)
    return obj
