"""The generated GEMM (gvcompile/llvm/gemm.py) on awkward shapes: every edge of the 12x32
(AVX-512) and the 6x16 (AVX2) tile, both micro-kernel heights, blocks past KC/MC of either
blocking, transposed operands, the single-threaded and the split paths, and batched
convolution GEMMs. Correctness only; the shapes cover both blockings, whichever GV_ISA
selects (tests/test_cpu_isa.py runs representative programs under both)."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from gvcompile.targets import get_backend
from gvcompile.testing import op_graph

SHAPES = [  # (M, N, K): tile edges, half-height tiles, one-element and K > KC blocks
    (1, 1, 1), (1, 33, 7), (5, 31, 3), (6, 32, 16), (7, 17, 1), (12, 32, 5), (13, 64, 9),
    (25, 6, 25), (37, 95, 130), (70, 3, 515), (3, 70, 1030),
]


def _check(m, n, k, ta, tb, dt=np.float32, seed=0):
    rng = np.random.default_rng(seed)
    a = rng.standard_normal((k, m) if ta else (m, k)).astype(dt)
    b = rng.standard_normal((n, k) if tb else (k, n)).astype(dt)
    exe = get_backend("cpu").build(op_graph("matmul", [a, b], {"trans_a": ta, "trans_b": tb}))
    want = (a.T if ta else a).astype(np.float64) @ (b.T if tb else b).astype(np.float64)
    got = exe([a, b])[0]
    tol = 1e-4 if dt == np.float32 else 1e-10
    np.testing.assert_allclose(got, want, rtol=tol, atol=tol * np.sqrt(k))
    return exe, a, b


@pytest.mark.parametrize("m,n,k", SHAPES)
@pytest.mark.parametrize("ta,tb", [(False, False), (True, False), (False, True)])
def test_gemm_edges(m, n, k, ta, tb):
    _check(m, n, k, ta, tb)


@pytest.mark.parametrize("m,n,k", [(7, 45, 33), (130, 97, 260)])
def test_gemm_float64_edges(m, n, k):
    _check(m, n, k, False, False, np.float64)
    _check(m, n, k, False, True, np.float64)


def test_gemm_large_enough_to_split_over_threads():
    # > PARALLEL_MIN_FLOPS: the thread split (rows or columns) with ragged last shares
    for m, n, k in ((301, 45, 170), (45, 301, 170), (40, 1000, 70)):
        _check(m, n, k, False, False)
        _check(m, n, k, True, False)


def test_gemm_writes_nothing_outside_c():
    """C is a strided view into a bigger buffer: the edge tiles' masked stores must leave
    its neighbours alone (the op graph slices the output of a wider product)."""
    from gvcompile.ir.binding import Arg
    from gvcompile.ir.graph import Graph, Output
    from gvcompile.ir.types import TensorType
    from gvcompile.ops.builder import Builder

    g = Graph("t")
    b = Builder(g)
    with b.scope("test (T)"):
        x = b.arg(Arg("input", 0), TensorType((13, 9), np.float32), "x")
        w = b.arg(Arg("input", 1), TensorType((9, 35), np.float32), "w")
        y = b.emit("matmul", x, w)
        z = b.emit("concat", y, y * 2.0, axis=1)
    g.outputs = [Output(z.id)]
    rng = np.random.default_rng(5)
    xa, wa = rng.standard_normal((13, 9)).astype(np.float32), \
        rng.standard_normal((9, 35)).astype(np.float32)
    got = get_backend("cpu").build(g)([xa, wa])[0]
    want = np.concatenate([xa @ wa, 2 * (xa @ wa)], axis=1)
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("threads", ["1", "3"])
def test_gemm_other_thread_counts(threads):
    """Thread counts other than the host's (set before the runtime starts: a new process)."""
    code = ("import numpy as np\n"
            "from tests.test_cpu_perf_gemm import _check\n"
            "for s in ((130, 97, 260), (45, 301, 170), (301, 45, 170)):\n"
            "    _check(*s, False, False)\n"
            "    _check(*s, False, True)\n"
            "from tests.test_cpu_perf_gemm import test_batched_conv_gemms\n"
            "test_batched_conv_gemms()\n")
    env = dict(os.environ, GV_NUM_THREADS=threads)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    r = subprocess.run([sys.executable, "-c", code], env=env, cwd=root, capture_output=True,
                       text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]


def _conv_graph(op, x, w, attrs):
    """op(x, w) with the batch axis of x (only) symbolic, as a compiled model sees it."""
    from gvcompile.ir.binding import Arg
    from gvcompile.ir.graph import Graph, Output
    from gvcompile.ir.types import BATCH, TensorType
    from gvcompile.ops.builder import Builder

    g = Graph(op)
    b = Builder(g)
    with b.scope(f"test ({op})"):
        xv = b.arg(Arg("input", 0), TensorType((BATCH,) + x.shape[1:], x.dtype), "x")
        shape = (BATCH,) + w.shape[1:] if op == "conv2d_grad_weight" else w.shape
        wv = b.arg(Arg("input", 1), TensorType(shape, w.dtype), "w")
        y = b.emit(op, xv, wv, **attrs)
    g.outputs = [Output(y.id)]
    return get_backend("cpu").build(g)


