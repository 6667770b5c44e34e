"""Errors raised by gvcompile. Every message names the source layer path when one is known."""

from __future__ import annotations


class GVError(Exception):
    """Base class of gvcompile's own errors."""


class ShapeError(GVError, ValueError):
    """A tensor has the wrong shape or rank (message: layer path, expected, actual)."""


class DTypeError(GVError, TypeError):
    """A tensor has the wrong dtype (message: layer path, expected, actual)."""


class ArgumentError(GVError, TypeError):
    """A call got the wrong number or kind of inputs (None, a string ...): the message names
    the model or container, what it expected and what it got."""


class TraceError(GVError, ValueError):
    """A model cannot be traced into the IR (unsupported Python construct, bad argument)."""


class VerifyError(GVError):
    """The IR broke an invariant after a pass."""


class LoweringError(GVError):
    """A backend cannot generate code for a node."""


class BackendUnavailable(GVError, RuntimeError):
    """A target needs a tool or driver that is not installed (e.g. CUDA without a driver)."""


class UnsupportedOp(BackendUnavailable):
    """An op with no lowering for this backend (yet)."""


class BoundsError(GVError, IndexError):
    """GV_BOUNDS=1: a generated kernel would access elements outside a buffer (message: kernel,
    its IR nodes and layers, the buffer, the element range it would touch)."""


def where(src: str | None) -> str:
    """Prefix for messages: 'model[1] (Conv): ' or ''."""
    return f"{src}: " if src else ""


class ExportError(GVError):
    """The object cannot be exported (nothing compiled yet, batch-shaped state, bad name)."""


class UnsupportedOnnxError(GVError, ValueError):
    """An ONNX model uses an operator, attribute value or dynamic shape gvcompile cannot map
    exactly (message: the node, its op_type and what is not supported), or a model cannot be
    written as ONNX."""
