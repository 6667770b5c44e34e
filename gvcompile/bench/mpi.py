"""Data-parallel scaling: ``mpiexec -n 2 python -m gvcompile.bench.mpi [rounds] [bucket_bytes]``.

For each model, one training step on a global batch B: rank 0 alone (comm=None, batch B)
against every rank together (comm, batch B/world each) with one blocking allreduce per
gradient, and with the gradients in overlapped buckets (bucket_bytes: Iallreduce started in the
backward pass, waited on before the update), alternating round by round; medians of the
rounds. The allreduce time is the time spent inside the group's calls (Allreduce, Iallreduce
and the waits, timing wrappers around the registered functions) per step, waiting for the
slower rank included: what the step does not overlap. Run with GV_NUM_THREADS=1 so that each
rank uses one core; MPICH progresses a non-blocking sum only inside MPI calls unless started
with MPIR_CVAR_ASYNC_PROGRESS=1 (a progress thread per rank), which the header line reports."""

from __future__ import annotations

import os
import statistics
import sys
import time

import numpy as np


class _TimedRequest:
    def __init__(self, req, spent: list):
        self.req, self.spent = req, spent

    def Wait(self):  # noqa: N802  (the mpi4py name)
        t = time.perf_counter()
        self.req.Wait()
        self.spent[0] += time.perf_counter() - t


def _timed_group(gid: int, spent: list) -> None:
    """Count the time inside the group's blocking sums, starts and waits into ``spent[0]``."""
    from .. import collectives

    inner, start = collectives._GROUPS[gid], collectives._START[gid]

    def timed(a):
        t = time.perf_counter()
        inner(a)
        spent[0] += time.perf_counter() - t

    def timed_start(a):
        t = time.perf_counter()
        req = start(a)
        spent[0] += time.perf_counter() - t
        return _TimedRequest(req, spent)

    collectives._GROUPS[gid], collectives._START[gid] = timed, timed_start


def _time(step, x, t, reps: int) -> float:
    t0 = time.perf_counter()
    for _ in range(reps):
        step(x, t)
    return (time.perf_counter() - t0) / reps * 1e3


def _row(name, make_model, loss, x, t, comm, rounds: int, bucket: int, reps: int = 20):
    import gvcompile
    from gvcompile.optimization import SGD

    rank, world = comm.Get_rank(), comm.Get_size()
    part = len(x) // world
    xs, ts = x[rank * part:(rank + 1) * part], t[rank * part:(rank + 1) * part]
    steps = {}
    for kind, bb in (("blocking", None), ("overlap", bucket)):
        gvcompile.manual_seed(0)
        m = make_model()
        steps[kind] = gvcompile.compile_train_step(m, loss, SGD(m, 1e-4), xs, ts, target="cpu",
                                                   comm=comm, bucket_bytes=bb)
    spent = [0.0]
    _timed_group(steps["blocking"].dist.group, spent)
    one = None
    if rank == 0:
        gvcompile.manual_seed(0)
        m1 = make_model()
        one = gvcompile.compile_train_step(m1, loss, SGD(m1, 1e-4), x, t, target="cpu")
    ms = {k: [] for k in ("one", "blocking", "overlap", "blocking_ar", "overlap_ar")}
    for _ in range(rounds):
        comm.Barrier()
        if rank == 0:  # one process alone on the global batch
            ms["one"].append(_time(one, x, t, reps))
        for kind in ("blocking", "overlap"):
            comm.Barrier()
            spent[0] = 0.0
            ms[kind].append(_time(steps[kind], xs, ts, reps))
            ms[kind + "_ar"].append(spent[0] / reps * 1e3)
    if rank == 0:
        s, b, o, ba, oa = (statistics.median(ms[k]) for k in
                           ("one", "blocking", "overlap", "blocking_ar", "overlap_ar"))
        print(f"{name:<30} {s:7.2f} {b:7.2f} {ba:6.2f} ({100 * ba / b:3.0f}%) {o:7.2f} "
              f"{oa:6.2f} ({100 * oa / o:3.0f}%) {b - o:+7.2f} ({100 * (b - o) / b:+4.0f}%)",
              flush=True)


def main(argv=None) -> int:
    from mpi4py import MPI

    from ..optimization import logitcrossentropy_loss, mse_loss
    from .cpu import _lenet, _mlp

    args = list(argv if argv is not None else sys.argv[1:])
    rounds = int(args[0]) if args else 5
    bucket = int(args[1]) if len(args) > 1 else 1 << 18
    comm = MPI.COMM_WORLD
    world = comm.Get_size()
    rng = np.random.default_rng(0)
    if comm.Get_rank() == 0:
        progress = os.environ.get("MPIR_CVAR_ASYNC_PROGRESS", "0")
        print(f"data-parallel train step, {world} ranks, medians of {rounds} rounds (ms); "
              f"buckets of {bucket} bytes; MPIR_CVAR_ASYNC_PROGRESS={progress}\n"
              f"{'step (global batch)':<30} {'1 rank':>7} {'blocking':>7} {'allreduce':>13} "
              f"{'overlap':>7} {'allreduce':>13} {'saving':>14}")
    x = rng.standard_normal((128, 1000), dtype=np.float32)
    t = rng.standard_normal((128, 125), dtype=np.float32)
    _row("MLP 1000-500-250-125 SGD b128", _mlp, mse_loss, x, t, comm, rounds, bucket)
    x = rng.standard_normal((128, 1, 28, 28), dtype=np.float32)
    t = np.eye(10, dtype=np.float32)[rng.integers(0, 10, 128)]
    _row("LeNet-5 SGD b128", _lenet, logitcrossentropy_loss, x, t, comm, rounds, bucket)
    return 0


if __name__ == "__main__":
    sys.exit(main())
