"""Spec(shape, dtype): an example input given by shape and dtype instead of an array.

The batch axis (axis 0) may be given as an int, ``None`` or ``"N"``: it is symbolic anyway."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Spec:
    shape: tuple
    dtype: np.dtype = np.dtype(np.float32)

    def __init__(self, shape, dtype=np.float32):
        shape = (shape,) if isinstance(shape, (int, str)) or shape is None else tuple(shape)
        for d in shape[1:]:
            if not isinstance(d, (int, np.integer)) or d < 1:
                raise ValueError(f"Spec: non-batch extents must be positive ints, got {shape}")
        object.__setattr__(self, "shape", shape)
        object.__setattr__(self, "dtype", np.dtype(dtype))

    @property
    def ndim(self) -> int:
        return len(self.shape)
