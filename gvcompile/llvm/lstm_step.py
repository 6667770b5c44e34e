"""The LSTM forward step as one kernel: the recurrent product h_{t-1} W_hh^T with the gate
non-linearities and the cell update in its epilogue (issue 15).

The plain scheme (lower_rnn.py) wrote the product to a scratch array and then read it back in a
separate cell loop that also wrote all eight packed slots (about a third of an LSTM forward at
batch 32, H 128; the product itself runs near the FMA peak). Here W_hh is laid out once per
call as Wp[j / vw][k][gate][j % vw] (the four gate columns of vw hidden units next to each
other, ``pack``), so one register tile holds the i, f, g and o pre-activations of MR batch rows
and vw hidden units; after the k loop the tile adds the input projection and the bias, computes
c_t and h_t, and stores them: all eight packed slots when a backward reads them (``save``),
only h_t and c_t in forward-only programs. Sums run in the plain scheme's order (the product
one FMA chain from zero over k, then (gx + b) + product), so both give the same bits.

Used when H is a multiple of the vector width; otherwise lower_rnn.py's cell loop runs.
"""

from __future__ import annotations

import numpy as np
from llvmlite import ir

from .gemm import gemm_for
from .gemm_abi import dtype_suffix
from .irutil import I32, I64, PTR, VOID, counted_loop, ftype, get_function, i64, imin
from .rnn_math import FastMath
from .target import has_avx512

GATES = 4
CELL_TANH = True  # the cell's tanh as 2 sigmoid(2x) - 1 (False: rnn_math's, within 4 eps)
FUSED = True  # False: lower_rnn.py's product + cell loop (for comparisons)


def vector_width(dtype) -> int:
    return (16 if has_avx512() else 8) // (np.dtype(dtype).itemsize // 4)


def fits(dtype, hid: int) -> bool:
    return FUSED and hid % vector_width(dtype) == 0


class LstmStep:
    """``step(M, H, a, rsa, cp, rsc, wp, gx, bias, out, save)``: rows 0..M-1 of one step.
    a / cp: h_{t-1} / c_{t-1} (rows rsa / rsc apart), gx: this step's input projection (rows
    4H apart), out: this step's packed slots (rows 8H apart)."""

    def __init__(self, module: ir.Module, dtype):
        self.m, self.dt, self.f = module, np.dtype(dtype), ftype(dtype)
        self.vw = vector_width(dtype)
        self.mr = 4 if has_avx512() else 2  # MR x 4 accumulators + 4 B vectors in registers
        self.v = ir.VectorType(self.f, self.vw)
        sfx = dtype_suffix(dtype)
        self.fma = get_function(module, f"llvm.fma.v{self.vw}{sfx}", self.v, [self.v] * 3)
        self.step = self._step()

    def _gep(self, b, p, off):
        return b.gep(p, [off], source_etype=self.f, inbounds=True)

    def _load(self, b, p, off):
        return b.load(self._gep(b, p, off), typ=self.v, align=self.dt.itemsize)

    def _store(self, b, v, p, off):
        b.store(v, self._gep(b, p, off), align=self.dt.itemsize)

    def _step(self):
        names = ["M", "H", "a", "rsa", "cp", "rsc", "wp", "gx", "bias", "out", "save"]
        fn = ir.Function(self.m, ir.FunctionType(VOID, [I64, I64, PTR, I64, PTR, I64, PTR, PTR,
                                                        PTR, PTR, ir.IntType(1)]),
                         f"gv_lstm_step_{dtype_suffix(self.dt)}")
        fn.linkage = "internal"
        for a, nm in zip(fn.args, names, strict=True):
            a.name = nm
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        M, H = fn.args[0], fn.args[1]
        with counted_loop(b, i64(0), H, "j", self.vw) as j:
            panel = self._gep(b, fn.args[6], b.mul(j, b.mul(H, i64(GATES))))
            with counted_loop(b, i64(0), M, "m", self.mr) as m:
                accs = self._product(b, fn.args, panel, m)
                for r in range(self.mr):
                    row = b.add(m, i64(r))
                    with b.if_then(b.icmp_signed("<", row, M)):
                        self._cell(b, fn.args, accs[r], row, j)
        b.ret_void()
        return fn

    def _product(self, b, args, panel, m):
        """The MR x 4 vectors of h_{t-1}[m:m+MR] @ W_hh^T for this panel's hidden units (rows
        past M re-read the last row; their results are never stored)."""
        M, H, a, rsa = args[0], args[1], args[2], args[3]
        vw, mr = self.vw, self.mr
        zero = ir.Constant(self.v, [0.0] * vw)
        undef = ir.Constant(self.v, ir.Undefined)
        bcast = ir.Constant(ir.VectorType(I32, vw), [0] * vw)
        arow = [self._gep(b, a, b.mul(imin(b, b.add(m, i64(r)), b.sub(M, i64(1))), rsa))
                for r in range(mr)]
        pre = b.block
        body = b.append_basic_block("k.body")
        done = b.append_basic_block("k.done")
        b.branch(body)
        b.position_at_end(body)
        k = b.phi(I64, "k")
        k.add_incoming(i64(0), pre)
        phis = [[b.phi(self.v) for _ in range(GATES)] for _ in range(mr)]
        for row in phis:
            for p in row:
                p.add_incoming(zero, pre)
        wrow = self._gep(b, panel, b.mul(k, i64(GATES * vw)))
        bv = [self._load(b, wrow, i64(q * vw)) for q in range(GATES)]
        new = []
        for r in range(mr):
            s = b.load(self._gep(b, arow[r], k), typ=self.f)
            sv = b.shuffle_vector(b.insert_element(undef, s, ir.Constant(I32, 0)), undef, bcast)
            new.append([b.call(self.fma, [sv, bv[q], phis[r][q]]) for q in range(GATES)])
        k1 = b.add(k, i64(1))
        end = b.block
        k.add_incoming(k1, end)
        for r in range(mr):
            for q in range(GATES):
                phis[r][q].add_incoming(new[r][q], end)
        b.cbranch(b.icmp_signed("<", k1, H), body, done)
        b.position_at_end(done)
        return new

    @staticmethod
    def _tanh(fm, x):
        """tanh x = 2 sigmoid(2x) - 1: one exp and one division, no polynomial branch; the
        absolute error stays within a few eps (relative error grows below |x| ~ 1e-3, which
        the cell's sums and products do not see)."""
        b = fm.b
        s = fm.sigmoid(b.fmul(x, fm.c(2.0)))
        return b.fsub(b.fmul(s, fm.c(2.0)), fm.c(1.0))

    def _cell(self, b, args, acc, row, j):
        """c_t = f c_{t-1} + i g, h_t = o tanh(c_t) for one row and vw hidden units."""
        H, a, rsa, cp, rsc, gx, bias, out, save = (args[1], *args[2:6], *args[7:11])
        fm = FastMath(b, self.v)
        grow = b.mul(row, b.mul(H, i64(GATES)))
        pre = []
        for q in range(GATES):
            col = b.add(j, b.mul(H, i64(q)))
            x = b.fadd(self._load(b, gx, b.add(grow, col)), self._load(b, bias, col))
            pre.append(b.fadd(x, acc[q]))
        th = self._tanh if CELL_TANH else (lambda fm, x: fm.tanh(x))
        i, f, g, o = fm.sigmoid(pre[0]), fm.sigmoid(pre[1]), th(fm, pre[2]), fm.sigmoid(pre[3])
        hp = self._load(b, a, b.add(b.mul(row, rsa), j))
        cp_ = self._load(b, cp, b.add(b.mul(row, rsc), j))
        c = b.fadd(b.fmul(f, cp_), b.fmul(i, g))
        h = b.fmul(o, th(fm, c))
        orow = b.add(b.mul(row, b.mul(H, i64(2 * GATES))), j)

        def put(v, slot):
            self._store(b, v, out, b.add(orow, b.mul(H, i64(slot))))

        put(h, 0)
        put(c, 2)
        with b.if_then(save):
            for slot, v in ((1, hp), (3, cp_), (4, i), (5, f), (6, g), (7, o)):
                put(v, slot)


