"""Conv and ConvTranspose (API.md §3): NCHW, weight and bias fields, init modes as PyTorch."""

from __future__ import annotations

import numpy as np

from .base import Layer, check_activation, pair
from .init import init_weight_bias

__all__ = ["Conv", "ConvTranspose"]


def _positive(cls: str, **values) -> None:
    for name, v in values.items():
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 1:
            raise ValueError(f"{cls}: {name} must be a positive int, got {v!r}")


def _window_args(cls: str, kernel_size, stride, padding, dilation):
    k, s = pair(kernel_size, "kernel_size", cls), pair(stride, "stride", cls)
    p, d = pair(padding, "padding", cls), pair(dilation, "dilation", cls)
    if min(k) < 1 or min(s) < 1 or min(d) < 1:
        raise ValueError(f"{cls}: kernel_size, stride and dilation must be >= 1, got "
                         f"kernel_size={k}, stride={s}, dilation={d}")
    if min(p) < 0:
        raise ValueError(f"{cls}: padding must be >= 0, got {p}")
    return k, s, p, d


def _check_groups(cls: str, in_channels, out_channels, groups) -> None:
    _positive(cls, in_channels=in_channels, out_channels=out_channels, groups=groups)
    if in_channels % groups or out_channels % groups:
        raise ValueError(f"{cls}: in_channels ({in_channels}) and out_channels "
                         f"({out_channels}) must be divisible by groups ({groups})")


def _window_setting(name: str):
    """The check of ``name`` (stride, padding, dilation, output_padding) assigned on a built
    layer: the constructor's rules, applied to the window with the new value."""
    def check(layer, value):
        cls = type(layer).__name__
        cur = {f: layer.__dict__.get(f) for f in ("kernel_size", "stride", "padding", "dilation")}
        if any(v is None for v in cur.values()):  # being built: the constructor checks
            return value
        if name == "output_padding":
            op = pair(value, name, cls)
        else:
            cur[name] = value
            op = layer.__dict__.get("output_padding")
        k, s, p, d = _window_args(cls, cur["kernel_size"], cur["stride"], cur["padding"],
                                  cur["dilation"])
        if op is not None:
            _check_output_padding(cls, op, s, d)
        return {"stride": s, "padding": p, "dilation": d, "output_padding": op}[name]
    return check


def _check_output_padding(cls: str, op, s, d) -> None:
    for a in range(2):
        if op[a] < 0 or not (op[a] < s[a] or op[a] < d[a]):
            raise ValueError(f"{cls}: output_padding {op} must be >= 0 and smaller than "
                             f"stride {s} or dilation {d}")


class _ConvBase(Layer):
    param_fields = ("weight", "bias")
    own_checks = {f: _window_setting(f)
                  for f in ("stride", "padding", "dilation", "output_padding")}

    def summary_fields(self):
        f = {"in_channels": self.in_channels, "out_channels": self.out_channels,
             "kernel_size": self.kernel_size, "stride": self.stride, "padding": self.padding}
        if isinstance(self, ConvTranspose):
            f["output_padding"] = self.output_padding
        f.update(dilation=self.dilation, groups=self.groups,
                 activation_function=self.activation_function, use_bias=self.use_bias)
        if getattr(self, "flipped", False):
            f["flipped"] = True
        return f


class Conv(_ConvBase):
    """Cross-correlation: weight (C_out, C_in/groups, kH, kW), bias (C_out,);
    H_out = floor((H + 2p - d(k-1) - 1)/s) + 1. fan_in = C_in/groups*kH*kW (PyTorch).
    ``flipped=True`` is Flux's true convolution: the kernel is flipped along kH and kW."""

    def __init__(self, in_channels: int, out_channels: int, kernel_size, stride=1, padding=0,
                 dilation=1, groups: int = 1, activation_function=None,
                 init_mode: str = "default_uniform", use_bias: bool = True,
                 flipped: bool = False):
        self.flipped = bool(flipped)
        _check_groups("Conv", in_channels, out_channels, groups)
        k, s, p, d = _window_args("Conv", kernel_size, stride, padding, dilation)
        in_channels, out_channels, groups = int(in_channels), int(out_channels), int(groups)
        self.in_channels, self.out_channels, self.groups = in_channels, out_channels, groups
        self.kernel_size, self.stride, self.padding, self.dilation = k, s, p, d
        self.activation_function = check_activation(activation_function, "Conv")
        self.init_mode, self.use_bias = init_mode, bool(use_bias)
        area = k[0] * k[1]
        self.weight, self.bias = init_weight_bias(
            (out_channels, in_channels // groups) + k, in_channels // groups * area,
            out_channels * area, init_mode, self.activation_function, self.use_bias,
            out_channels, src="Conv")
        self._init_gradients()


class ConvTranspose(_ConvBase):
    """The input-gradient of Conv (PyTorch conv_transpose2d): weight (C_in, C_out/groups, kH,
    kW), bias (C_out,); H_out = (H-1)s - 2p + d(k-1) + output_padding + 1. fan_in is weight dim 1
    times the kernel area (C_out/groups*kH*kW), as PyTorch computes it."""

    def __init__(self, in_channels: int, out_channels: int, kernel_size, stride=1, padding=0,
                 output_padding=0, dilation=1, groups: int = 1, activation_function=None,
                 init_mode: str = "default_uniform", use_bias: bool = True):
        cls = "ConvTranspose"
        _check_groups(cls, in_channels, out_channels, groups)
        k, s, p, d = _window_args(cls, kernel_size, stride, padding, dilation)
        op = pair(output_padding, "output_padding", cls)
        _check_output_padding(cls, op, s, d)
        in_channels, out_channels, groups = int(in_channels), int(out_channels), int(groups)
        self.in_channels, self.out_channels, self.groups = in_channels, out_channels, groups
        self.kernel_size, self.stride, self.padding, self.dilation = k, s, p, d
        self.output_padding = op
        self.activation_function = check_activation(activation_function, cls)
        self.init_mode, self.use_bias = init_mode, bool(use_bias)
        area = k[0] * k[1]
        self.weight, self.bias = init_weight_bias(
            (in_channels, out_channels // groups) + k, out_channels // groups * area,
            in_channels * area, init_mode, self.activation_function, self.use_bias,
            out_channels, src=cls)
        self._init_gradients()
