"""2-D convolution ops, NCHW (API.md §3); attrs are (height, width) pairs, ``groups`` an int.

  conv2d(x, w){stride, padding, dilation, groups}
      cross-correlation; x (N, C, H, W), w (O, C/g, kH, kW) -> (N, O, Ho, Wo),
      Ho = floor((H + 2p - d(kH-1) - 1) / s) + 1. No bias: layers add it with reshape + add.
  conv_transpose2d(x, w){stride, padding, output_padding, dilation, groups}
      the input-gradient of conv2d, as PyTorch; x (N, C, H, W), w (C, O/g, kH, kW) ->
      (N, O, Ho, Wo), Ho = (H-1)s - 2p + d(kH-1) + output_padding + 1.
  conv2d_grad_weight(x, gy){kernel_size, stride, padding, dilation, groups}
      the weight-gradient of conv2d: (O, C/g, kH, kW) = sum over n, ho, wo of gy * windows of x.

All three are bilinear, so each VJP is a combination of the three ops again (second
derivatives work). References are im2col / col2im + matmul, looping over kernel offsets only.
"""

from __future__ import annotations

import numpy as np

from ..errors import ShapeError, where
from ..ir.types import TensorType, show_shape
from ._util import same_dtype
from ._window import (
    col2im_add,
    cols2d,
    hw_attr,
    image_type,
    out_extent,
    pad_hw,
    pair2,
    spatial_out,
)
from .registry import defop

ONE, ZERO = (1, 1), (0, 0)


def _geometry(attrs, src, op):
    s = hw_attr(attrs, "stride", ONE, src, op, 1)
    p = hw_attr(attrs, "padding", ZERO, src, op, 0)
    d = hw_attr(attrs, "dilation", ONE, src, op, 1)
    g = attrs.get("groups", 1)
    if not isinstance(g, (int, np.integer)) or g < 1:
        raise ShapeError(f"{where(src)}{op}: groups must be a positive int, got {g!r}")
    return s, p, d, int(g)


def _divisible(src, op, what, n, g):
    if n % g:
        raise ShapeError(f"{where(src)}{op}: {what} ({n}) must be divisible by groups ({g})")


# ---- conv2d ---------------------------------------------------------------------------------


def _conv2d_infer(types, attrs, src):
    x, w = types
    dt = same_dtype(types, src, "conv2d")
    image_type(x, src, "conv2d")
    image_type(w, src, "conv2d", "weight")
    s, p, d, g = _geometry(attrs, src, "conv2d")
    c, o = x.shape[1], w.shape[0]
    _divisible(src, "conv2d", "input channels", c, g)
    _divisible(src, "conv2d", "output channels", o, g)
    if w.shape[1] != c // g:
        raise ShapeError(f"{where(src)}conv2d: weight {show_shape(w.shape)} needs C/groups = "
                         f"{c // g} at axis 1 for input {show_shape(x.shape)}")
    out = spatial_out("conv2d", src, x.shape[2:], w.shape[2:], s, p, d)
    return TensorType((x.shape[0], o) + out, dt)


