"""Run under ``mpiexec -n K python tests/mpi_worker.py SCENARIO``; tests/test_mpi.py launches it.
Each scenario prints one line ``RESULT <json>`` on rank 0 (or fails the job)."""

from __future__ import annotations

import json
import sys

import numpy as np
from mpi4py import MPI

import gvcompile
from gvcompile import DataLoader, compile_train_step
from gvcompile.layers import BatchNorm, Conv, Fc, Reshape, SequentialContainer
from gvcompile.optimization import MSGD, SGD, Adam, mse_loss

comm = MPI.COMM_WORLD
rank, world = comm.Get_rank(), comm.Get_size()


def model(dtype, bn: bool):
    gvcompile.manual_seed(7)
    layers = [Conv(2, 4, 3, padding=1), BatchNorm(4, activation_function="relu")] if bn else \
        [Conv(2, 4, 3, padding=1, activation_function="relu")]
    m = SequentialContainer(layers + [Reshape((4 * 5 * 5,)), Fc(100, 3)])
    gvcompile.layers.module_to_eltype_device(m, dtype)
    return m


OPTS = {"SGD": lambda m: SGD(m, 0.05, weight_decay=0.01),
        "MSGD": lambda m: MSGD(m, 0.05, momentum=0.9), "Adam": lambda m: Adam(m, 0.01)}


def global_batches(dtype, steps, per_rank):
    rng = np.random.default_rng(3)
    n = per_rank * world
    return [(rng.standard_normal((n, 2, 5, 5)).astype(dtype),
             rng.standard_normal((n, 3)).astype(dtype)) for _ in range(steps)]


def params(m):
    return np.concatenate([a.ravel() for mod in gvcompile.layers.api.iter_modules(m)
                           for _, a in mod.own_parameters()])


def data_parallel(opt_name: str, dtype_name: str, bn: bool, target: str):
    """Weights after 3 steps: equal on every rank (bit for bit) and equal to one process
    stepping on the global batch (rank 0 computes that reference itself)."""
    dtype = np.dtype(dtype_name)
    batches = global_batches(dtype, 3, 2)
    m = model(dtype, bn)
    if rank:  # different starting weights: the broadcast must overwrite them
        for mod in gvcompile.layers.api.iter_modules(m):
            for _, a in mod.own_parameters():
                a[...] = rank
    mine = [(x[rank * 2:(rank + 1) * 2], t[rank * 2:(rank + 1) * 2]) for x, t in batches]
    step = compile_train_step(m, mse_loss, OPTS[opt_name](m), *mine[0], target=target,
                              comm=comm, sync_batchnorm=bn)
    losses = [step(x, t) for x, t in mine]
    p = params(m)
    every = comm.gather(p, root=0)
    every_loss = comm.gather(losses, root=0)
    if rank:
        return None
    ref = model(dtype, bn)
    ref_step = compile_train_step(ref, mse_loss, OPTS[opt_name](ref), *batches[0], target=target)
    ref_losses = [ref_step(x, t) for x, t in batches]
    q = params(ref)
    return {"identical": all(np.array_equal(e, every[0]) for e in every),
            "same_loss_on_ranks": all(el == every_loss[0] for el in every_loss),
            "max_rel_to_one_process": float(np.max(np.abs(p - q)) / np.max(np.abs(q))),
            "loss_rel": float(max(abs(a - b) / abs(b) for a, b in zip(losses, ref_losses))),
            "moved": float(np.max(np.abs(q - params(model(dtype, bn)))))}


