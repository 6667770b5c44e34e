"""Non-blocking collectives: a sum over the processes split into a start and a wait, so that
the communication of one bucket of gradients runs while the backward pass computes the next
(compiled/distributed.py buckets the gradients and schedules the pair):

  allreduce_start(x1, ..., xk){group}   the bucket: x1..xk flattened and concatenated (1-D),
      whose elementwise sum over the processes of ``group`` is started (gvcompile/collectives.py;
      an MPI Iallreduce for a data-parallel step). Only allreduce_wait may read it.
  allreduce_wait(bucket){group}          the bucket once that sum is complete.

``allreduce_wait(allreduce_start(x)) == allreduce_sum(reshape(x, (-1,)))`` element for element
(the same sum over the same processes). The interpreter and groups without a non-blocking sum
complete the sum at the start. Inserted after autodiff (the gradient path), so no VJP."""

from __future__ import annotations

import numpy as np

from ..collectives import allreduce_in_place
from ..errors import DTypeError, ShapeError, where
from ..ir.types import TensorType
from .registry import defop

_NONDIFF = "scheduled after autodiff (the data-parallel gradient path)"


def _float(t, op, src):
    if np.dtype(t.dtype) not in (np.dtype(np.float32), np.dtype(np.float64)):
        raise DTypeError(f"{where(src)}{op} needs float32 or float64, got {t.dtype}")


def _infer_start(types, attrs, src):
    if not types:
        raise ShapeError(f"{where(src)}allreduce_start needs at least one operand")
    total = 0
    for t in types:
        _float(t, "allreduce_start", src)
        if np.dtype(t.dtype) != np.dtype(types[0].dtype):
            raise DTypeError(f"{where(src)}allreduce_start: one bucket holds one dtype, got "
                             f"{types[0].dtype} and {t.dtype}")
        if not all(isinstance(d, int) for d in t.shape):
            raise ShapeError(f"{where(src)}allreduce_start: a bucket needs fixed shapes, got "
                             f"{t.shape}")
        total += int(np.prod(t.shape, dtype=np.int64))
    return TensorType((total,), types[0].dtype)


def _infer_wait(types, attrs, src):
    t = types[0]
    _float(t, "allreduce_wait", src)
    if len(t.shape) != 1:
        raise ShapeError(f"{where(src)}allreduce_wait takes a bucket (1-D), got {t.shape}")
    return t


def _ref_start(*xs, group):
    y = np.concatenate([np.ravel(x) for x in xs]).astype(xs[0].dtype, copy=False)
    y = np.array(y, copy=True, order="C")
    allreduce_in_place(group, y)  # the oracle completes the sum at once
    return y


def _ref_wait(y, group):
    return np.array(y, copy=True)


defop("allreduce_start", kind="collective", infer=_infer_start, ref=_ref_start,
      nondiff=_NONDIFF, arity=None,
      doc="start the sum over a group's processes of a bucket (x1..xk flattened, concatenated)")
defop("allreduce_wait", kind="collective", infer=_infer_wait, ref=_ref_wait, nondiff=_NONDIFF,
      arity=1, doc="the bucket of an allreduce_start once its sum is complete")
