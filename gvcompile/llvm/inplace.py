"""Which 'state' outputs of a plan may be computed in place, into their argument's memory.

A training step's new parameters (and BatchNorm's new running statistics) are graph outputs
with role 'state' keyed by the binding of the argument they replace; every caller writes them
back into that argument's array. When the kernel that produces such an output is an
element-wise loop that reads the old value only at the element it writes, and no later kernel
reads the old value, the output buffer can simply BE the argument's array: the write-back then
assigns an array to itself (NumPy skips that) instead of copying every parameter each step.
"""

from __future__ import annotations

from ..plan.extent import Lin, contiguous_strides
from ..plan.kernels import Plan


def _elementwise_in_place(kernel, out_buf: int, arg_buf: int) -> bool:
    """Every load of ``arg_buf`` in ``kernel`` happens in the loop that stores ``out_buf`` at
    exactly the stored element, and no later loop of the kernel reads ``arg_buf``."""
    if kernel.kind != "loop":
        return False
    stored = False
    for lp in kernel.loops:
        sinks = [s for s in lp.sinks if s.access.buf == out_buf]
        loads = [a for a in lp.loads if a.buf == arg_buf]
        if stored and loads:
            return False  # the old value is read after it was overwritten
        if not sinks:
            continue
        if stored or len(sinks) != 1 or sinks[0].mode != "store":
            return False
        acc = sinks[0].access
        if any(s.access.buf == arg_buf for s in lp.sinks):
            return False
        if any((a.offset, a.strides) != (acc.offset, acc.strides) for a in loads):
            return False
        if acc.offset != Lin() or acc.strides != contiguous_strides(lp.domain):
            return False  # only a plain walk over the whole output stores each element once
        stored = True
    return stored


def inplace_outputs(graph, plan: Plan) -> dict[int, int]:
    """{output position: argument position} of the outputs that may alias their argument."""
    by_binding = {}
    for j, nid in enumerate(graph.args):
        bind = graph.node(nid).get("binding")
        if bind is not None:
            try:
                by_binding.setdefault(bind, j)
            except TypeError:  # an unhashable binding: never aliased
                continue
    result: dict[int, int] = {}
    used_args: set[int] = set()
    reads = [k.reads() for k in plan.kernels]  # once: a ResNet step has ~240 state outputs
    writes = [k.writes() for k in plan.kernels]
    for i, (o, ref) in enumerate(zip(graph.outputs, plan.outputs, strict=True)):
        if o.role != "state" or ref.kind != "buf":
            continue
        try:
            j = by_binding.get(o.key)
        except TypeError:
            continue
        if j is None or j in used_args:
            continue
        out_buf, arg_buf = plan.buffers[ref.id], plan.buffers[plan.args[j]]
        if out_buf.kind != "out" or out_buf.dtype != arg_buf.dtype or \
                out_buf.size != arg_buf.size:
            continue
        writers = [k for k, w in zip(plan.kernels, writes) if out_buf.id in w]
        if len(writers) != 1 or not _elementwise_in_place(writers[0], out_buf.id, arg_buf.id):
            continue
        w = writers[0].id
        if any(k.id > w and arg_buf.id in r for k, r in zip(plan.kernels, reads)):
            continue
        if any(k.id != w and arg_buf.id in wr for k, wr in zip(plan.kernels, writes)):
            continue
        result[i] = j
        used_args.add(j)
    return result
