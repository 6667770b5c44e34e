"""Multi-output fusion (gvcompile/plan/build.py): element-wise values of one loop domain that
share operands are computed in ONE loop with several sinks; values every consumer of which
joined the loop are never stored. Plan structure and interpreter equivalence."""

from __future__ import annotations

import numpy as np

import gvcompile
import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.optimization import SGD, mse_loss
from gvcompile.plan.build import build_plan

from .test_cpu_codegen import _graph, _kernels, _run_both

BATCH = "N"
RNG = np.random.default_rng(7)


def _f32(*shape):
    return RNG.standard_normal(shape).astype(np.float32)


def test_bias_relu_and_mask_share_one_loop_and_the_sum_stays_in_registers():
    def build(b, x, w, bias):
        h = b.emit("matmul", x, w, trans_b=True) + bias
        r = b.emit("relu", h)
        y = b.emit("matmul", r, w) * 2.0  # a kernel in between: the mask still joins
        return [y, b.emit("gt", h, b.emit("const", value=np.float32(0.0))) + 0.0]

    g = _graph(build, (BATCH, 5), (5, 5), (5,))
    plan = build_plan(g)
    ks = _kernels(plan)
    assert ks[1] == ("loop", ("add", "relu", "gt", "add")), ks
    (lp,) = plan.kernels[1].loops
    assert len(lp.sinks) == 2, "relu and the mask are stored, the bias sum is not"
    stored = {plan.buffers[s.access.buf].name for s in lp.sinks}
    assert "add" not in stored
    _run_both(g, _f32(3, 5), _f32(5, 5), _f32(5))


def test_a_view_of_a_value_stored_in_the_loop_does_not_join():
    def build(b, x):
        e = b.emit("exp", x)
        t = b.emit("transpose", e, perm=(1, 0))
        return [e * 2.0, t + e, e + 1.0]

    g = _graph(build, (4, 4))
    plan = build_plan(g)
    assert len(plan.kernels) == 2, str(plan)
    _run_both(g, _f32(4, 4))


def test_an_operand_computed_later_keeps_its_own_loop():
    def build(b, x, w):
        e = b.emit("exp", x)
        m = b.emit("matmul", e, w)  # computed after exp's loop
        return [e * 3.0, e + m]

    g = _graph(build, (BATCH, 4), (4, 4))
    plan = build_plan(g)
    ks = _kernels(plan)
    assert ks == [("loop", ("exp", "mul")), ("op", ("matmul",)), ("loop", ("add",))], ks
    _run_both(g, _f32(5, 4), _f32(4, 4))


def test_different_domains_or_no_shared_operand_do_not_join():
    def build(b, x, y):
        e = b.emit("exp", x)
        f = b.emit("tanh", y)  # same domain, nothing shared: its own loop
        s = b.emit("reduce_sum", e, axes=(1,), keepdims=False)
        return [e, f, s * 2.0]

    g = _graph(build, (BATCH, 6), (BATCH, 6))
    plan = build_plan(g)
    assert [k.ops for k in plan.kernels if k.kind == "loop"][:2] == [["exp"], ["tanh"]]
    _run_both(g, _f32(3, 6), _f32(3, 6))


def test_momentum_and_parameter_updates_share_one_loop_in_place():
    gvcompile.manual_seed(1)
    from gvcompile.layers import Fc, SequentialContainer

    m = SequentialContainer([Fc(7, 5, activation_function="relu"), Fc(5, 3)])
    ref = SequentialContainer([Fc(7, 5, activation_function="relu"), Fc(5, 3)])
    for a, b in zip((m[0], m[1]), (ref[0], ref[1]), strict=True):
        b.weight[...] = a.weight
        b.bias[...] = a.bias
    x, t = _f32(4, 7), _f32(4, 3)
    kw = {"learning_rate": 0.1, "dampening": 0.5}
    cpu = gvcompile.compile_train_step(m, mse_loss, SGD(m, **kw), x, t, target="cpu")
    itp = gvcompile.compile_train_step(ref, mse_loss, SGD(ref, **kw), x, t, target="interp")
    _, exe = next(iter(cpu._programs.values()))
    fused = [k for k in exe.plan.kernels if "sgd_param" in k.ops]
    assert fused and all("sgd_momentum" in k.ops for k in fused), [k.ops for k in fused]
    assert len(exe._aliased_bufs) >= 2 * len(fused)
    for _ in range(3):
        np.testing.assert_allclose(cpu.step(x, t), itp.step(x, t), rtol=2e-5, atol=1e-6)
    np.testing.assert_allclose(m[0].weight, ref[0].weight, rtol=1e-4, atol=1e-6)
