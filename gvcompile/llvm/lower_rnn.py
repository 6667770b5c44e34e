"""LLVM lowering of the recurrent sequence ops (the packed layouts are in gvcompile/ops/rnn.py).

The plan (plan/rnn.py) computes the input projection gx = x W_ih^T of all steps with one
GEMM; the op kernel lays W_hh^T out once (a plan temp), then loops over time (T may be the
run-time extent N): per step the product of the previous state with W_hh (rnn_gemm.py, no
packing; called through ``gv_seq_step_<dt>``, whose frame holds the context, so the time loop
never grows the stack) and one element-wise loop over (batch, hidden) that writes every packed
slot of the step. The cell loops run on vectors of the ISA's width with a scalar tail; sigmoid
and tanh come from rnn_math.py (no libm call per element), relu / leaky_relu from the op
table's scalar bodies through _LaneOps.

The gradient ops run the same scheme backwards: the element-wise loop writes the pre-activation
cotangents of step t (reading the carries step t+1 left in the output), then the product with
W_hh (read as it is: its rows are contiguous) writes dh_{t-1} into the output's carry slot, and
a last loop adds the packed cotangent of h_{t-1}.

Batch rows never mix, so both directions run in a function of their own that the thread pool
calls on disjoint row ranges (``_rows_parallel``), each range the whole sequence.
"""

from __future__ import annotations

from llvmlite import ir

from ..errors import LoweringError
from ..ops import OPS
from ..ops.registry import register_lowering
from . import lstm_step
from .gemm import PARALLEL_MIN_FLOPS
from .gemm_abi import CTX
from .irutil import I32, I64, PTR, VOID, counted_loop, ftype, gv_parallel, i64, imin, lin_value
from .rnn_gemm import step_gemm_for
from .rnn_math import FastMath, splat, suffix
from .scalar_ops import LLVMScalarOps
from .target import has_avx512


class _LaneOps(LLVMScalarOps):
    """LLVMScalarOps over a float or a vector of floats (comparisons: i1 or vectors of i1)."""

    def const(self, v):
        return splat(self.t, float(v))

    def _f(self, v):
        if v.type == ir.IntType(1) or (isinstance(v.type, ir.VectorType) and
                                       v.type.element == ir.IntType(1)):
            return self.b.uitofp(v, self.t)
        return v

    def _intrinsic(self, name: str, n: int):
        m = self.b.module
        full = f"llvm.{name}.{suffix(self.t)}"
        return m.globals.get(full) or ir.Function(m, ir.FunctionType(self.t, [self.t] * n),
                                                  full)

    def where(self, c, a, d):
        if c.type != ir.IntType(1) and not (isinstance(c.type, ir.VectorType) and
                                            c.type.element == ir.IntType(1)):
            c = self.b.fcmp_unordered("!=", c, splat(c.type, 0.0))
        return self.b.select(c, self._f(a), self._f(d))


def _step_fn(em, dt):
    """internal gv_seq_step_<dt>(N, nthreads, M, Nn, K, a, rsa, b, ldb, c, ldc): C = A @ B
    with B's rows contiguous (rnn_gemm.py); the context lives in this function's frame, so
    the time loop never grows the stack. Split over the pool only when it pays."""
    key = ("seq_step", str(dt))
    fn = em.lowered.get(key)
    if fn is None:
        sfx = "f32" if ftype(dt) == ir.FloatType() else "f64"
        args = [I64] * 5 + [PTR, I64, PTR, I64, PTR, I64]
        fn = ir.Function(em.m, ir.FunctionType(VOID, args), f"gv_seq_step_{sfx}")
        fn.linkage = "internal"
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        _, nthreads, m, nn, kk, a, rsa, bb, ldb, c, ldc = fn.args
        gen = step_gemm_for(em, dt)
        ctx = b.alloca(CTX)
        vals = (m, nn, kk, a, rsa, i64(1), bb, ldb, i64(1), c, ldc, i64(1), i64(0), i64(0),
                i64(0))
        for j, v in enumerate(vals):
            b.store(v, b.gep(ctx, [i64(0), ir.Constant(I32, j)]))
        tiles = b.sdiv(b.add(nn, i64(gen.nr - 1)), i64(gen.nr))
        nchunks = imin(b, nthreads, tiles)
        big = b.icmp_signed(">=", b.mul(b.mul(m, nn), kk), i64(PARALLEL_MIN_FLOPS))
        with b.if_else(b.and_(big, b.icmp_signed(">", nchunks, i64(1)))) as (par, seq):
            with par:
                b.call(gv_parallel(em.m), [gen.thread, ctx, nchunks])
            with seq:
                b.call(gen.thread, [ctx, i64(0), i64(1)])
        b.ret_void()
        em.lowered[key] = fn
    return fn


