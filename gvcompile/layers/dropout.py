"""Dropout layers of the Flux set (API.md §4) and the ``dropout`` function.

Masks come from the counter-based generator of ops/random.py (Philox-4x32-10), keyed by
``gvcompile.manual_seed``; its call counter lives in one process-wide generator state
(``DROPOUT_STREAM.state``), advanced once per forward call of a graph that draws random numbers,
and reset by ``manual_seed``: after ``manual_seed(s)`` the same calls give the same masks.
Within one graph, each dropout draws from its own stream (its position in the graph).
"""

from __future__ import annotations

import numpy as np

from .. import random_state
from ..ops.random import _advance_ref, _uniform_ref
from .base import Layer
from .hooks import handler, is_traced

__all__ = ["Dropout", "AlphaDropout", "dropout"]

SELU_LAMBDA = 1.0507009873554804934193349852946
SELU_ALPHA = 1.6732632423543772848170429916717


class _GeneratorState:
    """Holds the uint32[4] generator state [key0, key1, call_lo, call_hi]; a new
    ``manual_seed`` (random_state.epoch() changes) starts it again at call 0."""

    def __init__(self):
        self._epoch = -1
        self._state = np.zeros(4, np.uint32)

    @property
    def state(self) -> np.ndarray:
        if random_state.epoch() != self._epoch:
            self._epoch = random_state.epoch()
            s = int(random_state.seed()) & (2**64 - 1)
            self._state = np.array([s & 0xFFFFFFFF, s >> 32, 0, 0], np.uint32)
        return self._state


DROPOUT_STREAM = _GeneratorState()


def _check_p(p, cls):
    p = float(p)
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"{cls}: p must be in [0, 1], got {p}")
    return p


class Dropout(Layer):
    """Train mode: each element (or each slice along the axes not in ``dims``) is zeroed with
    probability p, the rest scaled by 1/(1-p); test mode: identity. ``dims`` are the NumPy axes
    along which the mask varies (Flux's "unbroadcasted dimensions"); None: all axes."""

    def __init__(self, p: float, dims=None):
        self.p = _check_p(p, "Dropout")
        if dims is not None:
            dims = (int(dims),) if isinstance(dims, (int, np.integer)) else \
                tuple(int(d) for d in dims)
        self.dims = dims

    def summary_fields(self):
        return {"p": self.p, "dims": self.dims}


class AlphaDropout(Layer):
    """SELU-preserving dropout: dropped elements become α' = -λα, then y = A x̃ + B with
    A = 1/√((1-p)(1+p α'²)), B = -A α' p, keeping mean 0 and variance 1; test mode: identity."""

    def __init__(self, p: float):
        self.p = _check_p(p, "AlphaDropout")

    def summary_fields(self):
        return {"p": self.p}


def mask_shape(shape, dims, src: str = "dropout") -> tuple:
    """The mask's shape: full extent on ``dims`` (all axes when None), 1 elsewhere."""
    if dims is None:
        return tuple(shape)
    rank = len(shape)
    keep = set()
    for d in ((dims,) if isinstance(dims, (int, np.integer)) else dims):
        if not -rank <= int(d) < rank:
            raise ValueError(f"{src}: dims {dims} out of range for rank {rank}")
        keep.add(int(d) % rank)
    return tuple(e if i in keep else 1 for i, e in enumerate(shape))


def dropout(x, p: float, dims=None):
    """Flux's ``dropout(x, p; dims)`` (always active): zero with probability p, scale the rest
    by 1/(1-p). On a traced value inside a GraphContainer forward function the mask joins the
    graph; on an array, one is drawn now from the same generator (stream 0)."""
    p = _check_p(p, "dropout")
    if is_traced(x):
        return handler("trace_dropout")(x, p, dims)
    x = np.asarray(x)
    dt = x.dtype if x.dtype.kind == "f" else np.dtype(np.float64)
    st = DROPOUT_STREAM.state
    u = _uniform_ref(st, mask_shape(x.shape, dims), 0, dt)
    st[...] = _advance_ref(st)
    scale = dt.type(0.0 if p == 1.0 else 1.0 / (1.0 - p))
    return x * ((u >= dt.type(p)).astype(dt) * scale)
