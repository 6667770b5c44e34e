"""Equal op kernels (conv, GEMM, pools) are generated once per module and called with each
kernel's buffers (llvm/emit.py DEDUP_OP_KERNELS, issue 16); the key sees everything a lowering
rule reads, so kernels that differ anywhere (an array's middle, aliasing, a dtype) stay apart."""

from __future__ import annotations

import numpy as np

import gvcompile
from gvcompile.layers import Conv, SequentialContainer
from gvcompile.llvm import emit
from gvcompile.plan.extent import Lin
from gvcompile.plan.kernels import Kernel
from gvcompile.plan.view import View


def _view(buf, n=4):
    return View(buf, Lin(), (Lin(0, n),), (Lin(0, 1),))


def _kernel(ins, outs, **attrs):
    return Kernel(0, "k", "op", op="matmul", attrs=attrs, inputs=[_view(b) for b in ins],
                  outputs=[_view(b) for b in outs])


def test_op_key_sees_array_bytes_aliasing_and_dtypes():
    f32 = [np.dtype(np.float32)] * 8
    a = np.arange(5000, dtype=np.float32)
    b = a.copy()
    b[2500] = -1.0  # repr elides the middle: the key must not
    ka = emit._op_key(_kernel([0, 1], [2], t=a), [0, 1, 2], f32)
    kb = emit._op_key(_kernel([0, 1], [2], t=b), [0, 1, 2], f32)
    assert ka[0] != kb[0]
    moved = emit._op_key(_kernel([3, 4], [5], t=a.copy()), [3, 4, 5], f32)
    assert moved[0] == ka[0] and moved[1] == {0: 3, 1: 4, 2: 5}  # buffers renumbered
    aliased = emit._op_key(_kernel([0, 1], [1], t=a), [0, 1], f32)
    assert aliased[0] != ka[0]  # output written in place of an input: another kernel
    f64 = [np.dtype(np.float64)] * 8
    assert emit._op_key(_kernel([0, 1], [2], t=a), [0, 1, 2], f64)[0] != ka[0]
    assert emit._op_key(_kernel([0, 1], [2], v=_view(7)), [0, 1, 2], f32) is None


def _convs():
    gvcompile.manual_seed(0)
    return SequentialContainer([Conv(4, 4, (3, 3), padding=(1, 1), activation_function="relu"),
                                Conv(4, 4, (3, 3), padding=(1, 1), activation_function="relu"),
                                Conv(4, 4, (3, 3), padding=(1, 1))])


def test_equal_convolutions_are_generated_once_and_match_the_interpreter(tmp_path, monkeypatch):
    from gvcompile.compiled.model import build_graphs
    from gvcompile.ir.types import TensorType
    from gvcompile.llvm import lowering  # noqa: F401  (registers the op lowering rules)
    from gvcompile.plan.build import build_plan

    monkeypatch.setenv("GV_CACHE_DIR", str(tmp_path))
    model = _convs()
    fwd, bwd = build_graphs(model, [TensorType(("N", 4, 8, 8), np.float32)], 2, name="convs")
    for g in (fwd, bwd):
        plan = build_plan(g)
        text = emit.ModuleEmitter(plan).emit()
        ops = [k.name for k in plan.kernels if k.kind == "op"]
        defined = [n for n in ops if f'define internal void @"{n}"(' in text]
        assert len(ops) >= 3 and len(defined) < len(ops), (ops, defined)
    x = np.random.default_rng(0).standard_normal((2, 4, 8, 8), dtype=np.float32)
    cm = gvcompile.compile(model, x, target="cpu")
    ref = gvcompile.compile(_convs(), x, target="interp")
    np.testing.assert_allclose(cm(x), ref(x), rtol=1e-4, atol=1e-4)
    g = np.random.default_rng(1).standard_normal(cm(x).shape, dtype=np.float32)
    for a, b in zip(cm.backward(g), ref.backward(g), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-3, atol=1e-3)
