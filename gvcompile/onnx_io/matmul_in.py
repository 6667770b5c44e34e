"""ONNX MatMul beyond (..., k) @ (k, m): NumPy's matmul semantics built from our ops. A 1-D
operand gets a unit axis (removed from the result); a B with leading (batch) axes is a
broadcast product summed over k, (..., n, k, 1) * (..., 1, k, m) -> (..., n, m), which is
exact math in another summation order than a GEMM and holds n*k*m products (fine for the
attention-sized products exported graphs carry, not a fast path)."""

from __future__ import annotations

import numpy as np

from .. import functional as F
from ..ops.builder import Value


def check(ctx, sa: tuple, sb: tuple) -> None:
    """Refuse at import what the step below cannot trace: a dynamic extent that a reshape
    would move off axis 0."""
    if len(sa) == 1 and sa[0] is None or len(sb) == 1 and sb[0] is None:
        ctx.fail(f"shapes {sa} @ {sb}: a 1-D operand with a dynamic extent is not supported")
    if len(sb) > 2 and None in sb[:-2] and len(sa) < len(sb) or None in sb[-2:] or \
            len(sa) >= 2 and None in sa[-1:]:
        ctx.fail(f"shapes {sa} @ {sb}: a dynamic extent off the leading axis is not "
                 "supported")


def matmul(a, b):
    if not isinstance(a, Value) and not isinstance(b, Value):
        return np.matmul(a, b)
    bld = (a if isinstance(a, Value) else b).b
    like = a if isinstance(a, Value) else b
    a, b = bld.lift(a, like=like), bld.lift(b, like=like)
    drop_n, drop_m = a.ndim == 1, b.ndim == 1
    if drop_n:
        a = F.reshape(a, (1,) + tuple(a.shape))
    if drop_m:
        b = F.reshape(b, tuple(b.shape) + (1,))
    if b.ndim == 2:
        y = a @ b
    else:
        r = max(a.ndim, b.ndim)
        a = F.reshape(a, (1,) * (r - a.ndim) + tuple(a.shape) + (1,))
        b = F.reshape(b, (1,) * (r - b.ndim) + tuple(b.shape[:-2]) + (1,) + tuple(b.shape[-2:]))
        y = F.sum(a * b, axis=r - 1)
    shape = tuple(y.shape)
    if drop_m:
        shape = shape[:-1]
    if drop_n:
        shape = shape[:-2] + shape[-1:] if not drop_m else shape[:-1]
    return F.reshape(y, shape) if shape != tuple(y.shape) else y
