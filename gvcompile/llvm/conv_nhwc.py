"""The channels-last padded copy of a weight gradient's input (issue 14).

plan/conv.py's _grad_weight_nhwc reads x (n, C, H, W) as xT (n, (top + H + bottom) (left + W +
right), C) with zeros in the border. As two loop nests (zero xT, then copy x with stride-C
writes) the copy ran at ~15 GB/s, 6% of the conv train step. Here the border is written once,
as zeros (per input row its left and right runs; at an image's first and last rows the rows
above and below), and the interior as C x W tiles transposed in registers: s x s blocks (s =
the vector width in elements, then halves down to 4 for a row's last pixels) of s rows of x
(channels) loaded as s-pixel vectors and turned into s channel vectors by log2(s) stages of
two-input shuffles. Per image the blocks of s channels are the outer loop, so s planes of x
are read at once (prefetched PREFETCH_ROWS rows ahead); the channels past the last whole
block (C mod s) are stored element by element, and the last < 4 pixels of a row by a scalar
loop over the channels. Every load and store is inside x's view and xT (only prefetches,
which never fault, reach past x's last row). Rows are split over the thread pool when the
copy is large.

The op kernel is a 'transpose' (perm (0, 2, 3, 1) of the padded x, attr 'pads'); plan/conv.py
makes it only where x's rows are contiguous and its strides and extents past the batch axis
constants.
"""

from __future__ import annotations

import numpy as np
from llvmlite import ir

from ..ops.registry import register_lowering
from .irutil import (
    I32,
    I64,
    PTR,
    VOID,
    chunks,
    counted_loop,
    ftype,
    gv_parallel,
    i64,
    imin,
    lin_value,
)
from .target import has_avx512

PARALLEL_MIN_ELEMS = 1 << 16  # elements of xT below which the copy runs in the caller's thread
PERM = (0, 2, 3, 1)
# x's rows are prefetched this many rows ahead: x is cold (last read in the forward), and 16
# plane streams at once are more than the hardware prefetcher follows. conv 3x3 64->64 56x56
# b8 f32, 1 thread, medians in one process: 0.39 ms without, 0.33 (1 row), 0.32 (2 rows);
# a plain copy of the same bytes from cold memory takes 0.30 ms on that host
PREFETCH_ROWS = 2


def tile_sizes(dtype) -> list[int]:
    """Square tile sizes, largest first: the vector width in elements, halved down to 4."""
    vw = (64 if has_avx512() else 32) // np.dtype(dtype).itemsize
    out = []
    while vw >= 4:
        out.append(vw)
        vw //= 2
    return out


def segments(w: int, sizes: list[int]) -> tuple[list[tuple[int, int, int]], int]:
    """([(first pixel, tile size, tiles)], first pixel of the scalar tail) covering w pixels
    with the largest tiles first."""
    out, x0 = [], 0
    for s in sizes:
        cnt = (w - x0) // s
        if cnt:
            out.append((x0, s, cnt))
            x0 += cnt * s
    return out, x0


def transpose(b, rows: list):
    """The s x s transpose of s vectors of s lanes: log2(s) stages, each swapping the
    off-diagonal blocks of 2^t x 2^t within every pair of rows r, r + 2^t."""
    rows, s = list(rows), len(rows)
    t = 1
    while t < s:
        for r in range(s):
            if r & t:
                continue
            a, c = rows[r], rows[r | t]
            lo = [lane if not lane & t else s + lane - t for lane in range(s)]
            hi = [s + lane if lane & t else lane + t for lane in range(s)]
            rows[r] = b.shuffle_vector(a, c, ir.Constant(ir.VectorType(I32, s), lo))
            rows[r | t] = b.shuffle_vector(a, c, ir.Constant(ir.VectorType(I32, s), hi))
        t *= 2
    return rows


