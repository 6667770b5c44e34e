"""ScalarOps (codegen/scalar.py) for LLVM: every element-wise body becomes IR instructions.

Comparisons yield ``i1``; they turn into 0.0/1.0 of the float type when used as numbers (the
IR's comparison ops return floats) and are used directly by ``where``. Arithmetic carries
fast-math flags without ``nnan``/``ninf`` (infinities are real values here: max's identity is
-inf): reassociation and contraction let LLVM vectorise reductions and form FMAs.
"""

from __future__ import annotations

from llvmlite import ir

from ..scalar import ScalarOps

FLAGS = ("nsz", "arcp", "contract", "afn", "reassoc")
_LIBM = {"log1p": ("log1pf", "log1p")}


def fn_type(ty):
    return "f32" if isinstance(ty, ir.FloatType) else "f64"


class LLVMScalarOps(ScalarOps):
    def __init__(self, builder: ir.IRBuilder, fty):
        self.b = builder
        self.t = fty

    def _f(self, v):
        if v.type == ir.IntType(1):
            return self.b.uitofp(v, self.t)
        return v

    def _intrinsic(self, name: str, n: int):
        m = self.b.module
        full = f"llvm.{name}.{fn_type(self.t)}"
        fn = m.globals.get(full)
        if fn is None:
            fn = ir.Function(m, ir.FunctionType(self.t, [self.t] * n), full)
        return fn

    def _call(self, name, *args):
        return self.b.call(self._intrinsic(name, len(args)), [self._f(a) for a in args],
                           fastmath=FLAGS)

    def _libm(self, name, *args):
        m = self.b.module
        sym = _LIBM[name][0 if isinstance(self.t, ir.FloatType) else 1]
        fn = m.globals.get(sym)
        if fn is None:
            fn = ir.Function(m, ir.FunctionType(self.t, [self.t] * len(args)), sym)
        return self.b.call(fn, [self._f(a) for a in args])

    def const(self, v):
        return ir.Constant(self.t, float(v))

    def add(self, a, c): return self.b.fadd(self._f(a), self._f(c), flags=FLAGS)  # noqa: E704
    def sub(self, a, c): return self.b.fsub(self._f(a), self._f(c), flags=FLAGS)  # noqa: E704
    def mul(self, a, c): return self.b.fmul(self._f(a), self._f(c), flags=FLAGS)  # noqa: E704
    def div(self, a, c): return self.b.fdiv(self._f(a), self._f(c), flags=FLAGS)  # noqa: E704
    def neg(self, a): return self.b.fneg(self._f(a), flags=FLAGS)  # noqa: E704
    def exp(self, a): return self._call("exp", a)  # noqa: E704
    def log(self, a): return self._call("log", a)  # noqa: E704
    def log1p(self, a): return self._libm("log1p", a)  # noqa: E704
    def sqrt(self, a): return self._call("sqrt", a)  # noqa: E704
    def abs(self, a): return self._call("fabs", a)  # noqa: E704
    def tanh(self, a): return self._call("tanh", a)  # noqa: E704
    def pow(self, a, c): return self._call("pow", a, c)  # noqa: E704
    def floor(self, a): return self._call("floor", a)  # noqa: E704

    def max(self, a, c):
        a, c = self._f(a), self._f(c)
        return self.b.select(self.b.fcmp_ordered(">", a, c), a, c)

    def min(self, a, c):
        a, c = self._f(a), self._f(c)
        return self.b.select(self.b.fcmp_ordered("<", a, c), a, c)

    def _cmp(self, op, a, c, ordered=True):
        f = self.b.fcmp_ordered if ordered else self.b.fcmp_unordered
        return f(op, self._f(a), self._f(c))

    def gt(self, a, c): return self._cmp(">", a, c)  # noqa: E704
    def ge(self, a, c): return self._cmp(">=", a, c)  # noqa: E704
    def lt(self, a, c): return self._cmp("<", a, c)  # noqa: E704
    def le(self, a, c): return self._cmp("<=", a, c)  # noqa: E704
    def eq(self, a, c): return self._cmp("==", a, c)  # noqa: E704
    def ne(self, a, c): return self._cmp("!=", a, c, ordered=False)  # noqa: E704

    def where(self, c, a, d):
        if c.type != ir.IntType(1):
            c = self.b.fcmp_unordered("!=", c, ir.Constant(c.type, 0.0))
        return self.b.select(c, self._f(a), self._f(d))
