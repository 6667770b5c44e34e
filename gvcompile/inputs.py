"""User arrays as the generated code reads them, checked the same way by CompiledModel,
TrainStep and the exported-library loader (API.md §9: errors name the model, the expected and
the actual value)."""

from __future__ import annotations

import numpy as np

from .errors import ArgumentError, DTypeError


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
    if a.dtype.kind not in "fiub":
        raise DTypeError(f"{where}: {what} has dtype {a.dtype}, expected {expected}")
    if not a.dtype.isnative:
        a = a.astype(a.dtype.newbyteorder("="))
    return a
