"""CPU executable runtime glue (gvcompile/llvm/executable.py, inplace.py): state outputs computed in
place into their argument arrays, recycled output arrays, the fast extent check. Correctness
only: the compiled train step equals the interpreter's step by step; arrays a caller still
holds are never overwritten."""

from __future__ import annotations

import copy

import numpy as np
import pytest

import gvcompile
from gvcompile.errors import DTypeError, ShapeError
from gvcompile.ir.binding import Arg
from gvcompile.ir.graph import Graph, Output
from gvcompile.ir.types import BATCH, TensorType
from gvcompile.layers import BatchNorm, Fc, SequentialContainer
from gvcompile.ops.builder import Builder
from gvcompile.optimization import MSGD, SGD, Adam, Nesterov, mse_loss
from gvcompile.targets import get_backend

OPTIMIZERS = [
    (SGD, {"learning_rate": 0.1, "weight_decay": 0.01, "dampening": 0.3}),
    (MSGD, {"learning_rate": 0.05, "momentum": 0.8}),
    (Nesterov, {"learning_rate": 0.05, "momentum": 0.9, "weight_decay": 0.02}),
    (Adam, {"learning_rate": 0.01, "amsgrad": True, "weight_decay": 0.1}),
]


def _model():
    gvcompile.manual_seed(3)
    return SequentialContainer([Fc(6, 9, activation_function="relu"), BatchNorm(9),
                                Fc(9, 4)])


def _arrays(m):
    return [m[0].weight, m[0].bias, m[1].weight, m[1].running_mean, m[1].running_variance,
            m[2].weight, m[2].bias]


@pytest.mark.parametrize("cls,kw", OPTIMIZERS, ids=[c.__name__ for c, _ in OPTIMIZERS])
def test_cpu_train_step_in_place_equals_interpreter(cls, kw):
    m1 = _model()
    m2 = copy.deepcopy(m1)
    rng = np.random.default_rng(0)
    x0, t0 = np.zeros((5, 6), np.float32), np.zeros((5, 4), np.float32)
    cpu = gvcompile.compile_train_step(m1, mse_loss, cls(m1, **kw), x0, t0, target="cpu")
    ref = gvcompile.compile_train_step(m2, mse_loss, cls(m2, **kw), x0, t0, target="interp")
    ids = [id(a) for a in _arrays(m1)]
    _, exe = next(iter(cpu._programs.values()))
    assert exe._aliased_bufs, "parameters and optimizer state should be updated in place"
    for k in range(5):
        n = (5, 2, 7)[k % 3]
        x = rng.standard_normal((n, 6)).astype(np.float32)
        t = rng.standard_normal((n, 4)).astype(np.float32)
        np.testing.assert_allclose(cpu.step(x, t), ref.step(x, t), rtol=2e-5, atol=1e-6)
    for a, b in zip(_arrays(m1), _arrays(m2), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-6)
    assert [id(a) for a in _arrays(m1)] == ids, "the model keeps its own arrays"
    for key, st in cpu.optimizer.state.items():
        for name, v in st.items():
            # (float32 over 5 steps; the GEMMs sum in another order than NumPy)
            np.testing.assert_allclose(v, ref.optimizer.state[key][name], rtol=1e-3,
                                       atol=1e-5, err_msg=f"{key} {name}")


def _graph(build, *types):
    g = Graph("t")
    b = Builder(g)
    with b.scope("test (T)"):
        xs = [b.arg(Arg("input", i), t, f"x{i}") for i, t in enumerate(types)]
        outs = build(b, *xs)
    g.outputs = [Output(v.id, role, key) for v, role, key in outs]
    return g


def test_state_read_after_its_update_is_not_aliased():
    """new_p = p * 0.5 is a state output of p, but a later value still needs the old p."""
    def build(b, p, q):
        new_p = p * 0.5
        late = b.emit("matmul", new_p + q, p, trans_b=True)  # reads the old p after new_p
        return [(new_p, "state", Arg("input", 0)), (late, "output", 0)]

    ty = TensorType((4, 4), np.float32)
    g = _graph(build, ty, ty)
    exe = get_backend("cpu").build(g)
    rng = np.random.default_rng(1)
    p, q = (rng.standard_normal((4, 4)).astype(np.float32) for _ in range(2))
    want_late = (p * 0.5 + q) @ p.T
    p_arg = p.copy()
    new_p, late = exe([p_arg, q])
    np.testing.assert_allclose(late, want_late, rtol=1e-5)
    np.testing.assert_allclose(new_p, p * 0.5)


