"""Pooling layers (API.md §3): MaxPool, AvgPool, AdaptiveMaxPool, AdaptiveAvgPool (NCHW)."""

from __future__ import annotations

from .base import Layer, check_activation, pair

__all__ = ["MaxPool", "AvgPool", "AdaptiveMaxPool", "AdaptiveAvgPool"]


def _window(cls: str, kernel_size, stride, padding, dilation):
    k = pair(kernel_size, "kernel_size", cls)
    s = k if stride is None else pair(stride, "stride", cls)
    p, d = pair(padding, "padding", cls), pair(dilation, "dilation", cls)
    if min(k) < 1 or min(s) < 1 or min(d) < 1:
        raise ValueError(f"{cls}: kernel_size, stride and dilation must be >= 1, got "
                         f"kernel_size={k}, stride={s}, dilation={d}")
    if min(p) < 0 or p[0] > k[0] // 2 or p[1] > k[1] // 2:
        raise ValueError(f"{cls}: padding {p} must be >= 0 and at most half the kernel "
                         f"size {k}")
    return k, s, p, d


def _window_setting(name: str):
    """The check of ``name`` (stride, padding, dilation) assigned on a built pooling layer."""
    def check(layer, value):
        cur = {f: layer.__dict__.get(f) for f in ("kernel_size", "stride", "padding", "dilation")}
        if any(v is None for v in cur.values()):  # being built: the constructor checks
            return value
        cur[name] = value
        k, s, p, d = _window(type(layer).__name__, *cur.values())
        return {"stride": s, "padding": p, "dilation": d}[name]
    return check


class _Pool(Layer):
    op = ""
    own_checks = {f: _window_setting(f) for f in ("stride", "padding", "dilation")}

    def __init__(self, kernel_size, stride=None, padding=0, dilation=1,
                 activation_function=None):
        cls = type(self).__name__
        k, s, p, d = _window(cls, kernel_size, stride, padding, dilation)
        self.kernel_size, self.stride, self.padding, self.dilation = k, s, p, d
        self.activation_function = check_activation(activation_function, cls)

    def summary_fields(self):
        return {"kernel_size": self.kernel_size, "stride": self.stride, "padding": self.padding,
                "dilation": self.dilation, "activation_function": self.activation_function}


class MaxPool(_Pool):
    """Max over each window; padding is -inf (never wins), at most half the kernel; stride
    defaults to kernel_size. The gradient goes to the first maximum (row-major), as PyTorch."""

    op = "max_pool2d"


class AvgPool(_Pool):
    """Mean over each window: zero padding counts, the divisor is always kH*kW (PyTorch's
    count_include_pad=True); dilation is supported."""

    op = "avg_pool2d"


class _AdaptivePool(Layer):
    op = ""

    def __init__(self, output_size, activation_function=None):
        cls = type(self).__name__
        o = pair(output_size, "output_size", cls)
        if min(o) < 1:
            raise ValueError(f"{cls}: output_size must be >= 1, got {o}")
        self.output_size = o
        self.activation_function = check_activation(activation_function, cls)

    def summary_fields(self):
        return {"output_size": self.output_size,
                "activation_function": self.activation_function}


class AdaptiveMaxPool(_AdaptivePool):
    """Output (i, j) is the max over rows [floor(i*H/oh), ceil((i+1)*H/oh)) and the same for
    columns; the output may be larger than the input."""

    op = "adaptive_max_pool2d"


class AdaptiveAvgPool(_AdaptivePool):
    """Output (i, j) is the mean over rows [floor(i*H/oh), ceil((i+1)*H/oh)) and the same for
    columns; the output may be larger than the input."""

    op = "adaptive_avg_pool2d"
