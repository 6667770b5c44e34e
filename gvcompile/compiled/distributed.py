"""Data-parallel training on MPI (API.md §8b): ``compile_train_step(..., comm=MPI.COMM_WORLD)``.

Every rank runs the same generated step on its own part of the global batch. The step's graph
averages each parameter gradient over the ranks (``allreduce_sum`` of ops/collective.py, then
/ world) before the optimizer update, and returns the mean loss over the ranks, so every rank
computes the same update from the same numbers and the parameters stay bit-identical. With
``sync_batchnorm=True`` the BatchNorm batch statistics are averaged the same way (equal local
batches: world x B/world equals one process with batch B); by default each rank normalises
with its own batch, as PyTorch DDP does.

With ``bucket_bytes`` the gradients are summed in buckets of at most that many bytes (a
larger gradient gets a bucket of its own), in the order the backward pass finishes them:
``allreduce_start`` (an MPI Iallreduce) right after the last gradient of a bucket is computed,
``allreduce_wait`` just before the first update that reads it (``schedule``), so the
communication overlaps the rest of the backward pass. Each
element is summed by the same processes as without buckets; the mean is the same multiply.

At build time rank 0's parameters, buffers and optimizer state are broadcast, after checking
that every rank built the same model and optimizer (a mismatch raises on every rank, never
hangs). At every step the local batch sizes are compared across ranks. An exception on a rank
ends the job through ``MPI_Abort`` (mpiexec then stops every rank) instead of leaving the
others waiting in a collective forever.

mpi4py is imported only here, when a communicator is given (extra ``gvcompile[mpi]``)."""

from __future__ import annotations

import hashlib
import heapq
import sys
import time
from dataclasses import dataclass

import numpy as np

from .. import collectives
from ..errors import ShapeError, UnsupportedOp
from ..ir.graph import Output
from ..layers.api import iter_modules

_GROUPS: dict[int, tuple] = {}  # id(comm) -> (process group id (collectives.py), comm)


def mpi():
    try:
        from mpi4py import MPI
    except ImportError as e:
        raise ImportError("compile_train_step(comm=...) needs mpi4py and an MPI library: "
                          "pip install 'gvcompile[mpi]' (mpi4py + MPICH)") from e
    return MPI


@dataclass
class DataParallel:
    comm: object
    rank: int
    world: int
    group: int
    sync_batchnorm: bool
    bucket_bytes: int | None = None

    @property
    def sync(self) -> tuple[int, int] | None:
        """(group, world) for the trace when batch statistics are synchronised."""
        return (self.group, self.world) if self.sync_batchnorm and self.world > 1 else None

    def check_batch(self, n: int, where: str) -> None:
        """Every rank's local batch must have the size of the others' (one collective)."""
        MPI = mpi()
        both = np.array([n, -n], np.int64)
        self.comm.Allreduce(MPI.IN_PLACE, both, op=MPI.MAX)
        if both[0] != -both[1]:
            raise ShapeError(f"{where}: the ranks' local batches differ in size (from "
                             f"{-both[1]} to {both[0]}; this rank: {n}): give every rank an "
                             "equal part of the global batch (DataLoader(..., comm=) does)")


def _buckets(graph, grads: list[int], limit: int) -> list[list[int]]:
    """Gradient nodes grouped in the order the backward computes them (ids are a topological
    order), a new bucket where ``limit`` bytes would be passed or the dtype changes."""
    out, size, dt = [], 0, None
    for g in sorted(grads):
        t = graph.type(g)
        nbytes = int(np.prod(t.shape, dtype=np.int64)) * np.dtype(t.dtype).itemsize
        if not out or size + nbytes > limit or t.dtype != dt:
            out.append([])
            size, dt = 0, t.dtype
        out[-1].append(g)
        size += nbytes
    return out


def bucketed_mean(b, dp: DataParallel, grads: dict[int, int]) -> dict[int, object]:
    """``{param: gradient node}`` -> ``{param: mean gradient Value}`` through buckets of
    allreduce_start / allreduce_wait (ops/collective_async.py)."""
    from ..ops.builder import Value

    param_of = {g: p for p, g in grads.items()}
    means = {}
    for bucket in _buckets(b.graph, list(param_of), int(dp.bucket_bytes)):
        with b.scope(f"gradient bucket of {len(bucket)} over {dp.world} ranks"):
            started = b.emit("allreduce_start", *(Value(b, g) for g in bucket), group=dp.group)
            done = b.emit("allreduce_wait", started, group=dp.group)
            at = 0
            for g in bucket:
                shape = tuple(b.graph.type(g).shape)
                size = int(np.prod(shape, dtype=np.int64))
                part = b.emit("slice", done, axis=0, start=at, stop=at + size)
                means[param_of[g]] = b.emit("reshape", part, shape=shape) * (1.0 / dp.world)
                at += size
    return means


