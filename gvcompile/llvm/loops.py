"""Loop nests of the plan (``Loop``) as LLVM functions.

Each Loop becomes ``internal void L(i64 N, i64 lo, i64 hi, ptr noalias b...)`` running axis 0
over [lo, hi) (after dropping unit axes and merging axes every access walks contiguously), and,
when it may be split across threads (no accumulation along axis 0), a trampoline
``L.par(ptr ctx, i64 tid, i64 nt)`` for gv_parallel. The body evaluates the expression DAG with
``OPS[op].scalar`` on LLVMScalarOps: the backend never re-implements an op's math.
"""

from __future__ import annotations

from llvmlite import ir

from ..ops import OPS
from ..plan.extent import Lin
from ..plan.kernels import Access, Loop, Sink
from .irutil import I64, PTR, VOID, counted_loop, ftype, i64, lin_value
from .scalar_ops import FLAGS, LLVMScalarOps


def _mergeable(domain, accesses, k) -> bool:
    try:
        return all(a.strides[k] == a.strides[k + 1] * domain[k + 1] for a in accesses)
    except ValueError:
        return False


def normalise(lp: Loop) -> tuple[tuple[Lin, ...], list[Access], list[Sink]]:
    """Drop unit axes and merge adjacent axes that every access walks contiguously."""
    dom = list(lp.domain)
    loads = list(lp.loads)
    sinks = list(lp.sinks)
    keep = [k for k, e in enumerate(dom) if e != Lin(0, 1)]

    def pick(a: Access, ks):
        return Access(a.buf, a.offset, tuple(a.strides[k] for k in ks))

    dom = [dom[k] for k in keep]
    loads = [pick(a, keep) for a in loads]
    sinks = [Sink(s.expr, pick(s.access, keep), s.mode) for s in sinks]
    k = len(dom) - 2
    while k >= 0:
        accs = loads + [s.access for s in sinks]
        if _mergeable(dom, accs, k):
            merged = dom[k] * dom[k + 1]
            dom[k:k + 2] = [merged]

            def fold(a, k=k):
                st = list(a.strides)
                st[k:k + 2] = [st[k + 1]]
                return Access(a.buf, a.offset, tuple(st))

            loads = [fold(a) for a in loads]
            sinks = [Sink(s.expr, fold(s.access), s.mode) for s in sinks]
        k -= 1
    return tuple(dom), loads, sinks


def _nonneg(x: Lin) -> bool:
    """x >= 0 for every batch extent N >= 1."""
    return x.a >= 0 and x.a + x.b >= 0


def _magnitude(x: Lin) -> Lin | None:
    if _nonneg(x):
        return x
    return -x if _nonneg(-x) else None


def disjoint_rows(dom, a: Access) -> bool:
    """Different indices along axis 0 touch disjoint elements through access ``a``: the axis-0
    step exceeds the span of all other axes (for every N >= 1)."""
    s0 = _magnitude(a.strides[0])
    if s0 is None or s0 == Lin():
        return False
    span = Lin()
    try:
        for e, st in zip(dom[1:], a.strides[1:], strict=True):
            m = _magnitude(st)
            if m is None:
                return False
            span = span + m * (e - 1)
    except ValueError:  # not linear in N: give up (run sequentially)
        return False
    return _nonneg(s0 - span - 1)


EXACT_SUM = ("nsz",)  # accumulations in loop order: the result never depends on N or threads


def sum_flags(dom, sink: Sink) -> tuple:
    """Fast-math flags of a sum sink's add. Only a reduction along the innermost axis (a fixed
    extent, the same code for every row) may reassociate: that is what vectorises it. A sum
    over outer axes (pool windows, the batch) vectorises across its outputs without
    reassociation; with ``reassoc`` LLVM may vectorise the row axis and evaluate the rows of
    the vector body and of the scalar remainder in different orders, so one row's bits would
    depend on N and on the thread split. The axes inside a row must have fixed extents (then
    every row runs the same code: see ``_row``); a reduction over the row axis itself (a 1-D
    domain) depends on N anyway."""
    if dom and sink.access.strides[-1] == Lin() and all(e.const for e in dom[1:]):
        return FLAGS
    return EXACT_SUM


def parallel_ok(dom, sinks) -> bool:
    """Axis 0 may be split over threads: plain stores that move along axis 0 (a tensor view
    never maps two points to one element), and accumulations (or stores that revisit an
    element, e.g. running flags) whose axis-0 slices are disjoint."""
    if not dom:
        return False
    return all((s.mode == "store" and s.access.strides[0] != Lin() and
                all(st != Lin() for st in s.access.strides)) or disjoint_rows(dom, s.access)
               for s in sinks)


# A loop with a trampoline is called twice (serially by its kernel and by the trampoline on
# each thread): inlined into both, every loop was optimised and compiled twice (issue 16)
NOINLINE_PARALLEL = True


