"""DataLoader (API.md §7, GradValley's DataLoader with 0-based indices).

Batches are loaded just in time: ``loader[i]`` calls ``get_function`` for the items of batch
``i`` and stacks each element of their tuples on a new axis 0 (or on ``batch_axis``: one axis
for every element, or one per element, e.g. ``(1, 0)`` for time-major sequences ``(T, N, F)``
with targets ``(N, C)``). The item order is a permutation
drawn once at construction when ``shuffle`` is set (from gvcompile.random_state, so
``gvcompile.manual_seed`` makes it reproducible) and again by ``reshuffle``.

With ``comm`` (an mpi4py communicator, data-parallel training) each of the ``world`` ranks
iterates its own shard of the item order: rank r takes items r, r + world, r + 2 world, ... of
the permutation, which rank 0 draws and broadcasts (every rank shuffles the same way), cut to
``dataset_size // world`` items so that every rank has the same number of batches of the same
sizes (up to ``world - 1`` items of an epoch are left out; another permutation leaves out
others). ``batch_size`` is the per-rank batch.
"""

from __future__ import annotations

import numpy as np

from .random_state import rng


class DataLoader:
    def __init__(self, get_function, dataset_size: int, batch_size: int = 1,
                 shuffle: bool = False, drop_last: bool = False, batch_axis=0, comm=None):
        if not callable(get_function):
            raise TypeError("DataLoader: get_function must be callable")
        for name, v, low in (("dataset_size", dataset_size, 0), ("batch_size", batch_size, 1)):
            if not isinstance(v, (int, np.integer)) or isinstance(v, bool) or v < low:
                raise ValueError(f"DataLoader: {name} must be an int >= {low}, got {v!r}")
        axes = batch_axis if isinstance(batch_axis, (tuple, list)) else None
        for ax in (axes if axes is not None else [batch_axis]):
            if isinstance(ax, bool) or not isinstance(ax, (int, np.integer)):
                raise TypeError(f"DataLoader: batch_axis must be an int or a tuple of ints, "
                                f"got {batch_axis!r}")
        self.batch_axis = tuple(int(a) for a in axes) if axes is not None else int(batch_axis)
        self.get_function = get_function
        self.dataset_size = int(dataset_size)
        self.batch_size = int(batch_size)
        self.shuffle = bool(shuffle)
        self.drop_last = bool(drop_last)
        self.comm = comm
        if comm is not None and not hasattr(comm, "Bcast"):
            raise TypeError(f"DataLoader: comm must be an mpi4py communicator, got "
                            f"{type(comm).__name__}")
        self._set_order(rng().permutation(self.dataset_size) if self.shuffle
                        else np.arange(self.dataset_size))

    def _set_order(self, perm: np.ndarray) -> None:
        """The item order of this process: the permutation, or this rank's shard of rank 0's."""
        if self.comm is None:
            self.order = perm
            return
        perm = np.ascontiguousarray(perm, dtype=np.int64)
        self.comm.Bcast(perm, root=0)
        world, rank = self.comm.Get_size(), self.comm.Get_rank()
        self.order = perm[rank::world][: self.dataset_size // world]

    def __len__(self) -> int:
        full, rest = divmod(len(self.order), self.batch_size)
        return full if (self.drop_last or rest == 0) else full + 1

    def _batch(self, k: int) -> tuple:
        idx = self.order[k * self.batch_size:(k + 1) * self.batch_size]
        items = [self._item(int(i)) for i in idx]
        n = len(items[0])
        if any(len(it) != n for it in items):
            raise ValueError(f"DataLoader: get_function returned tuples of different lengths "
                             f"in batch {k}")
        out = []
        for j in range(n):
            parts = [np.asarray(it[j]) for it in items]
            shapes = {p.shape for p in parts}
            if len(shapes) > 1:
                raise ValueError(f"DataLoader: element {j} of the items of batch {k} has "
                                 f"different shapes {sorted(shapes)}")
            out.append(np.stack(parts, axis=self._axis(j, parts[0].ndim)))
        return tuple(out)

    def _axis(self, j: int, ndim: int) -> int:
        ax = self.batch_axis
        if isinstance(ax, tuple):
            if j >= len(ax):
                raise ValueError(f"DataLoader: batch_axis {ax} has no entry for element {j}")
            ax = ax[j]
        if not -(ndim + 1) <= ax <= ndim:
            raise ValueError(f"DataLoader: batch_axis {ax} is out of range for element {j} "
                             f"of rank {ndim} (stacked rank {ndim + 1})")
        return ax

    def _item(self, i: int) -> tuple:
        item = self.get_function(i)
        return tuple(item) if isinstance(item, (tuple, list)) else (item,)

    def __getitem__(self, i):
        n = len(self)
        if isinstance(i, slice):
            return [self._batch(k) for k in range(*i.indices(n))]
        if not isinstance(i, (int, np.integer)) or isinstance(i, bool):
            raise TypeError(f"DataLoader indices must be ints or slices, not {type(i).__name__}")
        k = int(i) + n if i < 0 else int(i)
        if not 0 <= k < n:
            raise IndexError(f"DataLoader index {i} out of range for {n} batches")
        return self._batch(k)

    def __iter__(self):
        for k in range(len(self)):
            yield self._batch(k)

    def __repr__(self) -> str:
        shard = f", shard={len(self.order)} items of rank {self.comm.Get_rank()}" \
            if self.comm is not None else ""
        return (f"DataLoader(dataset_size={self.dataset_size}, batch_size={self.batch_size}, "
                f"shuffle={self.shuffle}, drop_last={self.drop_last}{shard})")


def reshuffle(loader: DataLoader) -> None:
    """Draw a new item order (even when the loader was built with ``shuffle=False``, as
    GradValley's ``reshuffle!``)."""
    if not isinstance(loader, DataLoader):
        raise TypeError(f"reshuffle: expected a DataLoader, got {type(loader).__name__}")
    loader._set_order(rng().permutation(loader.dataset_size))


__all__ = ["DataLoader", "reshuffle"]
