"""GV_PROFILE=1: where a CPU program's time goes, kernel by kernel, with the layers each kernel
came from, its GFLOP/s and GB/s.

A profiled program (a different program: emit.PROFILE is part of the compile-cache key) reads
a monotonic clock around every kernel call of its entry point and hands the per-call times to
the C runtime (runtime/gv_pool.c, ``gv_prof_add``) together with its description, a JSON
string constant of the module: program name and, per kernel, its name, source layers, IR nodes
and its flops and bytes as ``[at N=0, per unit of N]`` (plan/cost.py), so the description
needs no Python state and cached machine code reports like fresh code. The runtime sums
times, calls and batch extents per program; ``read()`` returns them, ``report()`` formats them
and, with GV_PROFILE=1, the report is printed to stderr when the process exits (also
``python -m gvcompile bench --profile``). Kernels run on the thread pool are timed as a whole
(wall time of the call). The clock costs ~20 ns per read: kernels of a few microseconds are
slightly inflated."""

from __future__ import annotations

import atexit
import ctypes
import json
import re
import sys
from dataclasses import dataclass

from llvmlite import ir

from .. import config
from ..plan.cost import flops, nbytes
from .irutil import I8, I64, PTR, VOID, i64


def _linear(f, default=None):
    """[f(0), f(1) - f(0)] when f is linear in N (checked at 2), else ``default``."""
    v0, v1, v2 = f(0), f(1), f(2)
    if v0 is None or v1 is None or v2 is None or v2 - v1 != v1 - v0:
        return default
    return [v0, v1 - v0]


def describe(plan) -> str:
    kernels = []
    for k in plan.kernels:
        kernels.append({
            "name": k.name,
            "layers": sorted(dict.fromkeys(s for s in k.srcs if s)),
            "nodes": list(k.nodes[:4]),
            "flops": _linear(lambda n, k=k: flops(k, n)),
            "bytes": _linear(lambda n, k=k: nbytes(plan, k, n)),
        })
    return json.dumps({"program": plan.name, "kernels": kernels})


class Probe:
    """The instrumentation of one entry point (emit.py): ``start`` before a kernel call,
    ``stop`` after it, ``finish`` before the entry returns."""

    def __init__(self, module: ir.Module, b: ir.IRBuilder, plan):
        data = describe(plan).encode() + b"\0"
        typ = ir.ArrayType(I8, len(data))
        meta = ir.GlobalVariable(module, typ, "gv_profile_meta")
        meta.global_constant = True
        meta.linkage = "private"
        meta.initializer = ir.Constant(typ, bytearray(data))
        self.meta = meta
        self.nk = len(plan.kernels)
        self.now = ir.Function(module, ir.FunctionType(I64, []), "gv_prof_now")
        self.add = ir.Function(module, ir.FunctionType(VOID, [PTR, PTR, I64, I64]),
                               "gv_prof_add")
        self.ns = b.alloca(ir.ArrayType(I64, max(1, self.nk)), name="prof_ns")

    def start(self, b: ir.IRBuilder):
        return b.call(self.now, [])

    def stop(self, b: ir.IRBuilder, i: int, t0) -> None:
        dt = b.sub(b.call(self.now, []), t0)
        b.store(dt, b.gep(self.ns, [i64(0), i64(i)]))

    def finish(self, b: ir.IRBuilder, n) -> None:
        meta = b.gep(self.meta, [i64(0), i64(0)])
        slot = b.gep(self.ns, [i64(0), i64(0)])
        b.call(self.add, [meta, slot, i64(self.nk), n])


@dataclass
class KernelTime:
    name: str
    layers: list
    nodes: list
    seconds: float  # summed over calls
    flops: float | None  # summed over calls
    bytes: float | None


@dataclass
class ProgramProfile:
    program: str
    calls: int
    mean_batch: float
    kernels: list

    @property
    def seconds(self) -> float:
        return sum(k.seconds for k in self.kernels)


def _lib():
    from .runtime import load_runtime

    lib = load_runtime()
    lib.gv_prof_count.restype = ctypes.c_int64
    lib.gv_prof_read.restype = ctypes.c_char_p
    lib.gv_prof_read.argtypes = [ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64,
                                 ctypes.c_void_p]
    return lib


