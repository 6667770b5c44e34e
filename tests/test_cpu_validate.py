"""GV_VALIDATE's checker for target="cpu": silent when compiled code agrees with the
interpreter, and names the first kernel (with its layers) or output that differs."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.layers import Conv, Fc, MaxPool, Reshape, SequentialContainer
from gvcompile.llvm.validate import ValidatingExecutable, ValidationError
from gvcompile.ops import OPS
from gvcompile.targets import get_backend
from gvcompile.testing import op_graph


def _model():
    gvcompile.manual_seed(0)
    return SequentialContainer([Conv(1, 3, (3, 3), activation_function="relu"), MaxPool((2, 2)),
                                Reshape((12,)), Fc(12, 4, activation_function="tanh")])


def test_agreeing_code_passes():
    x = np.random.default_rng(0).standard_normal((3, 1, 6, 6)).astype(np.float32)
    g = op_graph("max_pool2d_grad", [x, np.ones((3, 1, 3, 3), np.float32)],
                 {"kernel_size": (2, 2)})
    exe = ValidatingExecutable(g, get_backend("cpu").build(g))
    out = exe([x, np.ones((3, 1, 3, 3), np.float32)])
    assert out[0].shape == x.shape


def test_names_the_first_wrong_kernel(monkeypatch):
    x = np.random.default_rng(1).standard_normal((4, 6)).astype(np.float32)
    g = op_graph("tanh", [x], {})
    good = get_backend("cpu").build(g)
    monkeypatch.setattr(OPS["tanh"], "scalar", lambda s, v: s.add(s.tanh(v), s.const(1e-3)))
    bad = get_backend("cpu").build(g)
    ValidatingExecutable(g, good)  # building the debug copy uses the broken body too
    with pytest.raises(ValidationError, match=r"output 0 .*tanh.*differs"):
        ValidatingExecutable(g, bad)([x])


def test_names_an_intermediate_kernel_and_its_layer(monkeypatch):
    from gvcompile.compiled.model import build_forward_graph
    from gvcompile.ir.types import TensorType

    m = _model()
    g = build_forward_graph(m, [TensorType(("N", 1, 6, 6), np.dtype(np.float32))])
    rng = np.random.default_rng(2)
    args = [rng.standard_normal(tuple(2 if e == "N" else e for e in g.type(a).shape))
            .astype(np.float32) for a in g.args]  # input, then parameters (any values)
    ValidatingExecutable(g, get_backend("cpu").build(g))(args)  # agrees
    monkeypatch.setattr(OPS["relu"], "scalar", lambda s, v: s.max(v, s.const(0.5)))
    exe = ValidatingExecutable(g, get_backend("cpu").build(g))
    want = r"kernel gv_k\d+_\w*relu.*layers model\[0\] \(Conv\)"
    with pytest.raises(ValidationError, match=want):
        exe(args)
