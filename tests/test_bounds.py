"""GV_BOUNDS=1: the generated CPU code checks every kernel's accesses against its buffers.

Deliberately wrong plans (a loop access, a matmul operand, an arena block made to overrun)
must stop the call with a BoundsError naming the kernel, its layer, the buffer and the element
range, before anything touches memory outside the buffer; correct plans run unchanged and give
the same results as without the checks. The op-sample sweep under GV_BOUNDS=1 is a CI step
(.ci/run: ``GV_BOUNDS=1 python -m pytest -q -n 2 tests/test_cpu_ops.py``)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

import gvcompile
from gvcompile.errors import BoundsError
from gvcompile.layers import Conv, Fc, MaxPool, Reshape, SequentialContainer
from gvcompile.llvm.bounds import footprints
from gvcompile.llvm.compile import compile_plan, plan_key
from gvcompile.llvm.executable import Executable
from gvcompile.plan.build import build_plan
from gvcompile.plan.extent import Lin
from gvcompile.plan.kernels import Sink
from gvcompile.testing import op_graph


@pytest.fixture
def bounds_on(monkeypatch):
    monkeypatch.setenv("GV_BOUNDS", "1")


def _run(graph, plan, args):
    return Executable(graph, plan, compile_plan(plan, use_cache=False))(args)


def _exp_graph():
    x = np.arange(12, dtype=np.float32).reshape(3, 4) / 10
    return op_graph("exp", [x], {}, batch_symbolic=True), x


def _loop_kernel(plan):
    return next(k for k in plan.kernels if k.kind == "loop" and k.loops[0].sinks)


def test_correct_plan_runs_and_matches(bounds_on):
    g, x = _exp_graph()
    (y,) = _run(g, build_plan(g), [x])
    np.testing.assert_allclose(y, np.exp(x), rtol=1e-6)


def test_overrunning_store_raises(bounds_on):
    g, x = _exp_graph()
    plan = build_plan(g)
    lp = _loop_kernel(plan).loops[0]
    s = lp.sinks[0]
    # one row further than the buffer: the last N rows land past its 4*N elements
    lp.sinks[0] = Sink(s.expr, dataclasses.replace(s.access, offset=Lin(0, 4)), s.mode)
    buf = plan.buffers[s.access.buf]
    with pytest.raises(BoundsError) as e:
        _run(g, plan, [x])
    msg = str(e.value)
    k = _loop_kernel(plan)
    assert k.name in msg and "test (exp)" in msg and f"%{buf.name}" in msg, msg
    assert "elements [4, 15] at N=3" in msg and "holds 12" in msg, msg


def test_underrunning_load_raises(bounds_on):
    g, x = _exp_graph()
    plan = build_plan(g)
    lp = _loop_kernel(plan).loops[0]
    lp.loads[0] = dataclasses.replace(lp.loads[0], offset=Lin(0, -1))
    with pytest.raises(BoundsError, match=r"loop 0 load 0 .*elements \[-1, 10\] at N=3"):
        _run(g, plan, [x])


def test_overrun_depending_on_n(bounds_on):
    """A stride off by one in N: fine at N=1, past the end for N >= 2."""
    g, x = _exp_graph()
    plan = build_plan(g)
    lp = _loop_kernel(plan).loops[0]
    s = lp.sinks[0]
    wrong = dataclasses.replace(s.access, strides=(Lin(0, 5),) + s.access.strides[1:])
    lp.sinks[0] = Sink(s.expr, wrong, s.mode)
    exe = Executable(g, plan, compile_plan(plan, use_cache=False))
    exe([x[:1]])
    with pytest.raises(BoundsError, match=r"elements \[0, 13\] at N=3"):
        exe([x])


def _model_program(model, x):
    """The forward graph of a model as CompiledModel builds it, and its argument arrays."""
    cm = gvcompile.compile(model, x, target="cpu")
    prog = cm.program_for([x])
    return prog.forward, cm._gather(prog.forward, [x], None)


def _fc():
    x = np.random.default_rng(0).random((4, 6), dtype=np.float32)
    return _model_program(SequentialContainer([Fc(6, 5)]), x)


def test_matmul_operand_overrun_raises(bounds_on):
    """An op kernel's view that overruns its buffer (Fc's weight read one element too far)."""
    g, args = _fc()
    plan = build_plan(g)
    k = next(k for k in plan.kernels if k.op == "matmul")
    w = k.inputs[1]
    k.inputs[1] = dataclasses.replace(w, offset=w.offset + 1)
    with pytest.raises(BoundsError) as e:
        _run(g, plan, args)
    msg = str(e.value)
    assert k.name in msg and "(Fc)" in msg and "operand B" in msg, msg
    assert "elements [1, 30] at N=4" in msg and "holds 30" in msg, msg


def test_recurrent_op_kernel_view_overrun_raises(bounds_on):
    """Op kernels other than matmul are checked through their declared views (the LSTM's
    kernel addresses its (T, NB, width) operands contiguously from the view's offset)."""
    from gvcompile.layers import LSTM

    x = np.random.default_rng(3).random((4, 2, 3), dtype=np.float32)
    g, args = _model_program(LSTM(3, 5), x)
    plan = build_plan(g)
    k = next(k for k in plan.kernels if k.op == "lstm_seq")
    h0 = k.inputs[1]
    k.inputs[1] = dataclasses.replace(h0, offset=h0.offset + 1)
    with pytest.raises(BoundsError, match=rf"{k.name}.*(LSTM).*input 1 .*out of bounds"):
        _run(g, plan, args)


def test_arena_block_overrun_raises(bounds_on):
    g, args = _fc()
    plan = build_plan(g)
    assert any(b.kind == "temp" for b in plan.buffers)
    plan.arena = Lin(16, 0)  # 16*N bytes: short of the 5*N floats of the matmul block
    with pytest.raises(BoundsError, match="overruns the arena"):
        _run(g, plan, args)


def test_checked_model_matches_unchecked(bounds_on, monkeypatch):
    """A conv/pool/Fc model (implicit GEMM, pool windows, dot kernel) passes its checks and
    gives bit-identical results with and without them."""
    rng = np.random.default_rng(1)
    model = SequentialContainer([Conv(2, 4, (3, 3), padding=(1, 1), groups=2,
                                      activation_function="relu"),
                                 MaxPool((2, 2)), Reshape((4 * 4 * 4,)), Fc(64, 5)])
    x = rng.random((3, 2, 8, 8), dtype=np.float32)
    checked = gvcompile.compile(model, x, target="cpu")(x)
    monkeypatch.setenv("GV_BOUNDS", "0")
    plain = gvcompile.compile(model, x, target="cpu")(x)
    np.testing.assert_array_equal(checked, plain)


def test_switch_is_part_of_the_cache_key(monkeypatch):
    g, _ = _exp_graph()
    plan = build_plan(g)
    monkeypatch.setenv("GV_BOUNDS", "0")
    off = plan_key(plan)
    monkeypatch.setenv("GV_BOUNDS", "1")
    assert plan_key(plan) != off


def test_every_op_kernel_has_footprints():
    """The op kernels of a conv + Fc model (implicit GEMM with tables, dot-kernel GEMM) each
    yield one footprint per operand."""
    rng = np.random.default_rng(2)
    model = SequentialContainer([Conv(1, 3, (3, 3)), Reshape((3 * 4 * 4,)), Fc(48, 2)])
    x = rng.random((2, 1, 6, 6), dtype=np.float32)
    g, _ = _model_program(model, x)
    plan = build_plan(g)
    ops = [k for k in plan.kernels if k.kind == "op"]
    assert ops and all(len(footprints(k)) == 3 for k in ops if k.op == "matmul")


def _cuda_exe(g, plan):
    """A CUDA-emulated executable of a (possibly corrupted) plan: the kernels are generated
    from the plan as it is, so a corrupted view really would overrun."""
    from gvcompile.cuda.backend import CudaExecutable
    from gvcompile.cuda.emu import EmuDriver
    from gvcompile.cuda.plan_cuda import lower_plan

    cmod = lower_plan(plan)
    driver = EmuDriver()
    return CudaExecutable(g, plan, driver, cmod, driver.module(cmod.emu_text(), cmod.tag))


def test_cuda_emulated_checks_views_before_launching(bounds_on):
    g, x = _exp_graph()
    good = build_plan(g, backend="cuda")
    (y,) = _cuda_exe(g, good)([x])
    np.testing.assert_allclose(y, np.exp(x), rtol=1e-6)
    plan = build_plan(g, backend="cuda")
    lp = _loop_kernel(plan).loops[0]
    s = lp.sinks[0]
    lp.sinks[0] = Sink(s.expr, dataclasses.replace(s.access, offset=Lin(0, 4)), s.mode)
    with pytest.raises(BoundsError, match=r"loop 0 store 0 .*elements \[4, 15\] at N=3"):
        _cuda_exe(g, plan)([x])
