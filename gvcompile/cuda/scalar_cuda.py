"""ScalarOps as C: element-wise op bodies (``OPS[op].scalar``) become CUDA C statements, one
``const T vK = ...;`` per step (readable, no duplicated subexpressions), float or double
variants of the math functions (``expf`` vs ``exp``). And the element-wise kernel: a
grid-stride loop over the output with NumPy broadcasting done by index arithmetic.
"""

from __future__ import annotations

import math

import numpy as np

from ..plan.scalar_protocol import ScalarOps
from .kernel import (
    N_PARAM,
    Kernel,
    broadcast_offset,
    c_lin,
    flat_config,
    grid_stride,
    ptr,
    signature,
    unravel,
)
from .kernel import size_of as numel_of


def c_literal(v: float, dtype) -> str:
    dt = np.dtype(dtype)
    v = float(dt.type(v))
    f = dt == np.float32
    if math.isnan(v):
        return "GV_NAN_F" if f else "GV_NAN_D"
    if math.isinf(v):
        inf = "GV_INF_F" if f else "GV_INF_D"
        return inf if v > 0 else f"(-{inf})"
    s = repr(v) + ("f" if f else "")
    return f"({s})" if v < 0 or s.startswith("-") else s


class CudaScalarOps(ScalarOps):
    """Emits statements into ``self.lines``; values are C identifiers or literals."""

    def __init__(self, dtype, prefix: str = "v"):
        self.dtype = np.dtype(dtype)
        self.t = {"float32": "float", "float64": "double"}[self.dtype.name]
        self.suffix = "f" if self.t == "float" else ""
        self.prefix, self.k, self.lines = prefix, 0, []

    def _let(self, expr: str) -> str:
        name = f"{self.prefix}{self.k}"
        self.k += 1
        self.lines.append(f"const {self.t} {name} = {expr};")
        return name

    def _fn(self, name: str, *args) -> str:
        return self._let(f"{name}{self.suffix}({', '.join(args)})")

    def const(self, v):
        return c_literal(v, self.dtype)

    def add(self, a, b): return self._let(f"{a} + {b}")  # noqa: E704
    def sub(self, a, b): return self._let(f"{a} - {b}")  # noqa: E704
    def mul(self, a, b): return self._let(f"{a} * {b}")  # noqa: E704
    def div(self, a, b): return self._let(f"{a} / {b}")  # noqa: E704
    def neg(self, a): return self._let(f"-{a}")  # noqa: E704
    def exp(self, a): return self._fn("exp", a)  # noqa: E704
    def log(self, a): return self._fn("log", a)  # noqa: E704
    def log1p(self, a): return self._fn("log1p", a)  # noqa: E704
    def sqrt(self, a): return self._fn("sqrt", a)  # noqa: E704
    def tanh(self, a): return self._fn("tanh", a)  # noqa: E704
    def floor(self, a): return self._fn("floor", a)  # noqa: E704
    def pow(self, a, b): return self._fn("pow", a, b)  # noqa: E704
    def abs(self, a): return self._let(f"fabs{self.suffix}({a})")  # noqa: E704
    def max(self, a, b): return self._let(f"gv_max({a}, {b})")  # noqa: E704
    def min(self, a, b): return self._let(f"gv_min({a}, {b})")  # noqa: E704

    def _cmp(self, a, b, op):
        return self._let(f"({self.t})({a} {op} {b})")

    def gt(self, a, b): return self._cmp(a, b, ">")  # noqa: E704
    def ge(self, a, b): return self._cmp(a, b, ">=")  # noqa: E704
    def lt(self, a, b): return self._cmp(a, b, "<")  # noqa: E704
    def le(self, a, b): return self._cmp(a, b, "<=")  # noqa: E704
    def eq(self, a, b): return self._cmp(a, b, "==")  # noqa: E704
    def ne(self, a, b): return self._cmp(a, b, "!=")  # noqa: E704

    def where(self, c, a, b):
        return self._let(f"({c} != ({self.t})0) ? {a} : {b}")


def indent(lines, n: int = 4) -> str:
    return "\n".join(" " * n + ln for ln in lines)


def pointwise_kernel(ctx, nid, what: str, operands: list[int], value_fn, note: str = ""):
    """A grid-stride kernel writing every element of node ``nid``. ``value_fn(idx, flat)``
    gets the output index variables (i0, i1, ...) and the flat index name, returns
    (C lines, value expression)."""
    g = ctx.graph
    out_t = g.type(nid)
    t = ctx.ctype(nid)
    name = ctx.kernel_name(what)
    params = [ptr(k, i, ctx.ctype(i)) for k, i in enumerate(operands)]
    params += [ptr(0, nid, t, out=True, name="y"), N_PARAM]
    total = numel_of(out_t.shape)
    idx_lines, idx = unravel("gi", out_t.shape)
    body_lines, value = value_fn(idx, "gi")
    text = (f"{ctx.header(name, nid, note)}\nGV_KERNEL void {name}({signature(params)}) {{\n"
            f"  {grid_stride(c_lin(total))} {{\n{indent(idx_lines + body_lines)}\n"
            f"    y[gi] = {value};\n  }}\n}}\n")
    return Kernel(name, params, text, flat_config(total), nodes=[nid])


def elementwise_kernel(ctx, nid):
    """out[i] = body(x0[b0(i)], x1[b1(i)], ...) with NumPy broadcasting offsets b_k."""
    from ..ops import OPS

    g = ctx.graph
    node = g.node(nid)
    out_t = g.type(nid)
    operands = list(g.inputs(nid))
    s = CudaScalarOps(out_t.dtype)

    def value(idx, flat):
        loads = []
        for k, i in enumerate(operands):
            off = broadcast_offset(g.type(i).shape, out_t.shape, idx)
            loads.append(f"const {ctx.ctype(i)} a{k} = x{k}[{flat if off is None else off}];")
        res = OPS[node["op"]].scalar(s, *[f"a{k}" for k in range(len(operands))],
                                     **node["attrs"])
        return loads + s.lines, res

    return pointwise_kernel(ctx, nid, node["op"], operands, value)
