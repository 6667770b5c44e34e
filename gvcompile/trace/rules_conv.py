"""Tracing rules of the conv and pool layers: Conv, ConvTranspose (conv op, then bias through
reshape + add, then the activation) and the pooling layers (one op, then the activation)."""

from __future__ import annotations

from ..layers.conv import Conv, ConvTranspose
from ..layers.pool import AdaptiveAvgPool, AdaptiveMaxPool, AvgPool, MaxPool
from .context import trace_rule
from .rules_basic import activation, expect_dtype, expect_input, one_input


def _image(b, inputs, channels=None):
    """The single NCHW input (with ``channels`` channels when given)."""
    x = one_input(b, inputs)
    c = "C" if channels is None else channels
    expect_input(b, x, x.ndim == 4 and (channels is None or x.shape[1] == channels),
                 f"(N, {c}, H, W)")
    return x


def _bias(ctx, m, y, path):
    if m.bias is None:
        return y
    return y + ctx.b.emit("reshape", ctx.param(m, "bias", path), shape=(1, m.out_channels, 1, 1))


@trace_rule(Conv)
def _conv(ctx, m, inputs, path):
    b = ctx.b
    x = _image(b, inputs, m.in_channels)
    w = ctx.param(m, "weight", path)
    expect_dtype(b, x, w.dtype)
    if getattr(m, "flipped", False):  # Flux's true convolution
        w = b.emit("flip", w, axes=(2, 3))
    y = b.emit("conv2d", x, w, stride=m.stride, padding=m.padding, dilation=m.dilation,
               groups=m.groups)
    return activation(b, _bias(ctx, m, y, path), m.activation_function)


@trace_rule(ConvTranspose)
def _conv_transpose(ctx, m, inputs, path):
    b = ctx.b
    x = _image(b, inputs, m.in_channels)
    w = ctx.param(m, "weight", path)
    expect_dtype(b, x, w.dtype)
    y = b.emit("conv_transpose2d", x, w, stride=m.stride, padding=m.padding,
               output_padding=m.output_padding, dilation=m.dilation, groups=m.groups)
    return activation(b, _bias(ctx, m, y, path), m.activation_function)


@trace_rule(MaxPool)
@trace_rule(AvgPool)
def _pool(ctx, m, inputs, path):
    b = ctx.b
    x = _image(b, inputs)
    y = b.emit(m.op, x, kernel_size=m.kernel_size, stride=m.stride, padding=m.padding,
               dilation=m.dilation)
    return activation(b, y, m.activation_function)


@trace_rule(AdaptiveMaxPool)
@trace_rule(AdaptiveAvgPool)
def _adaptive_pool(ctx, m, inputs, path):
    b = ctx.b
    y = b.emit(m.op, _image(b, inputs), output_size=m.output_size)
    return activation(b, y, m.activation_function)
