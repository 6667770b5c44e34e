"""2-D pooling ops, NCHW (API.md §3); attrs are (height, width) pairs.

  max_pool2d(x){kernel_size, stride, padding, dilation}     padding is -inf: it never wins
  avg_pool2d(x){kernel_size, stride, padding, dilation}     zero padding, divisor kH*kW
  adaptive_max_pool2d(x){output_size}, adaptive_avg_pool2d(x){output_size}
      output i covers input [floor(i*in/out), ceil((i+1)*in/out)); the output may be larger
      than the input (windows then overlap).
and their gradient ops ``*_grad``. Padding must be at most half the kernel (as PyTorch), and
max-pool ties send the gradient to the FIRST maximum in row-major window order (PyTorch).
References loop over kernel offsets (or gather whole adaptive windows): never over pixels.
"""

from __future__ import annotations

import numpy as np

from ..errors import ShapeError, where
from ..ir.types import TensorType, show_shape
from ._util import same_dtype
from ._window import hw_attr, image_type, offset_slice, out_extent, pad_hw, pair2, spatial_out
from .registry import defop

ONE, ZERO = (1, 1), (0, 0)


def _window_attrs(attrs, src, op):
    k = hw_attr(attrs, "kernel_size", None, src, op, 1)
    s = hw_attr(attrs, "stride", k, src, op, 1)
    p = hw_attr(attrs, "padding", ZERO, src, op, 0)
    d = hw_attr(attrs, "dilation", ONE, src, op, 1)
    if p[0] > k[0] // 2 or p[1] > k[1] // 2:
        raise ShapeError(f"{where(src)}{op}: padding {p} must be at most half the kernel "
                         f"size {k}")
    return k, s, p, d


def _geom(kernel_size, stride, padding, dilation, hw):
    k = pair2(kernel_size)
    s = k if stride is None else pair2(stride)
    p, d = pair2(padding), pair2(dilation)
    out = tuple(out_extent(hw[a], k[a], s[a], p[a], d[a]) for a in range(2))
    return k, s, p, d, out


def _offsets(k, s, d, out):
    """(flat offset index, row slice, column slice) for every kernel offset, row-major."""
    for i in range(k[0]):
        si = offset_slice(i, d[0], s[0], out[0])
        for j in range(k[1]):
            yield i * k[1] + j, si, offset_slice(j, d[1], s[1], out[1])


def _pool_infer(op):
    def infer(types, attrs, src):
        x = image_type(types[0], src, op)
        k, s, p, d = _window_attrs(attrs, src, op)
        out = spatial_out(op, src, x.shape[2:], k, s, p, d)
        return TensorType(x.shape[:2] + out, x.dtype)

    return infer


def _grad_infer(op, x_index):
    """Gradient ops: operand ``x_index`` gives the result type (x for max, none for avg), the
    last operand is the output gradient, checked against the pooled shape."""

    def infer(types, attrs, src):
        ct = image_type(types[-1], src, op, "output gradient")
        same_dtype(types, src, op)
        k, s, p, d = _window_attrs(attrs, src, op)
        if x_index is None:
            hw = hw_attr(attrs, "input_size", None, src, op, 1)
            x = TensorType(ct.shape[:2] + hw, ct.dtype)
        else:
            x = image_type(types[x_index], src, op)
        out = spatial_out(op, src, x.shape[2:], k, s, p, d)
        if tuple(ct.shape) != tuple(x.shape[:2]) + out:
            raise ShapeError(f"{where(src)}{op}: output gradient {show_shape(ct.shape)} does "
                             f"not match the pooled shape {show_shape(x.shape[:2] + out)}")
        return x

    return infer


# ---- max_pool2d -----------------------------------------------------------------------------


def _max_pool2d_ref(x, kernel_size, stride=None, padding=ZERO, dilation=ONE):
    k, s, p, d, out = _geom(kernel_size, stride, padding, dilation, x.shape[2:])
    xp = pad_hw(x, p, -np.inf)
    y = np.full(x.shape[:2] + out, -np.inf, x.dtype)
    for _, si, sj in _offsets(k, s, d, out):
        np.maximum(y, xp[:, :, si, sj], out=y)
    return y


def _max_pool2d_vjp(b, x, y, ct, **attrs):
    """dx = max_pool2d_grad(x, ct): ct goes to the first maximum of each window."""
    return [b.emit("max_pool2d_grad", x[0], ct, **attrs)]


defop("max_pool2d", kind="pool", infer=_pool_infer("max_pool2d"), ref=_max_pool2d_ref,
      vjp=_max_pool2d_vjp, arity=1, doc=__doc__)


