"""fold_channel_affine: a per-channel scale and shift right after a conv2d or an Fc matmul
folds into its weights and bias (BatchNorm in test mode traces to exactly this):

    add(mul(conv2d(x, w) [+ reshape(b)], reshape(s)), reshape(t))
        ⇒ conv2d(x, w * reshape(s, (C, 1, 1, 1))) + reshape(b * s + t)
    add(mul(matmul(x, w){trans_b} [+ b], reshape(s)), reshape(t))
        ⇒ matmul(x, w * reshape(s, (C, 1))){trans_b} + (b * s + t)

s, t (and b) are (C,) vectors; the new weights are computed in the graph from the parameters
(C·fan_in multiplies instead of two passes over the activations). Declines when an
intermediate value has another user (e.g. a backward pass reads the conv output: training
graphs keep it), or when s or t is not a per-channel vector.
"""

from __future__ import annotations

from ..ops.builder import Builder, Value


def _vec(graph, nid, c):
    """The (C,) vector behind ``reshape(v, (1, C[, 1, 1]))``, or None."""
    if graph.op(nid) != "reshape":
        return None
    v = graph.inputs(nid)[0]
    return v if tuple(graph.type(v).shape) == (c,) else None


def _sole_user(graph, nid, user) -> bool:
    return graph.users(nid) == [user] and nid not in graph.output_nodes()


def _match(graph, nid):
    """(producer, bias or None, s, t) for ``nid = add(mul(P, reshape(s)), reshape(t))``."""
    if graph.op(nid) != "add":
        return None
    m, rt = graph.inputs(nid)
    ty = graph.type(nid)
    if ty.rank not in (2, 4) or graph.op(m) != "mul" or not _sole_user(graph, m, nid):
        return None
    c = ty.shape[1]
    p, rs = graph.inputs(m)
    s, t = _vec(graph, rs, c), _vec(graph, rt, c)
    if s is None or t is None or graph.type(p) != ty:
        return None
    bias = None
    if graph.op(p) == "add":
        core, rb = graph.inputs(p)
        bias = rb if graph.op(rb) != "reshape" else _vec(graph, rb, c)
        if bias is None or tuple(graph.type(bias).shape) != (c,) or \
                not _sole_user(graph, p, m):
            return None
        p, m = core, p
    if not _sole_user(graph, p, m):
        return None
    if graph.op(p) == "conv2d" and ty.rank == 4:
        return p, bias, s, t
    if graph.op(p) == "matmul" and ty.rank == 2 and graph.node(p)["attrs"].get("trans_b") \
            and not graph.node(p)["attrs"].get("trans_a"):
        return p, bias, s, t
    return None


def fold_channel_affine(graph) -> bool:
    changed = False
    for nid in graph.topo_order():
        if nid not in graph:
            continue
        hit = _match(graph, nid)
        if hit is None:
            continue
        core, bias, s, t = hit
        d = graph.node(core)
        x, w = d["inputs"]
        b = Builder(graph)
        with b.scope(d["src"]):
            sv = Value(b, s)
            wshape = (graph.type(w).shape[0],) + (1,) * (graph.type(w).rank - 1)
            w2 = Value(b, w) * b.emit("reshape", sv, shape=wshape)
            y = b.emit(d["op"], Value(b, x), w2, **d["attrs"])
            shift = Value(b, t) if bias is None else Value(b, bias) * sv + Value(b, t)
            if graph.type(nid).rank == 4:
                shift = b.emit("reshape", shift, shape=(1, graph.type(nid).shape[1], 1, 1))
            out = y + shift
        graph.replace_uses(nid, out.id)
        changed = True
    if changed:
        graph.renumber()
    return changed
