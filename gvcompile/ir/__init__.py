"""The IR: types, the Graph, bindings, the builder, the verifier and the printer."""

from .binding import Arg, FieldRef
from .graph import Graph, Output
from .types import BATCH, TensorType

__all__ = ["Arg", "FieldRef", "Graph", "Output", "BATCH", "TensorType"]
