"""The scalar-op protocol: element-wise op bodies (``OpDef.scalar``) are written once against
these methods, and every code generator implements them (LLVM: IR instructions; CUDA: C
expressions). ``NumpyScalarOps`` evaluates a body on whole arrays: tests use it to check each
body against the op's independent ``ref``.

A body receives the ScalarOps object and its operands (backend values) plus the op's attrs:
    scalar=lambda s, x, slope: s.where(s.gt(x, s.const(0.0)), x, s.mul(x, s.const(slope)))
Comparisons return backend booleans consumed by ``where``; ``ne`` and friends likewise.
"""

from __future__ import annotations

import numpy as np

METHODS = ("const", "add", "sub", "mul", "div", "neg", "exp", "log", "log1p", "sqrt", "abs",
           "tanh", "max", "min", "pow", "floor", "gt", "ge", "lt", "le", "eq", "ne", "where")


class ScalarOps:
    """Abstract protocol (documentation of the method set)."""

    def const(self, v: float): raise NotImplementedError  # noqa: E704
    def add(self, a, b): raise NotImplementedError  # noqa: E704
    def sub(self, a, b): raise NotImplementedError  # noqa: E704
    def mul(self, a, b): raise NotImplementedError  # noqa: E704
    def div(self, a, b): raise NotImplementedError  # noqa: E704
    def neg(self, a): raise NotImplementedError  # noqa: E704
    def exp(self, a): raise NotImplementedError  # noqa: E704
    def log(self, a): raise NotImplementedError  # noqa: E704
    def log1p(self, a): raise NotImplementedError  # noqa: E704
    def sqrt(self, a): raise NotImplementedError  # noqa: E704
    def abs(self, a): raise NotImplementedError  # noqa: E704
    def tanh(self, a): raise NotImplementedError  # noqa: E704
    def max(self, a, b): raise NotImplementedError  # noqa: E704
    def min(self, a, b): raise NotImplementedError  # noqa: E704
    def pow(self, a, b): raise NotImplementedError  # noqa: E704
    def floor(self, a): raise NotImplementedError  # noqa: E704
    def gt(self, a, b): raise NotImplementedError  # noqa: E704
    def ge(self, a, b): raise NotImplementedError  # noqa: E704
    def lt(self, a, b): raise NotImplementedError  # noqa: E704
    def le(self, a, b): raise NotImplementedError  # noqa: E704
    def eq(self, a, b): raise NotImplementedError  # noqa: E704
    def ne(self, a, b): raise NotImplementedError  # noqa: E704
    def where(self, c, a, b): raise NotImplementedError  # noqa: E704


class NumpyScalarOps(ScalarOps):
    """Evaluates scalar bodies on arrays of one dtype (comparisons give float 1.0/0.0 so that
    bodies that use a comparison as a number — e.g. sign = gt - lt — work as in the IR)."""

    def __init__(self, dtype):
        self.dt = np.dtype(dtype)

    def const(self, v):
        return self.dt.type(v)

    def _b(self, x):
        return np.asarray(x).astype(self.dt)

    add = staticmethod(np.add)
    sub = staticmethod(np.subtract)
    mul = staticmethod(np.multiply)
    div = staticmethod(np.divide)
    neg = staticmethod(np.negative)
    exp = staticmethod(np.exp)
    log = staticmethod(np.log)
    log1p = staticmethod(np.log1p)
    sqrt = staticmethod(np.sqrt)
    abs = staticmethod(np.abs)
    tanh = staticmethod(np.tanh)
    max = staticmethod(np.maximum)
    min = staticmethod(np.minimum)
    pow = staticmethod(np.power)
    floor = staticmethod(np.floor)

    def gt(self, a, b): return self._b(np.greater(a, b))  # noqa: E704
    def ge(self, a, b): return self._b(np.greater_equal(a, b))  # noqa: E704
    def lt(self, a, b): return self._b(np.less(a, b))  # noqa: E704
    def le(self, a, b): return self._b(np.less_equal(a, b))  # noqa: E704
    def eq(self, a, b): return self._b(np.equal(a, b))  # noqa: E704
    def ne(self, a, b): return self._b(np.not_equal(a, b))  # noqa: E704

    def where(self, c, a, b):
        return np.where(np.asarray(c) != 0, a, b)
