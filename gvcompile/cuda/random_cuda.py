"""Counter-based random numbers on the device: ``philox_uniform`` computes Philox-4x32-10 for
element i's counter (i / 4, stream, call_lo, call_hi) with key (key0, key1) from the uint32[4]
state, picks word i % 4 and scales its top 24 bits by 2**-24 -- bit for bit the recipe of
gvcompile/ops/random.py (the 32x32->64-bit products are plain unsigned long long multiplies,
so the same text runs under the emulation). ``rng_advance`` bumps the 64-bit call counter."""

from __future__ import annotations

from ..ops import register_lowering
from .scalar_cuda import pointwise_kernel

PHILOX = r"""
const unsigned long long q = (unsigned long long){flat} >> 2;
unsigned c0 = (unsigned)q, c1 = {stream}u, c2 = x0[2], c3 = x0[3];
unsigned k0 = x0[0], k1 = x0[1];
for (int round = 0; round < 10; ++round) {{
  const unsigned long long p0 = 0xD2511F53ULL * c0, p1 = 0xCD9E8D57ULL * c2;
  const unsigned n0 = (unsigned)(p1 >> 32) ^ c1 ^ k0, n2 = (unsigned)(p0 >> 32) ^ c3 ^ k1;
  c1 = (unsigned)p1; c3 = (unsigned)p0; c0 = n0; c2 = n2;
  k0 += 0x9E3779B9u; k1 += 0xBB67AE85u;
}}
const unsigned sel = (unsigned)({flat} & 3);
const unsigned u = sel == 0 ? c0 : sel == 1 ? c1 : sel == 2 ? c2 : c3;
"""


@register_lowering("cuda", "philox_uniform")
def _philox_uniform_cuda(ctx, nid):
    (state,) = ctx.inputs(nid)
    stream = int(ctx.attrs(nid)["stream"])
    t = ctx.ctype(nid)

    def value(idx, flat):
        lines = PHILOX.format(flat=flat, stream=stream).strip("\n").split("\n")
        return lines, f"({t})(u >> 8) * ({t})5.9604644775390625e-08"

    return pointwise_kernel(ctx, nid, "philox_uniform", [state], value,
                            f"Philox-4x32-10, stream {stream}: (u >> 8) * 2**-24")


@register_lowering("cuda", "rng_advance")
def _rng_advance_cuda(ctx, nid):
    (state,) = ctx.inputs(nid)

    def value(idx, flat):
        return ["const unsigned long long call = ((unsigned long long)x0[3] << 32 | x0[2]) + 1;",
                "const unsigned w = gi < 2 ? x0[gi] : gi == 2 ? (unsigned)call : "
                "(unsigned)(call >> 32);"], "w"

    return pointwise_kernel(ctx, nid, "rng_advance", [state], value,
                            "the 64-bit call counter (words 2, 3) plus one")
