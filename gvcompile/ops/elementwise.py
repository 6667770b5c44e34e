"""Element-wise ops: NumPy broadcasting, one output of the operands' dtype.

Comparisons return 1.0/0.0 in the operands' float dtype (no bool tensors in the IR), and
``where(c, a, b)`` selects ``a`` where ``c != 0``: one dtype everywhere keeps codegen simple.
Each op's ``scalar`` body is written once against plan.scalar_protocol.ScalarOps.
"""

from __future__ import annotations

import numpy as np

from ._util import infer_broadcast, infer_same, require_float, unbroadcast
from .registry import defop


def _unary(name, ref, vjp, scalar, doc="", nondiff=None):
    def infer(types, attrs, src):
        require_float(types[0], src, name)
        return types[0]

    return defop(name, kind="elementwise", infer=infer, ref=ref, vjp=vjp, scalar=scalar,
                 arity=1, doc=doc, nondiff=nondiff)


def _binary(name, ref, vjp, scalar, doc="", nondiff=None):
    return defop(name, kind="elementwise", infer=infer_broadcast(name), ref=ref, vjp=vjp,
                 scalar=scalar, arity=2, doc=doc, nondiff=nondiff)


def _zero_like(b, x):
    return b.const(np.zeros((), x.dtype))


def _half(b, x):
    return b.const(np.asarray(0.5, x.dtype))


# ---- unary ----------------------------------------------------------------------------------
_unary("neg", np.negative, lambda b, x, y, ct: [-ct], lambda s, x: s.neg(x))
_unary("exp", np.exp, lambda b, x, y, ct: [ct * y], lambda s, x: s.exp(x))
_unary("log", np.log, lambda b, x, y, ct: [ct / x[0]], lambda s, x: s.log(x))
_unary("sqrt", np.sqrt, lambda b, x, y, ct: [ct * _half(b, y) / y], lambda s, x: s.sqrt(x),
       doc="d sqrt(x) = ct / (2 sqrt(x))")
_unary("rsqrt", lambda x: 1.0 / np.sqrt(x),
       lambda b, x, y, ct: [ct * (-_half(b, y)) * y * y * y],
       lambda s, x: s.div(s.const(1.0), s.sqrt(x)), doc="d x^-1/2 = -1/2 x^-3/2")
_unary("abs", np.abs, lambda b, x, y, ct: [ct * b.emit("sign", x[0])], lambda s, x: s.abs(x),
       doc="abs'(0) = 0 (sign), as PyTorch")
_unary("sign", np.sign, None,
       lambda s, x: s.where(s.ne(x, x), x, s.sub(s.gt(x, s.const(0.0)), s.lt(x, s.const(0.0)))),
       nondiff="piecewise constant: zero derivative almost everywhere; sign(nan) = nan")
_unary("square", np.square, lambda b, x, y, ct: [ct * x[0] * 2.0], lambda s, x: s.mul(x, x))
_unary("reciprocal", np.reciprocal, lambda b, x, y, ct: [-(ct * y * y)],
       lambda s, x: s.div(s.const(1.0), x))
_unary("relu", lambda x: np.maximum(x, 0).astype(x.dtype, copy=False),
       lambda b, x, y, ct: [b.emit("where", b.emit("gt", x[0], _zero_like(b, x[0])), ct,
                                   _zero_like(b, ct))],
       lambda s, x: s.max(x, s.const(0.0)), doc="relu'(0) = 0, as PyTorch")


def _sigmoid_ref(x):
    # exp of a non-positive argument only: no overflow for large |x|.
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e)).astype(x.dtype, copy=False)


def _sigmoid_scalar(s, x):
    e = s.exp(s.neg(s.abs(x)))
    one = s.const(1.0)
    return s.where(s.ge(x, s.const(0.0)), s.div(one, s.add(one, e)), s.div(e, s.add(one, e)))


_unary("sigmoid", _sigmoid_ref, lambda b, x, y, ct: [ct * y * (1.0 - y)], _sigmoid_scalar)
_unary("tanh", np.tanh, lambda b, x, y, ct: [ct * (1.0 - y * y)], lambda s, x: s.tanh(x))


def _leaky_ref(x, slope):
    return np.where(x > 0, x, x * x.dtype.type(slope)).astype(x.dtype, copy=False)