class _Copy:
    def __init__(self, b, fty, size: int, vw: int, sh: int):
        self.b, self.f, self.size, self.vw, self.sh = b, fty, size, vw, sh
        m = b.module
        self.prefetch = m.globals.get("llvm.prefetch.p0") or ir.Function(
            m, ir.FunctionType(VOID, [PTR, I32, I32, I32]), "llvm.prefetch.p0")

    def gep(self, p, off):
        return self.b.gep(p, [off if isinstance(off, ir.Value) else i64(off)],
                          source_etype=self.f)

    def vec(self, s):
        return ir.VectorType(self.f, s)

    def zeros(self, p, count: int):
        """count (a constant) zeros from p: vectors of vw, then smaller ones, then scalars."""
        b, vw = self.b, self.vw
        whole = count // vw
        if whole > 4:
            with counted_loop(b, i64(0), i64(whole), "z") as i:
                b.store(ir.Constant(self.vec(vw), [0.0] * vw),
                        self.gep(p, b.mul(i, i64(vw))), align=self.size)
        else:
            for i in range(whole):
                b.store(ir.Constant(self.vec(vw), [0.0] * vw), self.gep(p, i * vw),
                        align=self.size)
        at, s = whole * vw, vw // 2
        while at < count:
            while s > 1 and s > count - at:
                s //= 2
            zero = ir.Constant(self.vec(s) if s > 1 else self.f, [0.0] * s if s > 1 else 0.0)
            b.store(zero, self.gep(p, at), align=self.size)
            at += s

    def tile(self, src, dst, s: int, sc: int, C: int):
        """s channels x s pixels: src channel i at src + i sc, pixel j to dst + j C."""
        b = self.b
        rows = [b.load(self.gep(src, i * sc), typ=self.vec(s), align=self.size)
                for i in range(s)]
        for i in range(s):
            b.call(self.prefetch, [self.gep(src, i * sc + PREFETCH_ROWS * self.sh),
                                   ir.Constant(I32, 0), ir.Constant(I32, 3), ir.Constant(I32, 1)])
        for j, v in enumerate(transpose(b, rows)):
            b.store(v, self.gep(dst, j * C), align=self.size)

    def channel_tail(self, src, dst, s: int, sc: int, C: int, c0: int):
        """Channels c0..C-1 of s pixels: one vector load per channel, element stores."""
        b = self.b
        for c in range(c0, C):
            v = b.load(self.gep(src, c * sc), typ=self.vec(s), align=self.size)
            for j in range(s):
                b.store(b.extract_element(v, i64(j)), self.gep(dst, j * C + c))

    def tiles(self, src, dst, W: int, C: int, sc: int, sizes: list[int], c0):
        """Channels c0 .. c0 + sizes[0] - 1 of one row, for the pixels of whole tiles:
        dst[x C + c] = src[c sc + x]."""
        b = self.b
        for x0, s, cnt in segments(W, sizes)[0]:
            with counted_loop(b, i64(0), i64(cnt), "px") as bx:
                xs = b.add(b.mul(bx, i64(s)), i64(x0))
                sp = self.gep(src, b.add(b.mul(c0, i64(sc)), xs))
                dp = self.gep(dst, b.add(b.mul(xs, i64(C)), c0))
                for sub in range(0, sizes[0], s):
                    self.tile(self.gep(sp, sub * sc), self.gep(dp, sub), s, sc, C)

    def tails(self, src, dst, W: int, C: int, sc: int, sizes: list[int]):
        """The rest of one row: channels past the last whole sizes[0] block of the whole
        tiles' pixels, then every channel of the last < 4 pixels."""
        b = self.b
        segs, tail = segments(W, sizes)
        c0 = C - C % sizes[0]
        for x0, s, cnt in segs if c0 < C else ():
            with counted_loop(b, i64(0), i64(cnt), "pt") as bx:
                xs = b.add(b.mul(bx, i64(s)), i64(x0))
                self.channel_tail(self.gep(src, xs), self.gep(dst, b.mul(xs, i64(C))), s, sc,
                                  C, c0)
        for x in range(tail, W):
            with counted_loop(b, i64(0), i64(C), "c") as c:
                v = b.load(self.gep(src, b.add(b.mul(c, i64(sc)), i64(x))), typ=self.f)
                b.store(v, self.gep(dst, b.add(c, i64(x * C))))


CTX = ir.LiteralStructType([PTR, PTR, I64, I64])  # x, xT, rows (images x H), x's image stride


