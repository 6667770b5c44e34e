"""``target="cpu"``: Graph -> kernel plan -> LLVM IR -> O3 -> MCJIT -> a callable executable.

``LLVMBackend().build(graph)`` returns ``exe(args) -> outputs`` (NumPy arrays in the graph's
argument/output order, the interpreter's contract). One generated function runs the whole
graph; the batch extent is its first argument, so every batch size shares the compiled code.
Compiled objects are cached on disk, keyed by a hash of the graph text, constants, options,
host CPU and gvcompile version.
"""

from __future__ import annotations

import ctypes
import time

import numpy as np

from ... import config
from ...interp import bind_dims
from ...ir.types import BATCH
from ...targets import register_backend
from ..plan_builder import build_plan
from . import lowering  # noqa: F401  (registers the op lowering rules)
from .compile import compile_plan


@register_backend("cpu")
class LLVMBackend:
    name = "cpu"

    def __init__(self, **options):
        unknown = set(options) - {"cache"}
        if unknown:
            raise TypeError(f"target 'cpu' got unknown options {sorted(unknown)}")
        self.options = options

    def build(self, graph) -> "Executable":
        t0 = time.perf_counter()
        plan = build_plan(graph)
        if config.debug_level() >= 2:
            config.emit_debug(f"plan {graph.name}", str(plan))
        fn = compile_plan(plan, use_cache=self.options.get("cache", True))
        exe = Executable(graph, plan, fn)
        exe.compile_seconds = time.perf_counter() - t0
        return exe


class Executable:
    """Holds the plan, the JIT'd entry point and a reusable arena."""

    def __init__(self, graph, plan, fn):
        self.graph = graph
        self.plan = plan
        self.fn = fn
        self._consts = [np.ascontiguousarray(c) for c in plan.consts]
        self._const_ptrs = (ctypes.c_void_p * max(1, len(self._consts)))(
            *[c.ctypes.data for c in self._consts])
        self._arena = np.empty(0, np.uint8)
        self._nargs = len(plan.args)
        self._nouts = plan.count("out")

    def _arena_ptr(self, n: int) -> int:
        size = self.plan.arena.eval(n) + 64
        if self._arena.size < size:
            self._arena = np.empty(size, np.uint8)
        base = self._arena.ctypes.data
        return base + (-base) % 64

    def __call__(self, args, dims=None):
        plan = self.plan
        if len(args) != self._nargs:
            raise ValueError(f"graph {plan.name} takes {self._nargs} arguments, got {len(args)}")
        if dims is None:
            dims = bind_dims(self.graph, args)
        n = int(dims.get(BATCH, 0))
        arrs = []
        for a, bid in zip(args, plan.args, strict=True):
            want = plan.buffers[bid].dtype
            a = np.asarray(a)
            if a.dtype != want:
                from ...errors import DTypeError

                node = self.graph.node(self.graph.args[len(arrs)])
                raise DTypeError(f"{node['src'] or 'graph'}: {node['binding']}: expected "
                                 f"{want.name}, got {a.dtype.name}")
            arrs.append(np.ascontiguousarray(a))
        outs = [None] * self._nouts
        for b in plan.buffers:
            if b.kind == "out":
                outs[b.index] = np.empty(max(1, b.size.eval(n)), b.dtype)
        argv = (ctypes.c_void_p * max(1, len(arrs)))(*[a.ctypes.data for a in arrs])
        outv = (ctypes.c_void_p * max(1, len(outs)))(*[o.ctypes.data for o in outs])
        self.fn(n, argv, outv, self._const_ptrs, self._arena_ptr(n))
        result = []
        for o in plan.outputs:
            shape = tuple(n if d == BATCH else int(d) for d in o.shape)
            if o.kind == "arg":
                result.append(arrs[o.id].reshape(shape))
            else:
                buf = plan.buffers[o.id]
                result.append(outs[buf.index][:int(np.prod(shape))].reshape(shape))
        return result
