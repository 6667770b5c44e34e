"""Data-parallel scaling: ``mpiexec -n 2 python -m gvcompile.bench.mpi [rounds]``.

For each model, one training step on a global batch B: rank 0 alone (comm=None, batch B)
against every rank together (comm, batch B/world each), alternating round by round; medians
of the rounds. The allreduce share is the time spent inside the group's Allreduce calls (a
timing wrapper around the registered function), per data-parallel step. Run with
GV_NUM_THREADS=1 so that each rank uses one core."""

from __future__ import annotations

import statistics
import sys
import time

import numpy as np


def _timed_group(gid: int, spent: list):
    from .. import collectives

    inner = collectives._GROUPS[gid]

    def timed(a):
        t = time.perf_counter()
        inner(a)
        spent[0] += time.perf_counter() - t

    collectives._GROUPS[gid] = timed


def _row(name, make_model, loss, x, t, comm, rounds: int, reps: int = 20):
    import gvcompile
    from gvcompile.optimization import SGD

    rank, world = comm.Get_rank(), comm.Get_size()
    part = len(x) // world
    xs, ts = x[rank * part:(rank + 1) * part], t[rank * part:(rank + 1) * part]
    gvcompile.manual_seed(0)
    m = make_model()
    dp = gvcompile.compile_train_step(m, loss, SGD(m, 1e-4), xs, ts, target="cpu", comm=comm)
    spent = [0.0]
    _timed_group(dp.dist.group, spent)
    one = None
    if rank == 0:
        gvcompile.manual_seed(0)
        m1 = make_model()
        one = gvcompile.compile_train_step(m1, loss, SGD(m1, 1e-4), x, t, target="cpu")
    single, multi, share = [], [], []
    for _ in range(rounds):
        comm.Barrier()
        if rank == 0:  # one process alone on the global batch
            t0 = time.perf_counter()
            for _ in range(reps):
                one(x, t)
            single.append((time.perf_counter() - t0) / reps * 1e3)
        comm.Barrier()
        spent[0] = 0.0
        t0 = time.perf_counter()
        for _ in range(reps):
            dp(xs, ts)
        multi.append((time.perf_counter() - t0) / reps * 1e3)
        share.append(spent[0] / reps * 1e3)
    if rank == 0:
        s, mm, a = (statistics.median(v) for v in (single, multi, share))
        print(f"{name:<44} {s:8.2f} {mm:8.2f} {s / mm:8.2f}x {a:7.2f} ({100 * a / mm:4.1f}%)",
              flush=True)


def main(argv=None) -> int:
    from mpi4py import MPI

    from ..optimization import logitcrossentropy_loss, mse_loss
    from .cpu import _lenet, _mlp

    rounds = int((argv or sys.argv[1:] or ["5"])[0])
    comm = MPI.COMM_WORLD
    world = comm.Get_size()
    rng = np.random.default_rng(0)
    if comm.Get_rank() == 0:
        print(f"data-parallel train step, {world} ranks, medians of {rounds} rounds (ms)\n"
              f"{'step (global batch)':<44} {'1 rank':>8} {f'{world} ranks':>8} {'speed-up':>9} "
              f"{'allreduce ms (share)':>20}")
    x = rng.standard_normal((128, 1000), dtype=np.float32)
    t = rng.standard_normal((128, 125), dtype=np.float32)
    _row("MLP 1000-500-250-125 SGD b128", _mlp, mse_loss, x, t, comm, rounds)
    x = rng.standard_normal((128, 1, 28, 28), dtype=np.float32)
    t = np.eye(10, dtype=np.float32)[rng.integers(0, 10, 128)]
    _row("LeNet-5 SGD b128", _lenet, logitcrossentropy_loss, x, t, comm, rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
