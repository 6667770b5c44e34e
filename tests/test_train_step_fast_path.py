"""The per-call shortcuts of TrainStep.step and the cpu Executable (the last call's program
while nothing its key reads has changed; argument addresses kept with their arrays) decide
nothing on their own: after warm calls, a changed input, layer setting, parameter array or
optimizer setting gives the result, or the error, that a fresh train step gives."""

from __future__ import annotations

import copy

import numpy as np
import pytest

import gvcompile
from gvcompile.layers import Fc, SequentialContainer
from gvcompile.optimization import SGD, mse_loss

RNG = np.random.default_rng(0)
X = RNG.standard_normal((5, 4)).astype(np.float32)
T = RNG.standard_normal((5, 3)).astype(np.float32)


def _mlp():
    gvcompile.manual_seed(4)
    return SequentialContainer([Fc(4, 6, activation_function="relu"), Fc(6, 3)])


def _pair(warm=3):
    """A cpu step warmed by ``warm`` calls and an interp step on a copy at the same point."""
    m = _mlp()
    ts = gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.1, weight_decay=0.01), X, T,
                                      target="cpu")
    for _ in range(warm):
        ts.step(X, T)
    ref = copy.deepcopy(m)
    ts_ref = gvcompile.compile_train_step(ref, mse_loss, SGD(ref, 0.1, weight_decay=0.01), X,
                                          T, target="interp")
    return m, ts, ref, ts_ref


def _same(m, ts, ref, ts_ref, x=X, t=T, steps=2):
    for _ in range(steps):
        np.testing.assert_allclose(ts.step(x, t), ts_ref.step(x, t), rtol=1e-5, atol=1e-6)
    for (_, a), (_, b) in zip(m.parameters(), ref.parameters(), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6)


def _outcome(fn):
    try:
        return "ok", float(fn())
    except Exception as e:  # noqa: BLE001 - the outcome is compared, whatever it is
        return type(e), str(e)


@pytest.mark.parametrize("x,t", [
    (X.astype(np.float64), T.astype(np.float64)),  # dtype
    (X[:, :3], T),  # features
    (X, T[:, :2]),  # target shape
    (X, T[:4]),  # target batch
    (X.astype(np.int32), T),  # an integer input
    (X[:, :, None], T),  # rank
    (np.zeros((0, 4), np.float32), T[:0]),  # empty batch
])
def test_changed_inputs_give_what_a_fresh_step_gives(x, t):
    m, ts, ref, _ = _pair()
    fresh = gvcompile.compile_train_step(ref, mse_loss, SGD(ref, 0.1, weight_decay=0.01), X, T,
                                         target="cpu")
    want = _outcome(lambda: fresh.step(x, t))
    assert _outcome(lambda: ts.step(x, t)) == want
    if want[0] != "ok":  # and the step still works with the old inputs afterwards
        assert _outcome(lambda: ts.step(X, T)) == _outcome(lambda: fresh.step(X, T))


def test_other_batch_and_non_contiguous_inputs():
    m, ts, ref, ts_ref = _pair()
    _same(m, ts, ref, ts_ref, X[:3], T[:3])
    xf, tf = np.asfortranarray(X), np.asfortranarray(T)
    _same(m, ts, ref, ts_ref, xf, tf)
    wide = np.zeros((5, 8), np.float32)
    wide[:, ::2] = X
    _same(m, ts, ref, ts_ref, wide[:, ::2], T)  # strided view
    _same(m, ts, ref, ts_ref)


def test_layer_setting_and_mode_changes_select_another_program():
    m, ts, ref, ts_ref = _pair()
    for model in (m, ref):
        model[0].activation_function = "tanh"
    _same(m, ts, ref, ts_ref)
    assert len(ts._programs) == 2
    for model in (m, ref):
        model[0].activation_function = "relu"  # the first program again
    _same(m, ts, ref, ts_ref)
    assert len(ts._programs) == 2


