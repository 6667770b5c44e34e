"""Samples of the conv ops: odd sizes, strides 1-3, different (h, w) paddings, dilations 1-3,
groups 1/2/3, output_padding (also >= stride, allowed when < dilation). Expectations are direct
loops over output pixels written from the definitions (independent of the im2col references).
"""

from __future__ import annotations

import numpy as np

from . import Sample, rand


def _out(n, k, s, p, d):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def conv2d_loops(x, w, stride=(1, 1), padding=(0, 0), dilation=(1, 1), groups=1):
    """y[n, o, i, j] = sum_{c, a, b} x[n, g*Cg + c, i*s - p + a*d, j*s - p + b*d] w[o, c, a, b]
    over in-range positions, g = o // (O / groups)."""
    (s0, s1), (p0, p1), (d0, d1) = stride, padding, dilation
    n, _, h, wd = x.shape
    o, cg, kh, kw = w.shape
    og = o // groups
    ho, wo = _out(h, kh, s0, p0, d0), _out(wd, kw, s1, p1, d1)
    y = np.zeros((n, o, ho, wo))
    for b in range(n):
        for oc in range(o):
            base = (oc // og) * cg
            for i in range(ho):
                for j in range(wo):
                    acc = 0.0
                    for c in range(cg):
                        for a in range(kh):
                            for e in range(kw):
                                r, q = i * s0 - p0 + a * d0, j * s1 - p1 + e * d1
                                if 0 <= r < h and 0 <= q < wd:
                                    acc += x[b, base + c, r, q] * w[oc, c, a, e]
                    y[b, oc, i, j] = acc
    return y


def conv_transpose2d_loops(x, w, stride=(1, 1), padding=(0, 0), output_padding=(0, 0),
                           dilation=(1, 1), groups=1):
    """Scatter form: x[n, c, h, q] w[c, o, a, e] adds to y[n, g*Og + o, h*s - p + a*d, ...]."""
    (s0, s1), (p0, p1), (d0, d1) = stride, padding, dilation
    n, c, h, wd = x.shape
    og, kh, kw = w.shape[1:]
    cg = c // groups
    ho = (h - 1) * s0 - 2 * p0 + d0 * (kh - 1) + output_padding[0] + 1
    wo = (wd - 1) * s1 - 2 * p1 + d1 * (kw - 1) + output_padding[1] + 1
    y = np.zeros((n, og * groups, ho, wo))
    for b in range(n):
        for ci in range(c):
            base = (ci // cg) * og
            for r in range(h):
                for q in range(wd):
                    for o in range(og):
                        for a in range(kh):
                            for e in range(kw):
                                i, j = r * s0 - p0 + a * d0, q * s1 - p1 + e * d1
                                if 0 <= i < ho and 0 <= j < wo:
                                    y[b, base + o, i, j] += x[b, ci, r, q] * w[ci, o, a, e]
    return y


def conv2d_grad_weight_loops(x, gy, kernel_size, stride=(1, 1), padding=(0, 0),
                             dilation=(1, 1), groups=1):
    """dw[o, c, a, e] = sum_{n, i, j} gy[n, o, i, j] x[n, g*Cg + c, i*s - p + a*d, ...]."""
    (s0, s1), (p0, p1), (d0, d1) = stride, padding, dilation
    n, c, h, wd = x.shape
    o, ho, wo = gy.shape[1:]
    cg, og = c // groups, o // groups
    kh, kw = kernel_size
    dw = np.zeros((o, cg, kh, kw))
    for oc in range(o):
        base = (oc // og) * cg
        for ci in range(cg):
            for a in range(kh):
                for e in range(kw):
                    for b in range(n):
                        for i in range(ho):
                            for j in range(wo):
                                r, q = i * s0 - p0 + a * d0, j * s1 - p1 + e * d1
                                if 0 <= r < h and 0 <= q < wd:
                                    dw[oc, ci, a, e] += gy[b, oc, i, j] * x[b, base + ci, r, q]
    return dw


def _conv(x, w, name="", **attrs):
    return Sample([x, w], attrs, expected=lambda a, b: conv2d_loops(a, b, **attrs), name=name)


def _convt(x, w, name="", **attrs):
    return Sample([x, w], attrs, expected=lambda a, b: conv_transpose2d_loops(a, b, **attrs),
                  name=name)


def _gw(x, attrs, name=""):
    """A grad_weight sample whose gy has the conv output shape for ``attrs``."""
    k, s = attrs["kernel_size"], attrs.get("stride", (1, 1))
    p, d = attrs.get("padding", (0, 0)), attrs.get("dilation", (1, 1))
    o = attrs.pop("out_channels")
    ho = _out(x.shape[2], k[0], s[0], p[0], d[0])
    wo = _out(x.shape[3], k[1], s[1], p[1], d[1])
    gy = rand(x.shape[0], o, ho, wo, seed=50 + ho)
    return Sample([x, gy], attrs, expected=lambda a, b: conv2d_grad_weight_loops(a, b, **attrs),
                  name=name)


SAMPLES = {
    "conv2d": [
        _conv(rand(2, 2, 5, 4, seed=1), rand(3, 2, 2, 3, seed=2), name="plain"),
        _conv(rand(1, 2, 7, 8, seed=3), rand(2, 2, 3, 3, seed=4), name="stride-pad",
              stride=(2, 3), padding=(1, 2)),
        _conv(rand(1, 4, 7, 9, seed=5), rand(4, 2, 2, 2, seed=6), name="groups2-dilated",
              stride=(1, 2), padding=(2, 0), dilation=(2, 3), groups=2),
        _conv(rand(1, 3, 7, 7, seed=7), rand(6, 1, 3, 2, seed=8), name="groups3-stride3",
              stride=(3, 3), padding=(0, 1), groups=3),
        _conv(rand(2, 2, 8, 7, seed=9), rand(2, 2, 2, 3, seed=10), name="remainder",
              stride=(3, 2), padding=(1, 0), dilation=(1, 2)),
        _conv(rand(1, 1, 3, 3, seed=11), rand(1, 1, 3, 3, seed=12), name="pad-wider-than-x",
              padding=(3, 2), stride=(2, 1), dilation=(2, 1)),
    ],
    "conv_transpose2d": [
        _convt(rand(2, 3, 3, 4, seed=13), rand(3, 2, 2, 3, seed=14), name="plain"),
        _convt(rand(1, 2, 3, 3, seed=15), rand(2, 2, 3, 3, seed=16), name="stride-outpad",
               stride=(2, 3), padding=(1, 0), output_padding=(1, 2)),
        _convt(rand(1, 4, 3, 4, seed=17), rand(4, 1, 2, 3, seed=18),
               name="groups2-outpad-ge-stride", dilation=(2, 1), output_padding=(1, 0),
               groups=2),
        _convt(rand(1, 3, 3, 3, seed=19), rand(3, 2, 2, 2, seed=20), name="groups3-dilated",
               stride=(2, 2), padding=(1, 1), dilation=(3, 2), output_padding=(2, 1), groups=3),
    ],
    "conv2d_grad_weight": [
        _gw(rand(2, 2, 5, 6, seed=21), {"kernel_size": (3, 2), "out_channels": 3}, "plain"),
        _gw(rand(1, 4, 7, 6, seed=22), {"kernel_size": (2, 3), "stride": (2, 1),
                                        "padding": (1, 2), "dilation": (3, 1), "groups": 2,
                                        "out_channels": 2}, "groups2"),
        _gw(rand(2, 3, 6, 7, seed=23), {"kernel_size": (2, 2), "stride": (3, 2),
                                        "padding": (0, 1), "dilation": (1, 2), "groups": 3,
                                        "out_channels": 3}, "groups3-remainder"),
    ],
}
