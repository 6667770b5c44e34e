"""Training steps of the bench models: gvcompile ``compile_train_step`` (one generated
function: forward, loss, backward, SGD update) against PyTorch eager (forward, loss, backward,
``optimizer.step()``) on the same weights and batch. Each model is built once; every round
times ours and then PyTorch's (best of ``REPS`` calls each), and the medians of the rounds and
their ratio are printed.

    python -m gvcompile.bench.train_steps [--cpu-time] [rounds] [mlp|lenet ...]

``--cpu-time`` times the calling thread's CPU time instead of the wall clock (as
bench/rnn.py): with GV_NUM_THREADS=1 both sides run on that thread, and the time other
processes take on a shared core is left out.
"""

from __future__ import annotations

import statistics
import sys

import numpy as np

from .cpu import _lenet, _mlp, _torch_lenet, _torch_mlp
from .rnn import cpu_ms
from .timing import best_ms
from .timing import torch_or_none as _torch

REPS = 20


def _data(kind: str, batch: int):
    rng = np.random.default_rng(0)
    if kind == "mlp":
        x = rng.standard_normal((batch, 1000), dtype=np.float32)
        t = rng.standard_normal((batch, 125), dtype=np.float32)
        return x, t, 3 * 2.0 * batch * (1000 * 500 + 500 * 250 + 250 * 125)
    x = rng.standard_normal((batch, 1, 28, 28), dtype=np.float32)
    t = np.eye(10, dtype=np.float32)[rng.integers(0, 10, batch)]
    conv = 2 * (24 * 24 * 6 * 25 + 8 * 8 * 16 * 150)
    fc = 2 * (256 * 120 + 120 * 84 + 84 * 10)
    return x, t, 3.0 * batch * (conv + fc)


def steps(kind: str, batch: int):
    """(name, flops, our step, PyTorch's step or None) for ``kind`` "mlp" or "lenet"."""
    import gvcompile

    from ..optimization import SGD, logitcrossentropy_loss, mse_loss

    x, t, flops = _data(kind, batch)
    gvcompile.manual_seed(0)
    model, loss = (_mlp(), mse_loss) if kind == "mlp" else (_lenet(), logitcrossentropy_loss)
    ours = gvcompile.compile_train_step(model, loss, SGD(model, 1e-3), x, t, target="cpu")
    name = (f"MLP 1000-500-250-125 train step b{batch}" if kind == "mlp"
            else f"LeNet train step b{batch}")
    torch = _torch()
    if torch is None:
        return name, flops, lambda: ours(x, t), None
    net = (_torch_mlp if kind == "mlp" else _torch_lenet)(torch)
    opt = torch.optim.SGD(net.parameters(), lr=1e-3)
    tx, tt = torch.from_numpy(x), torch.from_numpy(t)
    tloss = torch.nn.functional.mse_loss if kind == "mlp" else torch.nn.functional.cross_entropy

    def theirs():
        opt.zero_grad()
        tloss(net(tx), tt).backward()
        opt.step()

    return name, flops, lambda: ours(x, t), theirs


def row(kind: str, batch: int, rounds: int, cpu: bool = False) -> dict:
    """Medians over ``rounds`` of (ours, PyTorch's), timed one after the other in each round."""
    timer = cpu_ms if cpu else best_ms
    name, flops, ours, theirs = steps(kind, batch)
    times = [(timer(ours, REPS), timer(theirs, REPS) if theirs else None)
             for _ in range(rounds)]
    out = {"name": name, "ms": statistics.median(a for a, _ in times)}
    out["gflops"] = flops / out["ms"] / 1e6
    if theirs is not None:
        out["torch_ms"] = statistics.median(b for _, b in times)
    return out


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    cpu = "--cpu-time" in argv
    if cpu:
        argv.remove("--cpu-time")
    rounds = int(argv[0]) if argv and argv[0].isdigit() else 5
    kinds = [a for a in argv if not a.isdigit()] or ["mlp", "lenet"]
    for kind in kinds:
        if kind not in ("mlp", "lenet"):
            raise SystemExit(f"train_steps: unknown model {kind!r} (mlp or lenet)")
        r = row(kind, 32 if kind == "mlp" else 64, rounds, cpu)
        line = f"{r['name']:<40} ours {r['ms']:7.3f} ms {r['gflops']:6.1f} GFLOP/s"
        if "torch_ms" in r:
            line += f"  torch {r['torch_ms']:7.3f} ms  ratio x{r['torch_ms'] / r['ms']:.2f}"
        print(line + ("  (thread CPU time)" if cpu else ""), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
