"""The direct weight gradient of small stride-1 convolutions (llvm/conv_wgrad.py, issue 14)
against the interpreter: output widths that are a multiple of the vector, one more, fewer
lanes than a vector and 1 (the partial last vector of a row); 1 and 3 input channels, 1 to 12
output channels (register blockings with remainder blocks); 1x1, 3x3, 5x5 and non-square
kernels, padding, dilation; batch 1 and 5 through one build with a symbolic batch; float32
and float64 under both instruction sets. The plan's rule: LeNet's first conv, ResNet-20's
stage 1 and the bench conv take it; too many output channels x taps, half-idle vectors and the
switched-off planner do not. Under GV_BOUNDS=1 its accesses are checked through the kernel's
views (a view moved one element too far raises). Bigger products split their images over
threads (partial sums in the plan's scratch)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.errors import BoundsError
from gvcompile.interp import run_graph
from gvcompile.llvm.compile import compile_plan
from gvcompile.llvm.conv_wgrad import blocking
from gvcompile.llvm.executable import Executable
from gvcompile.plan import conv as plan_conv
from gvcompile.plan.build import build_plan
from gvcompile.targets import get_backend
from gvcompile.testing import op_graph

from .isa import select_isa

TOL = {np.float32: 2e-4, np.float64: 1e-12}
OP = "conv2d_grad_weight"

# (C, O, h, w, kernel, padding, dilation): output widths 16, 17, 5, 1, 8, 9, 24, 33
CASES = [
    (1, 6, 20, 20, (5, 5), (0, 0), (1, 1)),  # wo 16
    (3, 12, 5, 19, (3, 3), (0, 0), (1, 1)),  # wo 17
    (1, 1, 4, 5, (1, 1), (0, 0), (1, 1)),  # wo 5
    (3, 5, 6, 1, (3, 1), (1, 0), (1, 1)),  # wo 1, padding, non-square
    (1, 7, 9, 6, (2, 3), (1, 2), (1, 1)),  # wo 8
    (3, 2, 7, 13, (3, 3), (1, 1), (1, 2)),  # wo 9, dilation
    (1, 9, 28, 28, (5, 5), (0, 0), (1, 1)),  # wo 24
    (3, 4, 6, 33, (1, 1), (0, 0), (1, 1)),  # wo 33
]


# 'same' rows (wo = W): the flattened pixel loop over x in place (llvm/conv_wgrad_flat.py):
# periods of 1 to 7 vectors, padding 0 to 3 (rows with no valid tap), dilation, 1x1, non-square,
# one row, one column, Cout with remainder blocks, pixels not a multiple of the vector
FLAT_CASES = [
    (3, 5, 7, 7, (3, 3), (1, 1), (1, 1)),
    (2, 4, 10, 10, (5, 5), (2, 2), (1, 1)),
    (3, 3, 9, 12, (3, 3), (2, 2), (2, 2)),
    (1, 6, 5, 16, (3, 3), (0, 1), (1, 1)),
    (2, 3, 4, 8, (3, 3), (3, 1), (1, 1)),
    (1, 2, 3, 5, (1, 1), (0, 0), (1, 1)),
    (4, 7, 14, 14, (3, 3), (1, 1), (1, 1)),
    (2, 3, 1, 4, (3, 3), (1, 1), (1, 1)),
    (3, 6, 5, 6, (3, 5), (0, 2), (1, 1)),
    (3, 12, 6, 32, (3, 3), (1, 1), (1, 1)),
]


def _force(monkeypatch):
    """Every case of CASES through the direct kernel, whatever the rule would pick."""
    monkeypatch.setattr(plan_conv, "DIRECT_WGRAD_LANES", 0.0)
    monkeypatch.setattr(plan_conv, "DIRECT_WGRAD_MAX", 10**6)


def _inputs(rng, case, n, dt):
    c, o, h, w, k, p, d = case
    ho = h + 2 * p[0] - d[0] * (k[0] - 1)
    wo = w + 2 * p[1] - d[1] * (k[1] - 1)
    attrs = {"kernel_size": k, "stride": (1, 1), "padding": p, "dilation": d, "groups": 1}
    x = rng.standard_normal((n, c, h, w)).astype(dt)
    gy = rng.standard_normal((n, o, ho, wo)).astype(dt)
    return [x, gy], attrs


def _direct(plan) -> bool:
    return any(k.kind == "op" and k.op == OP for k in plan.kernels)


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_direct_kernel_edges(monkeypatch, isa, dt):
    select_isa(monkeypatch, isa)
    _force(monkeypatch)
    rng = np.random.default_rng(7)
    for case in CASES:
        args, attrs = _inputs(rng, case, 2, dt)
        exe = get_backend("cpu").build(op_graph(OP, args, attrs, batch_axes=[0, 0]))
        assert _direct(exe.plan), case
        for n in (1, 5):
            xs, _ = _inputs(rng, case, n, dt)
            got = exe(xs)[0]
            want = run_graph(op_graph(OP, xs, attrs), xs)[0]
            scale = max(1.0, float(np.abs(want).max()))
            np.testing.assert_allclose(got, want, rtol=TOL[dt], atol=TOL[dt] * scale,
                                       err_msg=f"{case} batch {n} {isa} {dt.__name__}")


def _flat(plan) -> bool:
    return any(k.op == OP and "padding" in k.attrs for k in plan.kernels)


def _check(exe, rng, case, dt, label):
    for n in (1, 5):
        xs, attrs = _inputs(rng, case, n, dt)
        got = exe(xs)[0]
        want = run_graph(op_graph(OP, xs, attrs), xs)[0]
        scale = max(1.0, float(np.abs(want).max()))
        np.testing.assert_allclose(got, want, rtol=TOL[dt], atol=TOL[dt] * scale,
                                   err_msg=f"{case} batch {n} {label}")


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_flat_pixels(monkeypatch, isa, dt):
    """'same' rows: the flattened loop (no padded copy: one kernel) against the interpreter."""
    select_isa(monkeypatch, isa)
    _force(monkeypatch)
    rng = np.random.default_rng(11)
    for case in FLAT_CASES:
        args, attrs = _inputs(rng, case, 2, dt)
        exe = get_backend("cpu").build(op_graph(OP, args, attrs, batch_axes=[0, 0]))
        assert _flat(exe.plan) and len(exe.plan.kernels) == 1, case
        _check(exe, rng, case, dt, f"{isa} {dt.__name__}")


def test_flat_rule(monkeypatch):
    """Rows narrower than x's, a long period of masks (AVX2: 11 vectors) or the switch off:
    the row loop over a padded copy, still right."""
    _force(monkeypatch)
    assert not _flat(_plan(3, 4, 11, 3, 1))  # 11 / gcd(11, 8): 11 vectors
    assert not _flat(_plan(3, 4, 12, 3, 0))  # wo 10 < W 12
    assert _flat(_plan(64, 64, 56, 3, 1))  # the bench conv
    monkeypatch.setattr(plan_conv, "WGRAD_FLAT", False)
    rng = np.random.default_rng(2)
    args, attrs = _inputs(rng, FLAT_CASES[0], 2, np.float32)
    exe = get_backend("cpu").build(op_graph(OP, args, attrs, batch_axes=[0, 0]))
    assert _direct(exe.plan) and not _flat(exe.plan)
    _check(exe, rng, FLAT_CASES[0], np.float32, "rows")


def test_output_is_overwritten_and_batch_zero(monkeypatch):
    """dw is stored, not accumulated: a second call gives the same bits; an empty batch
    gives zeros."""
    _force(monkeypatch)
    args, attrs = _inputs(np.random.default_rng(1), CASES[1], 3, np.float64)
    exe = get_backend("cpu").build(op_graph(OP, args, attrs, batch_axes=[0, 0]))
    first = exe(args)[0].copy()
    np.testing.assert_array_equal(exe(args)[0], first)
    empty = [a[:0] for a in args]
    np.testing.assert_array_equal(exe(empty)[0], np.zeros_like(first))


@pytest.mark.parametrize("regs", [16, 32])
def test_blocking_fits_the_registers(regs):
    for o in range(1, 13):
        for t in (1, 9, 25, 75):
            ob, g = blocking(o, t, regs)
            assert 1 <= ob <= o and 1 <= g <= t and ob * g + ob + 1 <= regs


def _plan(c, o, hw, k, p, n=4, backend="llvm"):
    x = np.zeros((n, c, hw, hw), np.float32)
    gy = np.zeros((n, o, hw + 2 * p - k + 1, hw + 2 * p - k + 1), np.float32)
    attrs = {"kernel_size": (k, k), "stride": (1, 1), "padding": (p, p), "dilation": (1, 1),
             "groups": 1}
    return build_plan(op_graph(OP, [x, gy], attrs, batch_axes=[0, 0]), backend)


def test_rule(monkeypatch):
    import gvcompile.cuda.backend  # noqa: F401  (the CUDA lowering rules)

    assert _direct(_plan(1, 6, 28, 5, 0))  # LeNet conv1
    assert not _direct(_plan(1, 6, 28, 5, 0, backend="cuda"))  # CUDA keeps its GEMM plan
    assert _direct(_plan(3, 16, 32, 3, 1))  # ResNet's first conv
    assert not _direct(_plan(6, 16, 12, 5, 0))  # LeNet conv2: 8 of 16 lanes used
    assert _direct(_plan(16, 16, 32, 3, 1))  # ResNet-20 stage 1 (channels are a loop)
    assert _direct(_plan(64, 64, 56, 3, 1))  # the bench conv
    assert not _direct(_plan(128, 128, 32, 3, 1))  # Cout x taps past DIRECT_WGRAD_MAX
    assert not _direct(_plan(64, 64, 8, 3, 1))  # 8 of 16 lanes used: the GEMM
    strided = op_graph(OP, [np.zeros((2, 1, 28, 28), np.float32),
                            np.zeros((2, 6, 12, 12), np.float32)],
                       {"kernel_size": (5, 5), "stride": (2, 2)}, batch_axes=[0, 0])
    assert not _direct(build_plan(strided))
    monkeypatch.setattr(plan_conv, "DIRECT_WGRAD", False)
    assert not _direct(_plan(1, 6, 28, 5, 0))


def test_bounds_checked_through_the_views(monkeypatch):
    monkeypatch.setenv("GV_BOUNDS", "1")
    _force(monkeypatch)
    rng = np.random.default_rng(3)
    # unpadded x read in place; the padded copy; the flattened loop's masked loads
    for case in (CASES[1], CASES[4], FLAT_CASES[4]):
        args, attrs = _inputs(rng, case, 2, np.float32)
        g = op_graph(OP, args, attrs, batch_axes=[0, 0])
        plan = build_plan(g)
        got = Executable(g, plan, compile_plan(plan, use_cache=False))(args)[0]
        want = run_graph(op_graph(OP, args, attrs), args)[0]
        np.testing.assert_allclose(got, want, rtol=2e-4, atol=2e-4 * np.abs(want).max())
    for case in (CASES[1], FLAT_CASES[0]):
        args, attrs = _inputs(rng, case, 2, np.float32)
        g = op_graph(OP, args, attrs, batch_axes=[0, 0])
        plan = build_plan(g)
        k = next(k for k in plan.kernels if k.op == OP)
        k.inputs[0] = dataclasses.replace(k.inputs[0], offset=k.inputs[0].offset + 1)
        with pytest.raises(BoundsError, match=k.name):
            Executable(g, plan, compile_plan(plan, use_cache=False))(args)


@pytest.mark.parametrize("case", [(8, 8, 30, 32, (3, 3), (1, 1), (1, 1)),
                                  (5, 7, 30, 32, (3, 3), (1, 1), (1, 1))])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_images_split_over_threads(dt, case):
    """Products big enough for gv_parallel (on a host with 2+ threads): the images split into
    chunks with a partial sum each in the plan's scratch (one image, odd and even counts),
    8 input channels through the channel loop; Cout C kh kw a multiple of the vector, and not
    (the lanes of the last slots summed one by one)."""
    c, o = case[:2]
    rng = np.random.default_rng(5)
    args, attrs = _inputs(rng, case, 2, dt)
    exe = get_backend("cpu").build(op_graph(OP, args, attrs, batch_axes=[0, 0]))
    k = next(k for k in exe.plan.kernels if k.op == OP)
    assert k.outputs[1].shape[0].b >= plan_conv.DIRECT_WGRAD_PARTS * o * c * 9 * 8
    for n in (1, 5, 8):
        xs, _ = _inputs(rng, case, n, dt)
        want = run_graph(op_graph(OP, xs, attrs), xs)[0]
        np.testing.assert_allclose(exe(xs)[0], want, rtol=TOL[dt],
                                   atol=TOL[dt] * max(1.0, float(np.abs(want).max())),
                                   err_msg=f"batch {n}")
