"""forward / backward on modules, mode switches, gradients and the model summary (API.md §2)."""

from __future__ import annotations

import numpy as np

from .base import Layer, Module, clear_gradient_marks
from .hooks import handler, is_runnable, is_traced


def forward(module, *inputs):
    """The output of ``module`` on ``inputs``; inside a traced forward function, the traced
    output instead."""
    if any(is_traced(x) for x in inputs):
        return handler("trace_call")(module, inputs)
    if is_runnable(module):
        return module.forward(*inputs)  # a CompiledModel, or a loaded export (gvcompile.load)
    if not isinstance(module, Module):
        raise TypeError(f"forward: expected a layer, container, CompiledModel or loaded "
                        f"library, got {type(module).__name__}")
    return handler("run")(module, inputs)


def backward(module, derivative_loss):
    """Reverse pass of the last forward; accumulates parameter gradients and returns the
    gradient w.r.t. the input (a list, one per input, for a GraphContainer)."""
    if is_runnable(module):
        if not hasattr(module, "backward"):
            raise TypeError(f"backward: {getattr(module, 'name', 'this')} is a loaded library: "
                            "it runs the forward (and a TrainStep export's train_step), not a "
                            "separate backward")
        return module.backward(derivative_loss)
    return handler("run_backward")(module, derivative_loss)


def iter_modules(m):
    if is_runnable(m) and hasattr(m, "module"):
        m = m.module  # a CompiledModel walks the model it compiled
    yield m
    for c in m.children():
        yield from iter_modules(c)


def zero_gradients(module) -> None:
    """Gradients become zeros and "no gradient" until a backward reaches them (layers/base.py:
    an optimizer skips a parameter no backward reached, as PyTorch's ``set_to_none``)."""
    for m in iter_modules(module):
        for f, a in m.own_parameters():
            g = getattr(m, f + "_gradient", None)
            if g is None or np.shape(g) != np.shape(a) or np.asarray(g).dtype != a.dtype:
                setattr(m, f + "_gradient", np.zeros_like(a))
            else:
                g[...] = 0
        clear_gradient_marks(m)


def trainmode(module) -> None:
    for m in iter_modules(module):
        m.training = True


def testmode(module) -> None:
    for m in iter_modules(module):
        m.training = False


def reset(module) -> None:
    """Reset the state of recurrent layers (Flux ``reset!``); harmless elsewhere."""
    for m in iter_modules(module):
        if hasattr(m, "reset_state"):
            m.reset_state()


def clean_model_from_backward_information(module) -> None:
    """Drop the saved activations of the last forward (of the module and of a CompiledModel
    given directly) and the compiled-program cache, e.g. before saving or pickling."""
    if is_runnable(module) and hasattr(module, "_last"):
        module._last = None  # a CompiledModel's saved activations
    for m in iter_modules(module):
        for cm in m.__dict__.get("_gv_compiled", {}).values():
            cm._last = None
        m.__dict__.pop("_gv_compiled", None)
        m.__dict__.pop("_gv_last_target", None)


def module_to_eltype_device(module, element_type=np.float32, device: str = "cpu") -> None:
    """Convert parameters, gradients and buffers in place (``device`` "cpu" or "gpu").

    "gpu" marks the modules so that a model compiled for ``target="cuda"`` keeps this state on
    the device between calls (gvcompile/compiled/device_state.py: the fields stay NumPy arrays,
    kept current lazily when read); "cpu" copies any newer device values back and ends the
    residency."""
    dt = np.dtype(element_type)
    if dt not in (np.dtype(np.float32), np.dtype(np.float64)):
        raise TypeError(f"module_to_eltype_device: element_type must be float32 or float64, "
                        f"got {dt}")
    if device not in ("cpu", "gpu", "cuda"):
        raise ValueError(f"module_to_eltype_device: device must be 'cpu' or 'gpu', got {device!r}")
    for m in iter_modules(module):
        names = [f for f in m.param_fields] + [f + "_gradient" for f in m.param_fields] + \
            list(m.buffer_fields)
        for f in names:
            a = getattr(m, f, None)
            if isinstance(a, np.ndarray) and a.dtype != dt:
                setattr(m, f, a.astype(dt))
        handler("to_device")(m, "gpu" if device in ("gpu", "cuda") else "cpu")


def _fmt(v) -> str:
    return repr(v) if isinstance(v, str) else str(v)


def _line(label: str, m, shapes) -> str:
    fields = ", ".join(f"{a}={_fmt(v)}" for a, v in m.summary_fields().items())
    out = f" -> {shapes[id(m)]}" if id(m) in shapes else ""
    return "    " * label.count(".") + f"({label}) {type(m).__name__}: {fields}{out}"


def summarize_model(container, *example_inputs) -> tuple[str, int]:
    """(text, total parameters): one line per entry ``(k) TypeName: field=value, ...`` with
    0-based counters, dotted for nesting (``(0.1)`` is entry 1 of entry 0, saved as
    ``model[0][1]``), then the leaf-layer and parameter totals (a shared layer counts once).
    With example inputs, each line ends with ``-> (output shape)`` (from a trace)."""
    if is_runnable(container) and hasattr(container, "module"):
        container = container.module
    shapes = handler("output_shapes")(container, example_inputs) if example_inputs else {}
    lines: list[str] = []
    counts = {"layers": 0, "params": 0}
    seen: set[int] = set()

    def walk(m, prefix):
        for k, child in enumerate(m.children()):
            label = f"{prefix}.{k}" if prefix else f"{k}"
            lines.append(_line(label, child, shapes))
            if (isinstance(child, Layer) or not child.children()) and id(child) not in seen:
                seen.add(id(child))  # a layer used twice is one layer with one set of weights
                counts["layers"] += 1
                counts["params"] += child.num_parameters()
            walk(child, label)

    if isinstance(container, Layer):
        lines.append(_line("0", container, shapes))
        counts["layers"], counts["params"] = 1, container.num_parameters()
    else:
        walk(container, "")
        if id(container) in shapes:
            lines.append(f"Output: {shapes[id(container)]}")
    lines.append(f"Total Layers: {counts['layers']}")
    lines.append(f"Total Parameters: {counts['params']}")
    return "\n".join(lines), counts["params"]


testmode.__test__ = False  # not a pytest test when imported into a test module
