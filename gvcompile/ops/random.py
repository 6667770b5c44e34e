"""Random ops: a counter-based generator (Philox-4x32-10, Salmon et al. 2011, as Random123),
so masks depend only on (seed, call counter, stream, element index) and every backend can
reproduce them bit for bit, in any order and in parallel.

The generator state is a uint32[4] buffer ``[key0, key1, call_lo, call_hi]``: the key is the
64-bit ``gvcompile.manual_seed`` value (key0 = low word), the call counter advances once per
forward call (``rng_advance``, written back as state).

The exact recipe of ``philox_uniform(state){shape, stream, dtype}`` for element ``i`` (row-major
index into ``shape``):
  counter = (c0, c1, c2, c3) = (i // 4, stream, call_lo, call_hi)     (i // 4 < 2**32)
  key     = (key0, key1)
  (u0, u1, u2, u3) = philox4x32_10(counter, key);  u = u_(i % 4)
  value   = (u >> 8) * 2**-24                      (exact in float32/float64, in [0, 1))
Philox round, 10 times, the key bumped by (0x9E3779B9, 0xBB67AE85) after each round:
  (hi0, lo0) = 0xD2511F53 * c0,  (hi1, lo1) = 0xCD9E8D57 * c2      (32x32 -> 64-bit products)
  c = (hi1 ^ c1 ^ k0, lo1, hi0 ^ c3 ^ k1, lo0)
"""

from __future__ import annotations

import numpy as np

from ..errors import DTypeError, ShapeError, where
from ..ir.types import TensorType, show_shape
from .registry import defop

_M0, _M1 = np.uint64(0xD2511F53), np.uint64(0xCD9E8D57)
_W0, _W1 = np.uint32(0x9E3779B9), np.uint32(0xBB67AE85)
_LO = np.uint64(0xFFFFFFFF)
_SH = np.uint64(32)


def philox4x32_10(counter, key):
    """Vectorised Philox-4x32-10: counter = 4 uint32 arrays (broadcast together), key = 2 uint32
    values; returns 4 uint32 arrays."""
    c0, c1, c2, c3 = (np.asarray(c, np.uint32) for c in counter)
    c0, c1, c2, c3 = np.broadcast_arrays(c0, c1, c2, c3)
    k0, k1 = np.uint32(key[0]), np.uint32(key[1])
    with np.errstate(over="ignore"):
        for _ in range(10):
            p0 = _M0 * c0.astype(np.uint64)
            p1 = _M1 * c2.astype(np.uint64)
            hi0, lo0 = (p0 >> _SH).astype(np.uint32), (p0 & _LO).astype(np.uint32)
            hi1, lo1 = (p1 >> _SH).astype(np.uint32), (p1 & _LO).astype(np.uint32)
            c0, c1, c2, c3 = hi1 ^ c1 ^ k0, lo1, hi0 ^ c3 ^ k1, lo0
            k0, k1 = k0 + _W0, k1 + _W1
    return c0, c1, c2, c3


def _check_state(t, src, op):
    if tuple(t.shape) != (4,) or t.dtype != np.uint32:
        raise ShapeError(f"{where(src)}{op}: the generator state must be uint32[4], got {t}")


def _uniform_infer(types, attrs, src):
    _check_state(types[0], src, "philox_uniform")
    dt = np.dtype(attrs["dtype"])
    if dt.kind != "f":
        raise DTypeError(f"{where(src)}philox_uniform: dtype must be a float type, got {dt}")
    shape = tuple(attrs["shape"])
    if any(isinstance(d, int) and d < 0 for d in shape):
        raise ShapeError(f"{where(src)}philox_uniform: negative extent in {show_shape(shape)}")
    if not 0 <= attrs["stream"] < 2**32:
        raise ValueError(f"{where(src)}philox_uniform: stream must fit in 32 bits")
    return TensorType(shape, dt)


def _uniform_ref(state, shape, stream, dtype):
    n = int(np.prod(shape, dtype=np.int64))
    if n > 4 * 2**32:
        raise ValueError("philox_uniform: more than 2**34 elements")
    idx = np.arange(n, dtype=np.uint64)
    words = philox4x32_10(((idx >> np.uint64(2)).astype(np.uint32), np.uint32(stream),
                           state[2], state[3]), (state[0], state[1]))
    u = np.choose((idx & np.uint64(3)).astype(np.intp), words)
    return ((u >> np.uint32(8)).astype(np.float64) * 2.0**-24).astype(dtype).reshape(shape)


defop("philox_uniform", kind="random", infer=_uniform_infer, ref=_uniform_ref, arity=1,
      nondiff="random numbers: no derivative",
      doc="uniform [0, 1) values from Philox-4x32-10; the bit recipe is in the module docstring")


def _advance_infer(types, attrs, src):
    _check_state(types[0], src, "rng_advance")
    return types[0]


def _advance_ref(state):
    call = (int(state[3]) << 32 | int(state[2])) + 1
    return np.array([state[0], state[1], call & 0xFFFFFFFF, (call >> 32) & 0xFFFFFFFF],
                    np.uint32)


defop("rng_advance", kind="random", infer=_advance_infer, ref=_advance_ref, arity=1,
      nondiff="generator state",
      doc="the next generator state: the 64-bit call counter (words 2, 3) plus one")
