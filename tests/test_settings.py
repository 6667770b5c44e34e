"""Settings changed after construction are checked as the constructor checks them: a bad
learning rate, dropout p or epsilon raises naming the object and the setting instead of
turning the weights or outputs into NaN."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.layers import (
    BatchNorm,
    Dropout,
    Fc,
    LayerNorm,
    SequentialContainer,
    SkipConnection,
    zero_gradients,
)
from gvcompile.optimization import MSGD, SGD, Adam, Nesterov, mse_loss, step

BAD = [None, float("nan"), float("inf"), -1, "0.1", True]


@pytest.mark.parametrize("make", [lambda m: SGD(m, 0.1), lambda m: MSGD(m, 0.1),
                                  lambda m: Nesterov(m, 0.1), lambda m: Adam(m, 0.1)],
                         ids=["SGD", "MSGD", "Nesterov", "Adam"])
def test_optimizer_settings_are_checked_on_assignment(make):
    opt = make(Fc(2, 2))
    cls = type(opt).__name__
    names = ["learning_rate", "weight_decay"] + (
        ["beta1", "beta2", "epsilon"] if cls == "Adam" else ["momentum"])
    for name in names:
        before = getattr(opt, name)
        for v in BAD:
            with pytest.raises(ValueError, match=f"^{cls}: {name} must be"):
                setattr(opt, name, v)
        assert getattr(opt, name) == before
    with pytest.raises(ValueError, match=f"{cls}: maximize must be True or False"):
        opt.maximize = "yes"
    opt.learning_rate = 0.05  # a good value still goes through (a schedule)
    assert opt.learning_rate == 0.05


def test_a_bad_learning_rate_never_reaches_the_weights():
    m = SequentialContainer([Fc(3, 2)])
    opt = Adam(m, 0.1)
    x = np.ones((2, 3), np.float32)
    ts = gvcompile.compile_train_step(m, mse_loss, opt, x, np.zeros((2, 2), np.float32),
                                      target="interp")
    with pytest.raises(ValueError, match="Adam: learning_rate must be finite, got nan"):
        opt.learning_rate = float("nan")
    ts.step(x, np.zeros((2, 2), np.float32))
    assert np.isfinite(m[0].weight).all()


def test_amsgrad_switched_on_keeps_its_buffer():
    m = Fc(2, 2)
    opt = Adam(m, 0.1)
    opt.amsgrad = True
    assert opt.state_names == ("m", "v", "v_max")
    zero_gradients(m)
    m.weight_gradient[...] = 1.0
    step(opt)
    assert "v_max" in opt.state[0, "weight"]


def test_layer_settings_are_checked_on_assignment():
    cases = [(Dropout(0.5), "p", [1.5, -0.1, None, "x"]),
             (BatchNorm(3), "momentum", [2.0, None, float("nan")]),
             (BatchNorm(3), "epsilon", [0.0, -1e-5, float("nan"), None]),
             (LayerNorm(3), "epsilon", [float("inf")]),
             (Fc(2, 2), "activation_function", ["gelu", 3, "leaky_relu:x"]),
             (Fc(2, 2), "training", ["no", 1]),
             (SkipConnection(Fc(2, 2), "+"), "connection", ["*"])]
    for layer, name, values in cases:
        before = getattr(layer, name)
        for v in values:
            with pytest.raises(ValueError, match=f"{type(layer).__name__}: .*{name}"):
                setattr(layer, name, v)
        assert getattr(layer, name) == before
    d = Dropout(0.5)
    d.p = 0.25
    fc = Fc(2, 2)
    fc.activation_function = "leaky_relu:0.2"
    assert d.p == 0.25 and fc.activation_function == "leaky_relu:0.2"


def test_shape_settings_cannot_change_after_construction():
    from gvcompile.layers import Conv

    fc, conv, bn = Fc(3, 2), Conv(1, 2, 3), BatchNorm(4)
    for layer, name, value in [(fc, "in_features", 5), (fc, "use_bias", False),
                               (conv, "kernel_size", (5, 5)), (conv, "groups", 2),
                               (bn, "num_features", 3), (bn, "affine", False)]:
        before = getattr(layer, name)
        with pytest.raises(ValueError, match=f"{type(layer).__name__}: {name} is fixed when "
                                             "the layer is built"):
            setattr(layer, name, value)
        assert getattr(layer, name) == before
        setattr(layer, name, before)  # the same value is no change
    conv.stride = (2, 2)  # settings that do not shape the parameters stay free
    assert conv.stride == (2, 2)


@pytest.mark.parametrize("make", [lambda L: L.Conv(2, 4, 3), lambda L: L.ConvTranspose(
    2, 4, 3, stride=2, output_padding=1), lambda L: L.MaxPool(2), lambda L: L.AvgPool(3)],
    ids=["Conv", "ConvTranspose", "MaxPool", "AvgPool"])
def test_window_settings_are_checked_on_assignment(make):
    """stride/padding/dilation (and output_padding) changed on a built layer follow the
    constructor's rules and are stored normalised; a refused value leaves the layer as it was."""
    import gvcompile.layers as L

    layer = make(L)
    cls = type(layer).__name__
    before = {f: getattr(layer, f) for f in ("stride", "padding", "dilation")}
    for name, bad in [("stride", 0), ("padding", -1), ("dilation", (1, 0)), ("stride", "x"),
                      ("padding", 5)]:
        if name == "padding" and bad == 5 and not cls.endswith("Pool"):
            continue  # a conv may pad by more than half its kernel
        with pytest.raises(ValueError, match=f"^{cls}: "):
            setattr(layer, name, bad)
    assert {f: getattr(layer, f) for f in before} == before
    layer.dilation = 1 if cls != "ConvTranspose" else (2, 2)
    assert layer.dilation == ((1, 1) if cls != "ConvTranspose" else (2, 2))
    if cls == "ConvTranspose":
        layer.dilation = 1
        with pytest.raises(ValueError, match="output_padding .* smaller than stride"):
            layer.stride = 1  # output_padding 1 needs stride or dilation > 1
        with pytest.raises(ValueError, match="output_padding"):
            layer.output_padding = 2
        assert layer.stride == (2, 2) and layer.output_padding == (1, 1)


def test_rnn_activation_is_checked_on_assignment():
    """An RNN takes fewer activations than other layers (no softmax): a later assignment is
    held to the RNN's list, not the general one, and normalised as the constructor does."""
    from gvcompile.layers import RNN

    r = RNN(3, 4)
    for bad in ("softmax", "gelu", 1):
        with pytest.raises(ValueError, match="^RNN: activation_function must be"):
            r.activation_function = bad
    assert r.activation_function == "tanh"
    r.activation_function = "leaky_relu"
    assert r.activation_function == "leaky_relu:0.01"
    r.activation_function = None
    assert r.activation_function is None
