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

from ..ops.registry import register_lowering
from ..plan.conv import conv_tables, mask_tables, nhwc_tables
from ..plan.extent import Lin, numel
from . import lower_pad  # noqa: F401  (registers the padded copy of implicit GEMMs' inputs)
from .families import Parts, body_fn
from .gemm_abi import (
    CTX,
    CTX_GATHER,
    EPI_BIAS,
    EPI_RELU,
    EPI_RES,
    FIELDS,
    FIELDS_GATHER,
    dtype_suffix,
)
from .gemm_direct import even_runs, vector_runs
from .gemm_direct import vectors as direct_vectors
from .gemm_dot import DOT_MAX_M, chunks, dot_for
from .irutil import (
    I1,
    I32,
    I64,
    PTR,
    VOID,
    counted_loop,
    freeze,
    ftype,
    gv_parallel,
    gv_workspace,
    i64,
    imax,
    imin,
    lin_value,
)
from .scalar_ops import FLAGS
from .target import has_avx512

PARALLEL_MIN_FLOPS = 1 << 21
GEMM_CHUNKS_PER_THREAD = 1
PANEL_PACKING = True  # implicit GEMMs of at most MC rows pack each B panel just before use
SHARED_A = True  # implicit GEMMs sharing their weights pack them once for the whole batch
RUN_CHUNKS = True  # implicit-GEMM panels of a few contiguous runs: masked vector copies
STRIDED_RUNS = True  # ... and of runs of every other element (stride 2): loads and a shuffle
VECTOR_GATHER = True  # full non-contiguous implicit-GEMM panels packed with vector gathers
EDGE_KERNELS = True  # micro-kernels of MR/3 and 2MR/3 rows for edge tiles (else MR/2 or MR)
DIRECT_B = True  # implicit-GEMM panels of NR contiguous columns read in place (not packed)
DIRECT_MAX_TILES = 2  # ... when the GEMM has at most this many micro-tile rows
DIRECT_NEAR = True  # ... or whatever its height when consecutive B rows overlap in memory
VECTOR_RUNS = True  # ... and of NR/VW contiguous vectors anywhere (else one run of NR)
DIRECT_HALVES = True  # ... and of contiguous half vectors anywhere (rows of VW/2: two loads)
DIRECT_EVEN = True  # ... and of vectors of every other element (stride 2: two loads, shuffle)
MASKED_PREFETCH = True  # ... and prefetch the next image's rows into L2, panel by panel
MASKED_FMA = True  # AVX-512 masked implicit GEMMs skip the padding's products (_masked_row)
EPI_PREFETCH = True  # micro-kernels with a fused epilogue prefetch the residual tile first


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


# Forward implicit-GEMM convolutions (attr b_conv) where it differs from BLOCKING: AVX-512 f32
# 8 x 32 tiles and KC 288. Conv GEMMs have M = Cout = 16, 32, 64 rows: whole 8-row tiles
# instead of 12-row ones and a short edge tile; K = 9 Cin = 144, 288, 576 in whole KC blocks,
# and a 288 x 32 B panel (36 KiB) that stays in the 48 KiB L1 with the A stream (384 x 32 is
# all of it). 3x3 64->64 56x56 b8, 1 thread: 9.87 -> 8.63 ms (KC 288 alone: 9.28).
CONV_BLOCKING = {(np.dtype(np.float32), True): Blocking(16, 8, 32, 288, 96, 4096)}
CONV_GEMM = True  # forward implicit GEMMs use CONV_BLOCKING (False: BLOCKING, like the rest)


