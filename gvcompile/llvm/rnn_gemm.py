"""The per-step product of the recurrent kernels: C[M, N] = A[M, K] @ B[K, N] with B's rows
contiguous (the hidden weights, laid out once per call), no packing of either operand.

The step product is small (batch x G*H x H: 32 x 512 x 128 in the LSTM benchmark) and runs T
times with the same B: the packed GEMM re-packed all of B every step and the dot kernel spent
half its time summing accumulators across lanes. Here an MR x (2 vectors) tile of C stays in
registers while k walks A's rows (one broadcast element each) and B's rows (two vector loads),
so every FMA is useful; B's column panel (K x 2 vectors) is reused by all row tiles from L1/L2.
Rows past M re-read the last row and are not stored; the last column tile uses masked loads
and stores (never outside the operands). ``thread(ctx, chunk, nchunks)`` reads gemm_abi's CTX
(M, Nn, K, A, rsa, B, rsb = ldb, C, ldc) and computes its chunk's share of the column tiles.
"""

from __future__ import annotations

import numpy as np
from llvmlite import ir

from .gemm import gemm_for
from .gemm_abi import CTX, FIELDS, dtype_suffix
from .irutil import I1, I32, I64, PTR, VOID, counted_loop, ftype, get_function, i64, imin
from .target import has_avx512


