"""ONNX in and out (API.md §8c): ``from_onnx`` builds a GraphContainer from an ONNX model,
``to_onnx`` writes a model as ONNX. Needs the optional ``onnx`` package (``gvcompile[onnx]``);
importing gvcompile never imports this package."""

from .exporter import to_onnx
from .importer import from_onnx

__all__ = ["from_onnx", "to_onnx"]
