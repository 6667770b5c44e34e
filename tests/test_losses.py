"""Losses (API.md §5): Flux's published test values (Flux.jl test/losses.jl and the docs, shapes
converted to NumPy: Julia (classes, N) is (N, classes)), GradValley's formulas with their
derivatives, reductions, derivatives vs central differences (float64), errors, and the loss
graph with a symbolic batch."""

from __future__ import annotations

import numpy as np
import pytest

from gvcompile.errors import DTypeError, ShapeError
from gvcompile.interp import run_graph
from gvcompile.ir.binding import Arg
from gvcompile.ir.graph import Graph, Output
from gvcompile.ir.types import TensorType
from gvcompile.ops.builder import Builder
from gvcompile.optimization import (
    LOSSES,
    bce_loss,
    binarycrossentropy_loss,
    crossentropy_loss,
    dice_coeff_loss,
    hinge_loss,
    huber_loss,
    kldivergence_loss,
    logitbinarycrossentropy_loss,
    logitcrossentropy_loss,
    loss_graph,
    mae_loss,
    mse_loss,
    msle_loss,
    poisson_loss,
    squared_hinge_loss,
    tversky_loss,
)
from gvcompile.optimization import losses as losses_mod


def L(f, p, t, **kw):
    return f(np.asarray(p, float), np.asarray(t, float), return_derivative=False, **kw)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


# ---- Flux's published values ------------------------------------------------------------------
def test_flux_regression_values():
    y, yh = [1, 1, 0, 0], [.9, .1, .1, .9]
    assert L(mse_loss, yh, y) == pytest.approx((.1 ** 2 + .9 ** 2) / 2)
    assert L(mae_loss, yh, y) == pytest.approx(1 / 2)
    assert L(huber_loss, yh, y) == pytest.approx(0.20500000000000002)
    assert L(msle_loss, [345.0, 332.0, 789.0], [123.0, 456.0, 789.0]) == pytest.approx(
        0.38813985859136585)


ONEHOT = np.array([[0, 1], [0, 1], [1, 0], [1, 0]], float)  # onehotbatch([1, 1, 0, 0], 0:1)
YHAT = np.array([[.1, .9], [.9, .1], [.9, .1], [.1, .9]])
V = np.log(.1 / .9)
LOGYHAT = np.array([[V, 0.0], [0.0, V], [0.0, V], [V, 0.0]])
LOSSVALUE = 1.203972804325936


def test_flux_crossentropy_values():
    assert L(crossentropy_loss, YHAT, ONEHOT) == pytest.approx(LOSSVALUE)
    assert L(crossentropy_loss, [0.1, 0.0, 0.9], [0.1, 0.0, 0.9]) == pytest.approx(
        L(crossentropy_loss, [0.1, 0.9], [0.1, 0.9]))
    ylp, yl = np.array([[0.9, 0.1]]), np.array([[0.0, 1.0]])
    assert L(crossentropy_loss, ylp, yl) == pytest.approx(-np.sum(yl * np.log(ylp)))
    ya = np.array([[0, 1], [0, 1], [0, 1], [1, 0], [1, 0]], float)
    assert L(crossentropy_loss, ya, ya) == 0.0  # 0 log 0 = 0
    x = np.array([-1.1491, 0.8619, 0.3127])
    sm = np.exp(x) / np.exp(x).sum()
    assert L(crossentropy_loss, sm, [1, 1, 0]) == pytest.approx(3.085467254747739)


def test_flux_logitcrossentropy_values():
    assert L(logitcrossentropy_loss, LOGYHAT, ONEHOT) == pytest.approx(LOSSVALUE)
    logylp, yl = np.array([[0.0, V]]), np.array([[0.0, 1.0]])
    lsm = logylp - np.log(np.exp(logylp).sum())
    assert L(logitcrossentropy_loss, logylp, yl) == pytest.approx(-np.sum(yl * lsm))
    assert L(logitcrossentropy_loss, [-1.1491, 0.8619, 0.3127], [1, 1, 0]) == pytest.approx(
        3.085467254747738)


