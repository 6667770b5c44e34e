"""Tiered optimisation of compile units (issue 16, llvm/compile.py ``unit_tier``): the GEMM and
dot helper families get the "lib" pipeline (O2), other helper families the full O3 one, fused
loop kernels ("glue") O1, small ones O1 with fast instruction selection ("small"), tiny ones
and the driver no IR optimisation ("tiny", "driver"), op kernels O3 without the unroller;
whatever the tiers, the program computes what the interpreter does."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.layers import AvgPool, Conv, Fc, Reshape, SequentialContainer
from gvcompile.llvm import compile as comp
from gvcompile.llvm import kcache, loops, unit_worker


def test_unit_tier_by_unit_kind(monkeypatch):
    kinds = {"gv_k0_add_relu": "loop", "gv_k1_conv2d": "op"}
    assert comp.unit_tier("driver", kinds) == "driver"
    assert comp.unit_tier("lib:gv_gemm_f32", kinds) == "lib"
    assert comp.unit_tier("lib:gv_dot_f64+gv_rows_f64", kinds) == "lib"
    assert comp.unit_tier("lib:gv_lstm_step_f32", kinds) == "full"  # recurrent cells: O3
    assert comp.unit_tier("lib:gv_gemm_f32+gv_lstm_step_f32", kinds) == "full"
    assert comp.unit_tier("k:gv_k0_add_relu", kinds) == "glue"
    assert comp.unit_tier("k:gv_k1_conv2d", kinds) == "no-unroll"
    assert comp.unit_tier("k:gv_k0_add_relu.L1", kinds) == "glue"  # a loop kernel's loop
    assert comp.unit_tier("k:gv_k2_matmul", {"gv_k2_matmul": "op:matmul"}) == "driver"
    assert comp.unit_tier("k:gv_k3_pool", {"gv_k3_pool": "op:avg_pool2d"}) == "no-unroll"
    # the direct weight gradient writes its vector code itself: O1 is enough
    assert comp.unit_tier("k:gv_k4_wg", {"gv_k4_wg": "op:conv2d_grad_weight"}) == "glue"
    assert comp.unit_tier("k:gv_k9_unknown", kinds) == "no-unroll"  # not in the plan: O3
    assert comp.unit_tier("k:gv_k0_add_relu") == "no-unroll"
    monkeypatch.setattr(comp, "GLUE_LOOPS", False)
    assert comp.unit_tier("k:gv_k0_add_relu", kinds) == "no-unroll"
    monkeypatch.setattr(comp, "UNROLL_KERNELS", True)
    assert {comp.unit_tier(u, kinds) for u in ("lib:gv_gemm_f32", "k:gv_k0_add_relu",
                                               "k:gv_k1_conv2d")} == {"full"}
    assert set(unit_worker.TIERS) == {"full", "lib", "no-unroll", "glue", "small", "tiny",
                                      "driver"}
    tiers = unit_worker.TIERS
    assert tiers["lib"][0] < tiers["full"][0]  # cheaper than O3
    assert tiers["glue"][0] < tiers["no-unroll"][0]
    assert not tiers["glue"][3] and tiers["lib"][3]  # interleaving
    # small loops: glue's IR pipeline, fast instruction selection; tiny loops and the
    # driver: no IR pipeline either
    assert tiers["small"][0] == tiers["glue"][0] and tiers["small"][2] < tiers["glue"][2]
    assert tiers["tiny"][0] == tiers["driver"][0] == 0 == tiers["tiny"][2]


def test_loop_units_are_tiered_by_their_elements(monkeypatch):
    """A glue loop's tier follows its elements at N = TINY_LOOP_BATCH (sizes, as plan_tiers
    gives them): tiny up to TINY_LOOP_ELEMENTS, small up to SMALL_LOOP_ELEMENTS, then glue;
    a loop whose size is not known is glue."""
    from gvcompile.plan.extent import Lin
    from gvcompile.plan.kernels import Loop

    monkeypatch.setattr(comp, "TINY_LOOP_BATCH", 64)
    kinds = {"gv_k0_sub": "loop", "gv_k1_conv2d": "op"}
    tiny, small = comp.TINY_LOOP_ELEMENTS, comp.SMALL_LOOP_ELEMENTS
    for n, want in ((1, "tiny"), (tiny, "tiny"), (tiny + 1, "small"), (small, "small"),
                    (small + 1, "glue")):
        assert comp.unit_tier("k:gv_k0_sub.L0", kinds, {"gv_k0_sub.L0": n}) == want, n
    assert comp.unit_tier("k:gv_k0_sub.L1", kinds, {"gv_k0_sub.L0": 1}) == "glue"
    assert comp.unit_tier("k:gv_k1_conv2d", kinds, {"gv_k1_conv2d": 1}) == "no-unroll"
    monkeypatch.setattr(comp, "GLUE_LOOPS", False)
    assert comp.unit_tier("k:gv_k0_sub.L0", kinds, {"gv_k0_sub.L0": 1}) == "no-unroll"
    # the batch extent N counts TINY_LOOP_BATCH times: (N, 10) is 640 elements
    assert comp.loop_elements(Loop(domain=(Lin(1, 0), Lin(0, 10)))) == 640
    assert comp.loop_elements(Loop(domain=(Lin(0, 120), Lin(0, 84)))) == 120 * 84
    assert comp.loop_elements(Loop(domain=())) == 1


def _lenet_like():
    return SequentialContainer([
        Conv(1, 5, (3, 3), activation_function="relu"), AvgPool((2, 2)), Reshape((5 * 5 * 5,)),
        Fc(5 * 5 * 5, 7, activation_function="relu"), Fc(7, 3)])


def _plan_units(model, x):
    from gvcompile.compiled.model import build_graphs
    from gvcompile.ir.types import TensorType
    from gvcompile.llvm import lowering  # noqa: F401  (registers the op lowering rules)
    from gvcompile.llvm.emit import ModuleEmitter
    from gvcompile.plan.build import build_plan

    fwd, bwd = build_graphs(model, [TensorType(("N",) + x.shape[1:], np.float32)],
                            x.shape[0], name="tiers")
    out = []
    for g in (fwd, bwd):
        plan = build_plan(g)
        text = ModuleEmitter(plan).emit()
        units, _ = kcache.split(text, comp.unit_salt(), comp.plan_tiers(plan))
        out.append((plan, text, units))
    return out


def test_a_program_gets_each_tier_where_it_belongs():
    gvcompile.manual_seed(0)
    x = np.random.default_rng(0).standard_normal((4, 1, 12, 12), dtype=np.float32)
    seen: dict[str, set] = {}
    for plan, _, units in _plan_units(_lenet_like(), x):
        kinds = {k.name: (k.kind, k.op) for k in plan.kernels}
        loops = {f"{k.name}.L{j}": lp for k in plan.kernels for j, lp in enumerate(k.loops)}
        for u in units:
            seen.setdefault(u.tier, set()).add(u.id)
            if u.id.startswith("k:"):  # a kernel, or a loop kernel's loop function
                kind, op = kinds[u.id[2:].split(".")[0]]
                assert op != "matmul", u.id  # GEMM call set-up: in the driver's unit
                assert (kind == "loop") == (".L" in u.id), u.id  # no loop-kernel functions
                if kind != "loop":
                    want = "glue" if f"op:{op}" in comp.EXPLICIT_OPS else "no-unroll"
                    assert u.tier == want, u.id
                    continue
                n = comp.loop_elements(loops[u.id[2:]])
                want = ("tiny" if n <= comp.TINY_LOOP_ELEMENTS else
                        "small" if n <= comp.SMALL_LOOP_ELEMENTS else "glue")
                assert u.tier == want, (u.id, n)
        driver = next(u for u in units if u.id == "driver")
        matmuls = {k.name for k in plan.kernels if k.op == "matmul"}
        assert matmuls and matmuls <= set(driver.functions)
    assert any(u.startswith("lib:gv_gemm_") or u.startswith("lib:gv_dot_")
               for u in seen["lib"])
    # the conv's output (N, 5, 10, 10) is glue; the loss over 3 classes (N, 3) small; its
    # scalar mean tiny
    assert seen["glue"] and seen["small"] and seen["tiny"] and seen["driver"] == {"driver"}
    assert "full" not in seen  # no recurrent cells here


def test_parallel_loops_are_compiled_once_not_inlined_twice():
    """A loop with a trampoline is called by its kernel and by the trampoline: it carries
    noinline (loops.NOINLINE_PARALLEL) so LLVM optimises and compiles one copy."""
    gvcompile.manual_seed(0)
    x = np.random.default_rng(0).standard_normal((64, 1, 12, 12), dtype=np.float32)
    (_, text, _), _ = _plan_units(_lenet_like(), x)
    par = [ln for ln in text.splitlines() if ln.startswith("define") and '.par"(' in ln]
    assert par
    for ln in par:
        loop = ln.split('@"', 1)[1].split('.par"', 1)[0]
        head = next(d for d in text.splitlines()
                    if d.startswith(f'define internal void @"{loop}"('))
        assert head.rstrip().endswith("noinline"), head


@pytest.mark.parametrize("tiered", [True, False])
def test_tiered_programs_match_the_interpreter(tiered, monkeypatch, tmp_path):
    """The same model trained one step with the tiers and with every unit at O3 (GLUE_LOOPS
    off, no lib families, loops inlined): both agree with the interpreter."""
    monkeypatch.setenv("GV_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("GV_COMPILE_WORKERS", "1")
    if not tiered:
        monkeypatch.setattr(comp, "GLUE_LOOPS", False)
        monkeypatch.setattr(comp, "LIB_FAMILIES", ())
        monkeypatch.setattr(loops, "NOINLINE_PARALLEL", False)
    from gvcompile.optimization import SGD, logitcrossentropy_loss

    rng = np.random.default_rng(1)
    x = rng.standard_normal((6, 1, 12, 12), dtype=np.float32)
    t = np.eye(3, dtype=np.float32)[rng.integers(0, 3, 6)]
    params = []
    for target in ("cpu", "interp"):
        gvcompile.manual_seed(0)
        model = _lenet_like()
        step = gvcompile.compile_train_step(model, logitcrossentropy_loss, SGD(model, 0.1), x, t,
                                            target=target)
        step(x, t)
        step(x, t)
        params.append([np.array(a, copy=True) for _, a in model.parameters()])
    for a, b in zip(*params, strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-5)




def test_a_program_compiled_as_one_module_runs(tmp_path):
    """GV_SPLIT=0 (and modules kcache cannot split, as GV_BOUNDS's) optimise the whole program
    at once: LLVM's O3 pipeline aborted the process on the direct conv micro-kernels there
    (compile.WHOLE_SPEED; found on test_cpu_ops' strided, dilated conv2d samples). In a child
    process, so an abort fails this test, not the run."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = dict(os.environ, GV_SPLIT="0", GV_CACHE_DIR=str(tmp_path))
    tests = Path(__file__).parent
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-p",
                        "no:cacheprovider", str(tests / "test_cpu_ops.py"), "-k",
                        "conv2d and remainder"], env=env, capture_output=True, text=True,
                       timeout=600, cwd=tests.parent)
    assert r.returncode == 0, (r.stdout + r.stderr)[-2000:]
