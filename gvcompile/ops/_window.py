"""Window geometry shared by the conv and pool ops (NCHW, attrs are (height, width) pairs).

A sliding window of kernel extent ``k``, stride ``s``, padding ``p`` and dilation ``d`` over an
axis of extent ``n`` gives ``floor((n + 2p - d(k-1) - 1) / s) + 1`` outputs; output ``o`` reads
the padded positions ``o*s + i*d`` for ``i < k``. For a fixed kernel offset ``i`` the outputs
read the strided slice ``offset_slice(i, d, s, n_out)`` of the padded input, so references loop
over the kH*kW kernel offsets and stay vectorised over batch, channels and pixels.
"""

from __future__ import annotations

import numpy as np

from ..errors import ShapeError, TraceError, where
from ..ir.types import TensorType, show_shape
from ._util import require_float


def hw_attr(attrs: dict, key: str, default, src, op: str, minimum: int) -> tuple[int, int]:
    """The (h, w) attribute ``key`` (an int means both), checked against ``minimum``."""
    v = attrs.get(key, default)
    if isinstance(v, (int, np.integer)) and not isinstance(v, bool):
        v = (int(v), int(v))
    if not (isinstance(v, tuple) and len(v) == 2
            and all(isinstance(e, (int, np.integer)) and not isinstance(e, bool) for e in v)):
        raise TraceError(f"{where(src)}{op}: {key} must be an int or an (h, w) pair of ints, "
                         f"got {v!r}")
    if min(v) < minimum:
        raise ShapeError(f"{where(src)}{op}: {key} must be >= {minimum}, got {v}")
    return int(v[0]), int(v[1])


def pair2(v) -> tuple[int, int]:
    """(h, w) from an int or a pair, for refs and VJP rules (attrs were checked by infer)."""
    if isinstance(v, (int, np.integer)):
        return int(v), int(v)
    return int(v[0]), int(v[1])


def out_extent(n: int, k: int, s: int, p: int, d: int) -> int:
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def offset_slice(i: int, d: int, s: int, n_out: int) -> slice:
    """Padded positions read by kernel offset ``i`` for outputs ``0 .. n_out-1``."""
    return slice(i * d, i * d + s * (n_out - 1) + 1, s)


def pad_hw(x: np.ndarray, padding, value=0.0) -> np.ndarray:
    ph, pw = padding
    if not ph and not pw:
        return x
    return np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)), constant_values=value)


def image_type(t: TensorType, src, op: str, what: str = "input") -> TensorType:
    """Check ``t`` is a float NCHW tensor with concrete C, H, W (a weight: concrete all)."""
    require_float(t, src, op)
    first = 0 if what == "weight" else 1
    if t.rank != 4 or not all(isinstance(e, int) for e in t.shape[first:]):
        lay = "(O, C, kH, kW)" if what == "weight" else "(N, C, H, W)"
        raise ShapeError(f"{where(src)}{op}: expected {what} of shape {lay}, got "
                         f"{show_shape(t.shape)}")
    return t


def spatial_out(op: str, src, hw, k, s, p, d) -> tuple[int, int]:
    """Output (H, W) of a window op; ShapeError if it would be empty."""
    out = tuple(out_extent(hw[a], k[a], s[a], p[a], d[a]) for a in range(2))
    if min(out) < 1:
        raise ShapeError(f"{where(src)}{op}: input (H, W) = {tuple(hw)} is too small for "
                         f"kernel {tuple(k)} with dilation {tuple(d)} and padding {tuple(p)} "
                         f"(output would be {out})")
    return out


def cols2d(xp: np.ndarray, k, s, d, out) -> np.ndarray:
    """im2col: (N, C, Hp, Wp) -> (N, C, kH, kW, Ho, Wo), one strided copy per kernel offset."""
    n, c = xp.shape[:2]
    cols = np.empty((n, c, k[0], k[1], out[0], out[1]), xp.dtype)
    for i in range(k[0]):
        si = offset_slice(i, d[0], s[0], out[0])
        for j in range(k[1]):
            cols[:, :, i, j] = xp[:, :, si, offset_slice(j, d[1], s[1], out[1])]
    return cols


def col2im_add(full: np.ndarray, cols: np.ndarray, s, d) -> np.ndarray:
    """The adjoint of ``cols2d``: add (N, C, kH, kW, Ho, Wo) back into ``full`` (N, C, Hp, Wp).
    For one kernel offset the written positions are distinct, so ``+=`` on a slice is exact."""
    k, out = cols.shape[2:4], cols.shape[4:6]
    for i in range(k[0]):
        si = offset_slice(i, d[0], s[0], out[0])
        for j in range(k[1]):
            full[:, :, si, offset_slice(j, d[1], s[1], out[1])] += cols[:, :, i, j]
    return full
