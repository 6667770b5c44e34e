"""Small layers for ONNX initializers our layer set has no home for, so they stay trainable
parameters: ``OnnxMatMul`` is ``x @ weight`` for an input of any rank >= 2 (a PyTorch Linear on
a sequence exports as MatMul with a 2-D initializer; our Fc takes (N, in) only);
``OnnxBatchNormTrain`` is BatchNormalization with training_mode=1, a pure function of its
inputs (batch statistics, and the updated running statistics as outputs, ONNX's formulas:
population variance, momentum weighing the old value), with a trainable scale and bias."""

from __future__ import annotations

import numpy as np

from .. import functional as F
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


class OnnxBatchNormTrain(Layer):
    """(y, running_mean', running_var') of ONNX BatchNormalization with training_mode=1."""

    param_fields = ("weight", "bias")

    def __init__(self, weight, bias, mean, var, epsilon: float, momentum: float):
        self.weight, self.bias = (np.ascontiguousarray(v) for v in (weight, bias))
        self.mean, self.var = np.asarray(mean), np.asarray(var)
        self.epsilon, self.momentum = float(epsilon), float(momentum)
        self._init_gradients()

    def summary_fields(self):
        return {"channels": int(self.weight.shape[0]), "epsilon": self.epsilon}


@trace_rule(OnnxBatchNormTrain)
def _bn_train(ctx, m, inputs, path):
    b = ctx.b
    x = one_input(b, inputs)
    c = int(m.weight.shape[0])
    expect_input(b, x, x.ndim >= 2 and x.shape[1] == c, f"(N, {c}, ...)")
    w, beta = ctx.param(m, "weight", path), ctx.param(m, "bias", path)
    expect_dtype(b, x, w.dtype)
    axes = (0,) + tuple(range(2, x.ndim))
    mu = F.mean(x, axes, keepdims=True)
    d = x - mu
    var = F.mean(d * d, axes, keepdims=True)
    shape = (1, c) + (1,) * (x.ndim - 2)
    y = d / F.sqrt(var + np.asarray(m.epsilon, x.dtype)) * b.emit("reshape", w, shape=shape) \
        + b.emit("reshape", beta, shape=shape)
    mom = np.asarray(m.momentum, x.dtype)

    def running(old, batch):
        return b.lift(old.astype(x.dtype) * mom, like=x) + \
            b.emit("reshape", batch, shape=(c,)) * (1 - mom)
    return y, running(m.mean, mu), running(m.var, var)
