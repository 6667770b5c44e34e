"""The direct weight gradient of stride-1 convolutions (issue 14: LeNet, ResNet, 3x3 convs).

dw[o, c, i, j] = sum_n sum_(y, x) gy[n, o, y, x] * xp[n, c, y + i dh, x + j dw] over the
(padded) input xp. As a batched GEMM (plan/conv.py) the image operand of LeNet's first conv
was gathered per image for 6 rows of output channels: packing cost more than the FMAs. Here
nothing is packed: per image, per block of output channels and per input channel (a loop; the
code is unrolled over one channel's taps), per block of taps, the rows of gy and
the shifted rows of x are read in place as vectors along the output columns (VW = 64 bytes on
AVX-512, 32 on AVX2; a row's last vector is assembled from narrower loads of exactly the
remaining columns, zeros in the other lanes, so nothing outside the views is ever read), the
block's gy vectors are loaded once per pixel vector and each tap's x vector feeds the block's
output channels (FMAs into OB x G accumulator vectors held in registers across the rows).
Per image the accumulators are added into vector partial sums (one vector per (o, tap)); the
images are split into chunks over the thread pool (as many as there are threads, at most the
parts of the plan's scratch buffer: outputs[1]), each chunk its own part of partial sums; the
parts and lanes are summed once at the end and dw is overwritten (not accumulated), as the op
requires.

Where gy's rows are as wide as x's (attr 'padding': x unpadded, read with masked loads) the
pixels are one flattened run per image instead of rows (conv_wgrad_flat.py): every lane used,
the blocks of output channels a loop.

The plan (plan/conv.py _grad_weight_direct) passes x's (padded) view (n, C, hp, wp) with
contiguous rows and gy contiguous (n, O, ho, wo); GV_BOUNDS checks those views, which cover
every element read: rows up to ho - 1 + (kh - 1) dh = hp - 1, columns up to wp - 1, and the
scratch.
"""

from __future__ import annotations

import numpy as np
from llvmlite import ir

from ..ops.registry import register_lowering
from . import conv_nhwc  # noqa: F401  (registers the channels-last copy of the weight gradient)
from .conv_wgrad_flat import Flat, flat_ok, periods
from .irutil import (
    I32,
    I64,
    PTR,
    carried_loop,
    counted_loop,
    ftype,
    get_function,
    gv_parallel,
    i64,
    imax,
    imin,
    lin_value,
)
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


CTX = ir.LiteralStructType([PTR, PTR, PTR, I64, I64, I64])  # x, gy, parts, images, strides
PARALLEL_MIN_FLOPS = 1 << 22  # below this the kernel runs in the caller's thread, one part


def _images_fn(em, k, g, slots: int):
    """The start of <kernel>.images(ptr ctx, i64 chunk, i64 chunks), its builder in g.b:
    (function, builder, (x, gy, this chunk's part zeroed, x's and gy's image strides), (first
    image, end image) of this chunk)."""
    fn = ir.Function(em.m, ir.FunctionType(ir.VoidType(), [PTR, I64, I64]), f"{k.name}.images")
    fn.linkage = "internal"
    ctx, ch, nch = fn.args
    b = g.b = ir.IRBuilder(fn.append_basic_block("entry"))
    x0p, g0p, parts, images, sxn, sgn = (
        b.load(b.gep(ctx, [i64(0), ir.Constant(I32, j)], source_etype=CTX), typ=t)
        for j, t in enumerate(CTX.elements))
    part = g.gep(parts, b.mul(ch, i64(slots * g.vw)))
    with counted_loop(b, i64(0), i64(slots), "wg.zero") as q:
        b.store(g.zero, g.gep(part, b.mul(q, i64(g.vw))), align=g.size)
    lo = b.sdiv(b.mul(ch, images), nch)
    hi = b.sdiv(b.mul(b.add(ch, i64(1)), images), nch)
    return fn, b, (x0p, g0p, part, sxn, sgn), (lo, hi)


