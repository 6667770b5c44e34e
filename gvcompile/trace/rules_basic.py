"""Tracing rules of the containers and the basic layers (Fc, Identity, Reshape, Softmax,
BatchNorm) and the activation strings."""

from __future__ import annotations

import numpy as np

from ..errors import DTypeError, ShapeError, TraceError
from ..ir.types import show_shape
from ..layers.basic import BatchNorm, Fc, Identity, Reshape, Softmax
from ..layers.containers import GraphContainer, SequentialContainer
from .context import trace_rule


def activation(b, x, name):
    """Apply an activation string (API.md §3) after a layer."""
    if name is None:
        return x
    if name == "relu":
        return b.emit("relu", x)
    if name == "sigmoid":
        return b.emit("sigmoid", x)
    if name == "tanh":
        return b.emit("tanh", x)
    if name == "softmax":
        return b.emit("softmax", x, axes=(1,))
    if name.startswith("leaky_relu"):
        slope = float(name.split(":", 1)[1]) if ":" in name else 0.01
        return b.emit("leaky_relu", x, slope=slope)
    raise TraceError(f"{b.src}: unknown activation function {name!r}")


def expect_input(b, x, ok: bool, expected) -> None:
    if not ok:
        raise ShapeError(f"{b.src}: expected input {expected}, got "
                         f"{show_shape(x.shape, b.batch_hint)}")


def expect_dtype(b, x, dtype) -> None:
    if x.dtype != np.dtype(dtype):
        raise DTypeError(f"{b.src}: expected input dtype {np.dtype(dtype).name} (the layer's "
                         f"parameters), got {x.dtype.name}")


def one_input(b, inputs):
    if len(inputs) != 1:
        raise TraceError(f"{b.src}: takes one input, got {len(inputs)}")
    return inputs[0]


@trace_rule(SequentialContainer)
def _sequential(ctx, m, inputs, path):
    out = inputs
    for i, layer in enumerate(m.layer_stack):
        res = ctx.call(layer, out, f"{path}[{i}]")
        out = list(res) if isinstance(res, (tuple, list)) else [res]
    return out[0] if len(out) == 1 else tuple(out)


@trace_rule(GraphContainer)
def _graph(ctx, m, inputs, path):
    m.check_inputs(len(inputs), ctx.b.src)
    out = m.forward_pass(m.layer_stack, *inputs)
    if isinstance(out, (tuple, list)):
        return tuple(ctx.b.lift(o) for o in out)
    return ctx.b.lift(out)


@trace_rule(Fc)
def _fc(ctx, m, inputs, path):
    x = one_input(ctx.b, inputs)
    expect_input(ctx.b, x, x.ndim == 2 and x.shape[1] == m.in_features, f"(N, {m.in_features})")
    return linear(ctx, m, x, path)


def linear(ctx, m, x, path):
    """y = act(x W^T + b) over the last axis (Fc, Flux's Dense)."""
    b = ctx.b
    w = ctx.param(m, "weight", path)
    expect_dtype(b, x, w.dtype)
    y = b.emit("matmul", x, w, trans_b=True)
    if m.bias is not None:
        y = y + ctx.param(m, "bias", path)
    return activation(b, y, m.activation_function)


@trace_rule(Identity)
def _identity(ctx, m, inputs, path):
    return activation(ctx.b, one_input(ctx.b, inputs), m.activation_function)


@trace_rule(Reshape)
def _reshape(ctx, m, inputs, path):
    b = ctx.b
    x = one_input(b, inputs)
    want = int(np.prod(m.out_shape))
    have = int(np.prod(x.shape[1:])) if x.ndim >= 1 else -1
    expect_input(b, x, x.ndim >= 1 and have == want,
                 f"(N, ...) with {want} elements per sample for Reshape{m.out_shape}")
    y = b.emit("reshape", x, shape=(x.shape[0],) + m.out_shape)
    return activation(b, y, m.activation_function)


@trace_rule(Softmax)
def _softmax(ctx, m, inputs, path):
    b = ctx.b
    x = one_input(b, inputs)
    for d in m.dims:
        if not -x.ndim <= d < x.ndim:
            raise ShapeError(f"{b.src}: dims {m.dims} out of range for input "
                             f"{show_shape(x.shape, b.batch_hint)}")
    return b.emit("softmax", x, axes=tuple(sorted({d % x.ndim for d in m.dims})))


@trace_rule(BatchNorm)
def _batch_norm(ctx, m, inputs, path):
    """y = (x - mean) / sqrt(var + eps) * gamma + beta over axes (0, 2, 3) or (0,); train mode
    uses biased batch statistics and updates running stats with the unbiased variance."""
    b = ctx.b
    x = one_input(b, inputs)
    c = m.num_features
    expect_input(b, x, x.ndim in (2, 4) and x.shape[1] == c, f"(N, {c}, H, W) or (N, {c})")
    if m.affine:
        expect_dtype(b, x, m.weight.dtype)
    axes = (0,) if x.ndim == 2 else (0, 2, 3)
    bshape = (1, c) if x.ndim == 2 else (1, c, 1, 1)
    use_batch = m.training or not m.track_running_stats
    spatial = int(np.prod([d for d in x.shape[2:]])) if x.ndim == 4 else 1
    if m.training and spatial == 1:  # as PyTorch: a variance needs two values per channel
        b.graph.constraints.append(
            ("N", 2, f"{b.src}: expected more than 1 value per channel when training "
                     f"(batch >= 2 for input {show_shape(x.shape)})"))
    if use_batch:  # synchronised BatchNorm: statistics over every process's batch
        mean = ctx.mean_over_processes(b.emit("reduce_mean", x, axes=axes, keepdims=True))
        xc = x - mean
        var = ctx.mean_over_processes(b.emit("reduce_mean", xc * xc, axes=axes, keepdims=True))
        if m.training and m.track_running_stats:
            n = b.emit("numel", x, axes=axes)
            if ctx.processes() > 1:  # the unbiased running variance counts every process
                n = n * float(ctx.processes())
            mom = m.momentum
            rm, rv = ctx.buffer(m, "running_mean", path), ctx.buffer(m, "running_variance", path)
            bmean = b.emit("reshape", mean, shape=(c,))
            bvar = b.emit("reshape", var, shape=(c,)) * (n / (n - 1.0))
            ctx.update_state(m, "running_mean", path, rm * (1.0 - mom) + bmean * mom)
            ctx.update_state(m, "running_variance", path, rv * (1.0 - mom) + bvar * mom)
    else:  # running statistics: a per-channel scale and shift (folds into a conv/Fc before)
        scale = b.emit("rsqrt", ctx.buffer(m, "running_variance", path) + m.epsilon)
        if m.affine:
            scale = scale * ctx.param(m, "weight", path)
        shift = -(ctx.buffer(m, "running_mean", path) * scale)
        if m.affine:
            shift = shift + ctx.param(m, "bias", path)
        y = x * b.emit("reshape", scale, shape=bshape) + b.emit("reshape", shift, shape=bshape)
        return activation(b, y, m.activation_function)
    y = xc * b.emit("rsqrt", var + m.epsilon)
    if m.affine:
        y = y * b.emit("reshape", ctx.param(m, "weight", path), shape=bshape)
        y = y + b.emit("reshape", ctx.param(m, "bias", path), shape=bshape)
    return activation(b, y, m.activation_function)
