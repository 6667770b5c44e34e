"""Converters of the ONNX operators that become layers with a window or statistics: Conv,
ConvTranspose, MaxPool, AveragePool, BatchNormalization, InstanceNormalization,
LayerNormalization. ONNX pads are [x1_begin, x2_begin, x1_end, x2_end]; ours are one pad per
side pair, so asymmetric pads are handled with an explicit zero pad (Conv) or refused."""

from __future__ import annotations

import math

import numpy as np

from .. import functional as F
from ..layers import (
    AvgPool,
    BatchNorm,
    Conv,
    ConvTranspose,
    InstanceNorm,
    LayerNorm,
    MaxPool,
    forward,
)
from .pool3d import pool3d
from .window_math import _divisors, _extents


def _known(ctx, allowed):
    bad = sorted(set(ctx.attrs()) - set(allowed))
    if bad:
        ctx.fail(f"attributes {bad} are not supported")


def _spatial(ctx, what="input"):
    s = ctx.shape(0, what)
    if len(s) != 4:
        ctx.fail(f"only 2-D windows (inputs of rank 4, NCHW) are supported, got rank {len(s)}")
    return ctx.static(0, (1, 2, 3), what)


def _pads(ctx, a, k, s, d, hw):
    """(begin, end) pads per spatial axis from pads/auto_pad (SAME_* from the static size)."""
    auto = a.get("auto_pad", b"NOTSET")
    auto = auto.decode() if isinstance(auto, bytes) else auto
    if auto in ("NOTSET", ""):
        p = list(a.get("pads", [0, 0, 0, 0]))
        return [(p[0], p[2]), (p[1], p[3])]
    if auto == "VALID":
        return [(0, 0), (0, 0)]
    if auto not in ("SAME_UPPER", "SAME_LOWER"):
        ctx.fail(f"auto_pad={auto!r} is not supported")
    out = []
    for n, kk, ss, dd in zip(hw, k, s, d):
        total = max(0, (math.ceil(n / ss) - 1) * ss + (kk - 1) * dd + 1 - n)
        small = total // 2
        out.append((small, total - small) if auto == "SAME_UPPER" else (total - small, small))
    return out


def _window_attrs(ctx, k_default=None):
    a = ctx.attrs()
    k = tuple(a.get("kernel_shape", k_default or ()))
    if len(k) != 2:
        ctx.fail(f"kernel_shape {k}: only 2-D windows are supported")
    s = tuple(a.get("strides", (1, 1)))
    d = tuple(a.get("dilations", (1, 1)))
    return a, k, s, d


def _set(layer, **arrays):
    for name, v in arrays.items():
        setattr(layer, name, np.ascontiguousarray(v))
    layer._init_gradients()
    return layer


# ---- convolutions ----------------------------------------------------------------------------
def conv(ctx):
    _known(ctx, ("auto_pad", "dilations", "group", "kernel_shape", "pads", "strides"))
    shape = _spatial(ctx)
    w = ctx.const(1, "the weight")
    if w.ndim != 4:
        ctx.fail(f"weight of rank {w.ndim}: only 2-D convolutions are supported")
    a, k, s, d = _window_attrs(ctx, w.shape[2:])
    if k != w.shape[2:]:
        ctx.fail(f"kernel_shape {k} differs from the weight's {w.shape[2:]}")
    pads = _pads(ctx, a, k, s, d, shape[2:])
    g = int(a.get("group", 1))
    bias = ctx.const(2, "the bias") if ctx.has(2) else None
    sym = all(b == e for b, e in pads)
    layer = Conv(w.shape[1] * g, w.shape[0], k, stride=s, dilation=d, groups=g,
                 padding=tuple(b for b, _ in pads) if sym else 0, use_bias=bias is not None)
    _set(layer, weight=w, **({} if bias is None else {"bias": bias}))
    i = ctx.add_layer(layer)
    full = ((0, 0), (0, 0)) + tuple(pads)

    def step(layers, xs):
        x = xs[0] if sym else xs[0].b.emit("pad", xs[0], pads=full)
        return [forward(layers[i], x)]
    return step