def schedule(graph) -> None:
    """Renumber ``graph`` (ids are its order of execution) so that every allreduce_start comes
    as early as its operands allow and every allreduce_wait as late as its users allow; the
    other nodes keep their order."""
    g = graph.g
    if not any(d["op"] == "allreduce_start" for _, d in g.nodes(data=True)):
        return
    rank = {"allreduce_start": 0, "allreduce_wait": 2}
    missing = {n: len(set(g.nodes[n]["inputs"])) for n in g.nodes}
    ready = [(rank.get(g.nodes[n]["op"], 1), n) for n, k in missing.items() if k == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        _, n = heapq.heappop(ready)
        order.append(n)
        for u in set(g.successors(n)):
            missing[u] -= 1
            if missing[u] == 0:
                heapq.heappush(ready, (rank.get(g.nodes[u]["op"], 1), u))
    _relabel(graph, order)


def _relabel(graph, order: list[int]) -> None:
    import networkx as nx

    new_id = {old: k for k, old in enumerate(order)}
    new = nx.MultiDiGraph()
    for old in order:
        d = dict(graph.g.nodes[old])
        d["inputs"] = tuple(new_id[i] for i in d["inputs"])
        new.add_node(new_id[old], **d)
        for pos, i in enumerate(d["inputs"]):
            new.add_edge(i, new_id[old], pos=pos)
    graph.g = new
    graph.args = [new_id[a] for a in graph.args]
    graph.outputs = [Output(new_id[o.node], o.role, o.key) for o in graph.outputs]
    graph._next = len(order)


def _signature(model, optimizer) -> str:
    """What must be equal on every rank: the layer types, every parameter's and buffer's shape
    and dtype, the optimizer and its settings, which parameters already have state."""
    from ..layers.base import settings

    parts = [type(optimizer).__name__, repr(settings(optimizer))]
    for m in iter_modules(model):
        parts.append(type(m).__name__)
        for f, a in m.own_parameters() + m.buffers():
            parts.append(f"{f}{np.shape(a)}{np.asarray(a).dtype.str}")
    for key in sorted(optimizer.state, key=repr):
        parts.append(repr(key) + repr(sorted((k, np.shape(v)) for k, v in
                                             optimizer.state[key].items())))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _broadcast(comm, model, optimizer) -> None:
    for m in iter_modules(model):
        for _, a in m.own_parameters() + m.buffers():
            if isinstance(a, np.ndarray) and a.size:
                comm.Bcast(np.ascontiguousarray(a) if not a.flags.c_contiguous else a, root=0)
    for key in sorted(optimizer.state, key=repr):
        for _, a in sorted(optimizer.state[key].items()):
            if isinstance(a, np.ndarray) and a.size:
                comm.Bcast(a, root=0)


def _abort_on_exception(comm) -> None:
    """An uncaught exception on one rank ends the whole job (the others would wait forever in
    the next collective): print it, then MPI_Abort."""
    if getattr(sys.excepthook, "_gv_mpi", False):
        return
    previous = sys.excepthook

    def hook(kind, value, tb):
        # the one-line reason first: mpiexec stops forwarding output when the job is killed
        sys.stderr.write(f"gvcompile: rank {comm.Get_rank()} raised {kind.__name__}: {value}; "
                         "ending the job (MPI_Abort)\n")
        sys.stderr.flush()
        previous(kind, value, tb)
        sys.stderr.flush()
        time.sleep(0.2)  # let mpiexec forward the traceback before the abort kills the job
        comm.Abort(1)

    hook._gv_mpi = True
    sys.excepthook = hook


def setup(comm, model, optimizer, sync_batchnorm: bool, where: str,
          bucket_bytes: int | None = None, target: str = "cpu") -> DataParallel:
    MPI = mpi()
    if target == "cuda" and bucket_bytes is not None:
        raise UnsupportedOp(
            f"{where}: overlapped gradient buckets (bucket_bytes) run on the CPU targets (cpu, "
            "interp); the CUDA backend sums each gradient on the host between launches (no "
            "NCCL or CUDA-aware MPI): leave bucket_bytes=None on target='cuda'")
    if bucket_bytes is not None and (not isinstance(bucket_bytes, (int, np.integer))
                                     or isinstance(bucket_bytes, bool) or bucket_bytes <= 0):
        raise ValueError(f"{where}: bucket_bytes must be a positive number of bytes or None "
                         f"(one blocking allreduce per gradient), got {bucket_bytes!r}")
    if not hasattr(comm, "Allreduce") or not hasattr(comm, "Get_size"):
        raise TypeError(f"{where}: comm must be an mpi4py communicator, got "
                        f"{type(comm).__name__}")
    rank, world = comm.Get_rank(), comm.Get_size()
    sigs = comm.allgather(_signature(model, optimizer))
    if len(set(sigs)) > 1:
        other = next(r for r, s in enumerate(sigs) if s != sigs[0])
        raise ValueError(f"{where}: rank {other} built a different model or optimizer than "
                         "rank 0 (layer types, parameter shapes/dtypes, optimizer settings or "
                         "state differ): every rank must build the same step")
    _abort_on_exception(comm)
    _broadcast(comm, model, optimizer)
    if id(comm) not in _GROUPS:  # the comm is kept alive with its id
        _GROUPS[id(comm)] = (collectives.register(
            lambda a: comm.Allreduce(MPI.IN_PLACE, a, op=MPI.SUM), abort=lambda: comm.Abort(1),
            start=lambda a: comm.Iallreduce(MPI.IN_PLACE, a, op=MPI.SUM)), comm)
    gid = _GROUPS[id(comm)][0]
    return DataParallel(comm, rank, world, gid, bool(sync_batchnorm),
                        None if bucket_bytes is None else int(bucket_bytes))
