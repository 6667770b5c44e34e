"""The callable a cpu build returns: the plan, the JIT'd entry point, a reusable arena, and the
checks of each call's arguments."""

from __future__ import annotations

import ctypes
import sys
import threading

import numpy as np

from ..interp import bind_dims
from ..ir.types import BATCH
from . import bounds
from .inplace import inplace_outputs

_CALL_LOCK = threading.RLock()


class Executable:
    """Holds the plan, the JIT'd entry point and a reusable arena.

    The per-call work in Python is kept small (a training step of a small network takes well
    under a millisecond): the ctypes pointer tables are built once and refilled, extents are
    checked against precomputed shapes (``bind_dims`` only to word an error), output arrays
    are recycled once nobody holds them any more, and 'state' outputs that may be computed in
    place (``inplace.py``) are written straight into their argument's array, which is then
    returned as the output (every caller writes state back; assigning an array to itself is
    free)."""

    POOL = 3  # recycled arrays kept per output buffer

    def __init__(self, graph, plan, fn, aliased: dict | None = None):
        self.graph = graph
        self.plan = plan
        self.fn = fn
        self._consts = [np.ascontiguousarray(c) for c in plan.consts]
        self._const_ptrs = (ctypes.c_void_p * max(1, len(self._consts)))(
            *[c.ctypes.data for c in self._consts])
        self._arena = np.empty(0, np.uint8)
        self._nargs = len(plan.args)
        self._nouts = plan.count("out")
        self._argv = (ctypes.c_void_p * max(1, self._nargs))()
        self._outv = (ctypes.c_void_p * max(1, self._nouts))()
        self._want = [plan.buffers[b].dtype for b in plan.args]
        self._shapes = []  # per argument: (rank, fixed extents with None at the batch axes)
        for nid in graph.args:
            shape = graph.node(nid)["type"].shape
            self._shapes.append(tuple(None if isinstance(d, str) else int(d) for d in shape))
        self._out_bufs = sorted((b for b in plan.buffers if b.kind == "out"),
                                key=lambda b: b.index)
        self._pool: list[list[np.ndarray]] = [[] for _ in self._out_bufs]
        if aliased is None:  # {output: argument} (plancache.py caches it with the plan)
            aliased = inplace_outputs(graph, plan)
        self._aliased_bufs = {plan.outputs[i].id: j for i, j in aliased.items()}
        self._results = []
        for o in plan.outputs:
            shape = tuple(None if d == BATCH else int(d) for d in o.shape)
            if o.kind == "arg":
                self._results.append(("arg", o.id, shape))
            else:
                self._results.append(("buf", plan.buffers[o.id].index, shape))

    def _arena_ptr(self, n: int) -> int:
        size = self.plan.arena.eval(n) + 64
        if self._arena.size < size:
            self._arena = np.empty(size, np.uint8)
        base = self._arena.ctypes.data
        return base + (-base) % 64

    def _batch(self, args) -> int:
        """The batch extent N, checking every argument's extents (fast path; ``bind_dims``
        words the error)."""
        n = None
        for a, want in zip(args, self._shapes):
            shape = a.shape
            if len(shape) != len(want):
                break
            ok = True
            for d, w in zip(shape, want):
                if w is None:
                    if n is None:
                        n = d
                    elif d != n:
                        ok = False
                elif d != w:
                    ok = False
            if not ok:
                break
        else:
            return 0 if n is None else int(n)
        return int(bind_dims(self.graph, args).get(BATCH, 0))

    def _output(self, slot: int, size: int) -> np.ndarray:
        """An output array of ``size`` elements: a recycled one that nobody holds, or new."""
        pool = self._pool[slot]
        for arr in pool:
            # references: the pool list, this loop's variable and getrefcount's argument
            if arr.size == size and sys.getrefcount(arr) <= 3:
                return arr
        arr = np.empty(size, self._out_bufs[slot].dtype)
        if len(pool) >= self.POOL:
            pool.pop(0)
        pool.append(arr)
        return arr

    def __call__(self, args, dims=None):
        # Generated code shares state between calls (argument tables, the arena, output
        # pools) and the C runtime gives every caller outside its pool the same workspace:
        # calls from several Python threads run one at a time (ctypes releases the GIL).
        with _CALL_LOCK:
            return self._call(args, dims)

    def _call(self, args, dims):
        if len(args) != self._nargs:
            raise ValueError(f"graph {self.plan.name} takes {self._nargs} arguments, "
                             f"got {len(args)}")
        arrs = []
        argv = self._argv
        for i, (a, want) in enumerate(zip(args, self._want)):
            a = np.asarray(a)
            if a.dtype != want:
                from ..errors import DTypeError

                node = self.graph.node(self.graph.args[i])
                raise DTypeError(f"{node['src'] or 'graph'}: {node['binding']}: expected "
                                 f"{want.name}, got {a.dtype.name}")
            if not a.flags.c_contiguous:
                a = np.ascontiguousarray(a)
            arrs.append(a)
            argv[i] = a.ctypes.data
        n = int(dims.get(BATCH, 0)) if dims is not None else self._batch(arrs)
        outs = []
        outv = self._outv
        for slot, b in enumerate(self._out_bufs):
            j = self._aliased_bufs.get(b.id)
            size = max(1, b.size.eval(n))
            if j is not None and arrs[j].size == size and arrs[j].flags.writeable:
                o = arrs[j]
            else:
                o = self._output(slot, size)
            outs.append(o)
            outv[slot] = o.ctypes.data
        self.fn(n, argv, outv, self._const_ptrs, self._arena_ptr(n))
        if bounds._pending:  # GV_BOUNDS=1: a check stopped the call
            bounds.raise_pending()
        result = []
        for kind, idx, shape in self._results:
            shape = tuple(n if d is None else d for d in shape)
            o = arrs[idx] if kind == "arg" else outs[idx]
            if o.shape == shape:
                result.append(o)  # an argument computed in place keeps its identity
                continue
            size = 1
            for d in shape:
                size *= d
            result.append((o if o.size == size else o[:size]).reshape(shape))
        return result
