"""One emitter per IR op: ``emit(e, inputs, out, attrs, in_types, out_type)`` writes the ONNX
nodes computing ``out``. Only ops with an exact ONNX equivalent are here; the exporter refuses
the rest by name."""

from __future__ import annotations

import numpy as np

from ..errors import UnsupportedOnnxError
from ..ir.types import BATCH

EMITTERS = {}


def _simple(onnx_op: str, **fixed):
    def emit(e, xs, out, attrs, tin, tout):
        e.node(onnx_op, xs, [out], **fixed)
    return emit


for _ir, _onnx in {"add": "Add", "sub": "Sub", "mul": "Mul", "div": "Div", "neg": "Neg",
                   "relu": "Relu", "sigmoid": "Sigmoid", "tanh": "Tanh", "exp": "Exp",
                   "log": "Log", "sqrt": "Sqrt", "abs": "Abs", "reciprocal": "Reciprocal",
                   "maximum": "Max", "minimum": "Min", "sign": "Sign"}.items():
    EMITTERS[_ir] = _simple(_onnx)


def reg(name):
    def deco(f):
        EMITTERS[name] = f
        return f
    return deco


def _refuse(op, what):
    raise UnsupportedOnnxError(f"to_onnx: IR op {op!r}: {what}")


def _check(op, attrs, allowed):
    bad = sorted(set(attrs) - set(allowed))
    if bad:
        _refuse(op, f"attributes {bad} have no ONNX mapping")


@reg("rsqrt")
def _rsqrt(e, xs, out, attrs, tin, tout):
    s = e.fresh("sqrt")
    e.node("Sqrt", xs, [s])
    e.node("Reciprocal", [s], [out])


@reg("square")
def _square(e, xs, out, attrs, tin, tout):
    e.node("Mul", [xs[0], xs[0]], [out])


@reg("leaky_relu")
def _leaky(e, xs, out, attrs, tin, tout):
    e.node("LeakyRelu", xs, [out], alpha=float(attrs.get("slope", 0.01)))


def _softmax_like(onnx_op):
    def emit(e, xs, out, attrs, tin, tout):
        axes = tuple(attrs["axes"])
        if len(axes) != 1:
            _refuse(onnx_op, f"softmax over several axes {axes}")
        e.node(onnx_op, xs, [out], axis=int(axes[0]))
    return emit


EMITTERS["softmax"] = _softmax_like("Softmax")
EMITTERS["log_softmax"] = _softmax_like("LogSoftmax")


def _pairs(p):
    return [int(p[0]), int(p[1]), int(p[0]), int(p[1])]


@reg("conv2d")
def _conv(e, xs, out, attrs, tin, tout):
    _check("conv2d", attrs, ("stride", "padding", "dilation", "groups"))
    e.node("Conv", xs, [out], strides=list(attrs["stride"]), pads=_pairs(attrs["padding"]),
           dilations=list(attrs["dilation"]), group=int(attrs["groups"]),
           kernel_shape=list(tin[1].shape[2:]))


@reg("conv_transpose2d")
def _conv_t(e, xs, out, attrs, tin, tout):
    _check("conv_transpose2d", attrs, ("stride", "padding", "dilation", "groups",
                                       "output_padding"))
    e.node("ConvTranspose", xs, [out], strides=list(attrs["stride"]),
           pads=_pairs(attrs["padding"]), dilations=list(attrs["dilation"]),
           group=int(attrs["groups"]), output_padding=list(attrs.get("output_padding", (0, 0))),
           kernel_shape=list(tin[1].shape[2:]))


@reg("max_pool2d")
def _max_pool(e, xs, out, attrs, tin, tout):
    _check("max_pool2d", attrs, ("kernel_size", "stride", "padding", "dilation"))
    e.node("MaxPool", xs, [out], kernel_shape=list(attrs["kernel_size"]),
           strides=list(attrs["stride"]), pads=_pairs(attrs["padding"]),
           dilations=list(attrs["dilation"]))


@reg("avg_pool2d")
def _avg_pool(e, xs, out, attrs, tin, tout):
    """Our divisor is always kH*kW: count_include_pad=1."""
    _check("avg_pool2d", attrs, ("kernel_size", "stride", "padding", "dilation"))
    extra = {}
    if tuple(attrs["dilation"]) != (1, 1):
        if e.opset < 19:
            _refuse("avg_pool2d", f"dilation needs opset >= 19, got {e.opset}")
        extra["dilations"] = list(attrs["dilation"])
    e.node("AveragePool", xs, [out], kernel_shape=list(attrs["kernel_size"]),
           strides=list(attrs["stride"]), pads=_pairs(attrs["padding"]), count_include_pad=1,
           **extra)


@reg("matmul")
def _matmul(e, xs, out, attrs, tin, tout):
    if attrs.get("trans_a"):
        _refuse("matmul", "trans_a (a backward-only form)")
    a, b = xs
    if attrs.get("trans_b"):
        if len(tin[0].shape) == 2:
            e.node("Gemm", [a, b], [out], transB=1)
            return
        bt = e.fresh("bT")
        e.node("Transpose", [b], [bt], perm=[1, 0])
        b = bt
    e.node("MatMul", [a, b], [out])


