"""The direct weight gradient of small stride-1 convolutions (issue 14, LeNet's first conv).

dw[o, c, i, j] = sum_n sum_(y, x) gy[n, o, y, x] * xp[n, c, y + i dh, x + j dw] over the
(padded) input xp. As a batched GEMM (plan/conv.py) the image operand of LeNet's first conv
was gathered per image for 6 rows of output channels: packing cost more than the FMAs. Here
nothing is packed: per image and per block of (output channels x taps), the rows of gy and
the shifted rows of x are read in place as vectors along the output columns (VW = 64 bytes on
AVX-512, 32 on AVX2; a row's last vector is assembled from narrower loads of exactly the
remaining columns, zeros in the other lanes, so nothing outside the views is ever read), the
block's gy vectors are loaded once per pixel vector and each tap's x vector feeds the block's
output channels (FMAs into OB x G accumulator vectors held in registers across the rows).
Per image the accumulators are added into vector partial sums (a workspace: one vector per
(o, tap)); the lanes are summed once at the end and dw is overwritten (not accumulated), as
the op requires. Runs in the kernel's thread (the bench's one-thread rows are the target).

The plan (plan/conv.py _grad_weight_direct) passes x's (padded) view (n, C, hp, wp) with
contiguous rows and gy contiguous (n, O, ho, wo); GV_BOUNDS checks those views, which cover
every element read: rows up to ho - 1 + (kh - 1) dh = hp - 1, columns up to wp - 1.
"""

from __future__ import annotations

import numpy as np
from llvmlite import ir

from ..ops.registry import register_lowering
from . import conv_nhwc  # noqa: F401  (registers the channels-last copy of the weight gradient)
from .irutil import I32, I64, counted_loop, ftype, get_function, gv_workspace, i64, lin_value
from .target import has_avx512

REGS = (16, 32)  # vector registers (AVX2, AVX-512): accumulators + gy vectors + one x vector


def vector_width(dtype) -> int:
    return (64 if has_avx512() else 32) // np.dtype(dtype).itemsize


