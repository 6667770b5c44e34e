"""Converters of the ONNX math that exported graphs are made of beside the layers:
element-wise functions, Max/Min, reductions, casts between equal float types, comparisons (a
boolean is held as a 0/1 mask of the operands' float type) and Where. Importing this module
registers them in ``ops_in.CONVERTERS``."""

from __future__ import annotations

import numpy as np

from .. import functional as F
from ..ops.builder import Value
from .ops_in import CONVERTERS, _known_attrs, _late, _unary, op


# ---- element-wise ops and reductions (what exported softmaxes and norms are made of) -----------
def _emit(op_name, np_fn):
    """``op_name`` over values that may be traced or constant (folded with NumPy)."""
    def apply(*xs):
        traced = [x for x in xs if isinstance(x, Value)]
        if not traced:
            return np_fn(*xs)
        b = traced[0].b
        return b.emit(op_name, *[b.lift(x, like=traced[0]) for x in xs])
    return apply


CONVERTERS.update({
    "Exp": _unary(lambda x, a: F.exp(x)),
    "Log": _unary(lambda x, a: F.log(x)),
    "Sqrt": _unary(lambda x, a: F.sqrt(x)),
    "Abs": _unary(lambda x, a: F.abs(x)),
    "Neg": _unary(lambda x, a: -x),
    "Reciprocal": _unary(lambda x, a: 1.0 / x),
})


def _variadic(op_name, np_fn):
    def conv(ctx):
        _known_attrs(ctx)
        if len(ctx.node.input) != 2:
            ctx.fail(f"{len(ctx.node.input)} inputs: only 2 are supported")
        f = _emit(op_name, np_fn)
        return lambda layers, xs: [f(xs[0], xs[1])]
    return conv


CONVERTERS["Max"] = _variadic("maximum", np.maximum)
CONVERTERS["Min"] = _variadic("minimum", np.minimum)


def _reduce(fn):
    def conv(ctx):
        _known_attrs(ctx, ("axes", "keepdims", "noop_with_empty_axes"))
        a = ctx.attrs()
        rank = len(ctx.shape(0))
        if ctx.has(1):
            axes = [int(v) for v in ctx.const(1, "axes")]
        else:
            axes = list(a.get("axes", []))
        if not axes:
            if a.get("noop_with_empty_axes", 0):
                return lambda layers, xs: [xs[0]]
            axes = list(range(rank))
        axes = tuple(sorted(v + rank if v < 0 else v for v in axes))
        ctx.static(0, axes)
        keep = bool(a.get("keepdims", 1))
        return lambda layers, xs: [fn(xs[0], axes, keepdims=keep)]
    return conv


CONVERTERS["ReduceSum"] = _reduce(F.sum)
CONVERTERS["ReduceMean"] = _reduce(F.mean)
CONVERTERS["ReduceMax"] = _reduce(F.max)


def _same_float(node, x, dtype):
    if isinstance(x, np.ndarray):
        return x.astype(dtype)
    if np.dtype(dtype) != np.dtype(x.dtype):
        raise _late(node, f"a cast of a traced {np.dtype(x.dtype)} value to {np.dtype(dtype)} "
                    "is not supported")
    return x


@op("CastLike")
def _cast_like(ctx):
    _known_attrs(ctx, ("saturate",))
    node = ctx.node
    return lambda layers, xs: [_same_float(node, xs[0], np.dtype(xs[1].dtype))]


@op("Cast")
def _cast(ctx):
    from onnx.helper import tensor_dtype_to_np_dtype
    _known_attrs(ctx, ("to", "saturate", "round_mode"))
    to = np.dtype(tensor_dtype_to_np_dtype(ctx.attrs()["to"]))
    if to.kind != "f":
        ctx.fail(f"a cast to {to} is not supported (floating point only)")
    node = ctx.node
    return lambda layers, xs: [_same_float(node, xs[0], to)]


# ---- comparisons and Where: a boolean tensor is a 0/1 mask of the operands' float type ------
def _compare(op_name, np_fn, swap=False):
    def conv(ctx):
        _known_attrs(ctx)
        ctx.masks.add(ctx.node.output[0])
        f = _emit(op_name, lambda a, b: np_fn(a, b).astype(np.result_type(a, b)))
        return lambda layers, xs: [f(xs[1], xs[0]) if swap else f(xs[0], xs[1])]
    return conv


CONVERTERS.update({"Less": _compare("lt", np.less), "Greater": _compare("gt", np.greater),
                   "LessOrEqual": _compare("ge", np.greater_equal, swap=True),
                   "GreaterOrEqual": _compare("ge", np.greater_equal),
                   "Equal": _compare("eq", np.equal)})


@op("Where")
def _where(ctx):
    _known_attrs(ctx)
    if ctx.node.input[0] not in ctx.masks:
        ctx.fail("the condition must come from a comparison (Less, Greater, Equal ...)")
    f = _emit("where", lambda c, a, b: np.where(c != 0, a, b))
    return lambda layers, xs: [f(xs[0], xs[1], xs[2])]
