"""2-D pooling and its gradients, NCHW, as gather kernels (deterministic, no atomics):
forward ops use one thread per output element; gradient ops one thread per input element,
summing over the output windows that contain it (max-pool gradients recompute each window's
first maximum, as PyTorch: ties go to the first in row-major order, padding never wins)."""

from __future__ import annotations

from ..ops import register_lowering
from ..ops._window import pair2
from .scalar_cuda import c_literal, pointwise_kernel


def _win(ctx, nid):
    a = ctx.attrs(nid)
    k = pair2(a["kernel_size"])
    s = k if a.get("stride") is None else pair2(a["stride"])
    return k, s, pair2(a.get("padding", (0, 0))), pair2(a.get("dilation", (1, 1)))


def _plane(idx, c, h, w) -> str:
    return f"({idx[0]} * {c} + {idx[1]}) * {h * w}LL"


def _argmax_lines(t, ninf, k, s, p, d, h, w, ho, wo):
    """C lines: `arg` = first maximum (flat window offset) of window (ho, wo) of plane xp."""
    return [
        f"{t} best = {ninf}; int arg = 0;",
        f"for (int a = 0; a < {k[0]}; ++a) for (int b = 0; b < {k[1]}; ++b) {{",
        f"  const long long hh = {ho} * {s[0]} - {p[0]} + a * {d[0]};",
        f"  const long long ww = {wo} * {s[1]} - {p[1]} + b * {d[1]};",
        f"  const {t} v = (hh >= 0 && hh < {h} && ww >= 0 && ww < {w}) ? xp[hh * {w} + ww]"
        f" : {ninf};",
        f"  if (v > best || v != v) {{ best = v; arg = a * {k[1]} + b; }}",
        "}"]


def _covering(k, s, p, d, out, body):
    """C lines looping over the windows (ho, wo) that contain input (h, w) at offset (i, j)."""
    return [
        f"for (int i = 0; i < {k[0]}; ++i) {{",
        f"  const long long hn = h + {p[0]} - i * {d[0]};",
        f"  if (hn < 0 || hn % {s[0]} || hn / {s[0]} >= {out[0]}) continue;",
        f"  const long long ho = hn / {s[0]};",
        f"  for (int j = 0; j < {k[1]}; ++j) {{",
        f"    const long long wn = w + {p[1]} - j * {d[1]};",
        f"    if (wn < 0 || wn % {s[1]} || wn / {s[1]} >= {out[1]}) continue;",
        f"    const long long wo = wn / {s[1]};",
        *["    " + ln for ln in body], "  }", "}"]


def _pool_forward(kind):
    def rule(ctx, nid):
        (x,) = ctx.inputs(nid)
        k, s, p, d = _win(ctx, nid)
        _, c, h, w = ctx.type(x).shape
        t, dt = ctx.ctype(nid), ctx.type(nid).dtype
        init = c_literal(float("-inf") if kind == "max" else 0.0, dt)
        step = "acc = gv_max(acc, xp[hh * {w} + ww]);" if kind == "max" else \
            "acc += xp[hh * {w} + ww];"
        fin = "acc" if kind == "max" else f"acc / ({t}){k[0] * k[1]}"

        def value(idx, flat):
            return [
                f"const {t} *xp = x0 + {_plane(idx, c, h, w)};",
                f"{t} acc = {init};",
                f"for (int i = 0; i < {k[0]}; ++i) {{",
                f"  const long long hh = {idx[2]} * {s[0]} - {p[0]} + i * {d[0]};",
                f"  if (hh < 0 || hh >= {h}) continue;",
                f"  for (int j = 0; j < {k[1]}; ++j) {{",
                f"    const long long ww = {idx[3]} * {s[1]} - {p[1]} + j * {d[1]};",
                f"    if (ww < 0 || ww >= {w}) continue;",
                "    " + step.format(w=w), "  }", "}"], fin

        note = f"kernel {k}, stride {s}, padding {p}, dilation {d}"
        return pointwise_kernel(ctx, nid, f"{kind}_pool2d", [x], value, note)

    return rule


register_lowering("cuda", "max_pool2d")(_pool_forward("max"))
register_lowering("cuda", "avg_pool2d")(_pool_forward("avg"))


@register_lowering("cuda", "max_pool2d_grad")
def _max_pool2d_grad_cuda(ctx, nid):
    x, ct = ctx.inputs(nid)
    k, s, p, d = _win(ctx, nid)
    _, c, h, w = ctx.type(x).shape
    out = ctx.type(ct).shape[2:]
    t, ninf = ctx.ctype(nid), c_literal(float("-inf"), ctx.type(nid).dtype)

    def value(idx, flat):
        body = _argmax_lines(t, ninf, k, s, p, d, h, w, "ho", "wo") + [
            f"if (arg == i * {k[1]} + j) acc += cp[ho * {out[1]} + wo];"]
        return [f"const long long h = {idx[2]}, w = {idx[3]};",
                f"const {t} *xp = x0 + {_plane(idx, c, h, w)};",
                f"const {t} *cp = x1 + {_plane(idx, c, out[0], out[1])};",
                f"{t} acc = 0;"] + _covering(k, s, p, d, out, body), "acc"

    return pointwise_kernel(ctx, nid, "max_pool2d_grad", [x, ct], value,
                            "per input element: windows whose first maximum it is")


