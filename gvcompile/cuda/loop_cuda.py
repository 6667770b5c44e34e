"""Loop nests of the kernel plan (``plan.Loop``) as CUDA kernels, one ``__global__`` per Loop.

  store loops      a grid-stride loop over the (normalised) domain: one thread per point
  sum / max loops  the sink's zero-stride axes are reduced: one block per kept point, threads
                   stride over the reduced axes, block reduction (warp shuffles + shared
                   memory), thread 0 combines with the accumulator the plan initialised;
                   short constant reductions run one thread per kept point instead
  scatter sums     when the kept axes may map two points to one element (col2im), atomicAdd
The body evaluates the plan's expression DAG with ``OPS[op].scalar`` on CudaScalarOps, as the
per-node kernels do. Pointers are parameters ``b<id>`` (one per buffer), offsets and strides
``a*N+b`` expressions of the run-time batch extent.
"""

from __future__ import annotations

from ..ops import OPS
from ..plan.extent import Lin, numel
from ..plan.kernels import Access, Loop, Sink
from .kernel import (
    CTYPES,
    N_PARAM,
    Kernel,
    Param,
    c_lin,
    flat_config,
    grid_stride,
    rows_config,
    signature,
    unravel,
)
from .scalar_cuda import CudaScalarOps, c_literal, indent

SERIAL_REDUCE_MAX = 32  # constant reductions up to this length: one thread per kept point
_CHECK_N = (1, 2, 3, 17, 1024)


def normalise(lp: Loop):
    """(domain, loads, sinks) without unit axes, adjacent axes merged where every access walks
    them contiguously."""
    keep = [k for k, e in enumerate(lp.domain) if e != Lin(0, 1)]

    def pick(a, ks):
        return Access(a.buf, a.offset, tuple(a.strides[k] for k in ks))

    dom = [lp.domain[k] for k in keep]
    loads = [pick(a, keep) for a in lp.loads]
    sinks = [Sink(s.expr, pick(s.access, keep), s.mode) for s in lp.sinks]
    k = len(dom) - 2
    while k >= 0:
        accs = loads + [s.access for s in sinks]
        try:
            ok = all(a.strides[k] == a.strides[k + 1] * dom[k + 1] for a in accs)
        except ValueError:
            ok = False
        if ok:
            dom[k:k + 2] = [dom[k] * dom[k + 1]]

            def fold(a, k=k):
                st = list(a.strides)
                st[k:k + 2] = [st[k + 1]]
                return Access(a.buf, a.offset, tuple(st))

            loads = [fold(a) for a in loads]
            sinks = [Sink(s.expr, fold(s.access), s.mode) for s in sinks]
        k -= 1
    return tuple(dom), loads, sinks


def injective(dom, strides) -> bool:
    """Distinct domain points map to distinct offsets (sufficient test, at several N)."""
    for n in _CHECK_N:
        pairs = sorted((abs(s.eval(n)), e.eval(n)) for e, s in zip(dom, strides, strict=True)
                       if e.eval(n) > 1)
        span = 0
        for s, e in pairs:
            if s <= span:
                return False
            span += s * (e - 1)
    return True


def _addr(acc: Access, idx: list[str]) -> str:
    terms = [c_lin(acc.offset)] if acc.offset != Lin() else []
    for i, s in zip(idx, acc.strides, strict=True):
        if s == Lin():
            continue
        terms.append(i if s == Lin(0, 1) else f"{i} * {c_lin(s)}")
    return " + ".join(terms) or "0"


class _Body:
    """C lines computing the expression DAG of one Loop at index variables ``idx``."""

    def __init__(self, lp: Loop, bufs):
        self.lp, self.bufs = lp, bufs
        self.t = CTYPES[lp.dtype.name]

    def lines(self, loads, idx) -> tuple[list[str], list[str]]:
        lp, t = self.lp, self.t
        out, vals = [], []
        s = None
        for e in lp.exprs:
            if e[0] == "load":
                a = loads[e[1]]
                out.append(f"const {t} l{len(vals)} = ({t})b{a.buf}[{_addr(a, idx)}];")
                vals.append(f"l{len(vals)}")
            elif e[0] == "const":
                vals.append(c_literal(e[1], lp.dtype) if lp.dtype.kind == "f"
                            else f"({t}){int(e[1])}")
            elif e[0] == "lin":
                vals.append(f"({t}){c_lin(e[1])}")
            else:
                if s is None:
                    s = CudaScalarOps(lp.dtype, prefix="v")
                    s.lines = out
                _, name, attrs, args = e
                vals.append(OPS[name].scalar(s, *[vals[i] for i in args], **dict(attrs)))
        return out, vals


def _params(lp_loads, sinks, bufs) -> list[Param]:
    read = {a.buf for a in lp_loads}
    written = {s.access.buf for s in sinks}
    params = []
    for b in sorted(read | written):
        ct = CTYPES[bufs[b].dtype.name]
        params.append(Param(f"b{b}", f"{'' if b in written else 'const '}{ct} *",
                            ("buf", b)))
    return params + [N_PARAM]


def _store(s: Sink, vals, idx, bufs, atomic=False) -> str:
    ct = CTYPES[bufs[s.access.buf].dtype.name]
    dst = f"b{s.access.buf}[{_addr(s.access, idx)}]"
    v = f"({ct}){vals[s.expr]}"
    if s.mode == "store":
        return f"{dst} = {v};"
    if atomic:
        return f"atomicAdd(&{dst}, {v});"
    return f"{dst} = {dst} + {v};" if s.mode == "sum" else f"{dst} = gv_max({dst}, {v});"


