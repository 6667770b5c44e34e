"""The one point where the model API reaches the compiler, filled from the compiler's side.

The layers and containers know nothing of tracing or code generation. What needs them asks for
a handler here by name: ``forward(model, x)`` on arrays compiles behind the scenes ("run",
"run_backward"), on traced values it records a call ("trace_call", "trace_dropout"), a model's
state moves to or from the GPU ("to_device") and ``summarize_model`` traces output shapes
("output_shapes"). gvcompile/compiled/eager.py installs them when ``gvcompile`` is imported
(importing ``gvcompile.layers`` imports ``gvcompile`` first)."""

from __future__ import annotations

from typing import Callable

_HANDLERS: dict[str, Callable] = {}


def install(**handlers: Callable) -> None:
    _HANDLERS.update(handlers)


def handler(name: str) -> Callable:
    fn = _HANDLERS.get(name)
    if fn is None:
        raise RuntimeError(f"gvcompile.layers: {name!r} needs the compiler, which installs it "
                           "when gvcompile is imported (`import gvcompile`)")
    return fn


def is_traced(x) -> bool:
    """A traced tensor of a GraphContainer forward function, not an array."""
    return getattr(x, "_gv_traced", False)


def is_runnable(x) -> bool:
    """A CompiledModel or a loaded export: runs by itself, wraps no layer of its own."""
    return getattr(x, "_gv_runnable", False)
