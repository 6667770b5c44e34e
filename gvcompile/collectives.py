"""Process groups for collective ops: ``group id -> sum(buffer)``, the function that replaces a
NumPy buffer by its elementwise sum over the processes of a communicator, in place.

The data-parallel train step (compiled/distributed.py) registers one per communicator; the
``allreduce_sum`` op (ops/collective.py) names the group by id, so the interpreter, the LLVM
code (through the ``gv_allreduce`` symbol, llvm/lower_collective.py) and the graph's cache keys
hold a plain integer, never the communicator."""

from __future__ import annotations

from typing import Callable

import numpy as np

_GROUPS: dict[int, Callable[[np.ndarray], None]] = {}
_ABORT: dict[int, Callable[[], None]] = {}


def register(sum_in_place: Callable[[np.ndarray], None],
             abort: Callable[[], None] | None = None) -> int:
    """A new group id for ``sum_in_place`` (ids count from 1 in each process, in the same order
    on every rank that builds the same steps); ``abort`` ends every process of the group."""
    gid = len(_GROUPS) + 1
    _GROUPS[gid] = sum_in_place
    if abort is not None:
        _ABORT[gid] = abort
    return gid


def abort(group: int) -> None:
    """End the job after a failure inside a collective (generated code cannot raise)."""
    fn = _ABORT.get(int(group))
    if fn is not None:
        fn()
    raise SystemExit(1)


def allreduce_in_place(group: int, a: np.ndarray) -> None:
    fn = _GROUPS.get(int(group))
    if fn is None:
        raise RuntimeError(f"allreduce_sum: process group {group} is not registered in this "
                           "process (a graph with collectives runs only where its train step "
                           "was built)")
    fn(a)
