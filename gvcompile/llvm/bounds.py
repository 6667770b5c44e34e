"""GV_BOUNDS=1: before each kernel the entry point checks, at run time, the element range every
access of the kernel touches against its buffer, and stops the call with a BoundsError instead
of reading or writing outside it.

Every access of a plan is affine in the run-time batch N: an offset and (extent, stride) axes,
all Lins. Its footprint is [offset + sum of the negative (extent-1)*stride, offset + sum of the
positive ones] (empty when an extent is <= 0), compared with the buffer's planned size at this
N (arguments and outputs: their size; arena blocks: their planned block, which must itself lie
inside the arena). Loop kernels: every load and sink over the loop's domain. Op kernels: the
footprint of their input and output views, except matmul, whose lowering addresses its operands
through (rows, columns, batch) strides of its own (and the implicit-GEMM offset tables), so its
footprint mirrors gemm.py's lower_matmul. Memory an op kernel allocates itself (the GEMM's
per-thread packing workspace from gv_workspace) is not a plan buffer and is not checked.

A failed check calls ``gv_bounds_fail(msg, lo, hi, size, N)`` (a ctypes callback registered
with the JIT; msg is a constant string naming the kernel, its IR nodes and layers, the access
and the buffer) and returns from the entry point; ``raise_pending()`` turns the record into a
BoundsError once the call is back in Python. ``check_plan`` evaluates the same footprints in
Python: the CUDA target's host launcher runs it once per batch extent before launching (its
generated kernels are not instrumented; an exported CUDA library has no check).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import llvmlite.binding as llvm
from llvmlite import ir

from ..errors import BoundsError
from ..plan.extent import Lin, numel
from ..plan.kernels import Access, Kernel, Plan
from ..plan.view import View
from .irutil import I8, I64, PTR, VOID, get_function, i64, imax, imin, lin_value

_FAIL = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_int64, ctypes.c_int64,
                         ctypes.c_int64, ctypes.c_int64)
_pending: list[tuple[str, int, int, int, int]] = []


@_FAIL
def _fail(msg, lo, hi, size, n):
    _pending.append((msg.decode(), lo, hi, size, n))


def register() -> None:
    """Make ``gv_bounds_fail`` resolvable by JIT'd code (before any checked module loads)."""
    llvm.add_symbol("gv_bounds_fail", ctypes.cast(_fail, ctypes.c_void_p).value)


def raise_pending() -> None:
    """Raise the BoundsError of the last failed check (if any) and clear it."""
    if not _pending:
        return
    msg, lo, hi, size, n = _pending[-1]
    _pending.clear()
    raise BoundsError(f"{msg}: elements [{lo}, {hi}] at N={n}, but the buffer holds {size} "
                      f"(valid [0, {size - 1}])")


@dataclass(frozen=True)
class Footprint:
    """Elements ``offset + sum_i k_i * stride_i`` for 0 <= k_i < extent_i of buffer ``buf``."""

    buf: int
    offset: Lin
    axes: tuple[tuple[Lin, Lin], ...]  # (extent, stride)
    what: str  # which access, for the message


def access_fp(dom, a: Access, what: str) -> Footprint:
    return Footprint(a.buf, a.offset, tuple(zip(dom, a.strides, strict=True)), what)


def view_fp(v: View, what: str) -> Footprint:
    return Footprint(v.buf, v.offset, tuple(zip(v.shape, v.strides, strict=True)), what)


def loop_footprints(k: Kernel) -> list[Footprint]:
    out = []
    for j, lp in enumerate(k.loops):
        out += [access_fp(lp.domain, a, f"loop {j} load {i}") for i, a in enumerate(lp.loads)]
        out += [access_fp(lp.domain, s.access, f"loop {j} {s.mode} {i}")
                for i, s in enumerate(lp.sinks)]
    return out


