"""Conv and ConvTranspose layers: the seed examples through compile(target="interp") and plain
forward, gradients (accumulated), init, errors naming the layer; against torch when installed."""

from __future__ import annotations

import math

import numpy as np
import pytest

import gvcompile
from gvcompile.errors import DTypeError, ShapeError
from gvcompile.layers import (
    Conv,
    ConvTranspose,
    SequentialContainer,
    backward,
    forward,
    module_to_eltype_device,
    summarize_model,
    zero_gradients,
)

from .samples.conv import conv2d_grad_weight_loops, conv2d_loops, conv_transpose2d_loops


def _rand(*shape, seed=0, dtype=np.float32):
    return np.random.default_rng(seed).standard_normal(shape).astype(dtype)


def _conv_expect(layer, x):
    y = conv2d_loops(x.astype(np.float64), layer.weight.astype(np.float64), layer.stride,
                     layer.padding, layer.dilation, layer.groups)
    return y + layer.bias.reshape(1, -1, 1, 1)


def test_seed_grouped_dilated_conv():
    gvcompile.manual_seed(0)
    layer = Conv(3, 6, (3, 5), stride=(2, 1), padding=(4, 2), dilation=(3, 1), groups=3)
    m = SequentialContainer([layer])
    x = _rand(2, 3, 50, 50, seed=1)
    cm = gvcompile.compile(m, x, target="interp")
    y = cm(x)
    assert y.shape == (2, 6, 26, 50) and y.dtype == np.float32
    assert layer.weight.shape == (6, 1, 3, 5) and layer.bias.shape == (6,)
    np.testing.assert_allclose(y, _conv_expect(layer, x), rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(forward(m, x), y, rtol=1e-6, atol=1e-6)


def test_conv_then_conv_transpose_restores_size():
    gvcompile.manual_seed(1)
    m = SequentialContainer([Conv(3, 6, (5, 5)), ConvTranspose(6, 3, (5, 5))])
    x = _rand(2, 3, 50, 50, seed=2)
    cm = gvcompile.compile(m, x, target="interp")
    y = cm(x)
    assert forward(m[0], x).shape == (2, 6, 46, 46)
    assert y.shape == (2, 3, 50, 50)
    np.testing.assert_allclose(forward(m, x), y, rtol=1e-6, atol=1e-6)
    # ConvTranspose is the adjoint of Conv with the same weight: <T(h), z> = <h, C(z)>
    h, z = _rand(2, 6, 46, 46, seed=3), _rand(2, 3, 50, 50, seed=4)
    t, c = m[1], Conv(3, 6, (5, 5), use_bias=False)
    c.weight = t.weight.copy()
    lhs = np.sum((forward(t, h) - t.bias.reshape(1, -1, 1, 1)).astype(np.float64) * z)
    rhs = np.sum(h.astype(np.float64) * forward(c, z))
    assert abs(lhs - rhs) <= 1e-4 * abs(lhs) + 1e-2


@pytest.mark.parametrize("kw", [
    dict(stride=(2, 3), padding=(1, 0), output_padding=(1, 2)),
    dict(stride=(1, 2), padding=(1, 1), output_padding=(1, 0), dilation=(2, 1), groups=2),
])
def test_conv_transpose_values(kw):
    gvcompile.manual_seed(2)
    layer = ConvTranspose(4, 6, (3, 2), activation_function="relu", **kw)
    x = _rand(2, 4, 4, 5, seed=5)
    y = forward(SequentialContainer([layer]), x)
    want = conv_transpose2d_loops(x.astype(np.float64), layer.weight.astype(np.float64),
                                  layer.stride, layer.padding, layer.output_padding,
                                  layer.dilation, layer.groups)
    want = np.maximum(want + layer.bias.reshape(1, -1, 1, 1), 0)
    np.testing.assert_allclose(y, want, rtol=1e-4, atol=1e-5)


def test_conv_backward_accumulates():
    gvcompile.manual_seed(3)
    layer = Conv(4, 6, (3, 2), stride=(2, 1), padding=(1, 1), dilation=(1, 2), groups=2)
    m = SequentialContainer([layer])
    module_to_eltype_device(m, np.float64)
    x = _rand(3, 4, 7, 6, seed=6, dtype=np.float64)
    y = forward(m, x)
    d = _rand(*y.shape, seed=7, dtype=np.float64)
    gx = backward(m, d)
    gw = conv2d_grad_weight_loops(x, d, layer.kernel_size, layer.stride, layer.padding,
                                  layer.dilation, layer.groups)
    np.testing.assert_allclose(layer.weight_gradient, gw, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(layer.bias_gradient, d.sum((0, 2, 3)), rtol=1e-10)
    # dx by the adjoint identity, checked by central differences on one element
    eps, idx = 1e-6, (1, 2, 3, 4)
    xp, xm = x.copy(), x.copy()
    xp[idx] += eps
    xm[idx] -= eps
    num = (np.sum(_conv_expect(layer, xp) * d) - np.sum(_conv_expect(layer, xm) * d)) / (2 * eps)
    assert abs(gx[idx] - num) < 1e-6
    forward(m, x)
    backward(m, d)
    np.testing.assert_allclose(layer.weight_gradient, 2 * gw, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(layer.bias_gradient, 2 * d.sum((0, 2, 3)), rtol=1e-10)
    zero_gradients(m)
    assert not layer.weight_gradient.any() and not layer.bias_gradient.any()


def test_any_batch_size_and_no_bias():
    layer = Conv(2, 3, 3, padding=1, use_bias=False, activation_function="tanh")
    assert layer.bias is None and layer.bias_gradient is None
    cm = gvcompile.compile(SequentialContainer([layer]), _rand(2, 2, 5, 5), target="interp")
    x = _rand(5, 2, 5, 5, seed=8)
    want = np.tanh(conv2d_loops(x.astype(np.float64), layer.weight.astype(np.float64),
                                (1, 1), (1, 1)))
    np.testing.assert_allclose(cm(x), want, rtol=1e-4, atol=1e-5)
    cm.backward(np.ones((5, 3, 5, 5), np.float32))
    assert layer.weight_gradient.any()


def test_init_fan_in_and_shapes():
    gvcompile.manual_seed(4)
    c = Conv(4, 6, (3, 2), groups=2)
    assert c.weight.shape == (6, 2, 3, 2) and c.weight.dtype == np.float32
    bound = 1 / math.sqrt(2 * 3 * 2)
    assert np.abs(c.weight).max() <= bound and np.abs(c.bias).max() <= bound
    assert np.abs(c.weight).max() > 0.7 * bound  # the bound is the one of fan_in, not smaller
    t = ConvTranspose(6, 4, (3, 3), groups=2, init_mode="kaiming_uniform",
                      activation_function="relu")
    assert t.weight.shape == (6, 2, 3, 3) and t.bias.shape == (4,)
    bound = math.sqrt(2) * math.sqrt(3 / (2 * 9))
    assert bound * 0.7 < np.abs(t.weight).max() <= bound
    gvcompile.manual_seed(5)
    a = Conv(3, 4, 3).weight
    gvcompile.manual_seed(5)
    np.testing.assert_array_equal(a, Conv(3, 4, 3).weight)


def test_summary_fields_and_parameter_count():
    m = SequentialContainer([Conv(3, 6, (5, 5), groups=3), ConvTranspose(6, 4, 2, stride=2)])
    text, total = summarize_model(m)
    assert total == 6 * 1 * 25 + 6 + 6 * 4 * 4 + 4
    assert "(0) Conv: in_channels=3, out_channels=6, kernel_size=(5, 5)" in text
    assert "output_padding=(0, 0)" in text and "groups=3" in text


def test_wrong_input_shape_and_dtype_name_the_layer():
    m = SequentialContainer([SequentialContainer([Conv(3, 4, 3)]), Conv(4, 2, 3)])
    with pytest.raises(ShapeError) as e:
        forward(m, np.zeros((32, 4, 28, 28), np.float32))
    assert "model[0][0] (Conv)" in str(e.value) and "(N, 3, H, W)" in str(e.value)
    assert "(32, 4, 28, 28)" in str(e.value)
    with pytest.raises(ShapeError, match=r"model\[0\]\[0\] \(Conv\)"):
        forward(m, np.zeros((2, 3, 28), np.float32))
    with pytest.raises(DTypeError, match=r"model\[0\]\[0\] \(Conv\).*float32.*float64"):
        forward(m, np.zeros((2, 3, 8, 8), np.float64))
    with pytest.raises(ShapeError, match=r"model\[1\] \(Conv\).*too small"):
        forward(m, np.zeros((2, 3, 4, 4), np.float32))
    with pytest.raises(ShapeError, match=r"model\[0\] \(ConvTranspose\)"):
        forward(SequentialContainer([ConvTranspose(2, 2, 3)]), np.zeros((1, 3, 4, 4), "f4"))


@pytest.mark.parametrize("make", [
    lambda: Conv(3, 4, 3, groups=2), lambda: Conv(4, 3, 3, groups=2),
    lambda: Conv(0, 3, 3), lambda: Conv(3, 3, (3, 0)), lambda: Conv(3, 3, 3, stride=0),
    lambda: Conv(3, 3, 3, padding=-1), lambda: Conv(3, 3, (1, 2, 3)),
    lambda: Conv(3, 3, 3, activation_function="gelu"), lambda: Conv(3, 3, 3, init_mode="x"),
    lambda: ConvTranspose(3, 3, 3, stride=2, output_padding=2),
    lambda: ConvTranspose(2, 3, 3, groups=2),
])
def test_bad_arguments_raise(make):
    with pytest.raises(ValueError):
        make()


def test_output_padding_below_dilation_is_allowed():
    t = ConvTranspose(2, 2, 3, stride=1, dilation=3, output_padding=2)
    y = forward(SequentialContainer([t]), _rand(1, 2, 4, 4))
    assert y.shape == (1, 2, 12, 12)  # (4-1)*1 + 3*(3-1) + 2 + 1


# ---- against PyTorch (skipped without torch; the project never needs it) ---------------------


def _torch_cases(n):
    rng = np.random.default_rng(11)
    for _ in range(n):
        g = int(rng.integers(1, 4))
        cin, cout = g * int(rng.integers(1, 3)), g * int(rng.integers(1, 3))
        k = tuple(int(v) for v in rng.integers(1, 4, 2))
        s = tuple(int(v) for v in rng.integers(1, 4, 2))
        p = tuple(int(v) for v in rng.integers(0, 3, 2))
        d = tuple(int(v) for v in rng.integers(1, 4, 2))
        op = tuple(int(rng.integers(0, max(s[a], d[a]))) for a in range(2))
        hw = tuple(int(v) for v in rng.integers(7, 13, 2))
        yield cin, cout, k, s, p, d, g, op, hw


@pytest.mark.parametrize("case", list(_torch_cases(12)))
def test_against_torch(case):
    torch = pytest.importorskip("torch")
    fn = torch.nn.functional
    cin, cout, k, s, p, d, g, op, hw = case
    for transpose in (False, True):
        if transpose:
            layer = ConvTranspose(cin, cout, k, s, p, op, d, g)
        else:
            layer = Conv(cin, cout, k, s, p, d, g)
        m = SequentialContainer([layer])
        module_to_eltype_device(m, np.float64)
        x = _rand(2, cin, *hw, seed=12, dtype=np.float64)
        xt = torch.tensor(x, requires_grad=True)
        wt = torch.tensor(layer.weight, requires_grad=True)
        bt = torch.tensor(layer.bias, requires_grad=True)
        if transpose:
            yt = fn.conv_transpose2d(xt, wt, bt, s, p, op, g, d)
        else:
            try:
                yt = fn.conv2d(xt, wt, bt, s, p, d, g)
            except RuntimeError:  # input too small for this kernel: we must refuse too
                with pytest.raises(ShapeError):
                    forward(m, x)
                continue
        y = forward(m, x)
        np.testing.assert_allclose(y, yt.detach().numpy(), rtol=1e-10, atol=1e-10)
        d_out = _rand(*y.shape, seed=13, dtype=np.float64)
        yt.backward(torch.tensor(d_out))
        gx = backward(m, d_out)
        np.testing.assert_allclose(gx, xt.grad.numpy(), rtol=1e-10, atol=1e-10)
        np.testing.assert_allclose(layer.weight_gradient, wt.grad.numpy(), rtol=1e-10,
                                   atol=1e-10)
        np.testing.assert_allclose(layer.bias_gradient, bt.grad.numpy(), rtol=1e-10, atol=1e-10)


# ---- op-level shape checks (what the layers rely on) ----------------------------------------


@pytest.mark.parametrize("op,shapes,attrs,pattern", [
    ("conv2d", [(1, 4, 5, 5), (2, 3, 3, 3)], {"groups": 2}, r"C/groups = 2"),
    ("conv2d", [(1, 4, 5, 5), (3, 1, 3, 3)], {"groups": 3}, r"input channels \(4\)"),
    ("conv2d", [(1, 4, 5, 5), (3, 2, 3, 3)], {"groups": 2}, r"output channels \(3\)"),
    ("conv2d", [(1, 2, 3, 3), (2, 2, 3, 3)], {"dilation": (2, 1)}, r"too small"),
    ("conv2d", [(1, 2, 5), (2, 2, 3, 3)], {}, r"expected input of shape \(N, C, H, W\)"),
    ("conv2d", [(1, 2, 5, 5), (2, 2, 3, 3)], {"stride": (0, 1)}, r"stride must be >= 1"),
    ("conv_transpose2d", [(1, 2, 3, 3), (2, 1, 3, 3)], {"stride": (2, 2),
                                                        "output_padding": (2, 0)},
     r"output_padding .* smaller than stride .* or dilation"),
    ("conv_transpose2d", [(1, 2, 3, 3), (3, 1, 3, 3)], {}, r"needs C = 2 at axis 0"),
    ("conv_transpose2d", [(1, 2, 1, 1), (2, 1, 1, 1)], {"padding": (1, 0)}, r"would be"),
    ("conv2d_grad_weight", [(1, 2, 5, 5), (1, 3, 4, 3)], {"kernel_size": (3, 3)},
     r"does not match the conv output \(H, W\) = \(3, 3\)"),
    ("max_pool2d", [(1, 2, 5, 5)], {"kernel_size": (3, 3), "padding": (2, 0)},
     r"at most half the kernel"),
    ("avg_pool2d_grad", [(1, 2, 3, 3)], {"kernel_size": (2, 2), "input_size": (5, 5)},
     r"does not match the pooled shape"),
    ("adaptive_max_pool2d_grad", [(1, 2, 5, 5), (1, 2, 2, 3)], {"output_size": (2, 2)},
     r"does not match the pooled shape"),
])
def test_op_shape_errors(op, shapes, attrs, pattern):
    from gvcompile.errors import GVError
    from gvcompile.testing import op_graph

    with pytest.raises(GVError, match=pattern):
        op_graph(op, [np.zeros(s) for s in shapes], attrs)


def test_float32_refs_keep_dtype():
    from gvcompile.testing import run_op

    x, w = _rand(2, 4, 6, 5), _rand(4, 2, 3, 2)
    a = {"stride": (2, 1), "padding": (1, 1), "groups": 2}
    y = run_op("conv2d", [x, w], a)
    assert y.dtype == np.float32
    assert run_op("conv_transpose2d", [y, w], a).dtype == np.float32
    assert run_op("conv2d_grad_weight", [x, y], dict(a, kernel_size=(3, 2))).dtype == np.float32
    for op, attrs in (("max_pool2d", {"kernel_size": (2, 2)}),
                      ("avg_pool2d", {"kernel_size": (2, 2)}),
                      ("adaptive_max_pool2d", {"output_size": (4, 7)}),
                      ("adaptive_avg_pool2d", {"output_size": (4, 7)})):
        assert run_op(op, [x], attrs).dtype == np.float32, op
