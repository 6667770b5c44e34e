"""Matrix products.

``matmul(a, b, trans_a=False, trans_b=False)``:
  trans_a False: a (..., k), b (k, m) [or (m, k) with trans_b] -> (..., m)
  trans_a True:  a (..., k), b (..., m) with the same leading axes -> (k, m) = sum over the
                 leading axes of a^T b (how weight gradients of Fc and RNN cells are formed)
VJP (trans_a False): da = ct @ b^T, db = a^T ct — more matmuls, no transpose nodes.
"""

from __future__ import annotations

from ..errors import ShapeError, where
from ..ir.types import TensorType, show_shape
from ._util import require_float, same_dtype
from .registry import defop


def _matmul_infer(types, attrs, src):
    a, b = types
    dt = same_dtype(types, src, "matmul")
    require_float(a, src, "matmul")
    ta, tb = attrs.get("trans_a", False), attrs.get("trans_b", False)
    if a.rank < 1 or b.rank < 1:
        raise ShapeError(f"{where(src)}matmul needs tensors of rank >= 1")
    if ta:
        if tb or a.shape[:-1] != b.shape[:-1]:
            raise ShapeError(f"{where(src)}matmul (a^T b): leading axes differ: "
                             f"{show_shape(a.shape)} and {show_shape(b.shape)}")
        return TensorType((a.shape[-1], b.shape[-1]), dt)
    if b.rank != 2:
        raise ShapeError(f"{where(src)}matmul: right operand must be a matrix, "
                         f"got {show_shape(b.shape)}")
    k, m = (b.shape[1], b.shape[0]) if tb else b.shape
    if a.shape[-1] != k:
        rhs = show_shape(b.shape) + (" transposed" if tb else "")
        raise ShapeError(f"{where(src)}matmul: inner extents differ: {show_shape(a.shape)} @ "
                         f"{rhs}")
    return TensorType(a.shape[:-1] + (m,), dt)


def _matmul_ref(a, b, trans_a=False, trans_b=False):
    if trans_a:
        k, m = a.shape[-1], b.shape[-1]
        return a.reshape(-1, k).T @ b.reshape(-1, m)
    return a @ (b.T if trans_b else b)


def _matmul_vjp(b, x, y, ct, trans_a=False, trans_b=False):
    a, w = x
    if trans_a:  # y = a^T w: da = w ct^T, dw = a ct
        return [b.emit("matmul", w, ct, trans_b=True), b.emit("matmul", a, ct)]
    da = b.emit("matmul", ct, w, trans_b=not trans_b)
    if trans_b:  # y = a w^T: dw = ct^T a
        dw = b.emit("matmul", ct, a, trans_a=True)
    else:
        dw = b.emit("matmul", a, ct, trans_a=True)
    return [da, dw]


defop("matmul", kind="linalg", infer=_matmul_infer, ref=_matmul_ref, vjp=_matmul_vjp, arity=2,
      doc=__doc__)
