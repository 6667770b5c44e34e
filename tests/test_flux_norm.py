"""LayerNorm / InstanceNorm / GroupNorm: Flux's published test values (test/layers/
normalisation.jl), hand-computed values, torch.nn (when importable) and finite differences."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.errors import ShapeError
from gvcompile.layers import (
    Chain,
    GroupNorm,
    InstanceNorm,
    LayerNorm,
    module_to_eltype_device,
    testmode,
    trainmode,
)


def _run(m, x):
    return gvcompile.compile(m, x, target="interp")


def test_instance_norm_flux_values():
    # Julia x = reshape(1:12, 3, 2, 2) (L, C, N) is NumPy (N, C, L).
    x = np.arange(1, 13, dtype=np.float32).reshape(2, 2, 3)
    m = InstanceNorm(2)
    cm = _run(m, x)
    y = cm(x)
    np.testing.assert_allclose(m.running_mean, [0.5, 0.8], rtol=1e-6)
    np.testing.assert_allclose(m.running_variance, [1.0, 1.0], rtol=1e-6)  # 0.1*(2/3)*1.5+0.9
    inst = (x - x.mean(2, keepdims=True)) / np.sqrt(x.var(2, keepdims=True) + 1e-5)
    np.testing.assert_allclose(y, inst, rtol=1e-5, atol=1e-6)
    testmode(m)
    want = (x - m.running_mean[None, :, None]) / np.sqrt(m.running_variance[None, :, None]
                                                         + 1e-5)
    np.testing.assert_allclose(cm(x), want, rtol=1e-5, atol=1e-6)


def test_group_norm_flux_values():
    # Julia x = reshape(1:24, 3, 4, 2) (L, C, N); GroupNorm(4, 2).
    x = np.arange(1, 25, dtype=np.float32).reshape(2, 4, 3)
    m = GroupNorm(4, 2)
    y = _run(m, x)(x)
    np.testing.assert_allclose(m.running_mean, [0.95, 1.55], rtol=1e-6)
    np.testing.assert_allclose(m.running_variance, [1.25, 1.25], rtol=1e-6)
    xg = x.reshape(2, 2, 6)
    want = ((xg - xg.mean(2, keepdims=True)) / np.sqrt(xg.var(2, keepdims=True) + 1e-5))
    np.testing.assert_allclose(y, want.reshape(x.shape), rtol=1e-5, atol=1e-6)
    testmode(m)
    rm = np.repeat(m.running_mean, 2)[None, :, None]
    rv = np.repeat(m.running_variance, 2)[None, :, None]
    np.testing.assert_allclose(_run(m, x)(x), (x - rm) / np.sqrt(rv + 1e-5), rtol=1e-5)


def test_layer_norm_hand_values_and_affine():
    x = np.array([[1.0, 2.0, 3.0, 6.0], [0.0, 0.0, 4.0, 4.0]], np.float32)
    m = LayerNorm(4)
    m.weight[:] = [1, 2, 3, 4]
    m.bias[:] = [0, 1, 0, -1]
    y = _run(m, x)(x)
    # row 0: mean 3, var (4+1+0+9)/4 = 3.5; row 1: mean 2, var 4
    z = np.array([[-2, -1, 0, 3] / np.sqrt(3.5 + 1e-5), [-2, -2, 2, 2] / np.sqrt(4 + 1e-5)])
    np.testing.assert_allclose(y, z * [1, 2, 3, 4] + [0, 1, 0, -1], rtol=1e-5)
    m2 = LayerNorm((2, 3), affine=False)
    x2 = np.random.default_rng(0).standard_normal((5, 4, 2, 3)).astype(np.float32)
    y2 = _run(m2, x2)(x2)
    np.testing.assert_allclose(y2.mean((2, 3)), 0, atol=1e-6)
    np.testing.assert_allclose(y2.var((2, 3)), 1, rtol=1e-3)
    assert m2.num_parameters() == 0 and m.num_parameters() == 8


def test_errors():
    with pytest.raises(ValueError, match="multiple"):
        GroupNorm(6, 4)
    with pytest.raises(ShapeError, match=r"\(N, 3, H, W\)"):
        InstanceNorm(3)(np.ones((2, 4, 5, 5), np.float32))
    with pytest.raises(ShapeError, match="spatial"):
        InstanceNorm(3)(np.ones((2, 3, 1, 1), np.float32))
    with pytest.raises(ShapeError, match=r"\(N, \.\.\., 2, 3\)"):
        LayerNorm((2, 3))(np.ones((2, 3, 2), np.float32))


def _torch():
    return pytest.importorskip("torch")


def _grads_match(m, tm, x, tparams, params):
    torch = _torch()
    rng = np.random.default_rng(5)
    cm = _run(m, x)
    y = cm(x)
    seed = rng.standard_normal(y.shape)
    xt = torch.from_numpy(x).requires_grad_(True)
    yt = tm(xt)
    np.testing.assert_allclose(y, yt.detach().numpy(), rtol=1e-10, atol=1e-12)
    gx = cm.backward(seed)
    yt.backward(torch.from_numpy(seed))
    np.testing.assert_allclose(gx, xt.grad.numpy(), rtol=1e-8, atol=1e-10)
    for tp, f in zip(tparams, params, strict=True):
        np.testing.assert_allclose(getattr(m, f + "_gradient"), tp.grad.numpy(), rtol=1e-8,
                                   atol=1e-10)


@pytest.mark.parametrize("track", [True, False])
def test_instance_norm_against_torch(track):
    torch = _torch()
    rng = np.random.default_rng(1)
    m = InstanceNorm(3, epsilon=1e-3, momentum=0.3, track_running_stats=track)
    module_to_eltype_device(m, np.float64)
    m.weight[:] = rng.standard_normal(3)
    m.bias[:] = rng.standard_normal(3)
    tm = torch.nn.InstanceNorm2d(3, eps=1e-3, momentum=0.3, affine=True,
                                 track_running_stats=track).double()
    with torch.no_grad():
        tm.weight.copy_(torch.from_numpy(m.weight))
        tm.bias.copy_(torch.from_numpy(m.bias))
    x = rng.standard_normal((4, 3, 5, 6)) * 2 + 1
    _grads_match(m, tm, x, [tm.weight, tm.bias], ["weight", "bias"])
    if track:
        np.testing.assert_allclose(m.running_mean, tm.running_mean.numpy(), rtol=1e-10)
        np.testing.assert_allclose(m.running_variance, tm.running_var.numpy(), rtol=1e-10)
        testmode(m)
        tm.eval()
        x2 = rng.standard_normal((2, 3, 4, 4))
        np.testing.assert_allclose(_run(m, x2)(x2), tm(torch.from_numpy(x2)).detach().numpy(),
                                   rtol=1e-10, atol=1e-12)


def test_group_norm_and_layer_norm_against_torch():
    torch = _torch()
    rng = np.random.default_rng(2)
    m = GroupNorm(6, 3, epsilon=1e-4, track_running_stats=False)
    module_to_eltype_device(m, np.float64)
    m.weight[:] = rng.standard_normal(6)
    m.bias[:] = rng.standard_normal(6)
    tm = torch.nn.GroupNorm(3, 6, eps=1e-4).double()
    with torch.no_grad():
        tm.weight.copy_(torch.from_numpy(m.weight))
        tm.bias.copy_(torch.from_numpy(m.bias))
    x = rng.standard_normal((3, 6, 4, 5))
    _grads_match(m, tm, x, [tm.weight, tm.bias], ["weight", "bias"])
    ln = LayerNorm((4, 5))
    module_to_eltype_device(ln, np.float64)
    ln.weight[:] = rng.standard_normal((4, 5))
    tln = torch.nn.LayerNorm((4, 5)).double()
    with torch.no_grad():
        tln.weight.copy_(torch.from_numpy(ln.weight))
    _grads_match(ln, tln, x, [tln.weight, tln.bias], ["weight", "bias"])


@pytest.mark.parametrize("make", [lambda: GroupNorm(4, 2), lambda: InstanceNorm(4),
                                  lambda: LayerNorm(3)])
def test_gradients_by_finite_differences(make):
    """Train mode (batch statistics) and test mode (running statistics), float64."""
    for mode in (trainmode, testmode):
        m = Chain(make())
        module_to_eltype_device(m, np.float64)
        rng = np.random.default_rng(3)
        if m[0].affine:
            m[0].weight[...] = rng.standard_normal(m[0].weight.shape)
        if getattr(m[0], "running_variance", None) is not None:
            m[0].running_variance[:] = rng.uniform(0.5, 2, m[0].running_variance.shape)
        mode(m)
        x = rng.standard_normal((2, 4, 3, 3)) if not isinstance(m[0], LayerNorm) else \
            rng.standard_normal((2, 4, 3))
        seed = rng.standard_normal(x.shape)
        cm = _run(m, x)
        state = [a.copy() for _, a in m[0].buffers()]

        def f(xx, cm=cm, state=state, m=m, seed=seed):
            for (_, a), s in zip(m[0].buffers(), state, strict=True):
                a[...] = s
            return float(np.sum(cm(xx) * seed))

        f(x)
        gx = cm.backward(seed)
        num = np.zeros_like(x)
        for j in range(x.size):
            d = np.zeros_like(x)
            d.reshape(-1)[j] = 1e-6
            num.reshape(-1)[j] = (f(x + d) - f(x - d)) / 2e-6
        np.testing.assert_allclose(gx, num, rtol=1e-6, atol=1e-8)
