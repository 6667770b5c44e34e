"""Train an LSTM to keep a running sum: x_t ~ U(-1, 1), target y_t = x_1 + ... + x_t.

    python examples/train_sequence.py [--steps 400] [--target interp]

A Chain(LSTM(1, 24), Dense(24, 1)) reads sequences (T, N, 1) and predicts the running sum at
every step. The recurrence is one sequence op in the graph (not T copies of the cell), so the
model is compiled once; the hidden state is reset before each independent batch. Prints the
loss, and the accuracy: the fraction of held-out steps predicted within 0.1 of the true sum
(it reaches >= 90% in a few seconds).
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np

import gvcompile
from gvcompile.layers import LSTM, Chain, Dense, reset, zero_gradients
from gvcompile.optimization import Adam, mse_loss, step

T, BATCH = 12, 32


def batch(rng, n=BATCH):
    x = rng.uniform(-1, 1, (T, n, 1)).astype(np.float32)
    return x, np.cumsum(x, axis=0)


def accuracy(cm, model, x, y) -> float:
    reset(model)
    return float(np.mean(np.abs(cm(x) - y) < 0.1))


def main(argv=None) -> float:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=400)
    ap.add_argument("--target", default="interp")
    args = ap.parse_args(argv)
    gvcompile.manual_seed(0)
    rng = np.random.default_rng(0)
    model = Chain(LSTM(1, 24), Dense(24, 1))
    opt = Adam(model, learning_rate=0.01)
    x_test, y_test = batch(rng, 256)
    cm = gvcompile.compile(model, x_test, target=args.target)
    t0 = time.perf_counter()
    for it in range(1, args.steps + 1):
        x, y = batch(rng)
        reset(model)  # independent sequences: start from the zero state
        zero_gradients(model)
        loss, dloss = mse_loss(cm(x), y)
        cm.backward(dloss)
        step(opt)
        if it % 100 == 0 or it == args.steps:
            acc = accuracy(cm, model, x_test, y_test)
            print(f"step {it:4d}  loss {loss:.5f}  accuracy {100 * acc:5.1f}%  "
                  f"({time.perf_counter() - t0:.1f} s)")
    return acc


if __name__ == "__main__":
    sys.exit(0 if main() >= 0.9 else 1)
