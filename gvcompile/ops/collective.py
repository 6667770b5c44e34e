"""Collective ops across processes (data-parallel training, gvcompile/compiled/distributed.py):

  allreduce_sum(x){group}   the elementwise sum of x over the processes of ``group``
      (gvcompile/collectives.py); every process gets the same result.

The sum is linear and its result is the same on every process, so its VJP is the allreduce of
the cotangent: gradients through statistics synchronised over the processes (SyncBatchNorm)
come out exact with no rule of their own. Never constant-folded (a compile-time value would
skip the communication)."""

from __future__ import annotations

import numpy as np

from ..collectives import allreduce_in_place
from ..errors import DTypeError, where
from .registry import defop


def _infer(types, attrs, src):
    t = types[0]
    if np.dtype(t.dtype) not in (np.dtype(np.float32), np.dtype(np.float64)):
        raise DTypeError(f"{where(src)}allreduce_sum needs float32 or float64, got {t.dtype}")
    return t


def _ref(x, group):
    y = np.array(x, copy=True, order="C")
    allreduce_in_place(group, y)
    return y


def _vjp(b, x, y, ct, group):
    return [b.emit("allreduce_sum", ct, group=group)]


defop("allreduce_sum", kind="collective", infer=_infer, ref=_ref, vjp=_vjp, arity=1,
      doc="the elementwise sum over the processes of a group (gvcompile/collectives.py)")