def _matmul_geometry(k: Kernel):
    """(M, Nn, K, rsa, csa, rsb, csb) Lins as gemm.lower_matmul derives them (explicit B)."""
    va, vb = k.inputs[:2]
    kk = va.shape[-1]
    if k.attrs.get("trans_a", False):
        return kk, vb.shape[-1], numel(va.shape[:-1]), Lin(0, 1), kk, vb.shape[-1], Lin(0, 1)
    if k.attrs.get("trans_b", False):
        return numel(va.shape[:-1]), vb.shape[0], kk, kk, Lin(0, 1), Lin(0, 1), kk
    return numel(va.shape[:-1]), vb.shape[1], kk, kk, Lin(0, 1), vb.shape[1], Lin(0, 1)


def matmul_footprints(k: Kernel) -> list[Footprint]:
    """What lower_matmul's GEMM (and its zero fill) addresses: A[M, K], B[K, Nn] and C[M, Nn]
    (row stride Nn) of each of ``count`` problems, advanced by (sa, sb, sc) from one to the
    next; an implicit B reads x[koff[k] + noff[n]] of each image."""
    va, vb = k.inputs[:2]
    vc = k.outputs[0]
    one = Lin(0, 1)
    count, sa, sb, sc = k.attrs.get("batch", (one, Lin(), Lin(), Lin()))
    if "b_conv" in k.attrs:
        from ..plan.conv import conv_tables, implicit_span

        koff, noff = conv_tables(*k.attrs["b_conv"])
        if k.attrs.get("b_conv_t", False):
            koff, noff = noff, koff
        M, K, Nn = va.shape[0], Lin(0, len(koff)), Lin(0, len(noff))
        lo, hi = implicit_span(k.attrs["b_conv"])
        span = hi - lo
        a = Footprint(va.buf, va.offset, ((count, sa), (M, K), (K, one)), "operand A")
        b = Footprint(vb.buf, vb.offset + lo, ((count, sb), (Lin(0, 2), Lin(0, span))),
                      "operand B (implicit im2col)")
    else:
        M, Nn, K, rsa, csa, rsb, csb = _matmul_geometry(k)
        a = Footprint(va.buf, va.offset, ((count, sa), (M, rsa), (K, csa)), "operand A")
        b = Footprint(vb.buf, vb.offset, ((count, sb), (K, rsb), (Nn, csb)), "operand B")
    # a summed C (sc == 0) is written (or zero-filled) even when there are no problems
    c_axes = ((M, Nn), (Nn, one)) if sc == Lin() else ((count, sc), (M, Nn), (Nn, one))
    epi = [view_fp(v, f"epilogue operand {i}") for i, v in enumerate(k.inputs[2:])]
    return [a, b, Footprint(vc.buf, vc.offset, c_axes, "result C")] + epi


def op_footprints(k: Kernel) -> list[Footprint]:
    if k.op == "matmul":
        return matmul_footprints(k)
    return ([view_fp(v, f"input {i}") for i, v in enumerate(k.inputs)] +
            [view_fp(v, f"output {i}") for i, v in enumerate(k.outputs)])


def footprints(k: Kernel) -> list[Footprint]:
    return op_footprints(k) if k.kind == "op" else loop_footprints(k)


def _cstring(m: ir.Module, text: str):
    data = bytearray(text.encode()) + b"\0"
    ty = ir.ArrayType(I8, len(data))
    g = ir.GlobalVariable(m, ty, m.get_unique_name("gv_bounds_msg"))
    g.linkage, g.global_constant = "internal", True
    g.initializer = ir.Constant(ty, data)
    return g.bitcast(PTR) if g.type != PTR else g


def _range(b: ir.IRBuilder, fp: Footprint, n):
    """(lo, hi, empty) of a footprint at run time."""
    lo = hi = lin_value(b, fp.offset, n)
    empty = ir.Constant(ir.IntType(1), 0)
    for ext, st in fp.axes:
        e = lin_value(b, ext, n)
        empty = b.or_(empty, b.icmp_signed("<=", e, i64(0)))
        span = b.mul(b.sub(e, i64(1)), lin_value(b, st, n))
        lo = b.add(lo, imin(b, span, i64(0)))
        hi = b.add(hi, imax(b, span, i64(0)))
    return lo, hi, empty


