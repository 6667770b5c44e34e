"""Whole models on target="cpu" against the interpreter: forward, backward (parameter and input
gradients), any batch size (1, odd, other than the example's) without recompiling."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
import gvcompile.functional as F
from gvcompile.layers import Fc, GraphContainer, SequentialContainer, Softmax, forward
from gvcompile.layers import module_to_eltype_device as to_dtype


def mlp():
    return SequentialContainer([Fc(20, 17, activation_function="relu"),
                                Fc(17, 9, activation_function="sigmoid"),
                                Fc(9, 5, activation_function="tanh"), Fc(5, 4), Softmax(dims=1)])


def mlp_leaky():
    return SequentialContainer([Fc(20, 33, activation_function="leaky_relu:0.2"),
                                Fc(33, 4, use_bias=False)])


def poly():
    return GraphContainer(lambda ls, x, y: F.sum(
        forward(ls[0], x) * y - F.exp(y) / 3.0, 1) ** 2,
        [Fc(20, 6, activation_function="relu")])


def _grads(m):
    out = []
    for layer in [m] + list(getattr(m, "layer_stack", [])):
        for f in ("weight_gradient", "bias_gradient"):
            g = getattr(layer, f, None)
            if g is not None:
                out.append(np.array(g, copy=True))
    return out


def _pair(factory, dt):
    gvcompile.manual_seed(3)
    a = factory()
    gvcompile.manual_seed(3)
    b = factory()
    to_dtype(a, dt)
    to_dtype(b, dt)
    return a, b


@pytest.mark.parametrize("dt", [np.float32, np.float64], ids=["f32", "f64"])
@pytest.mark.parametrize("factory", [mlp, mlp_leaky], ids=["mlp", "mlp_leaky"])
def test_sequential_forward_backward(factory, dt):
    a, b = _pair(factory, dt)
    rng = np.random.default_rng(0)
    ex = rng.standard_normal((8, 20)).astype(dt)
    ca = gvcompile.compile(a, ex, target="interp")
    cb = gvcompile.compile(b, ex, target="cpu")
    tol = dict(rtol=1e-4, atol=1e-5) if dt == np.float32 else dict(rtol=1e-10, atol=1e-12)
    for n in (8, 1, 7, 33):
        x = rng.standard_normal((n, 20)).astype(dt)
        ya, yb = ca(x), cb(x)
        np.testing.assert_allclose(yb, ya, **tol)
        d = rng.standard_normal(ya.shape).astype(dt)
        np.testing.assert_allclose(cb.backward(d), ca.backward(d), **tol)
    for ga, gb in zip(_grads(a), _grads(b), strict=True):
        np.testing.assert_allclose(gb, ga, **tol)
    assert len(cb._programs) == 1, "every batch size shares one compiled program"


def test_graph_container_two_inputs():
    a, b = _pair(poly, np.float64)
    rng = np.random.default_rng(1)
    x, y = rng.standard_normal((5, 20)), rng.standard_normal((5, 6))
    ca = gvcompile.compile(a, x, y, target="interp")
    cb = gvcompile.compile(b, x, y, target="cpu")
    np.testing.assert_allclose(cb(x, y), ca(x, y), rtol=1e-10)
    d = rng.standard_normal(5)
    for ga, gb in zip(ca.backward(d), cb.backward(d), strict=True):
        np.testing.assert_allclose(gb, ga, rtol=1e-10, atol=1e-12)


def test_bad_input_gives_the_interpreters_error():
    a, b = _pair(mlp, np.float32)
    ex = np.zeros((4, 20), np.float32)
    ca = gvcompile.compile(a, ex, target="interp")
    cb = gvcompile.compile(b, ex, target="cpu")
    bad = np.zeros((4, 21), np.float32)
    with pytest.raises(Exception) as ea:
        ca(bad)
    with pytest.raises(Exception) as eb:
        cb(bad)
    assert type(ea.value) is type(eb.value) and str(ea.value) == str(eb.value)
