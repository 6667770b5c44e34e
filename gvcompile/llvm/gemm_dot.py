"""Small-M ``x @ W^T`` (Fc forward: A[M, K] and W[Nn, K], both contiguous along K) in exactly
the packed GEMM's summation order, without packing W.

Which kernel runs is decided at run time from M (gemm.py: at most DOT_MAX_M rows here, else the
packed GEMM), so a row's bits would depend on how many rows share the call unless both sum
alike. They do by construction: every C[m, n] is, per block of KC k's (the packed GEMM's KC),
one sequential FMA chain over the block from zero; the first block is stored, each later one
added to C; no kernel splits K over threads, and tiles, edges and the thread split only decide
which element is computed where, never its order (tests/test_gemm_order.py).

Here the lanes run along m: per K block each chunk transposes A's block into At[k][Mp] (vw x vw
register transposes; M <= 64, so this costs about 1/Nn of the product, where packing W cost
1/M). A tile is RN = vw rows of W (one broadcast each per k, read in place) times MV vectors of
At: RN * MV accumulators; on the way out each vw x vw block is transposed in registers, so C is
written in row vectors. Rows of A past M and of W past Nn re-read the last valid row (never
outside the operands) and are not stored; K tails use masked loads. ``thread(ctx, chunk,
nchunks)`` takes the CTX of gemm.py and computes the chunk's share of the columns; up to
gemm_rows.ROWS_MAX_M rows, where lanes along m would leave most of each vector idle, it runs
gemm_rows.py (lanes along n, the same order).
"""

from __future__ import annotations

import numpy as np
from llvmlite import ir

from .families import Parts, body_fn
from .gemm_abi import CTX, FIELDS, dtype_suffix
from .gemm_rows import ROWS_MAX_M, RowsGen
from .irutil import (
    I1,
    I32,
    I64,
    PTR,
    VOID,
    counted_loop,
    ftype,
    get_function,
    gv_workspace,
    i64,
    imin,
)
from .target import has_avx512

DOT_MAX_M = 64  # at most this many rows of A: this kernel (above: the packed GEMM)
DOT_ACCS = (12, 24)  # accumulators a tile may hold (AVX2, AVX-512): MV = this // RN vectors