def _chunk_fn(em, k, g, geo):
    """void <kernel>.images(ptr ctx, i64 chunk, i64 chunks): the partial sums (one vector per
    (o, tap)) of its share of the images into part ``chunk`` of the scratch."""
    O, T, taps, ho, wo, sxc, sxh, sgo, sgh, dh, dw = geo
    b0 = g.b
    fn, b, (x0p, g0p, part, sxn, sgn), (lo, hi) = _images_fn(em, k, g, O * T)
    vw = g.vw
    kk = T // (taps[-1][0] + 1)  # taps per input channel
    ob_size, tg_size = blocking(O, kk, REGS[vw * g.size == 64])
    cols = [(x0, min(vw, wo - x0)) for x0 in range(0, wo, vw)]
    with counted_loop(b, lo, hi, "wg.img") as im:
        xi = g.gep(x0p, b.mul(im, sxn))
        gi = g.gep(g0p, b.mul(im, sgn))
        for o0, ob in _split(O, ob_size):
            # input channels a loop (code unrolled over one channel's taps only: unrolled
            # over every (o, c, i, j) a 32 -> 32 3x3 kernel took 45 s to compile)
            with counted_loop(b, i64(0), i64(taps[-1][0] + 1), "wg.c") as c:
                pc = g.gep(part, b.mul(c, i64(kk * vw)))
                xc = g.gep(xi, b.mul(c, i64(sxc)))
                for t0, tg in _split(kk, tg_size):
                    slots = [(o * T + t) * vw for o in range(o0, o0 + ob)
                             for t in range(t0, t0 + tg)]
                    init = [b.load(g.gep(pc, s), typ=g.v, align=g.size) for s in slots]

                    def body(y, accs, o0=o0, ob=ob, t0=t0, tg=tg, xc=xc):
                        accs = list(accs)
                        grow = g.gep(gi, b.mul(y, i64(sgh)))
                        for x0, lanes in cols:
                            dys = [g.load(g.gep(grow, o * sgo + x0), lanes)
                                   for o in range(o0, o0 + ob)]
                            for t in range(tg):
                                _, i, j = taps[t0 + t]
                                row = b.mul(b.add(y, i64(i * dh)), i64(sxh))
                                xvec = g.load(g.gep(g.gep(xc, row), x0 + j * dw), lanes)
                                for o in range(ob):
                                    a = o * tg + t
                                    accs[a] = b.call(g.fma, [dys[o], xvec, accs[a]])
                        return accs

                    accs = carried_loop(b, i64(0), i64(ho), init, body, "wg.row", "y")
                    for s_, a in zip(slots, accs, strict=True):
                        b.store(a, g.gep(pc, s_), align=g.size)
    _compact(b, g, part, O * T)
    b.ret_void()
    g.b = b0
    return fn


def _o_blocks(O: int, size: int) -> list[tuple[int, int, int]]:
    """[(first channel, block size, blocks)]: _split's near-equal blocks, grouped by size."""
    out = []
    for at, cnt in _split(O, size):
        if out and out[-1][1] == cnt:
            out[-1] = (out[-1][0], cnt, out[-1][2] + 1)
        else:
            out.append((at, cnt, 1))
    return out