def _i64(v):
    return v if isinstance(v, ir.Value) else i64(v)


class _Seq:
    """Pointers and extents of one sequence op kernel; (T, NB, W) buffers addressed by
    (t, n, column). Either T or NB may be the run-time batch extent N (the batch may stand on
    the time axis or on the batch axis of the recurrent input), so both are run-time values."""

    def __init__(self, em, b, k, ptrs, n, nthreads):
        self.em, self.b, self.k = em, b, k
        self.n, self.nthreads = n, nthreads
        self.dt = em.plan.buffers[k.outputs[0].buf].dtype
        self.f = ftype(self.dt)  # the element type (addresses count elements)
        self.vw = (16 if has_avx512() else 8) // (self.dt.itemsize // 4)
        self._mode(self.f)
        self.ptr = [self._base(v, ptrs) for v in k.inputs]
        self.out = self._base(k.outputs[0], ptrs)
        self.extra = [self._base(v, ptrs) for v in k.outputs[1:]]
        shape = k.outputs[0].shape
        if not shape[2].const:
            raise LoweringError(f"{', '.join(k.srcs) or 'graph'}: {k.op} has the batch extent "
                                "N on its feature axis; the recurrent kernels need it on the "
                                "time or batch axis")
        self.T = lin_value(b, shape[0], self.n)
        self.nb = lin_value(b, shape[1], self.n)
        self.lo, self.hi = i64(0), self.nb  # the batch rows this code runs
        self.width = shape[2].b

    def _mode(self, t):
        """Cell code from now on works on values of type t (the element or a vector)."""
        self.cur, self.s = t, _LaneOps(self.b, t)

    def _base(self, v, ptrs):
        return self.b.gep(ptrs[v.buf], [lin_value(self.b, v.offset, self.n)],
                          source_etype=ftype(self.em.plan.buffers[v.buf].dtype))

    def addr(self, p, width, t, n, col):
        b = self.b
        row = n if t is None else b.add(b.mul(t, self.nb), n)
        return b.gep(p, [b.add(b.mul(row, i64(width)), col)], source_etype=self.f)

    def ld(self, p, width, t, n, col):
        return self.load(self.addr(p, width, t, n, col))

    def load(self, addr):
        return self.b.load(addr, typ=self.cur, align=self.dt.itemsize)

    def st(self, v, p, width, t, n, col):
        self.b.store(self.s._f(v), self.addr(p, width, t, n, col), align=self.dt.itemsize)

    def ld_or(self, cond, a0, a1, zero=False):
        """cond ? *a0 (or 0.0 when ``zero``: a0 is then any safe address) : *a1; only the
        chosen address is read."""
        b = self.b
        v = self.load(b.select(cond, a0, a1))
        return b.select(cond, splat(self.cur, 0.0), v) if zero else v

    def gemm(self, m, nn, kk, a, rsa, bb, ldb, c, ldc):
        """C[m, nn] = A[m, kk] @ B[kk, nn]; A, B, C rows rsa, ldb, ldc apart, columns
        contiguous."""
        fn = _step_fn(self.em, self.dt)
        vals = [_i64(m), i64(nn), i64(kk), a, _i64(rsa), bb, i64(ldb), c, i64(ldc)]
        self.b.call(fn, [self.n, self.nthreads] + vals)

    def transpose(self, src, rows, cols, dst):
        """dst[cols, rows] = src[rows, cols]^T (once per call: the step products read B by
        rows), in 16 x 16 blocks so that both sides stay in cache lines."""
        b, bs = self.b, 16
        with counted_loop(b, i64(0), i64(rows), "trb", bs) as r0:
            with counted_loop(b, i64(0), i64(cols), "tcb", bs) as c0:
                with counted_loop(b, r0, imin(b, b.add(r0, i64(bs)), i64(rows)), "tr") as r:
                    with counted_loop(b, c0, imin(b, b.add(c0, i64(bs)), i64(cols)), "tc") as c:
                        v = b.load(b.gep(src, [b.add(b.mul(r, i64(cols)), c)],
                                         source_etype=self.f), typ=self.f)
                        b.store(v, b.gep(dst, [b.add(b.mul(c, i64(rows)), r)],
                                         source_etype=self.f))

    def each(self, body):
        """body(n, j) for every batch row n and hidden unit j: vectors of vw units j..j+vw-1,
        then single units for the last H % vw."""
        hid = self.hid
        hv = hid - hid % self.vw
        with counted_loop(self.b, self.lo, self.hi, "n") as n:
            for lo, hi, step, ty in ((0, hv, self.vw, ir.VectorType(self.f, self.vw)),
                                     (hv, hid, 1, self.f)):
                if lo < hi:
                    self._mode(ty)
                    with counted_loop(self.b, i64(lo), i64(hi), "j", step) as j:
                        body(n, j)
        self._mode(self.f)

    def col(self, j, slot):
        return self.b.add(j, i64(slot * self.hid))

    def op(self, name, *args, **attrs):
        if name in ("sigmoid", "tanh"):  # vectorisable, no libm call per element
            return getattr(FastMath(self.b, self.cur), name)(*args)
        return OPS[name].scalar(self.s, *args, **attrs)