class DotGen:
    def __init__(self, module: ir.Module, dtype, kc: int):
        self.m = module
        self.dt = np.dtype(dtype)
        self.f = ftype(dtype)
        wide = has_avx512()  # AVX-512 unless export forces the portable blocking
        self.vw = (16 if wide else 8) // (self.dt.itemsize // 4)
        self.kc = kc  # the packed GEMM's K block: the same partial sums
        self.rn = self.vw
        self.mv = max(1, DOT_ACCS[wide] // self.rn)
        self.mp_max = -(-DOT_MAX_M // self.vw) * self.vw
        self.v = ir.VectorType(self.f, self.vw)
        sfx = dtype_suffix(dtype)
        self.fma = get_function(module, f"llvm.fma.v{self.vw}{sfx}", self.v, [self.v] * 3)
        self.mask_t = ir.VectorType(I1, self.vw)
        self.mload = get_function(module, f"llvm.masked.load.v{self.vw}{sfx}.p0", self.v,
                                  [PTR, I32, self.mask_t, self.v])
        self.mstore = get_function(module, f"llvm.masked.store.v{self.vw}{sfx}.p0", VOID,
                                   [self.v, PTR, I32, self.mask_t])
        # bodies built by finish() (families.py): none when the machine store holds them
        self.parts = Parts(module)
        self.parts.add(self._base)
        self._thread_fn = self.parts.declare(f"gv_dot_{sfx}.thread", [PTR, I64, I64],
                                             ["ctx", "chunk", "nchunks"],
                                             lambda fn: self._thread())

    def _base(self):
        self.pack = self._pack()
        self.tiles = [self._tile(mv) for mv in range(1, self.mv + 1)]
        self.rows = RowsGen(self)  # at most ROWS_MAX_M rows

    @property
    def thread(self):
        """The thread function (declared; its body is built by ``parts.finish``)."""
        return self.parts.use(self._thread_fn)

    def recipe(self) -> str:
        """What the family's code is a function of besides the generator's sources, knobs
        and target (compile.py adds those)."""
        return self.parts.recipe(f"DotGen {self.dt} kc={self.kc} vw={self.vw} mv={self.mv}")

    def _fn(self, name, args, names):
        fn = body_fn(self.m, f"gv_dot_{dtype_suffix(self.dt)}.{name}", args, names)
        return fn, ir.IRBuilder(fn.append_basic_block("entry"))

    def _gep(self, b, p, off):
        return b.gep(p, [off], source_etype=self.f, inbounds=True)

    def _splat(self, b, x, ty):
        undef = ir.Constant(ty, ir.Undefined)
        v = b.insert_element(undef, x, ir.Constant(I32, 0))
        return b.shuffle_vector(v, undef, ir.Constant(ir.VectorType(I32, self.vw),
                                                      [0] * self.vw))

    def _mask(self, b, count):
        """Lanes 0..count-1 of a vector."""
        lanes = ir.VectorType(I64, self.vw)
        return b.icmp_signed("<", ir.Constant(lanes, list(range(self.vw))),
                             self._splat(b, count, lanes))

    def transpose(self, b, rows):
        """vw vectors rows[i][j] -> out[j][i]: log2(vw) stages, each swapping one bit of the
        row index with the same bit of the lane index by two-source shuffles of row pairs."""
        vw, x, h = self.vw, list(rows), 1
        while h < vw:
            lo = [j if not j & h else vw + j - h for j in range(vw)]
            hi = [j + h if not j & h else vw + j for j in range(vw)]
            y = list(x)
            for i in range(vw):
                if not i & h:
                    for dst, mask in ((i, lo), (i | h, hi)):
                        y[dst] = b.shuffle_vector(x[i], x[i | h],
                                                  ir.Constant(ir.VectorType(I32, vw), mask))
            x, h = y, 2 * h
        return x

    def _pack(self):
        """At[k][m] = A[min(m, M-1), k] for k < kc and m < Mp (a multiple of vw): blocks of vw
        rows by vw k's, loaded as rows and stored transposed; the K tail with masked loads."""
        vw, al = self.vw, self.dt.itemsize
        fn, b = self._fn("pack", [PTR, PTR, I64, I64, I64, I64],
                         ["at", "a", "M", "kc", "lda", "ldat"])
        at, a, M, kc, lda, ldat = fn.args
        for p in (at, a):
            p.add_attribute("noalias")
        kv = b.and_(kc, i64(-vw))
        with counted_loop(b, i64(0), ldat, "m", vw) as m0:
            rows = [self._gep(b, a, b.mul(imin(b, b.add(m0, i64(r)), b.sub(M, i64(1))), lda))
                    for r in range(vw)]
            dst = self._gep(b, at, m0)

            def block(k0, load, count=None):
                cols = self.transpose(b, [load(self._gep(b, r, k0)) for r in rows])
                for t, v in enumerate(cols):
                    p = self._gep(b, dst, b.mul(b.add(k0, i64(t)), ldat))
                    if count is None:
                        b.store(v, p, align=vw * al)
                    else:
                        with b.if_then(b.icmp_signed("<", i64(t), count)):
                            b.store(v, p, align=vw * al)

            with counted_loop(b, i64(0), kv, "k", vw) as k0:
                block(k0, lambda p: b.load(p, typ=self.v, align=al))
            with b.if_then(b.icmp_signed("<", kv, kc)):
                rest = b.sub(kc, kv)
                mask = self._mask(b, rest)
                zero = ir.Constant(self.v, None)
                block(kv, lambda p: b.call(self.mload, [p, ir.Constant(I32, al), mask, zero]),
                      rest)
        b.ret_void()
        return fn

    def _tile(self, mv):
        """C[0:mv*vw, 0:RN] (=, or += unless ``first``) At[:, 0:mv*vw]^T . W[0:RN, :]^T over kc:
        rows past ``rows``, columns past ``cols`` not stored (W rows clamped, never outside)."""
        vw, rn, al = self.vw, self.rn, self.dt.itemsize
        fn, b = self._fn(f"tile{mv}", [PTR, PTR, PTR, I64, I64, I64, I64, I64, I64, I1],
                         ["at", "w", "c", "kc", "ldat", "ldw", "ldc", "rows", "cols", "first"])
        at, w, c, kc, ldat, ldw, ldc, rows, cols, first = fn.args
        zero = ir.Constant(self.v, None)
        accs = [[b.alloca(self.v, name=f"acc{i}_{j}") for j in range(mv)] for i in range(rn)]
        for row in accs:
            for p in row:
                b.store(zero, p)
        wrow = [self._gep(b, w, b.mul(imin(b, i64(i), b.sub(cols, i64(1))), ldw))
                for i in range(rn)]
        with counted_loop(b, i64(0), kc, "k") as k:
            ap = self._gep(b, at, b.mul(k, ldat))
            av = [b.load(self._gep(b, ap, i64(j * vw)), typ=self.v, align=vw * al)
                  for j in range(mv)]
            for i in range(rn):
                s = self._splat(b, b.load(self._gep(b, wrow[i], k), typ=self.f), self.v)
                for j in range(mv):
                    # the packed GEMM's fma(A[m, k], W[n, k], acc): the same exact product
                    b.store(b.call(self.fma, [s, av[j], b.load(accs[i][j], typ=self.v)]),
                            accs[i][j])
        full = b.icmp_signed(">=", cols, i64(rn))
        mask = self._mask(b, cols)
        for j in range(mv):
            out = self.transpose(b, [b.load(accs[i][j], typ=self.v) for i in range(rn)])
            for q, v in enumerate(out):
                with b.if_then(b.icmp_signed("<", i64(j * vw + q), rows)):
                    self._store_row(b, self._gep(b, c, b.mul(i64(j * vw + q), ldc)), v, full,
                                    mask, first)
        b.ret_void()
        return fn

    def _store_row(self, b, p, v, full, mask, first):
        """C[p:p+RN] = v (first K block) or C + v, as the packed GEMM's store of its tile."""
        al = self.dt.itemsize
        with b.if_else(full) as (whole, part):
            with whole:
                old = b.load(p, typ=self.v, align=al)
                b.store(b.select(first, v, b.fadd(old, v)), p, align=al)
            with part:
                alc = ir.Constant(I32, al)
                old = b.call(self.mload, [p, alc, mask, ir.Constant(self.v, None)])
                b.call(self.mstore, [b.select(first, v, b.fadd(old, v)), p, alc, mask])

    def _thread(self):
        fn, b = self._fn("thread", [PTR, I64, I64], ["ctx", "chunk", "nchunks"])
        ctx, chunk, nchunks = fn.args
        f = {}
        for j, (nm, ty) in enumerate(zip(FIELDS, CTX.elements, strict=True)):
            slot = b.gep(ctx, [i64(0), ir.Constant(I32, j)], source_etype=CTX)
            f[nm] = b.load(slot, typ=ty, name=nm)
        with b.if_else(b.icmp_signed("<=", f["M"], i64(ROWS_MAX_M))) as (few, more):
            with few:  # lanes along n (gemm_rows.py)
                b.call(self.rows.thread, [ctx, chunk, nchunks])
            with more:
                self._lanes_m(b, f, chunk, nchunks)
        b.ret_void()
        return fn

    def _lanes_m(self, b, f, chunk, nchunks):
        """The chunk's share of the columns: per K block, A's block transposed, then the tiles
        of each RN columns."""
        vw, rn, mt = self.vw, self.rn, self.mv * self.vw
        tiles = b.sdiv(b.add(f["Nn"], i64(rn - 1)), i64(rn))
        per = b.sdiv(b.add(tiles, b.sub(nchunks, i64(1))), nchunks)
        lo = imin(b, b.mul(b.mul(chunk, per), i64(rn)), f["Nn"])
        hi = imin(b, b.add(lo, b.mul(per, i64(rn))), f["Nn"])
        mp = b.mul(b.sdiv(b.add(f["M"], i64(vw - 1)), i64(vw)), i64(vw))
        with b.if_then(b.icmp_signed("<", lo, hi)):
            at = b.call(gv_workspace(self.m), [chunk, i64(self.kc * self.mp_max *
                                                          self.dt.itemsize)], name="ws")
            with counted_loop(b, i64(0), f["K"], "pc", self.kc) as pc:
                kc = imin(b, i64(self.kc), b.sub(f["K"], pc))
                first = b.icmp_signed("==", pc, i64(0))
                b.call(self.pack, [at, self._gep(b, f["A"], pc), f["M"], kc, f["rsa"], mp])
                with counted_loop(b, lo, hi, "n", rn) as n:
                    wp = self._gep(b, f["B"], b.add(b.mul(n, f["csb"]), pc))
                    self._row_tiles(b, f, at, wp, n, kc, mp, mt, first)

    def _row_tiles(self, b, f, at, wp, n, kc, mp, mt, first):
        """The tiles of columns n..n+RN over all rows: MV vectors of rows each, fewer at the
        end."""
        vw = self.vw
        with counted_loop(b, i64(0), mp, "m", mt) as m:
            args = [self._gep(b, at, m), wp, self._gep(b, f["C"], b.add(b.mul(m, f["ldc"]), n)),
                    kc, mp, f["csb"], f["ldc"], b.sub(f["M"], m), b.sub(f["Nn"], n), first]
            if self.mv == 1:
                b.call(self.tiles[0], args)
            else:
                self._switch_tiles(b, args, imin(b, i64(self.mv), b.sdiv(b.sub(mp, m),
                                                                         i64(vw))))

    def _switch_tiles(self, b, args, nv):
        done = b.append_basic_block("tiles.done")
        sw = b.switch(nv, done)
        for j, tile in enumerate(self.tiles):
            blk = b.append_basic_block(f"tile{j + 1}")
            sw.add_case(i64(j + 1), blk)
            b.position_at_end(blk)
            b.call(tile, args)
            b.branch(done)
        b.position_at_end(done)


def chunks(b, gen: DotGen, Nn, nthreads):
    """One chunk per thread (each packs A's blocks once), at most one per tile."""
    tiles = b.sdiv(b.add(Nn, i64(gen.rn - 1)), i64(gen.rn))
    return imin(b, nthreads, tiles)


def dot_for(emitter, dtype, kc: int) -> DotGen:
    key = ("gemm_dot", np.dtype(dtype))
    gen = emitter.lowered.get(key)
    if gen is None:
        gen = emitter.lowered[key] = DotGen(emitter.m, dtype, kc)
    return gen
