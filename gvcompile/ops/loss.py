"""Element-wise ops that the loss graphs (optimization/loss_graphs.py) need beyond
ops/elementwise.py: numerically safe pieces of cross entropies.

  xlogy(x, y)      x * log(y), and exactly 0 where x == 0 (so 0 * log 0 = 0), as PyTorch/Flux
  log_sigmoid(x)   log(1 / (1 + exp(-x))) = min(x, 0) - log(1 + exp(-|x|)): never overflows
"""

from __future__ import annotations

import numpy as np

from ._util import infer_broadcast, require_float, unbroadcast
from .registry import defop


def _xlogy_ref(x, y):
    with np.errstate(divide="ignore", invalid="ignore"):
        prod = x * np.log(y)
    return np.where(x == 0, np.zeros((), prod.dtype), prod)


def _xlogy_vjp(b, xs, out, ct):
    """dx = ct * log(y) and dy = ct * x / y where x != 0; both 0 where x == 0 (PyTorch's
    choice: the x == 0 branch is the constant 0). ``y`` is replaced by 1 there, so the
    unselected branch never makes inf/nan."""
    x, y = xs
    zero = b.const(np.zeros((), x.dtype))
    is0 = b.emit("eq", x, zero)
    safe_y = b.emit("where", is0, b.const(np.ones((), y.dtype)), y)
    dx = b.emit("where", is0, zero, ct * b.emit("log", safe_y))
    dy = b.emit("where", is0, zero, ct * x / safe_y)
    return [unbroadcast(b, dx, x.shape), unbroadcast(b, dy, y.shape)]


def _xlogy_body(s, x, y):
    return s.where(s.eq(x, s.const(0.0)), s.const(0.0), s.mul(x, s.log(y)))


defop("xlogy", kind="elementwise", infer=infer_broadcast("xlogy"), ref=_xlogy_ref, arity=2,
      vjp=_xlogy_vjp, scalar=_xlogy_body, doc=_xlogy_vjp.__doc__)


def _log_sigmoid_infer(types, attrs, src):
    require_float(types[0], src, "log_sigmoid")
    return types[0]


def _log_sigmoid_ref(x):
    return (np.minimum(x, 0) - np.log1p(np.exp(-np.abs(x)))).astype(x.dtype, copy=False)


def _log_sigmoid_vjp(b, xs, out, ct):
    """d log σ(x) = 1 - σ(x) = σ(-x)"""
    return [ct * b.emit("sigmoid", -xs[0])]


def _log_sigmoid_body(s, x):
    # log1p(e) with e = exp(-|x|) in (0, 1]: no overflow, and exact for tiny e (large |x|)
    return s.sub(s.min(x, s.const(0.0)), s.log1p(s.exp(s.neg(s.abs(x)))))


defop("log_sigmoid", kind="elementwise", infer=_log_sigmoid_infer, ref=_log_sigmoid_ref,
      arity=1, vjp=_log_sigmoid_vjp, scalar=_log_sigmoid_body, doc=_log_sigmoid_vjp.__doc__)
