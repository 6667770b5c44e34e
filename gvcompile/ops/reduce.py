"""Reductions over a set of axes (``axes`` normalised, sorted; ``keepdims``)."""

from __future__ import annotations

import numpy as np

from ..ir.types import TensorType, normalize_axes
from ._util import require_float
from .registry import defop


def _reduced_shape(shape, axes, keepdims):
    if keepdims:
        return tuple(1 if i in axes else d for i, d in enumerate(shape))
    return tuple(d for i, d in enumerate(shape) if i not in axes)


def _reduce_infer(name):
    def infer(types, attrs, src):
        t = types[0]
        require_float(t, src, name)
        axes = normalize_axes(attrs["axes"], t.rank, src)
        if tuple(attrs["axes"]) != axes:
            raise ValueError(f"{name}: axes must be normalised (sorted, non-negative): "
                             f"{attrs['axes']}")
        return TensorType(_reduced_shape(t.shape, axes, attrs["keepdims"]), t.dtype)

    return infer


def _expand_back(b, v, x_shape, axes, keepdims):
    """Reshape a reduced value so it broadcasts against the input again."""
    if keepdims or not axes:
        return v
    return b.emit("reshape", v, shape=_reduced_shape(x_shape, axes, True))


def _sum_vjp(b, x, y, ct, axes, keepdims):
    g = _expand_back(b, ct, x[0].shape, axes, keepdims)
    return [b.emit("broadcast_to", g, shape=tuple(x[0].shape))]


def _mean_vjp(b, x, y, ct, axes, keepdims):
    g = _expand_back(b, ct, x[0].shape, axes, keepdims)
    n = b.emit("numel", x[0], axes=axes)
    return [b.emit("broadcast_to", g / n, shape=tuple(x[0].shape))]


def _max_vjp(b, x, y, ct, axes, keepdims):
    # Ties share the gradient equally (as PyTorch's amax).
    ym = _expand_back(b, y, x[0].shape, axes, keepdims)
    mask = b.emit("eq", x[0], ym)
    count = b.emit("reduce_sum", mask, axes=axes, keepdims=True)
    g = _expand_back(b, ct, x[0].shape, axes, keepdims)
    return [mask * (g / count)]


def _ref(npf):
    def ref(x, axes, keepdims):
        return np.asarray(npf(x, axis=axes, keepdims=keepdims), dtype=x.dtype)

    return ref


defop("reduce_sum", kind="reduce", infer=_reduce_infer("reduce_sum"), ref=_ref(np.sum),
      vjp=_sum_vjp, arity=1)
defop("reduce_mean", kind="reduce", infer=_reduce_infer("reduce_mean"), ref=_ref(np.mean),
      vjp=_mean_vjp, arity=1)
defop("reduce_max", kind="reduce", infer=_reduce_infer("reduce_max"), ref=_ref(np.max),
      vjp=_max_vjp, arity=1, doc="ties share the gradient equally, as PyTorch's amax")


def _numel_infer(types, attrs, src):
    return TensorType((), types[0].dtype)


def _numel_ref(x, axes):
    return np.asarray(np.prod([x.shape[a] for a in axes]) if axes else 1, dtype=x.dtype)


defop("numel", kind="reduce", infer=_numel_infer, ref=_numel_ref, arity=1,
      nondiff="depends only on the shape",
      doc="number of elements over ``axes`` (a run-time value when the batch axis is among them)")
