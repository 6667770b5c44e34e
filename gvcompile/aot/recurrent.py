"""Export stage, recurrent state: the hidden (and cell) state of RNN / LSTM / GRU layers, which
persists across calls (Flux ``Recur``) and has the batch of the last call.

In Python a fresh state (shape ``(0, H)``) is traced as zeros and a carried one as a buffer
argument, two different programs. An exported library holds the state itself, so its entries
are traced with the state carried (a buffer of shape ``(N, H)``, or ``(n, H)`` where the layer's
batch is a fixed extent) and the runtime feeds zeros of the call's batch while the state is
fresh, as the fresh program does. A carried state of another batch is an error (the Python
model's ShapeError), never a read out of bounds.

The recurrent fields are the layers' ``transient_fields`` that are array buffers.
"""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np

from ..ir.binding import FieldRef
from ..ir.types import BATCH


def recurrent_fields(walk) -> list[tuple[str, object, str]]:
    """(path, layer, field) of every recurrent state buffer of the (path, layer) pairs of
    ``walk`` (the manifest's walk order)."""
    out = []
    for path, m in walk:
        transient = getattr(m, "transient_fields", ())
        for f, arr in m.buffers():
            if f in transient and isinstance(arr, np.ndarray):
                out.append((path, m, f))
    return out


def is_recurrent(layer, field: str) -> bool:
    return field in getattr(layer, "transient_fields", ())


def _rows(graphs, fields) -> dict:
    """Per recurrent field, the extent of its batch axis in the traced graphs (BATCH when it is
    the batch symbol, else a fixed size)."""
    rows = {}
    for g in graphs:
        for o in g.outputs:
            if o.role == "state" and isinstance(o.key, FieldRef):
                rows[(o.key.layer_id, o.key.field)] = g.type(o.node).shape[0]
    return {(p, id(m), f): rows.get((id(m), f)) for p, m, f in fields}


@contextmanager
def carried_state(fields, trace_fresh):
    """While active, every recurrent state of ``fields`` (recurrent_fields) is a carried
    placeholder (zeros of one row where the state's batch is the batch symbol, of ``n`` rows
    where it is fixed), so that tracing reads it as an argument; ``trace_fresh()`` returns the
    graphs traced with fresh state, whose state outputs tell the rows. The layers' own arrays
    are put back after.
    Yields whether there is recurrent state (without any, nothing is traced here)."""
    if not fields:
        yield False
        return
    saved = [(m, f, getattr(m, f)) for _, m, f in fields]
    try:
        for m, f, arr in saved:
            setattr(m, f, np.zeros((0,) + arr.shape[1:], arr.dtype))
        rows = _rows(trace_fresh(), fields)
        for (p, m, f), (_, _, arr) in zip(fields, saved, strict=True):
            n = rows[(p, id(m), f)]
            if n is None:
                continue  # not updated by any entry: the graphs never read it
            setattr(m, f, np.zeros((1 if n == BATCH else int(n),) + arr.shape[1:], arr.dtype))
        yield True
    finally:
        for m, f, arr in saved:
            setattr(m, f, arr)


def recurrent_table(spec) -> list[dict]:
    """The recurrent state arrays: their state index, the shape the entries read (``"N"``
    rows: the batch of the call; an int: fixed) and the rows they hold at export (0: fresh)."""
    shapes = {}
    for e in spec.entries:
        for nid in e.graph.args:
            i = spec.state_index.get(e.graph.node(nid)["binding"])
            if i is not None and spec.state[i].kind == "recurrent":
                shapes[i] = [d if d == BATCH else int(d) for d in e.graph.type(nid).shape]
    rows = []
    for i, s in enumerate(spec.state):
        if s.kind != "recurrent":
            continue
        shape = shapes.get(i, list(s.value.shape))
        rows.append({"name": s.name, "state": i, "shape": shape, "dtype": s.value.dtype.name,
                     "batch_at_export": int(s.value.shape[0]) if s.value.ndim else 0})
    return rows


SEQUENCE_OPS = frozenset({"rnn_seq", "lstm_seq", "gru_seq"})


def _keeps_axes(graph, v: int, u: int) -> bool:
    """Whether op u keeps the meaning of v's axes: same rank, same extents but for the last
    axis (element-wise ops, a Dense on the features); a reshape never does."""
    a, b = graph.type(v).shape, graph.type(u).shape
    return graph.op(u) != "reshape" and len(a) == len(b) and tuple(a[:-1]) == tuple(b[:-1])


def sequence_axes(graph, nid: int) -> dict[int, str]:
    """{input axis: "time" | "batch"} for an input that reaches a recurrent layer's sequence
    (through transposes and ops that keep the axes): its time axis and the layer's batch
    axis; {} when it reaches none.
    The header names the axes with it (a time-major (T, N, F) input compiled with the batch on
    axis 0 varies its sequence length, not its batch)."""
    rank = len(graph.type(nid).shape)
    stack, seen = [(nid, list(range(rank)))], set()
    while stack:
        v, amap = stack.pop()
        for u in graph.users(v):
            op = graph.op(u)
            if op in SEQUENCE_OPS and graph.inputs(u)[0] == v:
                return {amap[0]: "time", amap[1]: "batch"}
            if u in seen:
                continue
            seen.add(u)
            if op == "transpose":
                perm = graph.node(u)["attrs"]["perm"]
                stack.append((u, [amap[p] for p in perm]))
            elif _keeps_axes(graph, v, u):
                stack.append((u, amap))
    return {}
