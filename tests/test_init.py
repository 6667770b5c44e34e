"""The six init modes and their gains (API.md §3), checked statistically on large layers."""

from __future__ import annotations

import math

import numpy as np
import pytest

import gvcompile
from gvcompile.layers import Fc
from gvcompile.layers.init import gain

FAN_IN, FAN_OUT = 400, 300
ACTS = [(None, 1.0), ("sigmoid", 1.0), ("relu", math.sqrt(2)), ("tanh", 5 / 3),
        ("leaky_relu", math.sqrt(2 / (1 + 0.01 ** 2))),
        ("leaky_relu:0.2", math.sqrt(2 / (1 + 0.04)))]


@pytest.mark.parametrize("act,g", ACTS)
def test_gain(act, g):
    assert gain(act) == pytest.approx(g)


def _std_uniform(bound):
    return bound / math.sqrt(3)


EXPECTED_STD = {
    "default_uniform": lambda g: _std_uniform(g / math.sqrt(FAN_IN)),
    "default": lambda g: g / math.sqrt(FAN_IN),
    "kaiming_uniform": lambda g: _std_uniform(g * math.sqrt(3 / FAN_IN)),
    "kaiming": lambda g: g / math.sqrt(FAN_IN),
    "xavier_uniform": lambda g: _std_uniform(g * math.sqrt(6 / (FAN_IN + FAN_OUT))),
    "xavier": lambda g: g * math.sqrt(2 / (FAN_IN + FAN_OUT)),
}
BIAS_STD = {m: (lambda g: g / math.sqrt(FAN_IN)) if m in ("default", "kaiming", "xavier")
            else (lambda g: _std_uniform(g / math.sqrt(FAN_IN))) for m in EXPECTED_STD}


@pytest.mark.parametrize("mode", sorted(EXPECTED_STD))
@pytest.mark.parametrize("act,g", [ACTS[0], ACTS[2], ACTS[3]])
def test_init_mode_statistics(mode, act, g):
    gvcompile.manual_seed(7)
    fc = Fc(FAN_IN, FAN_OUT, activation_function=act, init_mode=mode)
    w = fc.weight.astype(np.float64)
    assert w.shape == (FAN_OUT, FAN_IN)
    assert abs(w.mean()) < 0.02 * EXPECTED_STD[mode](g) * 10
    assert w.std() == pytest.approx(EXPECTED_STD[mode](g), rel=0.02)
    if mode.endswith("uniform"):
        assert np.abs(w).max() <= EXPECTED_STD[mode](g) * math.sqrt(3) * (1 + 1e-6)
    big = Fc(FAN_IN, 20000, activation_function=act, init_mode=mode)  # many biases
    assert big.bias.std() == pytest.approx(BIAS_STD[mode](g), rel=0.03)


def test_unknown_mode_and_reproducibility():
    with pytest.raises(ValueError, match="init_mode"):
        Fc(2, 2, init_mode="orthogonal")
    gvcompile.manual_seed(11)
    a = Fc(5, 4, init_mode="xavier").weight
    gvcompile.manual_seed(11)
    np.testing.assert_array_equal(a, Fc(5, 4, init_mode="xavier").weight)
