"""``x @ W^T`` for a handful of rows (batch 1 to ROWS_MAX_M: inference), lanes along n, in
the packed GEMM's summation order.

gemm_dot.py runs its lanes along m, so a single row fills one lane in vw. Here each chunk
transposes W a panel at a time (NR = NV * vw rows of W by one K block, gemm_dot's vw x vw
register transposes) into a per-thread buffer [k][NR] that stays in L1/L2 and is used at once,
and a tile of all M rows by NV vectors broadcasts A's elements (read in place) against the
panel's rows. Every C[m, n] is, per K block, one sequential FMA chain from zero (first block
stored, later ones added): the packed GEMM's order and gemm_dot's, so a row's bits do not
depend on the batch. Columns past Nn are transposed from the last row of W (never outside
the operands) and not stored.
"""

from __future__ import annotations

from llvmlite import ir

from .gemm_abi import CTX, FIELDS, dtype_suffix
from .irutil import I1, I32, I64, PTR, VOID, counted_loop, gv_workspace, i64, imin

ROWS_MAX_M = 8  # at most this many rows: this kernel (more: gemm_dot's lanes along m)
ROWS_MR = 4  # rows per tile (each transposed panel serves all M rows, ROWS_MR at a time)
ROWS_NV = 4  # vectors of columns per panel and tile: up to ROWS_MR * ROWS_NV accumulators


class RowsGen:
    def __init__(self, dot):
        self.dot = dot  # gemm_dot.DotGen: types, intrinsics, the transposing pack
        self.m, self.f, self.v, self.vw = dot.m, dot.f, dot.v, dot.vw
        self.nv = ROWS_NV
        self.nr = self.nv * self.vw
        self.tiles = [self._tile(mr) for mr in range(1, ROWS_MR + 1)]
        self.thread = self._thread()

    def _fn(self, name, args, names):
        fn = ir.Function(self.m, ir.FunctionType(VOID, args),
                         f"gv_rows_{dtype_suffix(self.dot.dt)}.{name}")
        fn.linkage = "internal"
        for a, nm in zip(fn.args, names, strict=True):
            a.name = nm
        return fn, ir.IRBuilder(fn.append_basic_block("entry"))

    def _tile(self, mr):
        """C[0:mr, 0:NR] (=, or += unless ``first``) A[0:mr, 0:kc] . P[0:kc, 0:NR] with P the
        transposed panel; columns past ``cols`` not stored."""
        dot, vw, nv, nr = self.dot, self.vw, self.nv, self.nr
        al = dot.dt.itemsize
        fn, b = self._fn(f"tile{mr}", [PTR, PTR, PTR, I64, I64, I64, I64, I1],
                         ["a", "p", "c", "kc", "lda", "ldc", "cols", "first"])
        a, p, c, kc, lda, ldc, cols, first = fn.args
        zero = ir.Constant(self.v, None)
        accs = [b.alloca(self.v, name=f"acc{i}") for i in range(mr * nv)]
        for q in accs:
            b.store(zero, q)
        arow = [dot._gep(b, a, b.mul(i64(r), lda)) for r in range(mr)]
        with counted_loop(b, i64(0), kc, "k") as k:
            prow = dot._gep(b, p, b.mul(k, i64(nr)))
            pv = [b.load(dot._gep(b, prow, i64(j * vw)), typ=self.v, align=vw * al)
                  for j in range(nv)]
            for r in range(mr):
                s = dot._splat(b, b.load(dot._gep(b, arow[r], k), typ=self.f), self.v)
                for j in range(nv):  # the packed GEMM's fma(A[m, k], W[n, k], acc)
                    acc = accs[r * nv + j]
                    b.store(b.call(dot.fma, [s, pv[j], b.load(acc, typ=self.v)]), acc)
        lanes = ir.VectorType(I64, vw)
        colv = dot._splat(b, cols, lanes)
        alc = ir.Constant(I32, al)
        with b.if_else(b.icmp_signed(">=", cols, i64(nr))) as (whole, edge):
            for part in (whole, edge):
                with part:
                    for r in range(mr):
                        for j in range(nv):
                            q = dot._gep(b, c, b.add(b.mul(i64(r), ldc), i64(j * vw)))
                            v = b.load(accs[r * nv + j], typ=self.v)
                            if part is whole:
                                old = b.load(q, typ=self.v, align=al)
                                b.store(b.select(first, v, b.fadd(old, v)), q, align=al)
                                continue
                            mask = b.icmp_signed("<", ir.Constant(
                                lanes, [j * vw + i for i in range(vw)]), colv)
                            old = b.call(dot.mload, [q, alc, mask, zero])
                            b.call(dot.mstore, [b.select(first, v, b.fadd(old, v)), q, alc,
                                                mask])
        b.ret_void()
        return fn

    def _thread(self):
        """The chunk's share of the panels: per K block, each panel transposed, then its
        tile."""
        dot, nr = self.dot, self.nr
        fn, b = self._fn("thread", [PTR, I64, I64], ["ctx", "chunk", "nchunks"])
        ctx, chunk, nchunks = fn.args
        f = {}
        for j, (nm, ty) in enumerate(zip(FIELDS, CTX.elements, strict=True)):
            slot = b.gep(ctx, [i64(0), ir.Constant(I32, j)], source_etype=CTX)
            f[nm] = b.load(slot, typ=ty, name=nm)
        panels = b.sdiv(b.add(f["Nn"], i64(nr - 1)), i64(nr))
        per = b.sdiv(b.add(panels, b.sub(nchunks, i64(1))), nchunks)
        lo = imin(b, b.mul(b.mul(chunk, per), i64(nr)), f["Nn"])
        hi = imin(b, b.add(lo, b.mul(per, i64(nr))), f["Nn"])
        with b.if_then(b.icmp_signed("<", lo, hi)):
            buf = b.call(gv_workspace(self.m), [chunk, i64(dot.kc * nr * dot.dt.itemsize)],
                         name="ws")
            with counted_loop(b, i64(0), f["K"], "pc", dot.kc) as pc:
                kc = imin(b, i64(dot.kc), b.sub(f["K"], pc))
                first = b.icmp_signed("==", pc, i64(0))
                with counted_loop(b, lo, hi, "n", nr) as n:
                    cols = b.sub(f["Nn"], n)
                    wp = dot._gep(b, f["B"], b.add(b.mul(n, f["csb"]), pc))
                    b.call(dot.pack, [buf, wp, cols, kc, f["csb"], i64(nr)])
                    args = [dot._gep(b, f["A"], pc), buf, dot._gep(b, f["C"], n), kc,
                            f["rsa"], f["ldc"], cols, first]
                    self._switch(b, f["M"], args)
        b.ret_void()
        return fn

    def _switch(self, b, M, args):
        """Rows 0..M-1 of the panel's columns, ROWS_MR at a time (the panel is reused)."""
        a, p, c, kc, lda, ldc, cols, first = args
        dot = self.dot
        with counted_loop(b, i64(0), M, "m", ROWS_MR) as m:
            mr = imin(b, i64(ROWS_MR), b.sub(M, m))
            rest = [dot._gep(b, a, b.mul(m, lda)), p, dot._gep(b, c, b.mul(m, ldc)), kc, lda,
                    ldc, cols, first]
            done = b.append_basic_block("rows.done")
            sw = b.switch(mr, done)
            for n, tile in enumerate(self.tiles, 1):
                blk = b.append_basic_block(f"rows{n}")
                sw.add_case(i64(n), blk)
                b.position_at_end(blk)
                b.call(tile, rest)
                b.branch(done)
            b.position_at_end(done)
