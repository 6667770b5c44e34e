"""Small-M ``x @ W^T`` (Fc forward: A[M, K] and B = W^T with W[Nn, K] both contiguous along K)
without packing: a dot-product kernel.

The packed GEMM (gemm.py) transposes all of W into [k][NR] panels on every call, which for a
batch of 32 rows costs as much as the product itself. Here a TM x TN tile of C is TM*TN vector
accumulators walking A's rows and W's rows along K together (vector loads of both, one FMA
per pair); at the end every accumulator is summed across its lanes. Rows and columns past the
edge re-read the last valid row (never outside the operands) and are not stored; the K tail
uses masked loads. ``thread(ctx, chunk, nchunks)`` takes the CTX of gemm.py and computes the
chunk's share of the columns (multiples of TN).
"""

from __future__ import annotations

import numpy as np
from llvmlite import ir

from .gemm_abi import CTX, FIELDS, dtype_suffix
from .irutil import (
    CHUNKS_PER_THREAD,
    I1,
    I32,
    I64,
    PTR,
    VOID,
    counted_loop,
    ftype,
    get_function,
    i64,
    imin,
)
from .target import has_avx512

DOT_MAX_M = 64  # at most this many rows of A: the dot kernel (above: the packed GEMM)


class DotGen:
    def __init__(self, module: ir.Module, dtype):
        self.m = module
        self.dt = np.dtype(dtype)
        self.f = ftype(dtype)
        wide = has_avx512()  # AVX-512 unless export forces the portable blocking
        self.vw = (16 if wide else 8) // (self.dt.itemsize // 4)
        self.tm, self.tn = (4, 4) if wide else (3, 3)
        self.v = ir.VectorType(self.f, self.vw)
        sfx = dtype_suffix(dtype)
        self.fma = get_function(module, f"llvm.fma.v{self.vw}{sfx}", self.v, [self.v] * 3)
        self.mask_t = ir.VectorType(I1, self.vw)
        self.mload = get_function(module, f"llvm.masked.load.v{self.vw}{sfx}.p0", self.v,
                                  [PTR, I32, self.mask_t, self.v])
        self.reduce = get_function(module, f"llvm.vector.reduce.fadd.v{self.vw}{sfx}", self.f,
                                   [self.f, self.v])
        self.tile = self._tile()
        self.thread = self._thread()

    def _fn(self, name, args, names):
        fn = ir.Function(self.m, ir.FunctionType(VOID, args),
                         f"gv_dot_{dtype_suffix(self.dt)}.{name}")
        fn.linkage = "internal"
        for a, nm in zip(fn.args, names, strict=True):
            a.name = nm
        return fn, ir.IRBuilder(fn.append_basic_block("entry"))

    def _gep(self, b, p, off):
        return b.gep(p, [off], source_etype=self.f, inbounds=True)

    def _tile(self):
        """C[m0:m0+TM, n0:n0+TN] = A rows . W rows over K (rows past M or Nn not stored)."""
        tm, tn, vw = self.tm, self.tn, self.vw
        # a, w, c point at row m0 of A, row n0 of W and C[m0, n0]; M and Nn: the rows left
        fn, b = self._fn("tile", [PTR, PTR, PTR, I64, I64, I64, I64, I64, I64],
                         ["a", "w", "c", "M", "Nn", "K", "lda", "ldw", "ldc"])
        a, w, c, M, Nn, K, lda, ldw, ldc = fn.args
        zero = ir.Constant(self.v, [0.0] * vw)
        accs = [b.alloca(self.v, name=f"acc{i}") for i in range(tm * tn)]
        for p in accs:
            b.store(zero, p)
        arow = [self._gep(b, a, b.mul(imin(b, i64(r), b.sub(M, i64(1))), lda))
                for r in range(tm)]
        wrow = [self._gep(b, w, b.mul(imin(b, i64(q), b.sub(Nn, i64(1))), ldw))
                for q in range(tn)]
        kv = b.and_(K, i64(-vw))
        al = self.dt.itemsize

        def step(k, load):
            av = [load(arow[r], k) for r in range(tm)]
            wv = [load(wrow[q], k) for q in range(tn)]
            for r in range(tm):
                for q in range(tn):
                    p = accs[r * tn + q]
                    b.store(b.call(self.fma, [av[r], wv[q], b.load(p, typ=self.v)]), p)

        with counted_loop(b, i64(0), kv, "k", vw) as k:
            step(k, lambda row, k: b.load(self._gep(b, row, k), typ=self.v, align=al))
        with b.if_then(b.icmp_signed("<", kv, K)):
            lanes = ir.VectorType(I64, vw)
            rest = b.sub(K, kv)
            undef = ir.Constant(lanes, ir.Undefined)
            rv = b.shuffle_vector(b.insert_element(undef, rest, ir.Constant(I32, 0)), undef,
                                  ir.Constant(ir.VectorType(I32, vw), [0] * vw))
            mask = b.icmp_signed("<", ir.Constant(lanes, list(range(vw))), rv)
            step(kv, lambda row, k: b.call(self.mload, [self._gep(b, row, k),
                                                        ir.Constant(I32, al), mask, zero]))
        for r in range(tm):
            with b.if_then(b.icmp_signed("<", i64(r), M)):
                for q in range(tn):
                    with b.if_then(b.icmp_signed("<", i64(q), Nn)):
                        s = b.call(self.reduce, [ir.Constant(self.f, 0.0),
                                                 b.load(accs[r * tn + q], typ=self.v)],
                                   fastmath=("reassoc",))
                        b.store(s, self._gep(b, c, b.add(b.mul(i64(r), ldc), i64(q))))
        b.ret_void()
        return fn

    def _thread(self):
        fn, b = self._fn("thread", [PTR, I64, I64], ["ctx", "chunk", "nchunks"])
        ctx, chunk, nchunks = fn.args
        f = {}
        for j, (nm, ty) in enumerate(zip(FIELDS, CTX.elements, strict=True)):
            slot = b.gep(ctx, [i64(0), ir.Constant(I32, j)], source_etype=CTX)
            f[nm] = b.load(slot, typ=ty, name=nm)
        tn, tm = self.tn, self.tm
        tiles = b.sdiv(b.add(f["Nn"], i64(tn - 1)), i64(tn))
        per = b.sdiv(b.add(tiles, b.sub(nchunks, i64(1))), nchunks)
        lo = imin(b, b.mul(b.mul(chunk, per), i64(tn)), f["Nn"])
        hi = imin(b, b.add(lo, b.mul(per, i64(tn))), f["Nn"])
        with counted_loop(b, lo, hi, "n", tn) as n:
            wp = self._gep(b, f["B"], b.mul(n, f["csb"]))
            with counted_loop(b, i64(0), f["M"], "m", tm) as m:
                ap = self._gep(b, f["A"], b.mul(m, f["rsa"]))
                cp = self._gep(b, f["C"], b.add(b.mul(m, f["ldc"]), n))
                b.call(self.tile, [ap, wp, cp, b.sub(f["M"], m), b.sub(f["Nn"], n), f["K"],
                                   f["rsa"], f["csb"], f["ldc"]])
        b.ret_void()
        return fn


def chunks(b, gen: DotGen, Nn, nthreads):
    tiles = b.sdiv(b.add(Nn, i64(gen.tn - 1)), i64(gen.tn))
    return imin(b, b.mul(nthreads, i64(CHUNKS_PER_THREAD)), tiles)


def dot_for(emitter, dtype) -> DotGen:
    key = ("gemm_dot", np.dtype(dtype))
    gen = emitter.lowered.get(key)
    if gen is None:
        gen = emitter.lowered[key] = DotGen(emitter.m, dtype)
    return gen
