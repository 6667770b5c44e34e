"""matmul through shared-memory tiling: a 16x16 block computes a 16x16 tile of C = A B, staging
16x16 tiles of A and B in shared memory (grid-stride over output tiles, so any M works).

  trans_a False: A = a viewed as (M, K) (leading axes flattened), B = b (K, P) or b^T
  trans_a True:  C (K, P) = a^T b over the flattened leading axes L: A(i, l) = a[l, i]
"""

from __future__ import annotations

from ...ops import register_lowering
from ..lin import Lin, numel
from .kernel import N_PARAM, Kernel, c_lin, ptr, signature
from .scalar_cuda import indent

TILE = 16


def _dims(ctx, nid):
    """(M, K, P) and the C expressions of A(i, p) and B(p, j)."""
    a, b = ctx.inputs(nid)
    at = ctx.attrs(nid)
    sa, sb = ctx.type(a).shape, ctx.type(b).shape
    if at.get("trans_a", False):
        m, k, p = Lin.of(sa[-1]), numel(sa[:-1]), Lin.of(sb[-1])
        return m, k, p, f"a[pa * {c_lin(m)} + row]", f"b[pb * {c_lin(p)} + col]"
    m, k = numel(sa[:-1]), Lin.of(sa[-1])
    if at.get("trans_b", False):
        p = Lin.of(sb[0])
        return m, k, p, f"a[row * {c_lin(k)} + pa]", f"b[col * {c_lin(k)} + pb]"
    p = Lin.of(sb[1])
    return m, k, p, f"a[row * {c_lin(k)} + pa]", f"b[pb * {c_lin(p)} + col]"


def _config(m: Lin, p: Lin):
    def config(n: int):
        tiles = -(-m.eval(n) // TILE) * -(-p.eval(n) // TILE)
        return (max(1, min(tiles, 65535)), 1, 1), (TILE, TILE, 1)

    return config


@register_lowering("cuda", "matmul")
def _matmul_cuda(ctx, nid):
    a, b = ctx.inputs(nid)
    t = ctx.ctype(nid)
    m, k, p, a_el, b_el = _dims(ctx, nid)
    name = ctx.kernel_name("matmul")
    params = [ptr(0, a, t, name="a"), ptr(1, b, t, name="b"), ptr(0, nid, t, True, "y"), N_PARAM]
    M, K, P = c_lin(m), c_lin(k), c_lin(p)
    lines = [
        f"__shared__ {t} As[{TILE}][{TILE}];",
        f"__shared__ {t} Bs[{TILE}][{TILE}];",
        f"const long long M = {M}, K = {K}, P = {P};",
        f"const long long tiles_c = (P + {TILE - 1}) / {TILE};",
        f"const long long tiles = (M + {TILE - 1}) / {TILE} * tiles_c;",
        "for (long long tile = blockIdx.x; tile < tiles; tile += gridDim.x) {",
        f"  const long long row = tile / tiles_c * {TILE} + threadIdx.y;",
        f"  const long long col = tile % tiles_c * {TILE} + threadIdx.x;",
        f"  {t} acc = 0;",
        f"  for (long long p0 = 0; p0 < K; p0 += {TILE}) {{",
        "    const long long pa = p0 + threadIdx.x, pb = p0 + threadIdx.y;",
        f"    As[threadIdx.y][threadIdx.x] = (row < M && pa < K) ? {a_el} : ({t})0;",
        f"    Bs[threadIdx.y][threadIdx.x] = (pb < K && col < P) ? {b_el} : ({t})0;",
        "    __syncthreads();",
        f"    for (int q = 0; q < {TILE}; ++q) acc += As[threadIdx.y][q] * Bs[q][threadIdx.x];",
        "    __syncthreads();",
        "  }",
        "  if (row < M && col < P) y[row * P + col] = acc;",
        "}",
    ]
    note = f"C[{m}, {p}] = A[{m}, {k}] B[{k}, {p}], {TILE}x{TILE} shared-memory tiles"
    text = (f"{ctx.header(name, nid, note)}\nGV_KERNEL void {name}({signature(params)}) {{\n"
            f"{indent(lines, 2)}\n}}\n")
    return Kernel(name, params, text, _config(m, p), fibers=True, nodes=[nid])
