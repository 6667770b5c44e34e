"""Eager calls on layers and containers, compiled behind the scenes: the handlers that
gvcompile/layers/hooks.py hands out (the layers never import the compiler).

``forward(model, x)`` on arrays compiles ``model`` once per target (the default target) and
keeps the CompiledModel on the model; ``backward`` runs the reverse pass of that program's last
forward. On traced values (inside a GraphContainer forward function) a call is recorded in the
trace instead."""

from __future__ import annotations

import numpy as np

from ..ir.types import TensorType, show_shape
from ..layers import hooks
from ..targets import default_target
from ..trace import TraceContext, current_context, trace_module
from ..trace.rules_flux import dropout_value
from . import device_state
from .model import CompiledModel


def _compiled_for(module) -> CompiledModel:
    target = default_target()
    cache = module.__dict__.setdefault("_gv_compiled", {})
    cm = cache.get(target)
    if cm is None:
        cm = cache[target] = CompiledModel(module, target)
    module.__dict__["_gv_last_target"] = target
    return cm


def run(module, inputs):
    return _compiled_for(module).forward(*inputs)


def run_backward(module, derivative_loss):
    target = module.__dict__.get("_gv_last_target")
    cm = module.__dict__.get("_gv_compiled", {}).get(target)
    if cm is None or cm._last is None:
        raise RuntimeError(f"backward({type(module).__name__}) called before forward")
    return cm.backward(derivative_loss)


def trace_call(module, inputs):
    ctx = current_context()
    return ctx.call(module, list(inputs), ctx.path_for(module))


def trace_dropout(x, p, dims):
    return dropout_value(current_context(), x, p, dims)


def to_device(module, device: str) -> None:
    """One module's state onto the GPU (kept there between calls of a CUDA program) or back."""
    if device == "gpu":
        device_state.install_lazy_fields(module)
    else:
        device_state.pull_module(module)
    module._gv_device = device  # an assignment: compiled calls notice it (repeat.py)


def output_shapes(model, inputs) -> dict[int, str]:
    """id(module) -> the shape(s) of its output on ``inputs``, from a trace of the model (no
    compilation, nothing run); a module called twice shows its first call."""
    shapes: dict[int, str] = {}
    call = TraceContext.call

    def recording(ctx, module, xs, path):
        out = call(ctx, module, xs, path)
        outs = out if isinstance(out, (tuple, list)) else [out]
        shapes.setdefault(id(module), ", ".join(show_shape(o.shape) for o in outs))
        return out

    arrays = [np.asarray(x) for x in inputs]
    TraceContext.call = recording  # restored below: tracing has no per-call hook
    try:
        trace_module(model, [TensorType(a.shape, a.dtype) for a in arrays])
    finally:
        TraceContext.call = call
    return shapes


hooks.install(run=run, run_backward=run_backward, trace_call=trace_call,
              trace_dropout=trace_dropout, to_device=to_device, output_shapes=output_shapes)