def _time_loop(sq, reverse: bool):
    """Yields the step index t (0..T-1, or T-1..0)."""
    b = sq.b
    with counted_loop(b, i64(0), sq.T, "step") as i:
        yield b.sub(b.sub(sq.T, i64(1)), i) if reverse else i


def _forward_prev(sq, t, states_in):
    """GEMM operand for the previous h (from row sq.lo): (pointer, row stride) selected on
    t == 0."""
    b = sq.b
    first = b.icmp_signed("==", t, i64(0))
    prev = sq.addr(sq.out, sq.width, b.sub(t, i64(1)), sq.lo, i64(0))
    a = b.select(first, sq.addr(states_in[0], sq.hid, None, sq.lo, i64(0)), prev)
    return first, a, b.select(first, i64(sq.hid), i64(sq.width))


MIN_ROWS = 4  # batch rows per thread at least


def _rows_parallel(em, b, k, ptrs, body):
    """body(sq) emits the time loop for the batch rows [sq.lo, sq.hi) into a function of its
    own, which the pool runs on disjoint row ranges: the recurrence never mixes batch rows, so
    each thread runs the whole sequence for its rows without waiting for the others (its step
    products single-threaded); one range when there are too few rows."""
    bufs = sorted({v.buf for v in (*k.inputs, *k.outputs)})
    cty = ir.LiteralStructType([I64, I64] + [PTR] * len(bufs))
    fn = ir.Function(em.m, ir.FunctionType(VOID, [PTR, I64, I64]),
                     em.m.get_unique_name(f"{k.name}.rows"))
    fn.linkage = "internal"
    fb = ir.IRBuilder(fn.append_basic_block("entry"))
    ctx, chunk, nchunks = fn.args
    vals = [fb.load(fb.gep(ctx, [i64(0), ir.Constant(I32, j)], source_etype=cty), typ=ty)
            for j, ty in enumerate(cty.elements)]
    sq = _Seq(em, fb, k, dict(zip(bufs, vals[2:], strict=True)), vals[0], i64(1))
    per = fb.sdiv(fb.add(sq.nb, fb.sub(nchunks, i64(1))), nchunks)
    sq.lo = imin(fb, fb.mul(chunk, per), sq.nb)
    sq.hi = imin(fb, fb.add(sq.lo, per), sq.nb)
    body(sq)
    fb.ret_void()
    n, nthreads = b.function.args[0], b.function.args[1]
    c = b.alloca(cty)
    for j, v in enumerate([n, nthreads] + [ptrs[u] for u in bufs]):
        b.store(v, b.gep(c, [i64(0), ir.Constant(I32, j)]))  # typed pointer: no etype
    want = imin(b, nthreads, b.sdiv(lin_value(b, k.outputs[0].shape[1], n), i64(MIN_ROWS)))
    with b.if_else(b.icmp_signed(">", want, i64(1))) as (par, one):
        with par:
            b.call(gv_parallel(em.m), [fn, c, want])
        with one:
            b.call(fn, [c, i64(0), i64(1)])