class LoopEmitter:
    def __init__(self, module: ir.Module, plan):
        self.m = module
        self.plan = plan

    def emit(self, name: str, lp: Loop, bufs: list[int]) -> tuple[ir.Function, object, tuple]:
        """Returns (function, trampoline or None, normalised domain)."""
        dom, loads, sinks = normalise(lp)
        fn, ptrs = self._function(name, ("N", "lo", "hi"), bufs)
        n, lo, hi = fn.args[:3]
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        fty = ftype(lp.dtype)
        self.sum_flags = [sum_flags(dom, sk) for sk in sinks]
        if len(dom) > 1 and FLAGS in self.sum_flags:
            row = self._row(name, lp, (dom, loads, sinks), bufs)
            with counted_loop(b, lo, hi, "i0") as i:
                b.call(row, [n, i] + [ptrs[x] for x in bufs])
        else:
            ext, strides, offs = self._geometry(b, n, dom, loads, sinks)
            if not dom:
                self._body(b, lp, fty, ptrs, loads, sinks, offs)
            else:
                self._nest(b, lp, fty, ptrs, loads, sinks, offs, strides, ext, 0, lo, hi)
        b.ret_void()
        tramp = self._trampoline(name, fn, len(bufs)) if parallel_ok(dom, sinks) else None
        if tramp is not None and NOINLINE_PARALLEL:
            fn.attributes.add("noinline")
        return fn, tramp, dom

    def _function(self, name, ints, bufs):
        fn = ir.Function(self.m, ir.FunctionType(VOID, [I64] * len(ints) + [PTR] * len(bufs)),
                         name)
        fn.linkage = "internal"
        for a, nm in zip(fn.args, ints, strict=False):
            a.name = nm
        ptrs = {}
        for b, a in zip(bufs, fn.args[len(ints):], strict=True):
            a.name = f"b{b}_{self.plan.buffers[b].name}"
            a.add_attribute("noalias")
            ptrs[b] = a
        return fn, ptrs

    @staticmethod
    def _geometry(b, n, dom, loads, sinks):
        """Run-time extents (axis 0's is None: the caller's range bounds it), per-access
        strides and offsets."""
        # axis 0's extent was computed and never used: that dead product (N * 84 against
        # N * 120) kept equal loops of different shapes apart in kcache (issue 16)
        ext = [None] + [lin_value(b, e, n) for e in dom[1:]] if dom else []
        accs = loads + [s.access for s in sinks]
        strides = [[lin_value(b, s, n) for s in a.strides] for a in accs]
        return ext, strides, [lin_value(b, a.offset, n) for a in accs]

    def _row(self, name, lp, nest, bufs):
        """``L.row(N, i0, b...)``: axes 1.. at axis-0 index i0, never inlined. A reassociating
        reduction is then compiled once for every row: LLVM cannot vectorise or unroll the row
        axis around it (which would give the rows of a vector body and of its remainder
        different summation orders, so results would depend on N and the thread split)."""
        dom, loads, sinks = nest
        fn, ptrs = self._function(name + ".row", ("N", "i0"), bufs)
        fn.attributes.add("noinline")
        n, i0 = fn.args[:2]
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        ext, strides, offs = self._geometry(b, n, dom, loads, sinks)
        offs = [b.add(o, b.mul(i0, st[0], flags=["nsw"]), flags=["nsw"])
                for o, st in zip(offs, strides, strict=True)]
        self._nest(b, lp, ftype(lp.dtype), ptrs, loads, sinks, offs, strides, ext, 1, None, None)
        b.ret_void()
        return fn

    def _nest(self, b, lp, fty, ptrs, loads, sinks, offs, strides, ext, k, lo, hi):
        start = lo if k == 0 else i64(0)
        stop = hi if k == 0 else ext[k]
        with counted_loop(b, start, stop, f"i{k}") as i:
            cur = [b.add(o, b.mul(i, s[k], flags=["nsw"]), flags=["nsw"])
                   for o, s in zip(offs, strides, strict=True)]
            if k + 1 < len(ext):
                self._nest(b, lp, fty, ptrs, loads, sinks, cur, strides, ext, k + 1, lo, hi)
            else:
                self._body(b, lp, fty, ptrs, loads, sinks, cur)

    def _body(self, b, lp, fty, ptrs, loads, sinks, offs):
        s = LLVMScalarOps(b, fty)
        vals = []
        for e in lp.exprs:
            if e[0] == "load":
                a = loads[e[1]]
                p = b.gep(ptrs[a.buf], [offs[e[1]]], source_etype=fty, inbounds=True)
                vals.append(b.load(p, typ=fty))
            elif e[0] == "const":
                vals.append(ir.Constant(fty, e[1]))
            elif e[0] == "lin":
                vals.append(b.sitofp(lin_value(b, e[1], b.function.args[0]), fty))
            else:
                _, op, attrs, args = e
                vals.append(OPS[op].scalar(s, *(vals[i] for i in args), **dict(attrs)))
        for j, sk in enumerate(sinks):
            v = s._f(vals[sk.expr])
            p = b.gep(ptrs[sk.access.buf], [offs[len(loads) + j]], source_etype=fty,
                      inbounds=True)
            if sk.mode == "sum":
                v = b.fadd(b.load(p, typ=fty), v, flags=self.sum_flags[j])
            elif sk.mode == "max":
                v = s.max(b.load(p, typ=fty), v)  # NaN-propagating, as np.max
            b.store(v, p)

    def _trampoline(self, name, fn, nbuf):
        """``L.par(ctx, tid, nt)``: ctx = {i64 N, i64 extent0, ptr b...}; runs its share."""
        ctx_t = ir.LiteralStructType([I64, I64] + [PTR] * nbuf)
        t = ir.Function(self.m, ir.FunctionType(VOID, [PTR, I64, I64]), name + ".par")
        t.linkage = "internal"
        ctx, tid, nt = t.args
        b = ir.IRBuilder(t.append_basic_block("entry"))

        def field(k, ty):
            return b.load(b.gep(ctx, [i64(0), ir.Constant(ir.IntType(32), k)],
                                source_etype=ctx_t), typ=ty)

        n, ext = field(0, I64), field(1, I64)
        lo = b.sdiv(b.mul(ext, tid), nt)
        hi = b.sdiv(b.mul(ext, b.add(tid, i64(1))), nt)
        b.call(fn, [n, lo, hi] + [field(2 + j, PTR) for j in range(nbuf)])
        b.ret_void()
        return t, ctx_t