def test_state_through_a_matmul_is_not_aliased():
    def build(b, p, q):
        return [(b.emit("matmul", p, q), "state", Arg("input", 0))]

    ty = TensorType((5, 5), np.float32)
    g = _graph(build, ty, ty)
    exe = get_backend("cpu").build(g)
    assert not exe._aliased_bufs
    rng = np.random.default_rng(2)
    p, q = (rng.standard_normal((5, 5)).astype(np.float32) for _ in range(2))
    np.testing.assert_allclose(exe([p.copy(), q])[0], p @ q, rtol=1e-5, atol=1e-6)


def test_elementwise_state_is_aliased_and_readonly_args_are_copied():
    def build(b, p, g):
        s = b.emit("reduce_sum", p * g, axes=(0, 1), keepdims=False)  # reads p first
        return [(p - g * 0.1, "state", Arg("input", 0)), (s, "output", 0)]

    ty = TensorType((3, 8), np.float32)
    g = _graph(build, ty, ty)
    exe = get_backend("cpu").build(g)
    assert exe._aliased_bufs
    rng = np.random.default_rng(3)
    p0, gr = (rng.standard_normal((3, 8)).astype(np.float32) for _ in range(2))
    p = p0.copy()
    new_p, s = exe([p, gr])
    assert new_p is p  # computed in place: the argument array itself
    np.testing.assert_allclose(p, p0 - gr * np.float32(0.1), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(s, (p0 * gr).sum(), rtol=1e-5)
    frozen = p0.copy()
    frozen.flags.writeable = False
    new_p, _ = exe([frozen, gr])
    assert new_p is not frozen
    np.testing.assert_array_equal(frozen, p0)
    np.testing.assert_allclose(new_p, p0 - gr * np.float32(0.1), rtol=1e-5, atol=1e-6)


def test_held_outputs_are_never_recycled():
    g = _graph(lambda b, x: [(b.emit("softmax", x * 2.0, axes=(1,)), "output", 0)],
               TensorType((BATCH, 5), np.float32))
    exe = get_backend("cpu").build(g)
    rng = np.random.default_rng(4)
    xs = [rng.standard_normal((n, 5)).astype(np.float32) for n in (3, 3, 6, 3, 1, 3)]
    kept = []
    for i, x in enumerate(xs):
        y = exe([x])[0]
        if i % 2 == 0:
            kept.append((x, y))  # odd results are dropped: their arrays may be recycled
    for x, y in kept:
        e = np.exp(2 * x - (2 * x).max(1, keepdims=True))
        np.testing.assert_allclose(y, e / e.sum(1, keepdims=True), rtol=1e-5)


def test_bad_arguments_still_raise_the_interpreter_errors():
    g = _graph(lambda b, x, y: [(x + y, "output", 0)], TensorType((BATCH, 3), np.float32),
               TensorType((BATCH, 3), np.float32))
    exe = get_backend("cpu").build(g)
    a = np.zeros((2, 3), np.float32)
    with pytest.raises(ShapeError, match="batch extent"):
        exe([a, np.zeros((4, 3), np.float32)])
    with pytest.raises(ShapeError, match="expected shape"):
        exe([a, np.zeros((2, 4), np.float32)])
    with pytest.raises(ShapeError, match="rank"):
        exe([a, np.zeros((2, 3, 1), np.float32)])
    with pytest.raises(DTypeError):
        exe([a, np.zeros((2, 3), np.float64)])
    np.testing.assert_array_equal(exe([a + 1, np.ones((2, 3), np.float32)[:, ::1]])[0], 2)
    strided = np.ones((2, 6), np.float32)[:, ::2]
    np.testing.assert_array_equal(exe([a, strided])[0], 1)