def _transpose_pads(ctx, a, k, s, d, op, hw):
    """(begin, end) pads of a ConvTranspose and its output_padding: from pads, or from
    output_shape / auto_pad=SAME_* (the total padding split as ONNX specifies). A negative
    total becomes extra output_padding."""
    auto = a.get("auto_pad", b"NOTSET")
    auto = auto.decode() if isinstance(auto, bytes) else auto
    if auto not in ("NOTSET", "", "VALID", "SAME_UPPER", "SAME_LOWER"):
        ctx.fail(f"auto_pad={auto!r} is not supported")
    out_shape = a.get("output_shape")
    if out_shape is None and auto.startswith("SAME"):
        out_shape = [n * ss for n, ss in zip(hw, s)]
    if out_shape is None:
        p = [0, 0, 0, 0] if auto == "VALID" else list(a.get("pads", [0, 0, 0, 0]))
        return [(p[0], p[2]), (p[1], p[3])], list(op)
    out_shape = list(out_shape)[-2:]
    pads, ops = [], list(op)
    for j, (n, kk, ss, dd, o) in enumerate(zip(hw, k, s, d, out_shape)):
        total = ss * (n - 1) + ops[j] + (kk - 1) * dd + 1 - o
        if total < 0:
            ops[j] -= total
            total = 0
        half = total // 2
        pads.append((half, total - half) if auto == "SAME_UPPER" else (total - half, half))
    return pads, ops


def conv_transpose(ctx):
    """Our ConvTranspose with the smaller pad of each axis on both sides, then a slice of the
    rest (asymmetric pads crop one side more)."""
    _known(ctx, ("auto_pad", "dilations", "group", "kernel_shape", "output_padding",
                 "output_shape", "pads", "strides"))
    shape = _spatial(ctx)
    w = ctx.const(1, "the weight")
    a, k, s, d = _window_attrs(ctx, w.shape[2:])
    if k != w.shape[2:]:
        ctx.fail(f"kernel_shape {k} differs from the weight's {w.shape[2:]}")
    pads, op = _transpose_pads(ctx, a, k, s, d, tuple(a.get("output_padding", (0, 0))),
                               shape[2:])
    sym = tuple(min(b, e) for b, e in pads)
    crop = [(b - p, e - p) for (b, e), p in zip(pads, sym)]
    g = int(a.get("group", 1))
    bias = ctx.const(2, "the bias") if ctx.has(2) else None
    try:
        layer = ConvTranspose(w.shape[0], w.shape[1] * g, k, stride=s, dilation=d, groups=g,
                              padding=sym, output_padding=tuple(op), use_bias=bias is not None)
    except ValueError as e:
        ctx.fail(str(e))
    _set(layer, weight=w, **({} if bias is None else {"bias": bias}))
    i = ctx.add_layer(layer)

    def step(layers, xs):
        y = forward(layers[i], xs[0])
        for axis, (lo, hi) in zip((2, 3), crop):
            if lo or hi:
                y = y.b.emit("slice", y, axis=axis, start=lo, stop=y.shape[axis] - hi)
        return [y]
    return step


# ---- pooling -----------------------------------------------------------------------------------
def _max_window(ctx, n, k, s, d, b, e, ceil):
    """(symmetric padding, first window, windows) of our MaxPool computing ONNX's windows on
    one axis: padding max(b, e') (e' with the ceil_mode overhang; padding never wins the
    max, so wider padding changes nothing), its windows shifted by whole strides."""
    out, extra = _extents(n, k, s, d, b, e, ceil)
    p = max(b, e + extra)
    if p > k // 2 or (p - b) % s:
        return None
    return p, (p - b) // s, out


def max_pool(ctx):
    """Our MaxPool (symmetric padding of at most half the kernel), then a slice when ONNX's
    asymmetric pads or ceil_mode select a shifted or shorter run of its windows; other
    padding through _max_pool_padded."""
    _known(ctx, ("auto_pad", "ceil_mode", "dilations", "kernel_shape", "pads", "storage_order",
                 "strides"))
    if len([o for o in ctx.node.output if o]) > 1:
        ctx.fail("the Indices output is not supported")
    if len(ctx.shape(0)) == 5:
        return pool3d(ctx, "max")
    shape = _spatial(ctx)
    a, k, s, d = _window_attrs(ctx)
    pads = _pads(ctx, a, k, s, d, shape[2:])
    ceil = bool(a.get("ceil_mode", 0))
    plan = [_max_window(ctx, n, kk, ss, dd, b, e, ceil)
            for n, kk, ss, dd, (b, e) in zip(shape[2:], k, s, d, pads)]
    if None in plan:
        return _max_pool_padded(ctx, shape, k, s, d, pads, ceil)
    i = ctx.add_layer(MaxPool(k, stride=s, padding=tuple(p for p, _, _ in plan), dilation=d))

    def step(layers, xs):
        y = forward(layers[i], xs[0])
        for axis, (_, first, out) in zip((2, 3), plan):
            if first or y.shape[axis] != out:
                y = y.b.emit("slice", y, axis=axis, start=first, stop=first + out)
        return [y]
    return step


