"""Philox-4x32-10 known answers, Dropout/AlphaDropout/dropout: mask statistics, scaling,
identity in test mode, reproducibility under manual_seed, gradients through the same mask."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.layers import (
    AlphaDropout,
    Chain,
    Dense,
    Dropout,
    GraphContainer,
    dropout,
    forward,
    testmode,
)
from gvcompile.layers.dropout import DROPOUT_STREAM
from gvcompile.ops.random import philox4x32_10

from .samples.random import philox_scalar, uniform_scalar

# Random123's kat_vectors: counter (4 words), key (2 words) -> output (4 words).
KAT = [
    ((0, 0, 0, 0), (0, 0), (0x6627E8D5, 0xE169C58D, 0xBC57AC4C, 0x9B00DBD8)),
    ((0xFFFFFFFF,) * 4, (0xFFFFFFFF,) * 2, (0x408F276D, 0x41C83B0E, 0xA20BC7C6, 0x6D5451FD)),
    ((0x243F6A88, 0x85A308D3, 0x13198A2E, 0x03707344), (0xA4093822, 0x299F31D0),
     (0xD16CFE09, 0x94FDCCEB, 0x5001E420, 0x24126EA1)),
]


@pytest.mark.parametrize("ctr,key,want", KAT)
def test_philox_known_answers(ctr, key, want):
    got = philox4x32_10([np.array([c], np.uint32) for c in ctr], key)
    assert tuple(int(w[0]) for w in got) == want
    assert philox_scalar(ctr, key) == want


def _cm(m, x):
    return gvcompile.compile(m, x, target="interp")


def test_dropout_statistics_scaling_and_test_mode():
    gvcompile.manual_seed(1)
    m = Chain(Dropout(0.3))
    x = np.ones((200, 500), np.float32)
    cm = _cm(m, x)
    y = cm(x)
    frac = np.mean(y == 0)
    assert abs(frac - 0.3) < 0.005  # 100000 Bernoulli draws: sd 0.0015
    np.testing.assert_allclose(y[y != 0], 1 / 0.7, rtol=1e-6)
    # columns and rows are not correlated (a bad counter layout would repeat patterns)
    assert abs(np.corrcoef((y[:, :-1] == 0).ravel(), (y[:, 1:] == 0).ravel())[0, 1]) < 0.02
    testmode(m)
    np.testing.assert_array_equal(cm(x), x)


def test_mask_follows_the_documented_bit_recipe():
    gvcompile.manual_seed(2**40 + 5)
    st = DROPOUT_STREAM.state.copy()
    assert list(st) == [5, 256, 0, 0]
    x = np.arange(1, 13, dtype=np.float64).reshape(3, 4)
    y = _cm(Chain(Dropout(0.5)), x)(x)
    u = uniform_scalar(st, (3, 4), 0)
    np.testing.assert_array_equal(y, np.where(u >= 0.5, x * 2.0, 0.0))
    assert list(DROPOUT_STREAM.state) == [5, 256, 1, 0]  # one call advanced the counter


def test_calls_differ_and_manual_seed_reproduces():
    x = np.ones((64, 64), np.float32)
    gvcompile.manual_seed(7)
    m = Chain(Dense(64, 64), Dropout(0.5), Dropout(0.5, dims=1))
    for layer in m:
        if isinstance(layer, Dense):
            layer.weight[...] = np.eye(64)
            layer.bias[...] = 0
    cm = _cm(m, x)
    y1, y2 = cm(x), cm(x)
    assert not np.array_equal(y1 == 0, y2 == 0)
    gvcompile.manual_seed(7)
    np.testing.assert_array_equal(cm(x), y1)
    np.testing.assert_array_equal(cm(x), y2)
    gvcompile.manual_seed(8)
    assert not np.array_equal(cm(x), y1)


def test_two_dropouts_in_one_graph_use_different_streams():
    gvcompile.manual_seed(0)
    x = np.ones((50, 40), np.float64)
    g = GraphContainer(lambda layers, v: dropout(v, 0.5) - dropout(v, 0.5), [])
    y = _cm(g, x)(x)
    assert np.mean(y != 0) > 0.4  # identical masks would cancel exactly


def test_dims_broadcast_the_mask():
    gvcompile.manual_seed(3)
    x = np.ones((8, 6, 5, 5), np.float32)
    y = _cm(Chain(Dropout(0.5, dims=(0, 1))), x)(x)
    assert np.all(y == y[:, :, :1, :1])  # one decision per (sample, channel)
    assert 0 < np.mean(y == 0) < 1


def test_backward_uses_the_forward_mask():
    gvcompile.manual_seed(4)
    m = Chain(Dropout(0.25))
    x = np.random.default_rng(0).standard_normal((30, 20))
    cm = _cm(m, x)
    y = cm(x)
    seed = np.random.default_rng(1).standard_normal(y.shape)
    g = cm.backward(seed)
    keep = y != 0
    np.testing.assert_allclose(g, np.where(keep, seed / 0.75, 0.0), rtol=1e-12)


def test_p_zero_and_one():
    x = np.random.default_rng(0).standard_normal((4, 5)).astype(np.float32)
    np.testing.assert_array_equal(_cm(Chain(Dropout(0.0)), x)(x), x)
    np.testing.assert_array_equal(_cm(Chain(Dropout(1.0)), x)(x), 0 * x)
    np.testing.assert_array_equal(_cm(Chain(AlphaDropout(1.0)), x)(x), 0 * x)
    with pytest.raises(ValueError):
        Dropout(1.5)


def test_alpha_dropout_keeps_mean_and_variance():
    gvcompile.manual_seed(5)
    x = np.random.default_rng(2).standard_normal((400, 500))
    for p in (0.1, 0.4):
        m = Chain(AlphaDropout(p))
        y = _cm(m, x)(x)
        assert abs(y.mean()) < 0.01 and abs(y.var() - 1) < 0.01
        ap = -1.0507009873554805 * 1.6732632423543772
        a = 1 / np.sqrt((1 - p) * (1 + p * ap * ap))
        dropped = np.isclose(y, a * ap - a * ap * p)
        assert abs(dropped.mean() - p) < 0.01
        testmode(m)
        np.testing.assert_array_equal(_cm(m, x)(x), x)


def test_functional_dropout_on_arrays():
    gvcompile.manual_seed(9)
    x = np.ones((100, 100))
    y = dropout(x, 0.2)
    assert abs(np.mean(y == 0) - 0.2) < 0.02 and np.allclose(y[y != 0], 1.25)
    gvcompile.manual_seed(9)
    np.testing.assert_array_equal(dropout(x, 0.2), y)
    assert not np.array_equal(dropout(x, 0.2), y)
    y3 = dropout(np.ones((10, 7)), 0.5, dims=0)
    assert np.all(y3 == y3[:, :1])


def test_summary_and_forward_call():
    assert Dropout(0.5, dims=1).summary_fields() == {"p": 0.5, "dims": (1,)}
    x = np.ones((3, 4), np.float32)
    assert forward(Chain(Dropout(0.5)), x).shape == (3, 4)
