"""Plan -> one LLVM module with one entry point per graph:

    void gv_<name>(i64 N, ptr args[], ptr outs[], ptr consts[], ptr arena)

Kernels become internal functions named after what they compute (``gv_k3_matmul``,
``gv_k5_add_relu``) with a provenance comment (IR nodes, source layers, shapes); the entry
point computes every buffer's address once and calls the kernels in order. Loop kernels split
axis 0 over the thread pool (gv_parallel) when the work is large; small ones run inline.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import replace

import numpy as np
from llvmlite import ir

from .. import config
from ..ops import OPS
from ..plan.kernels import Kernel, Plan
from . import bounds as bounds_check
from . import families, profile
from .irutil import (
    I8,
    I64,
    PTR,
    VOID,
    chunks,
    gv_num_threads,
    gv_parallel,
    i64,
    lin_value,
)
from .loops import LoopEmitter

PARALLEL_MIN_ELEMS = 1 << 15  # below this, waking a worker costs more than it saves
# A loop kernel equal to one emitted before in this module (same loops up to buffer numbering,
# as in ResNet-20's repeated blocks) calls that kernel's function with its own buffers instead
# of being generated again: emission was a third of a ResNet-20 step's cold compile (issue 16).
DEDUP_LOOP_KERNELS = True
# The same for op kernels (conv, GEMM, pools, layout changes): ResNet-20's train step had 46
# op kernels equal to an earlier one, generated and printed again only for kcache.py to find
# them equal (issue 16).
DEDUP_OP_KERNELS = True
# Loop kernels have no function of their own: the entry point calls their loop functions, each
# a compilation unit (kcache.py) shared by every equal loop; 40 glue kernels of a LeNet-5 step
# were ~0.1 s of their ~0.34 s LLVM time in kernel functions and duplicate loops (issue 16).
INLINE_LOOP_KERNELS = True
# GV_PROFILE=1: the entry point times every kernel call (profile.py); a knob, so profiled and
# plain programs have different cache keys.
PROFILE = config.profile()


def _loop_key(k: Kernel, bufs: list[int]):
    """(canonical text of a loop kernel's loops, canonical number -> buffer id), or None. Its
    code depends on nothing else (loops.py reads a buffer's name only, for the parameter's
    name); buffers are numbered in order of first access, so the aliasing pattern (one buffer
    read and written) is part of the key."""
    cmap: dict[int, int] = {}
    for lp in k.loops:
        for a in lp.loads:
            cmap.setdefault(a.buf, len(cmap))
        for sk in lp.sinks:
            cmap.setdefault(sk.access.buf, len(cmap))
    if set(cmap) != set(bufs):
        return None  # buffers outside the loops (views): not compared here
    loops = [replace(lp, comment="", loads=[replace(a, buf=cmap[a.buf]) for a in lp.loads],
                     sinks=[replace(sk, access=replace(sk.access, buf=cmap[sk.access.buf]))
                            for sk in lp.sinks]) for lp in k.loops]
    return repr(loops), {c: x for x, c in cmap.items()}


def _op_key(k: Kernel, bufs: list[int], dtypes: list):
    """(canonical text of an op kernel, canonical number -> buffer id), or None. A lowering
    rule sees the op, the attrs, the input and output views (buffers by id: renumbered here
    in order of first appearance, so aliasing is part of the key), the buffers' dtypes and
    the kernel's name (only to name the functions it adds); arrays are keyed by their bytes
    (repr would elide the middle of a large one)."""
    cmap: dict[int, int] = {}
    text = _canon((k.op, k.attrs, k.inputs, k.outputs), cmap)
    if set(cmap) != set(bufs):
        return None  # a buffer the kernel does not take as a parameter: not compared
    inv = {c: x for x, c in cmap.items()}
    text += "|" + ",".join(str(dtypes[inv[c]]) for c in range(len(inv)))
    return text, inv


def _canon(v, cmap: dict) -> str:
    if isinstance(v, np.ndarray):
        return (f"array({v.dtype},{v.shape},"
                f"{hashlib.sha256(np.ascontiguousarray(v).tobytes()).hexdigest()})")
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        parts = []
        for f in dataclasses.fields(v):
            x = getattr(v, f.name)
            if f.name == "buf" and isinstance(x, int):
                parts.append(f"buf={cmap.setdefault(x, len(cmap))}")
            else:
                parts.append(f"{f.name}={_canon(x, cmap)}")
        return f"{type(v).__name__}({','.join(parts)})"
    if isinstance(v, dict):
        return "{" + ",".join(f"{_canon(a, cmap)}:{_canon(b, cmap)}" for a, b in v.items()) + "}"
    if isinstance(v, (list, tuple)):
        return f"{type(v).__name__}[" + ",".join(_canon(x, cmap) for x in v) + "]"
    if isinstance(v, (str, int, float, bool, type(None), np.generic, np.dtype)):
        return repr(v)
    if type(v).__repr__ is object.__repr__:
        raise _NoKey  # a memory address: no stable text
    return f"{type(v).__name__}:{v!r}"


class _NoKey(Exception):
    pass


def entry_name(plan: Plan) -> str:
    return "gv_" + re.sub(r"\W", "_", plan.name)


class ModuleEmitter:
    def __init__(self, plan: Plan, bounds: bool = False):
        self.plan = plan
        self.bounds = bounds  # GV_BOUNDS: check every kernel's accesses first (bounds.py)
        self.m = ir.Module(name=entry_name(plan))
        self.loops = LoopEmitter(self.m, plan)
        self.comments: dict[str, str] = {}
        self.lowered: dict = {}  # per-module helpers of lowering rules (e.g. gemm per dtype)
        self.emitted: dict = {}  # canonical loop kernel -> (function, canonical buffer params)

    def emit(self, prebuilt=None) -> str:
        """The module's text. ``prebuilt(gen)``: True when helper family ``gen`` (a generator
        with ``parts``, families.py) is compiled already; its bodies are then not built and
        the text holds only its entries' declarations (compile.py links the stored unit)."""
        fn = ir.Function(self.m, ir.FunctionType(VOID, [I64, PTR, PTR, PTR, PTR]),
                         entry_name(self.plan))
        n, args, outs, consts, arena = fn.args
        for a, nm in zip(fn.args, ("N", "args", "outs", "consts", "arena"), strict=True):
            a.name = nm
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        self.nthreads = b.call(gv_num_threads(self.m), [], name="nthreads")
        tables = {"arg": args, "out": outs, "const": consts}
        self.ptrs = {}
        for buf in self.plan.buffers:
            if buf.kind == "temp":
                p = b.gep(arena, [lin_value(b, buf.offset, n)], source_etype=I8)
            else:
                slot = b.gep(tables[buf.kind], [i64(buf.index)], source_etype=PTR)
                p = b.load(slot, typ=PTR)
            p.name = f"b{buf.id}_{buf.name}"
            self.ptrs[buf.id] = p
        probe = profile.Probe(self.m, b, self.plan) if PROFILE else None
        if self.bounds:
            bounds_check.emit_arena_checks(b, self.m, self.plan, n)
        for j, k in enumerate(self.plan.kernels):
            inline = INLINE_LOOP_KERNELS and k.kind == "loop"
            if not inline:
                kfn, bufs = self._kernel(k)
            if self.bounds:
                bounds_check.emit_kernel_checks(b, self.m, self.plan, k, n)
            t0 = probe.start(b) if probe else None
            if inline:
                self._inline_loops(b, k, n)
            else:
                b.call(kfn, [n, self.nthreads] + [self.ptrs[i] for i in bufs])
            if probe:
                probe.stop(b, j, t0)
        if probe:
            probe.finish(b, n)
        b.ret_void()
        families.finish([g.parts for g in self.families() if prebuilt is None or not prebuilt(g)])
        return self._annotate(str(self.m))

    def families(self) -> list:
        """The module's helper-family generators that build their bodies lazily."""
        return [g for g in self.lowered.values() if getattr(g, "parts", None) is not None]

    def _kernel(self, k: Kernel):
        """(the kernel's function, the buffers to pass it, in its parameter order)."""
        bufs = sorted(k.reads() | k.writes())
        same = None
        if DEDUP_LOOP_KERNELS and k.kind == "loop":
            same = _loop_key(k, bufs)
        elif DEDUP_OP_KERNELS and k.kind == "op":
            try:
                same = _op_key(k, bufs, [b.dtype for b in self.plan.buffers])
            except _NoKey:
                same = None
        if same is not None and same[0] in self.emitted:
            fn, params = self.emitted[same[0]]
            return fn, [same[1][c] for c in params]
        fn, bufs = self._define(k, bufs)
        if same is not None:
            canon = {x: c for c, x in same[1].items()}
            self.emitted[same[0]] = (fn, [canon[i] for i in bufs])
        return fn, bufs

    def _define(self, k: Kernel, bufs: list[int]):
        fn = ir.Function(self.m, ir.FunctionType(VOID, [I64, I64] + [PTR] * len(bufs)), k.name)
        fn.linkage = "internal"
        fn.args[0].name, fn.args[1].name = "N", "nthreads"
        ptrs = {}
        for i, a in zip(bufs, fn.args[2:], strict=False):
            a.name = f"b{i}"
            ptrs[i] = a
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        self.comments[k.name] = "; " + k.header()
        if k.kind == "op":
            rule = OPS[k.op].lower.get("llvm")
            rule(self, b, k, ptrs)
        else:
            for j, lp in enumerate(k.loops):
                self._call_loop(b, f"{k.name}.L{j}", lp, ptrs)
        b.ret_void()
        return fn, bufs

    def _inline_loops(self, b, k: Kernel, n):
        """A loop kernel's calls of its loop functions, in the entry point itself (no kernel
        function): each loop function is a compilation unit of its own (kcache.py), so equal
        loops of different kernels (the SGD update of every parameter: the extent is an
        argument) are compiled once, and the calls go through the entry's cheap pipeline."""
        bufs = sorted(k.reads() | k.writes())
        same = _loop_key(k, bufs) if DEDUP_LOOP_KERNELS else None
        if same is not None and same[0] in self.emitted:
            for lfn, tramp, dom, params in self.emitted[same[0]]:
                args = [self.ptrs[same[1][c]] for c in params]
                self._run_loop(b, lfn, tramp, dom, args, n, self.nthreads)
            return
        canon = {x: c for c, x in same[1].items()} if same is not None else {}
        done = []
        for j, lp in enumerate(k.loops):
            name = f"{k.name}.L{j}"
            if j == 0:
                self.comments[name] = "; " + k.header()
            lbufs = sorted({a.buf for a in lp.loads} | {s.access.buf for s in lp.sinks})
            lfn, tramp, dom = self.loops.emit(name, lp, lbufs)
            self._run_loop(b, lfn, tramp, dom, [self.ptrs[i] for i in lbufs], n,
                           self.nthreads)
            done.append((lfn, tramp, dom, [canon.get(i) for i in lbufs]))
        if same is not None:
            self.emitted[same[0]] = done

    def _call_loop(self, b, name, lp, ptrs):
        bufs = sorted({a.buf for a in lp.loads} | {s.access.buf for s in lp.sinks})
        lfn, tramp, dom = self.loops.emit(name, lp, bufs)
        self._run_loop(b, lfn, tramp, dom, [ptrs[i] for i in bufs], b.function.args[0],
                       b.function.args[1])

    def _run_loop(self, b, lfn, tramp, dom, args, n, nthreads):
        """Call loop function ``lfn`` over its domain: split over the thread pool through its
        trampoline when the work is large."""
        if not dom:
            b.call(lfn, [n, i64(0), i64(1)] + args)
            return
        ext0 = lin_value(b, dom[0], n)
        total = ext0
        for e in dom[1:]:
            total = b.mul(total, lin_value(b, e, n))
        if tramp is None:
            b.call(lfn, [n, i64(0), ext0] + args)
            return
        t, ctx_t = tramp
        big = b.icmp_signed(">=", total, i64(PARALLEL_MIN_ELEMS))
        with b.if_else(big) as (par, seq):
            with par:
                ctx = b.alloca(ctx_t)  # typed pointer: the parser accepts it
                vals = [n, ext0] + args
                for j, v in enumerate(vals):
                    slot = b.gep(ctx, [i64(0), ir.Constant(ir.IntType(32), j)])
                    b.store(v, slot)
                b.call(gv_parallel(self.m), [t, ctx, chunks(b, nthreads, ext0)])
            with seq:
                b.call(lfn, [n, i64(0), ext0] + args)

    def _annotate(self, text: str) -> str:
        head = [f"; gvcompile module for graph {self.plan.name}",
                f"; arena: {self.plan.arena} bytes; buffers: " +
                ", ".join(f"b{x.id}={x.kind}:%{x.name}" for x in self.plan.buffers)]
        from .target import WIDE_ATTRS, has_avx512

        wide = has_avx512()
        lines = []
        for line in text.splitlines():
            if wide and line.startswith(('define internal void @"gv_gemm_',
                                          'define internal void @"gv_cgemm_')):
                line += " " + WIDE_ATTRS
            mt = re.match(r'define internal void @"?([\w.]+)"?\(', line)
            if mt and mt.group(1) in self.comments:
                lines.append(self.comments[mt.group(1)])
            lines.append(line)
        return "\n".join(head + lines) + "\n"
