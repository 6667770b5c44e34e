"""Recurrent ops as ONE kernel each: the batch rows of a sequence are independent, so block n
(grid-stride over the batch axis 1) runs the whole time loop for row n, its threads striding over
the hidden units, with a barrier after every step (and between the two phases of a backward
step). No host loop, no inter-block synchronisation; T (axis 0, possibly the symbol N) is a
run-time extent.

  rnn_seq / lstm_seq / gru_seq     step t reads h_{t-1} (and c_{t-1}) from the packed output of
                                   step t-1 (or h0 / c0), computes the gates as dot products with
                                   rows of W_ih and W_hh, writes every packed slot of step t
  *_seq_grad (reverse time loop)   phase 1: the gate cotangents of step t from the carries that
                                   step t+1 left in the output; phase 2: dh_{t-1} = dpre W_hh
The packed layouts are those of gvcompile/ops/rnn.py.
"""

from __future__ import annotations

from ..errors import LoweringError
from ..ops import register_lowering
from ..plan.extent import Lin
from .kernel import N_PARAM, Kernel, c_lin, ptr, signature
from .scalar_cuda import c_literal, indent


def _config(rows: Lin, hid: int):
    """One block per batch row (grid-stride); the row count may be the run-time N."""
    block = 32
    while block < 256 and block < hid:
        block *= 2

    def config(n: int):
        return (max(1, min(rows.eval(n), 65535)), 1, 1), (block, 1, 1)

    config.c = f"gx = gv_clamp_grid({c_lin(rows)}, 65535); bx = {block}; by = 1;"
    return config


def _act(name: str, v: str, t: str, dt) -> str:
    f = "f" if t == "float" else ""
    if name == "tanh":
        return f"tanh{f}({v})"
    if name == "sigmoid":
        return f"gv_sigmoid({v})"
    if name == "relu":
        return f"gv_max({v}, ({t})0)"
    if name.startswith("leaky_relu"):
        slope = c_literal(float(name.split(":", 1)[1]), dt)
        return f"({v} > ({t})0 ? {v} : {v} * {slope})"
    return v


def _act_grad(name: str, h: str, t: str, dt) -> str:
    """act'(pre) written with h = act(pre) (relu'(0) = 0, as PyTorch)."""
    if name == "tanh":
        return f"(({t})1 - {h} * {h})"
    if name == "sigmoid":
        return f"({h} * (({t})1 - {h}))"
    if name == "relu":
        return f"({h} > ({t})0 ? ({t})1 : ({t})0)"
    if name.startswith("leaky_relu"):
        slope = c_literal(float(name.split(":", 1)[1]), dt)
        return f"({h} > ({t})0 ? ({t})1 : {slope})"
    return f"({t})1"


def _kernel(ctx, nid, what, operands, names, steps: list[str], note: str, reverse=False):
    """The shared frame: block per batch row n, a time loop over T, ``steps`` per time step
    (each ends with a barrier). Pointers: x-like operands by ``names``, output ``y``."""
    t = ctx.ctype(nid)
    shape = ctx.type(nid).shape
    seq, rows, width = Lin.of(shape[0]), Lin.of(shape[1]), Lin.of(shape[2])
    if not width.const:
        raise LoweringError(f"{ctx.graph.node(nid)['src'] or 'graph'}: {what} has "
                            "the batch extent N on its feature axis; the recurrent kernels need "
                            "it on the time or batch axis")
    width = width.b
    kname = ctx.kernel_name(what)
    params = [ptr(k, i, ctx.ctype(i), name=nm) for k, (i, nm) in
              enumerate(zip(operands, names, strict=True))]
    params += [ptr(0, nid, t, out=True, name="y"), N_PARAM]
    loop_t = ("for (long long s = 0; s < T; ++s) {", "  const long long t = T - 1 - s;") \
        if reverse else ("for (long long t = 0; t < T; ++t) {",)
    body = [f"const long long T = {c_lin(seq)};",
            f"const long long NB = {c_lin(rows)};  // batch rows (may be the run-time N)",
            "for (long long n = blockIdx.x; n < NB; n += gridDim.x) {",
            *("  " + ln for ln in loop_t),
            f"    {t} *o = y + (t * NB + n) * {width}LL;"]
    for phase in steps:
        body += ["    for (long long j = threadIdx.x; j < H; j += blockDim.x) {",
                 indent(phase.strip("\n").split("\n"), 6), "    }", "    __syncthreads();"]
    body += ["  }", "}"]
    ins = ctx.inputs(nid)
    hid = ctx.type(ins[-1] if what.endswith("_grad") else ins[-2]).shape[1]  # w_hh (G*H, H)
    text = (f"{ctx.header(kname, nid, note)}\nGV_KERNEL void {kname}({signature(params)}) {{\n"
            f"  const long long H = {hid};\n{indent(body, 2)}\n}}\n")
    return Kernel(kname, params, text, _config(rows, hid), fibers=True, nodes=[nid])