def _nonzero(acc: Access) -> set[int]:
    return {k for k, st in enumerate(acc.strides) if st != Lin()}


def schedule(dom, loads, sinks) -> tuple[list[int], set[int]]:
    """(parallel axes, buffers whose sinks need atomicAdd). A written buffer constrains the
    parallel axes to those its access walks, when every load and sink of it uses one access
    that is injective on those axes (so distinct parallel points touch distinct elements and
    the loop-carried order along the other axes is kept inside a thread); a buffer only ever
    sum-accumulated through other accesses (a scatter) is updated atomically; anything else
    runs on one thread, in the plan's order."""
    par = set(range(len(dom)))
    atomic = set()
    for b in sorted({s.access.buf for s in sinks}):
        accs = {s.access for s in sinks if s.access.buf == b}
        accs |= {a for a in loads if a.buf == b}
        (acc, *others) = list(accs)
        nz = sorted(_nonzero(acc))
        if not others and injective([dom[k] for k in nz], [acc.strides[k] for k in nz]):
            par &= set(nz)
        elif all(s.mode == "sum" for s in sinks if s.access.buf == b) and \
                not any(a.buf == b for a in loads):
            atomic.add(b)
        else:
            return [], set()
    return sorted(par), atomic


def loop_kernel(name: str, header: str, lp: Loop, bufs) -> Kernel:
    dom, loads, sinks = normalise(lp)
    par, atomic = schedule(dom, loads, sinks)
    seq = [k for k in range(len(dom)) if k not in par]
    inner = numel([dom[k] for k in seq])
    if (len(sinks) == 1 and sinks[0].mode != "store" and not atomic and seq
            and not any(a.buf == sinks[0].access.buf for a in loads)
            and not (inner.a == 0 and inner.b <= SERIAL_REDUCE_MAX)):
        return _block_reduce(name, header, lp, dom, loads, sinks[0], bufs, par, seq)
    return _generic(name, header, lp, dom, loads, sinks, bufs, par, seq, atomic)


def _text(name, header, params, lines) -> str:
    return (f"{header}\nGV_KERNEL void {name}({signature(params)}) {{\n"
            f"{indent(lines, 2)}\n}}\n")


def _split_index(dom, kept, red, row: str, r: str):
    k_lines, k_idx = unravel(row, [dom[k] for k in kept], "k")
    r_lines, r_idx = unravel(r, [dom[k] for k in red], "j")
    idx = [""] * len(dom)
    for k, v in zip(kept, k_idx, strict=True):
        idx[k] = v
    for k, v in zip(red, r_idx, strict=True):
        idx[k] = v
    return k_lines, r_lines, idx


def _generic(name, header, lp, dom, loads, sinks, bufs, par, seq, atomic) -> Kernel:
    """Thread per point of the parallel axes; the other axes in row-major order inside."""
    rows, inner = numel([dom[k] for k in par]), numel([dom[k] for k in seq])
    k_lines, r_lines, idx = _split_index(dom, par, seq, "gi", "r")
    body, vals = _Body(lp, bufs).lines(loads, idx)
    stores = [_store(s, vals, idx, bufs, s.access.buf in atomic) for s in sinks]
    point = r_lines + body + stores
    if seq:
        point = [f"for (long long r = 0; r < {c_lin(inner)}; ++r) {{", indent(point, 2), "}"]
    lines = [grid_stride(c_lin(rows)) + " {", indent(k_lines + point, 2), "}"]
    params = _params(loads, sinks, bufs)
    how = (f"thread per point of axes {par}" + (f", axes {seq} in order inside" if seq else "")
           + (" (scatter: atomicAdd)" if atomic else ""))
    return Kernel(name, params, _text(name, f"{header}\n//   {how}", params, lines),
                  flat_config(rows))


def _block_reduce(name, header, lp, dom, loads, sink, bufs, kept, red) -> Kernel:
    rows, inner = numel([dom[k] for k in kept]), numel([dom[k] for k in red])
    k_lines, r_lines, idx = _split_index(dom, kept, red, "row", "r")
    body, vals = _Body(lp, bufs).lines(loads, idx)
    t = CTYPES[lp.dtype.name]
    ident = c_literal(0.0 if sink.mode == "sum" else float("-inf"), lp.dtype)
    op = "gv_sum_op()" if sink.mode == "sum" else "gv_max_op()"
    comb = (f"acc = acc + {vals[sink.expr]};" if sink.mode == "sum"
            else f"acc = gv_max(acc, {vals[sink.expr]});")
    lines = [f"__shared__ {t} sh[32];",
             f"for (long long row = blockIdx.x; row < {c_lin(rows)}; row += gridDim.x) {{",
             indent(k_lines, 2), f"  {t} acc = {ident};",
             f"  for (long long r = threadIdx.x; r < {c_lin(inner)}; r += blockDim.x) {{",
             indent(r_lines + body + [comb], 4), "  }",
             f"  acc = gv_block_reduce(acc, {ident}, {op}, sh);",
             "  if (threadIdx.x == 0) " + _store(Sink(0, sink.access, sink.mode), ["acc"], idx,
                                                  bufs),
             "}"]
    params = _params(loads, [sink], bufs)
    return Kernel(name, params, _text(name, header + f" ({sink.mode}: block per point)",
                                      params, lines), rows_config(rows, inner), fibers=True)
