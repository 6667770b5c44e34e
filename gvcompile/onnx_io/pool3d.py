"""ONNX MaxPool and AveragePool over 3-D windows (inputs (N, C, D, H, W)) from our 2-D pools:
a box window is separable, so the pool over (H, W) of every depth slice ((N, C*D, H, W)),
then over D ((N, C, D, H'*W'), window (kD, 1)) covers the same taps. Padding is explicit
(-inf for max through a where on a constant mask, zeros for average) so both 2-D pools run
unpadded; the average is the mean of means (divisor kD*kH*kW), rescaled by a constant to
ONNX's divisor (covered taps, or taps and pads with count_include_pad=1)."""

from __future__ import annotations

import math

import numpy as np

from .. import functional as F
from ..layers import AvgPool, MaxPool, forward
from .window_math import _divisors, _extents


def _pads3(ctx, a, k, s, d, dhw):
    auto = a.get("auto_pad", b"NOTSET")
    auto = auto.decode() if isinstance(auto, bytes) else auto
    if auto in ("NOTSET", ""):
        p = list(a.get("pads", [0] * 6))
        return [(p[i], p[i + 3]) for i in range(3)]
    if auto == "VALID":
        return [(0, 0)] * 3
    if auto not in ("SAME_UPPER", "SAME_LOWER"):
        ctx.fail(f"auto_pad={auto!r} is not supported")
    out = []
    for n, kk, ss, dd in zip(dhw, k, s, d):
        total = max(0, (math.ceil(n / ss) - 1) * ss + (kk - 1) * dd + 1 - n)
        small = total // 2
        out.append((small, total - small) if auto == "SAME_UPPER" else (total - small, small))
    return out


def pool3d(ctx, kind: str):
    """The step of a rank-5 MaxPool (kind "max") or AveragePool ("avg")."""
    a = ctx.attrs()
    if len([o for o in ctx.node.output if o]) > 1:
        ctx.fail("the Indices output is not supported")
    shape = ctx.static(0, (1, 2, 3, 4))
    k = tuple(int(v) for v in a.get("kernel_shape", ()))
    if len(k) != 3:
        ctx.fail(f"kernel_shape {k} on a rank-5 input: 3 extents needed")
    s = tuple(int(v) for v in a.get("strides", (1, 1, 1)))
    d = tuple(int(v) for v in a.get("dilations", (1, 1, 1)))
    pads = _pads3(ctx, a, k, s, d, shape[2:])
    ceil, include = bool(a.get("ceil_mode", 0)), bool(a.get("count_include_pad", 0))
    full, outs, counts = [(0, 0), (0, 0)], [], []
    for n, kk, ss, dd, (b, e) in zip(shape[2:], k, s, d, pads):
        out, extra = _extents(n, kk, ss, dd, b, e, ceil)
        full.append((b, e + extra))
        outs.append(out)
        counts.append(_divisors(n, kk, ss, dd, b, e, out, include))
    padded = tuple(n + b + e for n, (b, e) in zip(shape[2:], full[2:]))
    pool = MaxPool if kind == "max" else AvgPool
    i_hw = ctx.add_layer(pool(k[1:], stride=s[1:], padding=0, dilation=d[1:]))
    i_d = ctx.add_layer(pool((k[0], 1), stride=(s[0], 1), padding=0, dilation=(d[0], 1)))
    inside = np.zeros((1, 1) + padded)
    inside[(slice(None), slice(None)) + tuple(slice(b, b + n) for n, (b, _) in
                                             zip(shape[2:], full[2:]))] = 1
    scale = np.prod(k) / (counts[0][:, None, None] * counts[1][None, :, None]
                          * counts[2][None, None, :])
    rescale = kind == "avg" and not np.all(scale == 1.0)

    def step(layers, xs):
        x, bld = xs[0], xs[0].b
        c = x.shape[1]
        if any(b or e for b, e in full):
            x = bld.emit("pad", x, pads=tuple(full))
            if kind == "max":
                x = bld.emit("where", bld.lift(inside.astype(x.dtype), like=x), x,
                             bld.lift(np.array(-np.inf, x.dtype), like=x))
        y = forward(layers[i_hw], F.reshape(x, (x.shape[0], c * padded[0]) + padded[1:]))
        for axis, out in ((2, outs[1]), (3, outs[2])):
            if y.shape[axis] != out:
                y = bld.emit("slice", y, axis=axis, start=0, stop=out)
        y = forward(layers[i_d], F.reshape(y, (y.shape[0], c, padded[0], outs[1] * outs[2])))
        if y.shape[2] != outs[0]:
            y = bld.emit("slice", y, axis=2, start=0, stop=outs[0])
        y = F.reshape(y, (y.shape[0], c) + tuple(outs))
        return [y * scale.astype(y.dtype) if rescale else y]
    return step
