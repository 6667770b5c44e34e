"""ScalarOps (plan/scalar_protocol.py) for LLVM: every element-wise body becomes IR instructions.

Comparisons yield ``i1``; they turn into 0.0/1.0 of the float type when used as numbers (the
IR's comparison ops return floats) and are used directly by ``where``.

Element-wise bodies are strict IEEE, rounded exactly as the NumPy oracle rounds them: no
fast-math flags at all (no ``contract``: a*x + b stays two roundings, so compiled dropout is
bit-identical to the interpreter; no ``afn``/``arcp``: ``x ** -0.5`` is ``pow``, not an
approximate reciprocal square root that turns 0 and inf into NaN; no ``nnan``/``ninf``).
``max``/``min`` propagate NaN as ``np.maximum``/``np.minimum`` (``llvm.maximum``), which LLVM
still vectorises, in loops and as reductions. Element-wise loops vectorise without fast-math;
only accumulations (``FLAGS``: reduction sinks, the GEMM's C update) may reassociate and
contract, which is what vectorised reductions need and what the oracle leaves unspecified
(np.sum's pairwise order is not reproduced anyway).
"""

from __future__ import annotations

from llvmlite import ir

from ..plan.scalar_protocol import ScalarOps

FLAGS = ("reassoc", "contract", "nsz")  # accumulations only (sum sinks, GEMM C +=)
ARITH = ()  # element-wise bodies: IEEE
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
        return self.b.call(self._intrinsic(name, len(args)), [self._f(a) for a in args])

    def _libm(self, name, *args):
        m = self.b.module
        sym = _LIBM[name][0 if isinstance(self.t, ir.FloatType) else 1]
        fn = m.globals.get(sym)
        if fn is None:
            fn = ir.Function(m, ir.FunctionType(self.t, [self.t] * len(args)), sym)
        return self.b.call(fn, [self._f(a) for a in args])

    def const(self, v):
        return ir.Constant(self.t, float(v))

    def add(self, a, c): return self.b.fadd(self._f(a), self._f(c), flags=ARITH)  # noqa: E704
    def sub(self, a, c): return self.b.fsub(self._f(a), self._f(c), flags=ARITH)  # noqa: E704
    def mul(self, a, c): return self.b.fmul(self._f(a), self._f(c), flags=ARITH)  # noqa: E704
    def div(self, a, c): return self.b.fdiv(self._f(a), self._f(c), flags=ARITH)  # noqa: E704
    def neg(self, a): return self.b.fneg(self._f(a), flags=ARITH)  # noqa: E704
    def exp(self, a): return self._call("exp", a)  # noqa: E704
    def log(self, a): return self._call("log", a)  # noqa: E704
    def log1p(self, a): return self._libm("log1p", a)  # noqa: E704
    def sqrt(self, a): return self._call("sqrt", a)  # noqa: E704
    def abs(self, a): return self._call("fabs", a)  # noqa: E704
    def tanh(self, a): return self._call("tanh", a)  # noqa: E704
    def floor(self, a): return self._call("floor", a)  # noqa: E704

    def pow(self, a, c):
        """``pow``; the constant exponents +-0.5 (x ** 0.5, rsqrt as a power, their gradients)
        through the vectorisable ``sqrt`` with pow's values at the special points: NumPy's
        power(x, 0.5) is sqrt(x) (sqrt(-0) = -0, sqrt(-inf) = nan); power(x, -0.5) is
        1/sqrt(x + 0) (+inf at -0) and 0 at -inf. Off the special points 1/sqrt is within an
        ulp of pow."""
        e = c.constant if isinstance(c, ir.Constant) else None
        if e == 0.5:
            return self.sqrt(a)
        if e == -0.5:
            a = self._f(a)
            r = self.div(self.const(1.0), self.sqrt(self.add(a, self.const(0.0))))
            return self.b.select(self.eq(a, self.const(-float("inf"))), self.const(0.0), r)
        return self._call("pow", a, c)

    def max(self, a, c):
        """NaN if either operand is NaN (np.maximum); of two zeros, either."""
        return self.b.call(self._intrinsic("maximum", 2), [self._f(a), self._f(c)],
                           fastmath=("nsz",))

    def min(self, a, c):
        """NaN if either operand is NaN (np.minimum); of two zeros, either."""
        return self.b.call(self._intrinsic("minimum", 2), [self._f(a), self._f(c)],
                           fastmath=("nsz",))

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
