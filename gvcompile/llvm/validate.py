"""GV_VALIDATE=1 for target="cpu": run the interpreter beside the compiled code and name the first
kernel (in execution order) whose result differs, with its IR nodes and source layers.

``ValidatingExecutable(graph, exe)`` wraps a cpu executable. Each call runs
  1. the executable itself (its outputs are what the caller gets),
  2. a debug build of the same plan in which no temporary shares arena memory, so after the
     call every materialised node value can still be read from the arena,
  3. the interpreter over the plan's graph, keeping every node value,
then compares, kernel by kernel, each node a kernel computed, and finally every graph output of
the real executable. The first difference raises ValidationError naming the kernel (or output),
the node, its layers and the largest error.
"""

from __future__ import annotations

import numpy as np

from ..errors import GVError
from ..interp import bind_dims
from ..ir.types import BATCH, resolve_attr
from ..ops import OPS
from ..plan.build import build_plan
from ..plan.memory import block_size
from .compile import compile_plan
from .executable import Executable
from .target import has_avx512

TOL = {np.dtype(np.float32): (2e-4, 2e-5), np.dtype(np.float64): (1e-9, 1e-11)}


class ValidationError(GVError, AssertionError):
    """Compiled code and the interpreter disagree (GV_VALIDATE=1)."""


def _spread(plan) -> None:
    """Give every temporary its own arena block (no reuse)."""
    from ..plan.extent import Lin

    top = Lin()
    for buf in plan.buffers:
        if buf.kind == "temp":
            buf.offset, top = top, top + block_size(buf.size, buf.dtype.itemsize)
    plan.arena = top


def _interpret(graph, args, dims):
    env = dict(zip(graph.args, args, strict=True))
    for nid in graph.topo_order():
        if nid in env:
            continue
        d = graph.node(nid)
        attrs = {k: resolve_attr(v, dims) for k, v in d["attrs"].items()}
        out = np.asarray(OPS[d["op"]].ref(*(env[i] for i in d["inputs"]), **attrs))
        env[nid] = out.astype(d["type"].dtype, copy=False)
    return env


def _differs(got, want):
    if got.shape != want.shape:
        return f"shape {got.shape} instead of {want.shape}"
    rtol, atol = TOL.get(np.dtype(want.dtype), (0, 0))
    if want.dtype.kind != "f":
        return None if np.array_equal(got, want) else "integer values differ"
    bad = ~np.isclose(got, want, rtol=rtol, atol=atol, equal_nan=True)
    if not bad.any():
        return None
    at = np.unravel_index(int(np.argmax(bad)), bad.shape)
    return (f"{int(bad.sum())} of {bad.size} elements differ; first at {tuple(map(int, at))}: "
            f"compiled {got[at]!r}, interpreter {want[at]!r}; max abs error "
            f"{float(np.nanmax(np.abs(np.where(bad, got - want, 0)))):.3g}")


class ValidatingExecutable:
    def __init__(self, graph, exe):
        self.graph = graph
        self.exe = exe
        plan = build_plan(graph, mask_registers=has_avx512())
        _spread(plan)
        self.debug = Executable(graph, plan, compile_plan(plan, use_cache=False))
        self.compile_seconds = getattr(exe, "compile_seconds", 0.0)

    def __getattr__(self, name):  # plan, fn, ... of the wrapped executable
        return getattr(self.exe, name)

    def __call__(self, args, dims=None):
        if dims is None:
            dims = bind_dims(self.graph, args)
        # the executables may compute state outputs in place into their arguments: the debug
        # build and the interpreter get copies of the arguments as they were before the call
        before = [np.array(a, copy=True) for a in args]
        outs = self.exe(args, dims)
        debug_outs = self.debug([a.copy() for a in before], dims)
        plan = self.debug.plan
        env = _interpret(plan.graph, before, dims)
        outputs = {o.node: np.asarray(v) for o, v in zip(plan.graph.outputs, debug_outs)}
        self._check_kernels(plan, env, int(dims.get(BATCH, 0)), outputs)
        for o, got in zip(plan.graph.outputs, outs, strict=True):
            why = _differs(np.asarray(got), env[o.node])
            if why:
                k = next((k for k in plan.kernels if o.node in k.nids), None)
                _fail(plan, k, o.node, why)
        return outs

    def _arena_value(self, plan, view, n):
        buf = plan.buffers[view.buf]
        arena = self.debug._arena
        base = arena.ctypes.data
        start = (-base) % 64 + buf.offset.eval(n)
        item = buf.dtype.itemsize
        shape = tuple(e.eval(n) for e in view.shape)
        strides = tuple(s.eval(n) * item for s in view.strides)
        return np.lib.stride_tricks.as_strided(
            arena[start + view.offset.eval(n) * item:].view(buf.dtype), shape, strides).copy()

    def _node_value(self, plan, nid, n, outputs):
        """The debug build's value of node ``nid``: from the arena (temporaries, kept apart)
        or, for values the graph returns (e.g. saved for the backward pass), its output."""
        v = plan.views.get(nid)
        if v is None:
            return None
        kind = plan.buffers[v.buf].kind
        if kind == "temp":
            return self._arena_value(plan, v, n)
        return outputs.get(nid) if kind == "out" else None

    def _check_kernels(self, plan, env, n, outputs):
        for k in plan.kernels:
            for nid in k.nids:
                got = self._node_value(plan, nid, n, outputs) if nid in env else None
                why = None if got is None else _differs(got, env[nid])
                if why:
                    _fail(plan, k, nid, why)


def _fail(plan, k, nid, why):
    """Raise ValidationError for node ``nid`` computed by kernel ``k`` (None: no kernel, e.g. an
    output that is a view of an argument)."""
    d = plan.graph.node(nid)
    outs = [j for j, o in enumerate(plan.graph.outputs) if o.node == nid]
    what = f"output {outs[0]} (%{d['name']} = {d['op']})" if outs else \
        f"%{d['name']} = {d['op']}"
    if k is None:
        raise ValidationError(f"GV_VALIDATE: {what} differs from the interpreter (layer "
                              f"{d['src'] or '-'}): {why}")
    if outs:
        head = f"GV_VALIDATE: {what} of kernel {k.name} differs from the interpreter"
    else:
        head = f"GV_VALIDATE: kernel {k.name} differs from the interpreter at {what}"
    raise ValidationError(f"{head} (layers {', '.join(k.srcs) or d['src'] or '-'}): {why}"
                          f"\n  {k.header()}")
