"""gvcompile: a compiler for GradValley/Flux-style neural-network models.

    import gvcompile
    from gvcompile.layers import *
    m = SequentialContainer([Fc(4, 8, activation_function="relu"), Fc(8, 2)])
    cm = gvcompile.compile(m, np.zeros((1, 4), np.float32), target="interp")
"""

from __future__ import annotations

from . import ops  # noqa: F401  (fills the op table)
from .aot import export, load
from .checkpoint import load_checkpoint, load_parameters, save, save_checkpoint
from .compiled import eager  # noqa: F401  (the layers' eager forward/backward)
from .compiled.model import CompiledModel
from .compiled.train_step import TrainStep, compile_train_step
from .data import DataLoader, reshuffle
from .random_state import manual_seed
from .spec import _DEFAULT, Spec, batch_axes
from .targets import default_target, set_default_target
from .version import __version__


def compile(model, *example_inputs, target: str | None = None, batch_axis=_DEFAULT,
            **options) -> CompiledModel:
    """Compile ``model`` for ``target`` ("cpu", "cuda"/"gpu", "interp"). Example inputs
    (arrays, scalars, ``Spec``) fix ranks, non-batch extents and dtypes; any batch size works
    after. The batch is axis 0 of every input unless a ``Spec(..., batch_axis=k)`` or
    ``batch_axis=`` (an int or None for all inputs, or one per input) says otherwise."""
    cm = CompiledModel(model, target or default_target(), **options)
    cm.batch_axes = batch_axes(example_inputs, batch_axis, f"compile({type(model).__name__})")
    if example_inputs:
        cm.program_for(cm._convert_inputs(example_inputs, allow_spec=True))
    return cm


def from_onnx(model):
    """An ONNX model (path or ``onnx.ModelProto``) as a GraphContainer (needs ``gvcompile[onnx]``;
    imported here, never when gvcompile is imported)."""
    from .onnx_io import from_onnx as _from_onnx
    return _from_onnx(model)


def to_onnx(model, *example_inputs, path, opset=None, batch_axis=_DEFAULT):
    """Write ``model`` as an ONNX file at ``path`` (symbolic batch on each input's batch axis,
    as for ``compile``); returns the path."""
    from .onnx_io import to_onnx as _to_onnx
    return _to_onnx(model, *example_inputs, path=path, opset=opset, batch_axis=batch_axis)


__all__ = [
    "compile", "compile_train_step", "export", "load", "TrainStep", "CompiledModel", "Spec",
    "DataLoader", "reshuffle", "save", "load_parameters", "save_checkpoint",
    "load_checkpoint", "manual_seed", "set_default_target",
    "default_target", "from_onnx", "to_onnx", "__version__",
]
