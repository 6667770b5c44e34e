"""Train the digits CNN data-parallel on MPI: every rank steps on its shard of each epoch, the
gradients are averaged over the ranks inside the one generated training step.

    mpiexec -n 2 python examples/train_mpi.py [--epochs 12] [--batch-size 16]

(needs the extra: pip install -e '.[mpi]'). ``--batch-size`` is per rank: 2 ranks x 16 train
like one process with batch 32. Rank 0 prints the loss and test accuracy per epoch; every
rank prints its throughput at the end, and rank 0 checks that all ranks hold the same weights.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from mpi4py import MPI
from train_digits import accuracy, build_model, load_digits_split, one_hot

import gvcompile
from gvcompile import DataLoader, reshuffle
from gvcompile.layers.api import iter_modules
from gvcompile.optimization import Adam, logitcrossentropy_loss


def main(argv=None) -> float:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--batch-size", type=int, default=16, help="per rank")
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--min-accuracy", type=float, default=0.95)
    ap.add_argument("--bucket-bytes", type=int, default=None,
                    help="overlap the gradient allreduce with the backward pass, in buckets of "
                         "this many bytes (default: one blocking allreduce per gradient)")
    args = ap.parse_args(argv)
    comm = MPI.COMM_WORLD
    rank, world = comm.Get_rank(), comm.Get_size()

    gvcompile.manual_seed(rank)  # any seed: rank 0's weights and shuffles are broadcast
    (xtr, ytr), (xte, yte) = load_digits_split()
    model = build_model()
    loader = DataLoader(lambda i: (xtr[i], one_hot(ytr[i:i + 1])[0]), len(xtr),
                        batch_size=args.batch_size, shuffle=True, drop_last=True, comm=comm)
    xb0, tb0 = loader[0]
    step = gvcompile.compile_train_step(model, logitcrossentropy_loss, Adam(model, args.lr),
                                        xb0, tb0, target="cpu", comm=comm,
                                        bucket_bytes=args.bucket_bytes)
    if rank == 0:
        print(f"digits on {world} ranks: {len(loader)} steps of {world} x {args.batch_size} "
              f"images per epoch")
    seen, busy = 0, 0.0
    for epoch in range(1, args.epochs + 1):
        reshuffle(loader)
        t0 = time.perf_counter()
        for xb, tb in loader:
            loss = step(xb, tb)  # the mean loss over all ranks' batches
            seen += len(xb)
        busy += time.perf_counter() - t0
        if rank == 0:
            print(f"epoch {epoch:2d}  loss {loss:.4f}  test accuracy "
                  f"{accuracy(model, xte, yte):.3f}", flush=True)
    weights = np.concatenate([a.ravel() for m in iter_modules(model)
                              for _, a in m.own_parameters()])
    same = comm.allreduce(int(not np.array_equal(weights, comm.bcast(weights, root=0))))
    for r in range(world):
        if r == rank:
            print(f"rank {rank}: {seen} images in {busy:.2f} s, {seen / busy:.0f} images/s",
                  flush=True)
        comm.Barrier()
    acc = accuracy(model, xte, yte)
    if rank == 0:
        print(f"weights identical on all {world} ranks: {same == 0}; test accuracy {acc:.3f}")
        if same or acc < args.min_accuracy:
            comm.Abort(1)
    return acc


if __name__ == "__main__":
    main()
