"""Matmul through a generated BLIS-style GEMM (notes/toolchain.md §2).

C[M, Nn] = A[M, K] @ B[K, Nn] with A, B addressed through (row, column) strides, so transposed
operands cost nothing but the packing order. Loop order jc (NC) > pc (KC) > ic (MC) > jr (NR) >
ir (MR); B panels packed as [k][NR] and A panels as [k][MR] into a 64-byte aligned per-thread
workspace, zero-padded at the edges; the micro-kernel keeps an MR x NR tile in 2*MR vector
accumulators (``llvm.fma``), k unrolled by 4. Edge tiles go through a small tile in the
workspace, so nothing is ever read or written outside the operands. Large products split the
longer output axis over the thread pool.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from llvmlite import ir

from ...ops.registry import register_lowering
from ..lin import Lin, numel
from .irutil import (
    I1,
    I32,
    I64,
    PTR,
    VOID,
    counted_loop,
    ftype,
    gv_parallel,
    gv_workspace,
    i64,
    imin,
    lin_value,
)
from .scalar_ops import FLAGS

PARALLEL_MIN_FLOPS = 1 << 21


@dataclass(frozen=True)
class Blocking:
    vw: int  # vector width (elements)
    mr: int
    nr: int
    kc: int
    mc: int
    nc: int


# AVX2 (notes/toolchain.md: MR=6, NR=16, KC=512 matched OpenBLAS on Zen 3) and AVX-512 hosts.
BLOCKING = {(np.dtype(np.float32), False): Blocking(8, 6, 16, 512, 144, 4080),
            (np.dtype(np.float64), False): Blocking(4, 6, 8, 256, 72, 2040),
            (np.dtype(np.float32), True): Blocking(16, 12, 32, 384, 96, 4096),
            (np.dtype(np.float64), True): Blocking(8, 12, 16, 256, 96, 2048)}
WIDE_ATTRS = '"min-legal-vector-width"="512" "prefer-vector-width"="512"'


def has_avx512() -> bool:
    import llvmlite.binding as llvm

    from .target import _init

    _init()
    return bool(llvm.get_host_cpu_features().get("avx512f", False))
CTX = ir.LiteralStructType([I64, I64, I64, PTR, I64, I64, PTR, I64, I64, PTR, I64])
FIELDS = ("M", "Nn", "K", "A", "rsa", "csa", "B", "rsb", "csb", "C", "ldc")


def _suffix(dtype) -> str:
    return "f32" if np.dtype(dtype) == np.float32 else "f64"


class GemmGen:
    """Emits gv_gemm_<dt>.thread(ctx, tid, nt) and its helpers into a module (once per dtype)."""

    def __init__(self, module: ir.Module, dtype):
        self.m = module
        self.dt = np.dtype(dtype)
        self.f = ftype(dtype)
        self.wide = has_avx512()
        self.bk = BLOCKING[(self.dt, self.wide)]
        self.v = ir.VectorType(self.f, self.bk.vw)
        self.sfx = _suffix(dtype)
        self.fma = ir.Function(module, ir.FunctionType(self.v, [self.v] * 3),
                               f"llvm.fma.v{self.bk.vw}{self.sfx}")
        self.ukernel = self._ukernel()
        self.pack_a = self._pack("a")
        self.pack_b = self._pack("b")
        self.thread = self._thread()

    def _fn(self, name, args, names):
        fn = ir.Function(self.m, ir.FunctionType(VOID, args), f"gv_gemm_{self.sfx}.{name}")
        fn.linkage = "internal"
        for a, nm in zip(fn.args, names, strict=True):
            a.name = nm
        return fn, ir.IRBuilder(fn.append_basic_block("entry"))

    def _gep(self, b, p, off):
        return b.gep(p, [off], source_etype=self.f, inbounds=True)

    # ---- packing ------------------------------------------------------------------------
    def _pack(self, which):
        """Pack a mc x kc block of A (panels of MR rows, [k][MR]) or a kc x nc block of B
        (panels of NR columns, [k][NR]); zero padding completes the last panel."""
        r = self.bk.mr if which == "a" else self.bk.nr
        fn, b = self._fn(f"pack_{which}", [PTR, PTR, I64, I64, I64, I64],
                         ["dst", "src", "rows", "kc", "s_row", "s_k"])
        dst, src, rows, kc, s_row, s_k = fn.args
        for a in (dst, src):
            a.add_attribute("noalias")
        zero = ir.Constant(self.f, 0.0)
        npanel = b.sdiv(b.add(rows, i64(r - 1)), i64(r))
        with counted_loop(b, i64(0), npanel, "p") as p:
            base = b.mul(p, b.mul(kc, i64(r)))
            first = b.mul(p, i64(r))
            cnt = imin(b, i64(r), b.sub(rows, first))
            src_p = self._gep(b, src, b.mul(first, s_row))
            dst_p = self._gep(b, dst, base)
            # walk the source in memory order: rows inner when they are contiguous
            with b.if_else(b.icmp_signed("==", s_row, i64(1))) as (rows_inner, k_inner):
                with rows_inner:
                    with counted_loop(b, i64(0), kc, "k") as k:
                        with counted_loop(b, i64(0), cnt, "r") as q:
                            v = b.load(self._gep(b, src_p, b.add(q, b.mul(k, s_k))), typ=self.f)
                            b.store(v, self._gep(b, dst_p, b.add(b.mul(k, i64(r)), q)))
                with k_inner:
                    with counted_loop(b, i64(0), cnt, "r") as q:
                        srow = b.mul(q, s_row)
                        with counted_loop(b, i64(0), kc, "k") as k:
                            v = b.load(self._gep(b, src_p, b.add(srow, b.mul(k, s_k))),
                                       typ=self.f)
                            b.store(v, self._gep(b, dst_p, b.add(b.mul(k, i64(r)), q)))
            with counted_loop(b, i64(0), kc, "kz") as k:
                with counted_loop(b, cnt, i64(r), "z") as q:
                    b.store(zero, self._gep(b, dst_p, b.add(b.mul(k, i64(r)), q)))
        b.ret_void()
        return fn

    # ---- micro-kernel ---------------------------------------------------------------------
    def _splat(self, b, s):
        undef = ir.Constant(self.v, ir.Undefined)
        v = b.insert_element(undef, s, ir.Constant(I32, 0))
        return b.shuffle_vector(v, undef, ir.Constant(ir.VectorType(I32, self.bk.vw),
                                                      [0] * self.bk.vw))

    def _step(self, b, ap, bp, k, accs):
        mr, nr, vw = self.bk.mr, self.bk.nr, self.bk.vw
        boff = b.mul(k, i64(nr))
        bv = [b.load(self._gep(b, bp, b.add(boff, i64(j * vw))), typ=self.v,
                     align=vw * self.dt.itemsize) for j in range(nr // vw)]
        aoff = b.mul(k, i64(mr))
        out = []
        for r in range(mr):
            a = self._splat(b, b.load(self._gep(b, ap, b.add(aoff, i64(r))), typ=self.f))
            for j in range(nr // vw):
                out.append(b.call(self.fma, [a, bv[j], accs[r * (nr // vw) + j]]))
        return out

    def _ukernel(self):
        """C[mr x nr] (+)= Ap[kc x MR]^T Bp[kc x NR] ("first" overwrites C)."""
        bk = self.bk
        fn, b = self._fn("ukernel", [I64, PTR, PTR, PTR, I64, I64, I64, I1, PTR],
                         ["kc", "ap", "bp", "c", "ldc", "mr", "nr", "first", "tile"])
        kc, ap, bp, c, ldc, mr, nr, first, tile = fn.args
        nacc = bk.mr * bk.nr // bk.vw
        zero = ir.Constant(self.v, [0.0] * bk.vw)
        entry = b.block
        main, mid, rem, tail = (fn.append_basic_block(x) for x in ("main", "mid", "rem", "tail"))
        kc4 = b.and_(kc, i64(-4))
        b.cbranch(b.icmp_signed(">", kc4, i64(0)), main, mid)
        b.position_at_end(main)
        k = b.phi(I64, "k")
        accs = [b.phi(self.v, f"acc{i}") for i in range(nacc)]
        new = accs
        for u in range(4):
            new = self._step(b, ap, bp, b.add(k, i64(u)), new)
        kn = b.add(k, i64(4))
        k.add_incoming(i64(0), entry)
        k.add_incoming(kn, main)
        for a, nv in zip(accs, new, strict=True):
            a.add_incoming(zero, entry)
            a.add_incoming(nv, main)
        b.cbranch(b.icmp_signed("<", kn, kc4), main, mid)
        b.position_at_end(mid)
        macc = [b.phi(self.v) for _ in range(nacc)]
        for a, nv in zip(macc, new, strict=True):
            a.add_incoming(zero, entry)
            a.add_incoming(nv, main)
        b.cbranch(b.icmp_signed("<", kc4, kc), rem, tail)
        b.position_at_end(rem)
        k2 = b.phi(I64, "k1")
        racc = [b.phi(self.v) for _ in range(nacc)]
        rnew = self._step(b, ap, bp, k2, racc)
        k2n = b.add(k2, i64(1))
        k2.add_incoming(kc4, mid)
        k2.add_incoming(k2n, rem)
        for a, m0, nv in zip(racc, macc, rnew, strict=True):
            a.add_incoming(m0, mid)
            a.add_incoming(nv, rem)
        b.cbranch(b.icmp_signed("<", k2n, kc), rem, tail)
        b.position_at_end(tail)
        fin = [b.phi(self.v) for _ in range(nacc)]
        for a, m0, nv in zip(fin, macc, rnew, strict=True):
            a.add_incoming(m0, mid)
            a.add_incoming(nv, rem)
        self._store_tile(b, fin, c, ldc, mr, nr, first, tile)
        b.ret_void()
        return fn

    def _store_tile(self, b, accs, c, ldc, mr, nr, first, tile):
        bk = self.bk
        per = bk.nr // bk.vw
        full = b.and_(b.icmp_signed("==", mr, i64(bk.mr)), b.icmp_signed("==", nr, i64(bk.nr)))
        with b.if_else(full) as (yes, no):
            with yes:
                with b.if_else(first) as (ow, acc):
                    with ow:
                        for r in range(bk.mr):
                            for j in range(per):
                                p = self._gep(b, c, b.add(b.mul(i64(r), ldc), i64(j * bk.vw)))
                                b.store(accs[r * per + j], p, align=self.dt.itemsize)
                    with acc:
                        for r in range(bk.mr):
                            for j in range(per):
                                p = self._gep(b, c, b.add(b.mul(i64(r), ldc), i64(j * bk.vw)))
                                old = b.load(p, typ=self.v, align=self.dt.itemsize)
                                b.store(b.fadd(old, accs[r * per + j], flags=FLAGS), p,
                                        align=self.dt.itemsize)
            with no:
                for i, a in enumerate(accs):
                    b.store(a, self._gep(b, tile, i64(i * bk.vw)), align=64)
                with counted_loop(b, i64(0), mr, "tr") as r:
                    with counted_loop(b, i64(0), nr, "tc") as q:
                        t = b.load(self._gep(b, tile, b.add(b.mul(r, i64(bk.nr)), q)),
                                   typ=self.f)
                        p = self._gep(b, c, b.add(b.mul(r, ldc), q))
                        old = b.select(first, ir.Constant(self.f, 0.0), b.load(p, typ=self.f))
                        b.store(b.fadd(old, t, flags=FLAGS), p)

    # ---- the blocked loop nest, one thread's share -----------------------------------------
    def _split(self, b, total, unit, tid, nt):
        """[lo, hi) of thread tid when ``total`` is split in multiples of ``unit``."""
        blocks = b.sdiv(b.add(total, i64(unit - 1)), i64(unit))
        per = b.mul(b.sdiv(b.add(blocks, b.sub(nt, i64(1))), nt), i64(unit))
        lo = imin(b, b.mul(tid, per), total)
        return lo, imin(b, b.add(lo, per), total)

    def _thread(self):
        bk = self.bk
        fn, b = self._fn("thread", [PTR, I64, I64], ["ctx", "tid", "nt"])
        ctx, tid, nt = fn.args
        f = {}
        for j, (nm, ty) in enumerate(zip(FIELDS, CTX.elements, strict=True)):
            slot = b.gep(ctx, [i64(0), ir.Constant(I32, j)], source_etype=CTX)
            f[nm] = b.load(slot, typ=ty, name=nm)
        by_cols = b.icmp_signed(">=", f["Nn"], f["M"])
        n_lo, n_hi = self._split(b, f["Nn"], bk.nr, tid, nt)
        m_lo, m_hi = self._split(b, f["M"], bk.mr, tid, nt)
        n0 = b.select(by_cols, n_lo, i64(0))
        n1 = b.select(by_cols, n_hi, f["Nn"])
        m0 = b.select(by_cols, i64(0), m_lo)
        m1 = b.select(by_cols, f["M"], m_hi)
        a_elems = bk.mc * bk.kc
        b_elems = bk.kc * bk.nc
        size = (a_elems + b_elems + bk.mr * bk.nr) * self.dt.itemsize
        ws = b.call(gv_workspace(self.m), [tid, i64(size)], name="ws")
        ap = ws
        bp = self._gep(b, ws, i64(a_elems))
        tile = self._gep(b, ws, i64(a_elems + b_elems))
        with counted_loop(b, n0, n1, "jc", bk.nc) as jc:
            nc = imin(b, i64(bk.nc), b.sub(n1, jc))
            with counted_loop(b, i64(0), f["K"], "pc", bk.kc) as pc:
                kc = imin(b, i64(bk.kc), b.sub(f["K"], pc))
                first = b.icmp_signed("==", pc, i64(0))
                bsrc = self._gep(b, f["B"], b.add(b.mul(pc, f["rsb"]), b.mul(jc, f["csb"])))
                b.call(self.pack_b, [bp, bsrc, nc, kc, f["csb"], f["rsb"]])
                with counted_loop(b, m0, m1, "ic", bk.mc) as ic:
                    mc = imin(b, i64(bk.mc), b.sub(m1, ic))
                    asrc = self._gep(b, f["A"], b.add(b.mul(ic, f["rsa"]),
                                                      b.mul(pc, f["csa"])))
                    b.call(self.pack_a, [ap, asrc, mc, kc, f["rsa"], f["csa"]])
                    self._macro(b, f, ap, bp, tile, ic, jc, mc, nc, kc, first)
        b.ret_void()
        return fn

    def _macro(self, b, f, ap, bp, tile, ic, jc, mc, nc, kc, first):
        bk = self.bk
        with counted_loop(b, i64(0), nc, "jr", bk.nr) as jr:
            nr = imin(b, i64(bk.nr), b.sub(nc, jr))
            bpan = self._gep(b, bp, b.mul(jr, kc))
            with counted_loop(b, i64(0), mc, "ir", bk.mr) as ir_:
                mr = imin(b, i64(bk.mr), b.sub(mc, ir_))
                apan = self._gep(b, ap, b.mul(ir_, kc))
                row = b.add(ic, ir_)
                cp = self._gep(b, f["C"], b.add(b.mul(row, f["ldc"]), b.add(jc, jr)))
                b.call(self.ukernel, [kc, apan, bpan, cp, f["ldc"], mr, nr, first, tile])


def gemm_for(emitter, dtype) -> GemmGen:
    key = ("gemm", np.dtype(dtype))
    gen = emitter.lowered.get(key)
    if gen is None:
        gen = emitter.lowered[key] = GemmGen(emitter.m, dtype)
    return gen


def call_gemm(emitter, b, dtype, M, Nn, K, a, rsa, csa, bb, rsb, csb, c, ldc):
    """Emit C = A @ B (all i64 values / pointers) with the thread split decided at run time."""
    gen = gemm_for(emitter, dtype)
    nthreads = b.function.args[1]
    ctx = b.alloca(CTX)  # typed pointer: the IR parser accepts it
    for j, v in enumerate((M, Nn, K, a, rsa, csa, bb, rsb, csb, c, ldc)):
        b.store(v, b.gep(ctx, [i64(0), ir.Constant(I32, j)]))
    flops = b.mul(b.mul(M, Nn), K)
    big = b.icmp_signed(">=", flops, i64(PARALLEL_MIN_FLOPS))
    with b.if_else(big) as (par, seq):
        with par:
            b.call(gv_parallel(emitter.m), [gen.thread, ctx, nthreads])
        with seq:
            b.call(gen.thread, [ctx, i64(0), i64(1)])


def _zero_fill(b, fty, c, count):
    with counted_loop(b, i64(0), count, "z") as i:
        b.store(ir.Constant(fty, 0.0), b.gep(c, [i], source_etype=fty, inbounds=True))


@register_lowering("llvm", "matmul")
def lower_matmul(emitter, b, k, ptrs):
    """matmul(a, b, trans_a, trans_b) on contiguous operands -> one GEMM call."""
    va, vb = k.inputs
    vc = k.outputs[0]
    n = b.function.args[0]
    dt = emitter.plan.buffers[vc.buf].dtype

    def ptr(v):
        return b.gep(ptrs[v.buf], [lin_value(b, v.offset, n)], source_etype=ftype(dt))

    def val(lin: Lin):
        return lin_value(b, lin, n)

    kk = va.shape[-1]
    if k.attrs.get("trans_a", False):  # (k, m) = a(L, k)^T b(L, m)
        L, m = numel(va.shape[:-1]), vb.shape[-1]
        M, Nn, K = val(kk), val(m), val(L)
        rsa, csa, rsb, csb = i64(1), val(kk), val(m), i64(1)
    else:
        M = val(numel(va.shape[:-1]))
        K = val(kk)
        if k.attrs.get("trans_b", False):
            Nn = val(vb.shape[0])
            rsb, csb = i64(1), K
        else:
            Nn = val(vb.shape[1])
            rsb, csb = Nn, i64(1)
        rsa, csa = K, i64(1)
    c = ptr(vc)
    with b.if_else(b.icmp_signed("==", K, i64(0))) as (empty, full):
        with empty:
            _zero_fill(b, ftype(dt), c, b.mul(M, Nn))
        with full:
            call_gemm(emitter, b, dt, M, Nn, K, ptr(va), rsa, csa, ptr(vb), rsb, csb, c, Nn)
