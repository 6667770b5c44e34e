"""Train a small CNN on scikit-learn's bundled 8x8 handwritten digits (real data, no download).

    python examples/train_digits.py [--epochs 12] [--target cpu|interp] [--min-accuracy 0.95]

Uses the package's DataLoader, an optimizer and a loss, compiles the model once for the fastest
available target, and prints a progress bar with loss and accuracy per epoch.
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np

import gvcompile
from gvcompile import DataLoader, reshuffle
from gvcompile.layers import (
    Conv,
    Fc,
    MaxPool,
    Reshape,
    SequentialContainer,
    testmode,
    trainmode,
    zero_gradients,
)
from gvcompile.optimization import Adam, logitcrossentropy_loss, step


def load_digits_split(seed: int = 0):
    from sklearn.datasets import load_digits

    d = load_digits()
    x = (d.images / 16.0).astype(np.float32)[:, None, :, :]  # (1797, 1, 8, 8)
    y = d.target.astype(np.int64)
    idx = np.random.default_rng(seed).permutation(len(x))
    cut = int(0.8 * len(x))
    return (x[idx[:cut]], y[idx[:cut]]), (x[idx[cut:]], y[idx[cut:]])


def build_model():
    return SequentialContainer([
        Conv(1, 16, (3, 3), padding=(1, 1), activation_function="relu"),
        MaxPool((2, 2)),                                   # 16 x 4 x 4
        Conv(16, 32, (3, 3), padding=(1, 1), activation_function="relu"),
        MaxPool((2, 2)),                                   # 32 x 2 x 2
        Reshape((128,)),
        Fc(128, 64, activation_function="relu"),
        Fc(64, 10),
    ])


def one_hot(y, n=10):
    out = np.zeros((len(y), n), np.float32)
    out[np.arange(len(y)), y] = 1
    return out


def accuracy(model, x, y) -> float:
    testmode(model)
    logits = model(x)
    trainmode(model)
    return float((np.argmax(logits, 1) == y).mean())


def bar(done, total, width=30):
    k = int(width * done / total)
    return "[" + "#" * k + "." * (width - k) + "]"


DEFAULT_EPOCHS = 12


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--target", default=None, help="cpu, interp (default: fastest available)")
    ap.add_argument("--eager", action="store_true",
                    help="forward / loss / backward / step from Python instead of one "
                         "compiled training step")
    ap.add_argument("--min-accuracy", type=float, default=None,
                    help="exit with 1 below this test accuracy (default: 0.95 with the default "
                         f"{DEFAULT_EPOCHS} epochs or more, no check with fewer: one epoch, as "
                         "`make dump` runs, does not reach it)")
    return ap


def main(argv=None) -> float:
    args = parser().parse_args(argv)

    gvcompile.manual_seed(0)
    (xtr, ytr), (xte, yte) = load_digits_split()
    model = build_model()
    target = args.target or gvcompile.default_target()
    loader = DataLoader(lambda i: (xtr[i], one_hot(ytr[i:i + 1])[0]), len(xtr),
                        batch_size=args.batch_size, shuffle=True)
    opt = Adam(model, learning_rate=args.lr)
    t0 = time.perf_counter()
    xb0, tb0 = loader[0]
    compiled = gvcompile.compile(model, xb0, target=target)  # inference (and eager training)
    train_step = None if args.eager else gvcompile.compile_train_step(
        model, logitcrossentropy_loss, opt, xb0, tb0, target=target)
    mode = "eager forward/backward/step" if args.eager else "one compiled training step"
    print(f"digits: {len(xtr)} train / {len(xte)} test images, target={target}, {mode}, "
          f"compiled in {time.perf_counter() - t0:.1f} s")
    tty = sys.stdout.isatty()
    t0 = time.perf_counter()
    for epoch in range(1, args.epochs + 1):
        reshuffle(loader)
        total, seen = 0.0, 0
        for k, (xb, tb) in enumerate(loader, start=1):
            if train_step is not None:
                loss = train_step.step(xb, tb)
            else:
                zero_gradients(model)
                loss, dloss = logitcrossentropy_loss(compiled(xb), tb)
                compiled.backward(dloss)
                step(opt)
            total += loss * len(xb)
            seen += len(xb)
            if tty or k == len(loader):
                sys.stdout.write(f"\repoch {epoch:2d} {bar(k, len(loader))} loss "
                                 f"{total / seen:.4f}")
                sys.stdout.flush()
        train_acc = accuracy(compiled, xtr, ytr)
        test_acc = accuracy(compiled, xte, yte)
        print(f" train acc {train_acc:.3f} test acc {test_acc:.3f} "
              f"({time.perf_counter() - t0:.1f} s)")
    return test_acc


def exit_code(argv=None) -> int:
    """Train, then 0 if the test accuracy reaches --min-accuracy, else 1."""
    args = parser().parse_args(argv)
    want = args.min_accuracy
    if want is None:
        want = 0.95 if args.epochs >= DEFAULT_EPOCHS else 0.0
    acc = main(argv)
    if acc < want:
        print(f"test accuracy {acc:.3f} is below {want} (--min-accuracy)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(exit_code())