def _act(sq, name, v):
    if name.startswith("leaky_relu"):
        return sq.op("leaky_relu", v, slope=float(name.split(":", 1)[1]))
    return v if name == "identity" else sq.op(name, v)


def _act_grad(sq, name, h):
    s = sq.s
    one = s.const(1.0)
    if name == "tanh":
        return s.sub(one, s.mul(h, h))
    if name == "sigmoid":
        return s.mul(h, s.sub(one, h))
    if name == "relu":
        return s._f(s.gt(h, s.const(0.0)))
    if name.startswith("leaky_relu"):
        return s.where(s.gt(h, s.const(0.0)), one, s.const(float(name.split(":", 1)[1])))
    return one


def _seq_forward(em, b, k, ptrs, gates, n_states, cell):
    hid = k.inputs[-2].shape[1].b
    gh = gates * hid
    sq0 = _Seq(em, b, k, ptrs, b.function.args[0], b.function.args[1])
    sq0.transpose(sq0.ptr[-2], gh, hid, sq0.extra[1])
    _rows_parallel(em, b, k, ptrs, lambda sq: _forward_rows(sq, gh, n_states, cell))


def _forward_rows(sq, gh, n_states, cell):
    gx, states, bias = sq.ptr[0], sq.ptr[1:1 + n_states], sq.ptr[-1]
    scratch, w_t = sq.extra[0], sq.extra[1]
    sq.hid = sq.k.inputs[-2].shape[1].b
    for t in _time_loop(sq, False):
        first, a, rsa = _forward_prev(sq, t, states)
        sq.gemm(sq.b.sub(sq.hi, sq.lo), gh, sq.hid, a, rsa, w_t, gh,
                sq.addr(scratch, gh, None, sq.lo, i64(0)), gh)

        def pre(n, j, g, t=t):
            c = sq.col(j, g)
            x = sq.s.add(sq.ld(gx, gh, t, n, c),
                         sq.load(sq.b.gep(bias, [c], source_etype=sq.f)))
            return x, sq.ld(scratch, gh, None, n, c)

        def prev(n, j, slot, k_state, t=t, first=first):
            c = sq.col(j, slot)
            return sq.ld_or(first, sq.addr(states[k_state], sq.hid, None, n, sq.col(j, 0)),
                            sq.addr(sq.out, sq.width, sq.b.sub(t, i64(1)), n, c))

        def put(v, n, j, slot, t=t):
            sq.st(v, sq.out, sq.width, t, n, sq.col(j, slot))

        sq.each(lambda n, j, pre=pre, prev=prev, put=put: cell(sq, pre, prev, put, n, j))


def _rnn_cell(act):
    def cell(sq, pre, prev, put, n, j):
        x, h = pre(n, j, 0)
        hp = prev(n, j, 0, 0)
        put(_act(sq, act, sq.s.add(x, h)), n, j, 0)
        put(hp, n, j, 1)

    return cell


def _lstm_cell(sq, pre, prev, put, n, j):
    s = sq.s
    g = [s.add(*pre(n, j, q)) for q in range(4)]
    i, f, gg, o = sq.op("sigmoid", g[0]), sq.op("sigmoid", g[1]), sq.op("tanh", g[2]), \
        sq.op("sigmoid", g[3])
    hp, cp = prev(n, j, 0, 0), prev(n, j, 2, 1)
    c = s.add(s.mul(f, cp), s.mul(i, gg))
    h = s.mul(o, sq.op("tanh", c))
    for slot, v in enumerate((h, hp, c, cp, i, f, gg, o)):
        put(v, n, j, slot)


def _gru_cell(sq, pre, prev, put, n, j):
    s = sq.s
    (xr, hr), (xz, hz), (xn, hn) = (pre(n, j, q) for q in range(3))
    r, z = sq.op("sigmoid", s.add(xr, hr)), sq.op("sigmoid", s.add(xz, hz))
    nn = sq.op("tanh", s.add(xn, s.mul(r, hn)))
    hp = prev(n, j, 0, 0)
    h = s.add(s.mul(s.sub(s.const(1.0), z), nn), s.mul(z, hp))
    for slot, v in enumerate((h, hp, r, z, nn, hn)):
        put(v, n, j, slot)


