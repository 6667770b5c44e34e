"""Implicit-GEMM B panels read in place vector by vector (llvm/gemm.py, issue 14): a panel
whose every vector of VW column offsets is one contiguous run is not packed, even when its
vectors lie in different image rows (VECTOR_RUNS: a 32-column panel of 16-pixel rows is two
runs 18 apart in the padded input), nor one of contiguous half vectors (DIRECT_HALVES: rows
of VW/2) or of stride-2 runs of VW (DIRECT_EVEN). Output rows as wide as a vector or half of
one (16, 8, 4: every panel direct on the instruction set and dtype whose vector has that
width), wider ones (24: panels straddling rows), odd ones (13: direct and packed panels side
by side), with and without padding, stride 1 and 2, float32 and float64, AVX2 and AVX-512:
against the interpreter, and bit for bit against the build that packs every panel (DIRECT_B
off: the same summation order). A vector read from the wrong columns fails the first
comparison."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.interp import run_graph
from gvcompile.targets import get_backend
from gvcompile.testing import op_graph

from .isa import select_isa

TOL = {np.float32: 2e-4, np.float64: 1e-11}

# (input channels, output channels, input height, input width, padding, stride): output
# widths 16, 16, 8, 24, 13, 4 (the unpadded second one reads no padding column), and at
# stride 2 (runs of every other element: DIRECT_EVEN) 16, 16, 8, 4, 13
CASES = ((3, 20, 4, 16, 1, 1), (2, 5, 3, 18, 0, 1), (2, 20, 5, 8, 1, 1), (2, 9, 3, 24, 1, 1),
         (3, 20, 4, 13, 1, 1), (2, 20, 6, 4, 1, 1), (3, 20, 5, 32, 1, 2), (2, 9, 5, 33, 0, 2),
         (2, 20, 6, 16, 1, 2), (2, 20, 6, 8, 1, 2), (2, 20, 4, 26, 1, 2))


def _conv(x, w, attrs):
    exe = get_backend("cpu").build(op_graph("conv2d", [x, w], attrs, batch_axes=[0, None]))
    return exe([x, w])[0]


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_panels_of_vector_runs(monkeypatch, isa, dt):
    from gvcompile.llvm import gemm
    from gvcompile.plan import conv

    select_isa(monkeypatch, isa)
    monkeypatch.setattr(conv, "MASKED_PAD", False)  # padded inputs' runs (test_conv_masked)
    rng = np.random.default_rng(14)
    for c, o, h, wd, p, st in CASES:
        attrs = {"stride": (st, st), "padding": (p, p), "dilation": (1, 1), "groups": 1}
        x = rng.standard_normal((3, c, h, wd)).astype(dt)
        w = rng.standard_normal((o, c, 3, 3)).astype(dt)
        got = _conv(x, w, attrs)
        want = run_graph(op_graph("conv2d", [x, w], attrs), [x, w])[0]
        what = f"{c}->{o} {h}x{wd} pad {p} stride {st} {dt.__name__}"
        np.testing.assert_allclose(got, want, rtol=TOL[dt], atol=TOL[dt] * np.abs(want).max(),
                                   err_msg=what)
        monkeypatch.setattr(gemm, "DIRECT_B", False)
        packed = _conv(x, w, attrs)
        monkeypatch.setattr(gemm, "DIRECT_B", True)
        assert np.array_equal(got.view(np.uint8), packed.view(np.uint8)), what
