"""Split a joint forward+backward graph into a forward graph that also returns the values the
backward needs ("saved") and a backward graph that takes them as arguments.

Nodes that depend on a seed are backward; forward values they read are saved, except leaves
(params, buffers, constants), which the backward graph reads itself.
"""

from __future__ import annotations

from ..ir.binding import Arg
from ..ir.graph import Graph, Output
from .backward import _descendants


def _ancestors(graph, roots, stop=()) -> set[int]:
    seen, stack = set(roots), [r for r in roots if r not in stop]
    while stack:
        n = stack.pop()
        if n in stop:
            continue
        for i in graph.inputs(n):
            if i not in seen:
                seen.add(i)
                stack.append(i)
    return seen


def _copy_nodes(src: Graph, nodes, dst: Graph, mapping: dict[int, int]) -> None:
    for nid in sorted(nodes):
        if nid in mapping:
            continue
        d = src.node(nid)
        new = dst.add_node(d["op"], [mapping[i] for i in d["inputs"]], d["attrs"], d["type"],
                           d["src"], name=d["name"], binding=d["binding"])
        if d["op"] in ("input", "param", "buffer"):
            dst.args.append(new)
        mapping[nid] = new


def seed_args(graph: Graph) -> list[int]:
    """The seed arguments (binding ``Arg('seed', k)``), found by binding: node ids do not
    survive passes that renumber the graph (fold_channel_affine does)."""
    return [a for a in graph.args if isinstance(graph.node(a)["binding"], Arg)
            and graph.node(a)["binding"].kind == "seed"]


def split_forward_backward(joint: Graph, seeds: list[int] | None = None) -> tuple[Graph, Graph]:
    """``joint.outputs`` with roles output/state belong to the forward, grad/input_grad to the
    backward. Returns (forward, backward); forward's extra outputs have role 'saved'. ``seeds``
    defaults to the joint graph's seed arguments (pass ids only if no pass ran since)."""
    seeds = seed_args(joint) if seeds is None else seeds
    bwd_nodes = _descendants(joint, seeds)
    fwd_outs = [o for o in joint.outputs if o.role in ("output", "state")]
    bwd_outs = [o for o in joint.outputs if o.role not in ("output", "state")]
    saved: list[int] = []
    for n in sorted(bwd_nodes):
        for i in joint.inputs(n):
            if i not in bwd_nodes and joint.op(i) not in ("param", "buffer", "const") \
                    and i not in saved:
                saved.append(i)
    # A gradient that does not depend on a seed (e.g. zero) is computed forward and saved.
    for o in bwd_outs:
        if o.node not in bwd_nodes and joint.op(o.node) not in ("param", "buffer", "const") \
                and o.node not in saved:
            saved.append(o.node)

    fwd = Graph(joint.name + "_fwd")
    fwd.constraints = list(joint.constraints)
    fmap: dict[int, int] = {}
    for a in joint.args:  # keep the calling order of the user inputs and fields
        if a not in bwd_nodes:
            _copy_nodes(joint, [a], fwd, fmap)
    _copy_nodes(joint, _ancestors(joint, [o.node for o in fwd_outs] + saved), fwd, fmap)
    fwd.outputs = [Output(fmap[o.node], o.role, o.key) for o in fwd_outs]
    fwd.outputs += [Output(fmap[s], "saved", k) for k, s in enumerate(saved)]

    bwd = Graph(joint.name + "_bwd")
    bmap: dict[int, int] = {}
    for s in seeds:
        _copy_nodes(joint, [s], bwd, bmap)
    for k, s in enumerate(saved):
        d = joint.node(s)
        bmap[s] = bwd.add_node("input", (), {}, d["type"], d["src"], name=d["name"],
                               binding=Arg("saved", k))
        bwd.args.append(bmap[s])
    need = _ancestors(joint, [o.node for o in bwd_outs], stop=set(bmap))
    leaves = [n for n in need if n not in bmap and n not in bwd_nodes]
    _copy_nodes(joint, leaves, bwd, bmap)
    _copy_nodes(joint, [n for n in need if n in bwd_nodes], bwd, bmap)
    bwd.outputs = [Output(bmap[o.node], o.role, o.key) for o in bwd_outs]
    return fwd, bwd
