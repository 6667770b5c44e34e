"""softmax and log_softmax over a set of axes (numerically stable: the max is subtracted)."""

from __future__ import annotations

import numpy as np

from ..ir.types import normalize_axes
from ._util import require_float
from .registry import defop


def _infer(types, attrs, src):
    t = types[0]
    require_float(t, src, "softmax")
    normalize_axes(attrs["axes"], t.rank, src)
    return t


def _softmax_ref(x, axes):
    e = np.exp(x - np.max(x, axis=axes, keepdims=True))
    return (e / np.sum(e, axis=axes, keepdims=True)).astype(x.dtype, copy=False)


def _log_softmax_ref(x, axes):
    z = x - np.max(x, axis=axes, keepdims=True)
    return (z - np.log(np.sum(np.exp(z), axis=axes, keepdims=True))).astype(x.dtype, copy=False)


def _softmax_vjp(b, x, y, ct, axes):
    """dx = y * (ct - sum(ct * y, axes))"""
    s = b.emit("reduce_sum", ct * y, axes=axes, keepdims=True)
    return [y * (ct - s)]


def _log_softmax_vjp(b, x, y, ct, axes):
    """dx = ct - exp(y) * sum(ct, axes)"""
    s = b.emit("reduce_sum", ct, axes=axes, keepdims=True)
    return [ct - b.emit("exp", y) * s]


defop("softmax", kind="norm", infer=_infer, ref=_softmax_ref, vjp=_softmax_vjp, arity=1,
      doc=_softmax_vjp.__doc__)
defop("log_softmax", kind="norm", infer=_infer, ref=_log_softmax_ref, vjp=_log_softmax_vjp,
      arity=1, doc=_log_softmax_vjp.__doc__)