def blocking(O: int, T: int, regs: int) -> tuple[int, int]:
    """(OB, G): blocks of OB output channels x G taps whose OB*G accumulators, OB gy vectors
    and one x vector fit the registers, with the fewest vector loads per pixel vector
    (ceil(T/G) O gy loads + ceil(O/OB) T x loads)."""
    best = None
    for ob in range(1, O + 1):
        g = min(T, (regs - 1 - ob) // ob)
        if g < 1:
            break
        loads = -(-T // g) * O + -(-O // ob) * T
        if best is None or loads < best[0]:
            best = (loads, ob, g)
    if best is None:
        raise ValueError("conv_wgrad: no register blocking")  # regs >= 3 always has one
    return best[1], best[2]


def _split(total: int, size: int) -> list[tuple[int, int]]:
    """total cut into ceil(total/size) near-equal (start, count) pieces."""
    parts = -(-total // size)
    base, extra = divmod(total, parts)
    out, at = [], 0
    for p in range(parts):
        cnt = base + (p < extra)
        out.append((at, cnt))
        at += cnt
    return out


class _Gen:
    def __init__(self, em, b, dtype):
        self.b = b
        self.f = ftype(dtype)
        self.size = np.dtype(dtype).itemsize
        self.vw = vector_width(dtype)
        self.v = ir.VectorType(self.f, self.vw)
        self.zero = ir.Constant(self.v, [0.0] * self.vw)
        sfx = "f32" if self.size == 4 else "f64"
        self.fma = get_function(em.m, f"llvm.fmuladd.v{self.vw}{sfx}", self.v, [self.v] * 3)

    def gep(self, p, off):
        return self.b.gep(p, [off if isinstance(off, ir.Value) else i64(off)],
                          source_etype=self.f)

    def load(self, p, lanes: int):
        """lanes (<= VW) consecutive elements at p into a vector, zeros in the other lanes;
        a partial vector from loads of 2^k elements, so no element past p + lanes - 1 is
        read."""
        b, vw = self.b, self.vw
        if lanes == vw:
            return b.load(p, typ=self.v, align=self.size)
        out, at, s = self.zero, 0, vw // 2
        while at < lanes:
            while s > lanes - at:
                s //= 2
            q = self.gep(p, at)
            if s == 1:
                out = b.insert_element(out, b.load(q, typ=self.f, align=self.size), i64(at))
            else:
                piece = b.load(q, typ=ir.VectorType(self.f, s), align=self.size)
                zs = ir.Constant(ir.VectorType(self.f, s), [0.0] * s)
                wide = b.shuffle_vector(piece, zs, ir.Constant(ir.VectorType(I32, vw), [
                    lane - at if at <= lane < at + s else s for lane in range(vw)]))
                out = b.shuffle_vector(out, wide, ir.Constant(ir.VectorType(I32, vw), [
                    vw + lane if at <= lane < at + s else lane for lane in range(vw)]))
            at += s
        return out


def _rows(b, count: int, init: list, body):
    """for y in range(count) (count >= 1, a do-while) carrying the values init through
    body(y, values) -> new values; returns the values after the last row."""
    pre = b.block
    loop = b.append_basic_block("wg.row")
    done = b.append_basic_block("wg.row.done")
    b.branch(loop)
    b.position_at_end(loop)
    y = b.phi(I64, name="y")
    y.add_incoming(i64(0), pre)
    phis = []
    for v in init:
        p = b.phi(v.type)
        p.add_incoming(v, pre)
        phis.append(p)
    new = body(y, phis)
    end = b.block
    for p, v in zip(phis, new, strict=True):
        p.add_incoming(v, end)
    ny = b.add(y, i64(1), flags=["nsw"])
    y.add_incoming(ny, end)
    b.cbranch(b.icmp_signed("<", ny, i64(count)), loop, done)
    b.position_at_end(done)
    return new


@register_lowering("llvm", "conv2d_grad_weight")
def lower_conv_wgrad_direct(em, b, k, ptrs):
    """dw (O, C, kh, kw) contiguous = the weight gradient of x (n, C, hp, wp) (rows
    contiguous, constant strides) and gy (n, O, ho, wo) contiguous; stride 1."""
    xv, gv = k.inputs
    out = k.outputs[0]
    n = b.function.args[0]
    dt = em.plan.buffers[out.buf].dtype
    g = _Gen(em, b, dt)
    kh, kw = k.attrs["kernel_size"]
    dh, dw = k.attrs["dilation"]
    O, ho, wo = (e.b for e in gv.shape[1:])
    C = xv.shape[1].b
    sxc, sxh = xv.strides[1].b, xv.strides[2].b
    sgo, sgh = gv.strides[1].b, gv.strides[2].b
    taps = [(c, i, j) for c in range(C) for i in range(kh) for j in range(kw)]
    T, vw = len(taps), g.vw
    ob_size, tg_size = blocking(O, T, REGS[vw * g.size == 64])
    cols = [(x0, min(vw, wo - x0)) for x0 in range(0, wo, vw)]

    x0p = g.gep(ptrs[xv.buf], lin_value(b, xv.offset, n))
    g0p = g.gep(ptrs[gv.buf], lin_value(b, gv.offset, n))
    dwp = g.gep(ptrs[out.buf], lin_value(b, out.offset, n))
    part = b.call(gv_workspace(em.m), [i64(0), i64(O * T * vw * g.size)], name="wg.part")
    with counted_loop(b, i64(0), i64(O * T), "wg.zero") as q:
        b.store(g.zero, g.gep(part, b.mul(q, i64(vw))), align=g.size)
    images = lin_value(b, gv.shape[0], n)
    sxn, sgn = lin_value(b, xv.strides[0], n), lin_value(b, gv.strides[0], n)
    with counted_loop(b, i64(0), images, "wg.img") as im:
        xi = g.gep(x0p, b.mul(im, sxn))
        gi = g.gep(g0p, b.mul(im, sgn))
        for o0, ob in _split(O, ob_size):
            for t0, tg in _split(T, tg_size):
                slots = [(o * T + t) * vw for o in range(o0, o0 + ob) for t in range(t0, t0 + tg)]
                init = [b.load(g.gep(part, s), typ=g.v, align=g.size) for s in slots]

                def body(y, accs, o0=o0, ob=ob, t0=t0, tg=tg):
                    accs = list(accs)
                    grow = g.gep(gi, b.mul(y, i64(sgh)))
                    for x0, lanes in cols:
                        dys = [g.load(g.gep(grow, o * sgo + x0), lanes)
                               for o in range(o0, o0 + ob)]
                        for t in range(tg):
                            c, i, j = taps[t0 + t]
                            row = b.mul(b.add(y, i64(i * dh)), i64(sxh))
                            xp = g.gep(g.gep(xi, row), c * sxc + x0 + j * dw)
                            xvec = g.load(xp, lanes)
                            for o in range(ob):
                                a = o * tg + t
                                accs[a] = b.call(g.fma, [dys[o], xvec, accs[a]])
                    return accs

                accs = _rows(b, ho, init, body)
                for s, a in zip(slots, accs, strict=True):
                    b.store(a, g.gep(part, s), align=g.size)
    with counted_loop(b, i64(0), i64(O * T), "wg.sum") as q:
        v = b.load(g.gep(part, b.mul(q, i64(vw))), typ=g.v, align=g.size)
        total = b.extract_element(v, i64(0))
        for lane in range(1, vw):
            total = b.fadd(total, b.extract_element(v, i64(lane)))
        b.store(total, g.gep(dwp, q))
