"""The IR: types (batch symbol N), the Graph, argument bindings and the printer. Building and
verifying graphs needs the op table: ops/builder.py, ops/verify.py."""

from .binding import Arg, FieldRef
from .graph import Graph, Output
from .types import BATCH, TensorType

__all__ = ["Arg", "FieldRef", "Graph", "Output", "BATCH", "TensorType"]
