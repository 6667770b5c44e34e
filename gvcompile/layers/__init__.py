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

__all__ = [
    "Module", "Layer", "SequentialContainer", "GraphContainer",
    "Fc", "Identity", "Reshape", "Softmax", "BatchNorm",
    "forward", "backward", "zero_gradients", "trainmode", "testmode", "reset",
    "summarize_model", "module_to_eltype_device", "clean_model_from_backward_information",
]
