"""Graph-level preparation for code generation (backend-neutral):

``expand``: rewrite composite ops into ops the kernel plan fuses well
    softmax(x)     -> e = exp(x - max(x)); e / sum(e)
    log_softmax(x) -> z = x - max(x); z - log(sum(exp(z)))
    reduce_mean(x) -> sum(x) / numel(x)
``inline_set``: the element-wise fusion decision. An element-wise node is computed inside its
consumer's loop (never stored) when it has exactly one user, is not a graph output, and has the
shape of that user's loop domain: an element-wise user (chains fuse into one loop) or a
reduction (producers fuse into the reduction). Multi-use values are materialised once.
Multi-output fusion (build.py ``_join_group``): a materialised element-wise value joins
an earlier element-wise loop of the same domain and dtype as one more sink when that loop
already computes or loads one of its operands and runs after every kernel that writes its
other operands (bias + ReLU + the ReLU mask; momentum + parameter update); a value every
reader of which joined its loop is then never stored (``drop_dead_stores``).
"""

from __future__ import annotations

from ..ir.graph import Graph, Output
from ..ops import OPS
from ..ops.builder import Builder, Value

EXPAND_OPS = ("softmax", "log_softmax", "reduce_mean")
LEAF_SCALARS = ("const", "numel")  # become immediates inside loop bodies


def _softmax(b, x, axes):
    m = b.emit("reduce_max", x, axes=axes, keepdims=True)
    e = b.emit("exp", x - m)
    return e / b.emit("reduce_sum", e, axes=axes, keepdims=True)


def _log_softmax(b, x, axes):
    z = x - b.emit("reduce_max", x, axes=axes, keepdims=True)
    s = b.emit("reduce_sum", b.emit("exp", z), axes=axes, keepdims=True)
    return z - b.emit("log", s)


def _reduce_mean(b, x, axes, keepdims):
    return b.emit("reduce_sum", x, axes=axes, keepdims=keepdims) / b.emit("numel", x, axes=axes)


_EXPANSIONS = {"softmax": _softmax, "log_softmax": _log_softmax, "reduce_mean": _reduce_mean}


def expand(graph: Graph) -> Graph:
    """A new graph with the composite ops of EXPAND_OPS rewritten (same args and outputs)."""
    if not any(graph.op(n) in _EXPANSIONS for n in graph.topo_order()):
        return graph
    new = Graph(graph.name)
    b = Builder(new)
    m: dict[int, int] = {}
    for a in graph.args:
        d = graph.node(a)
        m[a] = new.add_node(d["op"], (), d["attrs"], d["type"], d["src"], d["name"], d["binding"])
        new.args.append(m[a])
    for nid in graph.topo_order():
        if nid in m:
            continue
        d = graph.node(nid)
        ins = [m[i] for i in d["inputs"]]
        fn = _EXPANSIONS.get(d["op"])
        if fn is None:
            m[nid] = new.add_node(d["op"], ins, d["attrs"], d["type"], d["src"], d["name"],
                                  d["binding"])
            continue
        with b.scope(d["src"]):
            out = fn(b, *(Value(b, i) for i in ins), **d["attrs"])
        assert out.type == d["type"], (d["op"], out.type, d["type"])
        m[nid] = out.id
    new.outputs = [Output(m[o.node], o.role, o.key) for o in graph.outputs]
    return new


def pointwise(op: str) -> bool:
    """Ops computed point by point from a scalar body (element-wise and optimizer updates)."""
    return op != "const" and OPS[op].scalar is not None


def _domain(graph: Graph, user: int):
    if pointwise(graph.op(user)):
        return graph.type(user).shape
    if graph.op(user) in ("reduce_sum", "reduce_max"):
        return graph.type(graph.inputs(user)[0]).shape
    return None


def inline_set(graph: Graph) -> set[int]:
    outs = set(graph.output_nodes())
    keep: set[int] = set()
    for nid in graph.topo_order():
        if not pointwise(graph.op(nid)) or nid in outs:
            continue
        users = graph.users(nid)
        if len(users) != 1:
            continue
        dom = _domain(graph, users[0])
        if dom is not None and tuple(dom) == tuple(graph.type(nid).shape):
            keep.add(nid)
    return keep