def _max_pool_padded(ctx, shape, k, s, d, pads, ceil):
    """Padding our MaxPool cannot take (over half the kernel, off-stride shifts): explicit
    padding whose pads are -inf (a where on a constant mask, so inside values, -0.0 included,
    pass unchanged), then our MaxPool without padding and a slice to ONNX's extent."""
    full, outs = [(0, 0), (0, 0)], []
    for n, kk, ss, dd, (b, e) in zip(shape[2:], k, s, d, pads):
        out, extra = _extents(n, kk, ss, dd, b, e, ceil)
        full.append((b, e + extra))
        outs.append(out)
    inside = np.zeros((1, 1) + tuple(n + b + e for n, (b, e) in zip(shape[2:], full[2:])))
    inside[:, :, full[2][0]:full[2][0] + shape[2], full[3][0]:full[3][0] + shape[3]] = 1
    i = ctx.add_layer(MaxPool(k, stride=s, padding=0, dilation=d))

    def step(layers, xs):
        x, b = xs[0], xs[0].b
        xp = b.emit("pad", x, pads=tuple(full))
        xp = b.emit("where", b.lift(inside.astype(x.dtype), like=x), xp,
                    b.lift(np.array(-np.inf, x.dtype), like=x))
        y = forward(layers[i], xp)
        for axis, out in zip((2, 3), outs):
            if y.shape[axis] != out:
                y = b.emit("slice", y, axis=axis, start=0, stop=out)
        return [y]
    return step


def avg_pool(ctx):
    """Explicit zero padding (pads, and the overhang of ceil_mode) then our AvgPool without
    padding (divisor kH*kW), rescaled by a constant to ONNX's divisor: the covered input
    elements (count_include_pad=0, the default) or input and pads (=1)."""
    _known(ctx, ("auto_pad", "ceil_mode", "count_include_pad", "dilations", "kernel_shape",
                 "pads", "strides"))
    if len([o for o in ctx.node.output if o]) > 1:
        ctx.fail("more than one output is not supported")
    if len(ctx.shape(0)) == 5:
        return pool3d(ctx, "avg")
    shape = _spatial(ctx)
    a, k, s, d = _window_attrs(ctx)
    pads = _pads(ctx, a, k, s, d, shape[2:])
    ceil, include = bool(a.get("ceil_mode", 0)), bool(a.get("count_include_pad", 0))
    full, counts = [(0, 0), (0, 0)], []
    for n, kk, ss, dd, (b, e) in zip(shape[2:], k, s, d, pads):
        out, extra = _extents(n, kk, ss, dd, b, e, ceil)
        full.append((b, e + extra))
        counts.append(_divisors(n, kk, ss, dd, b, e, out, include))
    i = ctx.add_layer(AvgPool(k, stride=s, padding=0, dilation=d))
    scale = k[0] * k[1] / np.outer(counts[0], counts[1])
    padded = any(b or e for b, e in full)
    rescale = not np.all(scale == 1.0)

    def step(layers, xs):
        x = xs[0].b.emit("pad", xs[0], pads=tuple(full)) if padded else xs[0]
        y = forward(layers[i], x)
        return [y * scale.astype(y.dtype) if rescale else y]
    return step


# ---- normalisation -----------------------------------------------------------------------------
def batch_norm(ctx):
    """Inference BatchNormalization: our BatchNorm in test mode with the running statistics.
    ONNX's momentum weighs the old running value, ours (PyTorch's) the new one: m = 1 - m_onnx."""
    _known(ctx, ("epsilon", "momentum", "spatial", "training_mode"))
    a = ctx.attrs()
    if a.get("training_mode", 0):
        return _batch_norm_train(ctx, a)
    if len([o for o in ctx.node.output if o]) > 1:
        ctx.fail("running statistics outputs need training_mode=1")
    if not a.get("spatial", 1):
        ctx.fail("spatial=0 is not supported")
    shape = ctx.static(0, (1,))
    if len(shape) not in (2, 3, 4):
        ctx.fail(f"input of rank {len(shape)} is not supported (2, 3 or 4)")
    scale, bias, mean, var = (ctx.const(j, n) for j, n in
                              enumerate(("scale", "B", "mean", "var"), 1))
    layer = BatchNorm(shape[1], epsilon=float(a.get("epsilon", 1e-5)),
                      momentum=1.0 - float(a.get("momentum", 0.9)))
    _set(layer, weight=scale, bias=bias, running_mean=mean, running_variance=var)
    i = ctx.add_layer(layer)

    def step(layers, xs):
        x = xs[0]
        if len(shape) == 3:  # (N, C, L) as (N, C, L, 1)
            return [F.reshape(forward(layers[i], F.reshape(x, tuple(x.shape) + (1,))),
                              tuple(x.shape))]
        return [forward(layers[i], x)]
    return step


