"""Shape computations of exported graphs (PyTorch writes ``x.view(x.size(0), -1)`` as
Shape -> Gather -> Unsqueeze -> Concat -> Reshape, and zero initial states of recurrences as
ConstantOfShape of such a shape). They are folded at import: a node whose inputs are all
constants is evaluated with NumPy, and ``Shape`` of a value is its static shape with the batch
extent as the symbol ``N`` (object arrays), which Reshape and the recurrent operators accept.
Arithmetic on ``N`` is refused. Unsqueeze, Squeeze and Gather on traced values are reshapes
and slices; an Unsqueeze of a recurrent output is kept lazy so that the Squeeze PyTorch writes
right after it cancels it (the batch cannot move off axis 0 in a reshape)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import functional as F
from ..errors import UnsupportedOnnxError
from ..ir.types import BATCH
from ..ops.builder import Value


@dataclass
class BatchFill:
    """ConstantOfShape of a shape holding the batch symbol: only a recurrence's zero initial
    state may use it."""
    shape: tuple
    value: float


@dataclass
class Unsqueezed:
    """``value`` with a unit axis inserted at ``axis``, not yet materialised."""
    value: object
    axis: int
    src: str = "ONNX Unsqueeze"

    def materialise(self):
        v = self.value
        shape = tuple(v.shape[:self.axis]) + (1,) + tuple(v.shape[self.axis:])
        if BATCH in v.shape and shape.index(BATCH) != 0:
            raise UnsupportedOnnxError(f"{self.src}: a unit axis {self.axis} in {v.shape} "
                                       "would put the batch axis N off axis 0, which is not "
                                       "supported (Squeeze it away, as PyTorch exports do)")
        return F.reshape(v, shape)


def _axes_of(ctx, rank_out: int | None = None):
    """Axes from the attribute (opset < 13) or input 1."""
    a = ctx.attrs()
    if "axes" in a:
        axes = list(a["axes"])
    elif ctx.has(1):
        axes = [int(v) for v in ctx.const(1, "axes")]
    else:
        axes = None
    if axes is not None and rank_out is not None:
        axes = sorted(v + rank_out if v < 0 else v for v in axes)
    return axes


# ---- folding (all inputs constant) -------------------------------------------------------------
def _shape(ctx, vals):
    s = ctx.shape(0)
    a = ctx.attrs()
    dims = [BATCH if d is None else int(d) for d in s][a.get("start", 0):a.get("end", len(s))]
    return np.array(dims, dtype=object if BATCH in dims else np.int64)


def _size(ctx, vals):
    s = ctx.shape(0)
    if None in s:
        ctx.fail("Size of a value with a batch axis is not supported")
    return np.asarray(int(np.prod(s)), np.int64)


def _gather(ctx, vals):
    return np.take(vals[0], vals[1], axis=ctx.attrs().get("axis", 0))


def _unsqueeze(ctx, vals):
    x = vals[0]
    out = x
    for ax in _axes_of(ctx, np.ndim(x) + len(_axes_of(ctx))):
        out = np.expand_dims(out, ax)
    return out


def _squeeze(ctx, vals):
    axes = _axes_of(ctx, np.ndim(vals[0]))
    return np.squeeze(vals[0], axis=None if axes is None else tuple(axes))


def _concat(ctx, vals):
    return np.concatenate([np.atleast_1d(v) for v in vals], axis=ctx.attrs()["axis"])


def _slice(ctx, vals):
    x = vals[0]
    starts, ends = vals[1], vals[2]
    axes = vals[3] if len(vals) > 3 and vals[3] is not None else range(len(starts))
    steps = vals[4] if len(vals) > 4 and vals[4] is not None else [1] * len(starts)
    idx = [slice(None)] * np.ndim(x)
    for s, e, a, st in zip(starts, ends, axes, steps):
        idx[int(a)] = slice(int(s), int(e), int(st))
    return x[tuple(idx)]


def _constant_of_shape(ctx, vals):
    from onnx import numpy_helper
    a = ctx.attrs()
    v = numpy_helper.to_array(a["value"]) if "value" in a else np.zeros(1, np.float32)
    shape = tuple(vals[0])
    if BATCH in shape:
        return BatchFill(shape, float(v.reshape(-1)[0]))
    return np.full(shape, v.reshape(-1)[0], v.dtype)


def _cast(ctx, vals):
    from onnx.helper import tensor_dtype_to_np_dtype
    return vals[0].astype(tensor_dtype_to_np_dtype(ctx.attrs()["to"]))


def _arith(fn):
    def fold(ctx, vals):
        if any(isinstance(v, np.ndarray) and v.dtype == object for v in vals):
            ctx.fail("arithmetic on the batch extent is not supported")
        return fn(*vals)
    return fold


FOLD = {"Shape": _shape, "Size": _size, "Gather": _gather, "Unsqueeze": _unsqueeze,
        "Squeeze": _squeeze, "Concat": _concat, "Slice": _slice,
        "ConstantOfShape": _constant_of_shape, "Cast": _cast, "Identity": lambda c, v: v[0],
        "Add": _arith(np.add), "Sub": _arith(np.subtract), "Mul": _arith(np.multiply),
        "Neg": _arith(np.negative),
        "Range": _arith(lambda a, b, d: np.arange(a, b, d))}
ALWAYS = {"Shape", "Size"}  # folded whatever their input: only its static shape counts


def fold(ctx) -> bool:
    """Evaluate the current node at import if it can be; True when done."""
    node = ctx.node
    op = node.op_type
    if op not in FOLD:
        return False
    if op not in ALWAYS and not all(n in ctx.consts for n in node.input if n):
        return False
    vals = [ctx.consts.get(n) if n else None for n in node.input]
    if any(isinstance(v, BatchFill) for v in vals):
        ctx.fail("a ConstantOfShape with the batch extent is only supported as the zero "
                 "initial state of RNN/LSTM/GRU")
    ctx.consts[node.output[0]] = FOLD[op](ctx, vals)
    return True


# ---- traced Unsqueeze / Squeeze / Gather ------------------------------------------------------
def unsqueeze(ctx):
    rank = len(ctx.shape(0))
    axes = _axes_of(ctx, rank + len(_axes_of(ctx) or []))

    def step(layers, xs):
        x = xs[0]
        if len(axes) == 1 and isinstance(x, Value):
            return [Unsqueezed(x, axes[0])]  # may be squeezed again: stay lazy
        x = x.materialise() if isinstance(x, Unsqueezed) else x
        shape = list(x.shape)
        for ax in axes:
            shape.insert(ax, 1)
        return [F.reshape(x, tuple(shape))]
    step.lazy = True
    return step


def squeeze(ctx):
    shape = ctx.shape(0)
    axes = _axes_of(ctx, len(shape))
    if axes is None:
        axes = [k for k, d in enumerate(shape) if d == 1]
    if any(shape[a] != 1 for a in axes):
        ctx.fail(f"axes {axes} of {shape} are not all of extent 1")

    def step(layers, xs):
        x = xs[0]
        if isinstance(x, Unsqueezed) and axes == [x.axis]:
            return [x.value]
        x = x.materialise() if isinstance(x, Unsqueezed) else x
        return [F.reshape(x, tuple(d for k, d in enumerate(x.shape) if k not in axes))]
    step.lazy = True
    return step


def gather(ctx):
    """Gather of one (scalar) index on a static axis: a slice, then the axis dropped."""
    shape = ctx.shape(0)
    axis = int(ctx.attrs().get("axis", 0))
    axis = axis + len(shape) if axis < 0 else axis
    ctx.static(0, (axis,))
    idx = ctx.const(1, "the indices")
    if np.ndim(idx) != 0:
        ctx.fail(f"indices of shape {np.shape(idx)}: only a scalar index is supported")
    i = int(idx) % shape[axis]

    def step(layers, xs):
        x = xs[0]
        y = x.b.emit("slice", x, axis=axis, start=i, stop=i + 1)
        return [F.reshape(y, tuple(d for k, d in enumerate(y.shape) if k != axis))]
    return step
