"""Regression tests from an API review: behaviour that is correct today and that users rely on
(shared layers, train steps vs eager loops for every loss, BatchNorm variants against PyTorch,
non-contiguous parameter arrays, one program for every batch size, extreme logits)."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
import gvcompile.optimization as O
from gvcompile.functional import log_softmax, sigmoid, softmax
from gvcompile.layers import (
    BatchNorm,
    Conv,
    Dropout,
    Fc,
    Flatten,
    GraphContainer,
    MaxPool,
    SequentialContainer,
    backward,
    forward,
    testmode,
    zero_gradients,
)
from gvcompile.optimization import MSGD, SGD, Adam, mse_loss, step

TARGETS = ["interp", "cpu"]


def _shared_model(seed=0):
    gvcompile.manual_seed(seed)
    fc = Fc(3, 3, activation_function="tanh")
    return fc, SequentialContainer([fc, SequentialContainer([fc]), fc])


@pytest.mark.parametrize("target", TARGETS)
def test_layer_shared_three_times_gradients(target):
    """One layer object at three places: gradients are the sum over its uses."""
    fc, m = _shared_model()
    rng = np.random.default_rng(0)
    x = rng.random((4, 3)).astype(np.float32)
    g = rng.random((4, 3)).astype(np.float32)
    cm = gvcompile.compile(m, x, target=target)
    y = cm(x)
    zero_gradients(m)
    gx = cm.backward(g)
    # reference: unrolled by hand in float64
    W, b = fc.weight.astype(np.float64), fc.bias.astype(np.float64)
    hs = [x.astype(np.float64)]
    for _ in range(3):
        hs.append(np.tanh(hs[-1] @ W.T + b))
    np.testing.assert_allclose(y, hs[-1], atol=1e-5)
    d, gW, gb = g.astype(np.float64), np.zeros_like(W), np.zeros_like(b)
    for k in range(3, 0, -1):
        d = d * (1 - hs[k] ** 2)
        gW += d.T @ hs[k - 1]
        gb += d.sum(0)
        d = d @ W
    np.testing.assert_allclose(fc.weight_gradient, gW, atol=1e-5)
    np.testing.assert_allclose(fc.bias_gradient, gb, atol=1e-5)
    np.testing.assert_allclose(gx, d, atol=1e-5)


@pytest.mark.parametrize("target", TARGETS)
def test_train_step_with_shared_layer_equals_eager(target):
    x = np.random.default_rng(1).random((4, 3)).astype(np.float32)
    t = np.random.default_rng(2).random((4, 3)).astype(np.float32)
    fc_a, ma = _shared_model(3)
    fc_b, mb = _shared_model(3)
    ts = gvcompile.compile_train_step(ma, mse_loss, Adam(ma, 0.01), x, t, target=target)
    ob = Adam(mb, 0.01)
    cb = gvcompile.compile(mb, x, target="interp")
    for _ in range(3):
        la = ts.step(x, t)
        lb, d = mse_loss(forward(cb, x), t)
        zero_gradients(mb)
        backward(cb, d)
        step(ob)
        assert la == pytest.approx(lb, rel=1e-5)
    np.testing.assert_allclose(fc_a.weight, fc_b.weight, atol=1e-6)


_LOSS_TARGETS = {
    "mae_loss": "r", "mse_loss": "r", "bce_loss": "p", "msle_loss": "p", "huber_loss": "r",
    "crossentropy_loss": "sm", "logitcrossentropy_loss": "oh", "binarycrossentropy_loss": "p",
    "logitbinarycrossentropy_loss": "b", "kldivergence_loss": "sm", "poisson_loss": "p",
    "hinge_loss": "pm", "squared_hinge_loss": "pm", "dice_coeff_loss": "p", "tversky_loss": "p",
}


@pytest.mark.parametrize("name", sorted(_LOSS_TARGETS))
def test_every_loss_train_step_equals_eager_loop(name):
    """compile_train_step (interp and cpu) == forward / loss / backward / step, three steps."""
    kind = _LOSS_TARGETS[name]
    rng = np.random.default_rng(0)
    x = rng.random((5, 4)).astype(np.float32)
    if kind == "r":
        t = rng.random((5, 3)).astype(np.float32)
    elif kind in ("p", "b"):
        t = (rng.random((5, 3)) > 0.5).astype(np.float32)
    elif kind in ("sm", "oh"):
        t = np.eye(3, dtype=np.float32)[rng.integers(0, 3, 5)]
    else:
        t = np.where(rng.random((5, 3)) > 0.5, 1, -1).astype(np.float32)
    act = {"p": "sigmoid", "sm": "softmax"}.get(kind)
    fn = getattr(O, name)
    results = {}
    for target in ["eager", "interp", "cpu"]:
        gvcompile.manual_seed(0)
        m = SequentialContainer([Fc(4, 3, activation_function=act)])
        opt = MSGD(m, 0.05)
        if target == "eager":
            cm = gvcompile.compile(m, x, target="interp")
            losses = []
            for _ in range(3):
                loss, d = fn(cm(x), t)
                zero_gradients(m)
                cm.backward(d)
                step(opt)
                losses.append(loss)
        else:
            ts = gvcompile.compile_train_step(m, fn, opt, x, t, target=target)
            losses = [ts.step(x, t) for _ in range(3)]
        results[target] = (np.array(losses), m[0].weight.copy())
    for target in ("interp", "cpu"):
        np.testing.assert_allclose(results[target][0], results["eager"][0], rtol=1e-4,
                                   atol=1e-6)
        np.testing.assert_allclose(results[target][1], results["eager"][1], atol=1e-5)


@pytest.mark.parametrize("affine", [True, False])
@pytest.mark.parametrize("track", [True, False])
@pytest.mark.parametrize("train", [True, False])
def test_batchnorm_variants_match_torch_on_cpu(affine, track, train):
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(0)
    x = (rng.standard_normal((4, 3, 2, 5)) * 2 + 1).astype(np.float32)
    bn = BatchNorm(3, affine=affine, track_running_stats=track, momentum=0.3)
    tbn = torch.nn.BatchNorm2d(3, affine=affine, track_running_stats=track, momentum=0.3)
    if affine:
        bn.weight[...] = rng.random(3)
        bn.bias[...] = rng.random(3)
        with torch.no_grad():
            tbn.weight.copy_(torch.tensor(bn.weight))
            tbn.bias.copy_(torch.tensor(bn.bias))
    if track:
        bn.running_mean[...] = 0.5
        bn.running_variance[...] = 2.0
        tbn.running_mean.fill_(0.5)
        tbn.running_var.fill_(2.0)
    m = SequentialContainer([bn])
    if not train:
        testmode(m)
        tbn.eval()
    cm = gvcompile.compile(m, x, target="cpu")
    y = cm(x)
    tx = torch.tensor(x, requires_grad=True)
    ty = tbn(tx)
    g = rng.random(y.shape).astype(np.float32)
    ty.backward(torch.tensor(g))
    zero_gradients(m)
    gx = cm.backward(g)
    np.testing.assert_allclose(y, ty.detach().numpy(), atol=1e-4)
    np.testing.assert_allclose(gx, tx.grad.numpy(), atol=1e-4)
    if track:
        np.testing.assert_allclose(bn.running_mean, tbn.running_mean.numpy(), atol=1e-5)
        np.testing.assert_allclose(bn.running_variance, tbn.running_var.numpy(), atol=1e-4)
    if affine:
        np.testing.assert_allclose(bn.weight_gradient, tbn.weight.grad.numpy(), atol=1e-3)
        np.testing.assert_allclose(bn.bias_gradient, tbn.bias.grad.numpy(), atol=1e-3)


@pytest.mark.parametrize("target", TARGETS)
def test_non_contiguous_parameter_and_buffer_arrays(target):
    """Parameters assigned as views (a transposed (in, out) matrix, a strided buffer) are read
    and written correctly; the compiled code never assumes C order of the fields."""
    rng = np.random.default_rng(0)
    x = rng.random((5, 4)).astype(np.float32)
    W = rng.random((4, 3)).astype(np.float32)
    fc = Fc(4, 3)
    fc.weight = W.T  # Fortran-ordered view
    np.testing.assert_allclose(gvcompile.compile(SequentialContainer([fc]), x, target=target)(x),
                               x @ W + fc.bias, atol=1e-5)
    bn = BatchNorm(3)
    bn.running_mean = np.zeros(6, np.float32)[::2]  # strided view, updated in place
    xb = rng.random((4, 3)).astype(np.float32)
    gvcompile.compile(SequentialContainer([bn]), xb, target=target)(xb)
    np.testing.assert_allclose(bn.running_mean, 0.1 * xb.mean(0), atol=1e-6)
    # a train step on a Fortran-ordered weight updates it correctly
    fc2 = Fc(4, 3)
    fc2.weight = np.asfortranarray(fc2.weight)
    w0, b0 = fc2.weight.copy(), fc2.bias.copy()
    t = rng.random((5, 3)).astype(np.float32)
    m2 = SequentialContainer([fc2])
    loss = gvcompile.compile_train_step(m2, mse_loss, SGD(m2, 0.1), x, t, target=target).step(x, t)
    y = x @ w0.T + b0
    assert loss == pytest.approx(float(((y - t) ** 2).mean()), rel=1e-5)
    np.testing.assert_allclose(fc2.weight, w0 - 0.1 * (2 * (y - t) / y.size).T @ x, atol=1e-6)


def test_one_cpu_program_serves_every_batch_size():
    gvcompile.manual_seed(0)
    m = SequentialContainer([Conv(1, 2, 3, padding=1), BatchNorm(2), MaxPool(2), Flatten(),
                             Fc(8, 3)])
    testmode(m)
    cm = gvcompile.compile(m, gvcompile.Spec((None, 1, 4, 4)), target="cpu")
    ref = gvcompile.compile(m, gvcompile.Spec((None, 1, 4, 4)), target="interp")
    rng = np.random.default_rng(0)
    for n in (1, 2, 7, 64, 3):
        x = rng.random((n, 1, 4, 4)).astype(np.float32)
        np.testing.assert_allclose(cm(x), ref(x), atol=1e-5)
        g = np.ones((n, 3), np.float32)
        np.testing.assert_allclose(cm.backward(g), ref.backward(g), atol=1e-5)
    assert len(cm._programs) == 1


def test_dropout_mask_identical_on_cpu_and_interp():
    x = np.random.default_rng(0).random((5, 4, 3, 3)).astype(np.float32) + 0.5
    outs = {}
    for target in TARGETS:
        gvcompile.manual_seed(7)
        cm = gvcompile.compile(SequentialContainer([Dropout(0.3)]), x, target=target)
        y1, y2 = cm(x), cm(x[:3])
        zero_gradients(cm)
        outs[target] = (y1, y2, cm.backward(np.ones_like(y2)))
    for a, b in zip(outs["interp"], outs["cpu"]):
        np.testing.assert_array_equal(a, b)


def test_extreme_logits_are_finite_and_equal_on_cpu_and_interp():
    x = np.array([[-1e4, -100.0, -20.0, 0.0, 20.0, 88.0, 89.0, 100.0, 1e4]], np.float32)
    fns = [lambda L, v: softmax(v), lambda L, v: log_softmax(v), lambda L, v: sigmoid(v)]
    for f in fns:
        g = GraphContainer(f, [])
        a = gvcompile.compile(g, x, target="interp")
        b = gvcompile.compile(g, x, target="cpu")
        ya, yb = a(x), b(x)
        assert np.all(np.isfinite(ya)) and np.all(np.isfinite(yb))
        np.testing.assert_allclose(ya, yb, rtol=1e-5, atol=1e-30)
        ga, gb = a.backward(np.ones_like(ya))[0], b.backward(np.ones_like(yb))[0]
        assert np.all(np.isfinite(gb))
        np.testing.assert_allclose(ga, gb, rtol=1e-5, atol=1e-6)
    loss, d = O.logitcrossentropy_loss(np.array([[1000.0, 0.0, -1000.0]], np.float32),
                                      np.array([[1.0, 0.0, 0.0]], np.float32))
    assert loss == 0.0 and np.all(d == 0.0)
    loss, d = O.logitbinarycrossentropy_loss(np.array([100.0, -100.0], np.float32),
                                            np.array([0.0, 1.0], np.float32))
    assert loss == pytest.approx(100.0) and np.allclose(d, [0.5, -0.5])
