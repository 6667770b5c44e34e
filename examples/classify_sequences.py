"""Classify batch-first sequences with a GRU, one generated training step per batch.

    python examples/classify_sequences.py [--layout batch_first|time_major] [--target cpu]

Each sequence (T = 16 steps, 2 features) belongs to class 1 when its first feature sums to more
than zero. Batch-first data (N, T, F), as PyTorch and Flux users keep it, goes into
GRU(batch_first=True); with --layout time_major the same data is stored (T, N, F) and the step
is compiled with batch_axis=1, the targets (N, 2) pairing along the model output's batch.
Prints the loss and the held-out accuracy per epoch (>= 90% after a few epochs).
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np

import gvcompile
import gvcompile.functional as F
from gvcompile.layers import GRU, Fc, GraphContainer, forward, reset
from gvcompile.optimization import Adam, logitcrossentropy_loss

T, FEATURES, BATCH = 16, 2, 32


def make_data(rng, n):
    x = rng.normal(size=(n, T, FEATURES)).astype(np.float32)
    labels = (x[:, :, 0].sum(1) > 0).astype(np.int64)
    return x, np.eye(2, dtype=np.float32)[labels], labels


def model(batch_first: bool):
    time_axis = 1 if batch_first else 0
    return GraphContainer(lambda L, x: forward(L[1], F.mean(forward(L[0], x), time_axis)),
                          [GRU(FEATURES, 16, batch_first=batch_first), Fc(16, 2)])


def main(argv=None) -> float:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--layout", choices=["batch_first", "time_major"], default="batch_first")
    ap.add_argument("--target", default="cpu")
    ap.add_argument("--epochs", type=int, default=6)
    a = ap.parse_args(argv)
    gvcompile.manual_seed(0)
    rng = np.random.default_rng(0)
    (x, t, _), (xv, _, lv) = make_data(rng, 1024), make_data(rng, 512)
    bf = a.layout == "batch_first"
    if not bf:  # store the sequences time-major: (T, N, F)
        x, xv = (np.ascontiguousarray(v.transpose(1, 0, 2)) for v in (x, xv))
    kw = {} if bf else {"batch_axis": 1}
    m = model(bf)
    t0 = time.perf_counter()
    ts = gvcompile.compile_train_step(m, logitcrossentropy_loss, Adam(m, 0.01), x[:BATCH]
                                      if bf else x[:, :BATCH], t[:BATCH], target=a.target, **kw)
    infer = gvcompile.compile(m, xv, target=a.target, **kw)
    print(f"compiled in {time.perf_counter() - t0:.2f} s ({a.layout}, target={a.target})")
    acc = 0.0
    for epoch in range(a.epochs):
        losses = []
        for i in range(0, len(t), BATCH):
            xb = x[i:i + BATCH] if bf else x[:, i:i + BATCH]
            losses.append(ts.step(xb, t[i:i + BATCH]))
            reset(m[0])  # each batch is a new set of sequences
        acc = float(np.mean(infer(xv).argmax(1) == lv))
        reset(m[0])
        print(f"epoch {epoch + 1}: loss {np.mean(losses):.4f}, held-out accuracy {acc:.1%}")
    return acc


if __name__ == "__main__":
    sys.exit(0 if main() >= 0.9 else 1)
