"""ONNX RNN, LSTM and GRU. ONNX starts every call from the zero state (or the given
initial_h), while our recurrent layers carry their state across calls (Flux ``Recur``): the
import uses stateless subclasses whose tracing rule always starts from zeros and writes no
state back. Gate rows are reordered (LSTM iofc -> ifgo, GRU zrh -> rzn) and the two ONNX biases
summed into our one; what has no exact equivalent (bidirectional, clip, peepholes, other
activations, initial states, sequence_lens, GRU linear_before_reset=0) is refused."""

from __future__ import annotations

import numpy as np

from ..errors import UnsupportedOnnxError
from ..ir.types import BATCH
from ..layers import GRU, LSTM, RNN, forward
from ..trace.context import trace_rule
from ..trace.rules_basic import expect_dtype, expect_input, one_input
from .ops_shape import BatchFill, Unsqueezed


class OnnxRNN(RNN):
    """RNN that starts every call from the zero state (ONNX semantics)."""


class OnnxLSTM(LSTM):
    """LSTM that starts every call from the zero state (ONNX semantics)."""


class OnnxGRU(GRU):
    """GRU that starts every call from the zero state (ONNX semantics)."""


@trace_rule(OnnxRNN)
@trace_rule(OnnxLSTM)
@trace_rule(OnnxGRU)
def _stateless(ctx, m, inputs, path):
    b = ctx.b
    x = one_input(b, inputs)
    expect_input(b, x, x.ndim == 3 and x.shape[2] == m.in_features,
                 f"(N, T, {m.in_features})" if m.batch_first else f"(T, N, {m.in_features})")
    if m.batch_first:
        x = b.emit("transpose", x, perm=(1, 0, 2))
    w_ih = ctx.param(m, "weight_ih", path)
    expect_dtype(b, x, w_ih.dtype)
    hid = m.out_features
    zeros = [b.emit("broadcast_to", b.const(np.zeros((), w_ih.dtype), w_ih.dtype),
                    shape=(x.shape[1], hid)) for _ in m.buffer_fields]
    packed = b.emit(m.op, x, *zeros, w_ih, ctx.param(m, "weight_hh", path),
                    ctx.param(m, "bias", path), **m.op_attrs())
    y = b.emit("slice", packed, axis=2, start=0, stop=hid)
    return b.emit("transpose", y, perm=(1, 0, 2)) if m.batch_first else y


_KINDS = {"RNN": (OnnxRNN, 1, None, ["Tanh"]),
          "LSTM": (OnnxLSTM, 4, [0, 2, 3, 1], ["Sigmoid", "Tanh", "Tanh"]),
          "GRU": (OnnxGRU, 3, [1, 0, 2], ["Sigmoid", "Tanh"])}


def _blocks(a: np.ndarray, order, g: int) -> np.ndarray:
    if order is None:
        return a
    parts = np.split(a, g, axis=0)
    return np.concatenate([parts[k] for k in order], axis=0)


def _check(ctx, a, kind):
    direction = a.get("direction", b"forward")
    if direction not in (b"forward", "forward"):
        ctx.fail(f"direction={direction!r} is not supported (forward only)")
    for bad in ("clip", "activation_alpha", "activation_beta"):
        if bad in a:
            ctx.fail(f"attribute {bad} is not supported")
    if a.get("input_forget", 0):
        ctx.fail("input_forget=1 is not supported")
    if ctx.has(4):
        ctx.fail("the sequence_lens input is not supported")
    for i, what in ((5, "initial_h"), (6, "initial_c"), (7, "P")):
        v = ctx.consts.get(ctx.node.input[i]) if ctx.has(i) else None
        zero = isinstance(v, BatchFill) and v.value == 0 or \
            isinstance(v, np.ndarray) and v.dtype != object and not np.any(v)
        if ctx.has(i) and not zero:
            ctx.fail(f"the {what} input is not supported unless it is a constant zero")
    if kind == "LSTM" and len(ctx.node.output) > 2 and ctx.node.output[2] in ctx.used:
        ctx.fail("the Y_c output is not supported")


def _activation(ctx, a, kind, default):
    acts = [v.decode() if isinstance(v, bytes) else v for v in a.get("activations", default)]
    if kind == "RNN" and acts[0] in ("Tanh", "Relu", "Sigmoid"):
        return acts[0].lower()
    if acts != default:
        ctx.fail(f"activations {acts} are not supported (default {default})")
    return None


def recurrent(ctx):
    kind = ctx.node.op_type
    cls, g, order, default = _KINDS[kind]
    a = ctx.attrs()
    _check(ctx, a, kind)
    act = _activation(ctx, a, kind, default)
    w, r = ctx.const(1, "W"), ctx.const(2, "R")
    hid = r.shape[-1]
    bias = ctx.const(3, "B")[0] if ctx.has(3) else np.zeros(2 * g * hid, w.dtype)
    wb, rb = bias[:g * hid], bias[g * hid:]
    layout = int(a.get("layout", 0))
    lbr = bool(a.get("linear_before_reset", 0))
    if kind == "GRU" and (not lbr or np.any(rb[2 * hid:] != 0)):
        # not our GRU's formula (r * (W_hn h) + b_n): the unrolled ONNX GRU
        from .gru_unrolled import OnnxGRUUnrolled
        layer = OnnxGRUUnrolled(w[0], r[0], wb, rb, lbr, layout == 1)
        return _outputs(ctx, ctx.add_layer(layer), layout, hid)
    layer = cls(w.shape[-1], hid, batch_first=layout == 1,
                **({"activation_function": act} if kind == "RNN" else {}))
    layer.weight_ih = np.ascontiguousarray(_blocks(w[0], order, g))
    layer.weight_hh = np.ascontiguousarray(_blocks(r[0], order, g))
    layer.bias = np.ascontiguousarray(_blocks(wb + rb, order, g))
    layer.reset_state()
    layer._init_gradients()
    return _outputs(ctx, ctx.add_layer(layer), layout, hid)


def _outputs(ctx, k: int, layout: int, hid: int):
    """The step: Y (lazy unsqueeze of the direction axis) and Y_h of layer ``k``."""
    time_axis = 1 if layout else 0
    want_y = bool(ctx.node.output[0])
    name, op = ctx.node.name or next((o for o in ctx.node.output if o), "?"), ctx.node.op_type

    def step(layers, xs):
        y = forward(layers[k], xs[0])
        # Y: (T, 1, N, H), or (N, T, 1, H) with layout=1; lazy, so that a Squeeze of the
        # direction axis gives y back even where the batch is not on axis 0
        full = Unsqueezed(y, 2 if layout else 1) if want_y else None
        t = y.shape[time_axis]
        if t == BATCH:
            raise UnsupportedOnnxError(f"ONNX node {name!r} ({op}): Y_h (the last time step) "
                                       "needs a static sequence length, but the batch axis is "
                                       "the time axis")
        last = y.b.emit("slice", y, axis=time_axis, start=t - 1, stop=t)
        return [full, last]
    return step
