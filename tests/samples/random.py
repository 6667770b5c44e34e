"""Samples of the random ops. The expectation is a scalar, pure-Python Philox-4x32-10 written
from the published algorithm (one element at a time), independent of the vectorised reference."""

from __future__ import annotations

import numpy as np

from . import Sample

MASK32 = 0xFFFFFFFF


def philox_scalar(ctr, key, rounds=10):
    c0, c1, c2, c3 = ctr
    k0, k1 = key
    for _ in range(rounds):
        p0, p1 = 0xD2511F53 * c0, 0xCD9E8D57 * c2
        c0, c1, c2, c3 = ((p1 >> 32) ^ c1 ^ k0, p1 & MASK32, (p0 >> 32) ^ c3 ^ k1, p0 & MASK32)
        k0, k1 = (k0 + 0x9E3779B9) & MASK32, (k1 + 0xBB67AE85) & MASK32
    return c0, c1, c2, c3


def uniform_scalar(state, shape, stream):
    out = np.empty(int(np.prod(shape)))
    for i in range(out.size):
        words = philox_scalar((i // 4, stream, int(state[2]), int(state[3])),
                              (int(state[0]), int(state[1])))
        out[i] = (words[i % 4] >> 8) / 2.0**24
    return out.reshape(shape)


STATE = np.array([0xDEADBEEF, 0x12345678, 0xFFFFFFFF, 7], np.uint32)
SAMPLES = {
    "philox_uniform": [
        Sample([STATE], {"shape": (3, 5), "stream": 2, "dtype": "float64"}, fd=False,
               expected=lambda s: uniform_scalar(s, (3, 5), 2)),
        Sample([np.zeros(4, np.uint32)], {"shape": (2, 1, 3), "stream": 0, "dtype": "float32"},
               fd=False, name="f32", expected=lambda s: uniform_scalar(s, (2, 1, 3), 0)),
    ],
    "rng_advance": [
        Sample([STATE], fd=False, expected=lambda s: np.array([s[0], s[1], 0, 8], np.uint32)),
        Sample([np.array([1, 2, 3, 4], np.uint32)], fd=False, name="no_carry",
               expected=lambda s: np.array([1, 2, 4, 4], np.uint32)),
    ],
}
