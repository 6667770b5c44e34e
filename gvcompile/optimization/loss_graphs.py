"""Every loss defined once, as a traced function over ops of the op table (API.md §5).

``loss_graph(loss, b, p, t, reduction_method="mean", **options) -> Value`` adds the loss of
prediction ``p`` and target ``t`` (Values of the Builder ``b``; shapes may hold the batch symbol
N) to the graph. The eager functions of losses.py run these graphs with the interpreter, and a
compiled training step can put the same nodes into its one graph.

Each loss has a *body* giving the element-wise losses (or, for dice and tversky, the global
scalar) and a *scope* saying what "mean" divides by:
  "elements"  the element count (GradValley's losses, msle, huber, the binary cross entropies)
  "samples"   the batch size: axis 0, or 1 for a rank-1 prediction (Julia's ``size(y, 2)``)
  "global"    the body is already the scalar; every reduction_method returns it
``reduction_method=None`` returns the element-wise losses (their derivative is that of "sum").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..errors import DTypeError, ShapeError
from ..ir.types import show_shape
from ..ops.builder import Builder, Value

REDUCTIONS = ("mean", "sum", None)


@dataclass(frozen=True)
class LossDef:
    name: str
    body: Callable  # (b, p, t, **options) -> Value
    scope: str  # "elements" | "samples" | "global"
    defaults: dict


LOSSES: dict[str, LossDef] = {}


def _loss(name: str, scope: str, **defaults):
    def deco(body):
        LOSSES[name] = LossDef(name, body, scope, defaults)
        return body

    return deco


def _eps(p: Value, epsilon):
    return float(np.finfo(p.dtype).eps) if epsilon is None else float(epsilon)


def _class_axis(p: Value) -> int:
    return 1 if p.ndim >= 2 else 0


def _rsum(b: Builder, v: Value, axes=None, keepdims=False) -> Value:
    axes = tuple(range(v.ndim)) if axes is None else axes
    return b.emit("reduce_sum", v, axes=axes, keepdims=keepdims)


# ---- GradValley ---------------------------------------------------------------------------
@_loss("mae_loss", "elements")
def _mae(b, p, t):
    """|p - t| (derivative 0 at p == t, as PyTorch)"""
    return b.emit("abs", p - t)


@_loss("mse_loss", "elements")
def _mse(b, p, t):
    """(p - t)^2"""
    return b.emit("square", p - t)


def _bce_body(b, p, t, epsilon=None):
    """-t log(p + ε) - (1 - t) log(1 - p + ε), with 0 log 0 = 0"""
    eps = _eps(p, epsilon)
    return -b.emit("xlogy", t, p + eps) - b.emit("xlogy", 1.0 - t, (1.0 - p) + eps)


_loss("bce_loss", "elements", epsilon=None)(_bce_body)

# ---- Flux -----------------------------------------------------------------------------------
_loss("binarycrossentropy_loss", "elements", epsilon=None)(_bce_body)


@_loss("msle_loss", "elements", epsilon=None)
def _msle(b, p, t, epsilon=None):
    """(log(p + ε) - log(t + ε))^2"""
    eps = _eps(p, epsilon)
    return b.emit("square", b.emit("log", p + eps) - b.emit("log", t + eps))


@_loss("huber_loss", "elements", delta=1.0)
def _huber(b, p, t, delta=1.0):
    """0.5 e^2 where |e| < δ, else δ (|e| - δ/2), with e = p - t"""
    if float(delta) <= 0:
        raise ValueError(f"huber_loss: delta must be positive, got {delta}")
    e = p - t
    a = b.emit("abs", e)
    small = b.emit("lt", a, b.lift(float(delta), like=a))
    return b.emit("where", small, b.emit("square", e) * 0.5, (a - 0.5 * delta) * float(delta))


def _weighted(b, v: Value, p: Value, weight):
    """``v * weight``: a number, a per-class vector (class axis 1) or a traced Value."""
    if weight is None:
        return v
    if isinstance(weight, Value):
        return v * weight
    w = np.asarray(weight, dtype=p.dtype)
    if w.ndim == 0:
        return v * b.const(w)
    ax = _class_axis(p)
    if w.ndim != 1 or w.shape[0] != p.shape[ax]:
        raise ShapeError(f"weight of shape {show_shape(w.shape)} does not match the "
                         f"{p.shape[ax]} classes (axis {ax}) of {show_shape(p.shape)}")
    return v * b.const(w.reshape(w.shape + (1,) * (p.ndim - 1 - ax)))


@_loss("crossentropy_loss", "samples", weight=None, epsilon=0.0)
def _crossentropy(b, p, t, weight=None, epsilon=0.0):
    """-weight * t log(p + ε) (0 log 0 = 0), summed; "mean" divides by the batch size"""
    eps = float(epsilon)
    return _weighted(b, -b.emit("xlogy", t, p + eps if eps else p), p, weight)


@_loss("logitcrossentropy_loss", "samples", weight=None)
def _logitcrossentropy(b, p, t, weight=None):
    """-weight * t log_softmax(p) over the class axis (1; 0 for a rank-1 prediction)"""
    return _weighted(b, -(t * b.emit("log_softmax", p, axes=(_class_axis(p),))), p, weight)


@_loss("logitbinarycrossentropy_loss", "elements")
def _logitbinarycrossentropy(b, p, t):
    """(1 - t) p - log σ(p)  (= binarycrossentropy(σ(p), t) without overflow)"""
    return (1.0 - t) * p - b.emit("log_sigmoid", p)


@_loss("kldivergence_loss", "samples")
def _kldivergence(b, p, t):
    """t log t - t log p (0 log 0 = 0): entropy plus cross entropy"""
    return b.emit("xlogy", t, t) - b.emit("xlogy", t, p)


@_loss("poisson_loss", "samples")
def _poisson(b, p, t):
    """p - t log p"""
    return p - b.emit("xlogy", t, p)


@_loss("hinge_loss", "samples")
def _hinge(b, p, t):
    """max(0, 1 - p t)"""
    return b.emit("relu", 1.0 - p * t)


@_loss("squared_hinge_loss", "samples")
def _squared_hinge(b, p, t):
    """max(0, 1 - p t)^2"""
    return b.emit("square", b.emit("relu", 1.0 - p * t))


@_loss("dice_coeff_loss", "global", smooth=1.0)
def _dice(b, p, t, smooth=1.0):
    """1 - (2 Σ t p + s) / (Σ t^2 + Σ p^2 + s)"""
    s = float(smooth)
    num = _rsum(b, t * p) * 2.0 + s
    den = _rsum(b, b.emit("square", t)) + _rsum(b, b.emit("square", p)) + s
    return 1.0 - num / den


@_loss("tversky_loss", "global", beta=0.7)
def _tversky(b, p, t, beta=0.7):
    """1 - (Σ t p + 1) / (Σ (t p + β (1 - t) p + (1 - β) t (1 - p)) + 1)"""
    beta = float(beta)
    num = _rsum(b, t * p) + 1.0
    den = _rsum(b, t * p + beta * ((1.0 - t) * p) + (1.0 - beta) * (t * (1.0 - p))) + 1.0
    return 1.0 - num / den


# ---- reduction and the entry point ---------------------------------------------------------
def _label_hint(name: str, p_shape, t_shape) -> str:
    """Class labels (one per sample) given to a loss that wants one-hot targets: say so."""
    p_shape, t_shape = tuple(p_shape), tuple(t_shape)
    labels = len(t_shape) == 1 or (len(t_shape) == 2 and t_shape[1] == 1)  # (N,) or (N, 1)
    if "crossentropy" not in name or "binary" in name or len(p_shape) != 2 or not labels:
        return ""
    return (f"; the target looks like class labels (one per sample): {name} wants one-hot "
            f"targets of the prediction's shape, e.g. np.eye({p_shape[1]}, "
            f"dtype=np.float32)[labels]")


def check_pair(name: str, p_shape, p_dtype, t_shape, t_dtype) -> None:
    if tuple(p_shape) != tuple(t_shape):
        raise ShapeError(f"{name}: prediction shape {show_shape(p_shape)} and target shape "
                         f"{show_shape(t_shape)} differ{_label_hint(name, p_shape, t_shape)}")
    if np.dtype(p_dtype) != np.dtype(t_dtype):
        raise DTypeError(f"{name}: prediction dtype {np.dtype(p_dtype).name} and target dtype "
                         f"{np.dtype(t_dtype).name} differ")
    if np.dtype(p_dtype).kind != "f":
        raise DTypeError(f"{name}: expected float32 or float64 tensors, got "
                         f"{np.dtype(p_dtype).name}")


def _reduce(b: Builder, d: LossDef, p: Value, v: Value, reduction_method):
    if d.scope == "global" or reduction_method is None:
        return v
    total = _rsum(b, v)
    if reduction_method == "sum":
        return total
    if d.scope == "elements":
        return b.emit("reduce_mean", v, axes=tuple(range(v.ndim)), keepdims=False)
    if p.ndim < 2:  # a rank-1 prediction is one sample (Julia: size(y, 2) == 1)
        return total
    return total / b.emit("numel", p, axes=(0,))


def resolve(loss) -> LossDef:
    """A loss name, or one of the eager loss functions, -> its LossDef."""
    name = getattr(loss, "__gv_loss__", loss)
    d = LOSSES.get(name) if isinstance(name, str) else None
    if d is None:
        raise ValueError(f"unknown loss {loss!r}; expected one of {sorted(LOSSES)}")
    return d


def loss_graph(loss, b: Builder, p: Value, t: Value, reduction_method="mean",
               **options) -> Value:
    """Add ``loss(p, t)`` to the graph of ``b`` and return its value (see the module doc)."""
    d = resolve(loss)
    if reduction_method not in REDUCTIONS:
        raise ValueError(f"{d.name}: reduction_method must be 'mean', 'sum' or None, got "
                         f"{reduction_method!r}")
    unknown = set(options) - set(d.defaults)
    if unknown:
        raise TypeError(f"{d.name}: unexpected options {sorted(unknown)}; it takes "
                        f"{sorted(d.defaults) or 'none'}")
    check_pair(d.name, p.shape, p.dtype, t.shape, t.dtype)
    with b.scope(b.src or f"loss ({d.name})"):
        v = d.body(b, p, t, **{**d.defaults, **options})
        return _reduce(b, d, p, v, reduction_method)
