"""plan/conv.py picks the path of a stride-1 conv_transpose2d on the CPU by the elements each
moves: as a conv (implicit GEMM gathering its image operand) unless col2im scatters fewer than
half as many (few output channels on small images: LeNet's input gradient). Both paths
against the interpreter."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.plan import conv
from gvcompile.plan.build import build_plan
from gvcompile.testing import op_graph

from .test_cpu_codegen import _run_both


def _as_conv(plan) -> bool:
    return any(k.op == "matmul" and "b_conv" in k.attrs for k in plan.kernels)


@pytest.mark.parametrize("cin,cout,hw,k,pad,want_conv", [
    (16, 6, 8, 5, 0, False),   # LeNet's 16 -> 6 input gradient: col2im
    (16, 12, 8, 5, 0, False),
    (16, 12, 32, 3, 1, True),  # ResNet-sized images stay a conv
    (32, 32, 8, 3, 1, True),
])
def test_path_by_elements_moved(cin, cout, hw, k, pad, want_conv):
    rng = np.random.default_rng(cin + cout + hw)
    x = rng.standard_normal((2, cin, hw, hw))
    w = rng.standard_normal((cin, cout, k, k))
    attrs = {"stride": (1, 1), "padding": (pad, pad), "dilation": (1, 1), "groups": 1,
             "output_padding": (0, 0)}
    g = op_graph("conv_transpose2d", [x, w], attrs)
    assert _as_conv(build_plan(g)) == want_conv
    _run_both(g, x, w)


def test_a_huge_ratio_keeps_every_stride1_transpose_a_conv(monkeypatch):
    monkeypatch.setattr(conv, "TRANSPOSE_AS_CONV_SCATTER_RATIO", 10**9)
    x = np.ones((1, 16, 8, 8), np.float32)
    w = np.ones((16, 6, 5, 5), np.float32)
    g = op_graph("conv_transpose2d", [x, w], {"stride": (1, 1), "padding": (0, 0),
                                              "dilation": (1, 1), "groups": 1,
                                              "output_padding": (0, 0)})
    assert _as_conv(build_plan(g))