def _max_pool2d_grad_ref(x, ct, kernel_size, stride=None, padding=ZERO, dilation=ONE):
    k, s, p, d, out = _geom(kernel_size, stride, padding, dilation, x.shape[2:])
    xp = pad_hw(x, p, -np.inf)
    best = np.full(ct.shape, -np.inf, x.dtype)
    arg = np.zeros(ct.shape, np.int64)
    for t, si, sj in _offsets(k, s, d, out):
        v = xp[:, :, si, sj]
        take = (v > best) | np.isnan(v)  # strict: ties keep the first maximum (as PyTorch)
        np.copyto(best, v, where=take)
        np.copyto(arg, t, where=take)
    dxp = np.zeros(xp.shape, np.result_type(x, ct))
    for t, si, sj in _offsets(k, s, d, out):
        dxp[:, :, si, sj] += np.where(arg == t, ct, 0)
    return dxp[:, :, p[0]:p[0] + x.shape[2], p[1]:p[1] + x.shape[3]]


defop("max_pool2d_grad", kind="pool", infer=_grad_infer("max_pool2d_grad", 0),
      ref=_max_pool2d_grad_ref, arity=2,
      nondiff="gradient op: second derivatives of max pooling are not supported")


# ---- avg_pool2d -----------------------------------------------------------------------------


def _avg_pool2d_ref(x, kernel_size, stride=None, padding=ZERO, dilation=ONE):
    k, s, p, d, out = _geom(kernel_size, stride, padding, dilation, x.shape[2:])
    xp = pad_hw(x, p)
    y = np.zeros(x.shape[:2] + out, x.dtype)
    for _, si, sj in _offsets(k, s, d, out):
        y += xp[:, :, si, sj]
    return y / x.dtype.type(k[0] * k[1])


def _avg_pool2d_vjp(b, x, y, ct, **attrs):
    """dx = avg_pool2d_grad(ct): each window's ct / (kH*kW) spread over the window."""
    return [b.emit("avg_pool2d_grad", ct, input_size=tuple(x[0].shape[2:]), **attrs)]


defop("avg_pool2d", kind="pool", infer=_pool_infer("avg_pool2d"), ref=_avg_pool2d_ref,
      vjp=_avg_pool2d_vjp, arity=1, doc=__doc__)


def _avg_pool2d_grad_ref(ct, input_size, kernel_size, stride=None, padding=ZERO, dilation=ONE):
    hw = pair2(input_size)
    k, s, p, d, out = _geom(kernel_size, stride, padding, dilation, hw)
    dxp = np.zeros(ct.shape[:2] + (hw[0] + 2 * p[0], hw[1] + 2 * p[1]), ct.dtype)
    share = ct / ct.dtype.type(k[0] * k[1])
    for _, si, sj in _offsets(k, s, d, out):
        dxp[:, :, si, sj] += share
    return dxp[:, :, p[0]:p[0] + hw[0], p[1]:p[1] + hw[1]]


def _avg_pool2d_grad_vjp(b, x, y, ct, input_size, **attrs):
    """Linear, the adjoint of avg_pool2d: d ct = avg_pool2d(ct')."""
    return [b.emit("avg_pool2d", ct, **attrs)]


defop("avg_pool2d_grad", kind="pool", infer=_grad_infer("avg_pool2d_grad", None),
      ref=_avg_pool2d_grad_ref, vjp=_avg_pool2d_grad_vjp, arity=1,
      doc=_avg_pool2d_grad_vjp.__doc__)


# ---- adaptive pools -------------------------------------------------------------------------


def _adaptive_infer(op, grad: bool):
    def infer(types, attrs, src):
        x = image_type(types[0], src, op)
        o = hw_attr(attrs, "output_size", None, src, op, 1)
        if not grad:
            return TensorType(x.shape[:2] + o, x.dtype)
        same_dtype(types, src, op)
        ct = image_type(types[1], src, op, "output gradient")
        if tuple(ct.shape) != tuple(x.shape[:2]) + o:
            raise ShapeError(f"{where(src)}{op}: output gradient {show_shape(ct.shape)} does "
                             f"not match the pooled shape {show_shape(x.shape[:2] + o)}")
        return x

    return infer


def _bounds(n_in: int, n_out: int):
    """Window [start, end) of each output: floor(i*in/out), ceil((i+1)*in/out)."""
    i = np.arange(n_out)
    return (i * n_in) // n_out, -((-(i + 1) * n_in) // n_out)


def _adaptive_index(n_in: int, n_out: int):
    """Gather indices (n_out, kmax) of every window (clipped) and the mask of real entries."""
    start, end = _bounds(n_in, n_out)
    t = np.arange(int((end - start).max()))
    idx = start[:, None] + t[None, :]
    valid = idx < end[:, None]
    return np.minimum(idx, n_in - 1), valid


