"""What every CUDA lowering rule gets: the graph, kernel naming (``gv_k3_relu``) and the
provenance header comment (IR node, source layer, shapes)."""

from __future__ import annotations

from ..ir.printer import format_node
from .kernel import ctype


class LowerCtx:
    def __init__(self, graph):
        self.graph = graph
        self.count = 0

    def kernel_name(self, what: str) -> str:
        name = f"gv_k{self.count}_{what}"
        self.count += 1
        return name

    def header(self, name: str, nid: int, note: str = "") -> str:
        g = self.graph
        lines = [f"// {name}: {format_node(g, nid)}"]
        for i in g.inputs(nid):
            lines.append(f"//   operand %{g.node(i)['name']} : {g.type(i)}")
        if note:
            lines.append(f"//   {note}")
        return "\n".join(lines)

    def type(self, nid: int):
        return self.graph.type(nid)

    def ctype(self, nid: int) -> str:
        return ctype(self.graph.type(nid).dtype)

    def attrs(self, nid: int) -> dict:
        return self.graph.node(nid)["attrs"]

    def inputs(self, nid: int):
        return self.graph.inputs(nid)
