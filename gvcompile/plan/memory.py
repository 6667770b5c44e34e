"""Memory planning: every temporary buffer gets a 64-byte aligned offset in ONE arena whose
size is ``a*N + b`` bytes. Liveness over the kernel order decides reuse: a block is freed after
the last kernel that reads it and is reused by a later temporary of the same size class. A
kernel's outputs are allocated before its inputs are freed, so they never overlap."""

from __future__ import annotations

from .extent import Lin
from .kernels import Plan

ALIGN = 64


def _round(n: int) -> int:
    return (n + ALIGN - 1) // ALIGN * ALIGN


def block_size(size: Lin, itemsize: int) -> Lin:
    """Bytes of an aligned block holding ``size`` elements (both parts rounded up)."""
    return Lin(_round(size.a * itemsize), _round(size.b * itemsize))


def plan_memory(plan: Plan) -> None:
    temps = {b.id for b in plan.buffers if b.kind == "temp"}
    last: dict[int, int] = {}
    first: dict[int, int] = {}
    for k in plan.kernels:
        for b in k.writes() & temps:
            first.setdefault(b, k.id)
            last[b] = max(last.get(b, k.id), k.id)
        for b in k.reads() & temps:
            last[b] = k.id
    free: dict[Lin, list[Lin]] = {}
    top = Lin()
    for k in plan.kernels:
        for b in sorted(k.writes() & temps):
            buf = plan.buffers[b]
            if first[b] != k.id:
                continue
            size = block_size(buf.size, buf.dtype.itemsize)
            pool = free.get(size)
            if pool:
                buf.offset = pool.pop()
            else:
                buf.offset, top = top, top + size
        for b in sorted((k.reads() | k.writes()) & temps):
            if last[b] == k.id:
                buf = plan.buffers[b]
                free.setdefault(block_size(buf.size, buf.dtype.itemsize), []).append(buf.offset)
    for b in temps:  # never written (cannot happen for planned graphs): give it its own block
        buf = plan.buffers[b]
        if buf.offset is None:
            buf.offset, top = top, top + block_size(buf.size, buf.dtype.itemsize)
    plan.arena = top
