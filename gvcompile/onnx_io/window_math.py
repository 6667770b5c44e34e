"""Window arithmetic shared by the 2-D and 3-D pool converters (per axis)."""

from __future__ import annotations

import numpy as np


def _extents(n, k, s, d, b, e, ceil):
    """Output extent and the extra end padding a ceil_mode window needs (a last window must
    start inside the input or its begin padding, as ONNX and PyTorch)."""
    span = n + b + e - d * (k - 1) - 1
    out = (-(-span // s) if ceil else span // s) + 1
    if ceil and (out - 1) * s >= n + b:
        out -= 1
    return out, max(0, (out - 1) * s + d * (k - 1) + 1 - (n + b + e))


def _divisors(n, k, s, d, b, e, out, include_pad):
    """How many taps of each window the divisor counts: the input's (count_include_pad=0) or
    the input's and its explicit pads' (=1); never a ceil_mode overhang."""
    starts = np.arange(out) * s - b
    taps = starts[:, None] + d * np.arange(k)[None, :]
    lo, hi = (-b, n + e) if include_pad else (0, n)
    return ((taps >= lo) & (taps < hi)).sum(1)
