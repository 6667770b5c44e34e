"""Stride-2 forward convolutions pack their implicit-GEMM B panels as runs of every other
element (gemm.runs_table flag 2: one or two masked vector loads and one even-lane shuffle per
run and k, issue 14; they were gathered lane by lane). The table's choice, and the results
against the interpreter on output rows narrower, as wide as and wider than a vector (runs of
one and two loads), odd sizes, paddings 0..2, kernels 1..3 wide, dilation, groups, several
batch sizes, both instruction sets and both float types."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.interp import run_graph
from gvcompile.llvm import gemm
from gvcompile.plan.conv import conv_tables
from gvcompile.targets import get_backend
from gvcompile.testing import op_graph

from .isa import select_isa

TOL = {np.float32: 2e-4, np.float64: 1e-11}


def _noff(h, w, s, p, k=3):
    """The column offsets of a k x k conv, stride s, padding p, over an h x w image."""
    hp, wp = h + 2 * p, w + 2 * p
    ho, wo = (hp - k) // s + 1, (wp - k) // s + 1
    return conv_tables(1, k, k, hp * wp, wp, 1, 1, 1, s, s, ho, wo)[1]


def test_runs_table_flags():
    """Stride 1 rows keep flag 1; ResNet's stride-2 rows (16 and 8 wide) get flag 2 with
    pieces of at most a vector whose columns step by 2 in memory and cover every column once;
    2-wide output rows (pieces of 2) still gather."""
    assert gemm.runs_table(_noff(8, 8, 1, 1), 32, 16)[0] == 1
    for h, vw in ((32, 16), (16, 16), (16, 8), (32, 4), (33, 16)):
        noff = _noff(h, h, 2, 1)
        tab = gemm.runs_table(noff, 32, vw)
        assert tab[0] == 2
        P = -(-len(noff) // 32)
        got = np.full(len(noff), -1)
        for p in range(P):
            for t in range(tab[p + 1], tab[p + 2]):
                col, off, n = tab[3 * t:3 * t + 3]
                assert 1 <= n <= vw and col + n <= 32
                assert (got[p * 32 + col:p * 32 + col + n] == -1).all()
                got[p * 32 + col:p * 32 + col + n] = off + 2 * np.arange(n)
        np.testing.assert_array_equal(got, noff)
    assert gemm.runs_table(_noff(40, 4, 2, 1), 32, 16)[0] == 0


def _check(x, w, attrs, dt, batches, rng):
    exe = get_backend("cpu").build(op_graph("conv2d", [x.astype(dt), w.astype(dt)], attrs,
                                            batch_axes=[0, None]))
    for n in batches:
        xs = [rng.standard_normal((n,) + x.shape[1:]).astype(dt), w.astype(dt)]
        got = exe(xs)[0]
        want = run_graph(op_graph("conv2d", xs, attrs), xs)[0]
        np.testing.assert_allclose(got, want, rtol=TOL[dt],
                                   atol=TOL[dt] * max(1.0, np.abs(want).max()),
                                   err_msg=f"{x.shape} {w.shape} {attrs} batch {n}")


# (out channels, in channels, height, width, kernel, padding, dilation, groups): ResNet's
# 16 -> 32 on 32x32 and 32 -> 64 on 16x16 (rows of 16 and 8), odd and uneven sizes (rows of
# 17, 9, 5, 3 columns: one and two loads, edge panels), wide rows (40: pieces cut at a vector),
# paddings 0 and 2, 1- and 2-wide kernels, dilation 2, two groups
CASES = ((32, 16, 32, 32, 3, 1, 1, 1), (64, 32, 16, 16, 3, 1, 1, 1),
         (5, 3, 35, 33, 3, 1, 1, 1), (9, 4, 17, 18, 3, 0, 1, 1), (7, 2, 11, 80, 3, 2, 1, 1),
         (3, 5, 10, 13, 2, 0, 1, 1), (6, 3, 19, 21, 3, 1, 2, 1), (8, 6, 12, 36, 3, 1, 1, 2))


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_stride2_conv_against_interpreter(monkeypatch, isa, dt):
    select_isa(monkeypatch, isa)
    rng = np.random.default_rng(5 + (dt == np.float64))
    for o, c, h, wd, k, p, d, g in CASES:
        x = rng.standard_normal((2, c, h, wd))
        w = rng.standard_normal((o, c // g, k, k))
        attrs = {"stride": (2, 2), "padding": (p, p), "dilation": (d, d), "groups": g}
        _check(x, w, attrs, dt, (1, 3), rng)


def test_strided_runs_knob(monkeypatch):
    """STRIDED_RUNS off: stride-2 tables gather again (flag 0); stride-1 runs are unchanged."""
    monkeypatch.setattr(gemm, "STRIDED_RUNS", False)
    assert gemm.runs_table(_noff(32, 32, 2, 1), 32, 16)[0] == 0
    assert gemm.runs_table(_noff(8, 8, 1, 1), 32, 16)[0] == 1
