"""Samples of the pool ops: odd sizes, strides 1-3, different (h, w) paddings, dilations,
negative inputs under max-pool padding (padding must never win), ties (the gradient goes to
the first maximum in row-major window order), adaptive outputs larger than the input.
Expectations are direct loops over output pixels written from the definitions."""

from __future__ import annotations

import math

import numpy as np

from . import Sample, rand


def _out(n, k, s, p, d):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def _windows(shape, kernel_size, stride=None, padding=(0, 0), dilation=(1, 1)):
    """Per output (i, j): the in-range input positions of its window, row-major."""
    k = kernel_size
    s = k if stride is None else stride
    h, w = shape[2:]
    ho, wo = (_out(h, k[0], s[0], padding[0], dilation[0]),
              _out(w, k[1], s[1], padding[1], dilation[1]))
    out = {}
    for i in range(ho):
        for j in range(wo):
            pos = []
            for a in range(k[0]):
                for e in range(k[1]):
                    r = i * s[0] - padding[0] + a * dilation[0]
                    q = j * s[1] - padding[1] + e * dilation[1]
                    if 0 <= r < h and 0 <= q < w:
                        pos.append((r, q))
            out[i, j] = pos
    return (ho, wo), out


def _adaptive_windows(shape, output_size):
    h, w = shape[2:]
    oh, ow = output_size
    out = {}
    for i in range(oh):
        rows = range(math.floor(i * h / oh), math.ceil((i + 1) * h / oh))
        for j in range(ow):
            cols = range(math.floor(j * w / ow), math.ceil((j + 1) * w / ow))
            out[i, j] = [(r, q) for r in rows for q in cols]
    return (oh, ow), out


def _pool(x, size, wins, reduce):
    y = np.zeros(x.shape[:2] + size)
    for (i, j), pos in wins.items():
        for n in range(x.shape[0]):
            for c in range(x.shape[1]):
                y[n, c, i, j] = reduce([x[n, c, r, q] for r, q in pos])
    return y


def _first_max_grad(x, ct, wins):
    dx = np.zeros(x.shape)
    for (i, j), pos in wins.items():
        for n in range(x.shape[0]):
            for c in range(x.shape[1]):
                vals = [x[n, c, r, q] for r, q in pos]
                r, q = pos[vals.index(max(vals))]  # list.index: the first maximum
                dx[n, c, r, q] += ct[n, c, i, j]
    return dx


def max_pool_loops(x, **attrs):
    return _pool(x, *_windows(x.shape, **attrs), max)


def max_pool_grad_loops(x, ct, **attrs):
    return _first_max_grad(x, ct, _windows(x.shape, **attrs)[1])


def avg_pool_loops(x, **attrs):
    k = attrs["kernel_size"]
    return _pool(x, *_windows(x.shape, **attrs), lambda v: sum(v) / (k[0] * k[1]))


def avg_pool_grad_loops(ct, input_size, **attrs):
    k = attrs["kernel_size"]
    dx = np.zeros(ct.shape[:2] + tuple(input_size))
    for (i, j), pos in _windows(dx.shape, **attrs)[1].items():
        for r, q in pos:
            dx[:, :, r, q] += ct[:, :, i, j] / (k[0] * k[1])
    return dx


def adaptive_avg_grad_loops(ct, input_size):
    dx = np.zeros(ct.shape[:2] + tuple(input_size))
    for (i, j), pos in _adaptive_windows(dx.shape, ct.shape[2:])[1].items():
        for r, q in pos:
            dx[:, :, r, q] += ct[:, :, i, j] / len(pos)
    return dx


def _ties(*shape, seed=0):
    """Values from a small integer set: many equal maxima per window."""
    return np.random.default_rng(seed).integers(-2, 2, shape).astype(np.float64)


NEG = -1.5 + 0.5 * rand(2, 2, 5, 4, seed=30)  # all negative: zero padding would win
_MP = [  # (x, attrs, name)
    (NEG, {"kernel_size": (3, 2), "stride": (2, 1), "padding": (1, 1)}, "negative-padded"),
    (rand(1, 2, 6, 7, seed=31), {"kernel_size": (2, 2)}, "default-stride"),
    (rand(1, 3, 7, 8, seed=32), {"kernel_size": (2, 3), "stride": (1, 2), "padding": (1, 0),
                                 "dilation": (2, 3)}, "dilated"),
    (rand(2, 1, 8, 5, seed=33), {"kernel_size": (3, 1), "stride": (3, 1), "padding": (1, 0),
                                 "dilation": (2, 1)}, "stride3"),
    (rand(1, 2, 9, 8, seed=42), {"kernel_size": (4, 5), "padding": (1, 2)}, "wide-window"),
]
_AP = [
    (rand(1, 2, 7, 6, seed=34), {"kernel_size": (3, 3), "stride": (2, 2), "padding": (1, 1)},
     "padded"),
    (rand(2, 2, 6, 8, seed=35), {"kernel_size": (2, 3), "stride": (1, 3), "padding": (1, 1),
                                 "dilation": (2, 1)}, "dilated"),
    (rand(1, 1, 5, 5, seed=36), {"kernel_size": (2, 2)}, "default-stride"),
    # disjoint windows covering every element (plan/pool.py: tap-by-tap loops, no zero fill)
    (rand(2, 3, 6, 8, seed=38), {"kernel_size": (2, 2)}, "covered"),
    # disjoint windows with gaps between windows and between dilated taps
    (rand(1, 2, 8, 9, seed=39), {"kernel_size": (2, 2), "stride": (3, 4), "dilation": (1, 2)},
     "gaps"),
    # more taps than DIRECT_WINDOW_TAPS: the accumulating loops
    (rand(1, 2, 7, 9, seed=41), {"kernel_size": (5, 4), "stride": (2, 3)}, "wide-window"),
]
_TIES = {"kernel_size": (3, 3), "stride": (1, 2), "padding": (1, 1)}
_TX = _ties(2, 2, 5, 6, seed=37)


