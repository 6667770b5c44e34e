"""verify(graph): the IR's invariants. Failure names the check and prints the nodes around the
bad one."""

from __future__ import annotations

from ..errors import GVError, VerifyError
from ..ir.printer import format_graph


def _fail(graph, nid, msg, context=None):
    around = {nid} if nid is not None else set()
    text = format_graph(graph, around)
    lines = text.splitlines()
    if nid is not None:
        idx = next((k for k, ln in enumerate(lines) if ln.startswith(">>")), 0)
        lines = lines[max(0, idx - 4): idx + 5]
    pre = f"after pass {context}: " if context else ""
    raise VerifyError(pre + msg + "\n" + "\n".join(lines))


def verify(graph, context: str | None = None) -> None:
    from . import OPS

    nodes = set(graph.g.nodes)
    for nid in graph.topo_order():
        d = graph.node(nid)
        op = OPS.get(d["op"])
        if op is None:
            _fail(graph, nid, f"unknown op {d['op']!r}", context)
        if not d.get("src"):
            _fail(graph, nid, "node has no source (src)", context)
        ins = d["inputs"]
        for i in ins:
            if i not in nodes:
                _fail(graph, nid, f"operand {i} is not in the graph", context)
            if i >= nid:
                _fail(graph, nid, "operand defined after its use (order is not topological)",
                      context)
        if graph.g.in_degree(nid) != len(ins):
            _fail(graph, nid, "edges do not match the operand list", context)
        if op.arity is not None and len(ins) != op.arity:
            _fail(graph, nid, f"{d['op']} takes {op.arity} operands, has {len(ins)}", context)
        if d["op"] in ("input", "param", "buffer"):
            if nid not in graph.args:
                _fail(graph, nid, "argument node is not in graph.args", context)
            continue
        try:
            ty = op.infer([graph.type(i) for i in ins], d["attrs"], d["src"])
        except (GVError, ValueError, KeyError, TypeError) as e:
            _fail(graph, nid, f"type inference failed: {e}", context)
        if ty != d["type"]:
            _fail(graph, nid, f"stored type {d['type']} differs from inferred {ty}", context)
    for a in graph.args:
        if a not in nodes:
            _fail(graph, None, f"argument {a} is not in the graph", context)
    for o in graph.outputs:
        if o.node not in nodes:
            _fail(graph, None, f"output {o} is not in the graph", context)