@register_lowering("cuda", "avg_pool2d_grad")
def _avg_pool2d_grad_cuda(ctx, nid):
    (ct,) = ctx.inputs(nid)
    k, s, p, d = _win(ctx, nid)
    _, c, h, w = ctx.type(nid).shape
    out = ctx.type(ct).shape[2:]
    t = ctx.ctype(nid)

    def value(idx, flat):
        body = [f"acc += cp[ho * {out[1]} + wo] / ({t}){k[0] * k[1]};"]
        return [f"const long long h = {idx[2]}, w = {idx[3]};",
                f"const {t} *cp = x0 + {_plane(idx, c, out[0], out[1])};",
                f"{t} acc = 0;"] + _covering(k, s, p, d, out, body), "acc"

    return pointwise_kernel(ctx, nid, "avg_pool2d_grad", [ct], value,
                            "per input element: sum of its windows' shares")


# ---- adaptive pools: window i covers [floor(i*in/out), ceil((i+1)*in/out)) -----------------


def _bounds(i: str, n_in: int, n_out: int, v: str) -> list[str]:
    return [f"const long long {v}0 = {i} * {n_in} / {n_out};",
            f"const long long {v}1 = (({i} + 1) * {n_in} + {n_out - 1}) / {n_out};"]


def _adaptive_forward(kind):
    def rule(ctx, nid):
        (x,) = ctx.inputs(nid)
        _, c, h, w = ctx.type(x).shape
        oh, ow = ctx.type(nid).shape[2:]
        t, dt = ctx.ctype(nid), ctx.type(nid).dtype
        init = c_literal(float("-inf") if kind == "max" else 0.0, dt)
        step = "acc = gv_max(acc, v);" if kind == "max" else "acc += v;"
        fin = "acc" if kind == "max" else f"acc / ({t})((h1 - h0) * (w1 - w0))"

        def value(idx, flat):
            return ([f"const {t} *xp = x0 + {_plane(idx, c, h, w)};", f"{t} acc = {init};"]
                    + _bounds(idx[2], h, oh, "h") + _bounds(idx[3], w, ow, "w")
                    + ["for (long long a = h0; a < h1; ++a) for (long long b = w0; b < w1; ++b) {",
                       f"  const {t} v = xp[a * {w} + b];", "  " + step, "}"]), fin

        return pointwise_kernel(ctx, nid, f"adaptive_{kind}_pool2d", [x], value,
                                f"output {(oh, ow)} from input {(h, w)}")

    return rule


register_lowering("cuda", "adaptive_max_pool2d")(_adaptive_forward("max"))
register_lowering("cuda", "adaptive_avg_pool2d")(_adaptive_forward("avg"))


def _adaptive_grad(kind):
    def rule(ctx, nid):
        ins = ctx.inputs(nid)
        ct = ins[-1]
        _, c, h, w = ctx.type(nid).shape
        oh, ow = ctx.type(ct).shape[2:]
        t = ctx.ctype(nid)
        cp = f"x{len(ins) - 1}"
        if kind == "max":
            body = [f"const {t} *xp = x0 + {_plane(['n', 'ch'], c, h, w)};",
                    f"{t} best = xp[h0 * {w} + w0]; long long arg = h0 * {w} + w0;",
                    "for (long long a = h0; a < h1; ++a) for (long long b = w0; b < w1; ++b) {",
                    f"  const {t} v = xp[a * {w} + b];",
                    "  if (best == best && (v > best || v != v)) {",
                    f"    best = v; arg = a * {w} + b;", "  }",
                    "}",
                    f"if (arg == h * {w} + wi) acc += cp[i * {ow} + j];"]
        else:
            body = [f"acc += cp[i * {ow} + j] / ({t})((h1 - h0) * (w1 - w0));"]

        def value(idx, flat):
            return ([f"const long long n = {idx[0]}, ch = {idx[1]}, h = {idx[2]}, wi = {idx[3]};",
                     f"const {t} *cp = {cp} + {_plane(idx, c, oh, ow)};", f"{t} acc = 0;",
                     f"for (long long i = 0; i < {oh}; ++i) {{"]
                    + ["  " + ln for ln in _bounds("i", h, oh, "h")]
                    + ["  if (h < h0 || h >= h1) continue;",
                       f"  for (long long j = 0; j < {ow}; ++j) {{"]
                    + ["    " + ln for ln in _bounds("j", w, ow, "w")]
                    + ["    if (wi < w0 || wi >= w1) continue;"]
                    + ["    " + ln for ln in body] + ["  }", "}"]), "acc"

        return pointwise_kernel(ctx, nid, f"adaptive_{kind}_pool2d_grad", list(ins), value,
                                "per input element: the windows containing it")

    return rule


register_lowering("cuda", "adaptive_max_pool2d_grad")(_adaptive_grad("max"))
register_lowering("cuda", "adaptive_avg_pool2d_grad")(_adaptive_grad("avg"))
