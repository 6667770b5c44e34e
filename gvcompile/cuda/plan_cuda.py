"""Kernel plan -> CudaModule: the CUDA backend consumes the backend-neutral plan
(``build_plan(graph, backend="cuda")``) exactly as the CPU does, so it gets the same fusion
(element-wise chains and their reductions in one loop), views instead of copies for movement
ops, convolutions as im2col loops + GEMM, and one arena of ``a*N + b`` bytes for temporaries.

  loop kernels  one ``__global__`` per Loop (loop_cuda.py)
  op 'matmul'   the tiled GEMM on the views the plan gives (also the GEMMs of convolutions)
  other ops     (pooling, recurrences, random, ...) the per-node rules of the *_cuda modules,
                their parameters bound to the plan's views instead of per-node buffers

Kernel parameters bind to ``("buf", buffer id, element offset)`` or ``("N",)``.
"""

from __future__ import annotations

import re

from ..errors import LoweringError
from ..ops import OPS
from ..plan.build import build_plan
from ..plan.extent import Lin
from ..plan.kernels import Plan
from . import lower  # noqa: F401  (registers every CUDA lowering rule)
from .context import LowerCtx
from .kernel import CudaModule, Param
from .loop_cuda import loop_kernel
from .matmul_cuda import matmul_kernel

SEQ_OPS = ("rnn_seq", "lstm_seq", "gru_seq")


class _PrefixCtx(LowerCtx):
    """LowerCtx whose kernel names start with the plan kernel's name."""

    def __init__(self, graph, prefix: str):
        super().__init__(graph)
        self.prefix = prefix

    def kernel_name(self, what: str) -> str:
        name = self.prefix if self.count == 0 else f"{self.prefix}_{self.count}"
        self.count += 1
        return name


def _header(k) -> str:
    return "// " + k.header().replace("\n", "\n// ")


def _view_bind(v) -> tuple:
    return ("buf", v.buf, v.offset)


def _op_kernels(plan: Plan, k) -> list:
    g = plan.graph
    if k.op == "matmul":
        dt = plan.buffers[k.outputs[0].buf].dtype
        kern = matmul_kernel(k.name, _header(k), dt, [v.shape for v in k.inputs], k.attrs,
                             [_view_bind(v) for v in (*k.inputs, k.outputs[0])])
        return [kern]
    if len(k.nids) != 1:
        raise LoweringError(f"{k.name}: op kernel {k.op} computes several nodes")
    nid = k.nids[0]
    rule = OPS[k.op].lower.get("cuda")
    if rule is None:
        raise LoweringError(f"{k.name}: the CUDA backend has no lowering for op {k.op!r}")
    binds = {nid: _view_bind(k.outputs[0])}
    ins = list(g.inputs(nid))
    ctx = _PrefixCtx(g, k.name)
    if k.op in SEQ_OPS and len(k.inputs) == len(ins) - 1:
        ctx.projected = True  # the plan's [gx, states..., w_hh, b]: gx = x W_ih^T precomputed
        ins = ins[:-3] + ins[-2:]
    for i, v in zip(ins, k.inputs, strict=True):
        binds[i] = _view_bind(v)
    out = rule(ctx, nid)
    kernels = out if isinstance(out, list) else [out]
    for kern in kernels:
        kern.params = [Param(p.name, p.ctype, binds[p.bind[1]]) if p.bind[0] == "value" else p
                       for p in kern.params]
        kern.text = re.sub(r"^// ", _header(k) + "\n// ", kern.text, count=1)
    return kernels


def lower_plan(plan: Plan, name: str | None = None) -> CudaModule:
    kernels = []
    for k in plan.kernels:
        if k.kind == "op":
            kernels += _op_kernels(plan, k)
            continue
        for i, lp in enumerate(k.loops):
            kname = k.name if len(k.loops) == 1 else f"{k.name}_l{i}"
            head = _header(k) + (f"\n// loop {i}: {lp.comment}" if lp.comment else "")
            kernels.append(loop_kernel(kname, head, lp, plan.buffers))
    for kern in kernels:
        kern.params = [Param(p.name, p.ctype, (p.bind[0], p.bind[1], Lin()))
                       if p.bind[0] == "buf" and len(p.bind) == 2 else p for p in kern.params]
    return CudaModule(name or plan.name, kernels)


def plan_module(graph, name: str | None = None) -> tuple[Plan, CudaModule]:
    plan = build_plan(graph, backend="cuda")
    return plan, lower_plan(plan, name)