@reg("reshape")
def _reshape(e, xs, out, attrs, tin, tout):
    shape = [-1 if d == BATCH else int(d) for d in attrs["shape"]]
    if shape.count(-1) > 1:
        _refuse("reshape", f"shape {attrs['shape']} with the batch and a -1")
    e.node("Reshape", [xs[0], e.const("shape", np.asarray(shape, np.int64))], [out])


@reg("transpose")
def _transpose(e, xs, out, attrs, tin, tout):
    e.node("Transpose", xs, [out], perm=[int(p) for p in attrs["perm"]])


@reg("concat")
def _concat(e, xs, out, attrs, tin, tout):
    e.node("Concat", xs, [out], axis=int(attrs["axis"]))


@reg("pad")
def _pad(e, xs, out, attrs, tin, tout):
    _check("pad", attrs, ("pads",))
    pads = [int(lo) for lo, _ in attrs["pads"]] + [int(hi) for _, hi in attrs["pads"]]
    e.node("Pad", [xs[0], e.const("pads", np.asarray(pads, np.int64))], [out])


def _reduce(onnx_op, axes_input_since):
    """Axes as an input from the opset that made them one (13 ReduceSum, 18 the others)."""
    def emit(e, xs, out, attrs, tin, tout):
        _check(onnx_op, attrs, ("axes", "keepdims"))
        keep = int(bool(attrs.get("keepdims")))
        if e.opset < axes_input_since:
            e.node(onnx_op, xs, [out], axes=[int(a) for a in attrs["axes"]], keepdims=keep)
            return
        axes = e.const("axes", np.asarray(attrs["axes"], np.int64))
        e.node(onnx_op, [xs[0], axes], [out], keepdims=keep)
    return emit


EMITTERS["reduce_sum"] = _reduce("ReduceSum", 13)
EMITTERS["reduce_mean"] = _reduce("ReduceMean", 18)
EMITTERS["reduce_max"] = _reduce("ReduceMax", 18)


@reg("pow_scalar")
def _pow_scalar(e, xs, out, attrs, tin, tout):
    _check("pow_scalar", attrs, ("exponent",))
    p = e.const("exponent", np.asarray(attrs["exponent"], tout.dtype))
    e.node("Pow", [xs[0], p], [out])


@reg("broadcast_to")
def _broadcast(e, xs, out, attrs, tin, tout):
    shape = [1 if d == BATCH else int(d) for d in tout.shape]
    if BATCH in tout.shape and BATCH not in tin[0].shape:  # the run's batch from an input
        k = tout.shape.index(BATCH)
        parts = [e.const("dims", np.asarray(shape[:k], np.int64)), e.batch_extent(),
                 e.const("dims", np.asarray(shape[k + 1:], np.int64))]
        dims = e.fresh("shape")
        e.node("Concat", parts, [dims], axis=0)
        e.node("Expand", [xs[0], dims], [out])
        return
    e.node("Expand", [xs[0], e.const("shape", np.asarray(shape, np.int64))], [out])


@reg("slice")
def _slice(e, xs, out, attrs, tin, tout):
    _check("slice", attrs, ("axis", "start", "stop"))
    c = [e.const(n, np.asarray([int(attrs[k])], np.int64))
         for n, k in (("starts", "start"), ("ends", "stop"), ("axes", "axis"))]
    e.node("Slice", [xs[0]] + c, [out])


@reg("flip")
def _flip(e, xs, out, attrs, tin, tout):
    """Slice with step -1 (ONNX has no reverse of one axis)."""
    axes = [int(a) for a in attrs["axes"]]
    big = np.iinfo(np.int64)
    e.node("Slice", [xs[0], e.const("starts", np.full(len(axes), -1, np.int64)),
                     e.const("ends", np.full(len(axes), big.min, np.int64)),
                     e.const("axes", np.asarray(axes, np.int64)),
                     e.const("steps", np.full(len(axes), -1, np.int64))], [out])


@reg("seq_index")
def _seq_index(e, xs, out, attrs, tin, tout):
    e.node("Gather", [xs[0], e.const("index", np.asarray(int(attrs["index"]), np.int64))],
           [out], axis=0)


@reg("where")
def _where(e, xs, out, attrs, tin, tout):
    """Ours takes c != 0 (a float mask); a cast to bool is that test (NaN included)."""
    c = e.fresh("cond")
    e.node("Cast", [xs[0]], [c], to=9)  # BOOL
    e.node("Where", [c, xs[1], xs[2]], [out])


def _compare(onnx_op):
    """Our comparisons give a 0/1 mask of the operands' float type."""
    def emit(e, xs, out, attrs, tin, tout):
        from onnx.helper import np_dtype_to_tensor_dtype
        m = e.fresh("mask")
        e.node(onnx_op, xs, [m])
        e.node("Cast", [m], [out], to=int(np_dtype_to_tensor_dtype(tout.dtype)))
    return emit


for _ir, _onnx in {"eq": "Equal", "lt": "Less", "gt": "Greater", "ge": "GreaterOrEqual"}.items():
    EMITTERS[_ir] = _compare(_onnx)
EMITTERS["pow"] = _simple("Pow")


@reg("log_sigmoid")
def _log_sigmoid(e, xs, out, attrs, tin, tout):
    """log sigmoid(x) = -softplus(-x)."""
    n, s = e.fresh("neg"), e.fresh("softplus")
    e.node("Neg", xs, [n])
    e.node("Softplus", [n], [s])
    e.node("Neg", [s], [out])
