"""target="cpu" against target="interp" on whole models that use the ops lowered last:
training steps for every optimizer, the seed models (LeNet, inverted residual), recurrent
layers (state carried across calls, gradients), dropout (bit-identical masks), and random small
layer stacks (conv/pool/fc/BatchNorm/activations, random shapes, hypothesis)."""

from __future__ import annotations

import copy

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gvcompile
from gvcompile.layers import (
    GRU,
    LSTM,
    RNN,
    AdaptiveAvgPool,
    AdaptiveMaxPool,
    AvgPool,
    BatchNorm,
    Chain,
    Conv,
    Dense,
    Dropout,
    Fc,
    MaxPool,
    Reshape,
    SequentialContainer,
    module_to_eltype_device,
    reset,
)
from gvcompile.optimization import logitcrossentropy_loss, mse_loss

from .test_seed_models import lenet
from .test_train_step import OPTIMIZERS, _mlp

TOL = {np.float32: dict(rtol=2e-4, atol=2e-5), np.float64: dict(rtol=1e-9, atol=1e-11)}


def _modules(m):
    yield m
    for c in m.children():
        yield from _modules(c)


def _state(m):
    """Every parameter, gradient and buffer of the model tree, in a fixed order."""
    out = []
    for mod in _modules(m):
        for f, a in mod.own_parameters() + mod.buffers():
            out.append((f, np.array(a, copy=True)))
            g = getattr(mod, f + "_gradient", None)
            if g is not None:
                out.append((f + "_gradient", np.array(g, copy=True)))
    return out


def _assert_same_state(a, b, tol):
    sa, sb = _state(a), _state(b)
    assert [k for k, _ in sa] == [k for k, _ in sb]
    for (k, x), (_, y) in zip(sa, sb, strict=True):
        np.testing.assert_allclose(y, x, err_msg=k, **tol)


def _both(factory, dt=np.float32, seed=0):
    gvcompile.manual_seed(seed)
    a = factory()
    module_to_eltype_device(a, dt)
    return a, copy.deepcopy(a)


@pytest.mark.parametrize("cls,kw", OPTIMIZERS, ids=[f"{c.__name__}{i}" for i, (c, _) in
                                                   enumerate(OPTIMIZERS)])
def test_train_step_cpu_equals_interp(cls, kw):
    a, b = _mlp(), None
    b = copy.deepcopy(a)
    ex = (np.zeros((5, 4), np.float32), np.zeros((5, 3), np.float32))
    ta = gvcompile.compile_train_step(a, mse_loss, cls(a, **kw), *ex, target="interp")
    tb = gvcompile.compile_train_step(b, mse_loss, cls(b, **kw), *ex, target="cpu")
    rng = np.random.default_rng(0)
    for k in range(5):
        n = (5, 3, 2, 8, 5)[k]
        x, t = rng.random((n, 4), dtype=np.float32), rng.random((n, 3), dtype=np.float32)
        np.testing.assert_allclose(tb.step(x, t), ta.step(x, t), rtol=1e-5)
    _assert_same_state(a, b, dict(rtol=1e-4, atol=1e-6))


def _cnn():
    return SequentialContainer([
        Conv(2, 4, (3, 3), padding=1, activation_function="relu"), BatchNorm(4),
        MaxPool((2, 2)), Conv(4, 6, (3, 3), stride=1, padding=1, groups=2),
        AvgPool((3, 3), stride=2, padding=1), AdaptiveMaxPool((2, 3)), Reshape((36,)),
        Fc(36, 3)])


def test_cnn_train_step_cpu_equals_interp():
    a, b = _both(_cnn)
    rng = np.random.default_rng(1)
    x = rng.standard_normal((6, 2, 9, 9)).astype(np.float32)
    t = np.eye(3, dtype=np.float32)[rng.integers(0, 3, 6)]
    opt = OPTIMIZERS[4]
    ta = gvcompile.compile_train_step(a, logitcrossentropy_loss, opt[0](a, **opt[1]), x, t,
                                      target="interp")
    tb = gvcompile.compile_train_step(b, logitcrossentropy_loss, opt[0](b, **opt[1]), x, t,
                                      target="cpu")
    for _ in range(4):
        np.testing.assert_allclose(tb.step(x, t), ta.step(x, t), rtol=1e-4)
    _assert_same_state(a, b, dict(rtol=1e-3, atol=1e-5))


def _forward_backward(a, b, xs, dt, n_seeds=1):
    ca = gvcompile.compile(a, xs[0], target="interp")
    cb = gvcompile.compile(b, xs[0], target="cpu")
    rng = np.random.default_rng(5)
    for x in xs:
        ya, yb = ca(x), cb(x)
        np.testing.assert_allclose(yb, ya, **TOL[dt])
        d = rng.standard_normal(ya.shape).astype(dt)
        np.testing.assert_allclose(cb.backward(d), ca.backward(d), **TOL[dt])
    _assert_same_state(a, b, TOL[dt])


@pytest.mark.parametrize("dt", [np.float32, np.float64], ids=["f32", "f64"])
def test_lenet_cpu_equals_interp(dt):
    a, b = _both(lenet, dt)
    rng = np.random.default_rng(0)
    _forward_backward(a, b, [rng.random((n, 1, 28, 28)).astype(dt) for n in (4, 1, 3)], dt)


