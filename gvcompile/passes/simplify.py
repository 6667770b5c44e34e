"""simplify_algebra: identities that need no arithmetic, as (pattern, replacement) rules.

    reshape(x){shape = type(x).shape}        ⇒ x
    broadcast_to(x){shape = type(x).shape}   ⇒ x
    transpose(x){perm = identity}            ⇒ x
    mul(x, 1), mul(1, x), div(x, 1)          ⇒ x    (when the result type equals x's type)
    add(x, 0), add(0, x), sub(x, 0)          ⇒ x    (same condition)
    neg(neg(x))                              ⇒ x
"""

from __future__ import annotations

import numpy as np


def _is_const(graph, nid, value) -> bool:
    d = graph.node(nid)
    return d["op"] == "const" and np.all(d["attrs"]["value"] == value)


def _same_type(graph, a, b) -> bool:
    return graph.type(a) == graph.type(b)


def _rule_identity_shape(graph, nid):
    d = graph.node(nid)
    x = d["inputs"][0] if d["inputs"] else None
    if d["op"] in ("reshape", "broadcast_to") and _same_type(graph, x, nid):
        return x
    perm = d["attrs"].get("perm")
    if d["op"] == "transpose" and tuple(perm) == tuple(range(len(perm))):
        return x
    if d["op"] == "neg" and graph.op(x) == "neg":
        return graph.inputs(x)[0]
    return None


def _rule_unit(graph, nid):
    d = graph.node(nid)
    op, ins = d["op"], d["inputs"]
    if op in ("mul", "div", "add", "sub"):
        unit = 1 if op in ("mul", "div") else 0
        a, b = ins
        if _is_const(graph, b, unit) and _same_type(graph, a, nid):
            return a
        if op in ("mul", "add") and _is_const(graph, a, unit) and _same_type(graph, b, nid):
            return b
    return None


RULES = [_rule_identity_shape, _rule_unit]


def simplify_algebra(graph) -> bool:
    changed = False
    for nid in graph.topo_order():
        if nid not in graph:
            continue
        for rule in RULES:
            repl = rule(graph, nid)
            if repl is not None:
                graph.replace_uses(nid, repl)
                changed = True
                break
    return changed