def test_flux_binary_crossentropy_values():
    x = np.array([-1.1491, 0.8619, 0.3127])
    want = [1.424397097347566, 0.35231664672364077, 0.8616703662235441]
    got = L(binarycrossentropy_loss, sigmoid(x), [1, 1, 0], reduction_method=None)
    np.testing.assert_allclose(got, want, rtol=1e-6)
    got = L(logitbinarycrossentropy_loss, x, [1, 1, 0], reduction_method=None)
    np.testing.assert_allclose(got, [1.4243970973475661, 0.35231664672364094,
                                     0.8616703662235443], rtol=1e-12)
    rng = np.random.default_rng(0)
    lg, y = rng.standard_normal(3), rng.uniform(size=3)
    s = sigmoid(lg)
    assert L(binarycrossentropy_loss, s, y, epsilon=0) == pytest.approx(
        np.mean(-y * np.log(s) - (1 - y) * np.log(1 - s)))
    e = np.finfo(np.float64).eps
    assert L(binarycrossentropy_loss, s, y) == pytest.approx(
        np.mean(-y * np.log(s + e) - (1 - y) * np.log(1 - s + e)))
    assert L(logitbinarycrossentropy_loss, lg, y) == pytest.approx(
        L(binarycrossentropy_loss, s, y, epsilon=0))


def test_flux_per_sample_values():
    col = lambda *v: np.array(v, float).reshape(-1, 1)  # noqa: E731  Julia 1xN -> (N, 1)
    y, yh = col(1, 2, 3), col(4.0, 5.0, 6.0)
    assert L(kldivergence_loss, yh, y) == pytest.approx(-1.7661057888493457)
    assert L(kldivergence_loss, y, y) == pytest.approx(0, abs=1e-15)
    assert L(kldivergence_loss, [0.1, 0.0, 0.9], [0.1, 0.0, 0.9]) == pytest.approx(
        L(kldivergence_loss, [0.1, 0.9], [0.1, 0.9]))
    y, yh = col(1, 2, 3, 4), col(5.0, 6.0, 7.0, 8.0)
    assert L(hinge_loss, yh, y) == 0.0
    assert L(hinge_loss, y, 0.5 * y) == pytest.approx(0.125)
    assert L(squared_hinge_loss, yh, y) == 0.0
    assert L(squared_hinge_loss, y, 0.5 * y) == pytest.approx(0.0625)
    y, yh = col(0.1, 0.2, 0.3), col(0.4, 0.5, 0.6)
    assert L(poisson_loss, yh, y) == pytest.approx(0.6278353988097339)
    assert L(poisson_loss, y, y) == pytest.approx(0.5044459776946685)


def test_flux_dice_and_tversky_values():
    y, yh = np.array([[1.0, 0.5, 0.3, 2.4]]), np.array([[0, 1.4, 0.5, 1.2]])
    assert L(dice_coeff_loss, yh, y) == pytest.approx(0.2799999999999999)
    assert L(dice_coeff_loss, y, y) == pytest.approx(0.0, abs=1e-15)
    assert L(tversky_loss, yh, y) == pytest.approx(-0.06772009029345383)
    assert L(tversky_loss, yh, y, beta=0.8) == pytest.approx(-0.09490740740740744)
    assert L(tversky_loss, y, y) == pytest.approx(-0.5576923076923075)
    for red in ("sum", None):  # global losses: one scalar whatever the reduction
        assert L(dice_coeff_loss, yh, y, reduction_method=red) == pytest.approx(0.28)


# ---- GradValley's formulas (seed: Optimization, mae/mse/bce) --------------------------------
P = np.random.default_rng(1).uniform(0.05, 0.95, (4, 3))
T = np.random.default_rng(2).uniform(0.0, 1.0, (4, 3))
T[0, 0] = P[0, 0]  # mae at p == t: derivative 0
N = P.size


def test_gradvalley_mae():
    l_ = np.abs(P - T)
    der = np.where(l_ == 0, 0.0, (P - T) / np.where(l_ == 0, 1, l_))
    loss, d = mae_loss(P, T)
    assert loss == pytest.approx(l_.sum() / N)
    np.testing.assert_allclose(d, der / N, rtol=1e-12)
    assert d[0, 0] == 0.0
    loss, d = mae_loss(P, T, reduction_method="sum")
    assert loss == pytest.approx(l_.sum())
    np.testing.assert_allclose(d, der, rtol=1e-12)
    loss, d = mae_loss(P, T, reduction_method=None)
    np.testing.assert_allclose(loss, l_, rtol=1e-12)
    np.testing.assert_allclose(d, der, rtol=1e-12)