def test_inverted_residual_cpu_equals_interp():
    from gvcompile.layers import GraphContainer, forward

    def factory():
        return GraphContainer(lambda ls, x: forward(ls[2], forward(ls[1], forward(ls[0], x)))
                              + x, [Conv(16, 64, (1, 1), activation_function="relu"),
                                    Conv(64, 64, (3, 3), padding=(1, 1), groups=64,
                                         activation_function="relu"),
                                    Conv(64, 16, (1, 1), activation_function="relu")])

    a, b = _both(factory, np.float64, seed=2)
    rng = np.random.default_rng(0)
    _forward_backward(a, b, [rng.random((n, 16, 10, 10)) for n in (2, 3)], np.float64)


RECURRENT = {"lstm": lambda: Chain(LSTM(3, 5), Dense(5, 2)),
             "gru": lambda: Chain(GRU(3, 4), RNN(4, 3, activation_function="relu")),
             "rnn": lambda: Chain(RNN(3, 4), Dense(4, 2, activation_function="tanh"))}


@pytest.mark.parametrize("dt", [np.float32, np.float64], ids=["f32", "f64"])
@pytest.mark.parametrize("kind", sorted(RECURRENT))
def test_recurrent_cpu_equals_interp(kind, dt):
    """Several calls (the state carries over), sequences of different lengths T (the run-time
    extent), then reset."""
    a, b = _both(RECURRENT[kind], dt, seed=4)
    rng = np.random.default_rng(3)
    xs = [rng.standard_normal((t, 2, 3)).astype(dt) for t in (6, 1, 9)]
    _forward_backward(a, b, xs, dt)
    reset(a)
    reset(b)
    _forward_backward(a, b, xs[:1], dt)


def test_dropout_masks_are_bit_identical():
    def factory():
        return Chain(Dense(40, 300), Dropout(0.4), Dense(300, 7), Dropout(0.5, dims=1))

    a, b = _both(factory, np.float64)
    x = np.random.default_rng(0).standard_normal((33, 40))
    ca = gvcompile.compile(a, x, target="interp")
    cb = gvcompile.compile(b, x, target="cpu")
    for k in range(3):
        gvcompile.manual_seed(100 + k)
        ya = ca(x)
        gvcompile.manual_seed(100 + k)
        yb = cb(x)
        np.testing.assert_array_equal(yb == 0, ya == 0)
        np.testing.assert_allclose(yb, ya, rtol=1e-12, atol=1e-13)
        d = np.ones_like(ya)
        np.testing.assert_allclose(cb.backward(d), ca.backward(d), rtol=1e-12, atol=1e-13)


@st.composite
def _stack(draw):
    """(layers, input shape without the batch): 1-3 random layers, then Reshape + Fc."""
    c0, h0, w0 = draw(st.integers(1, 3)), draw(st.integers(4, 9)), draw(st.integers(4, 9))
    c, h, w = c0, h0, w0
    layers = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["conv", "maxpool", "avgpool", "bn", "adaptive"]))
        if kind == "conv":
            o, k = draw(st.integers(1, 4)), draw(st.integers(1, min(3, h, w)))
            p, s = draw(st.integers(0, 1)), draw(st.integers(1, 2))
            g = draw(st.sampled_from([g for g in (1, 2, 3) if c % g == 0 and o % g == 0]))
            act = draw(st.sampled_from([None, "relu", "tanh", "sigmoid"]))
            layers.append(Conv(c, o, (k, k), stride=s, padding=p, groups=g,
                               activation_function=act))
            c, h, w = o, (h + 2 * p - k) // s + 1, (w + 2 * p - k) // s + 1
        elif kind in ("maxpool", "avgpool") and min(h, w) >= 3:
            k, s = draw(st.integers(1, 3)), draw(st.integers(1, 2))
            p = draw(st.integers(0, k // 2))
            d = draw(st.integers(1, 2)) if kind == "maxpool" else 1
            cls = MaxPool if kind == "maxpool" else AvgPool
            layers.append(cls((k, k), stride=s, padding=p, dilation=d))
            h, w = ((e + 2 * p - d * (k - 1) - 1) // s + 1 for e in (h, w))
        elif kind == "bn":
            layers.append(BatchNorm(c))
        else:
            oh, ow = draw(st.integers(1, 4)), draw(st.integers(1, 4))
            layers.append(draw(st.sampled_from([AdaptiveMaxPool, AdaptiveAvgPool]))((oh, ow)))
            h, w = oh, ow
        if min(h, w) < 1:
            return None
    layers += [Reshape((c * h * w,)), Fc(c * h * w, 3, activation_function="relu")]
    return layers, (c0, h0, w0)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(_stack(), st.integers(1, 5), st.integers(0, 2**16))
def test_random_layer_stacks_cpu_equals_interp(spec, n, seed):
    if spec is None:  # the drawn geometry collapsed to nothing
        return
    layers, shape = spec
    if any(isinstance(la, BatchNorm) for la in layers):  # training BatchNorm needs N >= 2
        n = max(n, 2)  # when a channel holds one value per image (1x1 spatial)
    gvcompile.manual_seed(seed)
    a = SequentialContainer(layers)
    module_to_eltype_device(a, np.float64)
    b = copy.deepcopy(a)
    rng = np.random.default_rng(seed)
    xs = [rng.standard_normal((m,) + shape) for m in (n, n + 2)]
    _forward_backward(a, b, xs, np.float64)
