"""Small layers for ONNX initializers our layer set has no home for, so they stay trainable
parameters: ``OnnxMatMul`` is ``x @ weight`` for an input of any rank >= 2 (a PyTorch Linear on
a sequence exports as MatMul with a 2-D initializer; our Fc takes (N, in) only)."""

from __future__ import annotations

import numpy as np

from ..layers import Layer
from ..trace.context import trace_rule
from ..trace.rules_basic import expect_dtype, expect_input, one_input


class OnnxMatMul(Layer):
    """y = x @ weight, weight (in, out) as in ONNX (not transposed like Fc's)."""

    param_fields = ("weight",)

    def __init__(self, weight: np.ndarray):
        self.in_features, self.out_features = (int(d) for d in weight.shape)
        self.weight = np.ascontiguousarray(weight)
        self._init_gradients()

    def summary_fields(self):
        return {"in_features": self.in_features, "out_features": self.out_features}


@trace_rule(OnnxMatMul)
def _matmul(ctx, m, inputs, path):
    b = ctx.b
    x = one_input(b, inputs)
    expect_input(b, x, x.ndim >= 2 and x.shape[-1] == m.in_features, f"(..., {m.in_features})")
    w = ctx.param(m, "weight", path)
    expect_dtype(b, x, w.dtype)
    return b.emit("matmul", x, w)
