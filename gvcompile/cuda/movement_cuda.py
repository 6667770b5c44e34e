"""Movement ops as gather kernels: every output element reads one input element at an offset
computed from its index (reshape, broadcast_to, transpose, slice, pad, flip, concat), and
``numel`` (a run-time count when the batch axis is among its axes)."""

from __future__ import annotations

from ..ops import register_lowering
from ..plan.extent import Lin, contiguous_strides
from .kernel import broadcast_offset, c_lin
from .scalar_cuda import pointwise_kernel


def _offset(terms) -> str:
    return " + ".join(terms) or "0"


def _term(i: str, st: Lin) -> str:
    return i if st == Lin(0, 1) else f"{i} * {c_lin(st)}"


@register_lowering("cuda", "reshape")
def _reshape_cuda(ctx, nid):
    (x,) = ctx.inputs(nid)
    return pointwise_kernel(ctx, nid, "reshape", [x], lambda idx, flat: ([], f"x0[{flat}]"),
                            "same elements, new shape: a copy")


@register_lowering("cuda", "broadcast_to")
def _broadcast_to_cuda(ctx, nid):
    (x,) = ctx.inputs(nid)
    in_shape, out_shape = ctx.type(x).shape, ctx.type(nid).shape

    def value(idx, flat):
        off = broadcast_offset(in_shape, out_shape, idx)
        return [], f"x0[{flat if off is None else off}]"

    return pointwise_kernel(ctx, nid, "broadcast_to", [x], value)


@register_lowering("cuda", "transpose")
def _transpose_cuda(ctx, nid):
    (x,) = ctx.inputs(nid)
    perm = ctx.attrs(nid)["perm"]
    st = contiguous_strides(ctx.type(x).shape)

    def value(idx, flat):
        return [], f"x0[{_offset(_term(idx[d], st[p]) for d, p in enumerate(perm))}]"

    return pointwise_kernel(ctx, nid, "transpose", [x], value)


@register_lowering("cuda", "slice")
def _slice_cuda(ctx, nid):
    (x,) = ctx.inputs(nid)
    a = ctx.attrs(nid)
    st = contiguous_strides(ctx.type(x).shape)

    def value(idx, flat):
        terms = [_term(i, s) for i, s in zip(idx, st, strict=True)]
        if a["start"]:
            terms.append(c_lin(st[a["axis"]] * a["start"]))
        return [], f"x0[{_offset(terms)}]"

    return pointwise_kernel(ctx, nid, "slice", [x], value)


@register_lowering("cuda", "pad")
def _pad_cuda(ctx, nid):
    (x,) = ctx.inputs(nid)
    pads = ctx.attrs(nid)["pads"]
    shape = ctx.type(x).shape
    st = contiguous_strides(shape)

    def value(idx, flat):
        conds, terms = [], []
        for d, (lo, _hi) in enumerate(pads):
            j = f"({idx[d]} - {lo})" if lo else idx[d]
            if lo or _hi:
                conds.append(f"{j} >= 0 && {j} < {c_lin(shape[d])}")
            terms.append(_term(j, st[d]))
        if not conds:
            return [], f"x0[{flat}]"
        return [], f"({' && '.join(conds)}) ? x0[{_offset(terms)}] : ({ctx.ctype(nid)})0"

    return pointwise_kernel(ctx, nid, "pad", [x], value, "zero padding")


@register_lowering("cuda", "flip")
def _flip_cuda(ctx, nid):
    (x,) = ctx.inputs(nid)
    axes = ctx.attrs(nid)["axes"]
    axes = (axes,) if isinstance(axes, int) else tuple(axes)
    shape = ctx.type(x).shape
    rank = len(shape)
    axes = {a % rank for a in axes}
    st = contiguous_strides(shape)

    def value(idx, flat):
        terms = [_term(f"({c_lin(Lin.of(shape[d]) - 1)} - {i})" if d in axes else i, st[d])
                 for d, i in enumerate(idx)]
        return [], f"x0[{_offset(terms)}]"

    return pointwise_kernel(ctx, nid, "flip", [x], value)


@register_lowering("cuda", "concat")
def _concat_cuda(ctx, nid):
    xs = list(ctx.inputs(nid))
    axis = ctx.attrs(nid)["axis"]

    def value(idx, flat):
        lines, start = [f"{ctx.ctype(nid)} val;"], 0
        for k, x in enumerate(xs):
            shape = ctx.type(x).shape
            st = contiguous_strides(shape)
            terms = [_term(f"({i} - {start})" if d == axis and start else i, st[d])
                     for d, i in enumerate(idx)]
            stop = start + shape[axis]
            head = "if" if k == 0 else "else if"
            cond = f"({idx[axis]} < {stop})" if k < len(xs) - 1 else ""
            lines.append(f"{head} {cond} val = x{k}[{_offset(terms)}];" if cond
                         else f"else val = x{k}[{_offset(terms)}];" if k else
                         f"val = x{k}[{_offset(terms)}];")
            start = stop
        return lines, "val"

    return pointwise_kernel(ctx, nid, "concat", xs, value)


@register_lowering("cuda", "numel")
def _numel_cuda(ctx, nid):
    (x,) = ctx.inputs(nid)
    shape = ctx.type(x).shape
    count = Lin(0, 1)
    for a in ctx.attrs(nid)["axes"]:
        count = count * Lin.of(shape[a])
    t = ctx.ctype(nid)
    return pointwise_kernel(ctx, nid, "numel", [], lambda idx, flat: ([], f"({t}){c_lin(count)}"),
                            "element count over the axes (N known at run time)")