def test_gradvalley_mse():
    loss, d = mse_loss(P, T)
    assert loss == pytest.approx(((P - T) ** 2).sum() / N)
    np.testing.assert_allclose(d, 2 / N * (P - T), rtol=1e-12)
    loss, d = mse_loss(P, T, reduction_method="sum")
    np.testing.assert_allclose(d, 2 * (P - T), rtol=1e-12)
    assert mse_loss(P, T, "sum", False) == pytest.approx(((P - T) ** 2).sum())


@pytest.mark.parametrize("eps", [None, 1e-3])
def test_gradvalley_bce(eps):
    e = np.finfo(np.float64).eps if eps is None else eps
    l_ = -T * np.log(P + e) - (1 - T) * np.log(1 - P + e)
    der = -T / (P + e) - (T - 1) / (1 - P + e)
    loss, d = bce_loss(P, T, epsilon=eps)
    assert loss == pytest.approx(l_.sum() / N)
    np.testing.assert_allclose(d, der / N, rtol=1e-12)
    loss, d = bce_loss(P, T, epsilon=eps, reduction_method=None)
    np.testing.assert_allclose(loss, l_, rtol=1e-12)
    np.testing.assert_allclose(d, der, rtol=1e-12)


def test_float32_in_float32_out_and_default_eps():
    p32, t32 = P.astype(np.float32), T.astype(np.float32)
    loss, d = bce_loss(p32, t32)
    assert isinstance(loss, float) and d.dtype == np.float32
    e = np.finfo(np.float32).eps
    want = np.mean(-T * np.log(P + e) - (1 - T) * np.log(1 - P + e))
    assert loss == pytest.approx(want, rel=1e-5)
    l_, d = mse_loss(p32, t32, reduction_method=None)
    assert l_.dtype == np.float32 and l_.shape == P.shape


def test_per_sample_mean_divides_by_batch_size_and_weights():
    rng = np.random.default_rng(3)
    x, lab = rng.standard_normal((5, 4, 2, 3)), rng.uniform(size=(5, 4, 2, 3))
    w = np.array([0.5, 1.0, 2.0, 3.0])
    lsm = x - np.log(np.exp(x).sum(1, keepdims=True))
    el = -(lab * lsm) * w.reshape(4, 1, 1)
    assert L(logitcrossentropy_loss, x, lab, weight=w) == pytest.approx(el.sum() / 5)
    assert L(logitcrossentropy_loss, x, lab, weight=w, reduction_method="sum") == \
        pytest.approx(el.sum())
    assert L(logitcrossentropy_loss, x, lab, weight=2.0) == pytest.approx(
        2 * L(logitcrossentropy_loss, x, lab))
    with pytest.raises(ShapeError, match="classes"):
        L(logitcrossentropy_loss, x, lab, weight=np.ones(3))


def test_huber_branches():
    p, t = np.array([0.0, 0.0, 0.0, 0.0]), np.array([0.5, -2.0, 3.0, 1.0])
    loss, d = huber_loss(p, t, delta=1.0, reduction_method=None)
    np.testing.assert_allclose(loss, [0.125, 1.5, 2.5, 0.5])
    np.testing.assert_allclose(d, [-0.5, 1.0, -1.0, -1.0])
    loss, d = huber_loss(p, t, delta=2.5, reduction_method="sum")
    assert loss == pytest.approx(0.125 + 2.0 + 2.5 * 1.75 + 0.5)


def test_extreme_logits_stay_finite():
    x = np.array([[-800.0, 800.0], [30.0, -30.0]])
    y = np.array([[1.0, 0.0], [0.0, 1.0]])
    for f in (logitbinarycrossentropy_loss, logitcrossentropy_loss):
        loss, d = f(x, y)
        assert np.isfinite(loss) and np.all(np.isfinite(d))
    assert L(logitbinarycrossentropy_loss, x, y, reduction_method="sum") == pytest.approx(
        800 + 800 + 30 + 30, rel=1e-12)