def overlapped(opt_name: str, dtype_name: str, bn: bool, bucket: str):
    """The same steps with overlapped gradient buckets (bucket_bytes) and with one blocking
    allreduce per gradient: weights bit-identical on every rank, and (2 ranks: a + b is
    commutative, so any reduction order gives the same bits) bit-identical to the blocking
    step; the first bucket is started before the backward pass ends."""
    from gvcompile import collectives

    dtype = np.dtype(dtype_name)
    batches = global_batches(dtype, 3, 2)
    mine = [(x[rank * 2:(rank + 1) * 2], t[rank * 2:(rank + 1) * 2]) for x, t in batches]
    out = {}
    for name, bucket_bytes in (("blocking", None), ("overlap", int(bucket))):
        m = model(dtype, bn)
        step = compile_train_step(m, mse_loss, OPTS[opt_name](m), *mine[0], comm=comm,
                                  sync_batchnorm=bn, bucket_bytes=bucket_bytes)
        out[name] = ([step(x, t) for x, t in mine], params(m))
        graph = step._last_prog[0]
    ops = [graph.op(n) for n in graph.topo_order()]
    starts = [i for i, o in enumerate(ops) if o == "allreduce_start"]
    compute = [i for i, o in enumerate(ops) if o in ("matmul", "conv2d", "conv2d_grad_input",
                                                         "conv2d_grad_weight")]
    every = comm.gather(out["overlap"][1], root=0)
    if rank:
        return None
    return {"identical": all(np.array_equal(e, every[0]) for e in every),
            "equal_to_blocking": bool(np.array_equal(out["overlap"][1], out["blocking"][1])),
            "max_rel_to_blocking": float(np.max(np.abs(out["overlap"][1] - out["blocking"][1]))
                                         / np.max(np.abs(out["blocking"][1]))),
            "same_losses": out["overlap"][0] == out["blocking"][0],
            "buckets": len(starts), "waits": ops.count("allreduce_wait"),
            "started_before_backward_ends": bool(starts and compute and starts[0] < compute[-1]),
            "in_flight": collectives.in_flight()}


def shards():
    seen = []
    for shuffle in (False, True):
        gvcompile.manual_seed(rank)  # different seeds: the order must come from rank 0
        dl = DataLoader(lambda i: (np.array([i]),), 23, batch_size=3, shuffle=shuffle, comm=comm)
        mine = [int(v) for (b,) in dl for v in b.ravel()]
        gvcompile.reshuffle(dl)
        again = [int(v) for (b,) in dl for v in b.ravel()]
        seen.append((mine, again, len(dl)))
    every = comm.gather(seen, root=0)
    if rank:
        return None
    out = {}
    for k, name in enumerate(("plain", "shuffled")):
        for j, what in enumerate(("first", "reshuffled")):
            items = [e[k][j] for e in every]
            flat = [i for it in items for i in it]
            out[f"{name}_{what}_disjoint"] = len(flat) == len(set(flat))
            out[f"{name}_{what}_count"] = len(flat)
            out[f"{name}_{what}_equal_sizes"] = len({len(it) for it in items}) == 1
        out[f"{name}_batches"] = [e[k][2] for e in every]
    return out


def mismatch():
    m = SequentialContainer([Fc(3, 4 if rank == 0 else 5), Fc(4 if rank == 0 else 5, 2)])
    try:
        compile_train_step(m, mse_loss, SGD(m, 0.1), np.ones((2, 3), np.float32),
                           np.ones((2, 2), np.float32), comm=comm)
    except ValueError as e:
        return {"error": str(e)}
    return {"error": None}


def on_cuda():
    """CUDA (emulated): overlapped buckets are refused on every rank, naming the reason; the
    blocking step (a host step per gradient sum) trains like the CPU data-parallel step."""
    m = SequentialContainer([Fc(3, 2)])
    err = None
    try:
        compile_train_step(m, mse_loss, SGD(m, 0.1), np.ones((2, 3), np.float32),
                           np.ones((2, 2), np.float32), target="cuda", emulate=True, comm=comm,
                           bucket_bytes=1 << 20)
    except gvcompile.errors.UnsupportedOp as e:
        err = str(e)
    batches = global_batches(np.dtype(np.float32), 3, 2)
    mine = [(x[rank * 2:(rank + 1) * 2], t[rank * 2:(rank + 1) * 2]) for x, t in batches]
    got = {}
    for target, opts in (("cpu", {}), ("cuda", {"emulate": True})):
        m = model(np.dtype(np.float32), True)
        step = compile_train_step(m, mse_loss, OPTS["MSGD"](m), *mine[0], target=target,
                                  comm=comm, sync_batchnorm=True, **opts)
        got[target] = ([step(x, t) for x, t in mine], params(m))
    every = comm.gather(got["cuda"][1], root=0)
    return {"error": err, "identical": all(np.array_equal(e, every[0]) for e in every)
            if rank == 0 else None,
            "max_rel_to_cpu": float(np.max(np.abs(got["cuda"][1] - got["cpu"][1]))
                                    / np.max(np.abs(got["cpu"][1])))}


