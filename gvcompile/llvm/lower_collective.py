"""LLVM lowering of the collective ops (gvcompile/ops/collective.py):

  allreduce_sum(x){group}   out = x (a copy loop), then ``gv_allreduce(group, out, count,
      dtype)`` sums ``out`` over the group's processes in place.

``gv_allreduce`` is a symbol of this process, not of the thread-pool runtime: a ctypes callback
that hands the buffer, as a NumPy view, to the group's function in gvcompile/collectives.py
(an MPI Allreduce for a data-parallel train step). A failure there cannot unwind through the
generated code: it is printed and the job is aborted through the group (every rank must take
the same steps, a rank that went on alone would hang the others)."""

from __future__ import annotations

import ctypes
import sys
import traceback

import llvmlite.binding as llvm
import numpy as np
from llvmlite import ir

from ..collectives import allreduce_in_place
from ..ops.registry import register_lowering
from ..plan.extent import numel
from .irutil import I32, I64, PTR, VOID, counted_loop, ftype, get_function, i64, lin_value

DTYPES = {0: np.float32, 1: np.float64}
_CALLBACK_T = ctypes.CFUNCTYPE(None, ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64,
                               ctypes.c_int32)


def _allreduce(group, ptr, count, code):
    try:
        dt = np.dtype(DTYPES[code])
        buf = (ctypes.c_char * (count * dt.itemsize)).from_address(ptr)
        allreduce_in_place(group, np.frombuffer(buf, dt, count))
    except BaseException:  # noqa: BLE001  (nothing may unwind through generated code)
        traceback.print_exc()
        sys.stderr.flush()
        from ..collectives import abort

        abort(group)


_CALLBACK = _CALLBACK_T(_allreduce)  # kept alive for the process: the JIT code calls it
llvm.add_symbol("gv_allreduce", ctypes.cast(_CALLBACK, ctypes.c_void_p).value)


@register_lowering("llvm", "allreduce_sum")
def lower_allreduce_sum(em, b, k, ptrs):
    n = b.function.args[0]
    vx, vo = k.inputs[0], k.outputs[0]
    dt = np.dtype(em.plan.buffers[vo.buf].dtype)
    fty = ftype(dt)
    src = b.gep(ptrs[vx.buf], [lin_value(b, vx.offset, n)], source_etype=fty)
    dst = b.gep(ptrs[vo.buf], [lin_value(b, vo.offset, n)], source_etype=fty)
    count = lin_value(b, numel(vo.shape), n)
    with counted_loop(b, i64(0), count, "copy") as i:
        b.store(b.load(b.gep(src, [i], source_etype=fty), typ=fty),
                b.gep(dst, [i], source_etype=fty))
    hook = get_function(em.m, "gv_allreduce", VOID, [I64, PTR, I64, I32])
    code = 0 if dt == np.float32 else 1
    b.call(hook, [i64(int(k.attrs["group"])), dst, count, ir.Constant(I32, code)])