def _dot(acc: str, a: str, b: str, n: str) -> str:
    return f"for (long long k = 0; k < {n}; ++k) {acc} += {a}[k] * {b}[k];"


def _projected(ctx) -> bool:
    """The kernel plan passes gx = x W_ih^T (all steps, one GEMM) instead of x and W_ih."""
    return getattr(ctx, "projected", False)


def _operands(ctx, nid, names):
    """(operands, parameter names): without W_ih (and x named gx) when projected."""
    ins = list(ctx.inputs(nid))
    if not _projected(ctx):
        return ins, names
    return ins[:-3] + ins[-2:], ["gx"] + names[1:-3] + names[-2:]


def _inproj(ctx, acc: str, row: str) -> str:
    """acc += (x_t W_ih^T)[row]: a dot product, or the plan's precomputed gx."""
    if _projected(ctx):
        return f"{acc} += xt[{row}];"
    return _dot(acc, "xt", f"(wih + ({row}) * IN)", "IN")


def _fwd_frame(ctx, nid, n_states: int):
    """Lines defining xt (input of step t), hp (h_{t-1}) and cp (c_{t-1}) pointers."""
    x = ctx.inputs(nid)[0]
    nin = ctx.type(x).shape[2]
    if _projected(ctx):
        nin = ctx.type(ctx.inputs(nid)[-1]).shape[0]  # gx rows are G*H wide
    width = ctx.type(nid).shape[2]
    t = ctx.ctype(nid)
    lines = [f"const long long IN = {nin};",
             f"const {t} *xt = {'gx' if _projected(ctx) else 'x'} + (t * NB + n) * IN;",
             f"const {t} *po = t ? o - NB * {width}LL : o;  // packed output of step t-1",
             f"const {t} *hp = t ? po : h0 + n * H;"]
    if n_states == 2:
        lines.append(f"const {t} *cp = t ? po + 2 * H : c0 + n * H;")
    return lines


@register_lowering("cuda", "rnn_seq")
def _rnn_seq_cuda(ctx, nid):
    act = ctx.attrs(nid)["activation"]
    t, dt = ctx.ctype(nid), ctx.type(nid).dtype
    step = _fwd_frame(ctx, nid, 1) + [
        f"{t} acc = b[j];",
        _inproj(ctx, "acc", "j"),
        _dot("acc", "hp", "(whh + j * H)", "H"),
        f"const {t} hj = hp[j];",
        f"o[j] = {_act(act, 'acc', t, dt)};",
        "o[H + j] = hj;"]
    return _kernel(ctx, nid, "rnn_seq", *_operands(ctx, nid, ["x", "h0", "wih", "whh", "b"]),
                   ["\n".join(step)], f"Elman RNN ({act}), time loop inside, block per row")


@register_lowering("cuda", "lstm_seq")
def _lstm_seq_cuda(ctx, nid):
    t = ctx.ctype(nid)
    f = "f" if t == "float" else ""
    step = _fwd_frame(ctx, nid, 2)
    for gi, g in enumerate("ifgo"):
        step += [f"{t} a_{g} = b[{gi} * H + j];",
                 _inproj(ctx, f"a_{g}", f"{gi} * H + j"),
                 _dot(f"a_{g}", "hp", f"(whh + ({gi} * H + j) * H)", "H")]
    step += [f"const {t} gi = gv_sigmoid(a_i), gf = gv_sigmoid(a_f), gg = tanh{f}(a_g), "
             "go = gv_sigmoid(a_o);",
             f"const {t} hj = hp[j], cj = cp[j];",
             f"const {t} c = gf * cj + gi * gg;",
             f"o[j] = go * tanh{f}(c); o[H + j] = hj; o[2 * H + j] = c; o[3 * H + j] = cj;",
             "o[4 * H + j] = gi; o[5 * H + j] = gf; o[6 * H + j] = gg; o[7 * H + j] = go;"]
    text = "\n".join(step)
    return _kernel(ctx, nid, "lstm_seq", *_operands(ctx, nid,
                                                   ["x", "h0", "c0", "wih", "whh", "b"]), [text],
                   "LSTM, gates [i; f; g; o], time loop inside, block per row")