def _fail_fn(m: ir.Module) -> ir.Function:
    return get_function(m, "gv_bounds_fail", VOID, [PTR, I64, I64, I64, I64])


def _check(b, m, n, lo, hi, empty, size, msg: str) -> None:
    bad = b.or_(b.icmp_signed("<", lo, i64(0)), b.icmp_signed(">=", hi, size))
    with b.if_then(b.and_(b.not_(empty), bad), likely=False):
        b.call(_fail_fn(m), [_cstring(m, msg), lo, hi, size, n])
        b.ret_void()


def _buffer(plan: Plan, i: int) -> str:
    buf = plan.buffers[i]
    return f"b{i} %{buf.name} ({buf.kind}, {buf.dtype.name}[{buf.size}])"


def emit_arena_checks(b: ir.IRBuilder, m: ir.Module, plan: Plan, n) -> None:
    """Every arena block (bytes [offset, offset + size*itemsize)) lies inside the arena."""
    arena = lin_value(b, plan.arena, n)
    for buf in plan.buffers:
        if buf.kind != "temp":
            continue
        nbytes = b.mul(lin_value(b, buf.size, n), i64(buf.dtype.itemsize))
        lo = lin_value(b, buf.offset, n)
        hi = b.sub(b.add(lo, nbytes), i64(1))
        empty = b.icmp_signed("<=", nbytes, i64(0))
        _check(b, m, n, lo, hi, empty, arena,
               f"plan {plan.name}: arena block of {_buffer(plan, buf.id)} (bytes) overruns "
               f"the arena of {plan.arena} bytes")


def emit_kernel_checks(b: ir.IRBuilder, m: ir.Module, plan: Plan, k: Kernel, n) -> None:
    """Before kernel k runs: each footprint inside its buffer, else report and return."""
    for fp in footprints(k):
        lo, hi, empty = _range(b, fp, n)
        size = lin_value(b, plan.buffers[fp.buf].size, n)
        _check(b, m, n, lo, hi, empty, size,
               f"{k.header()}: {fp.what} of {_buffer(plan, fp.buf)} out of bounds")


def _eval_range(fp: Footprint, n: int) -> tuple[int, int] | None:
    lo = hi = fp.offset.eval(n)
    for ext, st in fp.axes:
        e = ext.eval(n)
        if e <= 0:
            return None
        span = (e - 1) * st.eval(n)
        lo, hi = lo + min(span, 0), hi + max(span, 0)
    return lo, hi


def check_plan(plan: Plan, n: int) -> None:
    """The same checks in Python, for a whole plan at batch extent n: the CUDA target's host
    launcher runs them once per batch extent before launching (its kernels read the plan's
    views as the CPU kernels do; the CPU target checks in the generated code instead)."""
    arena = plan.arena.eval(n)
    for buf in plan.buffers:
        nbytes = buf.size.eval(n) * buf.dtype.itemsize
        if buf.kind == "temp" and nbytes > 0 and not 0 <= buf.offset.eval(n) <= arena - nbytes:
            lo = buf.offset.eval(n)
            raise BoundsError(f"plan {plan.name}: arena block of {_buffer(plan, buf.id)} "
                              f"(bytes) overruns the arena of {plan.arena} bytes: elements "
                              f"[{lo}, {lo + nbytes - 1}] at N={n}, but the buffer holds "
                              f"{arena} (valid [0, {arena - 1}])")
    for k in plan.kernels:
        for fp in footprints(k):
            r = _eval_range(fp, n)
            size = plan.buffers[fp.buf].size.eval(n)
            if r is not None and (r[0] < 0 or r[1] >= size):
                raise BoundsError(f"{k.header()}: {fp.what} of {_buffer(plan, fp.buf)} out of "
                                  f"bounds: elements [{r[0]}, {r[1]}] at N={n}, but the buffer "
                                  f"holds {size} (valid [0, {size - 1}])")
