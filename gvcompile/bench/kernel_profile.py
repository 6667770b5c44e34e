"""``python -m gvcompile bench --profile [model] [steps]``: one bench model's training step (or
forward for ``lstm-forward`` and ``resnet20-forward``) built with GV_PROFILE's
instrumentation (llvm/profile.py), run once to warm up, then ``steps`` times; prints the
per-kernel table (time per call, share, GFLOP/s, GB/s, source layers) and the wall time per
step beside the time in kernels.

Models: mlp (1000-500-250-125, SGD, batch 32), lenet (batch 64), resnet20 (MSGD, BatchNorm
train mode, batch 64), resnet20-forward (test mode, batch 64: the bench's forward row),
lstm (64->128, T 50, batch 32, forward + backward), lstm-forward,
conv (3x3 64->64 on 56x56, batch 8, forward + both gradients). Use GV_NUM_THREADS=1 and
``taskset`` for per-core figures."""

from __future__ import annotations

import sys
import time

import numpy as np

MODELS = ("mlp", "lenet", "resnet20", "resnet20-forward", "lstm", "lstm-forward", "conv")


def _step(which: str):
    """A callable running one step of ``which``."""
    import gvcompile
    from gvcompile.layers import Conv, SequentialContainer
    from gvcompile.optimization import MSGD, SGD, logitcrossentropy_loss, mse_loss

    from . import cpu, models

    rng = np.random.default_rng(0)
    f32 = np.float32
    if which in ("lstm", "lstm-forward"):
        m = models.recurrent("LSTM", 64, 128)
        x = rng.standard_normal((50, 32, 64), dtype=f32)
        if which == "lstm-forward":
            cm = gvcompile.compile(m, x, batch_axis=1)
            return lambda: cm(x)
        t = rng.standard_normal((50, 32, 128), dtype=f32)
        step = gvcompile.compile_train_step(m, mse_loss, SGD(m, 1e-3), x, t, batch_axis=1)
        return lambda: step(x, t)
    if which == "resnet20-forward":
        from ..layers import testmode

        m = models.resnet20()
        testmode(m)
        x = rng.standard_normal((64, 3, 32, 32), dtype=f32)
        cm = gvcompile.compile(m, x)
        return lambda: cm(x)
    if which == "conv":
        m = SequentialContainer([Conv(64, 64, (3, 3), padding=1)])
        x = rng.standard_normal((8, 64, 56, 56), dtype=f32)
        t = rng.standard_normal((8, 64, 56, 56), dtype=f32)
        step = gvcompile.compile_train_step(m, mse_loss, SGD(m, 1e-3), x, t)
        return lambda: step(x, t)
    if which == "mlp":
        m, n, loss, opt = cpu._mlp(), 32, mse_loss, SGD
        x = rng.standard_normal((n, 1000), dtype=f32)
        t = rng.standard_normal((n, 125), dtype=f32)
    else:
        m = cpu._lenet() if which == "lenet" else models.resnet20()
        n, loss, opt = 64, logitcrossentropy_loss, SGD if which == "lenet" else MSGD
        shape = (n, 1, 28, 28) if which == "lenet" else (n, 3, 32, 32)
        x = rng.standard_normal(shape, dtype=f32)
        t = np.eye(10, dtype=f32)[rng.integers(0, 10, n)]
    step = gvcompile.compile_train_step(m, loss, opt(m, 1e-3), x, t)
    return lambda: step(x, t)


def main(argv: list[str]) -> int:
    from ..llvm import emit, profile

    which = argv[0] if argv else "resnet20"
    steps = argv[1] if len(argv) > 1 else "10"
    if which not in MODELS or not steps.isdigit() or int(steps) < 1 or len(argv) > 2:
        print(f"python -m gvcompile bench --profile: expected [MODEL] [steps] with MODEL one "
              f"of {', '.join(MODELS)} and steps a positive integer, got {' '.join(argv)!r}",
              file=sys.stderr)
        return 2
    steps = int(steps)
    emit.PROFILE = True  # a knob: these programs are compiled (and cached) apart
    run = _step(which)
    run()
    profile.reset()
    t0 = time.perf_counter()
    for _ in range(steps):
        run()
    wall = (time.perf_counter() - t0) / steps
    print(f"{which}: {wall * 1e3:.3f} ms per step (wall, {steps} steps after one warm-up)")
    print(profile.report())
    return 0