@register_lowering("cuda", "gru_seq")
def _gru_seq_cuda(ctx, nid):
    t = ctx.ctype(nid)
    f = "f" if t == "float" else ""
    step = _fwd_frame(ctx, nid, 1)
    for gi, g in enumerate("rzn"):
        step += [f"{t} x{g} = b[{gi} * H + j], h{g} = 0;",
                 _inproj(ctx, f"x{g}", f"{gi} * H + j"),
                 _dot(f"h{g}", "hp", f"(whh + ({gi} * H + j) * H)", "H")]
    step += [f"const {t} r = gv_sigmoid(xr + hr), z = gv_sigmoid(xz + hz);",
             f"const {t} nn = tanh{f}(xn + r * hn), hj = hp[j];",
             f"o[j] = (({t})1 - z) * nn + z * hj; o[H + j] = hj;",
             "o[2 * H + j] = r; o[3 * H + j] = z; o[4 * H + j] = nn; o[5 * H + j] = hn;"]
    return _kernel(ctx, nid, "gru_seq", *_operands(ctx, nid, ["x", "h0", "wih", "whh", "b"]),
                   ["\n".join(step)], "GRU, gates [r; z; n], time loop inside, block per row")


def _grad_frame(ctx, nid, k_in: int, carry_slots: list[int]) -> list[str]:
    width = ctx.type(nid).shape[2]
    t = ctx.ctype(nid)
    lines = [f"const {t} *P = p + (t * NB + n) * {k_in} * H;",
             f"const {t} *C = ct + (t * NB + n) * {k_in} * H;",
             f"const {t} *on = t + 1 < T ? o + NB * {width}LL : o;  // step t+1 (carries)"]
    for k, slot in enumerate(carry_slots):
        lines.append(f"const {t} carry{k} = t + 1 < T ? on[{slot} * H + j] : ({t})0;")
    return lines


@register_lowering("cuda", "rnn_seq_grad")
def _rnn_seq_grad_cuda(ctx, nid):
    act = ctx.attrs(nid)["activation"]
    t, dt = ctx.ctype(nid), ctx.type(nid).dtype
    p1 = _grad_frame(ctx, nid, 2, [1]) + [
        f"o[j] = (C[j] + carry0) * {_act_grad(act, 'P[j]', t, dt)};"]
    p2 = [f"const {t} *C = ct + (t * NB + n) * 2 * H;",
          f"{t} acc = C[H + j];",
          "for (long long k = 0; k < H; ++k) acc += o[k] * whh[k * H + j];",
          "o[H + j] = acc;"]
    return _kernel(ctx, nid, "rnn_seq_grad", ctx.inputs(nid), ["ct", "p", "whh"],
                   ["\n".join(p1), "\n".join(p2)],
                   "reverse time loop: dpre, then dh_{t-1} = dpre W_hh + ct_hprev", reverse=True)