@register_lowering("llvm", "rnn_seq")
def lower_rnn_seq(em, b, k, ptrs):
    """inputs [gx, h0, w_hh, b], outputs [packed, scratch (NB, H), W_hh^T]."""
    _seq_forward(em, b, k, ptrs, 1, 1, _rnn_cell(k.attrs["activation"]))


@register_lowering("llvm", "lstm_seq")
def lower_lstm_seq(em, b, k, ptrs):
    """inputs [gx, h0, c0, w_hh, b], outputs [packed, scratch (NB, 4H), W_hh^T]; when H is
    a multiple of the vector width, the product and the cell in one kernel (lstm_step.py)."""
    hid = k.inputs[-2].shape[1].b
    dt = em.plan.buffers[k.outputs[0].buf].dtype
    if not lstm_step.fits(dt, hid):
        return _seq_forward(em, b, k, ptrs, 4, 2, _lstm_cell)
    sq0 = _Seq(em, b, k, ptrs, b.function.args[0], b.function.args[1])
    lstm_step.pack(b, sq0.ptr[-2], hid, sq0.extra[1], dt)
    save = bool(k.attrs.get("save", True))
    _rows_parallel(em, b, k, ptrs, lambda sq: (setattr(sq, "hid", hid),
                                               lstm_step.lstm_rows(sq, save)))


@register_lowering("llvm", "gru_seq")
def lower_gru_seq(em, b, k, ptrs):
    """inputs [gx, h0, w_hh, b], outputs [packed, scratch (NB, 3H), W_hh^T]."""
    _seq_forward(em, b, k, ptrs, 3, 1, _gru_cell)


# ---- gradients --------------------------------------------------------------------------------


def _seq_backward(em, b, k, ptrs, *how):
    """Reverse loop: cell(n, j) writes the step's cotangents; GEMM dh_{t-1} = dpre W_hh into
    the carry slot; finish(n, j) adds the rest of dh_{t-1}. Threads take row ranges."""
    _rows_parallel(em, b, k, ptrs, lambda sq: _backward_rows(sq, *how))


def _backward_rows(sq, k_in, dpre_slot, dpre_gates, carry_slots, cell, finish):
    k = sq.k
    ct, packed, w_hh = sq.ptr
    sq.hid = k.inputs[2].shape[1].b
    kin = k_in * sq.hid
    ct_lo, ct_n = k.attrs.get("ct_slots", (0, k_in))
    for t in _time_loop(sq, True):
        last = sq.b.icmp_signed("==", t, sq.b.sub(sq.T, i64(1)))

        def g(p, slot, n, j, t=t):
            return sq.ld(p, kin, t, n, sq.col(j, slot))

        def g_ct(slot, n, j, t=t):  # slots outside ct_slots: a zero pad the plan dropped
            if not ct_lo <= slot < ct_lo + ct_n:
                return splat(sq.cur, 0.0)
            return sq.ld(ct, ct_n * sq.hid, t, n, sq.col(j, slot - ct_lo))

        def carry(n, j, slot, t=t, last=last):
            c = sq.col(j, slot)
            return sq.ld_or(last, sq.addr(sq.out, sq.width, t, n, c),
                            sq.addr(sq.out, sq.width, sq.b.add(t, i64(1)), n, c), zero=True)

        def put(v, n, j, slot, t=t):
            sq.st(v, sq.out, sq.width, t, n, sq.col(j, slot))

        def out(n, j, slot, t=t):
            return sq.ld(sq.out, sq.width, t, n, sq.col(j, slot))

        io = dict(ct=g_ct,
                  p=lambda q, n, j, g=g: g(packed, q, n, j), carry=carry, put=put, out=out)
        sq.each(lambda n, j, io=io: cell(sq, io, n, j))
        kk = dpre_gates * sq.hid
        sq.gemm(sq.b.sub(sq.hi, sq.lo), sq.hid, kk,
                sq.addr(sq.out, sq.width, t, sq.lo, i64(dpre_slot * sq.hid)), sq.width, w_hh,
                sq.hid, sq.addr(sq.out, sq.width, t, sq.lo, i64(carry_slots * sq.hid)),
                sq.width)
        sq.each(lambda n, j, io=io: finish(sq, io, n, j))


