"""Movement ops: reshape, broadcast_to, transpose, concat, slice, pad, flip.

Shapes in attrs may hold the batch symbol "N"; the batch axis can be moved or kept but never
merged with another axis or cut (its extent is only known at run time).
"""

from __future__ import annotations

import numpy as np

from ..errors import ShapeError, TraceError, where
from ..ir.types import BATCH, TensorType, broadcast_shapes, show_shape
from ._util import same_dtype
from .registry import defop


def _split(shape):
    n = sum(1 for d in shape if d == BATCH)
    prod = 1
    for d in shape:
        if d != BATCH:
            prod *= int(d)
    return n, prod


def _reshape_infer(types, attrs, src):
    t = types[0]
    shape = tuple(attrs["shape"])
    if any(isinstance(d, int) and d < 0 for d in shape):
        raise ShapeError(f"{where(src)}reshape: negative extent in {show_shape(shape)}")
    if _split(shape) != _split(t.shape):
        raise ShapeError(f"{where(src)}cannot reshape {show_shape(t.shape)} into "
                         f"{show_shape(shape)} (element counts differ, or the batch axis N "
                         "would be merged with another axis)")
    return TensorType(shape, t.dtype)


defop("reshape", kind="shape", infer=_reshape_infer, arity=1,
      ref=lambda x, shape: x.reshape(shape),
      vjp=lambda b, x, y, ct, shape: [b.emit("reshape", ct, shape=tuple(x[0].shape))])


def _bcast_infer(types, attrs, src):
    t = types[0]
    shape = tuple(attrs["shape"])
    if broadcast_shapes(t.shape, shape, src) != shape:
        raise ShapeError(f"{where(src)}cannot broadcast {show_shape(t.shape)} to "
                         f"{show_shape(shape)}")
    return TensorType(shape, t.dtype)


def _bcast_vjp(b, x, y, ct, shape):
    from ._util import unbroadcast

    return [unbroadcast(b, ct, x[0].shape)]


defop("broadcast_to", kind="shape", infer=_bcast_infer, arity=1, vjp=_bcast_vjp,
      ref=lambda x, shape: np.broadcast_to(x, shape))


def _transpose_infer(types, attrs, src):
    t = types[0]
    perm = tuple(attrs["perm"])
    if sorted(perm) != list(range(t.rank)):
        raise ShapeError(f"{where(src)}transpose: {perm} is not a permutation of "
                         f"{t.rank} axes")
    return TensorType(tuple(t.shape[p] for p in perm), t.dtype)


def _transpose_vjp(b, x, y, ct, perm):
    inv = tuple(int(i) for i in np.argsort(perm))
    return [b.emit("transpose", ct, perm=inv)]


defop("transpose", kind="shape", infer=_transpose_infer, arity=1, vjp=_transpose_vjp,
      ref=lambda x, perm: np.transpose(x, perm))


def _concat_infer(types, attrs, src):
    dt = same_dtype(types, src, "concat")
    axis = attrs["axis"]
    first = types[0].shape
    if not 0 <= axis < len(first):
        raise ShapeError(f"{where(src)}concat: axis {axis} out of range for rank {len(first)}")
    total = 0
    for t in types:
        if t.rank != len(first) or any(a != c for i, (a, c) in enumerate(zip(t.shape, first))
                                       if i != axis):
            raise ShapeError(f"{where(src)}concat along axis {axis}: shapes "
                             f"{', '.join(show_shape(u.shape) for u in types)} do not match")
        if t.shape[axis] == BATCH:
            raise TraceError(f"{where(src)}concat along the batch axis is not supported")
        total += t.shape[axis]
    return TensorType(first[:axis] + (total,) + first[axis + 1:], dt)


def _concat_vjp(b, x, y, ct, axis):
    out, start = [], 0
    for v in x:
        n = v.shape[axis]
        out.append(b.emit("slice", ct, axis=axis, start=start, stop=start + n))
        start += n
    return out


defop("concat", kind="shape", infer=_concat_infer, vjp=_concat_vjp,
      ref=lambda *xs, axis: np.concatenate(xs, axis=axis))


def _slice_infer(types, attrs, src):
    t = types[0]
    axis, start, stop = attrs["axis"], attrs["start"], attrs["stop"]
    if not 0 <= axis < t.rank or t.shape[axis] == BATCH:
        raise TraceError(f"{where(src)}slice: bad axis {axis} for {show_shape(t.shape)}")
    if not 0 <= start <= stop <= t.shape[axis]:
        raise ShapeError(f"{where(src)}slice [{start}:{stop}] out of range for axis {axis} of "
                         f"{show_shape(t.shape)}")
    shape = list(t.shape)
    shape[axis] = stop - start
    return TensorType(tuple(shape), t.dtype)


def _slice_ref(x, axis, start, stop):
    idx = [slice(None)] * x.ndim
    idx[axis] = slice(start, stop)
    return x[tuple(idx)]


def _slice_vjp(b, x, y, ct, axis, start, stop):
    pads = [(0, 0)] * x[0].ndim
    pads[axis] = (start, x[0].shape[axis] - stop)
    return [b.emit("pad", ct, pads=tuple(pads))]


defop("slice", kind="shape", infer=_slice_infer, ref=_slice_ref, vjp=_slice_vjp, arity=1)


def _pad_infer(types, attrs, src):
    t = types[0]
    pads = attrs["pads"]
    if len(pads) != t.rank:
        raise ShapeError(f"{where(src)}pad: expected {t.rank} (low, high) pairs, got {len(pads)}")
    shape = []
    for d, (lo, hi) in zip(t.shape, pads):
        if lo < 0 or hi < 0:
            raise ShapeError(f"{where(src)}pad: negative padding {pads}")
        if d == BATCH and (lo or hi):
            raise TraceError(f"{where(src)}pad: the batch axis cannot be padded")
        shape.append(d if d == BATCH else d + lo + hi)
    return TensorType(tuple(shape), t.dtype)


def _pad_vjp(b, x, y, ct, pads):
    g = ct
    for axis, (lo, hi) in enumerate(pads):
        if lo or hi:
            g = b.emit("slice", g, axis=axis, start=lo, stop=lo + x[0].shape[axis])
    return [g]


defop("pad", kind="shape", infer=_pad_infer, vjp=_pad_vjp, arity=1,
      ref=lambda x, pads: np.pad(x, pads), doc="zero padding, (low, high) per axis")


def _flip_infer(types, attrs, src):
    return types[0]


defop("flip", kind="shape", infer=_flip_infer, arity=1,
      ref=lambda x, axes: np.flip(x, axes).copy(),
      vjp=lambda b, x, y, ct, axes: [b.emit("flip", ct, axes=axes)])
