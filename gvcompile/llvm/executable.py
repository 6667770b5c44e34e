"""The callable a cpu build returns: the plan, the JIT'd entry point, a reusable arena, and the
checks of each call's arguments."""

from __future__ import annotations

import ctypes
import sys
import threading
from operator import is_, itemgetter

import numpy as np

from ..interp import bind_dims
from ..ir.binding import Arg
from ..ir.types import BATCH
from . import bounds
from .inplace import inplace_outputs

_CALL_LOCK = threading.RLock()


def _picker(idx: list):
    """A function returning the tuple of a list's items at ``idx`` (one C call)."""
    if len(idx) > 1:
        return itemgetter(*idx)
    return lambda a: tuple(a[i] for i in idx)


def _address(a: np.ndarray) -> int:
    """The address of a C-contiguous array's data: a third of ``a.ctypes.data``'s time (which
    builds a Python object) for a writeable array of at least one byte."""
    try:
        return ctypes.addressof(ctypes.c_char.from_buffer(a))
    except (TypeError, ValueError, BufferError):
        return a.ctypes.data


class Executable:
    """Holds the plan, the JIT'd entry point and a reusable arena.

    The per-call work in Python is kept small (a training step of a small network takes well
    under a millisecond): the ctypes pointer tables are built once and refilled, extents are
    checked against precomputed shapes (``bind_dims`` only to word an error), output arrays
    are recycled once nobody holds them any more, and 'state' outputs that may be computed in
    place (``inplace.py``) are written straight into their argument's array, which is then
    returned as the output (every caller writes state back; assigning an array to itself is
    free). Reading an array's address costs a microsecond (``a.ctypes`` builds an object), so
    the addresses of recycled outputs and of the arguments that are not per-call inputs
    (parameters, buffers, optimizer state: usually the same arrays at every call) are kept
    with a reference to their array, which pins the address (NumPy refuses to resize an array
    referenced elsewhere); a call checks every argument's dtype, contiguity and extents, but
    ``call_held``, whose caller vouches for the arrays argv already holds (compiled/repeat.py
    checks their layouts itself) and which reads only the per-call inputs. Sizes and shapes
    that depend on the batch are kept for the last batch."""

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
        self._static = [None not in s for s in self._shapes]
        # per argument: the array whose address argv holds, kept for those that are not inputs
        self._fixed = [not isinstance(graph.node(nid)["binding"], Arg) for nid in graph.args]
        self._held: list = [None] * self._nargs
        self._gen = 0  # of what argv holds: a new one at every call that reads all arguments
        fixed_at = [i for i, f in enumerate(self._fixed) if f]
        self._pick_fixed = _picker(fixed_at)
        self._loose_at = [i for i, f in enumerate(self._fixed) if not f]
        self._for_n = None  # (n, output sizes, result shapes and sizes, arena address)
        self._out_bufs = sorted((b for b in plan.buffers if b.kind == "out"),
                                key=lambda b: b.index)
        self._pool: list[list[tuple]] = [[] for _ in self._out_bufs]  # (array, address)
        if aliased is None:  # {output: argument} (plancache.py caches it with the plan)
            aliased = inplace_outputs(graph, plan)
        self._aliased_bufs = {plan.outputs[i].id: j for i, j in aliased.items()}
        # per output buffer: its slot, the argument it may be computed in, its pool
        self._slots = [(slot, self._aliased_bufs.get(b.id), self._pool[slot])
                       for slot, b in enumerate(self._out_bufs)]
        self._results = []
        for o in plan.outputs:
            shape = tuple(None if d == BATCH else int(d) for d in o.shape)
            if o.kind == "arg":
                self._results.append(("arg", o.id, shape))
            else:
                self._results.append(("buf", plan.buffers[o.id].index, shape))
        # the outputs that are arguments: the only ones that may share memory with an input
        self.argument_results = [k for k, r in enumerate(self._results) if r[0] == "arg"]

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
        for a, want, static in zip(args, self._shapes, self._static):
            shape = a.shape
            if static:
                if shape != want:
                    break
                continue
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

    def _new_output(self, slot: int, size: int) -> tuple:
        """(array, address) of a new output array of ``size`` elements, kept in the slot's
        pool (``_run`` takes a pooled one that nobody holds any more first)."""
        pool = self._pool[slot]
        arr = np.empty(size, self._out_bufs[slot].dtype)
        if len(pool) >= self.POOL:
            pool.pop(0)
        entry = (arr, arr.ctypes.data)
        pool.append(entry)
        return entry

    def _sizes(self, n: int) -> tuple:
        """What depends on the batch ``n`` only (kept for the last ``n``)."""
        if self._for_n is None or self._for_n[0] != n:
            sizes = [max(1, b.size.eval(n)) for b in self._out_bufs]
            results = []
            for kind, idx, shape in self._results:
                shape = tuple(n if d is None else d for d in shape)
                results.append((kind == "arg", idx, shape, int(np.prod(shape, dtype=np.int64))))
            self._for_n = (n, sizes, results, self._arena_ptr(n))
        return self._for_n

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
        argv, held, want = self._argv, self._held, self._want
        self._gen += 1  # first: a call that fails half-way has changed argv too
        for i, a in enumerate(args):
            a = np.asarray(a)
            if a.dtype != want[i]:
                self._wrong_dtype(i, a)
            if a is held[i] and a.flags.c_contiguous:  # argv[i] holds its address
                arrs.append(a)
                continue
            b = a if a.flags.c_contiguous else np.ascontiguousarray(a)
            arrs.append(b)
            argv[i] = _address(b)
            held[i] = b if b is a and self._fixed[i] else None
        n = int(dims.get(BATCH, 0)) if dims is not None else self._batch(arrs)
        return self._run(arrs, n)

    def generation(self, args) -> int | None:
        """What ``call_held`` takes: the generation of argv (every ``_call`` starts a new one)
        if it holds the address of every argument of ``args`` that is not a per-call input
        (parameters, buffers), else None."""
        with _CALL_LOCK:
            if len(args) == self._nargs and \
                    all(map(is_, self._pick_fixed(args), self._pick_fixed(self._held))):
                return self._gen
            return None

    def call_held(self, args, dims, gen: int, recheck=()) -> tuple[list, int | None]:
        """``self(args, dims)`` for arguments whose parameters and buffers are the arrays argv
        held at generation ``gen`` (``generation``) with the dtypes, shapes and strides they
        had then -- the caller checked that (compiled/repeat.py) -- but those at ``recheck``
        (read anew, of the shapes they had): only the inputs and those are read here. Returns
        (outputs, the generation to pass next time, None if argv does not hold ``args``)."""
        with _CALL_LOCK:
            held = self._held
            if gen == self._gen and all(args[i] is held[i] for i in recheck):
                argv, want = self._argv, self._want
                for i in self._loose_at:
                    a = args[i]
                    if a.dtype != want[i] or not a.flags.c_contiguous:
                        break
                    argv[i] = _address(a)
                else:
                    return self._run(args, int(dims.get(BATCH, 0))), gen
            outs = self._call(args, dims)  # every argument read, checked and held anew
            return outs, self.generation(args)

    def _run(self, arrs, n: int) -> list:
        """Run with argv filled for ``arrs``: outputs, the generated function, the results."""
        argv = self._argv
        _, sizes, results, arena = self._sizes(n)
        outs = []
        outv = self._outv
        refs = sys.getrefcount
        # one loop without calls per output buffer: a step or a forward with saved values
        # has hundreds (cold caches after the last call's kernels make every call count)
        for slot, j, pool in self._slots:
            size = sizes[slot]
            if j is not None:
                a = arrs[j]
                if a.size == size and a.flags.writeable:  # computed in place
                    outs.append(a)
                    outv[slot] = argv[j]
                    continue
            for entry in pool:
                arr = entry[0]
                # references: the pool entry, this variable and getrefcount's argument
                if arr.size == size and refs(arr) <= 3:
                    break
            else:
                entry = self._new_output(slot, size)
            arr = None
            outs.append(entry[0])
            outv[slot] = entry[1]
        self.fn(n, argv, outv, self._const_ptrs, arena)
        if bounds._pending:  # GV_BOUNDS=1: a check stopped the call
            bounds.raise_pending()
        result = []
        for is_arg, idx, shape, size in results:
            o = arrs[idx] if is_arg else outs[idx]
            if o.shape == shape:
                result.append(o)  # an argument computed in place keeps its identity
                continue
            result.append((o if o.size == size else o[:size]).reshape(shape))
        return result

    def _wrong_dtype(self, i: int, a) -> None:
        from ..errors import DTypeError

        node = self.graph.node(self.graph.args[i])
        raise DTypeError(f"{node['src'] or 'graph'}: {node['binding']}: expected "
                         f"{self._want[i].name}, got {a.dtype.name}")
