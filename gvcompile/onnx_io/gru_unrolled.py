"""ONNX GRUs our GRU layer cannot express: linear_before_reset=0 (ONNX's default,
h~ = tanh(x W_h + (r * h) R_h + b)) and linear_before_reset=1 with a recurrent bias inside the
reset product (PyTorch's b_hn). The layer keeps ONNX's weights as they are (W, R, Wb, Rb, gate
rows z, r, h; all trainable) and its tracing rule unrolls the sequence into matmuls and
element-wise ops, one step per time step (T is static). The batch is moved to axis 0 for the
loop and back, so it stays alone on its axis in every reshape."""

from __future__ import annotations

import numpy as np

from .. import functional as F
from ..errors import UnsupportedOnnxError
from ..ir.types import BATCH
from ..layers import Layer
from ..trace.context import trace_rule
from ..trace.rules_basic import expect_dtype, expect_input, one_input


class OnnxGRUUnrolled(Layer):
    """An ONNX GRU (forward direction, zero initial state) on (T, N, in), or (N, T, in) with
    ``batch_first``; returns (T, N, hidden) or (N, T, hidden)."""

    param_fields = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")

    def __init__(self, w, r, wb, rb, linear_before_reset: bool, batch_first: bool):
        self.in_features, self.out_features = int(w.shape[1]), int(r.shape[1])
        self.linear_before_reset, self.batch_first = bool(linear_before_reset), bool(batch_first)
        self.weight_ih, self.weight_hh = np.ascontiguousarray(w), np.ascontiguousarray(r)
        self.bias_ih, self.bias_hh = np.ascontiguousarray(wb), np.ascontiguousarray(rb)
        self._init_gradients()

    def summary_fields(self):
        return {"in_features": self.in_features, "out_features": self.out_features,
                "linear_before_reset": self.linear_before_reset, "batch_first": self.batch_first}


def _cols(b, v, k: int, hid: int):
    """Gate block ``k`` (z, r, h) of the last axis of a (N, 3H) value."""
    return b.emit("slice", v, axis=v.ndim - 1, start=k * hid, stop=(k + 1) * hid)


def _rows(b, w, k: int, n: int, hid: int):
    return b.emit("slice", w, axis=0, start=k * hid, stop=(k + n) * hid)


@trace_rule(OnnxGRUUnrolled)
def _unrolled(ctx, m, inputs, path):
    b, hid = ctx.b, m.out_features
    x = one_input(b, inputs)
    expect_input(b, x, x.ndim == 3 and x.shape[2] == m.in_features,
                 f"(N, T, {m.in_features})" if m.batch_first else f"(T, N, {m.in_features})")
    w, r = ctx.param(m, "weight_ih", path), ctx.param(m, "weight_hh", path)
    wb, rb = ctx.param(m, "bias_ih", path), ctx.param(m, "bias_hh", path)
    expect_dtype(b, x, w.dtype)
    xb = x if m.batch_first else b.emit("transpose", x, perm=(1, 0, 2))   # (N, T, in)
    gx = b.emit("matmul", xb, w, trans_b=True) + wb                        # (N, T, 3H)
    r_zr, r_h = _rows(b, r, 0, 2, hid), _rows(b, r, 2, 1, hid)
    rb_zr = b.emit("slice", rb, axis=0, start=0, stop=2 * hid)
    rb_h = b.emit("slice", rb, axis=0, start=2 * hid, stop=3 * hid)
    n = xb.shape[0]
    if xb.shape[1] == BATCH:
        raise UnsupportedOnnxError(f"{b.src}: the batch axis is the time axis: an unrolled GRU "
                                   "needs a static sequence length (compile with the batch on "
                                   "the batch axis)")
    h = b.emit("broadcast_to", b.const(np.zeros((), w.dtype), w.dtype), shape=(n, hid))
    outs = []
    for t in range(xb.shape[1]):
        g = F.reshape(b.emit("slice", gx, axis=1, start=t, stop=t + 1), (n, 3 * hid))
        zr = F.sigmoid(b.emit("slice", g, axis=1, start=0, stop=2 * hid)
                       + b.emit("matmul", h, r_zr, trans_b=True) + rb_zr)
        z, rr = _cols(b, zr, 0, hid), _cols(b, zr, 1, hid)
        if m.linear_before_reset:
            hh = rr * (b.emit("matmul", h, r_h, trans_b=True) + rb_h)
        else:
            hh = b.emit("matmul", rr * h, r_h, trans_b=True) + rb_h
        cand = F.tanh(_cols(b, g, 2, hid) + hh)
        h = (1.0 - z) * cand + z * h
        outs.append(F.reshape(h, (n, 1, hid)))
    y = F.concat(outs, axis=1) if len(outs) > 1 else outs[0]               # (N, T, H)
    return y if m.batch_first else b.emit("transpose", y, perm=(1, 0, 2))
