"""Reverse-mode autodiff on the IR: backward is more graph.

``add_backward(graph, seeds, wrt)`` walks the nodes in reverse topological order, calls each
op's VJP rule once (so cost is linear in the graph, however many times values are shared) and
sums cotangents with ``add``. Only nodes that depend on a ``wrt`` node are visited.
"""

from __future__ import annotations

from ..errors import VerifyError, where
from ..ops import OPS
from ..ops.builder import Builder, Value

STATS = {"vjp_calls": 0}  # rule applications, for the linear-time test


def _descendants(graph, roots) -> set[int]:
    seen, stack = set(roots), list(roots)
    while stack:
        n = stack.pop()
        for u in graph.users(n):
            if u not in seen:
                seen.add(u)
                stack.append(u)
    return seen


def add_backward(graph, seeds, wrt: list[int]) -> dict[int, int | None]:
    """Add backward nodes to ``graph``. ``seeds`` maps output node -> seed node (a dict, or
    (output, seed) pairs: an output listed twice sums its seeds); returns ``wrt`` node ->
    cotangent node (None where no gradient flows)."""
    b = Builder(graph)
    needs = _descendants(graph, wrt)
    ct: dict[int, int] = {}
    for out, seed in (seeds.items() if isinstance(seeds, dict) else seeds):
        with b.scope(f"{graph.node(out)['src'] or 'output'} [seed]"):
            ct[out] = _acc(b, ct.get(out), seed)
    for nid in sorted(needs, reverse=True):  # forward nodes only: collected before we add any
        if nid not in ct:
            continue
        node = graph.node(nid)
        opdef = OPS[node["op"]]
        if opdef.kind == "leaf" or opdef.vjp is None:
            continue
        ins = node["inputs"]
        if not any(i in needs for i in ins):
            continue
        src = f"{node['src']} [grad]" if node["src"] else "[grad]"
        with b.scope(src):
            STATS["vjp_calls"] += 1
            cts = opdef.vjp(b, [Value(b, i) for i in ins], Value(b, nid), Value(b, ct[nid]),
                            **node["attrs"])
            if len(cts) != len(ins):
                raise VerifyError(f"{where(src)}vjp of {node['op']} returned {len(cts)} "
                                  f"cotangents for {len(ins)} operands")
            for i, c in zip(ins, cts):
                if c is None or i not in needs:
                    continue
                if c.type != graph.type(i):
                    raise VerifyError(f"{where(src)}vjp of {node['op']}: cotangent {c.type} "
                                      f"does not match operand {graph.type(i)}")
                ct[i] = _acc(b, ct.get(i), c.id)
    return {w: ct.get(w) for w in wrt}


def _acc(b: Builder, old: int | None, new: int) -> int:
    if old is None:
        return new
    return b.emit("add", Value(b, old), Value(b, new)).id