def lstm_step_for(emitter, dtype) -> LstmStep:
    key = ("lstm_step", np.dtype(dtype))
    gen = emitter.lowered.get(key)
    if gen is None:
        gemm_for(emitter, dtype)  # declares the intrinsics LstmStep shares with it first
        gen = emitter.lowered[key] = LstmStep(emitter.m, dtype)
    return gen


def pack(b, src, hid: int, dst, dtype):
    """dst = Wp[j / vw][k][gate][j % vw] = W_hh[gate * H + j, k] (W_hh (4H, H) row-major),
    once per call; W_hh is read in order."""
    f, vw = ftype(dtype), vector_width(dtype)
    with counted_loop(b, i64(0), i64(GATES * hid), "pr") as g:
        q, j = b.sdiv(g, i64(hid)), b.srem(g, i64(hid))
        jb, lane = b.sdiv(j, i64(vw)), b.srem(j, i64(vw))
        base = b.add(b.mul(b.mul(jb, i64(hid)), i64(GATES * vw)), b.add(b.mul(q, i64(vw)), lane))
        with counted_loop(b, i64(0), i64(hid), "pk") as k:
            v = b.load(b.gep(src, [b.add(b.mul(g, i64(hid)), k)], source_etype=f), typ=f)
            b.store(v, b.gep(dst, [b.add(base, b.mul(k, i64(GATES * vw)))], source_etype=f))


def lstm_rows(sq, save: bool):
    """The time loop of one row range [sq.lo, sq.hi) (lower_rnn.py's _Seq): one fused step
    per t. Inputs [gx, h0, c0, w_hh, b]; outputs [packed, scratch, Wp]."""
    b, hid = sq.b, sq.hid
    gx, h0, c0, bias = sq.ptr[0], sq.ptr[1], sq.ptr[2], sq.ptr[-1]
    wp = sq.extra[1]
    gen = lstm_step_for(sq.em, sq.dt)
    rows = b.sub(sq.hi, sq.lo)
    with counted_loop(b, i64(0), sq.T, "step") as t:
        first = b.icmp_signed("==", t, i64(0))
        tp = b.sub(t, i64(1))
        a = b.select(first, sq.addr(h0, hid, None, sq.lo, i64(0)),
                     sq.addr(sq.out, sq.width, tp, sq.lo, i64(0)))
        cp = b.select(first, sq.addr(c0, hid, None, sq.lo, i64(0)),
                      sq.addr(sq.out, sq.width, tp, sq.lo, i64(2 * hid)))
        rs = b.select(first, i64(hid), i64(sq.width))
        b.call(gen.step, [rows, i64(hid), a, rs, cp, rs, wp, sq.addr(gx, GATES * hid, t, sq.lo,
                                                                      i64(0)),
                          bias, sq.addr(sq.out, sq.width, t, sq.lo, i64(0)),
                          ir.Constant(ir.IntType(1), int(save))])