def edge_rows(mr: int) -> list[int]:
    """Heights of the extra edge micro-kernels (besides MR and MR/2): MR/3 and 2MR/3 when
    MR is a multiple of 3 (AVX-512 12: 4 and 8; AVX2 6: 2 and 4), else 3MR/4 when MR is a
    multiple of 4 (the conv blocking's 8: 6, LeNet's 6 channels)."""
    if not EDGE_KERNELS:
        return []
    if mr % 3 == 0:
        return [mr // 3, 2 * mr // 3]
    return [3 * mr // 4] if mr % 4 == 0 else []


class GemmGen:
    """Emits gv_gemm_<dt>.thread(ctx, tid, nt) and its helpers into a module (once per dtype);
    with ``conv``, gv_cgemm_<dt>.thread_gather only, blocked by CONV_BLOCKING."""

    def __init__(self, module: ir.Module, dtype, conv=False):
        self.m = module
        self.dt = np.dtype(dtype)
        self.f = ftype(dtype)
        self.wide = has_avx512()
        self.bk = blocking(self.dt, conv)
        self.tag = "cgemm" if conv else "gemm"
        self.v = ir.VectorType(self.f, self.bk.vw)
        self.sfx = dtype_suffix(dtype)
        self.fma = self._intrinsic(f"llvm.fma.v{self.bk.vw}{self.sfx}",
                                   ir.FunctionType(self.v, [self.v] * 3))
        mv = ir.VectorType(I1, self.bk.vw)
        self.mask_t = mv
        self.mstore = self._intrinsic(f"llvm.masked.store.v{self.bk.vw}{self.sfx}.p0",
                                      ir.FunctionType(VOID, [self.v, PTR, I32, mv]))
        self.mload = self._intrinsic(f"llvm.masked.load.v{self.bk.vw}{self.sfx}.p0",
                                     ir.FunctionType(self.v, [PTR, I32, mv, self.v]))
        # bodies built by finish() (families.py): none when the machine store holds them
        self.parts = Parts(self.m)
        self.parts.add(lambda: self._base(conv))
        self._thread_fn = None if conv else self.parts.declare(
            self._name("thread"), [PTR, I64, I64], ["ctx", "tid", "nt"],
            lambda fn: self._thread())
        self._thread_gather = None

    def _base(self, conv):
        self.ukernel = self._ukernel(self.bk.mr)
        self.ukernel_half = self._ukernel(self.bk.mr // 2)
        # edge tiles of 1/3 and 2/3 MR rows: conv GEMMs have M = 16, 32, 64 channels, which
        # the MR and MR/2 kernels cover with 18, 36, 66 rows of FMAs (AVX-512 MR=12)
        self.ukernel_edges = [(r, self._ukernel(r)) for r in edge_rows(self.bk.mr)]
        self.pack_a = self._pack("a")
        self.pack_b = None if conv else self._pack("b")

    @property
    def thread(self):
        """The thread function of explicit GEMMs (CTX), declared; None for ``conv``."""
        return None if self._thread_fn is None else self.parts.use(self._thread_fn)

    def thread_gather(self):
        """The thread function of implicit GEMMs (CTX_GATHER; declared on first use)."""
        if self._thread_gather is None:
            self.parts.add(self._base_gather)
            self._thread_gather = self.parts.declare(
                self._name("thread_gather"), [PTR, I64, I64], ["ctx", "tid", "nt"],
                lambda fn: self._thread(gather=True))
        return self.parts.use(self._thread_gather)

    def _base_gather(self):
        self.pack_b_gather = self._pack_gather()
        self.direct = {r: self._ukernel(r, direct=1) for r in self._heights()}
        # the rarer panels: one MR-row kernel for every tile height (ResNet's 16, 32, 64
        # channels have no edge tiles; a kernel per height is four more to compile)
        self.direct_half = self._direct_tall(2) if DIRECT_HALVES and DIRECT_B else {}
        self.direct_even = self._direct_tall(3) if DIRECT_EVEN and DIRECT_B else {}
        self.direct_mask = {r: self._ukernel(r, direct=4) for r in self._heights()}
        self.direct_inside = {r: self._ukernel(r, direct=5) for r in self._heights()}

    def _direct_tall(self, mode):
        fn = self._ukernel(self.bk.mr, direct=mode)
        return dict.fromkeys(self._heights(), fn)

    def recipe(self) -> str:
        """What the family's code is a function of besides the generator's sources, knobs
        and target (compile.py adds those)."""
        return self.parts.recipe(f"GemmGen {self.tag} {self.dt} {self.bk} wide={self.wide}")

    def _name(self, name):
        return f"gv_{self.tag}_{self.sfx}.{name}"

    def _fn(self, name, args, names):
        fn = body_fn(self.m, self._name(name), args, names)
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

    def _pack_gather(self):
        """Pack a kc x nc block of B[k, n] = src[koff[k] + noff[n]] as [k][NR] panels. noff is
        strictly increasing (plan/conv.py checks), so a panel whose offsets span exactly its width
        is contiguous and copied as such; other panels gather element by element."""
        r = self.bk.nr
        fn, b = self._fn("pack_b_gather", [PTR, PTR, I64, I64, PTR, PTR, PTR, I64],
                         ["dst", "src", "rows", "kc", "koff", "noff", "runs", "p0"])
        dst, src, rows, kc, koff, noff, runs, p0 = fn.args
        dst.add_attribute("noalias")

        def idx(tab, i):
            return b.sext(b.load(b.gep(tab, [i], source_etype=I32, inbounds=True), typ=I32),
                          I64)
        npanel = b.sdiv(b.add(rows, i64(r - 1)), i64(r))
        with counted_loop(b, i64(0), npanel, "p") as p:
            first = b.mul(p, i64(r))
            cnt = imin(b, i64(r), b.sub(rows, first))
            dst_p = self._gep(b, dst, b.mul(p, b.mul(kc, i64(r))))
            n0 = idx(noff, first)
            span = b.sub(idx(noff, b.add(first, b.sub(cnt, i64(1)))), n0)
            contig = b.icmp_signed("==", span, b.sub(cnt, i64(1)))
            full = b.and_(contig, b.icmp_signed("==", cnt, i64(r)))
            with b.if_else(full) as (yes, no):
                with yes:
                    with counted_loop(b, i64(0), kc, "k") as k:
                        s_p = self._gep(b, src, b.add(idx(koff, k), n0))
                        d_p = self._gep(b, dst_p, b.mul(k, i64(r)))
                        for j in range(0, r, self.bk.vw):
                            v = b.load(self._gep(b, s_p, i64(j)), typ=self.v, align=4)
                            b.store(v, self._gep(b, d_p, i64(j)), align=4)
                with no:
                    self._pack_by_flag(b, dst_p, src, kc, koff, noff, runs, (b.add(p0, p),
                                       first), cnt, idx)
        b.ret_void()
        return fn

    def _pack_by_flag(self, b, dst_p, src, kc, koff, noff, runs, at, cnt, idx):
        """A panel that is not one contiguous run, as runs_table's flag says: runs of
        stride 1 (flag 1) or 2 (flag 2), else gathered (flag 0)."""
        panel, first = at
        flag = idx(runs, i64(0))
        with b.if_else(b.icmp_signed("!=", flag, i64(0))) as (chunked, other):
            with chunked:
                with b.if_else(b.icmp_signed("==", flag, i64(1))) as (unit, two):
                    with unit:
                        self._pack_runs(b, dst_p, src, kc, koff, runs, panel, cnt, idx)
                    with two:
                        self._pack_runs(b, dst_p, src, kc, koff, runs, panel, cnt, idx,
                                        stride=2)
            with other:
                self._pack_gathered(b, dst_p, src, kc, koff, noff, first, cnt, idx)

    def _pack_runs(self, b, dst_p, src, kc, koff, runs, panel, cnt, idx, stride=1):
        """A panel as its runs of columns ``stride`` apart in memory (image rows narrower
        than NR, panels across two rows; stride 2: a stride-2 convolution's output row):
        runs[1 + P] .. runs[2 + P] index (column, offset, length <= vw) triples in ``runs``;
        each is one masked vector load and store per k (a 16-wide row is one vector where a
        gather took 16 loads), with stride 2 one or two loads of the 2 length - 1 elements it
        spans and one shuffle keeping the even lanes. Columns cnt..NR-1 of an edge panel are
        zeroed."""
        r, vw = self.bk.nr, self.bk.vw
        lanes = ir.VectorType(I64, vw)
        with b.if_then(b.icmp_signed("<", cnt, i64(r))):
            zero = ir.Constant(self.f, 0.0)
            with counted_loop(b, i64(0), kc, "kz") as k:
                with counted_loop(b, cnt, i64(r), "z") as q:
                    b.store(zero, self._gep(b, dst_p, b.add(b.mul(k, i64(r)), q)))
        c0, c1 = idx(runs, b.add(panel, i64(1))), idx(runs, b.add(panel, i64(2)))
        with counted_loop(b, c0, c1, "run") as ch:
            base = b.mul(ch, i64(3))
            col, off = idx(runs, base), idx(runs, b.add(base, i64(1)))
            n = idx(runs, b.add(base, i64(2)))
            iota = ir.Constant(lanes, list(range(vw)))
            mask = b.icmp_signed("<", iota, self._splat_i64(b, n, lanes))
            s_p, d_p = self._gep(b, src, off), self._gep(b, dst_p, col)
            if stride == 1:
                self._copy_run(b, s_p, d_p, kc, koff, mask, idx)
            else:
                self._copy_even(b, (s_p, d_p, kc, koff), n, mask, idx)

    def _copy_even(self, b, run, n, mask, idx):
        """A stride-2 run of n columns: they span 2 n - 1 elements, one vector or two."""
        vw, lanes = self.bk.vw, ir.VectorType(I64, self.bk.vw)
        iota = ir.Constant(lanes, list(range(vw)))
        span = self._splat_i64(b, b.sub(b.add(n, n), i64(1)), lanes)
        lo = b.icmp_signed("<", iota, span)
        hi = b.icmp_signed("<", ir.Constant(lanes, list(range(vw, 2 * vw))), span)
        with b.if_else(b.icmp_signed("<=", n, i64((vw + 1) // 2))) as (one, two):
            with one:  # the run's span fits one vector
                self._copy_run(b, *run, mask, idx, (lo, None))
            with two:
                self._copy_run(b, *run, mask, idx, (lo, hi))

    def _copy_run(self, b, s_p, d_p, kc, koff, mask, idx, even=None):
        """Row k of a run for every k: the masked vector at s_p + koff[k], or with ``even``
        = (lo, hi) masks, the even lanes of the vectors there and vw further (hi None: that
        one is not read), stored masked at d_p + k NR."""
        r, vw = self.bk.nr, self.bk.vw
        al = ir.Constant(I32, self.dt.itemsize)
        undef = ir.Constant(self.v, None)
        with counted_loop(b, i64(0), kc, "k") as k:
            p = self._gep(b, s_p, idx(koff, k))
            if even is None:
                v = b.call(self.mload, [p, al, mask, undef])
            else:
                v = b.call(self.mload, [p, al, even[0], undef])
                w = undef if even[1] is None else \
                    b.call(self.mload, [self._gep(b, p, i64(vw)), al, even[1], undef])
                v = b.shuffle_vector(v, w, ir.Constant(ir.VectorType(I32, vw),
                                                       list(range(0, 2 * vw, 2))))
            b.call(self.mstore, [v, self._gep(b, d_p, b.mul(k, i64(r))), al, mask])

    def _pack_gathered(self, b, dst_p, src, kc, koff, noff, first, cnt, idx):
        with b.if_else(ir.Constant(I1, VECTOR_GATHER)) as (whole, part):
            with whole:
                self._gather_panel(b, dst_p, src, kc, koff, noff, first, cnt, idx)
            with part:
                self._gather_scalar(b, dst_p, src, kc, koff, noff, first, cnt, idx)

    def _gather_scalar(self, b, dst_p, src, kc, koff, noff, first, cnt, idx):
        """An edge panel (cnt < NR columns) element by element, zero-padded to NR."""
        r, zero = self.bk.nr, ir.Constant(self.f, 0.0)
        with counted_loop(b, i64(0), kc, "k") as k:
            s_p = self._gep(b, src, idx(koff, k))
            with counted_loop(b, i64(0), cnt, "r") as q:
                v = b.load(self._gep(b, s_p, idx(noff, b.add(first, q))), typ=self.f)
                b.store(v, self._gep(b, dst_p, b.add(b.mul(k, i64(r)), q)))
            with counted_loop(b, cnt, i64(r), "z") as q:
                b.store(zero, self._gep(b, dst_p, b.add(b.mul(k, i64(r)), q)))

    def _intrinsic(self, name, fty):
        fn = self.m.globals.get(name)
        return fn if fn is not None else ir.Function(self.m, fty, name)

    def _gather_panel(self, b, dst_p, src, kc, koff, noff, first, cnt, idx):
        """A panel whose cnt <= NR columns are not one contiguous run (image rows narrower than
        NR, strided convolutions, the weight gradient's (c, i, j) columns): masked vector
        gathers (masked-off lanes read nothing and pack zeros), the column offsets loaded once
        per panel (was a scalar loop: 18% of a ResNet-20 training step went to packing)."""
        vw, r, esz = self.bk.vw, self.bk.nr, self.dt.itemsize
        lanes, ptrs_t = ir.VectorType(I64, vw), ir.VectorType(PTR, vw)
        i32v = ir.VectorType(I32, vw)
        gather = self._intrinsic(f"llvm.masked.gather.v{vw}{self.sfx}.v{vw}p0",
                                 ir.FunctionType(self.v, [ptrs_t, I32, self.mask_t, self.v]))
        mload = self._intrinsic(f"llvm.masked.load.v{vw}i32.p0",
                                ir.FunctionType(i32v, [PTR, I32, self.mask_t, i32v]))
        cntv = self._splat_i64(b, cnt, lanes)
        offs, masks = [], []
        for j in range(0, r, vw):
            m = b.icmp_signed("<", ir.Constant(lanes, list(range(j, j + vw))), cntv)
            p = b.gep(noff, [b.add(first, i64(j))], source_etype=I32)
            v = b.call(mload, [p, ir.Constant(I32, 4), m, ir.Constant(i32v, None)])
            offs.append(b.mul(b.sext(v, lanes), self._splat_i64(b, i64(esz), lanes)))
            masks.append(m)
        base = b.ptrtoint(src, I64)
        zero = ir.Constant(self.v, None)
        with counted_loop(b, i64(0), kc, "k") as k:
            kb = self._splat_i64(b, b.add(base, b.mul(idx(koff, k), i64(esz))), lanes)
            d_p = self._gep(b, dst_p, b.mul(k, i64(r)))
            for j, (o, m) in enumerate(zip(offs, masks, strict=True)):
                ptrs = b.inttoptr(b.add(kb, o), ptrs_t)
                v = b.call(gather, [ptrs, ir.Constant(I32, esz), m, zero])
                b.store(v, self._gep(b, d_p, i64(j * vw)), align=esz)

    # ---- micro-kernel ---------------------------------------------------------------------
    def _splat(self, b, s):
        undef = ir.Constant(self.v, ir.Undefined)
        v = b.insert_element(undef, s, ir.Constant(I32, 0))
        return b.shuffle_vector(v, undef, ir.Constant(ir.VectorType(I32, self.bk.vw),
                                                      [0] * self.bk.vw))

    def _step(self, b, ap, bp, k, accs, rows):
        mr, nr, vw = self.bk.mr, self.bk.nr, self.bk.vw
        keep = None  # lanes of each vector whose products are added (masked FMAs)
        if isinstance(bp, tuple) and bp[3] >= 4:
            bv, keep = self._masked_row(b, bp, k)
        elif isinstance(bp, tuple):  # direct: piece j of row k at src + koff[k] + at[j]
            src, koff, at, mode = bp
            row = self._gep(b, src, b.sext(b.load(b.gep(koff, [k], source_etype=I32,
                                                        inbounds=True), typ=I32), I64))
            bv = direct_vectors(self, b, row, at, mode)
        else:
            boff = b.mul(k, i64(nr))
            bv = [b.load(self._gep(b, bp, b.add(boff, i64(j * vw))), typ=self.v,
                         align=vw * self.dt.itemsize) for j in range(nr // vw)]
        aoff = b.mul(k, i64(mr))
        out = []
        for r in range(rows):
            a = self._splat(b, b.load(self._gep(b, ap, b.add(aoff, i64(r))), typ=self.f))
            for j in range(nr // vw):
                acc = accs[r * (nr // vw) + j]
                v = b.call(self.fma, [a, bv[j], acc])
                out.append(v if keep is None else b.select(keep[j], v, acc))
        return out

    def _masked_row(self, b, bp, k):
        """(B row k of a masked panel, the lanes whose products are added or None): mode 4,
        its NR/VW vectors at src + koff[k] + j VW, each lane read only where the panel's mask
        for tap ktap[k] has it (the others are 0: the padding of a convolution reading its
        unpadded image). Mode 5, a panel whose every lane addresses the image: whole vectors
        loaded (masked loads that miss L1 made 3x3 64->64 56x56 b8 0.73x as fast as pad +
        conv on Zen 5), the lanes outside zeroed, or with MASKED_FMA on AVX-512 their FMAs
        masked off (the padding's products skipped, not added as zeros). AVX-512 reads a
        tap's mask as an NR-bit word (mask registers); AVX2, which has no mask registers (and
        no register left for building one), as NR lanes of 0 / -1 and-ed with the loaded
        vector."""
        src, koff, _, mode, ktap, mrow = bp
        vw, nr, al = self.bk.vw, self.bk.nr, ir.Constant(I32, self.dt.itemsize)
        skip = MASKED_FMA and self.wide

        def tab(p):
            return b.sext(b.load(b.gep(p, [k], source_etype=I32, inbounds=True), typ=I32), I64)
        t = tab(ktap)
        word = None
        if self.wide:
            word = b.load(b.gep(mrow, [t], source_etype=self.mword, inbounds=True),
                          typ=self.mword)
        row = b.gep(src, [tab(koff)], source_etype=self.f)  # may point outside: not inbounds
        zero = ir.Constant(self.v, [0.0] * vw)
        ints = ir.VectorType(self.mword, vw)
        out, keep = [], []
        for j in range(0, nr, vw):
            p = b.gep(row, [i64(j)], source_etype=self.f)
            if self.wide:
                bits = b.bitcast(word, ir.VectorType(I1, nr))
                m = bits if nr == vw else b.shuffle_vector(
                    bits, ir.Constant(bits.type, None),
                    ir.Constant(ir.VectorType(I32, vw), list(range(j, j + vw))))
            else:
                lanes = b.load(b.gep(mrow, [b.add(b.mul(t, i64(nr)), i64(j))],
                                     source_etype=self.mword, inbounds=True), typ=ints,
                               align=self.dt.itemsize)
                m = b.icmp_signed("<", lanes, ir.Constant(ints, [0] * vw))
            if mode == 5:
                v = b.load(p, typ=self.v, align=self.dt.itemsize)
                if not self.wide:
                    v = b.bitcast(b.and_(b.bitcast(v, ints), lanes), self.v)
                elif not skip:
                    v = b.select(m, freeze(b, v), zero)  # freeze: not a masked load
                out.append(v)
            else:
                out.append(b.call(self.mload, [p, al, m, zero]))
            keep.append(m)
        return out, (keep if skip else None)

    @property
    def mword(self):
        """The element of a masked GEMM's mask table: an NR-bit word per tap (AVX-512), or an
        integer as wide as the float per lane (AVX2: NR of them per tap)."""
        return ir.IntType(self.bk.nr if self.wide else 8 * self.dt.itemsize)

    def mask_table(self, bits):
        """The mask table of plan/conv.py mask_tables' bits[panel, taps + 1] (mword's)."""
        if self.wide:
            return bits.ravel()
        lanes = (bits.ravel().astype(np.int64)[:, None] >> np.arange(self.bk.nr)) & 1
        return -lanes.ravel()

    def _ukernel(self, rows, direct=0):
        """C[mr x nr] (+)= Ap[kc x MR]^T Bp[kc x NR] ("first" overwrites C), for mr <= rows:
        the full MR-row kernel and shorter ones for edges (same A panels). ``direct``: B row k
        is read in place (a full implicit-GEMM panel of NR/VW contiguous vectors, 1, of
        twice as many contiguous half vectors, 2, or of NR/VW stride-2 runs of VW, 3): its
        piece j at bp + koff[k] + d_j (d_0 = 0; the others are arguments dj) instead of from
        a packed panel; same FMA order, so the same bits."""
        bk = self.bk
        epi_t, epi_n = [PTR, PTR, I64, self.f, I1], ["ebias", "eres", "eldr", "elo", "epi"]
        if direct >= 4:
            fn, b = self._fn(f"ukernel{rows}_" + ("masked" if direct == 4 else "inside"),
                             [I64, PTR, PTR, PTR, PTR, PTR, PTR, I64, I64, I64, I1] + epi_t,
                             ["kc", "ap", "bp", "koff", "ktap", "mrow", "c", "ldc", "mr", "nr",
                              "first"] + epi_n)
            kc, ap, src, koff, ktap, mrow, c, ldc, mr, nr, first = fn.args[:11]
            bp = (src, koff, None, direct, ktap, mrow)
        elif direct:
            nd = (2 if direct == 2 else 1) * bk.nr // bk.vw - 1
            fn, b = self._fn(f"ukernel{rows}_direct" + ["", "", "_half", "_even"][direct],
                             [I64, PTR, PTR, PTR] + [I64] * nd +
                             [PTR, I64, I64, I64, I1] + epi_t,
                             ["kc", "ap", "bp", "koff"] + [f"d{j + 1}" for j in range(nd)] +
                             ["c", "ldc", "mr", "nr", "first"] + epi_n)
            kc, ap, src, koff = fn.args[:4]
            c, ldc, mr, nr, first = fn.args[4 + nd:9 + nd]
            bp = (src, koff, [i64(0)] + list(fn.args[4:4 + nd]), direct)
        else:
            fn, b = self._fn(f"ukernel{rows}", [I64, PTR, PTR, PTR, I64, I64, I64, I1] + epi_t,
                             ["kc", "ap", "bp", "c", "ldc", "mr", "nr", "first"] + epi_n)
            kc, ap, bp, c, ldc, mr, nr, first = fn.args[:8]
        epi = fn.args[-5:]
        if EPI_PREFETCH:
            with b.if_then(epi[4]):
                self._prefetch_rows(b, epi[1], epi[2], rows)
        nacc = rows * bk.nr // bk.vw
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
            new = self._step(b, ap, bp, b.add(k, i64(u)), new, rows)
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
        rnew = self._step(b, ap, bp, k2, racc, rows)
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
        with b.if_else(epi[4]) as (fused, plain):
            with fused:
                self._store_tile(b, fin, rows, c, ldc, mr, nr, first, epi[:4])
            with plain:
                self._store_tile(b, fin, rows, c, ldc, mr, nr, first)
        b.ret_void()
        return fn

    def _prefetch_rows(self, b, p, ld, rows):
        """Ask for the residual rows of the tile before its K loop (they are read only when
        the tile is stored; a cold load there stalls the kernel's end)."""
        pf = self._intrinsic("llvm.prefetch.p0", ir.FunctionType(VOID, [PTR, I32, I32, I32]))
        ends = sorted({0, self.bk.nr * self.dt.itemsize - 1})
        for r in range(rows):
            row = b.gep(p, [b.mul(i64(r), ld)], source_etype=self.f)
            for e in ends:
                at = b.gep(row, [i64(e)], source_etype=ir.IntType(8))
                b.call(pf, [at, ir.Constant(I32, 0), ir.Constant(I32, 3), ir.Constant(I32, 1)])

    def _epilogue(self, b, v, r, j, epi, mask=None):
        """The fused epilogue (gemm_abi EPI_*) on vector j of tile row r: max(v + bias[r] +
        res[r * ldr + j * vw], lo). Steps that are off read neutral operands (-0.0 adds,
        lo = -inf), so the values are the unfused program's bit for bit (IEEE adds as the
        element-wise loop rounds them; relu is np.maximum: llvm.maximum, nsz as there)."""
        bias, res, ldr, lo = epi
        bk, al = self.bk, self.dt.itemsize
        bv = b.load(b.gep(bias, [i64(r)], source_etype=self.f), typ=self.f)
        v = b.fadd(v, self._splat(b, bv))
        rp = b.gep(res, [b.add(b.mul(i64(r), ldr), i64(j * bk.vw))], source_etype=self.f)
        if mask is None:
            rv = b.load(rp, typ=self.v, align=al)
        else:
            rv = b.call(self.mload, [rp, ir.Constant(I32, al), mask, ir.Constant(self.v, None)])
        v = b.fadd(v, rv)
        mx = self._intrinsic(f"llvm.maximum.v{bk.vw}{self.sfx}",
                             ir.FunctionType(self.v, [self.v, self.v]))
        return b.call(mx, [v, self._splat(b, lo)], fastmath=("nsz",))

    def _store_rows(self, b, accs, rows, c, ldc, first, epi=None):
        """Store (first) or add the accumulators into C rows 0..rows-1 (a full tile), through
        the fused epilogue ``epi`` (ebias, eres, eldr, elo) when given."""
        bk = self.bk
        per = bk.nr // bk.vw
        al = self.dt.itemsize
        with b.if_else(first) as (ow, acc):
            for mode in (ow, acc):
                with mode:
                    for r in range(rows):
                        for j in range(per):
                            p = self._gep(b, c, b.add(b.mul(i64(r), ldc), i64(j * bk.vw)))
                            v = accs[r * per + j]
                            if mode is acc:
                                old = b.load(p, typ=self.v, align=al)
                                v = b.fadd(old, v, flags=FLAGS)
                            if epi is not None:
                                v = self._epilogue(b, v, r, j, epi)
                            b.store(v, p, align=al)

    def _store_tile(self, b, accs, rows, c, ldc, mr, nr, first, epi=None):
        bk = self.bk
        per = bk.nr // bk.vw
        full = b.and_(b.icmp_signed("==", mr, i64(rows)), b.icmp_signed("==", nr, i64(bk.nr)))
        with b.if_else(full) as (yes, no):
            with yes:
                self._store_rows(b, accs, rows, c, ldc, first, epi)
            with no:
                lanes = ir.VectorType(I64, bk.vw)
                nrv = self._splat_i64(b, nr, lanes)
                masks = [b.icmp_signed("<", ir.Constant(lanes, [j * bk.vw + q for q in
                                                                  range(bk.vw)]), nrv)
                         for j in range(per)]
                # rows mr-1, ..., 0: a switch on mr enters a fall-through chain of rows
                done = b.append_basic_block("rows.done")
                blocks = [b.append_basic_block(f"row{r}") for r in range(rows)]
                sw = b.switch(mr, done)
                for r in range(rows):
                    sw.add_case(i64(r + 1), blocks[rows - 1 - r])
                for i, blk in enumerate(blocks):
                    b.position_at_end(blk)
                    self._store_rows_one(b, accs, rows - 1 - i, c, ldc, first, masks, epi)
                    b.branch(blocks[i + 1] if i + 1 < rows else done)
                b.position_at_end(done)

    def _splat_i64(self, b, x, ty):
        undef = ir.Constant(ty, ir.Undefined)
        v = b.insert_element(undef, x, ir.Constant(I32, 0))
        return b.shuffle_vector(v, undef, ir.Constant(ir.VectorType(I32, self.bk.vw),
                                                      [0] * self.bk.vw))

    def _store_rows_one(self, b, accs, r, c, ldc, first, masks, epi=None):
        """Masked store (or add) of accumulator row r: only the columns < nr (masked loads and
        stores never touch the masked-off lanes, so nothing outside C is accessed)."""
        bk = self.bk
        per = bk.nr // bk.vw
        al = ir.Constant(I32, self.dt.itemsize)
        for j in range(per):
            p = self._gep(b, c, b.add(b.mul(i64(r), ldc), i64(j * bk.vw)))
            old = b.call(self.mload, [p, al, masks[j], ir.Constant(self.v, None)])
            acc = accs[r * per + j]  # first: acc itself, as full tiles (0 + -0 would be +0)
            v = b.select(first, acc, b.fadd(old, acc, flags=FLAGS))
            if epi is not None:
                v = self._epilogue(b, v, r, j, epi, masks[j])
            b.call(self.mstore, [v, p, al, masks[j]])

    # ---- the blocked loop nest, one thread's share -----------------------------------------
    def _split(self, b, total, unit, tid, nt):
        """[lo, hi) of thread tid when ``total`` is split in multiples of ``unit``."""
        blocks = b.sdiv(b.add(total, i64(unit - 1)), i64(unit))
        per = b.mul(b.sdiv(b.add(blocks, b.sub(nt, i64(1))), nt), i64(unit))
        lo = imin(b, b.mul(tid, per), total)
        return lo, imin(b, b.add(lo, per), total)

    def _thread(self, gather=False):
        bk = self.bk
        fn, b = self._fn("thread_gather" if gather else "thread", [PTR, I64, I64],
                         ["ctx", "tid", "nt"])
        ctx, tid, nt = fn.args
        f = {}
        cty, names = (CTX_GATHER, FIELDS_GATHER) if gather else (CTX, FIELDS)
        for j, (nm, ty) in enumerate(zip(names, cty.elements, strict=True)):
            slot = b.gep(ctx, [i64(0), ir.Constant(I32, j)], source_etype=cty)
            f[nm] = b.load(slot, typ=ty, name=nm)
        # whole problems per thread when there are enough independent ones, else split the
        # longer output axis of every problem
        by_batch = b.and_(b.icmp_signed("!=", f["sc"], i64(0)),
                          b.icmp_signed(">=", f["nb"], nt))
        b_lo, b_hi = self._split(b, f["nb"], 1, tid, nt)
        b0 = b.select(by_batch, b_lo, i64(0))
        b1 = b.select(by_batch, b_hi, f["nb"])
        tid_s = b.select(by_batch, i64(0), tid)
        nt_s = b.select(by_batch, i64(1), nt)
        by_cols = b.icmp_signed(">=", f["Nn"], f["M"])
        n_lo, n_hi = self._split(b, f["Nn"], bk.nr, tid_s, nt_s)
        m_lo, m_hi = self._split(b, f["M"], bk.mr, tid_s, nt_s)
        rng = {"n0": b.select(by_cols, n_lo, i64(0)), "n1": b.select(by_cols, n_hi, f["Nn"]),
               "m0": b.select(by_cols, i64(0), m_lo), "m1": b.select(by_cols, f["M"], m_hi)}
        a_elems = bk.mc * bk.kc
        b_elems = bk.kc * bk.nc
        size = (a_elems + b_elems) * self.dt.itemsize
        ws = b.call(gv_workspace(self.m), [tid, i64(size)], name="ws")
        ap = ws
        bp = self._gep(b, ws, i64(a_elems))
        if not gather:
            self._problems(b, f, rng, ap, bp, b0, b1)
        else:
            mc_max = bk.mc if PANEL_PACKING and SHARED_A else 0
            shared = b.and_(b.and_(b.icmp_signed("==", f["sa"], i64(0)),
                                   b.icmp_signed("!=", f["sc"], i64(0))),
                            b.icmp_signed("<=", b.sub(rng["m1"], rng["m0"]), i64(mc_max)))
            with b.if_else(shared) as (yes, no):
                with yes:
                    self._shared_a_batch(b, f, rng, ap, bp, b0, b1)
                with no:
                    self._problems(b, f, rng, ap, bp, b0, b1)
        b.ret_void()
        return fn

    def _problems(self, b, f, rng, ap, bp, b0, b1):
        """Problems b0..b1 of the batch one after the other."""
        with counted_loop(b, b0, b1, "bi") as bi:
            g = dict(f)
            g["A"] = self._gep(b, f["A"], b.mul(bi, f["sa"]))
            g["B"] = self._gep(b, f["B"], b.mul(bi, f["sb"]))
            g["C"] = self._gep(b, f["C"], b.mul(bi, f["sc"]))
            self._advance_res(b, f, g, bi)
            # accumulating problems (sc == 0) add into C after the first one
            acc_into = b.and_(b.icmp_signed("==", f["sc"], i64(0)),
                              b.icmp_signed(">", bi, i64(0)))
            self._problem(b, g, rng, ap, bp, acc_into)

    def _shared_a_batch(self, b, f, rng, ap, bp, b0, b1):
        """Implicit GEMMs of images b0..b1 sharing A (the weights: sa == 0), at most MC rows,
        each image its own C: A is packed once per k block for all the images (packing it per
        image cost as much as the micro-kernels on 8x8 ResNet images), then each image's B
        panels are gathered just before their micro-tiles."""
        bk = self.bk
        m0, m1, n0, n1 = rng["m0"], rng["m1"], rng["n0"], rng["n1"]
        mc = b.sub(m1, m0)
        with counted_loop(b, i64(0), f["K"], "pc", bk.kc) as pc:
            kc = imin(b, i64(bk.kc), b.sub(f["K"], pc))
            first = b.icmp_signed("==", pc, i64(0))
            b.call(self.pack_a, [ap, self._a_block(b, f, m0, pc), mc, kc, f["rsa"], f["csa"]])
            koff = b.gep(f["koff"], [pc], source_etype=I32)
            with counted_loop(b, b0, b1, "bi") as bi:
                g = dict(f)
                g["B"] = self._gep(b, f["B"], b.mul(bi, f["sb"]))
                g["C"] = self._gep(b, f["C"], b.mul(bi, f["sc"]))
                self._advance_res(b, f, g, bi)
                g["last"] = b.icmp_signed("==", b.add(pc, kc), f["K"])
                with counted_loop(b, n0, n1, "jr", bk.nr) as jr:
                    nr = imin(b, i64(bk.nr), b.sub(n1, jr))
                    self._gather_panel_column(b, g, ap, bp, m0, (jr, i64(0)), mc, nr, kc,
                                              koff, first)

    def _problem(self, b, f, rng, ap, bp, acc_into):
        bk = self.bk
        n0, n1, m0, m1 = rng["n0"], rng["n1"], rng["m0"], rng["m1"]
        with counted_loop(b, n0, n1, "jc", bk.nc) as jc:
            nc = imin(b, i64(bk.nc), b.sub(n1, jc))
            with counted_loop(b, i64(0), f["K"], "pc", bk.kc) as pc:
                kc = imin(b, i64(bk.kc), b.sub(f["K"], pc))
                first = b.and_(b.icmp_signed("==", pc, i64(0)), b.not_(acc_into))
                f = dict(f, last=b.icmp_signed("==", b.add(pc, kc), f["K"]))
                if "koff" in f:
                    self._gather_block(b, f, ap, bp, jc, nc, pc, kc, (m0, m1), first)
                else:
                    bsrc = self._gep(b, f["B"], b.add(b.mul(pc, f["rsb"]),
                                                      b.mul(jc, f["csb"])))
                    b.call(self.pack_b, [bp, bsrc, nc, kc, f["csb"], f["rsb"]])
                    self._row_blocks(b, f, ap, bp, jc, nc, pc, kc, (m0, m1), first)

    def _row_blocks(self, b, f, ap, bp, jc, nc, pc, kc, mrange, first):
        m0, m1 = mrange
        with counted_loop(b, m0, m1, "ic", self.bk.mc) as ic:
            mc = imin(b, i64(self.bk.mc), b.sub(m1, ic))
            b.call(self.pack_a, [ap, self._a_block(b, f, ic, pc), mc, kc, f["rsa"], f["csa"]])
            self._macro(b, f, ap, bp, ic, jc, mc, nc, kc, first)

    def _a_block(self, b, f, ic, pc):
        return self._gep(b, f["A"], b.add(b.mul(ic, f["rsa"]), b.mul(pc, f["csa"])))

    def _gather_block(self, b, f, ap, bp, jc, nc, pc, kc, mrange, first):
        """Implicit GEMM block. At most MC rows (one A block): pack A, then each B panel just
        before its micro-tiles (it stays in L1; nothing re-reads it). Else the whole B block."""
        m0, m1 = mrange
        koff = b.gep(f["koff"], [pc], source_etype=I32)
        mc_max = self.bk.mc if PANEL_PACKING else 0
        with b.if_else(b.icmp_signed("<=", b.sub(m1, m0), i64(mc_max))) as (one, many):
            with one:
                mc = b.sub(m1, m0)
                b.call(self.pack_a, [ap, self._a_block(b, f, m0, pc), mc, kc, f["rsa"],
                                     f["csa"]])
                with counted_loop(b, i64(0), nc, "jr", self.bk.nr) as jr:
                    nr = imin(b, i64(self.bk.nr), b.sub(nc, jr))
                    self._gather_panel_column(b, f, ap, bp, m0, (jc, jr), mc, nr, kc, koff,
                                              first)
            with many:
                with b.if_else(self._masked(b, f)) as (masked, plain):
                    with masked:
                        with counted_loop(b, m0, m1, "ic", self.bk.mc) as ic:
                            mc = imin(b, i64(self.bk.mc), b.sub(m1, ic))
                            b.call(self.pack_a, [ap, self._a_block(b, f, ic, pc), mc, kc,
                                                 f["rsa"], f["csa"]])
                            with counted_loop(b, i64(0), nc, "jr", self.bk.nr) as jr:
                                nr = imin(b, i64(self.bk.nr), b.sub(nc, jr))
                                self._masked_column(b, f, ap, ic, (jc, jr), mc, nr, kc,
                                                    koff, first)
                    with plain:
                        b.call(self.pack_b_gather,
                               [bp, f["B"], nc, kc, koff] + self._cols_at(b, f, jc))
                        self._row_blocks(b, f, ap, bp, jc, nc, pc, kc, mrange, first)

    def _masked(self, b, f):
        return b.icmp_signed("!=", f["taps"], i64(0))

    def _masked_column(self, b, f, ap, m0, jcr, mc, nr, kc, koff, first):
        """The micro-tiles of a masked implicit GEMM's panel (columns jc + jr..): B read in
        place at column offset = column (plan/conv.py _masked_geometry), lanes outside the
        image masked off by the panel's masks in mbits (one per tap, then the inside flag)."""
        col = b.add(*jcr)
        per = 1 if self.wide else self.bk.nr  # mask elements per tap
        mrow = b.gep(f["mbits"], [b.mul(b.sdiv(col, i64(self.bk.nr)),
                                        b.mul(b.add(f["taps"], i64(1)), i64(per)))],
                     source_etype=self.mword)
        ktap = b.gep(koff, [f["K"]], source_etype=I32)
        src = b.gep(f["B"], [col], source_etype=self.f)
        flag = b.load(b.gep(mrow, [b.mul(f["taps"], i64(per))], source_etype=self.mword),
                      typ=self.mword)
        if MASKED_PREFETCH:
            self._prefetch_next_image(b, f, col, kc, koff)
        with b.if_else(b.icmp_signed("!=", flag, ir.Constant(self.mword, 0))) as (yes, no):
            for kernels, arm in ((self.direct_inside, yes), (self.direct_mask, no)):
                with arm:
                    self._column(b, f, ap, None, m0, jcr, mc, nr, kc, first,
                                 direct=(kernels, src, koff, ktap, mrow))

    def _prefetch_next_image(self, b, f, col, kc, koff):
        """Ask L2 for this panel's share of the next image's rows of this K block: the
        elements koff[0] .. koff[kc - 1] + Nn of image b + 1, cut evenly over the Nn / NR
        panels (a prefetch never faults: past the last image it is dropped)."""
        lo = b.sext(b.load(koff, typ=I32), I64)
        last = b.gep(koff, [b.sub(kc, i64(1))], source_etype=I32)
        span = b.sub(b.add(b.sext(b.load(last, typ=I32), I64), f["Nn"]), lo)
        a = b.add(lo, b.sdiv(b.mul(span, col), f["Nn"]))
        z = b.add(lo, b.sdiv(b.mul(span, b.add(col, i64(self.bk.nr))), f["Nn"]))
        nxt = b.gep(f["B"], [f["sb"]], source_etype=self.f)
        pf = self._intrinsic("llvm.prefetch.p0", ir.FunctionType(VOID, [PTR, I32, I32, I32]))
        line = 64 // self.dt.itemsize
        with counted_loop(b, a, z, "pf", line) as e:
            b.call(pf, [b.gep(nxt, [e], source_etype=self.f), ir.Constant(I32, 0),
                        ir.Constant(I32, 2), ir.Constant(I32, 1)])

    def _gather_panel_column(self, b, f, ap, bp, m0, jcr, mc, nr, kc, koff, first):
        with b.if_else(self._masked(b, f)) as (masked, plain):
            with masked:
                self._masked_column(b, f, ap, m0, jcr, mc, nr, kc, koff, first)
            with plain:
                self._gather_panel_plain(b, f, ap, bp, m0, jcr, mc, nr, kc, koff, first)

    def _gather_panel_plain(self, b, f, ap, bp, m0, jcr, mc, nr, kc, koff, first):
        """One implicit-GEMM B panel (columns jc + jr..) and its micro-tiles: read in place
        when each of its NR/VW vectors of column offsets is one contiguous run (image rows at
        least VW wide: a 32-column panel of 16-pixel rows is two runs 18 apart; ResNet-20's
        16x16 stage took 18% longer packing them), or is one of gemm_direct's other shapes,
        and few rows use it (packing cost a third of the micro-kernels' time with 16 output
        channels), else packed."""
        cols = self._cols_at(b, f, b.add(*jcr))
        full, direct = vector_runs(self, b, cols[0], nr, self.bk.vw, not VECTOR_RUNS)
        # more than two micro-tiles re-read the rows in place: only where consecutive rows
        # overlap (a conv's taps), not when they lie far apart (the channels-last weight
        # gradient's pixels, C apart: slower at 64 channels)
        k1 = b.gep(koff, [imin(b, i64(1), b.sub(kc, i64(1)))], source_etype=I32)
        step = b.sub(b.sext(b.load(k1, typ=I32), I64), b.sext(b.load(koff, typ=I32), I64))
        near = b.icmp_signed("<", step, i64(self.bk.nr))
        few = b.icmp_signed("<=", mc, i64(DIRECT_MAX_TILES * self.bk.mr))
        tall = b.and_(ir.Constant(I1, DIRECT_B),
                      b.or_(few, b.and_(ir.Constant(I1, DIRECT_NEAR), near)))
        tries = [lambda: (full, direct, self.direct)]
        if self.direct_half:  # image rows of VW/2 (ResNet's 8x8 stage on AVX-512)
            tries.append(lambda: vector_runs(self, b, cols[0], nr, self.bk.vw // 2) +
                         (self.direct_half,))
        if self.direct_even:  # stride-2 convolutions' rows of VW or more
            tries.append(lambda: even_runs(self, b, cols, nr) + (self.direct_even,))
        self._direct_or_packed(b, f, (ap, bp, m0, jcr, mc, nr, kc, koff, first), cols, tall,
                               tries)

    def _direct_or_packed(self, b, f, col, cols, tall, tries):
        """The panel's micro-tiles reading it in place with the first kernel of ``tries``
        ((whether it applies, [first offset, later pieces' starts from there], kernels),
        built when reached) that applies, else packed."""
        ap, bp, m0, jcr, mc, nr, kc, koff, first = col
        if not tries:
            b.call(self.pack_b_gather, [bp, f["B"], nr, kc, koff] + cols)
            self._column(b, f, ap, bp, m0, jcr, mc, nr, kc, first)
            return
        full, direct, kernels = tries[0]()
        with b.if_else(b.and_(full, tall)) as (yes, no):
            with yes:
                self._column(b, f, ap, None, m0, jcr, mc, nr, kc, first,
                             direct=(kernels, self._gep(b, f["B"], direct[0]), koff,
                                     *direct[1:]))
            with no:
                self._direct_or_packed(b, f, col, cols, tall, tries[1:])

    def _cols_at(self, b, f, col):
        """pack_b_gather's column arguments from column ``col`` (a multiple of NR) on: the
        column offsets there, the run table (after the Nn offsets, see runs_table) and the
        panel number."""
        return [b.gep(f["noff"], [col], source_etype=I32),
                b.gep(f["noff"], [f["Nn"]], source_etype=I32), b.sdiv(col, i64(self.bk.nr))]

    def _macro(self, b, f, ap, bp, ic, jc, mc, nc, kc, first):
        bk = self.bk
        with counted_loop(b, i64(0), nc, "jr", bk.nr) as jr:
            nr = imin(b, i64(bk.nr), b.sub(nc, jr))
            bpan = self._gep(b, bp, b.mul(jr, kc))
            self._column(b, f, ap, bpan, ic, (jc, jr), mc, nr, kc, first)

    def _column(self, b, f, ap, bpan, ic, jcr, mc, nr, kc, first, direct=None):
        """The micro-tiles of one packed B panel (columns jc + jr.., nr wide) over mc rows
        (``direct`` = (kernels by height, B + its first offset, koff, later pieces' starts):
        the panel read in place)."""
        bk = self.bk
        with counted_loop(b, i64(0), mc, "ir", bk.mr) as ir_:
            mr = imin(b, i64(bk.mr), b.sub(mc, ir_))
            apan = self._gep(b, ap, b.mul(ir_, kc))
            row = b.add(ic, ir_)
            cp = self._gep(b, f["C"], b.add(b.mul(row, f["ldc"]), b.add(*jcr)))
            args = [kc, apan, bpan, cp, f["ldc"], mr, nr, first] + \
                self._epilogue_args(b, f, row, b.add(*jcr))
            if direct is None:
                kern = dict(self.ukernel_edges)
                kern.update({bk.mr // 2: self.ukernel_half, bk.mr: self.ukernel})
            else:
                kern = direct[0]
                args = [kc, apan, *direct[1:]] + args[3:]
            kernels = [(r, kern[r]) for r in self._heights()]
            self._dispatch_rows(b, mr, kernels[:-1], kernels[-1][1], args)

    def _neutral(self, name, n):
        """A constant array of n -0.0 (x + -0.0 == x for every x, -0.0 included)."""
        full = f"gv_{self.tag}_{self.sfx}.{name}"
        g = self.m.globals.get(full)
        if g is None:
            ty = ir.ArrayType(self.f, n)
            g = ir.GlobalVariable(self.m, ty, full)
            g.linkage, g.global_constant = "internal", True
            g.initializer = ir.Constant(ty, [-0.0] * n)
            g.align = 64
        return g.bitcast(PTR) if g.type != PTR else g

    def _epilogue_args(self, b, f, row, col):
        """The micro-kernel's (ebias, eres, eldr, elo, epi) for the tile at (row, col): the
        problem's epilogue steps after its last K block, else none; a step that is off reads
        the neutral operands (a -0.0 bias row, a -0.0 residual row with ldr 0, lo -inf)."""
        nb, nr = self._neutral("zero_bias", self.bk.mr), self._neutral("zero_row", self.bk.nr)
        ninf = ir.Constant(self.f, float("-inf"))
        if "eflags" not in f:
            return [nb, nr, i64(0), ninf, ir.Constant(I1, False)]

        def has(bit):
            return b.icmp_signed("!=", b.and_(f["eflags"], i64(bit)), i64(0))
        bias = b.select(has(EPI_BIAS), b.gep(f["ebias"], [row], source_etype=self.f), nb)
        res = b.gep(f["eres"], [b.add(b.mul(row, f["eldr"]), col)], source_etype=self.f)
        on_res = has(EPI_RES)
        res, ldr = b.select(on_res, res, nr), b.select(on_res, f["eldr"], i64(0))
        lo = b.select(has(EPI_RELU), ir.Constant(self.f, 0.0), ninf)
        on = b.and_(f["last"], b.icmp_signed("!=", f["eflags"], i64(0)))
        return [bias, res, ldr, lo, on]

    def _advance_res(self, b, f, g, bi):
        if "eres" in f:  # the residual of problem bi (a null pointer stays unused)
            g["eres"] = b.gep(f["eres"], [b.mul(bi, f["ersn"])], source_etype=self.f)

    def _heights(self):
        """Rows of the micro-kernels, increasing (the last one is MR)."""
        return sorted({*edge_rows(self.bk.mr), self.bk.mr // 2, self.bk.mr})

    def _dispatch_rows(self, b, mr, kernels, tallest, args):
        """The first kernel of ``kernels`` ((rows, fn), rows increasing) with mr <= rows, else
        ``tallest``: an edge tile runs no more rows of FMAs than it needs."""
        if not kernels:
            b.call(tallest, args)
            return
        (rows, fn), rest = kernels[0], kernels[1:]
        with b.if_else(b.icmp_signed("<=", mr, i64(rows))) as (short, tall):
            with short:
                b.call(fn, args)
            with tall:
                self._dispatch_rows(b, mr, rest, tallest, args)


def blocking(dtype, conv=False) -> Blocking:
    """The blocking of this host's GEMMs of ``dtype`` (``conv``: forward implicit GEMMs)."""
    key = (np.dtype(dtype), has_avx512())
    return CONV_BLOCKING.get(key, BLOCKING[key]) if conv and CONV_GEMM else BLOCKING[key]


def gemm_for(emitter, dtype, conv=False) -> GemmGen:
    """The module's GEMM generator of ``dtype``; ``conv``: the one of forward implicit GEMMs
    (the same one where CONV_BLOCKING has nothing else for this host)."""
    conv = conv and blocking(dtype, True) != blocking(dtype)
    key = ("cgemm" if conv else "gemm", np.dtype(dtype))
    gen = emitter.lowered.get(key)
    if gen is None:
        gen = emitter.lowered[key] = GemmGen(emitter.m, dtype, conv)
    return gen


def _chunks(b, gen, M, Nn, nb, sc, nthreads):
    """Chunks handed out by gv_parallel: whole problems of a batch when there are enough of
    them, else GEMM_CHUNKS_PER_THREAD per thread along the longer output axis (at most one per
    micro-tile). Finer chunks re-pack the other operand once each (measured: 8 chunks cost
    1024^3 a fifth of its speed); claiming still lets one thread take both when the other core
    is busy."""
    want = b.mul(nthreads, i64(GEMM_CHUNKS_PER_THREAD))
    tiles = b.select(b.icmp_signed(">=", Nn, M), b.sdiv(b.add(Nn, i64(gen.bk.nr - 1)),
                                                          i64(gen.bk.nr)),
                     b.sdiv(b.add(M, i64(gen.bk.mr - 1)), i64(gen.bk.mr)))
    whole = b.and_(b.icmp_signed("!=", sc, i64(0)), b.icmp_signed(">=", nb, nthreads))
    units = b.select(whole, nb, tiles)
    return imax(b, imin(b, want, units), i64(1))


def call_gemm(emitter, b, dtype, M, Nn, K, a, rsa, csa, bb, rsb, csb, c, ldc, batch=None,
              gather=None, conv=False):
    """Emit C = A @ B (all i64 values / pointers) with the thread split decided at run time.
    ``batch`` = (count, sa, sb, sc): that many problems, the operands advanced by sa, sb, sc
    elements from one to the next; sc == 0 sums every product into the one C. ``gather`` =
    (koff, noff, ebias, eres, ersn, eldr, eflags, mbits, taps): i32 table pointers, B[k, n] is
    bb[koff[k] + noff[n]] (rsb, csb unused), the fused epilogue and the masks of a masked
    one (gemm_abi); ``conv``: a forward convolution's (gemm_for)."""
    gen = gemm_for(emitter, dtype, conv)
    nthreads = b.function.args[1]
    nb, sa, sb, sc = batch if batch is not None else (i64(1), i64(0), i64(0), i64(0))
    vals = (M, Nn, K, a, rsa, csa, bb, rsb, csb, c, ldc, nb, sa, sb, sc)
    ctx = b.alloca(CTX if gather is None else CTX_GATHER)  # typed pointer: the parser takes it
    for j, v in enumerate(vals + (tuple(gather) if gather is not None else ())):
        b.store(v, b.gep(ctx, [i64(0), ir.Constant(I32, j)]))
    flops = b.mul(b.mul(b.mul(M, Nn), K), nb)
    big = b.icmp_signed(">=", flops, i64(PARALLEL_MIN_FLOPS))
    if gather is not None:
        _run(emitter, b, big, gen.thread_gather(), ctx, _chunks(b, gen, M, Nn, nb, sc, nthreads))
        return
    if batch is None and _is_one(rsb) and _is_one(csa):  # x @ W^T: small M skips packing
        dot = dot_for(emitter, dtype, gen.bk.kc)  # the same K blocks: the same sums
        with b.if_else(b.icmp_signed("<=", M, i64(DOT_MAX_M))) as (small, other):
            with small:
                _run(emitter, b, big, dot.thread, ctx, chunks(b, dot, Nn, nthreads))
            with other:
                _run(emitter, b, big, gen.thread, ctx, _chunks(b, gen, M, Nn, nb, sc, nthreads))
        return
    _run(emitter, b, big, gen.thread, ctx, _chunks(b, gen, M, Nn, nb, sc, nthreads))


def _is_one(v) -> bool:
    return isinstance(v, ir.Constant) and v.constant == 1


def _run(emitter, b, big, fn, ctx, nchunks):
    with b.if_else(big) as (par, seq):
        with par:
            b.call(gv_parallel(emitter.m), [fn, ctx, nchunks])
        with seq:
            b.call(fn, [ctx, i64(0), i64(1)])


def _zero_fill(b, fty, c, count):
    with counted_loop(b, i64(0), count, "z") as i:
        b.store(ir.Constant(fty, 0.0), b.gep(c, [i], source_etype=fty, inbounds=True))


@register_lowering("llvm", "matmul")
def lower_matmul(emitter, b, k, ptrs):
    """matmul(a, b, trans_a, trans_b) on contiguous operands -> one GEMM call."""
    va, vb = k.inputs[:2]
    vc = k.outputs[0]
    n = b.function.args[0]
    dt = emitter.plan.buffers[vc.buf].dtype

    def ptr(v):
        return b.gep(ptrs[v.buf], [lin_value(b, v.offset, n)], source_etype=ftype(dt))

    def val(lin: Lin):
        return lin_value(b, lin, n)

    kk = va.shape[-1]
    if "b_conv" in k.attrs or "b_nhwc" in k.attrs:
        _lower_implicit(emitter, b, k, dt, ptr(va), ptr(vb), ptr(vc), val,
                        _epilogue_args(k, ptr, val))
        return
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
    batch = k.attrs.get("batch")  # (count, sa, sb, sc) Lins: a batch of problems (plan/conv.py)
    if batch is not None:
        batch = tuple(val(x) for x in batch)
        with b.if_else(b.icmp_signed("<=", batch[0], i64(0))) as (none, some):
            with none:  # no problems: a summed C is zero, a batched one is empty
                with b.if_then(b.icmp_signed("==", batch[3], i64(0))):
                    _zero_fill(b, ftype(dt), c, b.mul(M, Nn))
            with some:
                _gemm_or_zero(emitter, b, dt, M, Nn, K, ptr(va), rsa, csa, ptr(vb), rsb, csb,
                              c, batch)
        return
    _gemm_or_zero(emitter, b, dt, M, Nn, K, ptr(va), rsa, csa, ptr(vb), rsb, csb, c, None)


def _table(emitter, name, arr, ety=I32):
    ty = ir.ArrayType(ety, len(arr))
    g = ir.GlobalVariable(emitter.m, ty, emitter.m.get_unique_name(name))
    g.linkage, g.global_constant = "internal", True
    top = 1 << ety.width  # as signed values (bit masks of NR bits)
    g.initializer = ir.Constant(ty, [int(v) - top if int(v) >= top >> 1 else int(v)
                                     for v in arr])
    g.align = 64  # whole cache lines (AVX2's mask vectors)
    return g.bitcast(PTR) if g.type != PTR else g


EPI_BITS = {"bias": EPI_BIAS, "res": EPI_RES, "relu": EPI_RELU}


def _epilogue_args(k, ptr, val):
    """(bias, res, ersn, eldr, eflags) of the implicit GEMM's fused epilogue: attr
    ``epilogue`` (plan/conv_epilogue.py) names its steps; the bias view (og,) and the
    residual view (n, og, ho*wo) follow A and B in k.inputs, in that order."""
    steps = tuple(k.attrs.get("epilogue", ()))
    views = iter(k.inputs[2:])
    null = ir.Constant(PTR, None)
    bias = ptr(next(views)) if "bias" in steps else null
    res, rsn, ldr = null, i64(0), i64(0)
    if "res" in steps:
        rv = next(views)
        res, rsn, ldr = ptr(rv), val(rv.strides[0]), val(rv.strides[1])
    flags = sum(EPI_BITS[s] for s in steps)
    return bias, res, rsn, ldr, i64(flags)


def _lower_implicit(emitter, b, k, dt, a, x, c, val, epi):
    """C[b] = A @ B[b] with B the implicit im2col matrix of image b of x (attr b_conv), or its
    transpose (attr b_conv_t: the weight gradient's gy @ cols^T)."""
    if "b_nhwc" in k.attrs:  # the channels-last weight gradient (plan/conv.py)
        koff, noff = nhwc_tables(*k.attrs["b_nhwc"])
    else:
        koff, noff = conv_tables(*k.attrs["b_conv"])
        if k.attrs.get("b_conv_t", False):
            koff, noff = noff, koff
    conv = "b_conv" in k.attrs and not k.attrs.get("b_conv_t", False)
    M, K, Nn = val(k.inputs[0].shape[0]), i64(len(koff)), i64(len(noff))
    nb, sa, sb, sc = (val(v) for v in k.attrs["batch"])
    gen = gemm_for(emitter, dt, conv)
    bk = gen.bk
    mask = (ir.Constant(PTR, None), i64(0))
    if len(k.attrs.get("b_conv", ())) > 12:  # masked: the taps after the offsets
        tap, bits = mask_tables(k.attrs["b_conv"], bk.nr)
        koff = np.concatenate([koff, tap])
        mask = (_table(emitter, "gv_mbits", gen.mask_table(bits), gen.mword),
                i64(bits.shape[1] - 1))
    cols = np.concatenate([noff, runs_table(noff, bk.nr, bk.vw)]).astype(np.int32)
    tabs = (_table(emitter, "gv_koff", koff), _table(emitter, "gv_noff", cols))
    with b.if_else(b.icmp_signed("<=", nb, i64(0))) as (none, some):
        with none:  # no images: a summed C (the weight gradient) is zero
            with b.if_then(b.icmp_signed("==", sc, i64(0))):
                _zero_fill(b, ftype(dt), c, b.mul(M, Nn))
        with some:
            call_gemm(emitter, b, dt, M, Nn, K, a, K, i64(1), x, i64(0), i64(0), c, Nn,
                      (nb, sa, sb, sc), gather=tabs + tuple(epi) + mask, conv=conv)


def runs_table(noff, nr, vw):
    """What follows the column offsets in an implicit GEMM's table: [0] (gather the
    non-contiguous panels), or [s, start[0..P], (column, offset, length) triples] with panel
    p's triples at start[p]..start[p+1] (in triples from the table's flag): each NR-column
    panel's runs of columns s = 1 or 2 apart in memory cut into pieces of at most vw. Runs
    are chosen when the panels average at most 2 NR / vw pieces (rows of 8 or more), stride 1
    first, then stride 2 (stride-2 convolutions: gathered 16 lanes at a time before); the
    weight gradient's 3-wide runs gather."""
    n, P = len(noff), -(-len(noff) // nr)
    for stride in ((1, 2) if STRIDED_RUNS else (1,)) if RUN_CHUNKS and n else ():
        pieces = _run_pieces(noff, nr, vw, stride)
        if sum(len(x) for x in pieces) <= 2 * (nr // vw) * P:
            break
    else:
        return np.zeros(1, np.int64)
    t0 = -(-(P + 2) // 3)  # first triple (flag and starts padded to a whole triple)
    starts = np.cumsum([t0] + [len(x) for x in pieces])
    trip = np.array([v for x in pieces for t in x for v in t], np.int64)
    return np.concatenate([[stride], starts, np.zeros(3 * t0 - (P + 2), np.int64), trip])


def _run_pieces(noff, nr, vw, stride):
    """Per NR-column panel, its (column, offset, length) pieces: at most vw columns whose
    offsets step by ``stride``."""
    n, pieces = len(noff), []
    for lo in range(0, n, nr):
        hi, mine, q = min(n, lo + nr), [], lo
        while q < hi:
            e = q + 1
            while e < hi and e - q < vw and noff[e] == noff[e - 1] + stride:
                e += 1
            mine.append((q - lo, int(noff[q]), e - q))
            q = e
        pieces.append(mine)
    return pieces


def _gemm_or_zero(emitter, b, dt, M, Nn, K, a, rsa, csa, bb, rsb, csb, c, batch):
    with b.if_else(b.icmp_signed("==", K, i64(0))) as (empty, full):
        with empty:
            nb, sc = (batch[0], batch[3]) if batch is not None else (i64(1), i64(0))
            with counted_loop(b, i64(0), nb, "zb") as bi:
                cz = b.gep(c, [b.mul(bi, sc)], source_etype=ftype(dt))
                _zero_fill(b, ftype(dt), cz, b.mul(M, Nn))
        with full:
            call_gemm(emitter, b, dt, M, Nn, K, a, rsa, csa, bb, rsb, csb, c, Nn, batch)
