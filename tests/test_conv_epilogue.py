"""The element-wise epilogue fused into a convolution's GEMM (issue 14, plan/conv_epilogue.py,
llvm/gemm.py): conv2d -> + per-channel bias -> + residual -> relu, each step optional, on
strided, padded, dilated and grouped convolutions whose output channels and pixels leave edge
tiles (rows and columns), with reductions longer than one K block, strided 1x1 convolutions
(over a subsampled copy of the input, conv.py SUBSAMPLE_1X1), residuals read through
their own strides (a channel slice of a larger tensor), operands of the adds in either order,
float32 and float64, under both instruction sets. Each case checks that the plan fused what it
should, the result against the interpreter, and bit for bit against the unfused program
(FUSE_EPILOGUE = False: separate element-wise loops). The batch is symbolic: one build runs
several batch sizes."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.interp import run_graph
from gvcompile.ir.binding import Arg
from gvcompile.ir.graph import Graph, Output
from gvcompile.ir.types import BATCH, TensorType
from gvcompile.ops.builder import Builder
from gvcompile.plan import conv_epilogue
from gvcompile.targets import get_backend

from .isa import select_isa

TOL = {np.float32: 2e-4, np.float64: 1e-11}




def _out_hw(h, w, k, s, p, d):
    return tuple((x + 2 * p[a] - d[a] * (k[a] - 1) - 1) // s[a] + 1
                 for a, x in enumerate((h, w)))


def _graph(case, dt):
    """(graph, example inputs) of one case: conv2d then the chain case['chain'] names."""
    c, o, h, w, k, s, p, d, g = (case[x] for x in "c o h w k s p d g".split())
    ho, wo = _out_hw(h, w, k, s, p, d)
    rng = np.random.default_rng(sum(map(ord, repr(sorted(case.items())))))
    b = Builder(Graph("conv_epilogue"))
    ins, vals = [], []

    def arg(shape, batch):
        i = len(ins)
        full = ((BATCH,) + shape) if batch else shape
        ins.append(b.arg(Arg("input", i), TensorType(full, dt), f"x{i}"))
        vals.append(rng.standard_normal(((2,) if batch else ()) + shape).astype(dt))
        return ins[-1]

    with b.scope("test (conv epilogue)"):
        y = b.emit("conv2d", arg((c, h, w), True), arg((o, c // g) + k, False), stride=s,
                   padding=p, dilation=d, groups=g)
        for step in case["chain"]:
            if step in ("bias", "bias4", "bias_first"):
                v = arg((1, o, 1, 1) if step == "bias4" else (o, 1, 1), False)
                y = b.emit("add", v, y) if step == "bias_first" else b.emit("add", y, v)
            elif step in ("res", "res_first"):
                v = arg((o, ho, wo), True)
                y = b.emit("add", v, y) if step == "res_first" else b.emit("add", y, v)
            elif step == "res_slice":  # channels 1..o+1 of a larger tensor: its own strides
                v = b.emit("slice", arg((o + 3, ho, wo), True), axis=1, start=1, stop=o + 1)
                y = b.emit("add", y, v)
            elif step == "res_t":  # a transposed (pixel-strided) residual: not fused
                v = b.emit("transpose", arg((o, wo, ho), True), perm=(0, 1, 3, 2))
                y = b.emit("add", y, v)
            else:
                y = b.emit(step, y)
    b.graph.outputs = [Output(y.id)]
    return b.graph, vals


def _fused_steps(exe):
    return [tuple(k.attrs["epilogue"]) for k in exe.plan.kernels
            if k.kind == "op" and "epilogue" in k.attrs]


def _run(case, dt, monkeypatch, fuse):
    monkeypatch.setattr(conv_epilogue, "FUSE_EPILOGUE", fuse)
    graph, vals = _graph(case, dt)
    exe = get_backend("cpu").build(graph)
    out = {}
    for n in (1, 5):
        rng = np.random.default_rng(n)
        xs = [rng.standard_normal((n,) + v.shape[1:]).astype(dt) if v.shape[:1] == (2,)
              else v for v in vals]
        out[n] = (exe(xs)[0], run_graph(graph, xs)[0])
    return exe, out


# c, o, h, w, kernel, stride, padding, dilation, groups, chain, what the GEMM fuses
CASES = [
    dict(c=3, o=13, h=9, w=11, k=(3, 3), s=(1, 1), p=(1, 1), d=(1, 1), g=1,
         chain=("bias", "relu"), fused=("bias", "relu")),
    dict(c=4, o=20, h=11, w=7, k=(3, 2), s=(2, 1), p=(1, 0), d=(1, 2), g=2,
         chain=("bias4", "res", "relu"), fused=("bias", "res", "relu")),
    dict(c=6, o=9, h=10, w=9, k=(3, 3), s=(2, 2), p=(2, 1), d=(2, 1), g=3,
         chain=("bias_first", "res_slice", "relu"), fused=("bias", "res", "relu")),
    dict(c=5, o=40, h=7, w=37, k=(1, 3), s=(1, 1), p=(0, 1), d=(1, 1), g=1,
         chain=("res_first", "relu"), fused=("res", "relu")),
    dict(c=64, o=14, h=6, w=7, k=(3, 3), s=(1, 1), p=(1, 1), d=(1, 1), g=1,
         chain=("bias", "res"), fused=("bias", "res")),  # K 576: two or three K blocks
    dict(c=8, o=16, h=8, w=8, k=(1, 1), s=(2, 2), p=(0, 0), d=(1, 1), g=1,
         chain=("relu",), fused=("relu",)),
    dict(c=4, o=6, h=9, w=9, k=(3, 3), s=(1, 1), p=(1, 1), d=(1, 1), g=2,
         chain=("bias", "res_t", "relu"), fused=("bias",)),  # the residual stays a loop
    dict(c=6, o=10, h=11, w=13, k=(1, 1), s=(2, 3), p=(0, 0), d=(1, 1), g=2,
         chain=("bias", "res_first", "relu"), fused=("bias", "res", "relu")),  # subsampled
]


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
@pytest.mark.parametrize("case", range(len(CASES)))
def test_fused_epilogue(monkeypatch, isa, dt, case):
    select_isa(monkeypatch, isa)
    c = CASES[case]
    exe, fused = _run(c, dt, monkeypatch, True)
    steps = _fused_steps(exe)
    assert steps and all(s == c["fused"] for s in steps), (steps, c["fused"])
    assert len(steps) == c["g"]  # one GEMM per group, each with the epilogue
    plain, unfused = _run(c, dt, monkeypatch, False)
    assert not _fused_steps(plain)
    for n, (got, want) in fused.items():
        scale = max(1.0, float(np.abs(want).max()))
        np.testing.assert_allclose(got, want, rtol=TOL[dt], atol=TOL[dt] * scale,
                                   err_msg=f"{c} batch {n} {dt.__name__} {isa}")
        np.testing.assert_array_equal(got, unfused[n][0], err_msg=f"{c} batch {n} vs unfused")


def test_chain_stops_at_shared_values(monkeypatch):
    """A conv whose output is also a graph output, or whose biased value has a second user,
    fuses nothing past it (the skipped values would be needed)."""
    monkeypatch.setattr(conv_epilogue, "FUSE_EPILOGUE", True)
    b = Builder(Graph("shared"))
    with b.scope("test"):
        x = b.arg(Arg("input", 0), TensorType((BATCH, 3, 6, 6), np.float32), "x")
        w = b.arg(Arg("input", 1), TensorType((4, 3, 3, 3), np.float32), "w")
        bias = b.arg(Arg("input", 2), TensorType((4, 1, 1), np.float32), "b")
        y = b.emit("conv2d", x, w, stride=(1, 1), padding=(1, 1), dilation=(1, 1), groups=1)
        z = b.emit("add", y, bias)
        r = b.emit("relu", z)
        y2 = b.emit("conv2d", x, w, stride=(1, 1), padding=(1, 1), dilation=(1, 1), groups=1)
    b.graph.outputs = [Output(r.id), Output(z.id), Output(y2.id)]
    exe = get_backend("cpu").build(b.graph)
    assert sorted(_fused_steps(exe)) == [("bias",)]
    rng = np.random.default_rng(0)
    xs = [rng.standard_normal(s).astype(np.float32) for s in ((2, 3, 6, 6), (4, 3, 3, 3),
                                                              (4, 1, 1))]
    for got, want in zip(exe(xs), run_graph(b.graph, xs), strict=True):
        np.testing.assert_allclose(got, want, rtol=2e-4, atol=2e-4)