class StepGemm:
    def __init__(self, module: ir.Module, dtype):
        self.m, self.dt, self.f = module, np.dtype(dtype), ftype(dtype)
        wide = has_avx512()
        self.vw = (16 if wide else 8) // (self.dt.itemsize // 4)
        self.mr = 8 if wide else 4  # 16 of 32 zmm / 8 of 16 ymm hold the tile
        self.nr = 2 * self.vw
        self.v = ir.VectorType(self.f, self.vw)
        sfx = dtype_suffix(dtype)
        self.fma = get_function(module, f"llvm.fma.v{self.vw}{sfx}", self.v, [self.v] * 3)
        self.mask_t = ir.VectorType(I1, self.vw)
        self.mload = get_function(module, f"llvm.masked.load.v{self.vw}{sfx}.p0", self.v,
                                  [PTR, I32, self.mask_t, self.v])
        self.mstore = get_function(module, f"llvm.masked.store.v{self.vw}{sfx}.p0", VOID,
                                   [self.v, PTR, I32, self.mask_t])
        self.tiles = {masked: self._tile(masked) for masked in (False, True)}
        self.thread = self._thread()

    def _fn(self, name, args, names):
        fn = ir.Function(self.m, ir.FunctionType(VOID, args),
                         f"gv_rgemm_{dtype_suffix(self.dt)}.{name}")
        fn.linkage = "internal"
        for a, nm in zip(fn.args, names, strict=True):
            a.name = nm
        return fn, ir.IRBuilder(fn.append_basic_block("entry"))

    def _gep(self, b, p, off):
        return b.gep(p, [off], source_etype=self.f, inbounds=True)

    def _masks(self, b, nleft):
        """Lane masks of the two vectors for nleft (< NR) columns."""
        lanes = ir.VectorType(I64, self.vw)
        undef = ir.Constant(lanes, ir.Undefined)
        splat = b.shuffle_vector(b.insert_element(undef, nleft, ir.Constant(I32, 0)), undef,
                                 ir.Constant(ir.VectorType(I32, self.vw), [0] * self.vw))
        return [b.icmp_signed("<", ir.Constant(lanes, [q * self.vw + i for i in range(self.vw)]),
                              splat) for q in range(2)]

    def _tile(self, masked: bool):
        """C[0:MR, 0:NR] = A[0:MR, :] @ B[:, 0:NR] (rows < M, columns < N only)."""
        fn, b = self._fn("tile_m" if masked else "tile",
                         [PTR, PTR, PTR, I64, I64, I64, I64, I64, I64],
                         ["a", "bm", "c", "M", "N", "K", "rsa", "ldb", "ldc"])
        a, bm, c, M, N, K, rsa, ldb, ldc = fn.args
        mr, vw, al = self.mr, self.vw, self.dt.itemsize
        zero = ir.Constant(self.v, [0.0] * vw)
        masks = self._masks(b, N) if masked else None
        accs = [b.alloca(self.v, name=f"acc{i}") for i in range(mr * 2)]
        for p in accs:
            b.store(zero, p)
        arow = [self._gep(b, a, b.mul(imin(b, i64(r), b.sub(M, i64(1))), rsa))
                for r in range(mr)]
        undef = ir.Constant(self.v, ir.Undefined)
        bcast = ir.Constant(ir.VectorType(I32, vw), [0] * vw)
        with counted_loop(b, i64(0), K, "k") as k:
            brow = self._gep(b, bm, b.mul(k, ldb))
            bv = []
            for q in range(2):
                p = self._gep(b, brow, i64(q * vw))
                bv.append(b.call(self.mload, [p, ir.Constant(I32, al), masks[q], zero])
                          if masked else b.load(p, typ=self.v, align=al))
            for r in range(mr):
                s = b.load(self._gep(b, arow[r], k), typ=self.f)
                sv = b.shuffle_vector(b.insert_element(undef, s, ir.Constant(I32, 0)), undef,
                                      bcast)
                for q in range(2):
                    p = accs[r * 2 + q]
                    b.store(b.call(self.fma, [sv, bv[q], b.load(p, typ=self.v)]), p)
        for r in range(mr):
            with b.if_then(b.icmp_signed("<", i64(r), M)):
                crow = self._gep(b, c, b.mul(i64(r), ldc))
                for q in range(2):
                    v = b.load(accs[r * 2 + q], typ=self.v)
                    p = self._gep(b, crow, i64(q * vw))
                    if masked:
                        b.call(self.mstore, [v, p, ir.Constant(I32, al), masks[q]])
                    else:
                        b.store(v, p, align=al)
        b.ret_void()
        return fn

    def _thread(self):
        fn, b = self._fn("thread", [PTR, I64, I64], ["ctx", "chunk", "nchunks"])
        ctx, chunk, nchunks = fn.args
        f = {}
        for j, (nm, ty) in enumerate(zip(FIELDS, CTX.elements, strict=True)):
            slot = b.gep(ctx, [i64(0), ir.Constant(I32, j)], source_etype=CTX)
            f[nm] = b.load(slot, typ=ty, name=nm)
        nr, mr = self.nr, self.mr
        tiles = b.sdiv(b.add(f["Nn"], i64(nr - 1)), i64(nr))
        per = b.sdiv(b.add(tiles, b.sub(nchunks, i64(1))), nchunks)
        lo = imin(b, b.mul(b.mul(chunk, per), i64(nr)), f["Nn"])
        hi = imin(b, b.add(lo, b.mul(per, i64(nr))), f["Nn"])
        with counted_loop(b, lo, hi, "n", nr) as n:
            nleft = b.sub(f["Nn"], n)
            bp = self._gep(b, f["B"], n)
            with counted_loop(b, i64(0), f["M"], "m", mr) as m:
                args = [self._gep(b, f["A"], b.mul(m, f["rsa"])), bp,
                        self._gep(b, f["C"], b.add(b.mul(m, f["ldc"]), n)), b.sub(f["M"], m),
                        nleft, f["K"], f["rsa"], f["rsb"], f["ldc"]]
                with b.if_else(b.icmp_signed(">=", nleft, i64(nr))) as (full, part):
                    with full:
                        b.call(self.tiles[False], args)
                    with part:
                        b.call(self.tiles[True], args)
        b.ret_void()
        return fn


def step_gemm_for(emitter, dtype) -> StepGemm:
    key = ("rnn_step_gemm", np.dtype(dtype))
    gen = emitter.lowered.get(key)
    if gen is None:
        # gemm.py declares the fma / masked load / store intrinsics itself and must come
        # first (it always does in practice: every recurrent program has matmul kernels)
        gemm_for(emitter, dtype)
        gen = emitter.lowered[key] = StepGemm(emitter.m, dtype)
    return gen
