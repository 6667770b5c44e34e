"""The one door to the optional ``onnx`` package: importing gvcompile never imports it."""

from __future__ import annotations


def require_onnx():
    """The ``onnx`` module, or an ImportError naming the extra that installs it."""
    try:
        import onnx
    except ImportError as e:  # pragma: no cover - exercised where onnx is absent
        raise ImportError("gvcompile's ONNX import/export needs the 'onnx' package: "
                          "pip install 'gvcompile[onnx]'") from e
    return onnx