@register_lowering("cuda", "lstm_seq_grad")
def _lstm_seq_grad_cuda(ctx, nid):
    t = ctx.ctype(nid)
    f = "f" if t == "float" else ""
    one = f"({t})1"
    p1 = _grad_frame(ctx, nid, 8, [4, 5]) + [
        f"const {t} c = P[2 * H + j], cp = P[3 * H + j], gi = P[4 * H + j], gf = P[5 * H + j];",
        f"const {t} gg = P[6 * H + j], go = P[7 * H + j];",
        f"const {t} dh = C[j] + carry0, tc = tanh{f}(c);",
        f"const {t} dc = C[2 * H + j] + carry1 + dh * go * ({one} - tc * tc);",
        f"const {t} di = dc * gg + C[4 * H + j], df = dc * cp + C[5 * H + j];",
        f"const {t} dg = dc * gi + C[6 * H + j], dout = dh * tc + C[7 * H + j];",
        f"o[j] = di * gi * ({one} - gi); o[H + j] = df * gf * ({one} - gf);",
        f"o[2 * H + j] = dg * ({one} - gg * gg); o[3 * H + j] = dout * go * ({one} - go);",
        "o[5 * H + j] = dc * gf + C[3 * H + j];"]
    p2 = [f"const {t} *C = ct + (t * NB + n) * 8 * H;",
          f"{t} acc = C[H + j];",
          "for (long long k = 0; k < 4 * H; ++k) acc += o[k] * whh[k * H + j];",
          "o[4 * H + j] = acc;"]
    return _kernel(ctx, nid, "lstm_seq_grad", ctx.inputs(nid), ["ct", "p", "whh"],
                   ["\n".join(p1), "\n".join(p2)],
                   "reverse time loop: gate cotangents and dc_{t-1}, then dh_{t-1} = dpre W_hh",
                   reverse=True)


@register_lowering("cuda", "gru_seq_grad")
def _gru_seq_grad_cuda(ctx, nid):
    t = ctx.ctype(nid)
    one = f"({t})1"
    p1 = _grad_frame(ctx, nid, 6, [6]) + [
        f"const {t} hp = P[H + j], r = P[2 * H + j], z = P[3 * H + j], nn = P[4 * H + j];",
        f"const {t} dh = C[j] + carry0;",
        f"const {t} dn = dh * ({one} - z) + C[4 * H + j];",
        f"const {t} dz = dh * (hp - nn) + C[3 * H + j];",
        f"const {t} dnp = dn * ({one} - nn * nn);",
        f"const {t} dr = dnp * P[5 * H + j] + C[2 * H + j];",
        f"const {t} drp = dr * r * ({one} - r), dzp = dz * z * ({one} - z);",
        "o[j] = drp; o[H + j] = dzp; o[2 * H + j] = dnp;",
        "o[3 * H + j] = drp; o[4 * H + j] = dzp; o[5 * H + j] = dnp * r + C[5 * H + j];"]
    p2 = _grad_frame(ctx, nid, 6, [6]) + [
        f"{t} acc = (C[j] + carry0) * P[3 * H + j] + C[H + j];",
        "for (long long k = 0; k < 3 * H; ++k) acc += o[3 * H + k] * whh[k * H + j];",
        "o[6 * H + j] = acc;"]
    return _kernel(ctx, nid, "gru_seq_grad", ctx.inputs(nid), ["ct", "p", "whh"],
                   ["\n".join(p1), "\n".join(p2)],
                   "reverse time loop: gate cotangents, then dh_{t-1} = dgh W_hh + dh z",
                   reverse=True)


# ---- time-axis selection ----------------------------------------------------------------------


@register_lowering("cuda", "seq_index")
def _seq_index_cuda(ctx, nid):
    from .kernel import size_of
    from .scalar_cuda import pointwise_kernel

    (x,) = ctx.inputs(nid)
    index = int(ctx.attrs(nid)["index"])
    seq = Lin.of(ctx.type(x).shape[0])
    step = size_of(ctx.type(nid).shape)
    tix = c_lin(seq + index) if index < 0 else str(index)

    def value(idx, flat):
        return [], f"x0[{tix} * {c_lin(step)} + {flat}]"

    return pointwise_kernel(ctx, nid, "seq_index", [x], value, f"time step {index}")


@register_lowering("cuda", "seq_scatter")
def _seq_scatter_cuda(ctx, nid):
    from .kernel import size_of
    from .scalar_cuda import pointwise_kernel

    ct, _like = ctx.inputs(nid)
    index = int(ctx.attrs(nid)["index"])
    seq = Lin.of(ctx.type(nid).shape[0])
    step = c_lin(size_of(ctx.type(ct).shape))
    tix = c_lin(seq + index) if index < 0 else str(index)

    def value(idx, flat):
        return [f"const long long ts = {flat} / {step};"], \
            f"ts == {tix} ? x0[{flat} - ts * {step}] : ({ctx.ctype(nid)})0"

    return pointwise_kernel(ctx, nid, "seq_scatter", [ct], value, f"zeros, step {index} = ct")