def _mp_grad_sample(x, attrs, name):
    size, _ = _windows(x.shape, **attrs)
    ct = rand(x.shape[0], x.shape[1], *size, seed=40 + size[0])
    return Sample([x, ct], attrs, expected=lambda a, c: max_pool_grad_loops(a, c, **attrs),
                  name=name, fd=False)


def _ap_grad_sample(x, attrs, name):
    size, _ = _windows(x.shape, **attrs)
    ct = rand(x.shape[0], x.shape[1], *size, seed=41 + size[1])
    full = dict(attrs, input_size=tuple(x.shape[2:]))
    return Sample([ct], full, expected=lambda c: avg_pool_grad_loops(c, **full), name=name)


def _adaptive(op, x, out, name, fd=True):
    red = max if op == "adaptive_max_pool2d" else (lambda v: sum(v) / len(v))
    return Sample([x], {"output_size": out}, name=name, fd=fd,
                  expected=lambda a: _pool(a, *_adaptive_windows(a.shape, out), red))


def _adaptive_max_grad(x, out, name):
    ct = rand(x.shape[0], x.shape[1], *out, seed=43 + out[0])
    return Sample([x, ct], {"output_size": out}, name=name, fd=False,
                  expected=lambda a, c: _first_max_grad(a, c, _adaptive_windows(a.shape, out)[1]))


SAMPLES = {
    "max_pool2d": [Sample([x], a, expected=lambda v, a=a: max_pool_loops(v, **a), name=n)
                   for x, a, n in _MP]
    + [Sample([_TX], _TIES, expected=lambda v: max_pool_loops(v, **_TIES), name="ties",
              fd=False)],
    "max_pool2d_grad": [_mp_grad_sample(x, a, n) for x, a, n in _MP]
    + [_mp_grad_sample(_TX, _TIES, "ties")],
    "avg_pool2d": [Sample([x], a, expected=lambda v, a=a: avg_pool_loops(v, **a), name=n)
                   for x, a, n in _AP],
    "avg_pool2d_grad": [_ap_grad_sample(x, a, n) for x, a, n in _AP],
    "adaptive_max_pool2d": [
        _adaptive("adaptive_max_pool2d", rand(2, 2, 5, 7, seed=44), (3, 2), "uneven"),
        _adaptive("adaptive_max_pool2d", rand(1, 2, 4, 3, seed=45), (7, 5), "larger"),
        _adaptive("adaptive_max_pool2d", -1.0 - rand(1, 1, 6, 6, seed=46) ** 2, (4, 4),
                  "negative"),
        _adaptive("adaptive_max_pool2d", _TX, (3, 4), "ties", fd=False),
    ],
    "adaptive_max_pool2d_grad": [
        _adaptive_max_grad(rand(2, 2, 5, 7, seed=47), (3, 2), "uneven"),
        _adaptive_max_grad(rand(1, 2, 4, 3, seed=48), (7, 5), "larger"),
        _adaptive_max_grad(_TX, (3, 4), "ties"),
    ],
    "adaptive_avg_pool2d": [
        _adaptive("adaptive_avg_pool2d", rand(2, 2, 7, 5, seed=49), (3, 4), "uneven"),
        _adaptive("adaptive_avg_pool2d", rand(1, 2, 4, 3, seed=50), (6, 7), "larger"),
    ],
    "adaptive_avg_pool2d_grad": [
        Sample([rand(2, 2, 3, 4, seed=51)], {"input_size": (7, 5)}, name="uneven",
               expected=lambda c: adaptive_avg_grad_loops(c, (7, 5))),
        Sample([rand(1, 2, 6, 7, seed=52)], {"input_size": (4, 3)}, name="larger",
               expected=lambda c: adaptive_avg_grad_loops(c, (4, 3))),
    ],
}
