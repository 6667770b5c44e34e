"""Samples of the optimizer-update ops (ops/optim.py): each against a hand-written update.
They are non-differentiable (``fd=False``); their scalar bodies are checked by
tests/test_scalar_bodies.py style sweeps in tests/test_optimizers.py."""

from __future__ import annotations

import numpy as np

from . import Sample, rand

P, G, B = rand(3, 4, seed=21), rand(3, 4, seed=22), rand(3, 4, seed=23)
V = rand(3, 4, seed=24, low=0.01, high=1.0)  # second moments are non-negative
ONE, THREE = np.array(1.0), np.array(3.0)
LR1, LR2 = np.array(0.1), np.array(0.01)  # learning rates are 0-d operands

_MOM = {"momentum": 0.8, "dampening": 0.3, "weight_decay": 0.05, "maximize": False}

SAMPLES = {
    "sgd_momentum": [
        Sample([P, G, B, ONE], _MOM, expected=lambda p, g, b, t: g + 0.05 * p, fd=False,
               name="first"),
        Sample([P, G, B, THREE], _MOM, fd=False, name="later",
               expected=lambda p, g, b, t: 0.8 * b + 0.7 * (g + 0.05 * p)),
        Sample([P, G, B, THREE], dict(_MOM, maximize=True, weight_decay=0.0), fd=False,
               name="maximize", expected=lambda p, g, b, t: 0.8 * b - 0.7 * g),
    ],
    "sgd_param": [
        Sample([P, G, B, LR1], {"momentum": 0.8, "weight_decay": 0.0, "maximize": False,
                                "nesterov": False}, expected=lambda p, g, b, lr: p - 0.1 * b,
               fd=False),
        Sample([P, G, B, LR1], {"momentum": 0.8, "weight_decay": 0.2, "maximize": True,
                                "nesterov": True}, fd=False, name="nesterov",
               expected=lambda p, g, b, lr: p - 0.1 * (-g + 0.2 * p + 0.8 * b)),
    ],
    "adam_moment1": [
        Sample([P, G, B], {"beta1": 0.9, "weight_decay": 0.1, "maximize": False}, fd=False,
               expected=lambda p, g, m: 0.9 * m + 0.1 * (g + 0.1 * p)),
    ],
    "adam_moment2": [
        Sample([P, G, V], {"beta2": 0.99, "weight_decay": 0.0, "maximize": True}, fd=False,
               expected=lambda p, g, v: 0.99 * v + 0.01 * g * g),
    ],
    "adam_param": [
        Sample([P, B, V, THREE, LR2], {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8},
               fd=False, expected=lambda p, m, v, t, lr: p - 0.01 / (1 - 0.9 ** 3) * m / (
                   np.sqrt(v) / np.sqrt(1 - 0.999 ** 3) + 1e-8)),
    ],
}
