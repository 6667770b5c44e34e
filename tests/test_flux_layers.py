"""Chain, Dense, Flatten, global pools, SkipConnection, Maxout and the conv/pool aliases:
values by hand / NumPy, gradients by finite differences (float64) through gvcompile.compile."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.errors import ShapeError
from gvcompile.layers import (
    AvgPool,
    Chain,
    Conv,
    CrossCor,
    Dense,
    DepthwiseConv,
    Flatten,
    FlippedConv,
    GlobalMaxPool,
    GlobalMeanPool,
    LayerNorm,
    Maxout,
    MeanPool,
    SequentialContainer,
    SkipConnection,
    module_to_eltype_device,
    summarize_model,
)

RNG = np.random.default_rng(0)


def _cm(m, x):
    return gvcompile.compile(m, x, target="interp")


def _check_grad(m, x, tol=1e-6):
    """Input gradient and every parameter gradient against central differences."""
    module_to_eltype_device(m, np.float64)
    x = x.astype(np.float64)
    cm = _cm(m, x)
    y = cm(x)
    seed = np.random.default_rng(1).standard_normal(np.shape(y))
    from gvcompile.layers import zero_gradients

    zero_gradients(m)
    gx = cm.backward(seed)

    def f(xx):
        return float(np.sum(cm(xx) * seed))

    targets = [(x, gx)]
    from gvcompile.layers.api import iter_modules

    for mod in iter_modules(m):
        for name, a in mod.own_parameters():
            targets.append((a, getattr(mod, name + "_gradient").copy()))
    for arr, got in targets:
        for j in range(arr.size):
            old = arr.reshape(-1)[j]
            arr.reshape(-1)[j] = old + 1e-6
            fp = f(x)
            arr.reshape(-1)[j] = old - 1e-6
            fm = f(x)
            arr.reshape(-1)[j] = old
            assert abs(got.reshape(-1)[j] - (fp - fm) / 2e-6) < tol * (1 + abs(got).max())


def test_chain_dense_flatten():
    gvcompile.manual_seed(0)
    m = Chain(Flatten(), Dense(12, 5, activation_function="relu"), Dense(5, 2))
    assert isinstance(m, SequentialContainer) and len(m) == 3
    x = RNG.standard_normal((4, 3, 2, 2)).astype(np.float32)
    h = np.maximum(x.reshape(4, 12) @ m[1].weight.T + m[1].bias, 0)
    np.testing.assert_allclose(_cm(m, x)(x), h @ m[2].weight.T + m[2].bias, rtol=1e-5,
                               atol=1e-6)
    assert Chain([Dense(2, 2)])[0].in_features == 2
    d = Dense(3, 4)
    y = _cm(d, RNG.standard_normal((2, 5, 3)).astype(np.float32))(np.ones((2, 5, 3), np.float32))
    assert y.shape == (2, 5, 4)  # Dense applies to the last axis of any array, as Flux


def test_global_pools():
    x = RNG.standard_normal((2, 3, 4, 5))
    np.testing.assert_allclose(_cm(GlobalMaxPool(), x)(x), x.max((2, 3), keepdims=True))
    np.testing.assert_allclose(_cm(GlobalMeanPool(), x)(x), x.mean((2, 3), keepdims=True))
    with pytest.raises(ShapeError, match=r"\(N, C, H, W\)"):
        GlobalMeanPool()(np.ones((2, 3)))
    _check_grad(Chain(GlobalMeanPool(), Flatten()), RNG.standard_normal((2, 2, 3, 3)))
    _check_grad(Chain(GlobalMaxPool()), RNG.standard_normal((2, 2, 3, 3)))


def test_skip_connections():
    gvcompile.manual_seed(1)
    inner = Dense(4, 4, activation_function="tanh")
    x = RNG.standard_normal((3, 4))
    plus = SkipConnection(inner, "+")
    module_to_eltype_device(plus, np.float64)
    want = np.tanh(x @ inner.weight.T + inner.bias)
    np.testing.assert_allclose(_cm(plus, x)(x), want + x, rtol=1e-12)
    cat = SkipConnection(inner, "concat")
    np.testing.assert_allclose(_cm(cat, x)(x), np.concatenate([want, x], 1), rtol=1e-12)
    fn = SkipConnection(inner, lambda mx, v: mx * v - 2.0)
    np.testing.assert_allclose(_cm(fn, x)(x), want * x - 2.0, rtol=1e-12)
    _check_grad(SkipConnection(Dense(3, 3, activation_function="sigmoid"), "+"),
                RNG.standard_normal((2, 3)))
    _check_grad(SkipConnection(Dense(3, 2), lambda mx, v: mx * mx),
                RNG.standard_normal((2, 3)))
    with pytest.raises(ShapeError, match="'\\+'"):
        SkipConnection(Dense(4, 2), "+")(np.ones((3, 4), np.float32))
    with pytest.raises(ValueError):
        SkipConnection(Dense(4, 2), "*")


def test_maxout():
    gvcompile.manual_seed(2)
    layers = [Dense(3, 4), Dense(3, 4), Dense(3, 4)]
    m = Maxout(layers)
    x = RNG.standard_normal((5, 3)).astype(np.float32)
    want = np.max([x @ d.weight.T + d.bias for d in layers], axis=0)
    np.testing.assert_allclose(_cm(m, x)(x), want, rtol=1e-5, atol=1e-6)
    _check_grad(Maxout([Dense(3, 2), Dense(3, 2)]), RNG.standard_normal((4, 3)))
    with pytest.raises(ShapeError, match="differ"):
        Maxout([Dense(3, 2), Dense(3, 4)])(x)


def _np_conv(x, w, b, stride=1, pad=0, groups=1):
    n, c, h, wd = x.shape
    co, cg, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    ho, wo = (h + 2 * pad - kh) // stride + 1, (wd + 2 * pad - kw) // stride + 1
    y = np.zeros((n, co, ho, wo))
    for o in range(co):
        g = o // (co // groups)
        for i in range(ho):
            for j in range(wo):
                patch = xp[:, g * cg:(g + 1) * cg, i * stride:i * stride + kh,
                           j * stride:j * stride + kw]
                y[:, o, i, j] = np.sum(patch * w[o], axis=(1, 2, 3)) + b[o]
    return y


def test_conv_aliases():
    gvcompile.manual_seed(3)
    x = RNG.standard_normal((2, 2, 5, 6))
    cc = CrossCor(2, 3, 3, padding=1)
    assert isinstance(cc, Conv)
    module_to_eltype_device(cc, np.float64)
    np.testing.assert_allclose(_cm(cc, x)(x), _np_conv(x, cc.weight, cc.bias, pad=1),
                               rtol=1e-10, atol=1e-12)
    fc = FlippedConv(2, 3, (2, 3), stride=2)
    module_to_eltype_device(fc, np.float64)
    np.testing.assert_allclose(_cm(fc, x)(x), _np_conv(x, fc.weight[:, :, ::-1, ::-1], fc.bias,
                                                       stride=2), rtol=1e-10, atol=1e-12)
    dw = DepthwiseConv(2, 4, 3)
    assert dw.groups == 2 and dw.weight.shape == (4, 1, 3, 3)
    module_to_eltype_device(dw, np.float64)
    np.testing.assert_allclose(_cm(dw, x)(x), _np_conv(x, dw.weight, dw.bias, groups=2),
                               rtol=1e-10, atol=1e-12)
    with pytest.raises(ValueError, match="multiple"):
        DepthwiseConv(2, 3, 3)
    mp = MeanPool(2)
    assert isinstance(mp, AvgPool)
    np.testing.assert_allclose(_cm(mp, x)(x), x[:, :, :4].reshape(2, 2, 2, 2, 3, 2)
                               .mean((3, 5)), rtol=1e-12)
    _check_grad(Chain(FlippedConv(1, 2, 2, padding=1)), RNG.standard_normal((1, 1, 3, 3)))


def test_summary_counts_leaf_layers():
    m = Chain(SkipConnection(Chain(Dense(4, 4), LayerNorm(4)), "+"),
              Maxout([Dense(4, 3), Dense(4, 3)]), Flatten())
    text, total = summarize_model(m)
    assert "(0) SkipConnection: connection='+'" in text
    assert "(0.0.1) LayerNorm" in text and "(1.0) Dense" in text
    assert "Total Layers: 5" in text
    assert total == 20 + 8 + 2 * 15


def test_conv_flipped_keyword_is_a_true_convolution():
    gvcompile.manual_seed(4)
    x = RNG.standard_normal((2, 2, 5, 6))
    c = Conv(2, 3, (2, 3), stride=2, flipped=True)
    module_to_eltype_device(c, np.float64)
    np.testing.assert_allclose(_cm(c, x)(x), _np_conv(x, c.weight[:, :, ::-1, ::-1], c.bias,
                                                      stride=2), rtol=1e-10, atol=1e-12)
    assert "flipped=True" in summarize_model(Chain(c))[0]
