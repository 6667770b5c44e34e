"""Where a graph argument's value comes from at run time, and where a state output goes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Arg:
    """A positional user input (``index``), a backward seed, or a saved forward value."""

    kind: str  # "input" | "seed" | "saved"
    index: int

    def __str__(self) -> str:
        return f"{self.kind} {self.index}"


@dataclass(frozen=True)
class FieldRef:
    """An array field of a layer object (a parameter or a buffer such as ``running_mean``).

    Equality is by the layer object's identity and field, so a layer used twice is one node."""

    kind: str  # "param" | "buffer"
    field: str
    layer_id: int
    path: str = field(compare=False)  # first layer path it was met at, e.g. "model[0]"
    layer: Any = field(default=None, compare=False, repr=False)

    @staticmethod
    def of(kind: str, path: str, layer: Any, field_name: str) -> "FieldRef":
        return FieldRef(kind, field_name, id(layer), path, layer)

    def get(self):
        return getattr(self.layer, self.field)

    def set(self, value) -> None:
        setattr(self.layer, self.field, value)

    def write(self, value) -> None:
        """Store a new value in place (the array keeps its identity: compiled models and
        optimizers share it); replace the array when its shape changed (recurrent state)."""
        dst = self.get()
        if isinstance(dst, np.ndarray) and dst.shape == np.shape(value) and \
                dst.dtype == np.asarray(value).dtype:
            dst[...] = value
        else:
            self.set(np.array(value, copy=True))

    def __str__(self) -> str:
        return f"{self.kind} {self.path}.{self.field}"
