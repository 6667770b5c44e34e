"""User arrays as the generated code reads them, checked the same way by CompiledModel,
TrainStep and the exported-library loader (API.md §9: errors name the model, the expected and
the actual value)."""

from __future__ import annotations

import numpy as np

from ..errors import ArgumentError, DTypeError, ShapeError


def as_array(x, where: str, what: str, expected: str = "float32 or float64") -> np.ndarray:
    """``x`` as a NumPy array of numbers in native byte order. A big-endian array (``>f4``, as
    read from a file) is converted: the kernels read native floats. None, strings and objects
    are refused naming ``where`` (the model) and ``what`` (the input)."""
    if x is None:
        raise ArgumentError(f"{where}: {what} is None, expected a NumPy array")
    try:
        a = np.asarray(x)
    except Exception:
        raise ArgumentError(f"{where}: {what} is a {type(x).__name__}, expected a NumPy "
                            "array") from None
    if a.dtype.kind == "O" and not isinstance(x, np.ndarray):  # a Spec, a dict ...
        raise ArgumentError(f"{where}: {what} is a {type(x).__name__}, expected a NumPy array")
    if a.dtype.kind not in "fiub":
        raise DTypeError(f"{where}: {what} has dtype {a.dtype}, expected {expected}")
    if not a.dtype.isnative:
        a = a.astype(a.dtype.newbyteorder("="))
    return a


def check_compute_dtypes(dtypes, where: str) -> None:
    """Called after tracing, so that a layer's own dtype error (naming the layer) comes first:
    an input no layer refused must still be float32 or float64. The backends compute in those
    only, and the interpreter would keep integers (int * 2.5 -> int, bool * 2.0 -> bool)."""
    for i, dt in enumerate(dtypes):
        if np.dtype(dt) not in (np.float32, np.float64):
            raise DTypeError(f"{where}: input {i} has dtype {np.dtype(dt).name}, expected "
                             "float32 or float64 (models compute in those; convert it with "
                             ".astype(np.float32))")


def model_of(model, what: str):
    """The layer or container to compile: a CompiledModel stands for its module; anything else
    (a function, None, a torch module) is refused before it fails deep inside."""
    from ..layers.base import Module
    from ..layers.hooks import is_runnable

    if is_runnable(model) and isinstance(getattr(model, "module", None), Module):
        return model.module
    if not isinstance(model, Module):
        raise ArgumentError(f"{what}: expected a layer or container of gvcompile.layers (or a "
                            f"CompiledModel), got {type(model).__name__}")
    return model


def refuse_empty_axes(a, batch_axis, where: str, what: str) -> None:
    """An empty axis other than the batch (whose own check says "empty batch"): reductions
    over it have no value (max: the interpreter raised, the compiled code gave -inf)."""
    empty = [i for i, d in enumerate(getattr(a, "shape", ())) if d == 0 and i != batch_axis]
    if empty:
        raise ShapeError(f"{where}: {what} has shape {tuple(a.shape)}, with an empty axis "
                         f"{empty[0]}; models compute on arrays without empty axes")
