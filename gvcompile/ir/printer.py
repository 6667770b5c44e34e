"""Typed, one-line-per-node text of a Graph, with provenance.

    %7 = conv2d(%x, %w1) {stride=(1, 1), padding=(2, 2)} : f32[N,6,28,28]  # model[0] (Conv)
"""

from __future__ import annotations

import numpy as np


def _fmt_attr(v) -> str:
    if isinstance(v, np.ndarray):
        if v.size <= 4:
            return "array(" + np.array2string(v.ravel(), separator=",") + ")"
        return f"array<{v.dtype.name}{list(v.shape)}>"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def format_node(graph, nid: int) -> str:
    d = graph.node(nid)
    args = ", ".join(f"%{graph.node(i)['name']}" for i in d["inputs"])
    attrs = {k: v for k, v in sorted(d["attrs"].items())}
    attr_s = ""
    if attrs:
        attr_s = " {" + ", ".join(f"{k}={_fmt_attr(v)}" for k, v in attrs.items()) + "}"
    bind = f" <{d['binding']}>" if d.get("binding") is not None else ""
    src = f"  # {d['src']}" if d.get("src") else ""
    return f"%{d['name']} = {d['op']}({args}){attr_s}{bind} : {d['type']}{src}"


def format_graph(graph, around: set[int] | None = None) -> str:
    lines = [f"graph {graph.name} {{"]
    for nid in graph.topo_order():
        mark = ">> " if around and nid in around else "   "
        lines.append(mark + format_node(graph, nid))
    outs = ", ".join(f"%{graph.node(o.node)['name']}:{o.role}" for o in graph.outputs)
    lines.append(f"   return {outs}")
    lines.append("}")
    return "\n".join(lines)
