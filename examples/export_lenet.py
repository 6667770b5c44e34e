"""Export a LeNet training step to a C library and train it from C.

    python examples/export_lenet.py [--out examples/c_inference/build] [--steps 5] [--batch 16]

1. builds the seed's LeNet (28x28 inputs, 44426 parameters) and one generated training step
   (forward, logit cross-entropy, backward, Adam) with ``compile_train_step``;
2. ``gvcompile.export``s it: OUT/liblenet.so and the static archive OUT/liblenet.a (no Python
   or LLVM needed at run time), OUT/lenet.h (generated C header) and OUT/lenet.json (manifest);
3. trains a copy through Python (``gvcompile.load``: the same library through cffi);
4. builds examples/c_inference/main.c against the header with ``make`` twice (OUT/main linked
   with liblenet.so, OUT/main_static with liblenet.a), trains from C on the same data, and
   checks that all three runs give the same losses and the same parameters.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import numpy as np

import gvcompile
from gvcompile import export, load
from gvcompile.layers import AvgPool, Conv, Fc, Reshape, SequentialContainer
from gvcompile.optimization import Adam, logitcrossentropy_loss

HERE = Path(__file__).resolve().parent


def lenet(pool: bool = True):
    """The seed's LeNet (without the final Softmax: the loss takes logits). ``pool=False``
    replaces each conv + 2x2 average pool by a stride-2 conv (same shapes and parameter count)
    for CPU backends that do not lower pooling yet."""
    if pool:
        feats = [Conv(1, 6, (5, 5), activation_function="relu"), AvgPool((2, 2)),   # 6x12x12
                 Conv(6, 16, (5, 5), activation_function="relu"), AvgPool((2, 2))]  # 16x4x4
    else:
        feats = [Conv(1, 6, (5, 5), stride=2, activation_function="relu"),
                 Conv(6, 16, (5, 5), stride=2, activation_function="relu")]
    return SequentialContainer(feats + [
        Reshape((256,)),
        Fc(256, 120, activation_function="relu"), Fc(120, 84, activation_function="relu"),
        Fc(84, 10),
    ])


def export_step(x, t, out: Path) -> Path:
    """compile_train_step + export. The step is built for the interpreter: ``export`` generates
    its own machine code (for a portable CPU), so nothing is JIT-compiled here."""
    from gvcompile.plan.build import UnsupportedOp

    for pool in (True, False):
        gvcompile.manual_seed(0)
        model = lenet(pool)
        ts = gvcompile.compile_train_step(model, logitcrossentropy_loss, Adam(model), x, t,
                                          target="interp")
        try:
            return export(ts, out, name="lenet")
        except UnsupportedOp as e:
            print(f"note: {e}; using stride-2 convolutions instead of pooling", flush=True)
    raise AssertionError("unreachable")


def synthetic_data(steps: int, batch: int, seed: int = 0):
    """Ten classes of noisy 28x28 images: class k is a bright horizontal bar at row 2k+4."""
    rng = np.random.default_rng(seed)
    n = steps * batch + batch
    labels = rng.integers(0, 10, n)
    x = rng.normal(0, 0.3, (n, 1, 28, 28)).astype(np.float32)
    for i, k in enumerate(labels):
        x[i, 0, 2 * k + 4: 2 * k + 6, 4:24] += 2.0
    t = np.zeros((n, 10), np.float32)
    t[np.arange(n), labels] = 1
    return x, t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE / "c_inference" / "build"))
    ap.add_argument("--steps", type=int, default=5)
    ap.add_argument("--batch", type=int, default=16)
    args = ap.parse_args(argv)
    out = Path(args.out).resolve()

    x, t = synthetic_data(args.steps, args.batch)
    so = export_step(x[:2], t[:2], out)
    print(f"exported {so} ({so.stat().st_size // 1024} KiB), {out / 'liblenet.a'}, "
          f"{out / 'lenet.h'}, {out / 'lenet.json'}")

    lib = load(so)  # the library from Python: its own instance, weights as exported
    nb = args.steps * args.batch
    py_losses = [lib.step(x[i:i + args.batch], t[i:i + args.batch])
                 for i in range(0, nb, args.batch)]
    print("python (cffi) losses:", " ".join(f"{v:.5f}" for v in py_losses))

    data = out / "data"
    data.mkdir(exist_ok=True)
    x[:nb].tofile(data / "x.bin")
    t[:nb].tofile(data / "t.bin")
    x[nb:].tofile(data / "xf.bin")
    same = True
    for target, binary in (("", out / "main"), ("static", out / "main_static")):
        subprocess.run(["make", "-s", "-C", str(HERE / "c_inference"), *filter(None, [target]),
                        "NAME=lenet", f"EXPORT_DIR={out}", f"BIN={out / 'main'}",
                        f"BIN_STATIC={out / 'main_static'}"], check=True)
        res = subprocess.run([str(binary), str(args.steps), str(args.batch), str(data)],
                             check=True, capture_output=True, text=True)
        print(f"{binary.name} ({'liblenet.a' if target else 'liblenet.so'}):")
        print(res.stdout, end="")
        c_losses = [float(line.split()[2]) for line in res.stdout.splitlines()
                    if line.startswith("loss ")]
        same = same and np.allclose(c_losses, py_losses, rtol=1e-5) and np.allclose(
            np.fromfile(data / "p.bin", np.float32), lib.get_parameters(), rtol=1e-5,
            atol=1e-7)
    print("C and Python runs of the library agree" if same else "MISMATCH between C and Python")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
