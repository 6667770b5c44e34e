"""A row of ``x @ W^T`` (the Fc forward product) has the same bits whatever the number of rows
that share the call: up to gemm_dot.DOT_MAX_M rows run the small-M kernel (gemm_dot.py), more
the packed GEMM (gemm.py); up to gemm_rows.ROWS_MAX_M the small-M kernel runs its lanes along
n (gemm_rows.py). All sum every element in one order (per K block of the packed
GEMM's KC, one sequential FMA chain; the blocks added in order). Batch sizes on both sides of
the switch, rows at other positions in the tiles, K not a multiple of the vector width and
past KC (several blocks), float32 and float64, the host's instruction set and AVX2. Thread
counts: tests/test_determinism.py."""

from __future__ import annotations

import numpy as np
import pytest

from gvcompile.llvm import target
from gvcompile.llvm.gemm_dot import DOT_MAX_M
from gvcompile.llvm.gemm_rows import ROWS_MAX_M
from gvcompile.targets import get_backend
from gvcompile.testing import op_graph

# gemm_rows (lanes along n), gemm_dot (lanes along m), the packed GEMM
BATCHES = (1, 5, ROWS_MAX_M, ROWS_MAX_M + 1, 63, DOT_MAX_M, DOT_MAX_M + 1, 130)
SHAPES = [(1, 1), (13, 5), (37, 33), (300, 96), (517, 17), (1030, 70)]  # (K, N)


def _bits(a):
    a = np.ascontiguousarray(a)
    return a.view(np.dtype(f"u{a.dtype.itemsize}"))


def _isa(monkeypatch, isa):
    if target.host_isa() == "generic":
        pytest.skip("not an x86-64 host with AVX2")
    if isa == "avx2":
        monkeypatch.setenv("GV_ISA", "avx2")


@pytest.mark.parametrize("isa", ["host", "avx2"])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
@pytest.mark.parametrize("k,n", SHAPES)
def test_rows_do_not_depend_on_the_batch(k, n, dt, isa, monkeypatch):
    _isa(monkeypatch, isa)
    rng = np.random.default_rng(k * 1000 + n)
    a = rng.standard_normal((max(BATCHES) + 3, k)).astype(dt)
    w = rng.standard_normal((n, k)).astype(dt)
    exe = get_backend("cpu").build(op_graph("matmul", [a, w], {"trans_b": True},
                                            batch_axes=[0, None]))
    full = exe([a, w])[0]
    want = a.astype(np.float64) @ w.T.astype(np.float64)
    tol = 1e-4 if dt == np.float32 else 1e-12
    np.testing.assert_allclose(full, want, rtol=tol, atol=tol * np.sqrt(k))
    for m in BATCHES:
        for start in (0, 3):  # the rows at other positions in the tiles
            got = exe([a[start:start + m], w])[0]
            bad = int((_bits(got) != _bits(full[start:start + m])).sum())
            assert bad == 0, f"M={m} from row {start}: {bad} of {got.size} elements differ"


@pytest.mark.parametrize("isa", ["host", "avx2"])
def test_negative_zero_sums_keep_their_sign(isa, monkeypatch):
    """Products that underflow to -0.0: every kernel, full tile or edge, stores the chain's
    -0.0 (the packed GEMM's edge tiles stored 0 + acc = +0.0 while its full tiles kept -0.0)."""
    _isa(monkeypatch, isa)
    a = np.full((130, 3), 1e-30, np.float32)
    w = np.full((40, 3), -1e-30, np.float32)
    exe = get_backend("cpu").build(op_graph("matmul", [a, w], {"trans_b": True},
                                            batch_axes=[0, None]))
    for m in BATCHES:
        assert np.signbit(exe([a[:m], w])[0]).all(), f"M={m}: a -0.0 lost its sign"


def test_fc_layer_rows_match_across_the_switch(monkeypatch):
    """Through a compiled model (bias, activation, symbolic batch): one row alone, in a batch
    of the small-M kernel and in one of the packed GEMM."""
    import gvcompile
    from gvcompile.layers import Fc, SequentialContainer

    gvcompile.manual_seed(4)
    m = SequentialContainer([Fc(203, 70, activation_function="tanh"), Fc(70, 9)])
    x = np.random.default_rng(4).standard_normal((150, 203)).astype(np.float32)
    cm = gvcompile.compile(m, x, target="cpu")
    full = np.array(cm(x))
    for rows in (slice(0, 1), slice(5, 6), slice(0, 33), slice(40, 104), slice(80, 150)):
        np.testing.assert_array_equal(_bits(np.array(cm(x[rows]))), _bits(full[rows]))
