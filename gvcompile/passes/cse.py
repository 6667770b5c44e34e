"""eliminate_common_subexpressions: op(a, b){attrs} computed twice ⇒ computed once.

Declines for graph arguments (two inputs are never the same value) and random ops (two dropout
masks must differ)."""

from __future__ import annotations

import numpy as np

from ..ops import OPS


def attr_key(attrs: dict):
    items = []
    for k in sorted(attrs):
        v = attrs[k]
        if isinstance(v, np.ndarray):
            v = ("ndarray", v.dtype.str, v.shape, v.tobytes())
        elif isinstance(v, float):
            v = ("float", repr(v))
        items.append((k, v))
    return tuple(items)


def eliminate_common_subexpressions(graph) -> bool:
    seen: dict = {}
    changed = False
    for nid in graph.topo_order():
        d = graph.node(nid)
        op = OPS[d["op"]]
        if d["op"] in ("input", "param", "buffer") or op.kind == "random":
            continue
        key = (d["op"], d["inputs"], attr_key(d["attrs"]), d["type"])
        other = seen.get(key)
        if other is None:
            seen[key] = nid
            continue
        graph.replace_uses(nid, other)
        changed = True
    return changed
