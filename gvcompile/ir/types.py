"""Tensor types of the IR: a shape whose entries are ints or the batch symbol "N", and a dtype."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

import numpy as np

from ..errors import ShapeError

Dim = Union[int, str]  # an int, or the symbol "N" (the batch extent, known only at run time)
BATCH = "N"

_SHORT = {"float32": "f32", "float64": "f64", "int64": "i64", "int32": "i32", "bool": "bool",
          "uint32": "u32", "uint64": "u64"}


@dataclass(frozen=True)
class TensorType:
    shape: tuple[Dim, ...]
    dtype: np.dtype

    def __post_init__(self):
        object.__setattr__(self, "shape", tuple(self.shape))
        object.__setattr__(self, "dtype", np.dtype(self.dtype))

    @property
    def rank(self) -> int:
        return len(self.shape)

    @property
    def symbolic(self) -> bool:
        return any(isinstance(d, str) for d in self.shape)

    def concrete(self, dims: dict[str, int]) -> tuple[int, ...]:
        return resolve_shape(self.shape, dims)

    def with_shape(self, shape) -> "TensorType":
        return TensorType(tuple(shape), self.dtype)

    def with_dtype(self, dtype) -> "TensorType":
        return TensorType(self.shape, np.dtype(dtype))

    def __str__(self) -> str:
        dt = _SHORT.get(self.dtype.name, self.dtype.name)
        return f"{dt}[{','.join(str(d) for d in self.shape)}]"


def resolve_shape(shape, dims: dict[str, int]) -> tuple[int, ...]:
    return tuple(dims[d] if isinstance(d, str) else int(d) for d in shape)


def resolve_attr(value, dims: dict[str, int]):
    """Replace batch symbols inside (nested) tuples of an attribute by their run-time value."""
    if isinstance(value, str):
        return dims.get(value, value)
    if isinstance(value, tuple):
        return tuple(resolve_attr(v, dims) for v in value)
    return value


def show_shape(shape, batch_hint: int | None = None) -> str:
    """(N, 256) or, with a hint, (32, 256): for error messages."""
    parts = [str(batch_hint) if (d == BATCH and batch_hint is not None) else str(d) for d in shape]
    return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"


def broadcast_shapes(a, b, src: str | None = None) -> tuple[Dim, ...]:
    """NumPy broadcasting over shapes that may hold the batch symbol."""
    out = []
    for i in range(max(len(a), len(b))):
        da = a[len(a) - 1 - i] if i < len(a) else 1
        db = b[len(b) - 1 - i] if i < len(b) else 1
        if da == db:
            out.append(da)
        elif da == 1:
            out.append(db)
        elif db == 1:
            out.append(da)
        else:
            pre = f"{src}: " if src else ""
            raise ShapeError(f"{pre}cannot broadcast shapes {show_shape(a)} and {show_shape(b)}")
    return tuple(reversed(out))


def numel(shape) -> int | None:
    n = 1
    for d in shape:
        if isinstance(d, str):
            return None
        n *= int(d)
    return n


def normalize_axes(axes, rank: int, src: str | None = None) -> tuple[int, ...]:
    if axes is None:
        return tuple(range(rank))
    if isinstance(axes, (int, np.integer)):
        axes = (int(axes),)
    out = []
    for a in axes:
        a = int(a)
        if not -rank <= a < rank:
            pre = f"{src}: " if src else ""
            raise ShapeError(f"{pre}axis {a} out of range for rank {rank}")
        out.append(a % rank)
    return tuple(sorted(set(out)))
