"""gvcompile.functional: each function on arrays against NumPy, and inside a GraphContainer
compiled for the interpreter (forward equals the array result, backward vs central
differences, float64)."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile import functional as F
from gvcompile.errors import ShapeError
from gvcompile.layers import GraphContainer

RNG = np.random.default_rng(0)
X = RNG.standard_normal((2, 3, 4))
POS = RNG.uniform(0.5, 2.0, (2, 3, 4))
IMG = RNG.standard_normal((2, 1, 3, 3))


def _np_softmax(x, axis):
    e = np.exp(x - x.max(axis, keepdims=True))
    return e / e.sum(axis, keepdims=True)


ARRAY_CASES = [
    (lambda x: F.exp(x), lambda x: np.exp(x), X),
    (lambda x: F.log(x), lambda x: np.log(x), POS),
    (lambda x: F.sqrt(x), lambda x: np.sqrt(x), POS),
    (lambda x: F.abs(x), lambda x: np.abs(x), X),
    (lambda x: F.sum(x), lambda x: np.sum(x), X),
    (lambda x: F.sum(x, axis=(0, -1), keepdims=True),
     lambda x: np.sum(x, (0, 2), keepdims=True), X),
    (lambda x: F.mean(x, axis=1), lambda x: np.mean(x, 1), X),
    (lambda x: F.max(x, axis=-1), lambda x: np.max(x, -1), X),
    (lambda x: F.reshape(x, (-1, 6)), lambda x: x.reshape(-1, 6), X),
    (lambda x: F.reshape(x, 24), lambda x: x.reshape(24), X),
    (lambda x: F.transpose(x), lambda x: x.T, X),
    (lambda x: F.transpose(x, (0, -1, 1)), lambda x: x.transpose(0, 2, 1), X),
    (lambda x: F.concat([x, F.exp(x)], axis=1), lambda x: np.concatenate([x, np.exp(x)], 1), X),
    (lambda x: F.relu(x), lambda x: np.maximum(x, 0), X),
    (lambda x: F.sigmoid(x), lambda x: 1 / (1 + np.exp(-x)), X),
    (lambda x: F.tanh(x), lambda x: np.tanh(x), X),
    (lambda x: F.leaky_relu(x), lambda x: np.where(x > 0, x, 0.01 * x), X),
    (lambda x: F.leaky_relu(x, 0.2), lambda x: np.where(x > 0, x, 0.2 * x), X),
    (lambda x: F.softmax(x), lambda x: _np_softmax(x, 1), X),
    (lambda x: F.softmax(x, axis=(1, 2)), lambda x: _np_softmax(x, (1, 2)), X),
    (lambda x: F.log_softmax(x, axis=-1), lambda x: np.log(_np_softmax(x, -1)), X),
    (lambda x: F.normalise(x), lambda x: (x - x.mean(-1, keepdims=True)) / x.std(
        -1, keepdims=True), X),
    (lambda x: F.normalise(x, dims=(1, 2)), lambda x: (x - x.mean((1, 2), keepdims=True)) /
     x.std((1, 2), keepdims=True), X),
    (lambda x: F.flatten(x), lambda x: x.reshape(2, 12), X),
    (lambda x: F.zero_pad_nd(x, (0, 1, 2)), lambda x: np.pad(x, ((0, 0), (1, 1), (2, 2))), X),
    (lambda x: F.zero_pad_2d(x, (1, 2)), lambda x: np.pad(x, ((0, 0), (0, 0), (1, 1), (2, 2))),
     IMG),
    (lambda x: F.zero_pad_2d(x, 1), lambda x: np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1))), IMG),
]
IDS = [f"case{k}" for k in range(len(ARRAY_CASES))]


@pytest.mark.parametrize("fn,want,x", ARRAY_CASES, ids=IDS)
def test_on_arrays_matches_numpy(fn, want, x):
    got = fn(x)
    assert isinstance(got, np.ndarray)
    np.testing.assert_allclose(got, want(x), rtol=1e-12, atol=1e-14)
    got32 = fn(x.astype(np.float32))
    assert got32.dtype == np.float32
    np.testing.assert_allclose(got32, want(x), rtol=1e-5, atol=1e-6)


def _check_traced(fn, *inputs):
    """forward through a compiled GraphContainer equals ``fn`` on arrays; backward vs
    central differences."""
    m = GraphContainer(lambda layers, *xs: fn(*xs), [])
    cm = gvcompile.compile(m, *inputs, target="interp")
    y = np.asarray(cm.forward(*inputs))
    np.testing.assert_allclose(y, fn(*inputs), rtol=1e-12, atol=1e-14)
    w = np.random.default_rng(1).standard_normal(y.shape)
    grads = cm.backward(w if y.ndim else float(w))
    h = 1e-6
    for i, x in enumerate(inputs):
        num = np.zeros_like(x)
        for j in np.ndindex(x.shape):
            xp, xm = [a.copy() for a in inputs], [a.copy() for a in inputs]
            xp[i][j] += h
            xm[i][j] -= h
            num[j] = (np.sum(w * fn(*xp)) - np.sum(w * fn(*xm))) / (2 * h)
        np.testing.assert_allclose(grads[i], num, rtol=1e-5, atol=1e-8)


# on traced values axis 0 is the batch N: the two reshapes that merge it are errors there
# (test_traced_reshape_keeps_the_batch_axis)
TRACED = [c for k, c in enumerate(ARRAY_CASES) if k not in (8, 9)]
# TRACED[4] and [5] reduce over the batch axis and their backward reads no batch-shaped
# value: the backward executable gets the batch extent from the forward (regression test).


@pytest.mark.parametrize("fn,want,x", TRACED, ids=[f"case{k}" for k in range(len(TRACED))])
def test_traced_forward_and_backward(fn, want, x):
    _check_traced(fn, x)


def test_traced_full_reductions_with_a_batch_shaped_saved_value():
    _check_traced(lambda v: F.sum(v) * F.tanh(v), X)
    _check_traced(lambda v: F.mean(v, axis=(0, 2), keepdims=True) * v, X)


def test_traced_max_ties_and_two_inputs():
    x = np.array([[1.0, 3.0, 3.0], [0.5, -1.0, 2.0]])
    m = GraphContainer(lambda layers, v: F.max(v, axis=1), [])
    cm = gvcompile.compile(m, x, target="interp")
    np.testing.assert_allclose(cm.forward(x), [3.0, 2.0])
    (g,) = cm.backward(np.ones(2))
    np.testing.assert_allclose(g, [[0, 0.5, 0.5], [0, 0, 1]])  # ties share (PyTorch amax)
    a, b = RNG.standard_normal((2, 3)), RNG.standard_normal((2, 2))
    _check_traced(lambda u, v: F.tanh(F.concat([u, F.exp(v)], axis=-1)) * 2.0, a, b)


def test_traced_reshape_keeps_the_batch_axis():
    _check_traced(lambda v: F.reshape(v, (v.shape[0], 4, -1)), X)
    _check_traced(lambda v: F.reshape(F.flatten(v), (-1, 2, 6)), X)
    for bad in ((4, -1), (6, 4), (3, "N", 8)):
        m = GraphContainer(lambda layers, v, s=bad: F.reshape(v, s), [])
        with pytest.raises(ShapeError, match="batch axis N"):
            gvcompile.compile(m, X, target="interp")


def test_star_import_keeps_python_builtins_working():
    assert F.max(2, 3) == 3 and F.max([1, 5, 2]) == 5 and F.abs(-2) == 2
    assert F.sum([1, 2, 3]) == 6 and F.sum(v for v in (1, 2)) == 3
    np.testing.assert_allclose(F.max(X, 1, True), X.max(1, keepdims=True))
    _check_traced(lambda u, v: F.sum([F.exp(u), v, v]), X[:, 0], X[:, 1])


def test_errors():
    with pytest.raises(ShapeError):
        F.zero_pad_nd(X, (1, 1))
    with pytest.raises(ShapeError):
        F.zero_pad_2d(X, 1)
    with pytest.raises(ShapeError):
        F.reshape(X, (5, -1))
    with pytest.raises(ShapeError):
        F.transpose(X, (0, 1, 5))
    with pytest.raises(ShapeError):
        F.flatten(np.float64(2.0))
