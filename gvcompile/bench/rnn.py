"""Recurrent-layer rows of ``python -m gvcompile bench`` (issue 15): one RNN/LSTM/GRU layer over
a time-major sequence (T, N, F), forward and forward + backward (gradients of the weights and
of the input), gvcompile (``compile``, ``forward`` / ``backward``) against PyTorch eager
(``no_grad`` forward; forward + ``backward`` with the input requiring its gradient).

    python -m gvcompile.bench.rnn [--cpu-time] [rounds] [kinds...]
Each round times ours and PyTorch's one after the other (best of k each); medians are printed.
``--cpu-time`` times the calling thread's CPU time instead of the wall clock: with
GV_NUM_THREADS=1 both sides run on that thread, and on a shared core the time the other
processes took is left out (wall-clock ratios of one run moved between x0.85 and x5.6 while
other engineers' jobs shared the pinned core).
"""

from __future__ import annotations

import statistics
import sys
import time

import numpy as np

from .models import recurrent, torch_recurrent
from .timing import best_ms
from .timing import torch_or_none as _torch

SHAPE = (64, 128, 50, 32)  # features, hidden, T, batch
GATES = {"RNN": 1, "LSTM": 4, "GRU": 3}


def _flops(kind, f, h, t, n):
    return 2.0 * t * n * GATES[kind] * h * (f + h)


def _setup(kind, f, h, t, n):
    import gvcompile

    rng = np.random.default_rng(0)
    x = rng.standard_normal((t, n, f), dtype=np.float32)
    d = rng.standard_normal((t, n, h), dtype=np.float32)
    gvcompile.manual_seed(0)
    model = recurrent(kind, f, h)
    cm = gvcompile.compile(model, x, target="cpu")
    return model, cm, x, d


def cpu_ms(fn, reps: int = 10, warm: int = 2) -> float:
    """Best of ``reps`` calls in CPU milliseconds of the calling thread."""
    for _ in range(warm):
        fn()
    best = float("inf")
    for _ in range(reps):
        t = time.thread_time_ns()
        fn()
        best = min(best, time.thread_time_ns() - t)
    return best / 1e6


def bench_recurrent(kind: str, backward: bool, shape=SHAPE, reps: int = 10, cpu=False):
    """One row: forward only, or forward + backward (weights and input)."""
    timer = cpu_ms if cpu else best_ms
    f, h, t, n = shape
    model, cm, x, d = _setup(kind, f, h, t, n)

    def ours():
        cm(x)
        if backward:
            cm.backward(d)

    what = "forward+backward" if backward else "forward"
    flops = _flops(kind, f, h, t, n) * (3 if backward else 1)
    ms = timer(ours, reps)
    row = {"name": f"{kind} {f}->{h} T{t} b{n} {what}", "ms": ms, "gflops": flops / ms / 1e6}
    torch = _torch()
    if torch is not None:
        fn, net = torch_recurrent(torch, kind, f, h)
        tx, td = torch.from_numpy(x), torch.from_numpy(d)
        if backward:
            tx.requires_grad_(True)

            def theirs():
                net.zero_grad()
                tx.grad = None
                fn(tx).backward(td)
        else:
            def theirs():
                with torch.no_grad():
                    fn(tx)

        row["torch_ms"] = timer(theirs, reps)
    return row


ROWS = [(kind, bwd) for kind in ("LSTM", "GRU", "RNN") for bwd in (False, True)]


def _median(rows):
    out = dict(rows[0])
    for key in ("ms", "torch_ms"):
        if key in out:
            out[key] = statistics.median(r[key] for r in rows)
    out["gflops"] = rows[0]["gflops"] * rows[0]["ms"] / out["ms"]
    return out


def rows(rounds: int, kinds=("LSTM", "GRU", "RNN"), cpu=False):
    """Median rows, every row measured ``rounds`` times (ours and PyTorch's side by side)."""
    for kind, bwd in ROWS:
        if kind in kinds:
            yield _median([bench_recurrent(kind, bwd, cpu=cpu) for _ in range(rounds)])


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    cpu = "--cpu-time" in argv
    if cpu:
        argv.remove("--cpu-time")
    rounds = int(argv[0]) if argv else 5
    kinds = tuple(argv[1:]) or ("LSTM", "GRU", "RNN")
    for r in rows(rounds, kinds, cpu):
        line = f"{r['name']:<40} {r['ms']:8.3f} ms {r['gflops']:7.1f} GFLOP/s"
        if "torch_ms" in r:
            line += f"  torch {r['torch_ms']:8.3f} ms  ratio x{r['torch_ms'] / r['ms']:.2f}"
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