def _conv2d_ref(x, w, stride=ONE, padding=ZERO, dilation=ONE, groups=1):
    s, p, d = pair2(stride), pair2(padding), pair2(dilation)
    n, c, h, wd = x.shape
    o, cg, kh, kw = w.shape
    out = (out_extent(h, kh, s[0], p[0], d[0]), out_extent(wd, kw, s[1], p[1], d[1]))
    cols = cols2d(pad_hw(x, p), (kh, kw), s, d, out)
    cols = cols.reshape(n, groups, cg * kh * kw, out[0] * out[1])
    y = np.matmul(w.reshape(groups, o // groups, cg * kh * kw), cols)  # (N, g, O/g, Ho*Wo)
    return y.reshape(n, o, out[0], out[1])


def _restoring_output_padding(in_hw, out_hw, k, s, p, d):
    """output_padding making conv_transpose2d map the conv output size back to ``in_hw``."""
    return tuple(in_hw[a] - ((out_hw[a] - 1) * s[a] - 2 * p[a] + d[a] * (k[a] - 1) + 1)
                 for a in range(2))


def _conv2d_vjp(b, x, y, ct, stride=ONE, padding=ZERO, dilation=ONE, groups=1):
    """dx = conv_transpose2d(ct, w) with the output_padding that restores (H, W);
    dw = conv2d_grad_weight(x, ct)."""
    xv, wv = x
    k = tuple(wv.shape[2:])
    s, p, d = pair2(stride), pair2(padding), pair2(dilation)
    op = _restoring_output_padding(xv.shape[2:], ct.shape[2:], k, s, p, d)
    dx = b.emit("conv_transpose2d", ct, wv, stride=s, padding=p, output_padding=op,
                dilation=d, groups=groups)
    dw = b.emit("conv2d_grad_weight", xv, ct, kernel_size=k, stride=s, padding=p, dilation=d,
                groups=groups)
    return [dx, dw]


defop("conv2d", kind="conv", infer=_conv2d_infer, ref=_conv2d_ref, vjp=_conv2d_vjp, arity=2,
      doc=_conv2d_vjp.__doc__)


# ---- conv2d_grad_weight ---------------------------------------------------------------------


def _conv2d_grad_weight_infer(types, attrs, src):
    x, gy = types
    op = "conv2d_grad_weight"
    dt = same_dtype(types, src, op)
    image_type(x, src, op)
    image_type(gy, src, op, "output gradient")
    k = hw_attr(attrs, "kernel_size", None, src, op, 1)
    s, p, d, g = _geometry(attrs, src, op)
    if x.shape[0] != gy.shape[0]:
        raise ShapeError(f"{where(src)}{op}: batch extents differ: {show_shape(x.shape)} and "
                         f"{show_shape(gy.shape)}")
    _divisible(src, op, "input channels", x.shape[1], g)
    _divisible(src, op, "output channels", gy.shape[1], g)
    out = spatial_out(op, src, x.shape[2:], k, s, p, d)
    if tuple(gy.shape[2:]) != out:
        raise ShapeError(f"{where(src)}{op}: output gradient {show_shape(gy.shape)} does not "
                         f"match the conv output (H, W) = {out} of input {show_shape(x.shape)}")
    return TensorType((gy.shape[1], x.shape[1] // g) + k, dt)


def _conv2d_grad_weight_ref(x, gy, kernel_size, stride=ONE, padding=ZERO, dilation=ONE,
                            groups=1):
    k, s, p, d = pair2(kernel_size), pair2(stride), pair2(padding), pair2(dilation)
    n, c = x.shape[:2]
    o, out = gy.shape[1], gy.shape[2:]
    cg, og = c // groups, o // groups
    hw = out[0] * out[1]  # not -1: an empty batch leaves reshape nothing to infer it from
    cols = cols2d(pad_hw(x, p), k, s, d, out).reshape(n, groups, cg * k[0] * k[1], hw)
    # one BLAS product per (sample, group) on contiguous operands (transposed via BLAS flags),
    # then a small sum over the batch: ~10x faster than tensordot's transposing copies
    dw = np.matmul(gy.reshape(n, groups, og, hw), cols.transpose(0, 1, 3, 2)).sum(axis=0)
    return dw.reshape(o, cg, k[0], k[1])


def _conv2d_grad_weight_vjp(b, x, y, ct, kernel_size, stride=ONE, padding=ZERO, dilation=ONE,
                            groups=1):
    """Bilinear: <gw(x, gy), c> = <conv2d(x, c), gy>, so dgy = conv2d(x, c) and
    dx = conv_transpose2d(gy, c) (output_padding restoring x's (H, W))."""
    xv, gy = x
    s, p, d = pair2(stride), pair2(padding), pair2(dilation)
    op = _restoring_output_padding(xv.shape[2:], gy.shape[2:], pair2(kernel_size), s, p, d)
    dx = b.emit("conv_transpose2d", gy, ct, stride=s, padding=p, output_padding=op,
                dilation=d, groups=groups)
    dgy = b.emit("conv2d", xv, ct, stride=s, padding=p, dilation=d, groups=groups)
    return [dx, dgy]


defop("conv2d_grad_weight", kind="conv", infer=_conv2d_grad_weight_infer,
      ref=_conv2d_grad_weight_ref, vjp=_conv2d_grad_weight_vjp, arity=2,
      doc=_conv2d_grad_weight_vjp.__doc__)


# ---- conv_transpose2d -----------------------------------------------------------------------


def _transpose_out(hw, k, s, p, op, d):
    return tuple((hw[a] - 1) * s[a] - 2 * p[a] + d[a] * (k[a] - 1) + op[a] + 1 for a in range(2))


def _conv_transpose2d_infer(types, attrs, src):
    x, w = types
    name = "conv_transpose2d"
    dt = same_dtype(types, src, name)
    image_type(x, src, name)
    image_type(w, src, name, "weight")
    s, p, d, g = _geometry(attrs, src, name)
    op = hw_attr(attrs, "output_padding", ZERO, src, name, 0)
    c = x.shape[1]
    _divisible(src, name, "input channels", c, g)
    if w.shape[0] != c:
        raise ShapeError(f"{where(src)}{name}: weight {show_shape(w.shape)} needs C = {c} at "
                         f"axis 0 for input {show_shape(x.shape)}")
    for a in range(2):
        if not (op[a] < s[a] or op[a] < d[a]):
            raise ShapeError(f"{where(src)}{name}: output_padding {op} must be smaller than "
                             f"stride {s} or dilation {d}")
    out = _transpose_out(x.shape[2:], w.shape[2:], s, p, op, d)
    if min(out) < 1:
        raise ShapeError(f"{where(src)}{name}: output (H, W) would be {out} for input "
                         f"{show_shape(x.shape)}, kernel {tuple(w.shape[2:])}, padding {p}")
    return TensorType((x.shape[0], w.shape[1] * g) + out, dt)


def _conv_transpose2d_ref(x, w, stride=ONE, padding=ZERO, output_padding=ZERO, dilation=ONE,
                          groups=1):
    s, p, d, op = pair2(stride), pair2(padding), pair2(dilation), pair2(output_padding)
    n, c, h, wd = x.shape
    og, kh, kw = w.shape[1:]
    cg, o = c // groups, og * groups
    wm = w.reshape(groups, cg, og * kh * kw).transpose(0, 2, 1)
    cols = np.matmul(wm, x.reshape(n, groups, cg, h * wd))  # (N, g, O/g*kH*kW, H*W)
    cols = cols.reshape(n, o, kh, kw, h, wd)
    # every written position, plus room for output_padding: (Ho + 2p) rows, >= p + Ho
    out = _transpose_out((h, wd), (kh, kw), s, p, op, d)
    full = np.zeros((n, o, out[0] + 2 * p[0], out[1] + 2 * p[1]), cols.dtype)
    col2im_add(full, cols, s, d)
    return full[:, :, p[0]:p[0] + out[0], p[1]:p[1] + out[1]]


def _conv_transpose2d_vjp(b, x, y, ct, stride=ONE, padding=ZERO, output_padding=ZERO,
                          dilation=ONE, groups=1):
    """dx = conv2d(ct, w) (first H rows / W columns: with output_padding >= stride the conv
    sees extra ones); dw = conv2d_grad_weight(ct, x) with the roles swapped (x zero-padded at
    the high end to the conv output extent of ct)."""
    xv, wv = x
    s, p, d = pair2(stride), pair2(padding), pair2(dilation)
    dx = b.emit("conv2d", ct, wv, stride=s, padding=p, dilation=d, groups=groups)
    gy = xv
    for axis in (2, 3):
        extra = dx.shape[axis] - xv.shape[axis]
        if extra:
            dx = b.emit("slice", dx, axis=axis, start=0, stop=xv.shape[axis])
            pads = tuple((0, extra) if a == axis else (0, 0) for a in range(4))
            gy = b.emit("pad", gy, pads=pads)
    dw = b.emit("conv2d_grad_weight", ct, gy, kernel_size=tuple(wv.shape[2:]), stride=s,
                padding=p, dilation=d, groups=groups)
    return [dx, dw]


defop("conv_transpose2d", kind="conv", infer=_conv_transpose2d_infer,
      ref=_conv_transpose2d_ref, vjp=_conv_transpose2d_vjp, arity=2,
      doc=_conv_transpose2d_vjp.__doc__)
