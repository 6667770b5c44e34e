"""A small helper that builds ``Loop`` bodies of the kernel plan by name (used by the pooling,
recurrent and random plans): ``lb = LoopBody(domain, dtype, comment)``, then
``x = lb.load(view, strides)``, ``lb.op("mul", x, lb.const(2.0))``, ``lb.sink(e, view, strides,
mode)``; ``lb.loop`` is the finished Loop."""

from __future__ import annotations

from .extent import Lin, lin_shape
from .kernels import Access, Loop, Sink
from .view import View


class LoopBody:
    def __init__(self, domain, dtype, comment: str = ""):
        self.loop = Loop(lin_shape(domain), dtype=dtype, comment=comment)

    def _push(self, e) -> int:
        self.loop.exprs.append(e)
        return len(self.loop.exprs) - 1

    def load(self, v: View, strides=None) -> int:
        """``v`` read at every domain point (strides per domain axis; default: v's own)."""
        st = tuple(v.strides if strides is None else strides)
        assert len(st) == len(self.loop.domain), (st, self.loop.domain)
        self.loop.loads.append(Access(v.buf, v.offset, st))
        return self._push(("load", len(self.loop.loads) - 1))

    def const(self, value: float) -> int:
        return self._push(("const", float(value)))

    def op(self, name: str, *args: int, **attrs) -> int:
        return self._push(("op", name, tuple(sorted(attrs.items())), tuple(args)))

    def sink(self, expr: int, v: View, strides=None, mode: str = "store") -> None:
        st = tuple(v.strides if strides is None else strides)
        assert len(st) == len(self.loop.domain), (st, self.loop.domain)
        self.loop.sinks.append(Sink(expr, Access(v.buf, v.offset, st), mode))


def fill(k, dtype, v: View, value: float = 0.0) -> None:
    """Append to kernel ``k`` a loop setting every element of ``v`` to ``value``."""
    lb = LoopBody(v.shape, dtype, f"fill {value}")
    lb.sink(lb.const(value), v)
    k.loops.append(lb.loop)


def copy(k, dtype, src: View, dst: View) -> None:
    """Append to kernel ``k`` a loop copying ``src`` into ``dst`` (same shape)."""
    lb = LoopBody(dst.shape, dtype, f"copy b{src.buf} -> b{dst.buf}")
    lb.sink(lb.load(src), dst)
    k.loops.append(lb.loop)


def temp(pb, nid, shape, what: str, dtype=None) -> View:
    """A new contiguous temporary named after node ``nid``."""
    t = pb.g.type(nid)
    size = Lin(0, 1)
    for d in lin_shape(shape):
        size = size * d
    buf = pb.plan.new_buffer("temp", dtype or t.dtype, size, f"{pb.g.node(nid)['name']}_{what}")
    return View.contiguous(buf.id, shape)


def const_buffer(pb, arr, name: str) -> View:
    """A constant array of the plan as a contiguous view."""
    import numpy as np

    arr = np.ascontiguousarray(arr)
    buf = pb.plan.new_buffer("const", arr.dtype, Lin(0, arr.size), name, len(pb.plan.consts))
    pb.plan.consts.append(arr)
    return View.contiguous(buf.id, arr.shape)
