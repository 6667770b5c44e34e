"""Saving and loading parameters (API.md §2): ``save(model, path)`` writes every parameter and
buffer into a plain ``.npz`` (NumPy arrays only, no pickle); ``load_parameters(model, path)``
checks the file against the model and writes the arrays in place.

Keys come from a deterministic walk of the module tree: the root is ``model``, the entries of
a container (``children()``) are ``model[0]``, ``model[1][2]`` ..., and a field is appended
with a dot: ``model[0].weight``, ``model[1].running_mean``. A module reached twice (a shared
layer) is stored once, under its first path.
"""

from __future__ import annotations

import os

import numpy as np

from .errors import DTypeError, ShapeError
from .ir.types import show_shape


def _roots(model):
    from .compiled.model import CompiledModel

    if isinstance(model, CompiledModel):
        model = model.module
    if isinstance(model, (list, tuple)):
        return [(f"model[{i}]", m.module if isinstance(m, CompiledModel) else m)
                for i, m in enumerate(model)]
    return [("model", model)]


def _walk(path, module, seen):
    if id(module) in seen:
        return
    seen.add(id(module))
    yield path, module
    for i, child in enumerate(module.children()):
        yield from _walk(f"{path}[{i}]", child, seen)


def state_arrays(model) -> dict[str, np.ndarray]:
    """``{key: array}`` of every parameter and buffer, in walk order (the arrays themselves);
    transient state (recurrent hidden states, whose shape follows the batch) is left out."""
    out: dict[str, np.ndarray] = {}
    seen: set[int] = set()
    for root, module in _roots(model):
        for path, m in _walk(root, module, seen):
            for field, arr in m.own_parameters() + m.buffers():
                if isinstance(arr, np.ndarray) and field not in m.transient_fields:
                    out[f"{path}.{field}"] = arr
    return out


def save(model, path) -> None:
    """Write the parameters and buffers of ``model`` to ``path`` (an .npz file, written at
    exactly this path). ``gvcompile.save`` (gvcompile/checkpoint.py) also takes an optimizer."""
    arrays = {k: np.ascontiguousarray(a) for k, a in state_arrays(model).items()}
    with open(os.fspath(path), "wb") as f:
        np.savez(f, **arrays)


def load_parameters(model, path) -> None:
    """Load the arrays saved by ``save`` into ``model`` in place (``arr[...] = loaded``).
    Every key, shape and dtype is checked before anything is written (models; the optimizer
    case is ``gvcompile.load_parameters`` in gvcompile/checkpoint.py)."""
    with np.load(os.fspath(path), allow_pickle=False) as f:
        loaded = {k: f[k] for k in f.files}
    want = state_arrays(model)
    missing = [k for k in want if k not in loaded]
    unexpected = [k for k in loaded if k not in want]
    if missing or unexpected:
        raise ValueError(f"load_parameters({os.fspath(path)!r}): the file does not match the "
                         f"model; missing in the file: {missing or 'none'}; not in the model: "
                         f"{unexpected or 'none'}")
    for k, arr in want.items():
        got = loaded[k]
        if got.shape != arr.shape:
            raise ShapeError(f"load_parameters: {k}: the model has shape {show_shape(arr.shape)}, "
                             f"the file {show_shape(got.shape)}")
        if got.dtype != arr.dtype:
            raise DTypeError(f"load_parameters: {k}: the model has dtype {arr.dtype.name}, the "
                             f"file {got.dtype.name} (convert with module_to_eltype_device)")
    for k, arr in want.items():
        arr[...] = loaded[k]


__all__ = ["save", "load_parameters", "state_arrays"]