def _rows_fn(em, k, dt, geo):
    """void <kernel>.rows(ptr ctx, i64 chunk, i64 chunks): its share of the input rows."""
    C, H, W, sc, sh, (top, bottom), (left, right) = geo
    fty, size = ftype(dt), np.dtype(dt).itemsize
    fn = ir.Function(em.m, ir.FunctionType(VOID, [PTR, I64, I64]), f"{k.name}.rows")
    fn.linkage = "internal"
    ctx, ch, nch = fn.args
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    sizes = tile_sizes(dt)
    g = _Copy(b, fty, size, sizes[0], sh)
    x0, xt0, rows, sn = (b.load(b.gep(ctx, [i64(0), ir.Constant(I32, j)], source_etype=CTX),
                                typ=t) for j, t in enumerate((PTR, PTR, I64, I64)))
    lo = b.sdiv(b.mul(ch, rows), nch)
    hi = b.sdiv(b.mul(b.add(ch, i64(1)), rows), nch)
    wp = left + W + right
    plane = (top + H + bottom) * wp * C

    def row(r):
        """(x's row r, its image's xT, the row's first interior element in xT, y)."""
        img, y = b.sdiv(r, i64(H)), b.srem(r, i64(H))
        src = g.gep(x0, b.add(b.mul(img, sn), b.mul(y, i64(sh))))
        dimg = g.gep(xt0, b.mul(img, i64(plane)))
        inner = g.gep(dimg, b.add(b.mul(y, i64(wp * C)), i64((top * wp + left) * C)))
        return src, dimg, inner, y

    with counted_loop(b, lo, hi, "r") as r:  # the border: zeros
        _, dimg, inner, y = row(r)
        if top:
            with b.if_then(b.icmp_signed("==", y, i64(0))):
                g.zeros(dimg, top * wp * C)
        if bottom:
            with b.if_then(b.icmp_signed("==", y, i64(H - 1))):
                g.zeros(g.gep(dimg, (top + H) * wp * C), bottom * wp * C)
        g.zeros(g.gep(inner, -left * C), left * C)
        g.zeros(g.gep(inner, W * C), right * C)
    if C >= sizes[0] and W >= sizes[-1]:
        # per image (H rows from lo), channel blocks outermost: sizes[0] streams of x at once
        with counted_loop(b, lo, hi, "rb", step=H) as r0:
            r1 = imin(b, b.add(r0, i64(H)), hi)
            with counted_loop(b, i64(0), i64(C // sizes[0]), "cb") as cb:
                with counted_loop(b, r0, r1, "r") as r:
                    src, _, inner, _ = row(r)
                    g.tiles(src, inner, W, C, sc, sizes, b.mul(cb, i64(sizes[0])))
    if C % sizes[0] or segments(W, sizes)[1] < W:
        with counted_loop(b, lo, hi, "r") as r:
            src, _, inner, _ = row(r)
            g.tails(src, inner, W, C, sc, sizes)
    b.ret_void()
    return fn


@register_lowering("llvm", "transpose")
def lower_nhwc_pad(em, b, k, ptrs):
    """xT (n, hp wp, C) contiguous = x (n, C, H, W) (rows contiguous, constant strides past
    the batch axis) channels-last with a zero border of attr pads ((top, bottom), (left,
    right))."""
    xv, out = k.inputs[0], k.outputs[0]
    if tuple(k.attrs.get("perm", ())) != PERM or "pads" not in k.attrs:
        raise NotImplementedError(f"llvm/conv_nhwc: {k.name}: only the padded channels-last "
                                  "copy of plan/conv.py is an op kernel 'transpose'")
    n = b.function.args[0]
    dt = em.plan.buffers[out.buf].dtype
    fty = ftype(dt)
    C, H, W = (e.b for e in xv.shape[1:])
    sc, sh = xv.strides[1].b, xv.strides[2].b
    rows_fn = _rows_fn(em, k, dt, (C, H, W, sc, sh) + tuple(k.attrs["pads"]))
    images = lin_value(b, xv.shape[0], n)
    rows = b.mul(images, i64(H))
    ctx = b.alloca(CTX)
    vals = (b.gep(ptrs[xv.buf], [lin_value(b, xv.offset, n)], source_etype=fty),
            b.gep(ptrs[out.buf], [lin_value(b, out.offset, n)], source_etype=fty),
            rows, lin_value(b, xv.strides[0], n))
    for j, v in enumerate(vals):
        b.store(v, b.gep(ctx, [i64(0), ir.Constant(I32, j)]))
    total = b.mul(images, i64(out.shape[1].b * C))
    with b.if_else(b.icmp_signed(">=", total, i64(PARALLEL_MIN_ELEMS))) as (par, seq):
        with par:
            b.call(gv_parallel(em.m), [rows_fn, ctx, chunks(b, b.function.args[1], rows)])
        with seq:
            b.call(rows_fn, [ctx, i64(0), i64(1)])
