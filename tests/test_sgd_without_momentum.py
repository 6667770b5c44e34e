"""SGD without momentum keeps no momentum buffer (as torch.optim): its state is the step count
alone, on every path (eager, interp, cpu, cuda emulated, exported C), and the update is
``θ -= lr * d`` at the first step, ``θ -= lr * (1 - τ) * d`` later (GradValley's dampening).
Checkpoints of earlier versions, which held a buffer, still load."""

from __future__ import annotations

import copy

import numpy as np
import pytest

import gvcompile
from gvcompile.checkpoint import optimizer_arrays
from gvcompile.layers import Fc, SequentialContainer, zero_gradients
from gvcompile.optimization import MSGD, SGD, Nesterov, mse_loss, step

K = 3
X = np.random.default_rng(0).standard_normal((5, 4)).astype(np.float32)
T = np.random.default_rng(1).standard_normal((5, 3)).astype(np.float32)
SETTINGS = {"plain": {}, "decay": {"weight_decay": 0.1},
            "damp_decay_max": {"dampening": 0.3, "weight_decay": 0.05, "maximize": True}}


def _mlp(seed=3):
    gvcompile.manual_seed(seed)
    return SequentialContainer([Fc(4, 6, activation_function="tanh"), Fc(6, 3)])


def _eager(model, opt, k=K):
    cm = gvcompile.compile(model, X, target="interp")
    for _ in range(k):
        zero_gradients(cm)
        _, d = mse_loss(cm.forward(X), T)
        cm.backward(d)
        step(opt)


def _compiled(model, opt, target, k=K, **options):
    ts = gvcompile.compile_train_step(model, mse_loss, opt, X, T, target=target, **options)
    return [ts.step(X, T) for _ in range(k)]


def _params(model):
    return [a.copy() for _, a in model.parameters()]


def test_update_rule_by_hand():
    """t=1: θ - lr d; then θ - lr (1 - τ) d, d = -g + λθ (maximize, weight decay)."""
    fc = Fc(3, 2)
    w0 = fc.weight.copy()
    opt = SGD(fc, 0.5, weight_decay=0.1, dampening=0.25, maximize=True)
    g = np.full_like(fc.weight, 0.2)
    fc.weight_gradient[...] = g
    opt.step()
    w1 = w0 - np.float32(0.5) * (-g + np.float32(0.1) * w0)
    np.testing.assert_allclose(fc.weight, w1, rtol=1e-6)
    fc.weight_gradient[...] = g
    opt.step()
    w2 = w1 - np.float32(0.5) * (np.float32(0.75) * (-g + np.float32(0.1) * w1))
    np.testing.assert_allclose(fc.weight, w2, rtol=1e-6)
    assert opt.state_names == ()
    assert set(opt.state[(0, "weight")]) == {"t"} and float(opt.state[(0, "weight")]["t"]) == 2


def test_no_buffer_is_read_an_infinite_gradient_stays_infinite():
    """A buffer times momentum 0 would turn an earlier infinite gradient into NaN; PyTorch
    keeps no buffer and the weight stays -inf."""
    fc = Fc(2, 1)
    opt = SGD(fc, 0.1)
    for g in (np.inf, 1.0):
        fc.weight_gradient[...] = g
        fc.bias_gradient[...] = 0.0
        opt.step()
    assert np.all(np.isneginf(fc.weight)), fc.weight


@pytest.mark.parametrize("target", ["interp", "cpu", "cuda"])
def test_sgd_momentum_op_does_not_read_its_buffer_without_momentum(target):
    from gvcompile.targets import get_backend
    from gvcompile.testing import op_graph

    rng = np.random.default_rng(2)
    p, g = (rng.standard_normal((3, 5)).astype(np.float32) for _ in range(2))
    nan = np.full_like(p, np.nan)
    attrs = {"momentum": 0.0, "dampening": 0.25, "weight_decay": 0.1, "maximize": False}
    options = {"emulate": True} if target == "cuda" else {}
    exe = get_backend(target, **options).build(
        op_graph("sgd_momentum", [p, g, nan, np.float32(2.0)], attrs))
    (got,) = exe([p, g, nan, np.asarray(2.0, np.float32)])
    np.testing.assert_allclose(got, 0.75 * (g + np.float32(0.1) * p), rtol=1e-6)


