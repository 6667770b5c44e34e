"""Seed examples and module semantics that need only Fc/BatchNorm/Reshape/Softmax/Identity."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.layers import (
    BatchNorm,
    Fc,
    GraphContainer,
    Identity,
    Reshape,
    SequentialContainer,
    Softmax,
    backward,
    forward,
    summarize_model,
    testmode,
    trainmode,
    zero_gradients,
)


def mlp():
    return SequentialContainer([Fc(1000, 500), Fc(500, 250), Fc(250, 125)])


def np_mlp(m, x):
    for layer in m:
        x = x @ layer.weight.T + layer.bias
    return x


def test_seed_mlp_forward_backward():
    gvcompile.manual_seed(0)
    m = mlp()
    x = np.random.default_rng(1).random((32, 1000), dtype=np.float32)
    y = forward(m, x)
    assert y.shape == (32, 125) and y.dtype == np.float32
    np.testing.assert_allclose(y, np_mlp(m, x), rtol=1e-4, atol=1e-5)
    d = np.random.default_rng(2).random(y.shape, dtype=np.float32)
    gx = backward(m, d)
    # hand-derived backward of the three linear layers
    h1 = x @ m[0].weight.T + m[0].bias
    h2 = h1 @ m[1].weight.T + m[1].bias
    g2 = d @ m[2].weight
    g1 = g2 @ m[1].weight
    np.testing.assert_allclose(m[2].weight_gradient, d.T @ h2, rtol=1e-3, atol=1e-3)
    np.testing.assert_allclose(m[1].bias_gradient, g2.sum(0), rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(m[0].weight_gradient, g1.T @ x, rtol=1e-3, atol=1e-3)
    np.testing.assert_allclose(gx, g1 @ m[0].weight, rtol=1e-3, atol=1e-4)


def test_gradients_accumulate_and_zero():
    m = SequentialContainer([Fc(3, 2, activation_function="sigmoid")])
    x = np.random.default_rng(0).random((4, 3), dtype=np.float32)
    forward(m, x)
    backward(m, np.ones((4, 2), np.float32))
    g1 = m[0].weight_gradient.copy()
    forward(m, x)
    backward(m, np.ones((4, 2), np.float32))
    np.testing.assert_allclose(m[0].weight_gradient, 2 * g1, rtol=1e-6)
    zero_gradients(m)
    assert not m[0].weight_gradient.any() and not m[0].bias_gradient.any()


def test_indexing_and_slicing():
    inner = SequentialContainer([Fc(4, 4), Fc(4, 3)])
    m = SequentialContainer([inner, Reshape((3,)), Softmax(dims=1)])
    assert m[0] is inner and isinstance(m[-1], Softmax)
    head = m[0:-1]
    assert isinstance(head, SequentialContainer) and len(head) == 2 and head[0] is inner
    x = np.random.default_rng(0).random((5, 4), dtype=np.float32)
    y = forward(m, x)
    np.testing.assert_allclose(y.sum(1), 1, rtol=1e-6)
    np.testing.assert_allclose(forward(head, x), np.log(y) - np.log(y).mean(1, keepdims=True)
                               + forward(head, x).mean(1, keepdims=True), rtol=1e-4, atol=1e-5)


def test_graph_container_mlp_equals_sequential():
    layers = [Fc(10, 6), Fc(6, 3)]

    def fp(layers, x):
        a, b = layers
        return forward(b, forward(a, x))

    g = GraphContainer(fp, layers)
    s = SequentialContainer(layers)
    x = np.random.default_rng(0).random((7, 10), dtype=np.float32)
    np.testing.assert_allclose(forward(g, x), forward(s, x), rtol=1e-6)
    grads = backward(g, np.ones((7, 3), np.float32))
    assert isinstance(grads, list) and grads[0].shape == (7, 10)


def test_activations_and_identity():
    x = np.linspace(-2, 2, 12, dtype=np.float32).reshape(3, 4)
    for name, f in [("relu", lambda v: np.maximum(v, 0)),
                    ("sigmoid", lambda v: 1 / (1 + np.exp(-v))), ("tanh", np.tanh),
                    ("leaky_relu", lambda v: np.where(v > 0, v, 0.01 * v)),
                    ("leaky_relu:0.2", lambda v: np.where(v > 0, v, 0.2 * v)),
                    ("softmax", lambda v: np.exp(v) / np.exp(v).sum(1, keepdims=True))]:
        np.testing.assert_allclose(forward(Identity(activation_function=name), x), f(x),
                                   rtol=1e-5, atol=1e-6, err_msg=name)
    with pytest.raises(ValueError, match="activation"):
        Identity(activation_function="gelu")


def test_softmax_over_several_axes():
    x = np.random.default_rng(0).standard_normal((2, 3, 4)).astype(np.float32)
    y = forward(Softmax(dims=(1, 2)), x)
    np.testing.assert_allclose(y.sum((1, 2)), 1, rtol=1e-5)


def _bn_ref(x, m, axes):
    mean = x.mean(axes, keepdims=True)
    var = x.var(axes, keepdims=True)
    return (x - mean) / np.sqrt(var + m.epsilon)


def test_batchnorm_train_and_running_stats():
    m = BatchNorm(3, momentum=0.2)
    x = np.random.default_rng(0).standard_normal((4, 3, 5, 5)).astype(np.float32) * 3 + 1
    y = forward(m, x)
    np.testing.assert_allclose(y, _bn_ref(x, m, (0, 2, 3)), rtol=1e-4, atol=1e-5)
    n = 4 * 5 * 5
    np.testing.assert_allclose(m.running_mean, 0.2 * x.mean((0, 2, 3)), rtol=1e-5)
    np.testing.assert_allclose(m.running_variance,
                               0.8 + 0.2 * x.var((0, 2, 3)) * n / (n - 1), rtol=1e-5)
    testmode(m)
    rm, rv = m.running_mean.copy(), m.running_variance.copy()
    y2 = forward(m, x)
    want = (x - rm[None, :, None, None]) / np.sqrt(rv[None, :, None, None] + m.epsilon)
    np.testing.assert_allclose(y2, want, rtol=1e-4, atol=1e-5)
    np.testing.assert_array_equal(m.running_mean, rm)  # test mode does not update
    trainmode(m)


def test_batchnorm_2d_no_affine_no_tracking_backward():
    m = BatchNorm(4, affine=False, track_running_stats=False)
    assert m.weight is None and m.running_mean is None
    x = np.random.default_rng(1).standard_normal((6, 4))
    from gvcompile.layers import module_to_eltype_device

    module_to_eltype_device(m, np.float64)
    testmode(m)  # no running stats: batch statistics even in test mode
    y = forward(m, x)
    np.testing.assert_allclose(y, _bn_ref(x, m, (0,)), rtol=1e-10)
    d = np.random.default_rng(2).standard_normal(y.shape)
    gx = backward(m, d)
    eps = 1e-6
    num = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        xp, xm = x.copy(), x.copy()
        xp[i] += eps
        xm[i] -= eps
        num[i] = ((_bn_ref(xp, m, (0,)) - _bn_ref(xm, m, (0,))) * d).sum() / (2 * eps)
    np.testing.assert_allclose(gx, num, rtol=1e-5, atol=1e-7)


def test_summarize_nested_counts():
    m = SequentialContainer([SequentialContainer([Fc(4, 3), Fc(3, 2)]), Softmax(dims=1)])
    text, total = summarize_model(m)
    assert total == 4 * 3 + 3 + 3 * 2 + 2
    assert "(0) SequentialContainer" in text and "(0.1) Fc" in text and "(1) Softmax" in text
    assert "Total Layers: 3" in text and f"Total Parameters: {total}" in text


def test_any_batch_size_one_program():
    m = SequentialContainer([Fc(5, 3, activation_function="relu")])
    cm = gvcompile.compile(m, np.zeros((8, 5), np.float32), target="interp")
    for n in (1, 3, 8, 17):
        x = np.random.default_rng(n).random((n, 5), dtype=np.float32)
        np.testing.assert_allclose(cm(x), np.maximum(x @ m[0].weight.T + m[0].bias, 0),
                                   rtol=1e-6)
    assert len(cm._programs) == 1


def test_float64_model():
    from gvcompile.layers import module_to_eltype_device

    m = SequentialContainer([Fc(3, 2)])
    module_to_eltype_device(m, np.float64)
    assert m[0].weight.dtype == np.float64 and m[0].weight_gradient.dtype == np.float64
    x = np.ones((2, 3))
    assert forward(m, x).dtype == np.float64