def test_replaced_and_non_contiguous_parameters_are_read_at_each_call():
    m, ts, ref, ts_ref = _pair()
    w = RNG.standard_normal(m[1].weight.shape).astype(np.float32)
    m[1].weight, ref[1].weight = w.copy(), w.copy()
    _same(m, ts, ref, ts_ref)
    m[0].weight = np.asfortranarray(m[0].weight)  # copied for the call, written back into it
    _same(m, ts, ref, ts_ref)
    assert m[0].weight.flags.f_contiguous
    m[1].weight[...] = 0.5  # in place, as a user or a checkpoint load writes
    ref[1].weight[...] = 0.5
    _same(m, ts, ref, ts_ref)


def _fresh_outcome(ref):
    def run():
        return gvcompile.compile_train_step(ref, mse_loss, SGD(ref, 0.1, weight_decay=0.01), X,
                                            T, target="cpu").step(X, T)

    return _outcome(run)


def test_parameter_dtype_and_shape_changed_in_place_or_replaced():
    m, ts, ref, _ = _pair()
    m[1].bias = m[1].bias.astype(np.float64)
    ref[1].bias = ref[1].bias.astype(np.float64)
    got = _outcome(lambda: ts.step(X, T))
    assert got[0] != "ok" and got == _fresh_outcome(ref)
    m, ts, ref, _ = _pair()
    m[0].weight.shape = ref[0].weight.shape = (4, 6)  # same size, other shape, same array
    got = _outcome(lambda: ts.step(X, T))
    assert got[0] != "ok" and got == _fresh_outcome(ref)


def test_optimizer_settings_and_state():
    m, ts, ref, ts_ref = _pair()
    for step in (ts, ts_ref):
        step.optimizer.learning_rate = 0.02  # read at every call: no new program
    _same(m, ts, ref, ts_ref)
    assert len(ts._programs) == 1
    for step in (ts, ts_ref):
        step.optimizer.weight_decay = 0.2  # compiled in
    _same(m, ts, ref, ts_ref)
    assert len(ts._programs) == 2
    for step in (ts, ts_ref):
        step.optimizer.state.clear()  # step counts start again
    _same(m, ts, ref, ts_ref)
    assert float(ts.optimizer.state[(1, "weight")]["t"]) == 2


def test_executable_checks_every_call_with_kept_addresses():
    """The cpu Executable keeps the addresses of non-input arguments with their arrays; a new
    array, a wrong dtype or extent at the same position is still seen."""
    from gvcompile.errors import DTypeError, ShapeError
    from gvcompile.ir.binding import FieldRef
    from gvcompile.ir.graph import Graph, Output
    from gvcompile.ir.types import BATCH, TensorType
    from gvcompile.ops.builder import Builder
    from gvcompile.targets import get_backend

    layer = Fc(3, 2)
    g = Graph("kept")
    b = Builder(g)
    with b.scope("test"):
        from gvcompile.ir.binding import Arg

        x = b.arg(Arg("input", 0), TensorType((BATCH, 3), np.float32), "x")
        w = b.arg(FieldRef.of("param", "m", layer, "weight"), TensorType((3,), np.float32),
                  "w", op="param")
        y = x * w
    g.outputs = [Output(y.id)]
    exe = get_backend("cpu").build(g)
    xs = RNG.standard_normal((4, 3)).astype(np.float32)
    w1, w2 = np.ones(3, np.float32), np.full(3, 2.0, np.float32)
    for wv in (w1, w1, w2, w1, np.asfortranarray(w2), w2[::-1].copy()):
        np.testing.assert_array_equal(exe([xs, wv])[0], xs * wv)
    with pytest.raises(DTypeError, match="expected float32, got float64"):
        exe([xs, w1.astype(np.float64)])
    with pytest.raises(ShapeError):
        exe([xs, np.ones(4, np.float32)])
    np.testing.assert_array_equal(exe([xs, w1])[0], xs)
    np.testing.assert_array_equal(exe([xs[:2], w2])[0], xs[:2] * 2)  # another batch
