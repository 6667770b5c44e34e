"""Fc, Identity, Reshape, Softmax and BatchNorm (API.md §3)."""

from __future__ import annotations

import numpy as np

from .base import Layer, check_activation, positive_int
from .init import init_weight_bias


class Fc(Layer):
    param_fields = ("weight", "bias")

    def __init__(self, in_features: int, out_features: int, activation_function=None,
                 init_mode: str = "default_uniform", use_bias: bool = True):
        self.in_features = positive_int(in_features, "in_features", "Fc")
        self.out_features = positive_int(out_features, "out_features", "Fc")
        self.activation_function = check_activation(activation_function, "Fc")
        self.init_mode, self.use_bias = init_mode, bool(use_bias)
        self.weight, self.bias = init_weight_bias(
            (out_features, in_features), in_features, out_features, init_mode,
            activation_function, use_bias, out_features, src="Fc")
        self._init_gradients()

    def summary_fields(self):
        return {"in_features": self.in_features, "out_features": self.out_features,
                "activation_function": self.activation_function, "use_bias": self.use_bias}


class Identity(Layer):
    def __init__(self, activation_function=None):
        self.activation_function = check_activation(activation_function, "Identity")

    def summary_fields(self):
        return {"activation_function": self.activation_function}


class Reshape(Layer):
    def __init__(self, out_shape, activation_function=None):
        if isinstance(out_shape, int):
            out_shape = (out_shape,)
        self.out_shape = tuple(int(d) for d in out_shape)
        if any(d < 1 for d in self.out_shape):
            raise ValueError(f"Reshape: out_shape must be positive, got {self.out_shape}")
        self.activation_function = check_activation(activation_function, "Reshape")

    def summary_fields(self):
        return {"out_shape": self.out_shape, "activation_function": self.activation_function}


class Softmax(Layer):
    def __init__(self, dims=1):
        self.dims = (int(dims),) if isinstance(dims, (int, np.integer)) else tuple(dims)

    def summary_fields(self):
        return {"dims": self.dims if len(self.dims) > 1 else self.dims[0]}


class BatchNorm(Layer):
    param_fields = ("weight", "bias")
    buffer_fields = ("running_mean", "running_variance")

    def __init__(self, num_features: int, epsilon: float = 1e-5, momentum: float = 0.1,
                 affine: bool = True, track_running_stats: bool = True,
                 activation_function=None):
        self.num_features = positive_int(num_features, "num_features", "BatchNorm")
        self.epsilon, self.momentum = float(epsilon), float(momentum)
        if not self.epsilon > 0 or not 0.0 <= self.momentum <= 1.0:
            raise ValueError(f"BatchNorm: need epsilon > 0 and 0 <= momentum <= 1, got "
                             f"epsilon={epsilon}, momentum={momentum}")
        self.affine, self.track_running_stats = bool(affine), bool(track_running_stats)
        self.activation_function = check_activation(activation_function, "BatchNorm")
        c = self.num_features
        self.weight = np.ones(c, np.float32) if affine else None
        self.bias = np.zeros(c, np.float32) if affine else None
        self.running_mean = np.zeros(c, np.float32) if track_running_stats else None
        self.running_variance = np.ones(c, np.float32) if track_running_stats else None
        self._init_gradients()

    def summary_fields(self):
        return {"num_features": self.num_features, "epsilon": self.epsilon,
                "momentum": self.momentum, "affine": self.affine,
                "track_running_stats": self.track_running_stats,
                "activation_function": self.activation_function}
