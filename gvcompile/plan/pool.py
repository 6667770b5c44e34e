"""Pooling in the kernel plan, as loop kernels only (backend-neutral):

  max_pool2d / avg_pool2d   x padded by -inf / 0 (a copy, only when padding > 0); windows of at
                            most DIRECT_WINDOW_TAPS taps: one loop over (n, c, ho, wo) combining
                            the taps in row-major order; larger ones: one loop over
                            (n, c, i, j, ho, wo) accumulates window offset (i, j) into y with a
                            max / sum sink; avg then divides by kH*kW
  avg_pool2d_grad           disjoint windows without padding: one loop over the outputs storing
                            ct / (kH*kW) to each tap (zero fill first unless the windows cover
                            x); otherwise ct / (kH*kW) scatter-added over the windows of a
                            zeroed padded canvas
  max_pool2d_grad           best = the forward max; a per-output flag records whether the
                            gradient was already routed: visiting the window offsets in row-major
                            order, the first offset whose value equals best takes ct (PyTorch's
                            first maximum), the flag blocks later ties; in a window with NaN
                            (best = NaN) the last NaN takes it, as the reference and PyTorch
                            (adaptive pools: the first NaN, as their reference's np.argmax)
  adaptive pools            windows that tile the input evenly (in % out == 0) are ordinary pools
                            with kernel = stride = in/out; otherwise separable contractions with
                            constant window matrices (averaging weights, or 0/1 masks with a max
                            sink) along W then H; the max gradient uses the flag scheme over
                            (n, c, h, w, oh, ow), i.e. windows visited in row-major order.
The accumulation loops keep axis 0 on (n, c) planes, so they split over threads safely
(loops.parallel_ok checks that different axis-0 indices touch disjoint memory).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ..ops._window import pair2
from ..ops.pool import _averaging_matrix, _bounds, _geom
from .extent import Lin
from .loop_body import LoopBody, const_buffer, copy, fill, temp
from .view import View

NEG_INF = -np.inf


def _padded(pb, k, nid, xv: View, p, value) -> View:
    if not any(p):
        return xv
    n, c, h, w = xv.shape
    big = temp(pb, nid, (n, c, h + 2 * p[0], w + 2 * p[1]), "pad")
    dt = pb.g.type(nid).dtype
    fill(k, dt, big, value)
    copy(k, dt, xv, big.slice(2, p[0], p[0] + h.b).slice(3, p[1], p[1] + w.b))
    return big


def _window_strides(v: View, s, d):
    """Strides of the window reads of padded view v over (n, c, i, j, ho, wo)."""
    sn, sc, sh, sw = v.strides
    return (sn, sc, sh * d[0], sw * d[1], sh * s[0], sw * s[1])


def _out_strides(v: View):
    """Strides of an (n, c, ho, wo) view over (n, c, i, j, ho, wo) (no dependence on i, j)."""
    sn, sc, sh, sw = v.strides
    return (sn, sc, Lin(), Lin(), sh, sw)


def _domain(v_out: View, k):
    n, c, ho, wo = v_out.shape
    return (n, c, Lin(0, k[0]), Lin(0, k[1]), ho, wo)


# Windows of up to this many taps are reduced by one loop over the outputs that reads every
# tap (an expression per tap, in row-major order, as the accumulating loop visits them): one
# pass writing each output once, instead of a fill and kH*kW read-modify-write passes over the
# output (LeNet's 2x2 average pools: 0.13 ms of a 2.3 ms step, at 10 GB/s). Same sums and
# maxima in the same order, so the same bits (but for the sign of an all-zero window's sum:
# the accumulating loop starts from +0).
DIRECT_WINDOW_TAPS = 16


def _window_direct(lb, xv, geom, combine: str) -> int:
    """The expression combining the kH*kW taps of the padded view xv at (n, c, ho, wo)."""
    k, s, _, d, _ = geom
    sn, sc, sh, sw = xv.strides
    strides = (sn, sc, sh * s[0], sw * s[1])
    acc = None
    for i in range(k[0]):
        for j in range(k[1]):
            tap = replace(xv, offset=xv.offset + sh * (i * d[0]) + sw * (j * d[1]))
            v = lb.load(tap, strides)
            acc = v if acc is None else lb.op(combine, acc, v)
    return acc


def _window_reduce(pb, kern, nid, xv, out, geom, mode, scale=None):
    """out[n, c, ho, wo] (mode-)accumulates the windows of the padded view xv (then is
    divided by ``scale``)."""
    k, s, _, d, _ = geom
    dt = pb.g.type(nid).dtype
    if k[0] * k[1] <= DIRECT_WINDOW_TAPS:
        lb = LoopBody(out.shape, dt, f"{mode} of {k[0]}x{k[1]} windows, tap by tap")
        v = _window_direct(lb, xv, geom, "maximum" if mode == "max" else "add")
        if scale is not None:
            v = lb.op("div", v, lb.const(scale))
        lb.sink(v, out)
        kern.loops.append(lb.loop)
        return
    fill(kern, dt, out, NEG_INF if mode == "max" else 0.0)
    lb = LoopBody(_domain(out, k), dt, f"{mode} over {k[0]}x{k[1]} windows")
    lb.sink(lb.load(xv, _window_strides(xv, s, d)), out, _out_strides(out), mode)
    kern.loops.append(lb.loop)
    if scale is not None:
        lb = LoopBody(out.shape, dt, f"divide by {scale}")
        lb.sink(lb.op("div", lb.load(out), lb.const(scale)), out)
        kern.loops.append(lb.loop)


def _geometry(attrs, hw):
    return _geom(attrs["kernel_size"], attrs.get("stride"), attrs.get("padding", (0, 0)),
                 attrs.get("dilation", (1, 1)), hw)


def max_pool2d(pb, nid, attrs=None) -> View:
    d = pb.g.node(nid)
    x = d["inputs"][0]
    geom = _geometry(attrs or d["attrs"], pb.g.type(x).shape[2:])
    kern = pb._kernel(nid, "max_pool2d")
    xv = _padded(pb, kern, nid, pb.view(x), geom[2], NEG_INF)
    out = pb._new_temp(nid)
    _window_reduce(pb, kern, nid, xv, out, geom, "max")
    return out


def avg_pool2d(pb, nid, attrs=None) -> View:
    d = pb.g.node(nid)
    x = d["inputs"][0]
    geom = _geometry(attrs or d["attrs"], pb.g.type(x).shape[2:])
    kern = pb._kernel(nid, "avg_pool2d")
    xv = _padded(pb, kern, nid, pb.view(x), geom[2], 0.0)
    out = pb._new_temp(nid)
    _window_reduce(pb, kern, nid, xv, out, geom, "sum", scale=geom[0][0] * geom[0][1])
    return out


def _canvas(pb, kern, nid, p):
    """A zeroed (n, c, H + 2p, W + 2p) canvas for scatter-adds (the output itself when p = 0)
    and the function that finishes the output from it."""
    dt = pb.g.type(nid).dtype
    out = pb._new_temp(nid)
    if not any(p):
        fill(kern, dt, out)
        return out, lambda: out
    n, c, h, w = out.shape
    big = temp(pb, nid, (n, c, h + 2 * p[0], w + 2 * p[1]), "canvas")
    fill(kern, dt, big)

    def finish():
        copy(kern, dt, big.slice(2, p[0], p[0] + h.b).slice(3, p[1], p[1] + w.b), out)
        return out

    return big, finish


def avg_pool2d_grad(pb, nid, attrs=None) -> View:
    d = pb.g.node(nid)
    a = attrs or d["attrs"]
    ct = pb.view(d["inputs"][0])
    geom = _geometry(a, pair2(a["input_size"]))
    k, s, p, dl, _ = geom
    kern = pb._kernel(nid, "avg_pool2d_grad")
    if _disjoint(geom) and not any(p) and k[0] * k[1] <= DIRECT_WINDOW_TAPS:
        return _avg_grad_direct(pb, kern, nid, ct, geom)
    canvas, finish = _canvas(pb, kern, nid, p)
    lb = LoopBody(_domain(ct, k), d["type"].dtype, "scatter ct / (kH*kW) over the windows")
    share = lb.op("div", lb.load(ct, _out_strides(ct)), lb.const(k[0] * k[1]))
    lb.sink(share, canvas, _window_strides(canvas, s, dl), "sum")
    kern.loops.append(lb.loop)
    return finish()


def _disjoint(geom) -> bool:
    """No two windows share an input element (stride >= dilated window extent)."""
    k, s, _, d, _ = geom
    return all(s[a] >= (k[a] - 1) * d[a] + 1 for a in (0, 1))


def _avg_grad_direct(pb, kern, nid, ct: View, geom) -> View:
    """Disjoint windows, no padding: each input element gets at most one share, so one loop
    over the outputs stores ct / (kH*kW) to every tap of its window (no canvas, no
    read-modify-write); elements no window covers (rows and columns past the last window,
    gaps between windows or taps) are zeroed first."""
    k, s, _, dl, _ = geom
    dt = pb.g.type(nid).dtype
    out = pb._new_temp(nid)
    n, c, h, w = out.shape
    ho, wo = ct.shape[2], ct.shape[3]
    covered = (tuple(dl) == (1, 1) and tuple(s) == tuple(k) and h == ho * k[0] and
               w == wo * k[1])
    if not covered:
        fill(kern, dt, out)
    dst = out
    lb = LoopBody(ct.shape, dt, f"ct / {k[0] * k[1]} to each tap of its window")
    share = lb.op("div", lb.load(ct), lb.const(k[0] * k[1]))
    sn, sc, sh, sw = dst.strides
    strides = (sn, sc, sh * s[0], sw * s[1])
    for i in range(k[0]):
        for j in range(k[1]):
            tap = replace(dst, offset=dst.offset + sh * (i * dl[0]) + sw * (j * dl[1]))
            lb.sink(share, tap, strides)
    kern.loops.append(lb.loop)
    return out


def _isnan(lb, v):
    return lb.op("sub", lb.const(1.0), lb.op("eq", v, v))


def _route_first_max(lb, v, best, flag, ct, inside=None, nans=None):
    """Body: hit = (v == best) * (1 - flag) [* inside]; returns (where(hit, ct, 0), flag + hit)
    expressions; the caller adds the sinks.

    A window holding NaN has best = NaN (no v equals it). ``nans`` None: its first NaN takes
    ct (np.argmax); else ``nans`` is the window's NaN count and the flag counts the NaNs seen,
    so the last NaN takes ct (PyTorch's ``val > max || isnan(val)`` scan)."""
    free = lb.op("sub", lb.const(1.0), flag)
    nan = _isnan(lb, v)
    if nans is None:
        hit = lb.op("mul", lb.op("add", lb.op("eq", v, best), nan), free)
        if inside is not None:
            hit = lb.op("mul", hit, inside)
        return lb.op("where", hit, ct, lb.const(0.0)), lb.op("add", flag, hit)
    first = lb.op("mul", lb.op("eq", v, best), free)
    last = lb.op("mul", nan, lb.op("eq", lb.op("add", flag, lb.const(1.0)), nans))
    hit = lb.op("add", first, last)
    return lb.op("where", hit, ct, lb.const(0.0)), lb.op("add", lb.op("add", flag, first), nan)


def max_pool2d_grad(pb, nid, attrs=None, last_nan=True) -> View:
    d = pb.g.node(nid)
    x, ctn = d["inputs"]
    dt = d["type"].dtype
    geom = _geometry(attrs or d["attrs"], pb.g.type(x).shape[2:])
    k, s, p, dl, _ = geom
    ct = pb.view(ctn)
    kern = pb._kernel(nid, "max_pool2d_grad")
    xv = _padded(pb, kern, nid, pb.view(x), p, NEG_INF)
    best = temp(pb, nid, ct.shape, "best")
    nans = None
    if last_nan:
        nans = temp(pb, nid, ct.shape, "nans")
        fill(kern, dt, best, NEG_INF)
        fill(kern, dt, nans)
        lb = LoopBody(_domain(best, k), dt, "max and NaN count over the windows")
        v = lb.load(xv, _window_strides(xv, s, dl))
        lb.sink(v, best, _out_strides(best), "max")
        lb.sink(_isnan(lb, v), nans, _out_strides(nans), "sum")
        kern.loops.append(lb.loop)
    else:
        _window_reduce(pb, kern, nid, xv, best, geom, "max")
    flag = temp(pb, nid, ct.shape, "taken")
    fill(kern, dt, flag)
    canvas, finish = _canvas(pb, kern, nid, p)
    lb = LoopBody(_domain(ct, k), dt, "route ct to the first maximum of each window")
    v = lb.load(xv, _window_strides(xv, s, dl))
    give, taken = _route_first_max(lb, v, lb.load(best, _out_strides(best)),
                                   lb.load(flag, _out_strides(flag)),
                                   lb.load(ct, _out_strides(ct)),
                                   nans=None if nans is None else
                                   lb.load(nans, _out_strides(nans)))
    lb.sink(give, canvas, _window_strides(canvas, s, dl), "sum")
    lb.sink(taken, flag, _out_strides(flag))
    kern.loops.append(lb.loop)
    return finish()


# ---- adaptive pools ---------------------------------------------------------------------------


def _even(hw_in, hw_out) -> bool:
    return all(i % o == 0 for i, o in zip(hw_in, hw_out, strict=True))


def _as_pool(hw_in, hw_out):
    k = tuple(i // o for i, o in zip(hw_in, hw_out, strict=True))
    return {"kernel_size": k, "stride": k, "padding": (0, 0), "dilation": (1, 1)}


def _mask(n_in, n_out, dtype):
    start, end = _bounds(n_in, n_out)
    cols = np.arange(n_in)[None, :]
    return ((cols >= start[:, None]) & (cols < end[:, None])).astype(dtype)


def _contract(pb, kern, nid, src: View, mat: View, axis: int, mode: str) -> View:
    """out[.., i, ..] = sum_j mat[i, j] src[.., j, ..] along spatial ``axis`` (2 or 3); with
    mode 'max': max over j with mat[i, j] != 0."""
    dt = pb.g.type(nid).dtype
    ni = mat.shape[0]
    shape = list(src.shape)
    shape[axis] = ni
    out = temp(pb, nid, tuple(shape), f"axis{axis}")
    fill(kern, dt, out, NEG_INF if mode == "max" else 0.0)
    # domain: src's axes with `axis` replaced by (i, j)
    dom = tuple(shape[:axis]) + (ni, src.shape[axis]) + tuple(shape[axis + 1:])
    z = Lin()
    s_src = tuple(src.strides[:axis]) + (z, src.strides[axis]) + tuple(src.strides[axis + 1:])
    s_out = tuple(out.strides[:axis]) + (out.strides[axis], z) + tuple(out.strides[axis + 1:])
    s_mat = (z,) * axis + mat.strides + (z,) * (len(shape) - axis - 1)
    lb = LoopBody(dom, dt, f"{mode} along axis {axis}")
    xv, mv = lb.load(src, s_src), lb.load(mat, s_mat)
    if mode == "max":
        lb.sink(lb.op("where", mv, xv, lb.const(NEG_INF)), out, s_out, "max")
    else:
        lb.sink(lb.op("mul", mv, xv), out, s_out, "sum")
    kern.loops.append(lb.loop)
    return out


def _separable(pb, nid, src: View, mats, mode, what) -> View:
    """Apply (H matrix, W matrix) along axes 3 then 2; the result is copied into the node's
    own buffer."""
    kern = pb._kernel(nid, what)
    t = _contract(pb, kern, nid, src, mats[1], 3, mode)
    t = _contract(pb, kern, nid, t, mats[0], 2, mode)
    out = pb._new_temp(nid)
    copy(kern, pb.g.type(nid).dtype, t, out)
    return out


def _consts(pb, nid, arrays, what):
    name = pb.g.node(nid)["name"]
    return [const_buffer(pb, a, f"{name}_{what}{k}") for k, a in enumerate(arrays)]


def adaptive_avg_pool2d(pb, nid) -> View:
    d = pb.g.node(nid)
    x = d["inputs"][0]
    hw, o = pb.g.type(x).shape[2:], pair2(d["attrs"]["output_size"])
    if _even(hw, o):
        return avg_pool2d(pb, nid, _as_pool(hw, o))
    dt = d["type"].dtype
    mats = _consts(pb, nid, [_averaging_matrix(hw[a], o[a], dt) for a in (0, 1)], "avg")
    return _separable(pb, nid, pb.view(x), mats, "sum", "adaptive_avg_pool2d")


def adaptive_avg_pool2d_grad(pb, nid) -> View:
    d = pb.g.node(nid)
    ct = d["inputs"][0]
    o, hw = pb.g.type(ct).shape[2:], pair2(d["attrs"]["input_size"])
    if _even(hw, o):
        return avg_pool2d_grad(pb, nid, dict(_as_pool(hw, o), input_size=hw))
    dt = d["type"].dtype
    mats = _consts(pb, nid, [np.ascontiguousarray(_averaging_matrix(hw[a], o[a], dt).T)
                             for a in (0, 1)], "avgT")
    return _separable(pb, nid, pb.view(ct), mats, "sum", "adaptive_avg_pool2d_grad")


def adaptive_max_pool2d(pb, nid) -> View:
    d = pb.g.node(nid)
    x = d["inputs"][0]
    hw, o = pb.g.type(x).shape[2:], pair2(d["attrs"]["output_size"])
    if _even(hw, o):
        return max_pool2d(pb, nid, _as_pool(hw, o))
    mats = _consts(pb, nid, [_mask(hw[a], o[a], d["type"].dtype) for a in (0, 1)], "mask")
    return _separable(pb, nid, pb.view(x), mats, "max", "adaptive_max_pool2d")


def adaptive_max_pool2d_grad(pb, nid) -> View:
    d = pb.g.node(nid)
    x, ctn = d["inputs"]
    hw, o = pb.g.type(x).shape[2:], pb.g.type(ctn).shape[2:]
    if _even(hw, o):
        return max_pool2d_grad(pb, nid, _as_pool(hw, o), last_nan=False)  # np.argmax
    dt = d["type"].dtype
    mh, mw = _consts(pb, nid, [_mask(hw[a], o[a], dt) for a in (0, 1)], "mask")
    xv, ct = pb.view(x), pb.view(ctn)
    kern = pb._kernel(nid, "adaptive_max_pool2d_grad")
    best = _contract(pb, kern, nid, _contract(pb, kern, nid, xv, mw, 3, "max"), mh, 2, "max")
    flag = temp(pb, nid, ct.shape, "taken")
    fill(kern, dt, flag)
    out = pb._new_temp(nid)
    fill(kern, dt, out)
    n, c, h, w = xv.shape
    z = Lin()
    dom = (n, c, h, w, Lin(0, o[0]), Lin(0, o[1]))

    def per_out(v):  # an (n, c, oh, ow) view over dom
        return (v.strides[0], v.strides[1], z, z, v.strides[2], v.strides[3])

    def per_in(v):  # an (n, c, h, w) view over dom
        return tuple(v.strides) + (z, z)

    lb = LoopBody(dom, dt, "route ct to the first maximum of each adaptive window")
    inside = lb.op("mul", lb.load(mh, (z, z, mh.strides[1], z, mh.strides[0], z)),
                   lb.load(mw, (z, z, z, mw.strides[1], z, mw.strides[0])))
    give, taken = _route_first_max(lb, lb.load(xv, per_in(xv)),
                                   lb.load(best, per_out(best)), lb.load(flag, per_out(flag)),
                                   lb.load(ct, per_out(ct)), inside)
    lb.sink(give, out, per_in(out), "sum")
    lb.sink(taken, flag, per_out(flag))
    kern.loops.append(lb.loop)
    return out


POOL_PLANS = {"max_pool2d": max_pool2d, "avg_pool2d": avg_pool2d,
              "avg_pool2d_grad": avg_pool2d_grad, "max_pool2d_grad": max_pool2d_grad,
              "adaptive_avg_pool2d": adaptive_avg_pool2d,
              "adaptive_avg_pool2d_grad": adaptive_avg_pool2d_grad,
              "adaptive_max_pool2d": adaptive_max_pool2d,
              "adaptive_max_pool2d_grad": adaptive_max_pool2d_grad}