# ---- derivatives vs central differences ----------------------------------------------------------
def _domain(name, shape, rng):
    if name in ("hinge_loss", "squared_hinge_loss"):
        return rng.uniform(-2, 2, shape), rng.choice([-1.0, 1.0], shape)
    if name in ("crossentropy_loss", "kldivergence_loss", "poisson_loss", "msle_loss"):
        return rng.uniform(0.2, 2.0, shape), rng.uniform(0.0, 1.0, shape)
    if name in ("bce_loss", "binarycrossentropy_loss"):
        return rng.uniform(0.1, 0.9, shape), rng.uniform(0.0, 1.0, shape)
    return rng.standard_normal(shape), rng.uniform(-1.0, 1.0, shape)


@pytest.mark.parametrize("name", sorted(LOSSES))
@pytest.mark.parametrize("reduction", ["mean", "sum", None])
def test_derivative_matches_finite_differences(name, reduction):
    seed = sorted(LOSSES).index(name) * 3 + ["mean", "sum", None].index(reduction)
    rng = np.random.default_rng(seed)
    p, t = _domain(name, (3, 4), rng)
    if name in ("hinge_loss", "squared_hinge_loss"):
        p[np.abs(1 - p * t) < 0.05] += 0.2  # keep away from the kink
    if name == "huber_loss":
        p[np.abs(np.abs(p - t) - 1) < 0.05] += 0.2

    def total(q):
        v = losses_mod.evaluate(name, q, t, reduction, False)
        return float(np.sum(v))

    _, d = losses_mod.evaluate(name, p, t, reduction, True)
    assert d.shape == p.shape and d.dtype == p.dtype
    num = np.zeros_like(p)
    h = 1e-6
    for i in np.ndindex(p.shape):
        e = np.zeros_like(p)
        e[i] = h
        num[i] = (total(p + e) - total(p - e)) / (2 * h)
    np.testing.assert_allclose(d, num, rtol=1e-5, atol=1e-8)


# ---- errors, options, caching --------------------------------------------------------------------
def test_shape_and_dtype_errors():
    with pytest.raises(ShapeError, match=r"mse_loss.*\(3, 4\).*\(4, 3\)"):
        mse_loss(np.zeros((3, 4)), np.zeros((4, 3)))
    with pytest.raises(ShapeError, match="crossentropy_loss"):
        crossentropy_loss(np.ones((2, 3)), np.ones((2, 3, 1)))
    with pytest.raises(DTypeError, match="float32.*float64"):
        mae_loss(np.zeros(3, np.float32), np.zeros(3, np.float64))
    with pytest.raises(ValueError, match="reduction_method"):
        mse_loss(np.zeros(3), np.zeros(3), reduction_method="max")
    with pytest.raises(ValueError, match="delta"):
        huber_loss(np.zeros(3), np.zeros(3), delta=0)


def test_integer_targets_are_converted():
    loss, d = crossentropy_loss(YHAT.astype(np.float32), ONEHOT.astype(np.int64))
    assert loss == pytest.approx(LOSSVALUE, rel=1e-6) and d.dtype == np.float32


def test_graphs_are_cached_per_signature():
    losses_mod._CACHE.clear()
    for _ in range(3):
        mse_loss(P, T)
    mse_loss(P[:2], T[:2])
    mse_loss(P, T, reduction_method="sum")
    assert len(losses_mod._CACHE) == 3


def test_loss_graph_with_symbolic_batch():
    """The same loss nodes with the batch symbol N: what a compiled training step will use."""
    for name, opts in (("logitcrossentropy_loss", {"weight": np.array([1.0, 2.0, 0.5])}),
                       ("mse_loss", {}), ("hinge_loss", {}), ("tversky_loss", {"beta": 0.6})):
        g = Graph(name)
        b = Builder(g)
        with b.scope("test"):
            p = b.arg(Arg("input", 0), TensorType(("N", 3), np.float64), "p")
            t = b.arg(Arg("input", 1), TensorType(("N", 3), np.float64), "t")
            g.outputs = [Output(loss_graph(name, b, p, t, **opts).id)]
        rng = np.random.default_rng(4)
        for n in (2, 5):
            x, y = rng.uniform(0.1, 1, (n, 3)), rng.uniform(0.1, 1, (n, 3))
            got = run_graph(g, [x, y])[0]
            want = losses_mod.evaluate(name, x, y, "mean", False, **opts)
            assert float(got) == pytest.approx(want, rel=1e-12)
