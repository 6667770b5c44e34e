"""The one place that reads GV_* environment switches.

GV_DEBUG=1..5   1 stage timings, 2 IR after trace/pipeline, 3 IR after each changing pass,
                4 generated code, 5 optimised code and assembly
GV_DUMP_DIR     write numbered dump files there instead of printing
GV_CHECK        verify the IR: 1 (default) the traced and the optimised graph, 2 also after every
                pass that changed it, 0 never
GV_BACKEND      default target for plain forward/backward ("cpu", "interp", "cuda")
GV_SKIP_PASSES  comma-separated pass names to skip (bisection)
GV_VALIDATE     run the interpreter beside compiled code and name the first difference
GV_CACHE_DIR    on-disk compile cache (default ~/.cache/gvcompile; "0" disables it)
GV_MACHINE_CACHE  the machine store of CPU helper families, shared by every GV_CACHE_DIR
                (default ~/.cache/gvcompile-kernels; "0" off; read by llvm/machinecache.py)
GV_BOUNDS       1: generated CPU code checks every kernel's accesses against its buffers
GV_ISA          instruction set of CPU code: "host" (default: whatever this CPU has), "avx2"
                (x86-64-v3, no AVX-512, even on an AVX-512 host) or "avx512" (an error on a host
                without it); part of the compile-cache key
GV_SPLIT        0: compile each CPU program as one LLVM module (default 1: content-keyed units,
                one per kernel, helper family and driver, shared and cached one by one)
GV_COMPILE_WORKERS  processes that compile units at once (default: the usable cores, <= 8)
GV_PROFILE      1: CPU programs time every kernel call; a per-kernel table (time, GFLOP/s,
                GB/s, source layers) is printed at exit (llvm/profile.py)
"""

from __future__ import annotations

import os
from pathlib import Path


def _int(name: str, default: int) -> int:
    """An integer switch; a value that is not one is an error naming the variable (a typo
    taken silently as 0 would switch a check or a dump off without a word)."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"environment variable {name}={os.environ[name]!r}: expected an "
                         f"integer (e.g. {name}=1), see gvcompile/config.py") from None


def debug_level() -> int:
    return _int("GV_DEBUG", 0)


def dump_dir() -> Path | None:
    d = os.environ.get("GV_DUMP_DIR")
    return Path(d) if d else None


def check_ir() -> bool:
    return _int("GV_CHECK", 1) != 0


def check_level() -> int:
    """GV_CHECK: 0 never verify, 1 the traced and optimised graphs, 2 after every pass."""
    return _int("GV_CHECK", 1)


def skip_passes() -> frozenset[str]:
    raw = os.environ.get("GV_SKIP_PASSES", "")
    return frozenset(p.strip() for p in raw.split(",") if p.strip())


def validate() -> bool:
    return _int("GV_VALIDATE", 0) != 0


def env_backend() -> str | None:
    return os.environ.get("GV_BACKEND") or None


def cache_dir() -> Path | None:
    d = os.environ.get("GV_CACHE_DIR")
    if d == "0":
        return None
    return Path(d) if d else Path.home() / ".cache" / "gvcompile"


ISAS = ("host", "avx2", "avx512")


def isa() -> str:
    """The requested CPU instruction set (GV_ISA); llvm/target.py checks the host."""
    v = os.environ.get("GV_ISA", "").strip().lower() or "host"
    if v not in ISAS:
        raise ValueError(f"GV_ISA={v!r}: expected one of {', '.join(ISAS)}")
    return v


def bounds() -> bool:
    """GV_BOUNDS=1: CPU kernels check the element range of every access before they run and
    raise BoundsError instead of touching memory outside a buffer (a different program: the
    compile cache keys on it)."""
    return _int("GV_BOUNDS", 0) != 0


def profile() -> bool:
    """GV_PROFILE=1: generated CPU code times each kernel call (a different program: the
    compile cache keys on it)."""
    return _int("GV_PROFILE", 0) != 0


def split_units() -> bool:
    """GV_SPLIT (default 1): programs compile as content-keyed units (llvm/kcache.py)."""
    return _int("GV_SPLIT", 1) != 0


def compile_workers() -> int:
    """GV_COMPILE_WORKERS, else the cores this process may run on (at most 8); 1 compiles
    everything in this process."""
    n = _int("GV_COMPILE_WORKERS", 0)
    if n:
        return max(1, n)
    return max(1, min(8, len(os.sched_getaffinity(0))))


_dump_counter = [0]


def emit_debug(stage: str, text: str, suffix: str = "txt") -> None:
    """Print a debug artefact, or write it as a numbered file under GV_DUMP_DIR."""
    d = dump_dir()
    if d is None:
        print(f"==== {stage} ====\n{text}")
        return
    d.mkdir(parents=True, exist_ok=True)
    _dump_counter[0] += 1
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in stage)
    (d / f"{_dump_counter[0]:03d}_{safe}.{suffix}").write_text(text)
