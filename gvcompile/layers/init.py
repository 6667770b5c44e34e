"""Weight initialisation modes (API.md §3): fan_in/fan_out as PyTorch, gains per activation."""

from __future__ import annotations

import math

import numpy as np

from ..random_state import rng

INIT_MODES = ("default_uniform", "default", "kaiming_uniform", "kaiming", "xavier_uniform",
              "xavier")


def gain(activation: str | None) -> float:
    if activation is None or activation in ("sigmoid", "softmax", "identity"):
        return 1.0
    if activation == "relu":
        return math.sqrt(2.0)
    if activation == "tanh":
        return 5.0 / 3.0
    if activation.startswith("leaky_relu"):
        slope = float(activation.split(":", 1)[1]) if ":" in activation else 0.01
        return math.sqrt(2.0 / (1.0 + slope * slope))
    raise ValueError(f"unknown activation function {activation!r}")


def init_weight_bias(shape, fan_in: int, fan_out: int, mode: str, activation, use_bias: bool,
                     bias_len: int, dtype=np.float32, src: str = ""):
    if mode not in INIT_MODES:
        raise ValueError(f"{src}: unknown init_mode {mode!r}; expected one of {INIT_MODES}")
    g = gain(activation)
    r = rng()
    if mode == "default_uniform":
        bound = g / math.sqrt(fan_in)
        w = r.uniform(-bound, bound, shape)
    elif mode in ("default", "kaiming"):
        w = r.normal(0.0, g / math.sqrt(fan_in), shape)
    elif mode == "kaiming_uniform":
        bound = g * math.sqrt(3.0 / fan_in)
        w = r.uniform(-bound, bound, shape)
    elif mode == "xavier_uniform":
        bound = g * math.sqrt(6.0 / (fan_in + fan_out))
        w = r.uniform(-bound, bound, shape)
    else:  # xavier
        w = r.normal(0.0, g * math.sqrt(2.0 / (fan_in + fan_out)), shape)
    b = None
    if use_bias:
        if mode in ("default", "kaiming", "xavier"):
            b = r.normal(0.0, g / math.sqrt(fan_in), (bias_len,))
        else:
            bound = g / math.sqrt(fan_in)
            b = r.uniform(-bound, bound, (bias_len,))
        b = b.astype(dtype)
    return w.astype(dtype), b
