"""Samples of the loss helper ops (ops/loss.py): xlogy and log_sigmoid."""

from __future__ import annotations

import numpy as np

from . import Sample, rand

_X = np.array([[0.0, 0.5, 2.0, 0.0], [1.0, 0.0, 0.3, 3.0], [0.7, 1.5, 0.0, 0.2]])
_Y = rand(3, 4, seed=31, low=0.1, high=2.0)


def _xlogy(x, y):
    out = np.zeros(np.broadcast_shapes(x.shape, y.shape))
    xb, yb = np.broadcast_to(x, out.shape), np.broadcast_to(y, out.shape)
    for i in np.ndindex(out.shape):
        out[i] = 0.0 if xb[i] == 0 else xb[i] * np.log(yb[i])
    return out


SAMPLES = {
    "xlogy": [
        # at x == 0 the x-derivative is 0 by definition (PyTorch), not log(y): check d/dy there
        Sample([_X, _Y], expected=_xlogy, diff=[1], name="zeros_in_x"),
        Sample([_X + 0.5, rand(4, seed=32, low=0.2, high=1.0)], expected=_xlogy, name="bcast"),
        # x == 0 and y == 0: 0, not nan (0 * log 0); finite differences skipped at y == 0
        Sample([np.array([0.0, 1.0]), np.array([0.0, 2.0])],
               expected=lambda x, y: np.array([0.0, np.log(2.0)]), fd=False, name="zero_zero"),
    ],
    "log_sigmoid": [
        Sample([rand(3, 4, seed=33, low=-4, high=4)],
               expected=lambda x: np.log(1 / (1 + np.exp(-x)))),
        # large |x|: the naive formula overflows or loses everything; the expectation is the
        # asymptote x - exp(x) for x << 0 and -exp(-x) for x >> 0
        Sample([np.array([-800.0, -40.0, 40.0, 800.0])],
               expected=lambda x: np.array([-800.0, -40.0 - np.exp(-40.0), -np.exp(-40.0),
                                            0.0]), name="extreme"),
    ],
}
