"""Small llvmlite helpers: types, counted loops with phi counters, Lin evaluation."""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np
from llvmlite import ir

from ..plan.extent import Lin

I1 = ir.IntType(1)
I32 = ir.IntType(32)
I64 = ir.IntType(64)
I8 = ir.IntType(8)
PTR = ir.PointerType()
VOID = ir.VoidType()
F32 = ir.FloatType()
F64 = ir.DoubleType()


def ftype(dtype):
    dt = np.dtype(dtype)
    if dt == np.float32:
        return F32
    if dt == np.float64:
        return F64
    raise TypeError(f"the CPU backend supports float32 and float64 tensors, not {dt.name}")


def i64(v: int):
    return ir.Constant(I64, int(v))


def lin_value(b: ir.IRBuilder, lin: Lin, n):
    """``lin.a * N + lin.b`` as an i64 value (a constant when it does not depend on N)."""
    if lin.a == 0:
        return i64(lin.b)
    v = n if lin.a == 1 else b.mul(n, i64(lin.a), flags=["nsw"])
    return v if lin.b == 0 else b.add(v, i64(lin.b), flags=["nsw"])


@contextmanager
def counted_loop(b: ir.IRBuilder, lo, hi, name: str, step=1):
    """``for (i = lo; i < hi; i += step)``; yields the phi counter. The body may nest loops."""
    pre = b.block
    body = b.append_basic_block(f"{name}.body")
    done = b.append_basic_block(f"{name}.done")
    b.cbranch(b.icmp_signed("<", lo, hi), body, done)
    b.position_at_end(body)
    i = b.phi(I64, name=name)
    i.add_incoming(lo, pre)
    yield i
    nxt = b.add(i, i64(step) if isinstance(step, int) else step, name=f"{name}.next",
                flags=["nsw"])
    i.add_incoming(nxt, b.block)
    b.cbranch(b.icmp_signed("<", nxt, hi), body, done)
    b.position_at_end(done)


def carried_loop(b: ir.IRBuilder, lo, hi, init: list, body, name: str, var: str):
    """``for (i = lo; i < hi; i++)`` with lo < hi (a do-while: the body runs at least once),
    carrying the values ``init`` through body(i, values) -> new values; returns the values
    after the last iteration. Blocks ``name`` and ``name``.done, the counter's phi ``var``."""
    pre = b.block
    loop = b.append_basic_block(name)
    done = b.append_basic_block(f"{name}.done")
    b.branch(loop)
    b.position_at_end(loop)
    i = b.phi(I64, name=var)
    i.add_incoming(lo, pre)
    phis = []
    for v in init:
        p = b.phi(v.type)
        p.add_incoming(v, pre)
        phis.append(p)
    new = body(i, phis)
    end = b.block
    for p, v in zip(phis, new, strict=True):
        p.add_incoming(v, end)
    nxt = b.add(i, i64(1), flags=["nsw"])
    i.add_incoming(nxt, end)
    b.cbranch(b.icmp_signed("<", nxt, hi), loop, done)
    b.position_at_end(done)
    return new


def imin(b, x, y):
    return b.select(b.icmp_signed("<", x, y), x, y)


def freeze(b: ir.IRBuilder, v):
    """LLVM's freeze of v (llvmlite's builder has none): an opaque copy, which instruction
    selection does not fold into its operand's load."""
    ins = ir.instructions.Instruction(b.block, v.type, "freeze", [v])
    b._insert(ins)
    return ins


def imax(b, x, y):
    return b.select(b.icmp_signed(">", x, y), x, y)


def get_function(module: ir.Module, name: str, ret, args) -> ir.Function:
    fn = module.globals.get(name)
    if fn is None:
        fn = ir.Function(module, ir.FunctionType(ret, args), name)
    return fn


CHUNKS_PER_THREAD = 4  # gv_parallel hands out chunks dynamically: a slow core takes fewer


def chunks(b, nthreads, units):
    """How many chunks a parallel region is cut into: CHUNKS_PER_THREAD per thread, at most one
    per unit of work."""
    return imin(b, b.mul(nthreads, i64(CHUNKS_PER_THREAD)), imax(b, units, i64(1)))


def gv_parallel(module: ir.Module) -> ir.Function:
    return get_function(module, "gv_parallel", VOID, [PTR, PTR, I64])


def gv_num_threads(module: ir.Module) -> ir.Function:
    return get_function(module, "gv_num_threads", I64, [])


def gv_workspace(module: ir.Module) -> ir.Function:
    return get_function(module, "gv_workspace", PTR, [I64, I64])
