"""Pooling layers: the seed examples through compile(target="interp") and plain forward,
gradients (first-maximum ties, zero padding in the average), errors naming the layer; against
torch when installed."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.errors import DTypeError, ShapeError
from gvcompile.layers import (
    AdaptiveAvgPool,
    AdaptiveMaxPool,
    AvgPool,
    Conv,
    Fc,
    MaxPool,
    Reshape,
    SequentialContainer,
    backward,
    forward,
    summarize_model,
)

from .samples.pool import (
    _adaptive_windows,
    _first_max_grad,
    _pool,
    avg_pool_grad_loops,
    avg_pool_loops,
    max_pool_grad_loops,
    max_pool_loops,
)


def _rand(*shape, seed=0, dtype=np.float32):
    return np.random.default_rng(seed).standard_normal(shape).astype(dtype)


def _attrs(layer):
    return {"kernel_size": layer.kernel_size, "stride": layer.stride,
            "padding": layer.padding, "dilation": layer.dilation}


def test_seed_max_pool():
    layer = MaxPool((3, 2), stride=(2, 1), padding=(1, 1))
    m = SequentialContainer([layer])
    x = _rand(2, 3, 50, 50, seed=1)
    cm = gvcompile.compile(m, x, target="interp")
    y = cm(x)
    assert y.shape == (2, 3, 25, 51) and y.dtype == np.float32
    np.testing.assert_array_equal(y, max_pool_loops(x, **_attrs(layer)))
    np.testing.assert_array_equal(forward(m, x), y)
    d = _rand(*y.shape, seed=2)
    np.testing.assert_allclose(cm.backward(d), max_pool_grad_loops(x, d, **_attrs(layer)),
                               rtol=1e-6, atol=1e-6)


def test_seed_adaptive_max_pool():
    m = SequentialContainer([AdaptiveMaxPool((5, 5))])
    x = _rand(2, 3, 50, 50, seed=3)
    cm = gvcompile.compile(m, x, target="interp")
    y = cm(x)
    assert y.shape == (2, 3, 5, 5)
    np.testing.assert_array_equal(y, x.reshape(2, 3, 5, 10, 5, 10).max((3, 5)))
    np.testing.assert_array_equal(forward(m, x), y)


def test_max_pool_padding_never_wins_and_ties_go_to_first_maximum():
    x = -np.ones((1, 1, 3, 3), np.float32)  # all equal and below the zero a padding would add
    m = SequentialContainer([MaxPool(3, stride=1, padding=1)])
    y = forward(m, x)
    np.testing.assert_array_equal(y, -np.ones((1, 1, 3, 3)))
    g = backward(m, np.ones((1, 1, 3, 3), np.float32))
    # every window's first in-range element (row-major) gets the gradient
    want = np.zeros((3, 3))
    for i in range(3):
        for j in range(3):
            want[max(i - 1, 0), max(j - 1, 0)] += 1
    np.testing.assert_array_equal(g[0, 0], want)


def test_avg_pool_counts_padding_in_divisor_and_default_stride():
    layer = AvgPool((3, 3), padding=1)
    assert layer.stride == (3, 3)
    x = np.ones((1, 1, 4, 4), np.float32)
    y = forward(SequentialContainer([layer]), x)
    np.testing.assert_allclose(y[0, 0], [[4 / 9, 4 / 9], [4 / 9, 4 / 9]], rtol=1e-6)
    dilated = AvgPool((2, 3), stride=(1, 2), padding=(1, 1), dilation=(2, 1))
    m = SequentialContainer([dilated])
    x = _rand(2, 2, 6, 7, seed=4)
    y = forward(m, x)
    np.testing.assert_allclose(y, avg_pool_loops(x, **_attrs(dilated)), rtol=1e-5, atol=1e-6)
    d = _rand(*y.shape, seed=5)
    np.testing.assert_allclose(backward(m, d), avg_pool_grad_loops(d, (6, 7), **_attrs(dilated)),
                               rtol=1e-5, atol=1e-6)


def test_adaptive_pools_larger_output_and_gradients():
    x = np.round(_rand(2, 2, 3, 4, seed=6), 0)  # ties
    for layer, red in ((AdaptiveMaxPool((5, 7)), max),
                       (AdaptiveAvgPool((5, 7)), lambda v: sum(v) / len(v))):
        m = SequentialContainer([layer])
        y = forward(m, x)
        np.testing.assert_allclose(y, _pool(x, *_adaptive_windows(x.shape, (5, 7)), red),
                                   rtol=1e-6, atol=1e-6)
    wins = _adaptive_windows(x.shape, (2, 3))[1]
    m = SequentialContainer([AdaptiveMaxPool((2, 3))])
    d = _rand(2, 2, 2, 3, seed=7)
    forward(m, x)
    np.testing.assert_allclose(backward(m, d), _first_max_grad(x, d, wins), rtol=1e-6)


def test_small_cnn_gradient_flows_to_conv():
    gvcompile.manual_seed(0)
    m = SequentialContainer([Conv(1, 4, 3, padding=1, activation_function="relu"),
                             MaxPool(2), AvgPool(2, stride=1, padding=1),
                             AdaptiveAvgPool(2), Reshape((16,)), Fc(16, 3)])
    x = _rand(4, 1, 8, 8, seed=8)
    y = forward(m, x)
    assert y.shape == (4, 3)
    backward(m, np.ones_like(y))
    assert np.abs(m[0].weight_gradient).sum() > 0
    text, total = summarize_model(m)
    assert "(1) MaxPool: kernel_size=(2, 2), stride=(2, 2), padding=(0, 0)" in text
    assert "(3) AdaptiveAvgPool: output_size=(2, 2)" in text and total == 40 + 51


def test_errors_name_the_layer():
    m = SequentialContainer([SequentialContainer([MaxPool(3)]), AdaptiveAvgPool(2)])
    with pytest.raises(ShapeError) as e:
        forward(m, np.zeros((32, 3), np.float32))
    assert "model[0][0] (MaxPool)" in str(e.value) and "(N, C, H, W)" in str(e.value)
    assert "(32, 3)" in str(e.value)
    with pytest.raises(ShapeError, match=r"model\[0\]\[0\] \(MaxPool\).*too small"):
        forward(m, np.zeros((2, 3, 2, 8), np.float32))
    with pytest.raises(DTypeError, match=r"model\[0\]\[0\] \(MaxPool\)"):
        forward(m, np.zeros((2, 3, 9, 9), np.int64))


@pytest.mark.parametrize("make", [
    lambda: MaxPool(3, padding=2), lambda: AvgPool((2, 4), padding=(1, 3)),
    lambda: MaxPool(0), lambda: AvgPool(2, stride=0), lambda: MaxPool(2, dilation=0),
    lambda: AdaptiveMaxPool((0, 3)), lambda: AdaptiveAvgPool((1, 2, 3)),
    lambda: MaxPool(2, activation_function="swish"),
])
def test_bad_arguments_raise(make):
    with pytest.raises(ValueError):
        make()


# ---- against PyTorch (skipped without torch; the project never needs it) ---------------------


def _cases(n):
    rng = np.random.default_rng(21)
    for _ in range(n):
        k = tuple(int(v) for v in rng.integers(1, 5, 2))
        s = tuple(int(v) for v in rng.integers(1, 4, 2))
        p = tuple(int(rng.integers(0, k[a] // 2 + 1)) for a in range(2))
        d = tuple(int(v) for v in rng.integers(1, 3, 2))
        o = tuple(int(v) for v in rng.integers(1, 12, 2))
        yield k, s, p, d, o


def _torch_check(torch, layer, fn, x):
    m = SequentialContainer([layer])
    xt = torch.tensor(x, requires_grad=True)
    yt = fn(xt)
    y = forward(m, x)
    np.testing.assert_allclose(y, yt.detach().numpy(), rtol=1e-12, atol=1e-12)
    d = _rand(*y.shape, seed=23, dtype=np.float64)
    yt.backward(torch.tensor(d))
    np.testing.assert_allclose(backward(m, d), xt.grad.numpy(), rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("case", list(_cases(12)))
def test_against_torch(case):
    torch = pytest.importorskip("torch")
    fn = torch.nn.functional
    k, s, p, d, o = case
    x = np.round(_rand(2, 3, 9, 10, seed=22, dtype=np.float64), 1)  # ties in many windows
    _torch_check(torch, MaxPool(k, s, p, d), lambda t: fn.max_pool2d(t, k, s, p, d), x)
    if d == (1, 1):  # torch's avg_pool2d has no dilation
        _torch_check(torch, AvgPool(k, s, p), lambda t: fn.avg_pool2d(t, k, s, p), x)
    _torch_check(torch, AdaptiveMaxPool(o), lambda t: fn.adaptive_max_pool2d(t, o), x)
    _torch_check(torch, AdaptiveAvgPool(o), lambda t: fn.adaptive_avg_pool2d(t, o), x)


def test_small_disjoint_pools_plan_one_pass_tap_by_tap():
    """plan/pool.py: a 2x2 average pool is one loop over the outputs reading the 4 taps (no
    fill, no accumulating sink), its gradient one loop storing to the 4 taps (no canvas, no
    fill when the windows cover the input); results against the interpreter."""
    import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
    from gvcompile.plan.build import build_plan

    from .test_cpu_codegen import _graph, _run_both

    def build(b, x, ct):
        y = b.emit("avg_pool2d", x, kernel_size=(2, 2), stride=(2, 2))
        dx = b.emit("avg_pool2d_grad", ct, kernel_size=(2, 2), stride=(2, 2),
                    input_size=(6, 8))
        return [y, dx]

    g = _graph(build, ("N", 3, 6, 8), ("N", 3, 3, 4))
    plan = build_plan(g)
    pools = [k for k in plan.kernels if k.kind == "loop" and "pool" in k.name]
    assert len(pools) == 2, [k.name for k in plan.kernels]
    for k in pools:
        (lp,) = k.loops  # no fill loop
        assert all(s.mode == "store" for s in lp.sinks)
    fwd = next(k for k in pools if k.name.endswith("avg_pool2d"))
    assert len(fwd.loops[0].loads) == 4 and len(fwd.loops[0].sinks) == 1
    grad = next(k for k in pools if k.name.endswith("grad"))
    assert len(grad.loops[0].loads) == 1 and len(grad.loops[0].sinks) == 4
    rng = np.random.default_rng(3)
    _run_both(g, rng.standard_normal((2, 3, 6, 8)).astype(np.float32),
              rng.standard_normal((2, 3, 3, 4)).astype(np.float32))
