"""trace_module: a module and input types -> a forward Graph.

Graph arguments: the user inputs (``Arg('input', i)``) in order, then the parameter and buffer
fields in order of first use. Outputs: the module's output(s) (role 'output') and the new values
of buffers the layers update (role 'state', key = the FieldRef)."""

from __future__ import annotations

from ..errors import TraceError
from ..ir.binding import Arg
from ..ir.graph import Graph, Output
from ..ir.types import TensorType
from ..ops.builder import Builder
from .context import TraceContext


def trace_module(module, in_types: list[TensorType], batch_hint: int | None = None,
                 name: str | None = None) -> Graph:
    graph = Graph(name or type(module).__name__)
    b = Builder(graph, batch_hint=batch_hint)
    with TraceContext(b) as ctx:
        with b.scope(f"model ({type(module).__name__}) input"):
            xs = [b.arg(Arg("input", i), t, f"x{i}" if len(in_types) > 1 else "x")
                  for i, t in enumerate(in_types)]
        out = ctx.call(module, xs, "model")
        outs = list(out) if isinstance(out, (tuple, list)) else [out]
        with b.scope(f"model ({type(module).__name__})"):
            outs = [b.lift(o) for o in outs]
        if not outs:
            raise TraceError("model: the forward function returned nothing")
        graph.outputs = [Output(o.id, "output", k) for k, o in enumerate(outs)]
        seen = set()
        for ref, v in ctx.state_updates:
            if ref in seen:
                raise TraceError(f"{ref.path}: the layer is called twice in one forward pass "
                                 "and would update its running statistics twice")
            seen.add(ref)
            graph.outputs.append(Output(v.id, "state", ref))
    return graph
