"""matmul through shared-memory tiling with register blocking: a block of 16x16 threads
computes a 64x64 tile of C = A B; per step of 16 along K it stages a 64x16 slice of A (stored
k-major) and a 16x64 slice of B in shared memory, and every thread accumulates a 4x4 register
tile (rows ty + 16 i, columns tx + 16 j: conflict-free shared reads). Tile loads walk the
operand's contiguous axis with consecutive threads (coalesced) whatever the transposition.
Grid-stride over output tiles, so any M, P (and a run-time N) work.

  trans_a False: A = a viewed as (M, K) (leading axes flattened), B = b (K, P) or b^T
  trans_a True:  C (K, P) = a^T b over the flattened leading axes L: A(i, l) = a[l, i]
"""

from __future__ import annotations

from ..ops import register_lowering
from ..plan.extent import Lin, numel
from .kernel import CTYPES, N_PARAM, Kernel, Param, c_lin, signature
from .scalar_cuda import indent

BM = BN = 64
BK = 16
THREADS = 256


def dims(sa, sb, trans_a=False, trans_b=False):
    """(M, K, P) of C = A B for operand shapes ``sa``, ``sb``."""
    if trans_a:
        return Lin.of(sa[-1]), numel(sa[:-1]), Lin.of(sb[-1])
    m, k = numel(sa[:-1]), Lin.of(sa[-1])
    return m, k, Lin.of(sb[0] if trans_b else sb[1])


def _config(m: Lin, p: Lin):
    def config(n: int):
        tiles = -(-m.eval(n) // BM) * -(-p.eval(n) // BN)
        return (max(1, min(tiles, 65535)), 1, 1), (16, 16, 1)

    config.c = (f"gx = gv_clamp_grid(({c_lin(m)} + {BM - 1}) / {BM} * (({c_lin(p)} + {BN - 1}) "
                f"/ {BN}), 65535); bx = 16; by = 16;")
    return config


def _loads(t: str, trans_a: bool, trans_b: bool) -> list[str]:
    """Stage As[k][row] and Bs[k][col] of the current K step (4 elements per thread each)."""
    if trans_a:  # a is (K, M): rows contiguous
        a_idx, a_src = "const int r = e % 64, q = e / 64;", "a[kq * M + gr]"
    else:  # a is (M, K): k contiguous
        a_idx, a_src = "const int q = e % 16, r = e / 16;", "a[gr * K + kq]"
    if trans_b:  # b is (P, K)
        b_idx, b_src = "const int q = e % 16, c = e / 16;", "b[gc * K + kq]"
    else:  # b is (K, P)
        b_idx, b_src = "const int c = e % 64, q = e / 64;", "b[kq * P + gc]"
    return [
        f"for (int e = tid; e < {BM * BK}; e += {THREADS}) {{",
        f"  {a_idx}",
        "  const long long gr = row0 + r, kq = k0 + q;",
        f"  As[q][r] = (gr < M && kq < K) ? {a_src} : ({t})0;",
        "}",
        f"for (int e = tid; e < {BK * BN}; e += {THREADS}) {{",
        f"  {b_idx}",
        "  const long long gc = col0 + c, kq = k0 + q;",
        f"  Bs[q][c] = (kq < K && gc < P) ? {b_src} : ({t})0;",
        "}",
    ]


def matmul_kernel(name: str, header: str, dtype, shapes, attrs, binds) -> Kernel:
    """The tiled GEMM kernel. shapes: (a shape, b shape); binds: Param binds of a, b, y."""
    t = CTYPES[dtype.name]
    ta, tb = bool(attrs.get("trans_a", False)), bool(attrs.get("trans_b", False))
    m, k, p = dims(*shapes, ta, tb)
    params = [Param("a", f"const {t} *", binds[0]), Param("b", f"const {t} *", binds[1]),
              Param("y", f"{t} *", binds[2]), N_PARAM]
    lines = [
        f"__shared__ {t} As[{BK}][{BM}];",
        f"__shared__ {t} Bs[{BK}][{BN}];",
        f"const long long M = {c_lin(m)}, K = {c_lin(k)}, P = {c_lin(p)};",
        f"const long long tiles_c = (P + {BN - 1}) / {BN};",
        f"const long long tiles = (M + {BM - 1}) / {BM} * tiles_c;",
        "const int tx = threadIdx.x, ty = threadIdx.y, tid = ty * 16 + tx;",
        "for (long long tile = blockIdx.x; tile < tiles; tile += gridDim.x) {",
        f"  const long long row0 = tile / tiles_c * {BM}, col0 = tile % tiles_c * {BN};",
        f"  {t} acc[4][4];",
        "  for (int i = 0; i < 4; ++i)",
        f"    for (int j = 0; j < 4; ++j) acc[i][j] = ({t})0;",
        f"  for (long long k0 = 0; k0 < K; k0 += {BK}) {{",
        indent(_loads(t, ta, tb), 4),
        "    __syncthreads();",
        f"    for (int q = 0; q < {BK}; ++q) {{",
        f"      {t} ra[4], rb[4];",
        "      for (int i = 0; i < 4; ++i) ra[i] = As[q][ty + 16 * i];",
        "      for (int j = 0; j < 4; ++j) rb[j] = Bs[q][tx + 16 * j];",
        "      for (int i = 0; i < 4; ++i)",
        "        for (int j = 0; j < 4; ++j) acc[i][j] += ra[i] * rb[j];",
        "    }",
        "    __syncthreads();",
        "  }",
        "  for (int i = 0; i < 4; ++i) {",
        "    const long long r = row0 + ty + 16 * i;",
        "    if (r >= M) break;",
        "    for (int j = 0; j < 4; ++j) {",
        "      const long long c = col0 + tx + 16 * j;",
        "      if (c < P) y[r * P + c] = acc[i][j];",
        "    }",
        "  }",
        "}",
    ]
    note = (f"C[{m}, {p}] = A[{m}, {k}] B[{k}, {p}] (trans_a={ta}, trans_b={tb}): {BM}x{BN} "
            f"tiles, K steps of {BK} through shared memory, 4x4 per thread")
    text = (f"{header}\n//   {note}\nGV_KERNEL void {name}({signature(params)}) {{\n"
            f"{indent(lines, 2)}\n}}\n")
    return Kernel(name, params, text, _config(m, p), fibers=True)


@register_lowering("cuda", "matmul")
def _matmul_cuda(ctx, nid):
    a, b = ctx.inputs(nid)
    name = ctx.kernel_name("matmul")
    k = matmul_kernel(name, ctx.header(name, nid), ctx.type(nid).dtype,
                      (ctx.type(a).shape, ctx.type(b).shape), ctx.attrs(nid),
                      (("value", a), ("value", b), ("value", nid)))
    k.nodes = [nid]
    return k
