"""The eager loss functions (API.md §5): ``name(prediction, target, ..., reduction_method="mean",
return_derivative=True) -> (loss, d loss / d prediction)`` or the loss alone.

Each call builds the loss graph of loss_graphs.py once per (loss, shapes, dtype, options),
differentiates it with autodiff and runs it with the interpreter: the numbers are exactly those
a compiled training step computes from the same graph. A reduced loss is returned as a Python
float, the element-wise losses (``reduction_method=None``) and the derivative as arrays of the
prediction's dtype. Integer or bool targets (labels, one-hot) are converted to the prediction's
dtype; a float target of another dtype raises DTypeError.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np

from ..autodiff import add_backward
from ..interp import Interpreter
from ..ir.binding import Arg
from ..ir.graph import Graph, Output
from ..ir.types import TensorType
from ..ops.builder import Builder
from .loss_graphs import REDUCTIONS, check_pair, loss_graph, resolve

_CACHE: OrderedDict = OrderedDict()
_CACHE_SIZE = 256


def _freeze(v):
    """A hashable cache key for an option value (arrays by shape, dtype and contents)."""
    if isinstance(v, (np.ndarray, list, tuple)):
        a = np.asarray(v)
        return ("array", a.shape, a.dtype.str, a.tobytes())
    return v


def _build(name, shape, dtype, reduction_method, derivative, options) -> Interpreter:
    g = Graph(name)
    b = Builder(g)
    with b.scope(f"loss ({name})"):
        p = b.arg(Arg("input", 0), TensorType(shape, dtype), "prediction")
        t = b.arg(Arg("input", 1), TensorType(shape, dtype), "target")
        out = loss_graph(name, b, p, t, reduction_method, **options)
        g.outputs = [Output(out.id)]
        if derivative:
            seed = b.const(np.ones(out.shape, dtype))
            ct = add_backward(g, {out.id: seed.id}, [p.id])[p.id]
            if ct is None:  # the loss does not depend on p
                ct = b.const(np.zeros(shape, dtype)).id
            g.outputs.append(Output(ct, "input_grad", 0))
    return Interpreter(g)


def _arrays(name, prediction, target):
    p = np.asarray(prediction)
    if p.dtype.kind in "iub":
        p = p.astype(np.float64)
    t = np.asarray(target)
    if t.dtype.kind in "iub":
        t = t.astype(p.dtype)
    check_pair(name, p.shape, p.dtype, t.shape, t.dtype)
    return p, t


def evaluate(loss, prediction, target, reduction_method="mean", return_derivative=True,
             **options):
    """Run ``loss`` (a name or a loss function) eagerly; see the module doc."""
    d = resolve(loss)
    if reduction_method not in REDUCTIONS:
        raise ValueError(f"{d.name}: reduction_method must be 'mean', 'sum' or None, got "
                         f"{reduction_method!r}")
    p, t = _arrays(d.name, prediction, target)
    key = (d.name, p.shape, p.dtype.str, reduction_method, bool(return_derivative),
           tuple(sorted((k, _freeze(v)) for k, v in options.items())))
    exe = _CACHE.get(key)
    if exe is None:
        exe = _build(d.name, p.shape, p.dtype, reduction_method, return_derivative, options)
        _CACHE[key] = exe
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    outs = exe([p, t])
    value = float(outs[0]) if reduction_method is not None or d.scope == "global" else outs[0]
    return (value, outs[1]) if return_derivative else value


def _loss(fn):
    fn.__gv_loss__ = fn.__name__  # compile_train_step finds the graph through this name
    return fn


@_loss
def mae_loss(prediction, target, reduction_method="mean", return_derivative=True):
    """GradValley: |p - t| (derivative 0 at p == t); "mean" divides by the element count."""
    return evaluate("mae_loss", prediction, target, reduction_method, return_derivative)


@_loss
def mse_loss(prediction, target, reduction_method="mean", return_derivative=True):
    """GradValley: (p - t)^2; "mean" divides by the element count."""
    return evaluate("mse_loss", prediction, target, reduction_method, return_derivative)


@_loss
def bce_loss(prediction, target, epsilon=None, reduction_method="mean", return_derivative=True):
    """GradValley: -t log(p + ε) - (1 - t) log(1 - p + ε), ε = eps(dtype) by default;
    "mean" divides by the element count."""
    return evaluate("bce_loss", prediction, target, reduction_method, return_derivative,
                    epsilon=epsilon)


@_loss
def msle_loss(prediction, target, epsilon=None, reduction_method="mean",
              return_derivative=True):
    """Flux: (log(p + ε) - log(t + ε))^2, ε = eps(dtype) by default; mean over elements."""
    return evaluate("msle_loss", prediction, target, reduction_method, return_derivative,
                    epsilon=epsilon)


@_loss
def huber_loss(prediction, target, delta=1.0, reduction_method="mean", return_derivative=True):
    """Flux: 0.5 e^2 for |e| < δ, else δ(|e| - δ/2), e = p - t; mean over elements."""
    return evaluate("huber_loss", prediction, target, reduction_method, return_derivative,
                    delta=delta)


@_loss
def crossentropy_loss(prediction, target, weight=None, epsilon=0.0, reduction_method="mean",
                      return_derivative=True):
    """Flux: -Σ weight t log(p + ε) with 0 log 0 = 0; ``weight`` is None, a number or one
    value per class (class axis 1); "mean" divides by the batch size."""
    return evaluate("crossentropy_loss", prediction, target, reduction_method,
                    return_derivative, weight=weight, epsilon=epsilon)


@_loss
def logitcrossentropy_loss(prediction, target, weight=None, reduction_method="mean",
                           return_derivative=True):
    """Flux: -Σ weight t log_softmax(p) over the class axis 1 (stable); "mean" divides by the
    batch size."""
    return evaluate("logitcrossentropy_loss", prediction, target, reduction_method,
                    return_derivative, weight=weight)


@_loss
def binarycrossentropy_loss(prediction, target, epsilon=None, reduction_method="mean",
                            return_derivative=True):
    """Flux: -t log(p + ε) - (1 - t) log(1 - p + ε), ε = eps(dtype) by default; mean over
    elements."""
    return evaluate("binarycrossentropy_loss", prediction, target, reduction_method,
                    return_derivative, epsilon=epsilon)


@_loss
def logitbinarycrossentropy_loss(prediction, target, reduction_method="mean",
                                 return_derivative=True):
    """Flux: (1 - t) p - log σ(p) (stable binarycrossentropy(σ(p), t)); mean over elements."""
    return evaluate("logitbinarycrossentropy_loss", prediction, target, reduction_method,
                    return_derivative)


@_loss
def kldivergence_loss(prediction, target, reduction_method="mean", return_derivative=True):
    """Flux: Σ t log t - t log p (0 log 0 = 0); "mean" divides by the batch size."""
    return evaluate("kldivergence_loss", prediction, target, reduction_method,
                    return_derivative)


@_loss
def poisson_loss(prediction, target, reduction_method="mean", return_derivative=True):
    """Flux: Σ p - t log p; "mean" divides by the batch size."""
    return evaluate("poisson_loss", prediction, target, reduction_method, return_derivative)


@_loss
def hinge_loss(prediction, target, reduction_method="mean", return_derivative=True):
    """Flux: Σ max(0, 1 - p t) (targets ±1); "mean" divides by the batch size."""
    return evaluate("hinge_loss", prediction, target, reduction_method, return_derivative)


@_loss
def squared_hinge_loss(prediction, target, reduction_method="mean", return_derivative=True):
    """Flux: Σ max(0, 1 - p t)^2 (targets ±1); "mean" divides by the batch size."""
    return evaluate("squared_hinge_loss", prediction, target, reduction_method,
                    return_derivative)


@_loss
def dice_coeff_loss(prediction, target, smooth=1.0, reduction_method="mean",
                    return_derivative=True):
    """Flux: 1 - (2 Σ p t + s) / (Σ p^2 + Σ t^2 + s); global: every reduction_method gives
    this one scalar."""
    return evaluate("dice_coeff_loss", prediction, target, reduction_method, return_derivative,
                    smooth=smooth)


@_loss
def tversky_loss(prediction, target, beta=0.7, reduction_method="mean", return_derivative=True):
    """Flux: 1 - (Σ t p + 1) / (Σ (t p + β (1 - t) p + (1 - β) t (1 - p)) + 1); global: every
    reduction_method gives this one scalar."""
    return evaluate("tversky_loss", prediction, target, reduction_method, return_derivative,
                    beta=beta)


__all__ = ["mae_loss", "mse_loss", "bce_loss", "msle_loss", "huber_loss", "crossentropy_loss",
           "logitcrossentropy_loss", "binarycrossentropy_loss", "logitbinarycrossentropy_loss",
           "kldivergence_loss", "poisson_loss", "hinge_loss", "squared_hinge_loss",
           "dice_coeff_loss", "tversky_loss"]
