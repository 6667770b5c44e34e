"""Checkpoints: model + optimizer state + step in one .npz; resuming from one continues training
bit-identically (eager and compiled training steps), and a file that does not fit names the
keys that do not."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.errors import ShapeError
from gvcompile.layers import BatchNorm, Fc, GraphContainer, forward, zero_gradients
from gvcompile.optimization import MSGD, SGD, Adam, mse_loss, step

X = np.random.default_rng(0).standard_normal((6, 3)).astype(np.float32)
T = np.random.default_rng(1).standard_normal((6, 2)).astype(np.float32)
OPTS = {"adam_ams": lambda m: Adam(m, 0.05, amsgrad=True, weight_decay=0.01),
        "msgd": lambda m: MSGD(m, 0.1, momentum=0.9, weight_decay=0.05)}


def _model(seed=7):
    """Tied weights (L[0], L[1]), an unused layer (L[2], no state) and running statistics."""
    gvcompile.manual_seed(seed)
    a, b, idle = Fc(3, 3, activation_function="tanh"), Fc(3, 3), Fc(3, 2)
    b.weight = a.weight
    def fwd(L, x):
        return forward(L[4], forward(L[3], forward(L[1], forward(L[0], x))))

    return GraphContainer(fwd, [a, b, idle, BatchNorm(3), Fc(3, 2)])


def _eager(model, opt, k):
    cm = gvcompile.compile(model, X, target="cpu")
    for _ in range(k):
        zero_gradients(cm)
        _, d = mse_loss(cm.forward(X), T)
        cm.backward(d)
        step(opt)


def _compiled(model, opt, k):
    ts = gvcompile.compile_train_step(model, mse_loss, opt, X, T, target="cpu")
    for _ in range(k):
        ts.step(X, T)


def _arrays(model, opt):
    from gvcompile.checkpoint import optimizer_arrays
    from gvcompile.serialization import state_arrays

    return {**{k: v.copy() for k, v in state_arrays(model).items()},
            **{k: np.array(v) for k, v in optimizer_arrays(opt).items()}}


@pytest.mark.parametrize("run", [_eager, _compiled], ids=["eager", "compiled"])
@pytest.mark.parametrize("opt_name", OPTS)
def test_resume_is_bit_identical(tmp_path, run, opt_name):
    ref = _model()
    ref_opt = OPTS[opt_name](ref)
    run(ref, ref_opt, 5)

    first = _model()
    first_opt = OPTS[opt_name](first)
    run(first, first_opt, 3)
    gvcompile.save_checkpoint(tmp_path / "c.npz", first, first_opt, step=3)

    resumed = _model(seed=99)  # other initial weights: all must come from the file
    resumed_opt = OPTS[opt_name](resumed)
    assert gvcompile.load_checkpoint(tmp_path / "c.npz", resumed, resumed_opt) == 3
    run(resumed, resumed_opt, 2)
    want, got = _arrays(ref, ref_opt), _arrays(resumed, resumed_opt)
    assert want.keys() == got.keys()
    assert "optimizer.model[2].weight.t" not in got  # the unused layer has no state
    assert "optimizer.model[1].weight.t" not in got  # tied: under its first holder
    for k in want:
        np.testing.assert_array_equal(got[k], want[k], err_msg=k)


def test_save_and_load_an_optimizer_alone(tmp_path):
    m = _model()
    opt = Adam(m, 0.05)
    _eager(m, opt, 2)
    opt.learning_rate = 0.01  # a schedule's value is part of the state
    gvcompile.save(opt, tmp_path / "o.npz")
    with np.load(tmp_path / "o.npz", allow_pickle=False) as f:
        keys = set(f.files)
    assert {"optimizer.type", "optimizer.learning_rate", "optimizer.model[0].weight.m",
            "optimizer.model[0].weight.t", "optimizer.model[4].bias.v"} <= keys
    opt2 = Adam(m, 0.05)
    gvcompile.load_parameters(opt2, tmp_path / "o.npz")
    assert opt2.learning_rate == 0.01 and opt2.state.keys() == opt.state.keys()
    for key, st in opt.state.items():
        for n, v in st.items():
            np.testing.assert_array_equal(opt2.state[key][n], v)


def test_mismatches_name_the_keys(tmp_path):
    m = _model()
    opt = Adam(m, 0.05)
    _eager(m, opt, 1)
    gvcompile.save_checkpoint(tmp_path / "c.npz", m, opt, step=1)
    gvcompile.manual_seed(0)
    other = GraphContainer(lambda L, x: forward(L[1], forward(L[0], x)), [Fc(3, 4), Fc(4, 2)])
    before = other[0].weight.copy()
    with pytest.raises(ShapeError) as e:
        gvcompile.load_checkpoint(tmp_path / "c.npz", other, Adam(other, 0.05))
    text = str(e.value)
    assert "model[0].weight: the model has shape (4, 3), the file (3, 3)" in text
    assert "not in the model: ['model[2].weight'" in text and "model[3].running_mean" in text
    assert "optimizer.model[4].weight.m" in text
    np.testing.assert_array_equal(other[0].weight, before)  # nothing written
    with pytest.raises(ValueError, match="the file holds the state of a Adam, the optimizer "
                                         "is a SGD"):
        gvcompile.load_checkpoint(tmp_path / "c.npz", m, SGD(m, 0.1))
    with pytest.raises(ValueError, match="amsgrad: the file has False"):
        gvcompile.load_checkpoint(tmp_path / "c.npz", m, Adam(m, 0.05, amsgrad=True))
    gvcompile.save(m, tmp_path / "p.npz")
    with pytest.raises(ValueError, match="not a checkpoint"):
        gvcompile.load_checkpoint(tmp_path / "p.npz", m, opt)


def test_loading_into_a_live_training_step(tmp_path):
    """A TrainStep built (and stepped) before the load continues from the loaded state: the
    arrays it holds are written in place, parameters that had no state lose theirs."""
    ref = _model()
    ref_opt = OPTS["adam_ams"](ref)
    _compiled(ref, ref_opt, 5)
    first = _model()
    first_opt = OPTS["adam_ams"](first)
    _compiled(first, first_opt, 3)
    gvcompile.save_checkpoint(tmp_path / "c.npz", first, first_opt, step=3)

    live = _model(seed=5)
    live_opt = OPTS["adam_ams"](live)
    ts = gvcompile.compile_train_step(live, mse_loss, live_opt, X, T, target="cpu")
    ts.step(X * 2, T)  # state that the load must replace
    assert gvcompile.load_checkpoint(tmp_path / "c.npz", live, live_opt) == 3
    for _ in range(2):
        ts.step(X, T)
    want, got = _arrays(ref, ref_opt), _arrays(live, live_opt)
    assert want.keys() == got.keys()
    for k in want:
        np.testing.assert_array_equal(got[k], want[k], err_msg=k)


@pytest.mark.skipif(__import__("shutil").which("g++") is None, reason="emulation needs g++")
def test_resume_with_state_resident_on_the_device(tmp_path):
    """A model moved to "gpu" (state on the device between compiled steps, CUDA emulated):
    saving reads the current values back, loading replaces what the device holds."""
    from gvcompile.layers import SequentialContainer, module_to_eltype_device

    def make(seed=11):
        gvcompile.manual_seed(seed)
        m = SequentialContainer([Fc(3, 8), BatchNorm(8, activation_function="relu"), Fc(8, 2)])
        module_to_eltype_device(m, np.float32, device="gpu")
        return m

    def run(m, opt, k, ts=None):
        ts = ts or gvcompile.compile_train_step(m, mse_loss, opt, X, T, target="cuda",
                                                emulate=True)
        for _ in range(k):
            ts.step(X, T)
        return ts

    ref = make()
    ref_opt = Adam(ref, 0.05)
    run(ref, ref_opt, 5)
    first = make()
    first_opt = Adam(first, 0.05)
    run(first, first_opt, 3)
    gvcompile.save_checkpoint(tmp_path / "c.npz", first, first_opt, step=3)
    live = make(seed=99)
    live_opt = Adam(live, 0.05)
    ts = run(live, live_opt, 1)
    gvcompile.load_checkpoint(tmp_path / "c.npz", live, live_opt)
    run(live, live_opt, 2, ts)
    want, got = _arrays(ref, ref_opt), _arrays(live, live_opt)
    assert want.keys() == got.keys()
    for k in want:
        np.testing.assert_array_equal(got[k], want[k], err_msg=k)