def _batch_norm_train(ctx, a):
    """training_mode=1: normalised with the batch's statistics; the running statistics'
    updates are the optional outputs (OnnxBatchNormTrain)."""
    from .layers import OnnxBatchNormTrain
    if len(ctx.static(0, (1,))) < 2:
        ctx.fail("input of rank < 2 is not supported")
    layer = OnnxBatchNormTrain(*(ctx.const(j, n) for j, n in
                                 enumerate(("scale", "B", "mean", "var"), 1)),
                               epsilon=a.get("epsilon", 1e-5), momentum=a.get("momentum", 0.9))
    i = ctx.add_layer(layer)
    want = [bool(o) for o in ctx.node.output]

    def step(layers, xs):
        outs = forward(layers[i], xs[0])
        return [o if w else None for o, w in zip(outs, want)]
    return step


def instance_norm(ctx):
    _known(ctx, ("epsilon",))
    shape = ctx.static(0, (1,))
    if len(shape) < 3:
        ctx.fail(f"input of rank {len(shape)} is not supported (rank >= 3)")
    layer = InstanceNorm(shape[1], epsilon=float(ctx.attrs().get("epsilon", 1e-5)),
                         track_running_stats=False)
    _set(layer, weight=ctx.const(1, "scale"), bias=ctx.const(2, "B"))
    i = ctx.add_layer(layer)
    return lambda layers, xs: [forward(layers[i], xs[0])]


def layer_norm(ctx):
    """Y from our LayerNorm over the axes from ``axis`` on; the optional Mean and InvStdDev
    outputs (biased variance, keepdims) computed beside it."""
    _known(ctx, ("axis", "epsilon", "stash_type"))
    shape = ctx.shape(0)
    a = ctx.attrs()
    axis = int(a.get("axis", -1))
    axis = axis + len(shape) if axis < 0 else axis
    # every normalised axis must be static (axis 0 too, where the model has a fixed batch)
    norm = tuple(ctx.static(0, range(axis, len(shape)))[axis:])
    scale = ctx.const(1, "Scale")
    bias = ctx.const(2, "B") if ctx.has(2) else np.zeros((), scale.dtype)
    layer = LayerNorm(norm, epsilon=float(a.get("epsilon", 1e-5)))
    _set(layer, weight=np.broadcast_to(scale, norm).astype(scale.dtype),
         bias=np.broadcast_to(bias, norm).astype(scale.dtype))
    i = ctx.add_layer(layer)
    axes, eps = tuple(range(axis, len(shape))), layer.epsilon
    stats = len(ctx.node.output) > 1

    def step(layers, xs):
        x = xs[0]
        if axis == 0:  # over everything (a fixed batch): our LayerNorm wants a leading axis
            y = F.reshape(forward(layers[i], F.reshape(x, (1,) + tuple(x.shape))), x.shape)
        else:
            y = forward(layers[i], x)
        if not stats:
            return [y]
        mean = F.mean(xs[0], axes, keepdims=True)
        d = xs[0] - mean
        return [y, mean, 1.0 / F.sqrt(F.mean(d * d, axes, keepdims=True) + eps)]
    return step


# ---- 1-D windows as 2-D ones ---------------------------------------------------------------
_ONE = {"kernel_shape": 1, "strides": 1, "dilations": 1, "output_padding": 0, "output_shape": 1}


def one_d(conv2d):
    """Conv/pool converter that also takes (N, C, L) inputs: the node is rewritten as its 2-D
    form on (N, C, L, 1) (a unit second window axis, weight (..., k, 1)) and the step reshapes
    in and out, so the 2-D checks and layers serve both."""
    def conv(ctx):
        shape = ctx.shape(0)
        if len(shape) != 3:
            return conv2d(ctx)
        from onnx import NodeProto, helper
        node, new = ctx.node, NodeProto()
        new.CopyFrom(node)
        new.input[0] = node.input[0] + "__as_2d"
        ctx.shapes[new.input[0]] = tuple(shape) + (1,)
        w = ctx.consts.get(node.input[1]) if len(node.input) > 1 else None
        if isinstance(w, np.ndarray) and w.ndim == 3:
            new.input[1] = node.input[1] + "__as_2d"
            ctx.consts[new.input[1]] = w[..., None]
        del new.attribute[:]
        for name, v in ctx.attrs().items():
            if name in _ONE:
                v = list(v) + [_ONE[name]]
            elif name == "pads":
                v = [v[0], 0, v[1], 0]
            new.attribute.append(helper.make_attribute(name, v))
        ctx.node = new
        try:
            step2 = conv2d(ctx)
        finally:
            ctx.node = node

        def step(layers, xs):
            x = xs[0]
            ys = step2(layers, [F.reshape(x, tuple(x.shape) + (1,))] + list(xs[1:]))
            return [None if y is None else F.reshape(y, tuple(y.shape[:3])) for y in ys]
        return step
    return conv
