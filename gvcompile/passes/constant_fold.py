"""fold_constants: op(const, const...) ⇒ const, evaluated with the op's reference.

Declines for symbolic shapes (the batch extent is unknown), for results above 4096 elements
(folding must not bloat the graph), for random ops and for collectives (a value across
processes is not known at compile time)."""

from __future__ import annotations

import numpy as np

from ..ops import OPS

MAX_FOLD = 4096


def fold_constants(graph) -> bool:
    changed = False
    for nid in graph.topo_order():
        d = graph.node(nid)
        op = OPS[d["op"]]
        if op.kind in ("leaf", "random", "collective") or not d["inputs"]:
            continue
        if d["type"].symbolic or any(graph.op(i) != "const" for i in d["inputs"]):
            continue
        size = int(np.prod(d["type"].shape, dtype=np.int64))
        if size > MAX_FOLD:
            continue
        vals = [graph.node(i)["attrs"]["value"] for i in d["inputs"]]
        out = np.asarray(op.ref(*vals, **d["attrs"]), dtype=d["type"].dtype)
        # Turn the node itself into the constant: same id and type, so order stays valid.
        graph.set_inputs(nid, ())
        d["op"] = "const"
        d["attrs"] = {"value": np.asarray(out, order="C")}
        changed = True
    return changed
