"""What selects a compiled model's program (compiled/model.py module_signature): every layer's
mode and plain settings, and its parameters' shapes and dtypes."""

import numpy as np

import gvcompile
from gvcompile.compiled.model import module_signature
from gvcompile.layers import BatchNorm, Conv, SequentialContainer, testmode, trainmode
from gvcompile.layers.base import settings


def test_settings_are_the_plain_public_fields():
    bn = BatchNorm(4)
    bn.momentum = np.float64(0.25)  # a NumPy scalar subclassing float is a setting too
    bn._private = 3
    s = dict(settings(bn))
    assert s["momentum"] == 0.25 and s["num_features"] == 4
    assert "_private" not in s and "weight" not in s and "running_mean" not in s
    assert list(s) == sorted(s)


def test_signature_follows_settings_modes_and_shapes():
    m = SequentialContainer([Conv(2, 3, 3, padding=1), BatchNorm(3)])
    base = module_signature(m)
    assert module_signature(m) == base
    m.layer_stack[1].momentum = 0.5
    assert module_signature(m) != base
    m.layer_stack[1].momentum = 0.1
    assert module_signature(m) == base
    testmode(m)
    assert module_signature(m) != base
    trainmode(m)
    m.layer_stack[0].weight = m.layer_stack[0].weight.astype(np.float64)
    changed = module_signature(m)
    assert ("weight", (3, 2, 3, 3), "<f8") in changed[1]


def test_a_changed_setting_selects_another_program():
    gvcompile.manual_seed(0)
    m = SequentialContainer([Conv(2, 3, 3, padding=1, activation_function="relu")])
    x = np.random.default_rng(0).standard_normal((2, 2, 5, 5)).astype(np.float32)
    cm = gvcompile.compile(m, x, target="cpu")
    y_relu = cm(x)
    m.layer_stack[0].activation_function = "tanh"
    y_tanh = cm(x)
    ref = gvcompile.compile(m, x, target="interp")(x)
    np.testing.assert_allclose(y_tanh, ref, rtol=1e-5, atol=1e-6)
    assert (y_relu >= 0).all() and (y_tanh < 0).any()


def test_signature_is_reused_until_a_layer_changes():
    m = SequentialContainer([Conv(2, 3, 3, padding=1), BatchNorm(3)])
    first = module_signature(m)
    assert module_signature(m)[0] is first[0]  # nothing assigned since: the cached settings
    m.layer_stack[1].epsilon = 1e-3
    assert module_signature(m)[0] is not first[0] and module_signature(m) != first
    m.layer_stack[0].weight.shape = (3, 2, 9)  # in place: nothing assigned
    assert module_signature(m)[1] != first[1]


def test_a_replaced_child_is_seen_without_any_assignment():
    m = SequentialContainer([Conv(2, 3, 3, padding=1), BatchNorm(3)])
    first = module_signature(m)
    other = BatchNorm(3)
    other.momentum = 0.5
    m.layer_stack[1] = other  # a list write: no attribute of any layer is assigned
    assert module_signature(m) != first
