"""Implicit-GEMM B panels read in place by the micro-kernels (gemm.py, issue 14): which
panels can be, from the column-offset and run tables (plan/conv.py conv_tables, gemm.py
runs_table), and the vector loads that replace a packed panel's. A panel qualifies when it is
NR columns in NR/VW pieces of VW contiguous offsets anywhere (each vector one load: image rows
of VW or more, two 16-pixel rows in one 32-column panel), 2 NR/VW pieces of VW/2 (rows of
VW/2: two half loads joined per vector) or NR/VW stride-2 runs of VW (a stride-2
convolution's rows: a load and a masked load, the even lanes kept). Same values as the
packed panel's, so the micro-kernels' sums are the same bits.
"""

from __future__ import annotations

from llvmlite import ir

from .irutil import I1, I32, I64, i64, imin


def vectors(gen, b, row, at, mode):
    """B row k's NR/VW vectors read in place (``mode`` as _ukernel's ``direct``): one
    load each (1); the even lanes of a load and a masked load of the next VW - 1 (3: the
    last lane of a stride-2 run is 2 VW - 2 further); or its halves loaded apart and
    joined (2: vinsert*x* of a memory operand)."""
    vw, al = gen.bk.vw, gen.dt.itemsize
    if mode == 1:
        return [b.load(gen._gep(b, row, d), typ=gen.v, align=al) for d in at]
    if mode == 3:
        lanes = ir.VectorType(I64, vw)
        mask = b.icmp_signed("<", ir.Constant(lanes, list(range(vw))),
                             ir.Constant(lanes, [vw - 1] * vw))
        even = ir.Constant(ir.VectorType(I32, vw), list(range(0, 2 * vw, 2)))
        out = []
        for d in at:
            p = gen._gep(b, row, d)
            lo = b.load(p, typ=gen.v, align=al)
            hi = b.call(gen.mload, [gen._gep(b, p, i64(vw)), ir.Constant(I32, al), mask,
                                    ir.Constant(gen.v, None)])
            out.append(b.shuffle_vector(lo, hi, even))
        return out
    half = ir.VectorType(gen.f, vw // 2)
    join = ir.Constant(ir.VectorType(I32, vw), list(range(vw)))
    return [b.shuffle_vector(b.load(gen._gep(b, row, lo), typ=half, align=al),
                             b.load(gen._gep(b, row, hi), typ=half, align=al), join)
            for lo, hi in zip(at[0::2], at[1::2], strict=True)]


def vector_runs(gen, b, cols, nr, vw, exact=False):
    """(whether the panel at ``cols`` is NR columns whose every piece of vw is one
    contiguous run, [its first offset, then each later piece's start from there]).
    noff is strictly increasing (plan/conv.py), so a span of vw - 1 is contiguous; the
    offsets read stay within the panel's nr columns. ``exact``: piece j must also start j vw
    after the first (the whole panel one run: gemm.py VECTOR_RUNS off)."""
    last = b.sub(nr, i64(1))

    def off(j):
        p = b.gep(cols, [imin(b, i64(j), last)], source_etype=I32)
        return b.sext(b.load(p, typ=I32), I64)
    full = b.icmp_signed("==", nr, i64(gen.bk.nr))
    starts = []
    for j in range(0, gen.bk.nr, vw):
        s = off(j)
        full = b.and_(full, b.icmp_signed("==", b.sub(off(j + vw - 1), s), i64(vw - 1)))
        if j and exact:
            full = b.and_(full, b.icmp_signed("==", b.sub(s, starts[0]), i64(j)))
        starts.append(s)
    return full, [starts[0]] + [b.sub(s, starts[0]) for s in starts[1:]]


def even_runs(gen, b, cols, nr):
    """(whether the panel is NR/VW runs of VW columns every other element apart, as the
    run table says (runs_table: flag 2, that many triples, each VW long), [first offset,
    later runs' starts from there]). Entries past the flag are read only when it is 2
    (the table is just the flag otherwise), triples only when there are NR/VW."""
    vw, per = gen.bk.vw, gen.bk.nr // gen.bk.vw

    def at(i, ok):  # runs[i] where ok, else the flag (always there)
        p = b.gep(cols[1], [b.select(ok, i, i64(0))], source_etype=I32)
        return b.sext(b.load(p, typ=I32), I64)
    two = b.icmp_signed("==", at(i64(0), ir.Constant(I1, True)), i64(2))
    t0 = at(b.add(cols[2], i64(1)), two)
    t1 = at(b.add(cols[2], i64(2)), two)
    ok = b.and_(b.and_(two, b.icmp_signed("==", nr, i64(gen.bk.nr))),
                b.icmp_signed("==", b.sub(t1, t0), i64(per)))
    full, starts = ok, []
    for j in range(per):
        t = b.mul(b.add(t0, i64(j)), i64(3))
        full = b.and_(full, b.icmp_signed("==", at(b.add(t, i64(2)), ok), i64(vw)))
        starts.append(at(b.add(t, i64(1)), ok))
    return full, [starts[0]] + [b.sub(s, starts[0]) for s in starts[1:]]
