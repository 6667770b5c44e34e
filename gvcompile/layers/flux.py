"""Structural layers of the Flux set (API.md §4): Chain, Dense, Flatten, GlobalMaxPool,
GlobalMeanPool, SkipConnection, Maxout, and the conv/pool aliases CrossCor (= Conv),
DepthwiseConv (groups = in_channels), MeanPool (= AvgPool) and FlippedConv (Flux's true
convolution: the kernel flipped in both spatial axes)."""

from __future__ import annotations

from .base import Layer, Module
from .basic import Fc
from .containers import LayerStack, SequentialContainer, _check_stack
from .conv import Conv
from .pool import AvgPool

__all__ = ["Chain", "Dense", "Flatten", "GlobalMaxPool", "GlobalMeanPool", "SkipConnection",
           "Maxout", "CrossCor", "DepthwiseConv", "MeanPool", "FlippedConv"]


class Chain(SequentialContainer):
    """Flux's ``Chain(layers...)``: a SequentialContainer built from positional layers."""

    def __init__(self, *layers):
        if len(layers) == 1 and isinstance(layers[0], (list, tuple)):
            layers = tuple(layers[0])
        super().__init__(list(layers))


class Dense(Fc):
    """Flux's ``Dense(in, out, σ)``: exactly Fc (API.md §4), y = x W^T + b on (N, in)."""


class Flatten(Layer):
    """(N, d1, d2, ...) -> (N, d1*d2*...), row-major (Flux's flatten on WHCN data gives the same
    bytes)."""


class GlobalMaxPool(Layer):
    """(N, C, H, W) -> (N, C, 1, 1): the max over all spatial axes (any rank >= 3)."""


class GlobalMeanPool(Layer):
    """(N, C, H, W) -> (N, C, 1, 1): the mean over all spatial axes (any rank >= 3)."""


class SkipConnection(Module):
    """``connection(layer(x), x)`` with connection "+", "concat" (along axis 1) or a callable
    traced like a GraphContainer forward function: ``(layer_out, x) -> y``."""

    def __init__(self, layer, connection):
        self.layer = _check_stack([layer], "SkipConnection")[0]
        if not (callable(connection) or connection in ("+", "concat")):
            raise ValueError(f"SkipConnection: connection must be '+', 'concat' or a callable, "
                             f"got {connection!r}")
        self.connection = connection

    @property
    def layer_stack(self):
        return [self.layer]

    def children(self):
        return [self.layer]

    def summary_fields(self):
        c = self.connection
        return {"connection": c if isinstance(c, str) else getattr(c, "__name__", "<function>")}


class Maxout(LayerStack):
    """The element-wise maximum of the layers' outputs, all on the same input."""

    def __init__(self, layers):
        if isinstance(layers, Module):
            layers = [layers]
        self.layer_stack = _check_stack(layers, "Maxout")
        if not self.layer_stack:
            raise ValueError("Maxout needs at least one layer")


class CrossCor(Conv):
    """Flux's ``CrossCor``: exactly Conv (a cross-correlation)."""


class FlippedConv(Conv):
    """Flux's ``Conv``: a true convolution, y = conv2d(x, flip(W)) with W flipped along kH and
    kW; exactly ``Conv(..., flipped=True)`` of API.md §4."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **{**kwargs, "flipped": True})


class DepthwiseConv(Conv):
    """Each input channel convolved with its own out_channels/in_channels filters: Conv with
    groups = in_channels (out_channels must be a multiple of in_channels)."""

    def __init__(self, in_channels: int, out_channels: int, kernel_size, stride=1, padding=0,
                 dilation=1, activation_function=None, init_mode: str = "default_uniform",
                 use_bias: bool = True):
        if isinstance(in_channels, int) and isinstance(out_channels, int) and \
                in_channels > 0 and out_channels % in_channels:
            raise ValueError(f"DepthwiseConv: out_channels ({out_channels}) must be a multiple "
                             f"of in_channels ({in_channels})")
        super().__init__(in_channels, out_channels, kernel_size, stride=stride, padding=padding,
                         dilation=dilation, groups=in_channels,
                         activation_function=activation_function, init_mode=init_mode,
                         use_bias=use_bias)


class MeanPool(AvgPool):
    """Flux's ``MeanPool``: exactly AvgPool."""