def _total(lin, calls: int, sum_n: int):
    return None if lin is None else float(lin[0] * calls + lin[1] * sum_n)


def read() -> list[ProgramProfile]:
    """Every profiled program run in this process since the last ``reset``, with calls."""
    lib = _lib()
    out = []
    for i in range(int(lib.gv_prof_count())):
        cs = (ctypes.c_int64 * 2)()
        desc = json.loads(lib.gv_prof_read(i, None, 0, cs).decode())
        ns = (ctypes.c_int64 * max(1, len(desc["kernels"])))()
        lib.gv_prof_read(i, ns, len(desc["kernels"]), cs)
        calls, sum_n = int(cs[0]), int(cs[1])
        if not calls:
            continue
        kernels = [KernelTime(k["name"], k["layers"], k["nodes"], ns[j] * 1e-9,
                              _total(k["flops"], calls, sum_n), _total(k["bytes"], calls, sum_n))
                   for j, k in enumerate(desc["kernels"])]
        out.append(ProgramProfile(desc["program"], calls, sum_n / calls, kernels))
    return out


def reset() -> None:
    _lib().gv_prof_reset()


def _rate(x, s):
    return f"{x / s * 1e-9:8.1f}" if x is not None and s > 0 else "       -"


def report(top: int = 25) -> str:
    """A table per program: the ``top`` kernels by time (the rest summed)."""
    lines = []
    for p in read():
        total = p.seconds
        lines.append(f"GV_PROFILE program {p.program!r}: {p.calls} calls, mean batch "
                     f"{p.mean_batch:g}, {total / p.calls * 1e3:.3f} ms per call in kernels")
        lines.append(f"  {'kernel':32} {'ms/call':>8} {'%':>5} {'GFLOP/s':>8} {'GB/s':>8}  "
                     "layers (IR nodes)")
        ranked = sorted(p.kernels, key=lambda k: -k.seconds)
        for k in ranked[:top]:
            share = 100 * k.seconds / total if total else 0.0
            where = ", ".join(k.layers[:3]) or "-"
            lines.append(f"  {k.name[:32]:32} {k.seconds / p.calls * 1e3:8.3f} {share:5.1f} "
                         f"{_rate(k.flops, k.seconds)} {_rate(k.bytes, k.seconds)}  {where} "
                         f"({', '.join(k.nodes[:2])})")
        rest = ranked[top:]
        if rest:
            s = sum(k.seconds for k in rest)
            lines.append(f"  {f'{len(rest)} other kernels':32} {s / p.calls * 1e3:8.3f} "
                         f"{100 * s / total if total else 0.0:5.1f}")
        lines += _by_kind(p, total, top)
    return "\n".join(lines)


def _by_kind(p: ProgramProfile, total: float, top: int) -> list[str]:
    """The same time summed by what the kernels compute (their name without gv_k<id>_)."""
    kinds: dict[str, list] = {}
    for k in p.kernels:
        name = re.sub(r"^gv_k\d+_", "", k.name)
        acc = kinds.setdefault(name, [0, 0.0, 0.0, 0.0])
        acc[0] += 1
        acc[1] += k.seconds
        acc[2] = None if acc[2] is None or k.flops is None else acc[2] + k.flops
        acc[3] = None if acc[3] is None or k.bytes is None else acc[3] + k.bytes
    lines = [f"  {'by kind (kernels)':32} {'ms/call':>8} {'%':>5} {'GFLOP/s':>8} {'GB/s':>8}"]
    for name, (cnt, sec, fl, by) in sorted(kinds.items(), key=lambda kv: -kv[1][1])[:top]:
        share = 100 * sec / total if total else 0.0
        lines.append(f"  {f'{name[:26]} ({cnt})':32} {sec / p.calls * 1e3:8.3f} {share:5.1f} "
                     f"{_rate(fl, sec)} {_rate(by, sec)}")
    return lines


def _at_exit() -> None:
    text = report()
    if text:
        print(text, file=sys.stderr)


if config.profile():
    atexit.register(_at_exit)