def _adaptive_windows(x, output_size):
    """(N, C, oh, ow, kh*kw) window values (-inf outside a window) and the index tables."""
    oh, ow = pair2(output_size)
    ih, vh = _adaptive_index(x.shape[2], oh)
    iw, vw = _adaptive_index(x.shape[3], ow)
    g = x[:, :, ih][..., iw]  # (N, C, oh, kh, ow, kw)
    mask = vh[:, :, None, None] & vw[None, None, :, :]
    g = np.where(mask, g, -np.inf).astype(x.dtype, copy=False).transpose(0, 1, 2, 4, 3, 5)
    return g.reshape(g.shape[:4] + (-1,)), ih, iw


def _adaptive_max_pool2d_ref(x, output_size):
    return _adaptive_windows(x, output_size)[0].max(axis=-1)


def _adaptive_max_pool2d_vjp(b, x, y, ct, output_size):
    """dx = adaptive_max_pool2d_grad(x, ct): ct goes to the first maximum of each window."""
    return [b.emit("adaptive_max_pool2d_grad", x[0], ct, output_size=output_size)]


defop("adaptive_max_pool2d", kind="pool", infer=_adaptive_infer("adaptive_max_pool2d", False),
      ref=_adaptive_max_pool2d_ref, vjp=_adaptive_max_pool2d_vjp, arity=1, doc=__doc__)


def _adaptive_max_pool2d_grad_ref(x, ct, output_size):
    g, ih, iw = _adaptive_windows(x, output_size)
    kw = iw.shape[1]
    arg = np.argmax(g, axis=-1)  # first maximum in row-major window order
    a, bb = arg // kw, arg % kw
    oh, ow = ct.shape[2:]
    rows = ih[np.arange(oh)[:, None], a]  # (N, C, oh, ow)
    cols = iw[np.arange(ow)[None, :], bb]
    n, c, h, w = x.shape
    plane = (np.arange(n)[:, None] * c + np.arange(c)[None, :])[:, :, None, None]
    flat = ((plane * h + rows) * w + cols).reshape(-1)
    dx = np.bincount(flat, weights=ct.reshape(-1), minlength=x.size)
    return dx.reshape(x.shape).astype(np.result_type(x, ct), copy=False)


defop("adaptive_max_pool2d_grad", kind="pool",
      infer=_adaptive_infer("adaptive_max_pool2d_grad", True),
      ref=_adaptive_max_pool2d_grad_ref, arity=2,
      nondiff="gradient op: second derivatives of max pooling are not supported")


def _averaging_matrix(n_in: int, n_out: int, dtype) -> np.ndarray:
    """(n_out, n_in): row i averages its window, so adaptive avg pooling is A_h x A_w^T."""
    start, end = _bounds(n_in, n_out)
    cols = np.arange(n_in)[None, :]
    inside = (cols >= start[:, None]) & (cols < end[:, None])
    return (inside / (end - start)[:, None]).astype(dtype)


def _adaptive_avg_pool2d_ref(x, output_size):
    oh, ow = pair2(output_size)
    ah = _averaging_matrix(x.shape[2], oh, x.dtype)
    aw = _averaging_matrix(x.shape[3], ow, x.dtype)
    return np.matmul(np.matmul(ah, x), aw.T)


def _adaptive_avg_pool2d_vjp(b, x, y, ct, output_size):
    """dx = adaptive_avg_pool2d_grad(ct) = A_h^T ct A_w."""
    return [b.emit("adaptive_avg_pool2d_grad", ct, input_size=tuple(x[0].shape[2:]))]


defop("adaptive_avg_pool2d", kind="pool", infer=_adaptive_infer("adaptive_avg_pool2d", False),
      ref=_adaptive_avg_pool2d_ref, vjp=_adaptive_avg_pool2d_vjp, arity=1, doc=__doc__)


def _adaptive_avg_pool2d_grad_infer(types, attrs, src):
    op = "adaptive_avg_pool2d_grad"
    ct = image_type(types[0], src, op, "output gradient")
    hw = hw_attr(attrs, "input_size", None, src, op, 1)
    return TensorType(ct.shape[:2] + hw, ct.dtype)


def _adaptive_avg_pool2d_grad_ref(ct, input_size):
    h, w = pair2(input_size)
    ah = _averaging_matrix(h, ct.shape[2], ct.dtype)
    aw = _averaging_matrix(w, ct.shape[3], ct.dtype)
    return np.matmul(np.matmul(ah.T, ct), aw)


def _adaptive_avg_pool2d_grad_vjp(b, x, y, ct, input_size):
    """Linear, the adjoint of adaptive_avg_pool2d: d ct = adaptive_avg_pool2d(ct')."""
    return [b.emit("adaptive_avg_pool2d", ct, output_size=tuple(x[0].shape[2:]))]


defop("adaptive_avg_pool2d_grad", kind="pool", infer=_adaptive_avg_pool2d_grad_infer,
      ref=_adaptive_avg_pool2d_grad_ref, vjp=_adaptive_avg_pool2d_grad_vjp, arity=1,
      doc=_adaptive_avg_pool2d_grad_vjp.__doc__)
