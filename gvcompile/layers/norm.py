"""Normalisation layers of the Flux set (API.md §4): LayerNorm, InstanceNorm, GroupNorm.

All normalise with the biased variance, y = (x - μ) / √(σ² + ε) · γ + β (PyTorch's formula;
old Flux added ε to σ instead), and update running statistics, when tracked and in train mode,
with r = (1 - momentum) r + momentum · x using the unbiased variance (m / (m - 1) · σ², m the
number of elements each statistic was taken over), as BatchNorm and Flux's ``_track_stats!``.
"""

from __future__ import annotations

import numpy as np

from .base import Layer

__all__ = ["LayerNorm", "InstanceNorm", "GroupNorm"]


class LayerNorm(Layer):
    """Normalises over the trailing axes ``normalized_shape`` (one mean/variance per sample);
    ``affine``: element-wise weight and bias of shape ``normalized_shape``."""

    param_fields = ("weight", "bias")

    def __init__(self, normalized_shape, epsilon: float = 1e-5, affine: bool = True):
        if isinstance(normalized_shape, (int, np.integer)):
            normalized_shape = (int(normalized_shape),)
        self.normalized_shape = tuple(int(d) for d in normalized_shape)
        if not self.normalized_shape or any(d < 1 for d in self.normalized_shape):
            raise ValueError(f"LayerNorm: normalized_shape must be positive extents, got "
                             f"{normalized_shape!r}")
        self.epsilon, self.affine = float(epsilon), bool(affine)
        self.weight = np.ones(self.normalized_shape, np.float32) if affine else None
        self.bias = np.zeros(self.normalized_shape, np.float32) if affine else None
        self._init_gradients()

    def summary_fields(self):
        return {"normalized_shape": self.normalized_shape, "epsilon": self.epsilon,
                "affine": self.affine}


class _ChannelNorm(Layer):
    param_fields = ("weight", "bias")
    buffer_fields = ("running_mean", "running_variance")

    def _setup(self, channels: int, stats: int, epsilon, momentum, affine, track):
        self.epsilon, self.momentum = float(epsilon), float(momentum)
        self.affine, self.track_running_stats = bool(affine), bool(track)
        self.weight = np.ones(channels, np.float32) if affine else None
        self.bias = np.zeros(channels, np.float32) if affine else None
        self.running_mean = np.zeros(stats, np.float32) if track else None
        self.running_variance = np.ones(stats, np.float32) if track else None
        self._init_gradients()

    def _summary(self):
        return {"epsilon": self.epsilon, "momentum": self.momentum, "affine": self.affine,
                "track_running_stats": self.track_running_stats}


class InstanceNorm(_ChannelNorm):
    """Input (N, C, *spatial): one mean/variance per sample and channel over the spatial axes.
    Running statistics per channel (the batch mean of the instance statistics), used in test
    mode when tracked."""

    def __init__(self, num_features: int, epsilon: float = 1e-5, momentum: float = 0.1,
                 affine: bool = True, track_running_stats: bool = True):
        self.num_features = int(num_features)
        if self.num_features < 1:
            raise ValueError(f"InstanceNorm: num_features must be positive, got {num_features}")
        self._setup(self.num_features, self.num_features, epsilon, momentum, affine,
                    track_running_stats)

    def summary_fields(self):
        return {"num_features": self.num_features, **self._summary()}


class GroupNorm(_ChannelNorm):
    """Input (N, C, *spatial): channels split into ``num_groups`` consecutive blocks; one
    mean/variance per sample and group. Running statistics per group (as Flux), used in test
    mode when tracked; weight and bias per channel."""

    def __init__(self, num_channels: int, num_groups: int, epsilon: float = 1e-5,
                 momentum: float = 0.1, affine: bool = True, track_running_stats: bool = True):
        self.num_channels, self.num_groups = int(num_channels), int(num_groups)
        if self.num_groups < 1 or self.num_channels < 1 or \
                self.num_channels % self.num_groups:
            raise ValueError(f"GroupNorm: num_channels ({num_channels}) must be a positive "
                             f"multiple of num_groups ({num_groups})")
        self._setup(self.num_channels, self.num_groups, epsilon, momentum, affine,
                    track_running_stats)

    def summary_fields(self):
        return {"num_channels": self.num_channels, "num_groups": self.num_groups,
                **self._summary()}
