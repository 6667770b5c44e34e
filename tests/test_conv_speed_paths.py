"""The fast convolution paths of the LLVM backend against the interpreter (issue 14): the input
gradient (conv_transpose2d) as an implicit-GEMM convolution with the flipped weight (stride 1,
any padding, output_padding, dilation, groups) and the older col2im path it falls back to
(stride > 1), the 1x1 case on the input itself, and the weight gradient, on random shapes,
batch sizes (1 and sizes that are no multiple of a vector), float32 and float64, under both
instruction sets (GV_ISA=avx2 and, where the host has it, avx512). The batch is symbolic, so
one build runs several batch sizes."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.interp import run_graph
from gvcompile.targets import get_backend
from gvcompile.testing import op_graph

from .isa import select_isa

TOL = {np.float32: 2e-4, np.float64: 1e-11}




def _transpose_case(rng, stride):
    """(x, w, attrs) of a random valid conv_transpose2d with the given stride."""
    g = int(rng.choice([1, 1, 2, 3]))
    cg, og = int(rng.integers(1, 5)), int(rng.integers(1, 5))
    kh, kw = int(rng.integers(1, 4)), int(rng.integers(1, 4))
    d = (int(rng.integers(1, 3)), int(rng.integers(1, 3)))
    p = (int(rng.integers(0, 3)), int(rng.integers(0, 3)))
    op = tuple(int(rng.integers(0, max(stride, d[a]))) for a in range(2))
    h, w = int(rng.integers(2, 9)), int(rng.integers(2, 9))
    k = (kh, kw)
    out = [(x - 1) * stride - 2 * p[a] + d[a] * (k[a] - 1) + op[a] + 1
           for a, x in enumerate((h, w))]
    if min(out) < 1:
        p = (0, 0)
    attrs = {"stride": (stride, stride), "padding": p, "output_padding": op, "dilation": d,
             "groups": g}
    return (g * cg, h, w), rng.standard_normal((g * cg, og, kh, kw)), attrs


def _check(op, inputs, attrs, dt, batches):
    """Build once with a symbolic batch, run every batch size against the interpreter."""
    inputs = [a.astype(dt) for a in inputs]
    axes = [0, 0] if op == "conv2d_grad_weight" else [0, None]
    exe = get_backend("cpu").build(op_graph(op, inputs, attrs, batch_axes=axes))
    rng = np.random.default_rng(len(batches))
    for n in batches:
        xs = [rng.standard_normal((n,) + a.shape[1:]).astype(dt) if i == 0 or
              op == "conv2d_grad_weight" else a for i, a in enumerate(inputs)]
        got = exe(xs)[0]
        want = run_graph(op_graph(op, xs, attrs), xs)[0]
        scale = max(1.0, float(np.abs(want).max()))
        np.testing.assert_allclose(got, want, rtol=TOL[dt], atol=TOL[dt] * scale,
                                   err_msg=f"{op} {attrs} batch {n} {dt.__name__}")


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
@pytest.mark.parametrize("stride", [1, 2])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_conv_transpose2d_random(monkeypatch, isa, stride, dt):
    select_isa(monkeypatch, isa)
    rng = np.random.default_rng(100 * stride + (dt == np.float64))
    for _ in range(3):
        (c, h, w), wt, attrs = _transpose_case(rng, stride)
        x = rng.standard_normal((2, c, h, w))
        _check("conv_transpose2d", [x, wt], attrs, dt, (1, 5))


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
def test_conv_transpose2d_shapes_of_resnet(monkeypatch, isa):
    """Both gradients of ResNet-style 3x3 and 1x1 convolutions (padding 1 / 0, channel counts
    across a vector width, images 17, 9 and 8 wide: narrower than a GEMM panel, so full
    panels are gathered, and no multiple of any tile)."""
    select_isa(monkeypatch, isa)
    rng = np.random.default_rng(7)
    for c, o, k, p, hw in ((16, 16, 3, 1, 17), (24, 40, 1, 0, 9), (33, 17, 3, 1, 8)):
        gy = rng.standard_normal((3, c, hw, hw))
        wt = rng.standard_normal((c, o, k, k))
        attrs = {"stride": (1, 1), "padding": (p, p), "output_padding": (0, 0),
                 "dilation": (1, 1), "groups": 1}
        _check("conv_transpose2d", [gy, wt], attrs, np.float32, (3, 1, 7))
        x = rng.standard_normal((3, o, hw, hw))  # the conv's input: gy's conv2d_grad_weight
        attrs = dict(attrs, kernel_size=(k, k))
        del attrs["output_padding"]
        _check("conv2d_grad_weight", [x, gy], attrs, np.float32, (3, 1))


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_conv2d_gradients_random(monkeypatch, isa, dt):
    """Both gradients of random convolutions (the ops a conv2d VJP emits)."""
    select_isa(monkeypatch, isa)
    rng = np.random.default_rng(5 + (dt == np.float64))
    for _ in range(4):
        g = int(rng.choice([1, 2]))
        c, o = g * int(rng.integers(1, 5)), g * int(rng.integers(1, 5))
        kh, kw = int(rng.integers(1, 4)), int(rng.integers(1, 4))
        s = (int(rng.integers(1, 3)), int(rng.integers(1, 3)))
        p = (int(rng.integers(0, 2)), int(rng.integers(0, 2)))
        d = (int(rng.integers(1, 3)), int(rng.integers(1, 3)))
        h, w = int(rng.integers(5, 11)), int(rng.integers(5, 11))
        x = rng.standard_normal((2, c, h, w))
        wt = rng.standard_normal((o, c // g, kh, kw))
        attrs = {"stride": s, "padding": p, "dilation": d, "groups": g}
        y = run_graph(op_graph("conv2d", [x, wt], attrs), [x, wt])[0]
        gy = rng.standard_normal(y.shape)
        op_pad = tuple(h_ - ((yo - 1) * s[a] - 2 * p[a] + d[a] * ((kh, kw)[a] - 1) + 1)
                       for a, (h_, yo) in enumerate(zip((h, w), y.shape[2:], strict=True)))
        _check("conv_transpose2d", [gy, wt], dict(attrs, output_padding=op_pad), dt, (2, 1))
        _check("conv2d_grad_weight", [x, gy], dict(attrs, kernel_size=(kh, kw)), dt, (2,))


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_edge_tile_heights(monkeypatch, isa, dt):
    """Output channel counts whose last micro-tile row is 1..MR rows high (MR 12 or 6) run
    each edge kernel (MR/3, MR/2, 2MR/3 rows, gemm.py) partly and fully filled, on an image
    row wider than a B panel (NR 32 or 16), whose first panels are read in place (DIRECT_B;
    40 channels: more than two tiles, DIRECT_NEAR) and the rest packed; results against the
    interpreter and bit-identical to the build with neither (same summation order)."""
    from gvcompile.llvm import gemm

    select_isa(monkeypatch, isa)
    rng = np.random.default_rng(11)
    attrs = {"stride": (1, 1), "padding": (1, 1), "dilation": (1, 1), "groups": 1}
    x = rng.standard_normal((2, 5, 4, 40)).astype(dt)
    for o in (2, 3, 4, 5, 8, 9, 13, 16, 40):
        w = rng.standard_normal((o, 5, 3, 3)).astype(dt)
        got = get_backend("cpu").build(op_graph("conv2d", [x, w], attrs))([x, w])[0]
        want = run_graph(op_graph("conv2d", [x, w], attrs), [x, w])[0]
        np.testing.assert_allclose(got, want, rtol=TOL[dt], atol=TOL[dt] * np.abs(want).max(),
                                   err_msg=f"{o} channels")
        monkeypatch.setattr(gemm, "EDGE_KERNELS", False)
        monkeypatch.setattr(gemm, "DIRECT_B", False)
        plain = get_backend("cpu").build(op_graph("conv2d", [x, w], attrs))([x, w])[0]
        monkeypatch.setattr(gemm, "EDGE_KERNELS", True)
        monkeypatch.setattr(gemm, "DIRECT_B", True)
        assert np.array_equal(got.view(np.uint8), plain.view(np.uint8)), f"{o} channels"


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_plane_pad(monkeypatch, isa, dt):
    """The padded copy of an implicit GEMM's input written plane by plane (llvm/lower_pad.py):
    asymmetric pads, widths with and without a vector remainder, against the interpreter, and
    again after the program's arena is filled with NaN (every zero must be written, none
    left to a previous content)."""
    from gvcompile.plan import conv as plan_conv

    select_isa(monkeypatch, isa)
    monkeypatch.setattr(plan_conv, "PLANE_PAD", True)
    monkeypatch.setattr(plan_conv, "MASKED_PAD", False)  # 'same' ones read x in place
    rng = np.random.default_rng(7)
    for c, h, w, k, p in ((3, 5, 13, (3, 3), (2, 1)), (2, 4, 8, (2, 3), (1, 2)),
                          (4, 3, 17, (3, 1), (1, 0))):
        x = rng.standard_normal((2, c, h, w)).astype(dt)
        wt = rng.standard_normal((5, c) + k).astype(dt)
        attrs = {"stride": (1, 1), "padding": p, "dilation": (1, 1), "groups": 1}
        exe = get_backend("cpu").build(op_graph("conv2d", [x, wt], attrs,
                                                batch_axes=[0, None]))
        assert any(k.kind == "op" and k.op == "pad" for k in exe.plan.kernels)
        want = run_graph(op_graph("conv2d", [x, wt], attrs), [x, wt])[0]
        for _ in range(2):
            got = exe([x, wt])[0]
            np.testing.assert_allclose(got, want, rtol=TOL[dt], atol=TOL[dt] * 10)
            exe._arena[:] = 0xFF  # NaN in every float of the arena
