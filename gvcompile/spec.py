"""Example inputs and where their batch is: ``Spec(shape, dtype, batch_axis=0)``.

An example input is an array, a scalar or a ``Spec``. Its *batch axis* (default 0; ``None`` for
an input without one) is the axis whose extent may change from call to call without
recompiling: compiled programs see it as the symbol N. A time-major sequence ``(T, N, F)`` has
its batch on axis 1. ``compile`` and ``compile_train_step`` also take ``batch_axis=`` (one axis
for every input, or one per input) for array examples. The helpers below place the symbol and
check that the inputs of one call agree on the batch extent.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import ShapeError
from .ir.types import BATCH, TensorType, show_shape

_DEFAULT = object()


@dataclass(frozen=True)
class Spec:
    shape: tuple
    dtype: np.dtype = np.dtype(np.float32)
    batch_axis: int | None = 0

    def __init__(self, shape, dtype=np.float32, batch_axis=_DEFAULT):
        shape = (shape,) if isinstance(shape, (int, str)) or shape is None else tuple(shape)
        if batch_axis is _DEFAULT:
            batch_axis = 0 if shape else None
        axis = normalise_axis(batch_axis, len(shape), "Spec")
        for k, d in enumerate(shape):
            if k != axis and (not isinstance(d, (int, np.integer)) or isinstance(d, bool)
                              or d < 1):
                raise ValueError(f"Spec: non-batch extents must be positive ints, got {shape} "
                                 f"(batch axis {axis})")
        object.__setattr__(self, "shape", shape)
        object.__setattr__(self, "dtype", np.dtype(dtype))
        object.__setattr__(self, "batch_axis", axis)

    @property
    def ndim(self) -> int:
        return len(self.shape)


def normalise_axis(axis, ndim: int, where: str) -> int | None:
    """A batch axis as a non-negative int (negative axes count from the end), or None."""
    if axis is None:
        return None
    if isinstance(axis, bool) or not isinstance(axis, (int, np.integer)):
        raise TypeError(f"{where}: batch_axis must be an int or None, got {axis!r}")
    if not -ndim <= axis < ndim:
        raise ShapeError(f"{where}: batch_axis {axis} is out of range for an input of rank "
                         f"{ndim}")
    return int(axis) % ndim


def batch_axes(examples, option, where: str) -> tuple | None:
    """The batch axis of every input, from Specs and the ``batch_axis=`` option (an int or
    None for every input, or one per input). None when nothing was declared: axis 0 of every
    input with a rank (the default, resolved per call)."""
    specs = [isinstance(x, Spec) and x.batch_axis != (0 if x.ndim else None) for x in examples]
    if option is _DEFAULT and not any(specs):
        return None
    if not examples:
        raise ValueError(f"{where}: batch_axis needs the example inputs it describes")
    if option is _DEFAULT:
        per = [None] * len(examples)
    elif isinstance(option, (tuple, list)):
        if len(option) != len(examples):
            raise ValueError(f"{where}: batch_axis has {len(option)} entries for "
                             f"{len(examples)} inputs")
        per = list(option)
    else:
        per = [option] * len(examples)
    out = []
    for x, ax in zip(examples, per):
        ndim = np.ndim(x) if not isinstance(x, Spec) else x.ndim
        if isinstance(x, Spec) and (option is _DEFAULT or ax == x.batch_axis):
            out.append(x.batch_axis)
        elif isinstance(x, Spec):
            raise ValueError(f"{where}: batch_axis={ax!r} differs from the Spec's "
                             f"batch_axis={x.batch_axis!r}")
        else:
            out.append(normalise_axis(ax if ndim else None, ndim, where) if
                       option is not _DEFAULT else (0 if ndim else None))
    return tuple(out)


def axes_for(arrays, axes) -> tuple:
    """The resolved batch axis of each input of a call (default: 0 for every array)."""
    if axes is None:
        return tuple(0 if np.ndim(a) else None for a in arrays)
    if len(axes) != len(arrays):
        return tuple(axes) + tuple(0 if np.ndim(a) else None for a in arrays[len(axes):])
    return tuple(axes)


def symbolic_type(x, axis) -> TensorType:
    """The input's type with the batch symbol N on its batch axis."""
    shape = tuple(x.shape)
    if axis is not None:
        if axis >= len(shape):
            raise ShapeError(f"an input of shape {show_shape(shape)} has no batch axis {axis}")
        shape = shape[:axis] + (BATCH,) + shape[axis + 1:]
    return TensorType(shape, np.dtype(x.dtype))


def fixed_shape(x, axis) -> tuple:
    """The input's shape without its batch extent (what selects a program)."""
    shape = tuple(x.shape)
    return shape if axis is None else shape[:axis] + ("N",) + shape[axis + 1:]


def batch_extent(arrays, axes, where: str, names=None) -> int | None:
    """The batch extent shared by every input with a batch axis; a ShapeError naming ``where``
    when they differ or the batch is empty."""
    found = None
    for i, (a, ax) in enumerate(zip(arrays, axes)):
        if ax is None or isinstance(a, Spec):
            continue
        if ax >= np.ndim(a):
            raise ShapeError(f"{where}: {names[i] if names else f'input {i}'} of shape "
                             f"{show_shape(np.shape(a))} has no batch axis {ax}")
        n = np.shape(a)[ax]
        what = names[i] if names else f"input {i}"
        if n == 0:
            raise ShapeError(f"{where}: {what} has an empty batch (axis {ax}): shape "
                             f"{show_shape(np.shape(a))}")
        if found is not None and n != found[0]:
            raise ShapeError(f"{where}: {what} has batch {n} on axis {ax}, but {found[1]} has "
                             f"batch {found[0]}: the inputs of one call share their batch")
        found = found or (n, f"{what} (axis {ax})")
    return found[0] if found else None