defop("leaky_relu", kind="elementwise", infer=infer_same, ref=_leaky_ref, arity=1,
      vjp=lambda b, x, y, ct, slope: [b.emit("where", b.emit("gt", x[0], _zero_like(b, x[0])),
                                             ct, ct * slope)],
      scalar=lambda s, x, slope: s.where(s.gt(x, s.const(0.0)), x, s.mul(x, s.const(slope))),
      doc="x if x > 0 else slope*x; derivative at 0 is slope, as PyTorch")


def _pow_scalar_ref(x, exponent):
    return np.power(x, x.dtype.type(exponent))


def _pow_scalar_vjp(b, x, y, ct, exponent):
    if exponent == 0.0:
        return [None]
    return [ct * exponent * b.emit("pow_scalar", x[0], exponent=exponent - 1.0)]


def _pow_scalar_body(s, x, exponent):
    if exponent == 2.0:
        return s.mul(x, x)
    if exponent == 3.0:
        return s.mul(s.mul(x, x), x)
    if exponent == 1.0:
        return x
    return s.pow(x, s.const(exponent))


defop("pow_scalar", kind="elementwise", infer=infer_same, ref=_pow_scalar_ref, arity=1,
      vjp=_pow_scalar_vjp, scalar=_pow_scalar_body, doc="x ** p for a constant p")

# ---- binary ---------------------------------------------------------------------------------


def _add_vjp(b, x, y, ct):
    return [unbroadcast(b, ct, x[0].shape), unbroadcast(b, ct, x[1].shape)]


def _sub_vjp(b, x, y, ct):
    return [unbroadcast(b, ct, x[0].shape), unbroadcast(b, -ct, x[1].shape)]


def _mul_vjp(b, x, y, ct):
    return [unbroadcast(b, ct * x[1], x[0].shape), unbroadcast(b, ct * x[0], x[1].shape)]


def _div_vjp(b, x, y, ct):
    q = ct / x[1]
    return [unbroadcast(b, q, x[0].shape), unbroadcast(b, -(q * y), x[1].shape)]


def _pow_vjp(b, x, y, ct):
    a, e = x
    da = ct * e * b.emit("pow", a, e - 1.0)
    de = ct * y * b.emit("log", a)
    return [unbroadcast(b, da, a.shape), unbroadcast(b, de, e.shape)]


def _minmax_vjp(cmp):
    # Ties split the gradient in half, as PyTorch's maximum/minimum.
    def vjp(b, x, y, ct):
        a, c = x
        win = b.emit(cmp, a, c)
        tie = b.emit("eq", a, c)
        wa = win + tie * 0.5
        wc = (1.0 - win) - tie * 0.5
        return [unbroadcast(b, ct * wa, a.shape), unbroadcast(b, ct * wc, c.shape)]

    return vjp


_binary("add", np.add, _add_vjp, lambda s, a, c: s.add(a, c))
_binary("sub", np.subtract, _sub_vjp, lambda s, a, c: s.sub(a, c))
_binary("mul", np.multiply, _mul_vjp, lambda s, a, c: s.mul(a, c))
_binary("div", np.divide, _div_vjp, lambda s, a, c: s.div(a, c))
_binary("pow", np.power, _pow_vjp, lambda s, a, c: s.pow(a, c))
_binary("maximum", np.maximum, _minmax_vjp("gt"), lambda s, a, c: s.max(a, c),
        doc="ties split the gradient in half, as PyTorch")
_binary("minimum", np.minimum, _minmax_vjp("lt"), lambda s, a, c: s.min(a, c),
        doc="ties split the gradient in half, as PyTorch")


def _cmp(name, npf, body):
    def ref(a, c):
        return npf(a, c).astype(np.result_type(a, c))

    _binary(name, ref, None, body, nondiff="comparison: piecewise constant")


_cmp("gt", np.greater, lambda s, a, c: s.gt(a, c))
_cmp("ge", np.greater_equal, lambda s, a, c: s.ge(a, c))
_cmp("lt", np.less, lambda s, a, c: s.lt(a, c))
_cmp("eq", np.equal, lambda s, a, c: s.eq(a, c))


def _where_ref(c, a, b):
    return np.where(c != 0, a, b)


def _where_vjp(b, x, y, ct):
    c, a, d = x
    zero = b.const(np.zeros((), ct.dtype))
    return [None, unbroadcast(b, b.emit("where", c, ct, zero), a.shape),
            unbroadcast(b, b.emit("where", c, zero, ct), d.shape)]


defop("where", kind="elementwise", infer=infer_broadcast("where"), ref=_where_ref, arity=3,
      vjp=_where_vjp, scalar=lambda s, c, a, d: s.where(s.ne(c, s.const(0.0)), a, d),
      doc="a where c != 0 else b")
