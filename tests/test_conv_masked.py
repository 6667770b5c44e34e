"""Convolutions reading their unpadded image with masked loads (plan/conv.py MASKED_PAD,
llvm/gemm.py ukernel*_masked, issue 14): a stride-1 convolution whose output pixels are the
image's consecutive elements ('same' size) gets no padded copy; each B lane is read only
where its tap falls inside the image (bit tables from plan/conv.py mask_tables), the others
are 0 (masked loads, or whole-vector loads and a zeroing move where every lane addresses the
image: both kernels run in the 32x32 case). Checked against the interpreter and bit for bit
against the padded build (MASKED_PAD off: the same sums in the same order), on AVX2 and
AVX-512, float32 and float64: panels across image rows (8, 7, 13 wide), partial last panels,
kernel 1..7 with paddings 1..3, dilation 2, groups, more output channels than one A block
(the 'many rows' path), and the stride-1 transposed convolution (an input gradient) through
the same path. A lane read where the padding should be, or a mask shifted by one, fails the
first comparison."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.interp import run_graph
from gvcompile.plan import conv
from gvcompile.targets import get_backend
from gvcompile.testing import op_graph

from .isa import select_isa

TOL = {np.float32: 2e-5, np.float64: 1e-12}

# (channels in, out, height, width, kernel, padding, dilation, groups)
CASES = ((3, 20, 4, 16, 3, 1, 1, 1), (16, 16, 32, 32, 3, 1, 1, 1), (2, 20, 5, 8, 3, 1, 1, 1),
         (3, 7, 7, 7, 3, 1, 1, 1), (2, 13, 6, 13, 5, 2, 1, 1), (2, 9, 5, 9, 3, 2, 2, 1),
         (1, 3, 1, 1, 3, 1, 1, 1), (3, 100, 6, 6, 3, 1, 1, 1), (4, 5, 3, 40, 7, 3, 1, 1),
         (4, 6, 5, 11, 3, 1, 1, 2), (4, 4, 6, 6, 3, 1, 1, 4))


def _build(op, x, w, attrs):
    return get_backend("cpu").build(op_graph(op, [x, w], attrs, batch_axes=[0, None]))


def _masked_kernels(exe):
    return sum(len(k.attrs.get("b_conv", ())) > 12 for k in exe.plan.kernels)


def _pads(exe):
    return sum("pad" in k.name for k in exe.plan.kernels)


def _check(monkeypatch, op, x, w, attrs, dt, what):
    exe = _build(op, x, w, attrs)
    assert _masked_kernels(exe) and not _pads(exe), f"{what}: not read in place"
    got = exe([x, w])[0]
    want = run_graph(op_graph(op, [x, w], attrs), [x, w])[0]
    np.testing.assert_allclose(got, want, rtol=TOL[dt], atol=TOL[dt] * np.abs(want).max(),
                               err_msg=what)
    monkeypatch.setattr(conv, "MASKED_PAD", False)
    padded = _build(op, x, w, attrs)
    monkeypatch.setattr(conv, "MASKED_PAD", True)
    assert not _masked_kernels(padded) and _pads(padded)
    assert np.array_equal(got.view(np.uint8), padded([x, w])[0].view(np.uint8)), what


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_same_convolutions_read_the_unpadded_image(monkeypatch, isa, dt):
    select_isa(monkeypatch, isa)
    monkeypatch.setattr(conv, "MASKED_PAD", True)  # AVX2 too (see test_where_by_default)
    rng = np.random.default_rng(9)
    for c, o, h, wd, k, p, d, g in CASES:
        attrs = {"stride": (1, 1), "padding": (p, p), "dilation": (d, d), "groups": g}
        x = rng.standard_normal((3, c, h, wd)).astype(dt)
        w = rng.standard_normal((o, c // g, k, k)).astype(dt)
        _check(monkeypatch, "conv2d", x, w, attrs, dt, f"{(c, o, h, wd, k, p, d, g)} {dt}")


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
def test_stride1_transposed_convolution_reads_the_unpadded_image(monkeypatch, isa):
    select_isa(monkeypatch, isa)
    monkeypatch.setattr(conv, "MASKED_PAD", True)
    rng = np.random.default_rng(10)
    for c, o, hw in ((16, 16, 17), (8, 12, 8), (5, 3, 6)):
        x = rng.standard_normal((2, c, hw, hw))
        w = rng.standard_normal((c, o, 3, 3))
        attrs = {"stride": (1, 1), "padding": (1, 1), "output_padding": (0, 0),
                 "dilation": (1, 1), "groups": 1}
        _check(monkeypatch, "conv_transpose2d", x, w, attrs, np.float64, f"{(c, o, hw)}")


def test_which_convolutions_are_masked(monkeypatch):
    """Not 'same' size (output rows narrower or wider than the image's) or strided: padded
    as before (and still correct)."""
    monkeypatch.setattr(conv, "MASKED_PAD", True)
    rng = np.random.default_rng(11)
    for c, hw, k, p, s, masked in ((4, 9, 3, 1, 1, True), (4, 9, 5, 1, 1, False),
                                   (4, 9, 3, 1, 2, False), (4, 9, 3, 2, 1, False),
                                   (64, 64, 3, 1, 1, True)):
        attrs = {"stride": (s, s), "padding": (p, p), "dilation": (1, 1), "groups": 1}
        x = rng.standard_normal((1, c, hw, hw)).astype(np.float32)
        w = rng.standard_normal((3, c, k, k)).astype(np.float32)
        exe = _build("conv2d", x, w, attrs)
        assert bool(_masked_kernels(exe)) == masked and bool(_pads(exe)) != masked, \
            (c, hw, k, p, s)
        want = run_graph(op_graph("conv2d", [x, w], attrs), [x, w])[0]
        np.testing.assert_allclose(exe([x, w])[0], want, rtol=2e-4,
                                   atol=2e-4 * np.abs(want).max())


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
def test_where_by_default(monkeypatch, isa):
    """MASKED_PAD None: read in place where the target has mask registers (AVX-512), padded
    on AVX2 (masks there cost more than the pad)."""
    select_isa(monkeypatch, isa)
    x = np.ones((1, 4, 8, 16), np.float32)
    w = np.ones((3, 4, 3, 3), np.float32)
    attrs = {"stride": (1, 1), "padding": (1, 1), "dilation": (1, 1), "groups": 1}
    exe = _build("conv2d", x, w, attrs)
    assert bool(_masked_kernels(exe)) == (isa == "avx512") != bool(_pads(exe))


def test_padding_products_are_skipped_not_added_as_zeros(monkeypatch):
    """docs/api.md, Numerics: on AVX-512 an infinite weight at a tap that reads the padding
    leaves the border pixel the sum of the other taps (the interpreter, adding inf * 0, and
    the padded build give NaN)."""
    select_isa(monkeypatch, "avx512")
    x = np.ones((1, 1, 4, 32), np.float32)
    w = np.ones((1, 1, 3, 3), np.float32)
    w[0, 0, 0, 0] = np.inf  # the top-left tap: padding for the first row and column
    attrs = {"stride": (1, 1), "padding": (1, 1), "dilation": (1, 1), "groups": 1}
    got = _build("conv2d", x, w, attrs)([x, w])[0]
    want = run_graph(op_graph("conv2d", [x, w], attrs), [x, w])[0]
    assert np.isnan(want[0, 0, 0, 0]) and got[0, 0, 0, 0] == 4.0  # taps (1..2, 1..2)
    assert got[0, 0, 0, 5] == 6.0 and np.isinf(got[0, 0, 1, 1])
