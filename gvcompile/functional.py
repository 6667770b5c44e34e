"""Functions for GraphContainer forward functions (API.md §2, §4) and GradValley's padding
helpers.

Every function works on traced values (``gvcompile.ops.builder.Value``: it emits the op, so it
is differentiable and compiled like any layer) and on plain arrays (it evaluates the same op's
``ref`` from the op table, so the semantics are identical). Axes are NumPy axes; on traced
values axis 0 is usually the batch symbol N, which reshape/flatten keep at axis 0.
"""

from __future__ import annotations

import builtins

import numpy as np

from .errors import ShapeError, where
from .ir.types import BATCH, normalize_axes, show_shape
from .ops import OPS
from .ops.builder import Value

__all__ = ["dropout", "zero_pad_nd", "zero_pad_2d", "exp", "log", "sqrt", "abs", "sum", "mean",
           "max", "reshape", "transpose", "concat", "relu", "sigmoid", "tanh", "leaky_relu",
           "softmax", "log_softmax", "normalise", "flatten"]


def _array(x) -> np.ndarray:
    a = np.asarray(x)
    return a.astype(np.float64) if a.dtype.kind in "iub" else a


def _apply(op: str, x, **attrs):
    """``op(x)`` as a graph node for a traced value, else by the op's reference."""
    if isinstance(x, Value):
        return x.b.emit(op, x, **attrs)
    return OPS[op].ref(_array(x), **attrs)


def _src(x) -> str:
    return where(x.b.src) if isinstance(x, Value) else ""


# ---- element-wise ------------------------------------------------------------------------------
def exp(x):
    return _apply("exp", x)


def log(x):
    return _apply("log", x)


def sqrt(x):
    return _apply("sqrt", x)


def _tensor(x) -> bool:
    return isinstance(x, (Value, np.ndarray, np.generic))


def abs(x):  # noqa: A001  (the API's name)
    """|x|; derivative 0 at 0 (PyTorch). Python numbers go to the builtin."""
    return _apply("abs", x) if _tensor(x) else builtins.abs(x)


def relu(x):
    """max(x, 0); relu'(0) = 0 (PyTorch)."""
    return _apply("relu", x)


def sigmoid(x):
    return _apply("sigmoid", x)


def tanh(x):
    return _apply("tanh", x)


def leaky_relu(x, slope: float = 0.01):
    return _apply("leaky_relu", x, slope=float(slope))


# ---- reductions and softmax ------------------------------------------------------------------
def _ndim(x) -> int:
    return x.ndim if isinstance(x, Value) else np.ndim(x)


def _axes(x, axis):
    return normalize_axes(axis, _ndim(x), x.b.src if isinstance(x, Value) else None)


def sum(x, axis=None, keepdims: bool = False):  # noqa: A001
    """Sum over ``axis`` (all axes by default). ``from gvcompile.functional import *`` shadows
    the builtins, so anything but an array or traced value (a list of values, a generator)
    goes to ``builtins.sum`` (the second argument is then its ``start``)."""
    if not _tensor(x):
        return builtins.sum(x) if axis is None else builtins.sum(x, axis)
    return _apply("reduce_sum", x, axes=_axes(x, axis), keepdims=bool(keepdims))


def mean(x, axis=None, keepdims: bool = False):
    return _apply("reduce_mean", x, axes=_axes(x, axis), keepdims=bool(keepdims))


def max(x, *args, axis=None, keepdims: bool = False):  # noqa: A001
    """Maximum over ``axis`` (``max(x, axis, keepdims)``); ties share the gradient equally
    (PyTorch's amax). Anything but an array or traced value goes to ``builtins.max``, so
    ``max(2, 3)`` and ``max(values)`` keep working after a star import."""
    if not _tensor(x):
        return builtins.max(x, *args)
    if len(args) > 2:
        raise TypeError("max(x, axis=None, keepdims=False) takes at most 3 arguments")
    axis = args[0] if args else axis
    keepdims = args[1] if len(args) > 1 else keepdims
    return _apply("reduce_max", x, axes=_axes(x, axis), keepdims=bool(keepdims))


def softmax(x, axis=1):
    """Numerically stable softmax over ``axis`` (an int or a tuple)."""
    return _apply("softmax", x, axes=_axes(x, axis))


def log_softmax(x, axis=1):
    return _apply("log_softmax", x, axes=_axes(x, axis))


def normalise(x, dims=-1):
    """(x - mean) / std over ``dims`` with the biased std and no ε (Flux's ``normalise``)."""
    d = x - mean(x, dims, keepdims=True)
    return d / sqrt(mean(d * d, dims, keepdims=True))