def _rnn_grad_cell(act):
    def cell(sq, io, n, j):
        s = sq.s
        dpre = s.mul(s.add(io["ct"](0, n, j), io["carry"](n, j, 1)),
                     _act_grad(sq, act, io["p"](0, n, j)))
        io["put"](dpre, n, j, 0)

    return cell


def _rnn_grad_finish(sq, io, n, j):
    io["put"](sq.s.add(io["out"](n, j, 1), io["ct"](1, n, j)), n, j, 1)


def _lstm_grad_cell(sq, io, n, j):
    s = sq.s
    one = s.const(1.0)
    c, cp, i, f, g, o = (io["p"](q, n, j) for q in range(2, 8))
    ch, cc, ccp, ci, cf, cg, co = (io["ct"](q, n, j) for q in (0, 2, 3, 4, 5, 6, 7))
    dh = s.add(ch, io["carry"](n, j, 4))
    tc = sq.op("tanh", c)
    dc = s.add(s.add(cc, io["carry"](n, j, 5)), s.mul(s.mul(dh, o), s.sub(one, s.mul(tc, tc))))
    di, df = s.add(s.mul(dc, g), ci), s.add(s.mul(dc, cp), cf)
    dg, do = s.add(s.mul(dc, i), cg), s.add(s.mul(dh, tc), co)
    dpre = (s.mul(s.mul(di, i), s.sub(one, i)), s.mul(s.mul(df, f), s.sub(one, f)),
            s.mul(dg, s.sub(one, s.mul(g, g))), s.mul(s.mul(do, o), s.sub(one, o)))
    for q, v in enumerate(dpre):
        io["put"](v, n, j, q)
    io["put"](s.add(s.mul(dc, f), ccp), n, j, 5)


def _lstm_grad_finish(sq, io, n, j):
    io["put"](sq.s.add(io["out"](n, j, 4), io["ct"](1, n, j)), n, j, 4)


def _gru_grad_cell(sq, io, n, j):
    s = sq.s
    one = s.const(1.0)
    hp, r, z, nn, ghn = (io["p"](q, n, j) for q in range(1, 6))
    ch, cr, cz, cn, cghn = (io["ct"](q, n, j) for q in (0, 2, 3, 4, 5))
    dh = s.add(ch, io["carry"](n, j, 6))
    dn = s.add(s.mul(dh, s.sub(one, z)), cn)
    dz = s.add(s.mul(dh, s.sub(hp, nn)), cz)
    dnp = s.mul(dn, s.sub(one, s.mul(nn, nn)))
    dr = s.add(s.mul(dnp, ghn), cr)
    drp = s.mul(s.mul(dr, r), s.sub(one, r))
    dzp = s.mul(s.mul(dz, z), s.sub(one, z))
    for q, v in enumerate((drp, dzp, dnp, drp, dzp, s.add(s.mul(dnp, r), cghn))):
        io["put"](v, n, j, q)


def _gru_grad_finish(sq, io, n, j):
    s = sq.s
    dh = s.add(io["ct"](0, n, j), io["carry"](n, j, 6))
    z = io["p"](3, n, j)
    v = s.add(s.add(io["out"](n, j, 6), s.mul(dh, z)), io["ct"](1, n, j))
    io["put"](v, n, j, 6)


@register_lowering("llvm", "rnn_seq_grad")
def lower_rnn_seq_grad(em, b, k, ptrs):
    act = k.attrs["activation"]
    _seq_backward(em, b, k, ptrs, 2, 0, 1, 1, _rnn_grad_cell(act), _rnn_grad_finish)


@register_lowering("llvm", "lstm_seq_grad")
def lower_lstm_seq_grad(em, b, k, ptrs):
    _seq_backward(em, b, k, ptrs, 8, 0, 4, 4, _lstm_grad_cell, _lstm_grad_finish)


@register_lowering("llvm", "gru_seq_grad")
def lower_gru_seq_grad(em, b, k, ptrs):
    _seq_backward(em, b, k, ptrs, 6, 3, 3, 6, _gru_grad_cell, _gru_grad_finish)
