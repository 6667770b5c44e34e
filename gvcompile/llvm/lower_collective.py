"""LLVM lowering of the collective ops (gvcompile/ops/collective.py):

  allreduce_sum(x){group}   out = x (a copy loop), then ``gv_allreduce(group, out, count,
      dtype)`` sums ``out`` over the group's processes in place.

``gv_allreduce`` is a symbol of this process, not of the thread-pool runtime: a ctypes callback
that hands the buffer, as a NumPy view, to the group's function in gvcompile/collectives.py
(an MPI Allreduce for a data-parallel train step). A failure there cannot unwind through the
generated code: it is printed and the job is aborted through the group (every rank must take
the same steps, a rank that went on alone would hang the others).

  allreduce_start(x1..xk){group}   copy x1..xk one after another into the bucket, then
      ``gv_collective_start(group, bucket, count, dtype)`` begins the sum (an MPI Iallreduce).
  allreduce_wait(bucket){group}    ``gv_collective_wait(group, bucket, count, dtype)``, then
      copy the summed bucket to the output.

The pending sum is named by (group, bucket address) in gvcompile/collectives.py; the memory
planner keeps the bucket alive and untouched from the start kernel to its wait (its one
reader), so the transfer may fill it while the kernels in between run."""

from __future__ import annotations

import ctypes
import sys
import traceback

import llvmlite.binding as llvm
import numpy as np
from llvmlite import ir

from ..collectives import allreduce_in_place, start_in_place, wait_in_place
from ..ops.registry import register_lowering
from ..plan.extent import numel
from .irutil import I32, I64, PTR, VOID, counted_loop, ftype, get_function, i64, lin_value

DTYPES = {0: np.float32, 1: np.float64}
_CALLBACK_T = ctypes.CFUNCTYPE(None, ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64,
                               ctypes.c_int32)


def _guarded(fn):
    def call(group, ptr, count, code):
        try:
            dt = np.dtype(DTYPES[code])
            buf = (ctypes.c_char * (count * dt.itemsize)).from_address(ptr)
            fn(group, np.frombuffer(buf, dt, count))
        except BaseException:  # noqa: BLE001  (nothing may unwind through generated code)
            traceback.print_exc()
            sys.stderr.flush()
            from ..collectives import abort

            abort(group)

    return call


# kept alive for the process: the JIT code calls them
_CALLBACKS = {name: _CALLBACK_T(_guarded(fn)) for name, fn in (
    ("gv_allreduce", allreduce_in_place), ("gv_collective_start", start_in_place),
    ("gv_collective_wait", wait_in_place))}
for _name, _cb in _CALLBACKS.items():
    llvm.add_symbol(_name, ctypes.cast(_cb, ctypes.c_void_p).value)


def _base(b, ptrs, v, fty, n):
    return b.gep(ptrs[v.buf], [lin_value(b, v.offset, n)], source_etype=fty)


def _copy(b, src, dst, count, fty):
    with counted_loop(b, i64(0), count, "copy") as i:
        b.store(b.load(b.gep(src, [i], source_etype=fty), typ=fty),
                b.gep(dst, [i], source_etype=fty))


def _call(em, b, k, name, buf, count, dt):
    hook = get_function(em.m, name, VOID, [I64, PTR, I64, I32])
    code = 0 if dt == np.float32 else 1
    b.call(hook, [i64(int(k.attrs["group"])), buf, count, ir.Constant(I32, code)])


@register_lowering("llvm", "allreduce_sum")
def lower_allreduce_sum(em, b, k, ptrs):
    n = b.function.args[0]
    vx, vo = k.inputs[0], k.outputs[0]
    dt = np.dtype(em.plan.buffers[vo.buf].dtype)
    fty = ftype(dt)
    dst = _base(b, ptrs, vo, fty, n)
    count = lin_value(b, numel(vo.shape), n)
    _copy(b, _base(b, ptrs, vx, fty, n), dst, count, fty)
    _call(em, b, k, "gv_allreduce", dst, count, dt)


@register_lowering("llvm", "allreduce_start")
def lower_allreduce_start(em, b, k, ptrs):
    n = b.function.args[0]
    vo = k.outputs[0]
    dt = np.dtype(em.plan.buffers[vo.buf].dtype)
    fty = ftype(dt)
    dst = _base(b, ptrs, vo, fty, n)
    at = i64(0)
    for vx in k.inputs:  # one after another, flattened
        size = lin_value(b, numel(vx.shape), n)
        _copy(b, _base(b, ptrs, vx, fty, n), b.gep(dst, [at], source_etype=fty), size, fty)
        at = b.add(at, size)
    _call(em, b, k, "gv_collective_start", dst, at, dt)


@register_lowering("llvm", "allreduce_wait")
def lower_allreduce_wait(em, b, k, ptrs):
    n = b.function.args[0]
    vx, vo = k.inputs[0], k.outputs[0]
    dt = np.dtype(em.plan.buffers[vo.buf].dtype)
    fty = ftype(dt)
    src = _base(b, ptrs, vx, fty, n)
    count = lin_value(b, numel(vo.shape), n)
    _call(em, b, k, "gv_collective_wait", src, count, dt)
    _copy(b, src, _base(b, ptrs, vo, fty, n), count, fty)