def uneven():
    m = SequentialContainer([Fc(3, 2)])
    step = compile_train_step(m, mse_loss, SGD(m, 0.1), np.ones((2, 3), np.float32),
                              np.ones((2, 2), np.float32), comm=comm)
    n = 2 + rank
    try:
        step(np.ones((n, 3), np.float32), np.ones((n, 2), np.float32))
    except gvcompile.errors.ShapeError as e:
        return {"error": str(e)}
    return {"error": None}


def exported(out_dir: str, bucket: str = ""):
    """A data-parallel step exported after 1 step, loaded on every rank with set_comm: 2 more
    steps from the library equal 2 more steps of the Python step (per rank data); ``bucket``:
    the step sums its gradients in overlapped buckets (the library through the same hook)."""
    from pathlib import Path

    dtype = np.dtype(np.float32)
    batches = global_batches(dtype, 3, 2)
    mine = [(x[rank * 2:(rank + 1) * 2], t[rank * 2:(rank + 1) * 2]) for x, t in batches]
    m = model(dtype, False)
    step = compile_train_step(m, mse_loss, OPTS["MSGD"](m), *mine[0], comm=comm,
                              bucket_bytes=int(bucket) if bucket else None)
    step(*mine[0])
    path = Path(out_dir) / f"rank{rank}"  # every rank builds its own copy
    lib = gvcompile.load(gvcompile.export(step, path, name="dp"))
    err = None
    try:
        lib.step(*mine[1])
    except Exception as e:  # noqa: BLE001
        err = str(e)
    lib.set_comm(comm)
    lib_losses = [lib.step(*b) for b in mine[1:]]
    py_losses = [step(*b) for b in mine[1:]]
    got, want = lib.get_parameters(), params(m)
    every = comm.gather(got, root=0)
    if rank:
        return None
    return {"no_hook_error": err, "identical": all(np.array_equal(e, every[0]) for e in every),
            "max_rel": float(np.max(np.abs(got - want)) / np.max(np.abs(want))),
            "loss_rel": float(max(abs(a - b) / abs(b) for a, b in zip(lib_losses, py_losses))),
            "header": "Data-parallel step for %d ranks" % world in
            (path / "dp.h").read_text()}


def exported_recurrent(out_dir: str):
    """The export of a recurrent model's step traces it again (recurrent state carried): the
    data-parallel allreduce must survive that (it was left out: each rank trained alone)."""
    from pathlib import Path

    from gvcompile.layers import LSTM

    rng = np.random.default_rng(5)
    data = [(rng.standard_normal((5, 4, 3)).astype(np.float32),
             rng.standard_normal((5, 4, 4)).astype(np.float32)) for _ in range(3)]
    mine = [(x[:, rank * 2:(rank + 1) * 2], t[:, rank * 2:(rank + 1) * 2]) for x, t in data]
    gvcompile.manual_seed(1)
    m = SequentialContainer([LSTM(3, 4)])
    step = compile_train_step(m, mse_loss, SGD(m, 0.5), *mine[0], comm=comm)
    step(*mine[0])
    lib = gvcompile.load(gvcompile.export(step, Path(out_dir) / f"rank{rank}", name="rec"))
    err = None
    try:
        lib.step(*mine[1])
    except Exception as e:  # noqa: BLE001
        err = str(e)
    lib.set_comm(comm)
    for b in mine[1:]:
        lib.step(*b)
    every = comm.gather(lib.get_parameters(), root=0)
    if rank:
        return None
    return {"no_hook_error": err, "identical": all(np.array_equal(e, every[0]) for e in every)}


def raises():
    m = SequentialContainer([Fc(3, 2)])
    step = compile_train_step(m, mse_loss, SGD(m, 0.1), np.ones((2, 3), np.float32),
                              np.ones((2, 2), np.float32), comm=comm)
    if rank == world - 1:
        raise RuntimeError("rank failed on purpose")
    for _ in range(3):
        step(np.ones((2, 3), np.float32), np.ones((2, 2), np.float32))
    return {"finished": True}


if __name__ == "__main__":
    name, args = sys.argv[1], sys.argv[2:]
    fn = {"dp": data_parallel, "overlap": overlapped, "shards": shards, "mismatch": mismatch,
          "uneven": uneven, "raises": raises, "export": exported, "cuda": on_cuda,
          "export_recurrent": exported_recurrent}[name]
    res = fn(*(a if a not in ("True", "False") else a == "True" for a in args))
    if name in ("mismatch", "uneven", "cuda"):
        res = comm.gather(res, root=0)
    if rank == 0:
        print("RESULT " + json.dumps(res), flush=True)
