"""User-facing layers and containers (GradValley and Flux sets) and the module functions."""

from .api import (
    backward,
    clean_model_from_backward_information,
    forward,
    module_to_eltype_device,
    reset,
    summarize_model,
    testmode,
    trainmode,
    zero_gradients,
)
from .base import Layer, Module
from .basic import BatchNorm, Fc, Identity, Reshape, Softmax
from .containers import GraphContainer, SequentialContainer
from .conv import *  # noqa: F403
from .conv import __all__ as _conv_all
from .dropout import *  # noqa: F403
from .dropout import __all__ as _dropout_all
from .flux import *  # noqa: F403
from .flux import __all__ as _flux_all
from .norm import *  # noqa: F403
from .norm import __all__ as _norm_all
from .pool import *  # noqa: F403
from .pool import __all__ as _pool_all
from .recurrent import *  # noqa: F403
from .recurrent import __all__ as _recurrent_all

__all__ = [
    "Module", "Layer", "SequentialContainer", "GraphContainer",
    "Fc", "Identity", "Reshape", "Softmax", "BatchNorm",
    "forward", "backward", "zero_gradients", "trainmode", "testmode", "reset",
    "summarize_model", "module_to_eltype_device", "clean_model_from_backward_information",
] + _conv_all + _pool_all + _flux_all + _recurrent_all + _norm_all + _dropout_all
