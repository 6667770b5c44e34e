"""Review round 2: compile_train_step on the default CPU target equals the eager
forward / loss / backward / step sequence for every loss of API.md §5, and a compiled step
followed by eager steps on the same optimizer continues the same trajectory."""

from __future__ import annotations

import copy

import numpy as np
import pytest

import gvcompile
import gvcompile.optimization as O
from gvcompile.layers import Fc, SequentialContainer, backward, forward, zero_gradients
from gvcompile.optimization import SGD, Adam, step

# losses no other compile_train_step test uses (mse, bce, logitcrossentropy are covered)
LOSSES = [("mae_loss", None), ("msle_loss", "sigmoid"), ("huber_loss", None),
          ("logitbinarycrossentropy_loss", None), ("kldivergence_loss", "softmax"),
          ("poisson_loss", "sigmoid"), ("squared_hinge_loss", None), ("tversky_loss", "sigmoid")]


def _target(name, rng, n, k):
    if name in ("crossentropy_loss", "logitcrossentropy_loss", "kldivergence_loss"):
        return np.eye(k, dtype=np.float32)[rng.integers(0, k, n)]
    if name in ("hinge_loss", "squared_hinge_loss"):
        return np.sign(rng.standard_normal((n, k))).astype(np.float32)
    return rng.random((n, k), dtype=np.float32)


def _eager(model, opt, loss, x, t):
    zero_gradients(model)
    val, d = loss(forward(model, x), t)
    backward(model, d)
    step(opt)
    return float(val)


@pytest.mark.parametrize("name,act", LOSSES, ids=[n for n, _ in LOSSES])
def test_cpu_train_step_every_loss_matches_eager(name, act):
    gvcompile.manual_seed(0)
    m1 = SequentialContainer([Fc(3, 5, activation_function="tanh"),
                              Fc(5, 3, activation_function=act)])
    m2 = copy.deepcopy(m1)
    loss = getattr(O, name)
    rng = np.random.default_rng(1)
    x = rng.standard_normal((4, 3)).astype(np.float32)
    ts = gvcompile.compile_train_step(m1, loss, SGD(m1, 0.05), x, _target(name, rng, 4, 3),
                                      target="cpu")
    o2 = SGD(m2, 0.05)
    for n in (4, 1, 7):  # any batch size, batch 1 included
        x = rng.standard_normal((n, 3)).astype(np.float32)
        t = _target(name, rng, n, 3)
        np.testing.assert_allclose(ts.step(x, t), _eager(m2, o2, loss, x, t), rtol=2e-5,
                                   atol=1e-6)
    for a, b in ((m1[0].weight, m2[0].weight), (m1[1].bias, m2[1].bias)):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6)


def test_compiled_step_then_eager_steps_continue_adam_state():
    gvcompile.manual_seed(0)
    a = SequentialContainer([Fc(3, 4, activation_function="tanh"), Fc(4, 2)])
    b = copy.deepcopy(a)
    oa, ob = Adam(a, learning_rate=0.05), Adam(b, learning_rate=0.05)
    rng = np.random.default_rng(0)
    data = [(rng.standard_normal((5, 3)).astype(np.float32),
             rng.standard_normal((5, 2)).astype(np.float32)) for _ in range(3)]
    ts = gvcompile.compile_train_step(a, O.mse_loss, oa, *data[0], target="cpu")
    la = [ts.step(*data[0]), _eager(a, oa, O.mse_loss, *data[1]),
          _eager(a, oa, O.mse_loss, *data[2])]
    lb = [_eager(b, ob, O.mse_loss, *d) for d in data]
    np.testing.assert_allclose(la, lb, rtol=1e-5)
    np.testing.assert_allclose(a[0].weight, b[0].weight, rtol=1e-5, atol=1e-7)
