"""Shared pieces of op definitions: type rules and small builders used by VJP rules."""

from __future__ import annotations

import numpy as np

from ..errors import DTypeError, ShapeError, where
from ..ir.types import BATCH, TensorType, broadcast_shapes, show_shape


def same_dtype(types, src, op):
    dt = types[0].dtype
    for t in types[1:]:
        if t.dtype != dt:
            raise DTypeError(f"{where(src)}{op}: operand dtypes differ: "
                             f"{dt.name} and {t.dtype.name}")
    return dt


def infer_same(types, attrs, src):
    return types[0]


def infer_broadcast(op):
    def infer(types, attrs, src):
        dt = same_dtype(types, src, op)
        shape = types[0].shape
        for t in types[1:]:
            shape = broadcast_shapes(shape, t.shape, src)
        return TensorType(shape, dt)

    return infer


def require_float(t: TensorType, src, what: str):
    if t.dtype.kind != "f":
        raise DTypeError(f"{where(src)}{what}: expected a float32 or float64 tensor, "
                         f"got {t.dtype.name}")


def require_rank(t: TensorType, rank: int, src, what: str, layout: str = ""):
    if t.rank != rank:
        lay = f" {layout}" if layout else ""
        raise ShapeError(f"{where(src)}{what}: expected a rank-{rank} input{lay}, "
                         f"got shape {show_shape(t.shape)}")


def unbroadcast(b, ct, shape):
    """Sum ``ct`` down to ``shape`` (the inverse of NumPy broadcasting), as graph nodes."""
    ct_shape = ct.shape
    if tuple(ct_shape) == tuple(shape):
        return ct
    lead = len(ct_shape) - len(shape)
    axes = list(range(lead))
    for i, d in enumerate(shape):
        if d == 1 and ct_shape[lead + i] != 1:
            axes.append(lead + i)
    out = b.emit("reduce_sum", ct, axes=tuple(axes), keepdims=False) if axes else ct
    if tuple(out.shape) != tuple(shape):
        out = b.emit("reshape", out, shape=tuple(shape))
    return out


def scalar_const(b, value, like):
    return b.const(np.asarray(value, dtype=like.dtype))


def has_batch(shape) -> bool:
    return BATCH in shape
