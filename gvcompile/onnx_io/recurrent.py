"""ONNX RNN, LSTM and GRU. ONNX starts every call from the zero state (or the given
initial_h), while our recurrent layers carry their state across calls (Flux ``Recur``): the
import uses stateless subclasses whose tracing rule always starts from zeros and writes no
state back. Gate rows are reordered (LSTM iofc -> ifgo, GRU zrh -> rzn) and the two ONNX biases
summed into our one; what has no exact equivalent (clip, peepholes, other activations or
different ones per direction, non-zero initial states, sequence_lens) is refused; a GRU our
layer cannot express (linear_before_reset=0, a recurrent new-gate bias) is unrolled."""

from __future__ import annotations

import numpy as np

from .. import functional as F
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
    outs = [b.emit("slice", packed, axis=2, start=0, stop=hid)]
    if getattr(m, "with_cell", False):  # an LSTM whose Y_c is used: the cell states too
        outs.append(b.emit("slice", packed, axis=2, start=2 * hid, stop=3 * hid))
    if m.batch_first:
        outs = [b.emit("transpose", o, perm=(1, 0, 2)) for o in outs]
    return tuple(outs) if len(outs) > 1 else outs[0]


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
    if direction not in (b"forward", b"reverse", b"bidirectional", "forward", "reverse",
                         "bidirectional"):
        ctx.fail(f"direction={direction!r} is not supported")
    if "clip" in a:
        ctx.fail("attribute clip is not supported")
    if kind != "RNN" and ("activation_alpha" in a or "activation_beta" in a):
        ctx.fail("attributes activation_alpha/activation_beta are not supported")
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


def _activation(ctx, a, kind, default):
    """Our RNN's activation_function for ONNX's activations (one per direction, all equal):
    Tanh, Relu, Sigmoid, LeakyRelu(alpha) and Affine(1, 0) (the identity, None)."""
    acts = [v.decode() if isinstance(v, bytes) else v for v in a.get("activations", default)]
    if kind != "RNN":
        if acts not in (default, default * 2):
            ctx.fail(f"activations {acts} are not supported (default {default})")
        return None
    alphas, betas = list(a.get("activation_alpha", [])), list(a.get("activation_beta", []))
    if len(set(acts)) != 1 or len(set(alphas)) > 1 or len(set(betas)) > 1:
        ctx.fail(f"activations {acts} (alpha {alphas}, beta {betas}) differ between "
                 "directions")
    act = acts[0]
    if act in ("Tanh", "Relu", "Sigmoid") and not alphas and not betas:
        return act.lower()
    if act == "LeakyRelu" and not betas:
        return f"leaky_relu:{float(alphas[0]) if alphas else 0.01!r}"
    if act == "Affine" and alphas == [1.0] and betas == [0.0]:
        return None
    ctx.fail(f"activation {act} (alpha {alphas}, beta {betas}) is not supported (Tanh, Relu, "
             "Sigmoid, LeakyRelu, Affine with alpha 1 and beta 0)")


def _layer(ctx, kind, d: int, act, lbr: bool, layout: int):
    """The layer of direction ``d`` (W[d], R[d], B[d])."""
    cls, g, order, _ = _KINDS[kind]
    w, r = ctx.const(1, "W")[d], ctx.const(2, "R")[d]
    hid = r.shape[-1]
    bias = ctx.const(3, "B")[d] if ctx.has(3) else np.zeros(2 * g * hid, w.dtype)
    wb, rb = bias[:g * hid], bias[g * hid:]
    if kind == "GRU" and (not lbr or np.any(rb[2 * hid:] != 0)):
        # not our GRU's formula (r * (W_hn h) + b_n): the unrolled ONNX GRU
        from .gru_unrolled import OnnxGRUUnrolled
        return OnnxGRUUnrolled(w, r, wb, rb, lbr, layout == 1)
    layer = cls(w.shape[-1], hid, batch_first=layout == 1,
                **({"activation_function": act} if kind == "RNN" else {}))
    layer.weight_ih = np.ascontiguousarray(_blocks(w, order, g))
    layer.weight_hh = np.ascontiguousarray(_blocks(r, order, g))
    layer.bias = np.ascontiguousarray(_blocks(wb + rb, order, g))
    layer.reset_state()
    layer._init_gradients()
    layer.with_cell = kind == "LSTM" and len(ctx.node.output) > 2 and \
        ctx.node.output[2] in ctx.used
    return layer


def recurrent(ctx):
    """One layer per direction; "reverse" runs it on the time-flipped sequence and flips its
    output back; "bidirectional" concatenates both along the direction axis."""
    kind = ctx.node.op_type
    a = ctx.attrs()
    _check(ctx, a, kind)
    act = _activation(ctx, a, kind, _KINDS[kind][3])
    layout = int(a.get("layout", 0))
    lbr = bool(a.get("linear_before_reset", 0))
    direction = a.get("direction", b"forward")
    direction = direction.decode() if isinstance(direction, bytes) else direction
    revs = {"forward": [False], "reverse": [True], "bidirectional": [False, True]}[direction]
    if ctx.const(1, "W").shape[0] != len(revs):
        ctx.fail(f"W has {ctx.const(1, 'W').shape[0]} directions, {direction} needs "
                 f"{len(revs)}")
    dirs = [(ctx.add_layer(_layer(ctx, kind, d, act, lbr, layout)), rev)
            for d, rev in enumerate(revs)]
    return _outputs(ctx, dirs, layout)


def _outputs(ctx, dirs, layout: int):
    """The step: Y (T, dirs, N, H) (or (N, T, dirs, H) with layout=1) and Y_h."""
    time_axis, dir_axis = (1, 2) if layout else (0, 1)
    want_y = bool(ctx.node.output[0])
    name, op = ctx.node.name or next((o for o in ctx.node.output if o), "?"), ctx.node.op_type

    def run(layers, x, k, rev):
        t = x.shape[time_axis]
        if t == BATCH:
            raise UnsupportedOnnxError(f"ONNX node {name!r} ({op}): Y_h (the last time step) "
                                       "needs a static sequence length, but the batch axis is "
                                       "the time axis")
        if rev:
            x = x.b.emit("flip", x, axes=(time_axis,))
        ys = forward(layers[k], x)
        ys = list(ys) if isinstance(ys, tuple) else [ys]   # y (and an LSTM's cell states)
        if rev:
            ys = [v.b.emit("flip", v, axes=(time_axis,)) for v in ys]
        i = 0 if rev else t - 1  # where the run ended
        return [ys[0]] + [v.b.emit("slice", v, axis=time_axis, start=i, stop=i + 1)
                          for v in ys]

    def step(layers, xs):
        outs = [run(layers, xs[0], k, rev) for k, rev in dirs]
        src = f"ONNX node {name!r} ({op}) output Y"
        if len(outs) == 1:
            # lazy, so that a Squeeze of the direction axis gives y back even where the batch
            # is not on axis 0
            y, *lasts = outs[0]
            return [Unsqueezed(y, dir_axis, src) if want_y else None] + lasts
        full = F.concat([Unsqueezed(o[0], dir_axis, src).materialise() for o in outs],
                        dir_axis) if want_y else None
        return [full] + [F.concat([o[j] for o in outs], time_axis)
                         for j in range(1, len(outs[0]))]
    return step