def test_batched_conv_gemms():
    """Convolutions run one GEMM per image (batched: problems split over threads) and the
    weight gradient sums the images' products into one C; any batch size."""
    from gvcompile.testing import run_op

    rng = np.random.default_rng(7)
    cases = [((9, 3, 11, 10), (5, 3, 3, 3), {"padding": (1, 1)}),
             ((2, 4, 9, 9), (6, 2, 3, 2), {"stride": (2, 1), "groups": 2, "dilation": (1, 2)}),
             ((5, 1, 12, 12), (6, 1, 5, 5), {}),
             ((1, 8, 30, 30), (16, 8, 3, 3), {"padding": (2, 0)})]
    for xs, ws, attrs in cases:
        x = rng.standard_normal(xs).astype(np.float32)
        w = rng.standard_normal(ws).astype(np.float32)
        fwd = _conv_graph("conv2d", x, w, attrs)
        y = run_op("conv2d", [x, w], attrs)
        gy = rng.standard_normal(y.shape).astype(np.float32)
        ga = dict(attrs, kernel_size=ws[2:])
        gw = _conv_graph("conv2d_grad_weight", x, gy, ga)
        for n in sorted({1, xs[0]}):
            np.testing.assert_allclose(fwd([x[:n], w])[0], run_op("conv2d", [x[:n], w], attrs),
                                       rtol=1e-4, atol=1e-4)
            want = run_op("conv2d_grad_weight", [x[:n], gy[:n]], ga)
            np.testing.assert_allclose(gw([x[:n], gy[:n]])[0], want, rtol=1e-4, atol=1e-3)


@pytest.mark.parametrize("m,n,k", [(1, 1, 17), (3, 5, 15), (4, 4, 16), (5, 9, 33), (64, 7, 40),
                                   (65, 7, 40), (32, 500, 300), (33, 130, 1)])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_small_m_times_transposed_w_dot_kernel(m, n, k, dt):
    """x @ W^T with at most DOT_MAX_M rows: the unpacked dot-product kernel (row/column edges
    of its tile, masked K tails, the split over chunks); 65 rows take the packed GEMM."""
    from gvcompile.llvm.emit import ModuleEmitter

    exe, _, _ = _check(m, n, k, False, True, dt)
    assert "gv_dot_" in ModuleEmitter(exe.plan).emit()


@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_conv2d_implicit_gemm(dt):
    """conv2d and its weight gradient pack the GEMM's image operand (B, or B^T) straight from
    the (padded) image: no cols buffer in the plan; contiguous and gathered panels, several K
    blocks (K > KC) and column blocks (ho*wo > NC), panels packed one by one (at most MC
    rows) or as a block, padding, groups, dilation, stride."""
    from gvcompile.llvm.emit import ModuleEmitter
    from gvcompile.testing import run_op

    rng = np.random.default_rng(3)
    cases = [((2, 48, 6, 70), (5, 48, 3, 3), {"padding": (1, 1)}),
             ((1, 2, 70, 70), (3, 2, 3, 3), {}),
             ((3, 4, 9, 11), (6, 2, 3, 2), {"stride": (2, 1), "groups": 2, "dilation": (2, 2),
                                            "padding": (0, 2)}),
             ((2, 3, 8, 9), (4, 3, 1, 1), {"stride": (1, 2)}),
             ((2, 3, 9, 9), (150, 3, 3, 3), {"padding": (1, 1)})]  # > MC (96, 144) channels
    for xs, ws, attrs in cases:
        x = rng.standard_normal(xs).astype(dt)
        w = rng.standard_normal(ws).astype(dt)
        exe = _conv_graph("conv2d", x, w, attrs)
        assert not any("cols" in (bf.name or "") for bf in exe.plan.buffers)
        assert "thread_gather" in ModuleEmitter(exe.plan).emit()
        gy = rng.standard_normal(run_op("conv2d", [x, w], attrs).shape).astype(dt)
        ga = dict(attrs, kernel_size=ws[2:])
        gw = _conv_graph("conv2d_grad_weight", x, gy, ga)
        assert not any("cols" in (bf.name or "") for bf in gw.plan.buffers)
        x64, gy64 = x.astype(np.float64), gy.astype(np.float64)
        for n in sorted({1, xs[0]}):
            want = run_op("conv2d", [x64[:n], w.astype(np.float64)], attrs)
            np.testing.assert_allclose(exe([x[:n], w])[0], want, rtol=1e-4, atol=1e-3)
            want = run_op("conv2d_grad_weight", [x64[:n], gy64[:n]], ga)
            np.testing.assert_allclose(gw([x[:n], gy[:n]])[0], want, rtol=1e-4, atol=1e-3)
        np.testing.assert_array_equal(gw([x[:0], gy[:0]])[0], 0.0)  # no images: zero
