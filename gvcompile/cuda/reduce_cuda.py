"""Reductions (reduce_sum / reduce_mean / reduce_max) and softmax / log_softmax: one block per
row (the kept axes; grid-stride over rows), the threads stride over the reduced axes, then a
block reduction (warp shuffles, then one shared slot per warp: ``gv_block_reduce``)."""

from __future__ import annotations

from ..ops import register_lowering
from ..plan.extent import Lin, contiguous_strides, numel
from .kernel import N_PARAM, Kernel, c_lin, ptr, rows_config, signature, unravel
from .scalar_cuda import c_literal, indent

_IDENT = {"sum": 0.0, "max": float("-inf")}
_OP = {"sum": "gv_sum_op()", "max": "gv_max_op()"}


def _split(shape, axes):
    st = contiguous_strides(shape)
    kept = [d for d in range(len(shape)) if d not in axes]
    return kept, list(axes), st


def _offset(idx, dims, st) -> str:
    terms = [i if st[d] == Lin(0, 1) else f"{i} * {c_lin(st[d])}" for i, d in zip(idx, dims,
                                                                                  strict=True)]
    return " + ".join(terms) or "0"


class _Rows:
    """Index arithmetic of a row-wise kernel over input ``shape`` reduced over ``axes``."""

    def __init__(self, shape, axes):
        self.kept, self.red, st = _split(shape, axes)
        self.st = st
        self.rows = numel([shape[d] for d in self.kept])
        self.inner = numel([shape[d] for d in self.red])
        self.row_lines, kidx = unravel("row", [shape[d] for d in self.kept], "k")
        self.row_off = _offset(kidx, self.kept, st)
        self.r_lines, ridx = unravel("r", [shape[d] for d in self.red], "j")
        self.r_off = _offset(ridx, self.red, st)

    def inner_loop(self, body: list[str]) -> list[str]:
        return ([f"for (long long r = threadIdx.x; r < {c_lin(self.inner)}; r += blockDim.x) {{"]
                + ["  " + ln for ln in self.r_lines]
                + [f"  const long long off = base + {self.r_off};"]
                + ["  " + ln for ln in body] + ["}"])


def _row_kernel(ctx, nid, what, x, rows: _Rows, body: list[str], note=""):
    t = ctx.ctype(nid)
    name = ctx.kernel_name(what)
    params = [ptr(0, x, ctx.ctype(x)), ptr(0, nid, t, out=True, name="y"), N_PARAM]
    lines = ([f"__shared__ {t} sh[32];",
              f"for (long long row = blockIdx.x; row < {c_lin(rows.rows)}; row += gridDim.x) {{"]
             + ["  " + ln for ln in rows.row_lines]
             + [f"  const long long base = {rows.row_off};"]
             + ["  " + ln for ln in body] + ["}"])
    text = (f"{ctx.header(name, nid, note)}\nGV_KERNEL void {name}({signature(params)}) {{\n"
            f"{indent(lines, 2)}\n}}\n")
    return Kernel(name, params, text, rows_config(rows.rows, rows.inner), fibers=True,
                  nodes=[nid])


def _reduce_rule(op: str, kind: str):
    def rule(ctx, nid):
        (x,) = ctx.inputs(nid)
        rows = _Rows(ctx.type(x).shape, tuple(ctx.attrs(nid)["axes"]))
        t = ctx.ctype(nid)
        ident = c_literal(_IDENT[kind], ctx.type(nid).dtype)
        combine = "acc + x0[off]" if kind == "sum" else "gv_max(acc, x0[off])"
        fin = f"acc / ({t}){c_lin(rows.inner)}" if op == "reduce_mean" else "acc"
        body = ([f"{t} acc = {ident};"] + rows.inner_loop([f"acc = {combine};"])
                + [f"acc = gv_block_reduce(acc, {ident}, {_OP[kind]}, sh);",
                   f"if (threadIdx.x == 0) y[row] = {fin};"])
        return _row_kernel(ctx, nid, op, x, rows, body, f"{kind} over axes "
                           f"{tuple(ctx.attrs(nid)['axes'])}: one block per output element")

    return rule


register_lowering("cuda", "reduce_sum")(_reduce_rule("reduce_sum", "sum"))
register_lowering("cuda", "reduce_mean")(_reduce_rule("reduce_mean", "sum"))
register_lowering("cuda", "reduce_max")(_reduce_rule("reduce_max", "max"))


def _softmax_rule(log: bool):
    def rule(ctx, nid):
        (x,) = ctx.inputs(nid)
        rows = _Rows(ctx.type(x).shape, tuple(ctx.attrs(nid)["axes"]))
        t = ctx.ctype(nid)
        dt = ctx.type(nid).dtype
        f = "f" if t == "float" else ""
        ninf, zero = c_literal(float("-inf"), dt), c_literal(0.0, dt)
        write = ("y[off] = (x0[off] - m) - lse;" if log else "y[off] = exp" + f +
                 "(x0[off] - m) / s;")
        body = ([f"{t} m = {ninf};"] + rows.inner_loop(["m = gv_max(m, x0[off]);"])
                + [f"m = gv_block_reduce(m, {ninf}, gv_max_op(), sh);", f"{t} s = {zero};"]
                + rows.inner_loop([f"s += exp{f}(x0[off] - m);"])
                + [f"s = gv_block_reduce(s, {zero}, gv_sum_op(), sh);"]
                + ([f"const {t} lse = log{f}(s);"] if log else [])
                + rows.inner_loop([write]))
        what = "log_softmax" if log else "softmax"
        return _row_kernel(ctx, nid, what, x, rows, body,
                           f"over axes {tuple(ctx.attrs(nid)['axes'])}: max, sum of exp, write")

    return rule


register_lowering("cuda", "softmax")(_softmax_rule(False))
register_lowering("cuda", "log_softmax")(_softmax_rule(True))