@pytest.mark.parametrize("setting", SETTINGS)
def test_compiled_steps_equal_eager_steps(setting):
    kw = SETTINGS[setting]
    ref = _mlp()
    opt_ref = SGD(ref, 0.1, **kw)
    _eager(ref, opt_ref)
    want = _params(ref)
    for target, options in (("interp", {}), ("cpu", {}), ("cuda", {"emulate": True})):
        if target == "cuda" and setting == "plain":
            continue  # the emulated CUDA build is slow: the settings with more ops
        m = _mlp()
        opt = SGD(m, 0.1, **kw)
        _compiled(m, opt, target, **options)
        for a, b in zip(_params(m), want, strict=True):
            np.testing.assert_allclose(a, b, rtol=2e-5, atol=2e-6, err_msg=target)
        assert opt.state.keys() == opt_ref.state.keys()
        for key, st in opt.state.items():
            assert set(st) == {"t"} and float(st["t"]) == K, (target, key)


def test_interp_step_is_bit_identical_to_eager():
    ref, m = _mlp(), _mlp()
    _eager(ref, SGD(ref, 0.1, weight_decay=0.1, dampening=0.3))
    _compiled(m, SGD(m, 0.1, weight_decay=0.1, dampening=0.3), "interp")
    for a, b in zip(_params(m), _params(ref), strict=True):
        np.testing.assert_array_equal(a, b)


def test_nesterov_and_msgd_with_momentum_zero_have_no_buffer():
    """Nesterov's d + 0·b is d (no dampening); MSGD(momentum=0) is SGD."""
    for cls, kw, damp in ((Nesterov, {"momentum": 0.0, "dampening": 0.5}, 0.0),
                          (MSGD, {"momentum": 0.0, "dampening": 0.5}, 0.5)):
        m, ref = _mlp(), _mlp()
        opt = cls(m, 0.1, **kw)
        assert opt.state_names == ()
        _compiled(m, opt, "cpu")
        _eager(ref, SGD(ref, 0.1, dampening=damp))
        for a, b in zip(_params(m), _params(ref), strict=True):
            np.testing.assert_allclose(a, b, rtol=2e-5, atol=2e-6, err_msg=cls.__name__)


def test_momentum_set_after_steps_starts_its_buffer():
    """Setting a momentum later gives the parameters a buffer (zeros: the next step's buffer is
    (1 - τ) d, PyTorch's first buffer with τ = 0), eager and compiled alike."""
    runs = []
    for run in ("eager", "cpu"):
        m = _mlp()
        opt = SGD(m, 0.1)
        if run == "eager":
            _eager(m, opt, 2)
            opt.momentum = 0.9
            _eager(m, opt, 2)
        else:
            ts = gvcompile.compile_train_step(m, mse_loss, opt, X, T, target="cpu")
            for k in range(4):
                if k == 2:
                    opt.momentum = 0.9
                ts.step(X, T)
            assert len(ts._programs) == 2  # the momentum is compiled in
        assert opt.state_names == ("b",) and set(opt.state[(1, "weight")]) == {"t", "b"}
        runs.append(_params(m) + [opt.state[(1, "weight")]["b"].copy()])
    for a, b in zip(*runs, strict=True):
        np.testing.assert_allclose(a, b, rtol=2e-5, atol=2e-6)


# ---- checkpoints ---------------------------------------------------------------------------
def _saved(tmp_path, make, k=2):
    m = _mlp()
    opt = make(m)
    _compiled(m, opt, "cpu", k)
    gvcompile.save_checkpoint(tmp_path / "c.npz", m, opt, step=k)
    return opt


