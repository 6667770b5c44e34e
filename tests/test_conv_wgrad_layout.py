"""The channels-last weight gradient (plan/conv.py _grad_weight_nhwc) and its padded copy of x
(llvm/conv_nhwc.py, issue 14) against the interpreter: channel counts below, at and past the
tile sizes (1, 3, 16, 17, 33), widths that are whole tiles, tiles plus a half or quarter
tile, and fewer than 4 pixels (1, 3, 8, 13, 21, 56); paddings 0 to 2 (rows and columns
apart), strides and dilations; batch 1 and 5 (and 0: zeros) through one build with a
symbolic batch; float32 and float64 under both instruction sets. The copy is checked against
the loop kernel it replaces (the same bits) and under GV_BOUNDS=1 through the kernel's views;
the per-image dwT GEMMs summed after (WGRAD_PARTIALS) on the same cases; x read through
slices and a transpose."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.errors import BoundsError
from gvcompile.interp import run_graph
from gvcompile.ir.binding import Arg
from gvcompile.ir.graph import Graph, Output
from gvcompile.ir.types import BATCH, TensorType
from gvcompile.llvm.compile import compile_plan
from gvcompile.llvm.conv_nhwc import segments, tile_sizes, transpose
from gvcompile.llvm.executable import Executable
from gvcompile.ops.builder import Builder
from gvcompile.plan import conv as plan_conv
from gvcompile.plan.build import build_plan
from gvcompile.targets import get_backend
from gvcompile.testing import op_graph

from .isa import select_isa

TOL = {np.float32: 3e-4, np.float64: 1e-11}
OP = "conv2d_grad_weight"

# (C, O, h, w, kernel, stride, padding, dilation)
CASES = [
    (16, 4, 6, 8, (3, 3), (1, 1), (1, 1), (1, 1)),  # one 8- or 16-wide tile per row
    (17, 5, 5, 21, (3, 3), (1, 1), (1, 1), (1, 1)),  # channel tail, 16 + 4 + 1 pixels
    (3, 2, 7, 13, (3, 3), (1, 1), (2, 0), (1, 2)),  # fewer channels than a tile; dilation
    (33, 3, 9, 3, (3, 2), (1, 1), (0, 2), (1, 1)),  # 3 pixels: the scalar tail only
    (1, 3, 6, 1, (2, 1), (1, 1), (1, 0), (1, 1)),  # one channel, one pixel
    (8, 6, 11, 19, (3, 3), (2, 2), (1, 1), (1, 1)),  # strided
    (32, 8, 8, 56, (3, 3), (1, 1), (1, 1), (1, 1)),  # ResNet-like rows; batch 5 in threads
]


def _force(monkeypatch):
    """Every case through the channels-last GEMM (not the direct kernel)."""
    monkeypatch.setattr(plan_conv, "DIRECT_WGRAD", False)


def _inputs(rng, case, n, dt):
    c, o, h, w, k, s, p, d = case
    ho = (h + 2 * p[0] - d[0] * (k[0] - 1) - 1) // s[0] + 1
    wo = (w + 2 * p[1] - d[1] * (k[1] - 1) - 1) // s[1] + 1
    attrs = {"kernel_size": k, "stride": s, "padding": p, "dilation": d, "groups": 1}
    x = rng.standard_normal((n, c, h, w)).astype(dt)
    gy = rng.standard_normal((n, o, ho, wo)).astype(dt)
    return [x, gy], attrs


def _check(exe, rng, case, attrs, dt, what):
    xs, _ = _inputs(rng, case, 0, dt)  # an empty batch: zeros, as the interpreter says
    np.testing.assert_array_equal(exe(xs)[0], np.zeros(attrs["shape"], dt))
    np.testing.assert_array_equal(run_graph(op_graph(OP, xs, attrs["op"]), xs)[0],
                                  np.zeros(attrs["shape"], dt))
    for n in (1, 5):
        xs, _ = _inputs(rng, case, n, dt)
        got = exe(xs)[0]
        want = run_graph(op_graph(OP, xs, attrs["op"]), xs)[0]
        scale = max(1.0, float(np.abs(want).max()))
        np.testing.assert_allclose(got, want, rtol=TOL[dt], atol=TOL[dt] * scale,
                                   err_msg=f"{case} batch {n} {what}")


def _copy_kernel(plan):
    return next((k for k in plan.kernels if k.kind == "op" and k.op == "transpose"), None)


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_weight_gradient_through_the_copy(monkeypatch, isa, dt):
    select_isa(monkeypatch, isa)
    _force(monkeypatch)
    rng = np.random.default_rng(11)
    for case in CASES:
        args, attrs = _inputs(rng, case, 2, dt)
        exe = get_backend("cpu").build(op_graph(OP, args, attrs, batch_axes=[0, 0]))
        assert _copy_kernel(exe.plan) is not None, case
        assert not _per_image(exe.plan), case  # small images: one summed dwT
        _check(exe, rng, case, {"op": attrs, "shape": exe(args)[0].shape}, dt,
               f"{isa} {dt.__name__}")


def _per_image(plan) -> bool:
    return any(k.name.endswith("dw_sum") for k in plan.kernels)


@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_per_image_partials(monkeypatch, dt):
    """A dwT per image (the GEMM batch split by image over threads), summed after: forced on
    every case; the rule takes it for 32x32 images and up."""
    _force(monkeypatch)
    monkeypatch.setenv("GV_BOUNDS", "1")  # the partials and their sum inside their buffers
    monkeypatch.setattr(plan_conv, "WGRAD_PARTIAL_MIN_PIXELS", 1)
    rng = np.random.default_rng(13)
    for case in CASES:
        args, attrs = _inputs(rng, case, 2, dt)
        exe = get_backend("cpu").build(op_graph(OP, args, attrs, batch_axes=[0, 0]))
        assert _per_image(exe.plan), case
        _check(exe, rng, case, {"op": attrs, "shape": exe(args)[0].shape}, dt, dt.__name__)
    monkeypatch.undo()
    _force(monkeypatch)
    big = (4, 4, 32, 32, (3, 3), (1, 1), (1, 1), (1, 1))
    args, attrs = _inputs(rng, big, 2, np.float32)
    assert _per_image(build_plan(op_graph(OP, args, attrs, batch_axes=[0, 0])))
    monkeypatch.setattr(plan_conv, "WGRAD_PARTIALS", False)
    assert not _per_image(build_plan(op_graph(OP, args, attrs, batch_axes=[0, 0])))


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
def test_copy_matches_the_loop_kernel(monkeypatch, isa):
    """The op kernel and the loop kernel it replaces (NHWC_COPY_KERNEL off) give the same
    bits, so the zeros of the border and every interior element are where the GEMM reads."""
    select_isa(monkeypatch, isa)
    _force(monkeypatch)
    rng = np.random.default_rng(5)
    for case in (CASES[1], CASES[3], CASES[5]):
        args, attrs = _inputs(rng, case, 3, np.float32)
        g = op_graph(OP, args, attrs, batch_axes=[0, 0])
        fast = get_backend("cpu").build(g)(args)[0]
        monkeypatch.setattr(plan_conv, "NHWC_COPY_KERNEL", False)
        slow_exe = get_backend("cpu").build(op_graph(OP, args, attrs, batch_axes=[0, 0]))
        assert _copy_kernel(slow_exe.plan) is None
        np.testing.assert_array_equal(fast, slow_exe(args)[0], err_msg=str(case))
        monkeypatch.setattr(plan_conv, "NHWC_COPY_KERNEL", True)


def test_bounds_checked_through_the_views(monkeypatch):
    monkeypatch.setenv("GV_BOUNDS", "1")
    _force(monkeypatch)
    rng = np.random.default_rng(3)
    args, attrs = _inputs(rng, CASES[1], 2, np.float32)
    g = op_graph(OP, args, attrs, batch_axes=[0, 0])
    plan = build_plan(g)
    got = Executable(g, plan, compile_plan(plan, use_cache=False))(args)[0]
    want = run_graph(op_graph(OP, args, attrs), args)[0]
    np.testing.assert_allclose(got, want, rtol=3e-4, atol=3e-4 * np.abs(want).max())
    plan = build_plan(g)
    k = _copy_kernel(plan)
    k.outputs[0] = dataclasses.replace(k.outputs[0], offset=k.outputs[0].offset + 1)
    with pytest.raises(BoundsError, match=k.name):
        Executable(g, plan, compile_plan(plan, use_cache=False))(args)


def test_tiles_and_segments():
    assert tile_sizes(np.float32) in ([16, 8, 4], [8, 4])
    assert tile_sizes(np.float64) in ([8, 4], [4])
    segs, tail = segments(59, [16, 8, 4])
    assert segs == [(0, 16, 3), (48, 8, 1)] and tail == 56
    segs, tail = segments(63, [16, 8, 4])
    assert segs == [(0, 16, 3), (48, 8, 1), (56, 4, 1)] and tail == 60


def test_transpose_shuffles():
    """The shuffle stages transpose: traced on index vectors through a stand-in builder."""

    class Shuffler:
        def shuffle_vector(self, a, c, mask):
            both = list(a) + list(c)
            return [both[m if isinstance(m, int) else m.constant] for m in mask.constant]

    for s in (4, 8, 16):
        rows = [[(i, j) for j in range(s)] for i in range(s)]
        out = transpose(Shuffler(), rows)
        assert out == [[(i, j) for i in range(s)] for j in range(s)]


def _view_graph(x, gy, attrs, view):
    """conv2d_grad_weight(view(x), gy): x read through a slice or a transpose (not a copy)."""
    b = Builder(Graph("view_wgrad"))
    with b.scope("test (view)"):
        xa = b.arg(Arg("input", 0), TensorType((BATCH,) + x.shape[1:], x.dtype), "x")
        ga = b.arg(Arg("input", 1), TensorType((BATCH,) + gy.shape[1:], gy.dtype), "gy")
        xv = b.emit(view[0], xa, **view[1])
        out = b.emit(OP, xv, ga, **attrs)
    b.graph.outputs = [Output(out.id)]
    return b.graph


@pytest.mark.parametrize("view, fast", [
    (("slice", {"axis": 3, "start": 2, "stop": 19}), True),  # rows of 17 in rows of 21
    (("slice", {"axis": 1, "start": 1, "stop": 18}), True),  # 17 of 20 channels
    (("transpose", {"perm": (0, 1, 3, 2)}), False),  # strided rows: the loop kernel
])
def test_input_views(monkeypatch, view, fast):
    """x sliced along its rows or channels is read in place by the copy kernel (row and
    channel strides other than W and H W); a transposed x (strided rows) takes the loop."""
    _force(monkeypatch)
    rng = np.random.default_rng(17)
    x = rng.standard_normal((3, 20, 21, 21)).astype(np.float32)
    xs = {"slice": lambda a, axis, start, stop: np.take(a, range(start, stop), axis=axis),
          "transpose": lambda a, perm: np.transpose(a, perm)}[view[0]](x, **view[1])
    attrs = {"kernel_size": (3, 3), "stride": (1, 1), "padding": (1, 2), "dilation": (1, 1),
             "groups": 1}
    gy = rng.standard_normal((3, 4, xs.shape[2], xs.shape[3] + 2)).astype(np.float32)
    exe = get_backend("cpu").build(_view_graph(x, gy, attrs, view))
    assert (_copy_kernel(exe.plan) is not None) == fast
    want = run_graph(op_graph(OP, [xs, gy], attrs), [np.ascontiguousarray(xs), gy])[0]
    np.testing.assert_allclose(exe([x, gy])[0], want, rtol=3e-4, atol=3e-4 * np.abs(want).max())
