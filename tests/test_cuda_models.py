"""Whole models on target="cuda" with emulate=True (the generated CUDA C run on the CPU)
against target="interp": forward, backward, any batch size, a training step; and the driver
paths: a clear BackendUnavailable without a GPU, the real device when one is present."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
import gvcompile.functional as F
from gvcompile.errors import BackendUnavailable
from gvcompile.layers import (
    AdaptiveAvgPool,
    AvgPool,
    BatchNorm,
    Conv,
    ConvTranspose,
    Fc,
    GraphContainer,
    MaxPool,
    Reshape,
    SequentialContainer,
    Softmax,
    forward,
)
from gvcompile.layers import module_to_eltype_device as to_dtype
from gvcompile.optimization import Adam, mse_loss


def mlp():
    return SequentialContainer([Fc(12, 9, activation_function="relu"),
                                Fc(9, 7, activation_function="leaky_relu:0.2"),
                                Fc(7, 4, activation_function="tanh"), Softmax(dims=1)])


def lenet():
    return SequentialContainer([
        Conv(2, 4, (3, 3), padding=1, activation_function="relu"), MaxPool(2),
        Conv(4, 6, 3, stride=2, dilation=1, groups=2, activation_function="sigmoid"),
        BatchNorm(6), AvgPool(2, stride=1), Reshape((6 * 1 * 1,)), Fc(6, 3)])


def deconv():
    return SequentialContainer([
        ConvTranspose(3, 4, 3, stride=2, padding=1, output_padding=1, activation_function="relu"),
        AdaptiveAvgPool((3, 2)), Reshape((24,)), Fc(24, 2, activation_function="sigmoid")])


def poly():
    return GraphContainer(lambda ls, x, y: F.sum(forward(ls[0], x) * y - F.exp(y) / 3.0, 1) ** 2,
                          [Fc(12, 6, activation_function="relu")])


MODELS = {"mlp": (mlp, [(5, 12)]), "lenet": (lenet, [(3, 2, 10, 10)]),
          "deconv": (deconv, [(2, 3, 4, 3)]), "poly": (poly, [(4, 12), (4, 6)])}


def _pair(factory, dt):
    gvcompile.manual_seed(7)
    a = factory()
    gvcompile.manual_seed(7)
    b = factory()
    to_dtype(a, dt)
    to_dtype(b, dt)
    return a, b


def _grads(m):
    out = []
    for layer in [m] + list(getattr(m, "layer_stack", [])):
        for f in ("weight_gradient", "bias_gradient"):
            g = getattr(layer, f, None)
            if g is not None:
                out.append(np.array(g, copy=True))
    return out


@pytest.mark.parametrize("dt", [np.float32, np.float64])
@pytest.mark.parametrize("name", sorted(MODELS))
def test_model_cuda_emulated_vs_interp(name, dt):
    factory, shapes = MODELS[name]
    a, b = _pair(factory, dt)
    rng = np.random.default_rng(0)
    xs = [rng.standard_normal(s).astype(dt) for s in shapes]
    ca = gvcompile.compile(a, *xs, target="cuda", emulate=True)
    cb = gvcompile.compile(b, *xs, target="interp")
    tol = dict(rtol=2e-4, atol=2e-5) if dt == np.float32 else dict(rtol=1e-9, atol=1e-11)
    for batch in (shapes[0][0], 1, 6):  # the example's batch, 1, another: no recompiling
        xb = [rng.standard_normal((batch,) + s[1:]).astype(dt) for s in shapes]
        ya, yb = ca(*xb), cb(*xb)
        np.testing.assert_allclose(ya, yb, **tol)
        seed = rng.standard_normal(np.shape(yb)).astype(dt)
        ga, gb = ca.backward(seed), cb.backward(seed)
        for u, v in zip(np.atleast_1d(ga) if not isinstance(ga, list) else ga,
                        np.atleast_1d(gb) if not isinstance(gb, list) else gb, strict=True):
            np.testing.assert_allclose(u, v, **tol)
    for u, v in zip(_grads(a), _grads(b), strict=True):
        np.testing.assert_allclose(u, v, **tol)


def test_train_step_cuda_emulated_vs_interp():
    a, b = _pair(mlp, np.float32)
    rng = np.random.default_rng(1)
    x = rng.standard_normal((6, 12)).astype(np.float32)
    t = rng.random((6, 4)).astype(np.float32)
    sa = gvcompile.compile_train_step(a, mse_loss, Adam(a, learning_rate=0.01), x, t,
                                      target="cuda", emulate=True)
    sb = gvcompile.compile_train_step(b, mse_loss, Adam(b, learning_rate=0.01), x, t,
                                      target="interp")
    for _ in range(3):
        np.testing.assert_allclose(sa.step(x, t), sb.step(x, t), rtol=1e-4)
    for la, lb in zip(list(a)[:3], list(b)[:3], strict=True):
        np.testing.assert_allclose(la.weight, lb.weight, rtol=1e-4, atol=1e-6)
        np.testing.assert_allclose(la.bias, lb.bias, rtol=1e-4, atol=1e-6)


def test_generated_source_is_readable_and_deterministic():
    from gvcompile.cuda.lower import lower_graph
    from gvcompile.testing import op_graph

    x = np.zeros((2, 3, 5, 5), np.float32)
    w = np.zeros((4, 3, 3, 3), np.float32)
    g = op_graph("conv2d", [x, w], {"stride": (2, 1), "padding": (1, 1)})
    src = lower_graph(g).cuda_text()
    assert src == lower_graph(g).cuda_text()
    assert "GV_KERNEL void gv_k0_conv2d(" in src
    assert "// gv_k0_conv2d: %conv2d = conv2d(%x0, %x1)" in src and "test (conv2d)" in src
    assert "f32[2,4,3,5]" in src and "stride (2, 1), padding (1, 1)" in src


def test_cuda_without_driver_raises_backend_unavailable():
    from gvcompile.cuda import driver

    try:
        driver.get_driver()
    except BackendUnavailable as e:
        msg = str(e)
        assert "emulate=True" in msg and "cuda-python" in msg and "pycuda" in msg
    else:
        pytest.skip("a CUDA driver and GPU are present")
    with pytest.raises(BackendUnavailable, match="CUDA driver"):
        gvcompile.compile(mlp(), np.zeros((2, 12), np.float32), target="cuda")
    with pytest.raises(BackendUnavailable):
        gvcompile.compile(mlp(), np.zeros((2, 12), np.float32), target="gpu")


def test_cuda_backend_rejects_unknown_driver():
    from gvcompile.cuda import driver

    with pytest.raises(ValueError, match="unknown CUDA driver"):
        driver.get_driver("opencl")


def test_debug_dump_writes_cuda_source(tmp_path, monkeypatch):
    monkeypatch.setenv("GV_DEBUG", "4")
    monkeypatch.setenv("GV_DUMP_DIR", str(tmp_path))
    gvcompile.compile(mlp(), np.zeros((2, 12), np.float32), target="cuda", emulate=True)
    dumps = sorted(tmp_path.glob("*.cu"))
    assert dumps and "GV_KERNEL void gv_k0_" in dumps[0].read_text()


@pytest.mark.cuda_device
@pytest.mark.parametrize("name", sorted(MODELS))
def test_model_on_real_gpu(name):
    """Same as the emulated test, on a GPU (skipped without one)."""
    from gvcompile.cuda import driver

    try:
        driver.get_driver()
    except BackendUnavailable as e:
        pytest.skip(f"no GPU: {e}")
    factory, shapes = MODELS[name]
    a, b = _pair(factory, np.float32)
    xs = [np.random.default_rng(0).standard_normal(s).astype(np.float32) for s in shapes]
    ya = gvcompile.compile(a, *xs, target="cuda")(*xs)
    yb = gvcompile.compile(b, *xs, target="interp")(*xs)
    np.testing.assert_allclose(ya, yb, rtol=1e-4, atol=1e-5)
