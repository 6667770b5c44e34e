"""2-D convolutions, NCHW, as gather kernels (no atomics, so results are deterministic):

  conv2d            one thread per output element: sum over C/g x kH x kW (padding skipped)
  conv_transpose2d  one thread per output element: sum over the input positions whose window
                    reaches it (h + p - i*d divisible by the stride)
  conv2d_grad_weight  one block per weight element: the N x Ho x Wo sum is a block reduction

Direct loops, not yet shared-memory tiles (an implicit-GEMM tiling is the next step for speed).
"""

from __future__ import annotations

from ..ops import register_lowering
from ..ops._window import pair2
from ..plan.extent import numel
from .kernel import N_PARAM, Kernel, c_lin, ptr, rows_config, signature, unravel
from .scalar_cuda import indent, pointwise_kernel


def _geom(ctx, nid):
    a = ctx.attrs(nid)
    s = pair2(a.get("stride", (1, 1)))
    p, d = pair2(a.get("padding", (0, 0))), pair2(a.get("dilation", (1, 1)))
    return s, p, d, int(a.get("groups", 1))


@register_lowering("cuda", "conv2d")
def _conv2d_cuda(ctx, nid):
    x, w = ctx.inputs(nid)
    (s, p, d, groups), t = _geom(ctx, nid), ctx.ctype(nid)
    _, c, h, wd = ctx.type(x).shape
    o, cg, kh, kw = ctx.type(w).shape
    og = o // groups

    def value(idx, flat):
        n, oo, ho, wo = idx
        return [
            f"const long long g = {oo} / {og};",
            f"{t} acc = 0;",
            f"for (int c = 0; c < {cg}; ++c) {{",
            f"  const {t} *xc = x0 + ({n} * {c} + g * {cg} + c) * {h * wd}LL;",
            f"  const {t} *wc = x1 + ({oo} * {cg} + c) * {kh * kw}LL;",
            f"  for (int i = 0; i < {kh}; ++i) {{",
            f"    const long long hh = {ho} * {s[0]} - {p[0]} + i * {d[0]};",
            f"    if (hh < 0 || hh >= {h}) continue;",
            f"    for (int j = 0; j < {kw}; ++j) {{",
            f"      const long long ww = {wo} * {s[1]} - {p[1]} + j * {d[1]};",
            f"      if (ww < 0 || ww >= {wd}) continue;",
            f"      acc += xc[hh * {wd} + ww] * wc[i * {kw} + j];",
            "    }", "  }", "}"], "acc"

    note = f"stride {s}, padding {p}, dilation {d}, groups {groups}"
    return pointwise_kernel(ctx, nid, "conv2d", [x, w], value, note)


@register_lowering("cuda", "conv_transpose2d")
def _conv_transpose2d_cuda(ctx, nid):
    x, w = ctx.inputs(nid)
    (s, p, d, groups), t = _geom(ctx, nid), ctx.ctype(nid)
    _, c, h, wd = ctx.type(x).shape
    _, og, kh, kw = ctx.type(w).shape
    cg = c // groups

    def value(idx, flat):
        n, oo, ho, wo = idx
        return [
            f"const long long g = {oo} / {og}, oi = {oo} % {og};",
            f"{t} acc = 0;",
            f"for (int c = 0; c < {cg}; ++c) {{",
            f"  const long long ci = g * {cg} + c;",
            f"  const {t} *xc = x0 + ({n} * {c} + ci) * {h * wd}LL;",
            f"  const {t} *wc = x1 + (ci * {og} + oi) * {kh * kw}LL;",
            f"  for (int i = 0; i < {kh}; ++i) {{",
            f"    const long long hn = {ho} + {p[0]} - i * {d[0]};",
            f"    if (hn < 0 || hn % {s[0]} || hn / {s[0]} >= {h}) continue;",
            f"    for (int j = 0; j < {kw}; ++j) {{",
            f"      const long long wn = {wo} + {p[1]} - j * {d[1]};",
            f"      if (wn < 0 || wn % {s[1]} || wn / {s[1]} >= {wd}) continue;",
            f"      acc += xc[hn / {s[0]} * {wd} + wn / {s[1]}] * wc[i * {kw} + j];",
            "    }", "  }", "}"], "acc"

    a = ctx.attrs(nid)
    note = (f"stride {s}, padding {p}, output_padding {pair2(a.get('output_padding', (0, 0)))}, "
            f"dilation {d}, groups {groups}: gather form")
    return pointwise_kernel(ctx, nid, "conv_transpose2d", [x, w], value, note)


@register_lowering("cuda", "conv2d_grad_weight")
def _conv2d_grad_weight_cuda(ctx, nid):
    x, gy = ctx.inputs(nid)
    (s, p, d, groups), t = _geom(ctx, nid), ctx.ctype(nid)
    nb, c, h, wd = ctx.type(x).shape
    _, o, ho, wo = ctx.type(gy).shape
    _, cg, kh, kw = ctx.type(nid).shape
    og = o // groups
    name = ctx.kernel_name("conv2d_grad_weight")
    params = [ptr(0, x, t), ptr(1, gy, t, name="gy"), ptr(0, nid, t, True, "y"), N_PARAM]
    inner = numel((nb, ho, wo))
    row_lines, (oo, ci, i, j) = unravel("row", (o, cg, kh, kw), "k")
    lines = ([f"__shared__ {t} sh[32];",
              f"for (long long row = blockIdx.x; row < {o * cg * kh * kw}; row += gridDim.x) {{"]
             + ["  " + ln for ln in row_lines] + [
        f"  const long long cin = {oo} / {og} * {cg} + {ci};",
        f"  {t} acc = 0;",
        f"  for (long long r = threadIdx.x; r < {c_lin(inner)}; r += blockDim.x) {{",
        f"    const long long n = r / {ho * wo}, q = r % {ho * wo};",
        f"    const long long hh = q / {wo} * {s[0]} - {p[0]} + {i} * {d[0]};",
        f"    const long long ww = q % {wo} * {s[1]} - {p[1]} + {j} * {d[1]};",
        f"    if (hh < 0 || hh >= {h} || ww < 0 || ww >= {wd}) continue;",
        f"    acc += gy[(n * {o} + {oo}) * {ho * wo}LL + q] * "
        f"x0[((n * {c} + cin) * {h} + hh) * {wd} + ww];",
        "  }",
        f"  acc = gv_block_reduce(acc, ({t})0, gv_sum_op(), sh);",
        "  if (threadIdx.x == 0) y[row] = acc;",
        "}"])
    note = (f"stride {s}, padding {p}, dilation {d}, groups {groups}: one block per weight "
            "element, block reduction over N x Ho x Wo")
    text = (f"{ctx.header(name, nid, note)}\nGV_KERNEL void {name}({signature(params)}) {{\n"
            f"{indent(lines, 2)}\n}}\n")
    return Kernel(name, params, text, rows_config(numel((o, cg, kh, kw)), inner), fibers=True,
                  nodes=[nid])