def _chunk_fn_flat(em, k, g, geo):
    """_chunk_fn over the flattened pixels (conv_wgrad_flat.py): x unpadded, read with masks;
    the blocks of output channels a loop (one code copy per block size)."""
    O, T, taps, ho, wo, sxc, sxh, sgo, sgh, dh, dw = geo
    H, (kh, kw), (ph, pw) = k.inputs[0].shape[2].b, k.attrs["kernel_size"], k.attrs["padding"]
    b0 = g.b
    fn, b, (x0p, g0p, part, sxn, sgn), (lo, hi) = _images_fn(em, k, g, O * T)
    flat = Flat(g, (H, wo, ho, kh, ph, dh), (kw, pw, dw, sgo))
    vw = g.vw
    kk = T // (taps[-1][0] + 1)  # taps per input channel
    ob_size, tg_size = blocking(O, kk, REGS[vw * g.size == 64])
    blocks = _o_blocks(O, ob_size)
    nc = taps[-1][0] + 1

    def nest(xi, gi, periods):
        """Every (block of channels, input channel, group of taps): its accumulators through
        periods(accs, xc, gp, taps, ob)."""
        for o_at, ob, nb in blocks:
            with counted_loop(b, i64(0), i64(nb), "wg.o") as blk:
                o0 = b.add(i64(o_at), b.mul(blk, i64(ob)))
                gp = g.gep(gi, b.mul(o0, i64(sgo)))
                po = g.gep(part, b.mul(o0, i64(T * vw)))
                with counted_loop(b, i64(0), i64(nc), "wg.c") as c:
                    pc = g.gep(po, b.mul(c, i64(kk * vw)))
                    xc = g.gep(xi, b.mul(c, i64(sxc)))
                    for t0, tg in _split(kk, tg_size):
                        slots = [(o * T + t) * vw for o in range(ob) for t in range(t0, t0 + tg)]
                        accs = [b.load(g.gep(pc, s), typ=g.v, align=g.size) for s in slots]
                        accs = periods(accs, xc, gp, [taps[t][1:] for t in range(t0, t0 + tg)],
                                       ob)
                        for s_, a in zip(slots, accs, strict=True):
                            b.store(a, g.gep(pc, s_), align=g.size)

    top, bottom, total = periods((H, wo, ho, kh, ph, dh), vw)

    def image(accs, xc, gp, tp, ob):
        """Every period: the edges unrolled, the clean ones a loop."""
        accs = flat.edges(accs, range(top), xc, gp, tp, ob)
        if bottom > top:
            accs = flat.clean(accs, i64(top), i64(bottom), xc, gp, tp, ob)
        return flat.edges(accs, range(bottom, total), xc, gp, tp, ob)

    with counted_loop(b, lo, hi, "wg.img") as im:
        nest(g.gep(x0p, b.mul(im, sxn)), g.gep(g0p, b.mul(im, sgn)), image)
    _compact(b, g, part, O * T)
    b.ret_void()
    g.b = b0
    return fn


@register_lowering("llvm", "conv2d_grad_weight")
def lower_conv_wgrad_direct(em, b, k, ptrs):
    """dw (O, C, kh, kw) contiguous = the weight gradient of x (n, C, hp, wp) (rows
    contiguous, constant strides) and gy (n, O, ho, wo) contiguous; stride 1. outputs[1]: a
    scratch of partial sums, one O C kh kw vectors part per chunk of images: as many chunks
    (threads, at most) as it holds parts."""
    xv, gv = k.inputs
    out, scratch = k.outputs
    n, nthreads = b.function.args[0], b.function.args[1]
    dt = em.plan.buffers[out.buf].dtype
    g = _Gen(em, b, dt)
    kh, kw = k.attrs["kernel_size"]
    dh, dw = k.attrs["dilation"]
    O, ho, wo = (e.b for e in gv.shape[1:])
    C = xv.shape[1].b
    taps = [(c, i, j) for c in range(C) for i in range(kh) for j in range(kw)]
    T, vw = len(taps), g.vw
    parts = scratch.shape[0].b // (O * T * vw)
    if parts < 1:
        raise ValueError(f"llvm/conv_wgrad: {k.name}: scratch of {scratch.shape[0].b} "
                         f"elements, {O * T * vw} needed")
    geo = (O, T, taps, ho, wo, xv.strides[1].b, xv.strides[2].b, gv.strides[1].b,
           gv.strides[2].b, dh, dw)
    if "padding" in k.attrs:  # x unpadded, as wide as gy's rows: the flattened pixels
        if not flat_ok(xv.shape[3].b, xv.strides[2].b, wo):
            raise ValueError(f"llvm/conv_wgrad: {k.name}: x rows of {xv.shape[3].b} (stride "
                             f"{xv.strides[2].b}) for output rows of {wo}: no flattened loop")
        fn = _chunk_fn_flat(em, k, g, geo)
    else:
        fn = _chunk_fn(em, k, g, geo)
    images = lin_value(b, gv.shape[0], n)
    ctx = b.alloca(CTX)
    vals = (g.gep(ptrs[xv.buf], lin_value(b, xv.offset, n)),
            g.gep(ptrs[gv.buf], lin_value(b, gv.offset, n)),
            g.gep(ptrs[scratch.buf], lin_value(b, scratch.offset, n)), images,
            lin_value(b, xv.strides[0], n), lin_value(b, gv.strides[0], n))
    for j, v in enumerate(vals):
        b.store(v, b.gep(ctx, [i64(0), ir.Constant(I32, j)]))
    flops = b.mul(images, i64(2 * O * T * ho * wo))
    big = b.and_(b.icmp_signed(">=", flops, i64(PARALLEL_MIN_FLOPS)),
                 b.icmp_signed(">", nthreads, i64(1)))
    nch = b.select(big, imin(b, imin(b, nthreads, i64(parts)), imax(b, images, i64(1))),
                   i64(1))
    with b.if_else(big) as (par, seq):
        with par:
            b.call(gv_parallel(em.m), [fn, ctx, nch])
        with seq:
            b.call(fn, [ctx, i64(0), i64(1)])
    dwp = g.gep(ptrs[out.buf], lin_value(b, out.offset, n))
    groups, OT = O * T // vw, O * T
    with counted_loop(b, i64(0), i64(groups), "wg.sum") as q:  # the parts' lane sums
        v = b.load(g.gep(vals[2], b.mul(q, i64(vw))), typ=g.v, align=g.size)
        acc = _sum_parts(b, g, vals[2], b.mul(q, i64(vw)), nch, OT * vw, v)
        b.store(acc, g.gep(dwp, b.mul(q, i64(vw))), align=g.size)
    for q in range(groups * vw, OT):
        v = b.load(g.gep(vals[2], q), typ=g.f)
        b.store(_sum_parts(b, g, vals[2], i64(q), nch, OT * vw, v), g.gep(dwp, q))


