"""Graph -> CudaModule: one kernel (or a few) per IR node, in topological order.

Ops with a scalar body (element-wise, optimizer updates) are lowered generically; every other
op has a rule in ``OPS[op].lower["cuda"]`` (registered by the *_cuda modules imported below).
Leaves (inputs, parameters, buffers, constants) need no kernel: constants are uploaded once
at build time.
"""

from __future__ import annotations

from ..errors import LoweringError, where
from ..ops import OPS
from . import (  # noqa: F401 (each module registers its lowerings)
    collective_cuda,
    conv_cuda,
    matmul_cuda,
    movement_cuda,
    pool_cuda,
    random_cuda,
    reduce_cuda,
    rnn_cuda,
)
from .context import LowerCtx
from .kernel import CudaModule
from .scalar_cuda import elementwise_kernel

LEAVES = ("input", "param", "buffer", "const")


def has_lowering(op: str) -> bool:
    d = OPS[op]
    return op in LEAVES or "cuda" in d.lower or d.scalar is not None


def lower_node(ctx: LowerCtx, nid: int) -> list:
    op = ctx.graph.op(nid)
    d = OPS[op]
    rule = d.lower.get("cuda")
    if rule is not None:
        out = rule(ctx, nid)
        return out if isinstance(out, list) else [out]
    if d.scalar is not None:  # element-wise ops, optimizer updates: their scalar body
        return [elementwise_kernel(ctx, nid)]
    src = ctx.graph.node(nid)["src"]
    raise LoweringError(f"{where(src)}the CUDA backend has no lowering for op {op!r} "
                        f"(node %{ctx.graph.node(nid)['name']})")


def lower_graph(graph, name: str | None = None) -> CudaModule:
    ctx = LowerCtx(graph)
    kernels = []
    for nid in graph.topo_order():
        if graph.op(nid) in LEAVES:
            continue
        kernels += lower_node(ctx, nid)
    return CudaModule(name or graph.name, kernels)
