"""Process groups for collective ops: ``group id -> sum(buffer)``, the function that replaces a
NumPy buffer by its elementwise sum over the processes of a communicator, in place.

The data-parallel train step (compiled/distributed.py) registers one per communicator; the
``allreduce_sum`` op (ops/collective.py) names the group by id, so the interpreter, the LLVM
code (through the ``gv_allreduce`` symbol, llvm/lower_collective.py) and the graph's cache keys
hold a plain integer, never the communicator.

A group may also give ``start(buffer) -> request`` (a non-blocking sum, e.g. MPI Iallreduce;
``request.Wait()`` completes it): ``allreduce_start`` / ``allreduce_wait``
(ops/collective_async.py) name the pending sum by (group, buffer address), so generated code
passes no handle. A group without one completes the sum at the start."""

from __future__ import annotations

from typing import Callable

import numpy as np

_GROUPS: dict[int, Callable[[np.ndarray], None]] = {}
_ABORT: dict[int, Callable[[], None]] = {}
_START: dict[int, Callable[[np.ndarray], object]] = {}
_PENDING: dict[tuple[int, int], tuple] = {}  # (group, address) -> (request, buffer)


def register(sum_in_place: Callable[[np.ndarray], None],
             abort: Callable[[], None] | None = None,
             start: Callable[[np.ndarray], object] | None = None) -> int:
    """A new group id for ``sum_in_place`` (ids count from 1 in each process, in the same order
    on every rank that builds the same steps); ``abort`` ends every process of the group;
    ``start`` begins the same sum without waiting and returns a request with ``Wait()``."""
    gid = len(_GROUPS) + 1
    _GROUPS[gid] = sum_in_place
    if abort is not None:
        _ABORT[gid] = abort
    if start is not None:
        _START[gid] = start
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


def start_in_place(group: int, a: np.ndarray) -> None:
    """Begin summing ``a`` over the group; ``wait_in_place`` on the same buffer completes it.
    The buffer must stay untouched in between (only allreduce_wait reads it)."""
    fn = _START.get(int(group))
    if fn is None:
        allreduce_in_place(group, a)
        return
    key = (int(group), a.__array_interface__["data"][0])
    if key in _PENDING:
        raise RuntimeError(f"allreduce_start: a sum on this buffer of group {group} is "
                           "already in flight")
    _PENDING[key] = (fn(a), a)  # the buffer is held until the wait


def wait_in_place(group: int, a: np.ndarray) -> None:
    """Complete the sum started on ``a``; nothing to do when it completed at the start."""
    pending = _PENDING.pop((int(group), a.__array_interface__["data"][0]), None)
    if pending is not None:
        pending[0].Wait()


def in_flight() -> int:
    """The number of started sums not yet waited on (0 after every step)."""
    return len(_PENDING)