def _hsum_tree(b, vecs: list):
    """vw vectors of vw lanes -> one vector whose lane s is the sum of vecs[s]'s lanes: log2(vw)
    rounds, each adding the halves of every chunk of two vectors' concatenated partials."""
    vw = len(vecs)
    ity = ir.VectorType(I32, vw)
    c = vw
    while len(vecs) > 1:
        lo = [m * c + e for m in range(2 * vw // c) for e in range(c // 2)]
        hi = [m * c + c // 2 + e for m in range(2 * vw // c) for e in range(c // 2)]
        vecs = [b.fadd(b.shuffle_vector(x, y, ir.Constant(ity, lo)),
                       b.shuffle_vector(x, y, ir.Constant(ity, hi)))
                for x, y in zip(vecs[::2], vecs[1::2], strict=True)]
        c //= 2
    return vecs[0]


def _compact(b, g, part, slots: int):
    """The lanes of each slot's vector summed in place: slot q's total to element q of the
    part (group by group of vw slots, increasing: a group's stores land on vectors already
    read), so the partial sums of the chunks are summed (after gv_parallel) as vectors."""
    vw = g.vw
    with counted_loop(b, i64(0), i64(slots // vw), "wg.hsum") as q:
        at = b.mul(q, i64(vw * vw))
        vecs = [b.load(g.gep(part, b.add(at, i64(s * vw))), typ=g.v, align=g.size)
                for s in range(vw)]
        b.store(_hsum_tree(b, vecs), g.gep(part, b.mul(q, i64(vw))), align=g.size)
    for q in range(slots // vw * vw, slots):
        v = b.load(g.gep(part, q * vw), typ=g.v, align=g.size)
        total = b.extract_element(v, i64(0))
        for lane in range(1, vw):
            total = b.fadd(total, b.extract_element(v, i64(lane)))
        b.store(total, g.gep(part, q))


def _sum_parts(b, g, parts, off, nch, stride: int, first):
    """first + the values (first's type) at element off of parts 1 .. nch - 1 (a loop
    carrying the sum)."""
    pre = b.block
    loop = b.append_basic_block("wg.parts")
    done = b.append_basic_block("wg.parts.done")
    b.cbranch(b.icmp_signed(">", nch, i64(1)), loop, done)
    b.position_at_end(loop)
    p = b.phi(I64)
    p.add_incoming(i64(1), pre)
    acc = b.phi(first.type)
    acc.add_incoming(first, pre)
    v = b.load(g.gep(parts, b.add(b.mul(p, i64(stride)), off)), typ=first.type, align=g.size)
    nxt = b.fadd(acc, v)
    np_ = b.add(p, i64(1))
    p.add_incoming(np_, loop)
    acc.add_incoming(nxt, loop)
    b.cbranch(b.icmp_signed("<", np_, nch), loop, done)
    b.position_at_end(done)
    out = b.phi(first.type)
    out.add_incoming(first, pre)
    out.add_incoming(nxt, loop)
    return out