def test_checkpoint_of_sgd_holds_step_counts_only(tmp_path):
    opt = _saved(tmp_path, lambda m: SGD(m, 0.1, dampening=0.2))
    keys = [k for k in optimizer_arrays(opt) if k.count(".") > 1]
    assert keys and all(k.endswith(".t") for k in keys), keys


def _resume_equals_uninterrupted(tmp_path, make_ref, make, path="c.npz"):
    """Loaded into ``make``'s optimizer, 2 more steps equal 4 steps of ``make_ref``'s."""
    ref = _mlp()
    _compiled(ref, make_ref(ref), "cpu", 4)
    resumed = _mlp(seed=11)
    opt = make(resumed)
    assert gvcompile.load_checkpoint(tmp_path / path, resumed, opt) == 2
    _compiled(resumed, opt, "cpu", 2)
    for a, b in zip(_params(resumed), _params(ref), strict=True):
        np.testing.assert_array_equal(a, b)
    return opt


def test_checkpoint_of_an_earlier_version_with_buffers_loads(tmp_path):
    """Files written when SGD kept a buffer hold `.b` keys: accepted, ignored."""
    make = lambda m: SGD(m, 0.1, dampening=0.2, weight_decay=0.01)  # noqa: E731
    _saved(tmp_path, make)
    with np.load(tmp_path / "c.npz") as f:
        old = {k: f[k] for k in f.files}
    for k in [k for k in old if k.endswith(".t") and k.startswith("optimizer.")]:
        old[k[:-2] + ".b"] = np.full(old[k[:-2].split(".", 1)[1]].shape, 7.0, np.float32)
    np.savez(tmp_path / "old.npz", **old)
    opt = _resume_equals_uninterrupted(tmp_path, make, make, "old.npz")
    assert all(set(st) == {"t"} for st in opt.state.values())
    np.savez(tmp_path / "bad.npz", **{**old, "optimizer.model[0].weight.m": old["step"]})
    with pytest.raises(ValueError, match=r"not in the optimizer.*weight\.m'"):
        m = _mlp()
        gvcompile.load_checkpoint(tmp_path / "bad.npz", m, make(m))


def test_checkpoint_momentum_from_the_file_decides_the_buffers(tmp_path):
    """An MSGD built with momentum 0.9 loading a file of MSGD(momentum=0) (no buffers) keeps
    the file's step counts and takes its momentum; and the other way round."""
    still = lambda m: MSGD(m, 0.1, momentum=0.0, dampening=0.4)  # noqa: E731
    moving = lambda m: MSGD(m, 0.1, momentum=0.9, dampening=0.4)  # noqa: E731
    _saved(tmp_path, still)
    opt = _resume_equals_uninterrupted(tmp_path, still, moving)
    assert opt.momentum == 0.0 and all(set(st) == {"t"} for st in opt.state.values())
    _saved(tmp_path, moving)
    opt = _resume_equals_uninterrupted(tmp_path, moving, still)
    assert opt.momentum == 0.9 and all(set(st) == {"t", "b"} for st in opt.state.values())


# ---- the exported C train step --------------------------------------------------------------
def test_exported_sgd_step(tmp_path):
    from gvcompile import export, load

    m = _mlp()
    ref = copy.deepcopy(m)
    kw = {"weight_decay": 0.05, "dampening": 0.3}
    ts = gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.1, **kw), X, T, target="cpu")
    lib = load(export(ts, tmp_path, name="sgd"))
    ts_ref = gvcompile.compile_train_step(ref, mse_loss, SGD(ref, 0.1, **kw), X, T,
                                          target="interp")
    for _ in range(K):
        np.testing.assert_allclose(lib.step(X, T), ts_ref.step(X, T), rtol=1e-5)
