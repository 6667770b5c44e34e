"""GV_PROFILE: the instrumented CPU program gives the same bits as the plain one, reports every
kernel with its calls, and counts flops and bytes exactly (plan/cost.py); the report names
the layers. Timings are printed by the tool, never asserted here."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.__main__ import main
from gvcompile.layers import Conv, Fc, SequentialContainer, module_to_eltype_device
from gvcompile.llvm import emit, profile


def _model():
    m = SequentialContainer([Conv(3, 4, (3, 3), padding=1, activation_function="relu"),
                             Conv(4, 2, (1, 1))])
    module_to_eltype_device(m, np.float32)
    return m


def _programs():
    """The profiled programs called since the last reset."""
    return profile.read()


def test_profiled_program_same_bits_and_exact_counts(monkeypatch):
    m = _model()
    rng = np.random.default_rng(0)
    x3 = rng.standard_normal((3, 3, 8, 8)).astype(np.float32)
    x5 = rng.standard_normal((5, 3, 8, 8)).astype(np.float32)
    plain = gvcompile.compile(m, x3, target="cpu")
    want = [plain(x3), plain(x5)]
    monkeypatch.setattr(emit, "PROFILE", True)
    prof = gvcompile.compile(m, x3, target="cpu")
    profile.reset()
    got = [prof(x3), prof(x5), prof(x3)]
    for g, w in zip(got, want + want[:1], strict=True):
        np.testing.assert_array_equal(g, w)
    progs = _programs()
    assert len(progs) == 1, [p.program for p in profile.read()]
    p = progs[0]
    assert p.calls == 3 and p.mean_batch == pytest.approx(11 / 3)
    assert p.seconds > 0
    assert all(k.seconds >= 0 for k in p.kernels)
    convs = [k for k in p.kernels if k.flops and "model[0]" in " ".join(k.layers)
             and k.flops >= 2 * 4 * 64 * 27]
    assert convs, [(k.name, k.layers, k.flops) for k in p.kernels]
    # 2 * out channels * pixels * (in channels * 3 * 3), summed over batches 3 + 5 + 3
    assert max(k.flops for k in convs) == 2 * 4 * 64 * 27 * 11
    second = [k for k in p.kernels if "model[1]" in " ".join(k.layers) and k.flops and
              k.flops % (2 * 2 * 64 * 4) == 0]
    assert any(k.flops == 2 * 2 * 64 * 4 * 11 for k in second), \
        [(k.name, k.flops) for k in p.kernels]
    text = profile.report()
    assert "model[0] (Conv)" in text and "GFLOP/s" in text and "by kind" in text
    # the plain program records nothing: profiled and plain programs are different programs
    profile.reset()
    plain(x3)
    assert not _programs()


def test_profile_counts_bytes_of_a_loop_kernel(monkeypatch):
    from gvcompile.plan.cost import flops, nbytes

    monkeypatch.setattr(emit, "PROFILE", True)
    m = SequentialContainer([Fc(6, 4, activation_function="relu")])
    module_to_eltype_device(m, np.float64)
    x = np.ones((2, 6))
    cm = gvcompile.compile(m, x, target="cpu")
    profile.reset()
    cm(x)
    (p,) = _programs()
    mm = [k for k in p.kernels if k.name.endswith("matmul")]
    assert mm and mm[0].flops == 2 * 2 * 4 * 6
    # the matrix product reads x (2x6) and W (4x6) and writes (2x4): float64
    assert mm[0].bytes == 8 * (12 + 24 + 8)
    # the bias + relu loop: reads the product (2x4) and the bias (4, broadcast), writes (2x4);
    # two operations per element
    (ep,) = [k for k in p.kernels if k.name.endswith("add_relu")]
    assert ep.bytes == 8 * (8 + 4 + 8) and ep.flops == 2 * 8
    # the cost model on its own: linear in the batch extent, as the report assumes
    plan = next(iter(cm._programs.values())).fwd_exe.plan
    for k in plan.kernels:
        b = [nbytes(plan, k, n) for n in (1, 2, 3)]
        assert b[0] > 0 and b[2] - b[1] == b[1] - b[0], (k.name, b)
        f = [flops(k, n) for n in (1, 2, 3)]
        assert f[0] is None or f[2] - f[1] == f[1] - f[0] >= 0, (k.name, f)


def test_bench_profile_arguments(capsys):
    assert main(["bench", "--profile", "nosuchmodel"]) == 2
    assert "MODEL one of mlp" in capsys.readouterr().err
    assert main(["bench", "--profile", "mlp", "0"]) == 2


def test_bench_profile_runs(monkeypatch, capsys):
    monkeypatch.setattr(emit, "PROFILE", emit.PROFILE)  # restored after main() sets it
    assert main(["bench", "--profile", "mlp", "2"]) == 0
    out = capsys.readouterr().out
    assert "ms per step" in out and "model[0] (Fc)" in out and "matmul" in out


def test_direct_weight_gradient_flops(monkeypatch):
    """The direct weight-gradient kernel (llvm/conv_wgrad.py) counts 2 x gy x (C kH kW)."""
    from gvcompile.layers import Flatten
    from gvcompile.optimization import SGD, mse_loss

    monkeypatch.setattr(emit, "PROFILE", True)
    m = SequentialContainer([Conv(1, 6, (5, 5)), Flatten(), Fc(6 * 24 * 24, 2)])
    module_to_eltype_device(m, np.float32)
    x, t = np.ones((3, 1, 28, 28), np.float32), np.ones((3, 2), np.float32)
    ts = gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.1), x, t)
    profile.reset()
    ts.step(x, t)
    ks = [k for p in _programs() for k in p.kernels if k.name.endswith("conv2d_grad_weight")]
    assert ks and ks[0].flops == 2 * 3 * 6 * 24 * 24 * 25