# ---- movement ----------------------------------------------------------------------------------
def _fill(shape: list, total: int, src: str, orig) -> list:
    """Resolve one -1 in ``shape`` (ints only) against ``total`` elements."""
    if shape.count(-1) > 1:
        raise ShapeError(f"{src}reshape: at most one -1 allowed in {show_shape(orig)}")
    known = int(np.prod([d for d in shape if d != -1]))
    if -1 in shape:
        if known == 0 or total % known:
            raise ShapeError(f"{src}reshape: cannot infer -1 in {show_shape(orig)} for "
                             f"{total} elements")
        shape[shape.index(-1)] = total // known
    elif known != total:
        raise ShapeError(f"{src}reshape: cannot reshape {total} elements into {show_shape(orig)}")
    return shape


def _traced_shape(x: Value, shape) -> tuple:
    """The target shape for a traced value: the batch axis N must stay alone at axis 0; it may
    be given as N (``x.shape[0]``) or as a leading -1."""
    src, orig = _src(x), tuple(shape)
    if BATCH not in x.shape:
        return tuple(_fill(list(orig), int(np.prod(x.shape)), src, orig))
    rest = int(np.prod([d for d in x.shape if d != BATCH]))
    shape = list(orig)
    if BATCH not in shape and shape and shape[0] == -1:
        shape[0] = BATCH
    if shape.count(BATCH) != 1 or shape[0] != BATCH:
        raise ShapeError(f"{src}reshape of {show_shape(x.shape)} into {show_shape(orig)}: the "
                         "batch axis N must stay at axis 0 (give N or -1 there)")
    return (BATCH,) + tuple(_fill(shape[1:], rest, src, orig))


def reshape(x, shape):
    """Reshape (one -1 allowed). On a traced value the batch axis N stays at axis 0."""
    shape = (shape,) if isinstance(shape, (int, np.integer, str)) else tuple(shape)
    shape = tuple(d if isinstance(d, str) else int(d) for d in shape)
    if isinstance(x, Value):
        return x.b.emit("reshape", x, shape=_traced_shape(x, shape))
    a = _array(x)
    return OPS["reshape"].ref(a, shape=tuple(_fill(list(shape), a.size, "", shape)))


def flatten(x):
    """(N, ...) -> (N, prod(...)) (Flux's ``flatten`` in NumPy order)."""
    if _ndim(x) == 0:
        raise ShapeError(f"{_src(x)}flatten needs at least one axis, got a scalar")
    lead = x.shape[0]
    return reshape(x, (lead, -1)) if isinstance(x, Value) else reshape(x, (int(lead), -1))


def transpose(x, axes=None):
    """Permute axes (reverse them when ``axes`` is None), as ``np.transpose``."""
    n = _ndim(x)
    if axes is None:
        perm = tuple(range(n))[::-1]
    else:
        perm = tuple(int(a) for a in axes)
        if len(perm) != n or any(not -n <= a < n for a in perm):
            raise ShapeError(f"{_src(x)}transpose: {perm} is not a permutation of {n} axes")
        perm = tuple(a % n for a in perm)
    return _apply("transpose", x, perm=perm)


def concat(xs, axis: int):
    """Concatenate along ``axis`` (not the batch axis of traced values)."""
    xs = list(xs)
    if not xs:
        raise ValueError("concat needs at least one value")
    traced = [v for v in xs if isinstance(v, Value)]
    n = _ndim(xs[0])
    ax = int(axis) + n if int(axis) < 0 else int(axis)
    if traced:
        b = traced[0].b
        return b.emit("concat", *[b.lift(v, like=traced[0]) for v in xs], axis=ax)
    return OPS["concat"].ref(*[_array(v) for v in xs], axis=ax)


# ---- GradValley's padding helpers ------------------------------------------------------------
def zero_pad_nd(x, padding):
    """Zero padding ``padding[i]`` at both ends of every axis ``i`` (one pad per axis):
    output extent ``d_i + 2 padding[i]``."""
    padding = tuple(int(p) for p in padding)
    n = _ndim(x)
    if len(padding) != n or builtins.min(padding, default=0) < 0:
        raise ShapeError(f"{_src(x)}zero_pad_nd: expected {n} non-negative pads (one per axis), "
                         f"got {padding}")
    return _apply("pad", x, pads=tuple((p, p) for p in padding))


def zero_pad_2d(x, padding):
    """Zero padding of the last two axes (height, width) of an (N, C, H, W) array;
    ``padding`` is an int or (pad_h, pad_w)."""
    ph, pw = (padding, padding) if isinstance(padding, (int, np.integer)) else padding
    n = _ndim(x)
    if n != 4:
        raise ShapeError(f"{_src(x)}zero_pad_2d: expected an (N, C, H, W) input, got rank {n}")
    return zero_pad_nd(x, (0, 0, int(ph), int(pw)))


from .layers.dropout import dropout  # noqa: E402  (written with the dropout layers)
