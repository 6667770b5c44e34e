"""The forward convolutions' own GEMM blocking (gemm.CONV_BLOCKING, issue 14): on AVX-512 float32
an 8 x 32 micro-tile with KC 288 (its edge tiles 4 and 6 rows high), elsewhere the blocking of
every other GEMM. Which generator a program gets, and its results against the interpreter on
output channel counts that fill the last tile partly and fully, K = 9 Cin below, at and across
KC, image rows wider and narrower than a panel, several batch sizes, both instruction sets and
both float types."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.interp import run_graph
from gvcompile.llvm import gemm
from gvcompile.llvm.emit import ModuleEmitter
from gvcompile.targets import get_backend
from gvcompile.testing import op_graph

from .isa import select_isa

TOL = {np.float32: 2e-4, np.float64: 1e-11}
ATTRS = {"stride": (1, 1), "padding": (1, 1), "dilation": (1, 1), "groups": 1}


def _build(op, xs, attrs):
    axes = [0, 0] if op == "conv2d_grad_weight" else [0, None]
    return get_backend("cpu").build(op_graph(op, xs, attrs, batch_axes=axes))


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_forward_conv_takes_the_conv_generator(monkeypatch, isa, dt):
    """Only AVX-512 float32 forward convolutions get gv_cgemm (CONV_BLOCKING has nothing else);
    the weight gradient's implicit GEMM keeps the common one, and CONV_GEMM off drops it."""
    monkeypatch.setenv("GV_ISA", isa)  # emitting IR needs no host support
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, 4, 6, 7)).astype(dt)
    w = rng.standard_normal((5, 4, 3, 3)).astype(dt)
    text = ModuleEmitter(_build("conv2d", [x, w], ATTRS).plan).emit()
    wide32 = isa == "avx512" and dt == np.float32
    assert ("gv_cgemm_" in text) == wide32
    assert "thread_gather" in text
    gy = rng.standard_normal((2, 5, 6, 7)).astype(dt)
    dw = _build("conv2d_grad_weight", [x, gy], dict(ATTRS, kernel_size=(3, 3)))
    assert "gv_cgemm_" not in ModuleEmitter(dw.plan).emit()
    monkeypatch.setattr(gemm, "CONV_GEMM", False)
    assert "gv_cgemm_" not in ModuleEmitter(_build("conv2d", [x, w], ATTRS).plan).emit()


def test_conv_blocking_heights():
    bk = gemm.CONV_BLOCKING[(np.dtype(np.float32), True)]
    assert bk.mr == 8 and bk.nr == 32 and bk.kc == 288
    assert gemm.edge_rows(bk.mr) == [6]
    assert gemm.edge_rows(12) == [4, 8] and gemm.edge_rows(6) == [2, 4]


# (out channels, in channels, height, width): tiles of 8 rows with 1..7-row edges (4- and
# 6-row kernels, partly and fully filled), K = 9 Cin of 27, 288 (= KC), 297 (one past it) and
# 576 (two whole blocks), rows of 37 (panels read in place and packed runs) and 6 (gathered)
CASES = ((1, 33, 3, 37), (3, 32, 4, 6), (6, 3, 5, 37), (7, 64, 2, 37), (9, 33, 3, 6),
         (17, 16, 4, 37), (64, 33, 3, 9))


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_conv_blocking_edges(monkeypatch, isa, dt):
    select_isa(monkeypatch, isa)
    rng = np.random.default_rng(21 + (dt == np.float64))
    for o, c, h, wd in CASES:
        x = rng.standard_normal((2, c, h, wd)).astype(dt)
        w = rng.standard_normal((o, c, 3, 3)).astype(dt)
        exe = _build("conv2d", [x, w], ATTRS)
        for n in (1, 3):
            xs = [rng.standard_normal((n, c, h, wd)).astype(dt), w]
            got = exe(xs)[0]
            want = run_graph(op_graph("conv2d", xs, ATTRS), xs)[0]
            np.testing.assert_allclose(got, want, rtol=TOL[dt],
                                       atol=TOL[dt] * max(1.0, np.abs(want).max()),
                                       err_msg=f"{o}x{c} {h}x{wd} batch {n} {dt.__name__}")
