"""compile_train_step: one graph does forward, loss, backward and the optimizer update; the
result equals the eager forward / loss / backward / step sequence."""

from __future__ import annotations

import copy

import numpy as np
import pytest

import gvcompile
from gvcompile.errors import ShapeError
from gvcompile.layers import (
    BatchNorm,
    Conv,
    Fc,
    MaxPool,
    Reshape,
    SequentialContainer,
    backward,
    forward,
    zero_gradients,
)
from gvcompile.optimization import (
    MSGD,
    SGD,
    Adam,
    Nesterov,
    bce_loss,
    logitcrossentropy_loss,
    mse_loss,
    step,
)

OPTIMIZERS = [
    (SGD, {"learning_rate": 0.1}),
    (SGD, {"learning_rate": 0.1, "weight_decay": 0.01, "dampening": 0.3, "maximize": True}),
    (MSGD, {"learning_rate": 0.05, "momentum": 0.8, "dampening": 0.1}),
    (Nesterov, {"learning_rate": 0.05, "momentum": 0.9, "weight_decay": 0.02}),
    (Adam, {"learning_rate": 0.01}),
    (Adam, {"learning_rate": 0.01, "amsgrad": True, "weight_decay": 0.1, "maximize": True}),
]


def _mlp():
    gvcompile.manual_seed(0)
    return SequentialContainer([Fc(4, 8, activation_function="tanh"), BatchNorm(8),
                                Fc(8, 3, activation_function="sigmoid")])


def _eager(model, opt, loss, x, t, **lo):
    zero_gradients(model)
    y = forward(model, x)
    val, d = loss(y, t, **lo)
    backward(model, d)
    step(opt)
    return val


@pytest.mark.parametrize("cls,kw", OPTIMIZERS, ids=[f"{c.__name__}{i}" for i, (c, _) in
                                                   enumerate(OPTIMIZERS)])
def test_train_step_equals_eager_sequence(cls, kw):
    m1 = _mlp()
    m2 = copy.deepcopy(m1)
    rng = np.random.default_rng(0)
    ts = gvcompile.compile_train_step(m1, mse_loss, cls(m1, **kw), np.zeros((5, 4), np.float32),
                                      np.zeros((5, 3), np.float32), target="interp")
    opt2 = cls(m2, **kw)
    for k in range(4):
        n = 5 if k % 2 == 0 else 3  # any batch size
        x = rng.random((n, 4), dtype=np.float32)
        t = rng.random((n, 3), dtype=np.float32)
        l1 = ts.step(x, t)
        l2 = _eager(m2, opt2, mse_loss, x, t)
        assert isinstance(l1, float)
        np.testing.assert_allclose(l1, l2, rtol=1e-6)
    for a, b in zip((m1[0].weight, m1[1].bias, m1[1].running_variance, m1[2].bias),
                    (m2[0].weight, m2[1].bias, m2[1].running_variance, m2[2].bias)):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-7)
    assert len(ts._programs) == 1


def test_train_step_cnn_crossentropy_learns():
    gvcompile.manual_seed(1)
    m = SequentialContainer([Conv(1, 4, (3, 3), padding=1, activation_function="relu"),
                             MaxPool((2, 2)), Reshape((4 * 3 * 3,)), Fc(36, 2)])
    rng = np.random.default_rng(0)
    x = rng.standard_normal((16, 1, 6, 6)).astype(np.float32)
    labels = (x[:, 0, :3].sum((1, 2)) > x[:, 0, 3:].sum((1, 2))).astype(int)
    t = np.eye(2, dtype=np.float32)[labels]
    ts = gvcompile.compile_train_step(m, logitcrossentropy_loss, Adam(m, learning_rate=0.05),
                                      x, t, target="interp")
    losses = [ts(x, t) for _ in range(30)]
    assert losses[-1] < 0.5 * losses[0]
    eager = logitcrossentropy_loss(forward(m, x), t, return_derivative=False)
    np.testing.assert_allclose(eager, ts.step(x, t), rtol=1e-5)


def test_loss_options_and_errors():
    m = _mlp()
    opt = SGD(m, 0.1)
    x = np.zeros((2, 4), np.float32)
    ts = gvcompile.compile_train_step(m, bce_loss, opt, x, np.full((2, 3), 0.5, np.float32),
                                      target="interp", loss_options={"epsilon": 1e-3})
    assert np.isfinite(ts.step(x, np.ones((2, 3), np.float32)))
    with pytest.raises(ShapeError, match="target shape"):
        gvcompile.compile_train_step(m, mse_loss, opt, x, np.zeros((2, 4), np.float32),
                                     target="interp")
    with pytest.raises(ShapeError, match="batch"):
        ts.step(x, np.zeros((3, 3), np.float32))
    with pytest.raises(TypeError):
        gvcompile.compile_train_step(m, mse_loss, "sgd", x, np.zeros((2, 3)), target="interp")
