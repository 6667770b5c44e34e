"""Convolution and ResNet-20 rows of ``python -m gvcompile bench`` (issue 14), each against
PyTorch eager in the same run, the two systems alternating round by round (medians):

  conv 3x3 64->64 56x56 b8: forward, input gradient (conv_transpose2d), weight gradient
  (conv2d_grad_weight), and the three together (one program per op, called in a row; PyTorch:
  conv2d then aten.convolution_backward for both gradients);
  ResNet-20 (CIFAR) forward in test mode and its training step (MSGD, BatchNorm in train
  mode, cross-entropy), batch 64.

    python -m gvcompile.bench.conv [rounds]
"""

from __future__ import annotations

import statistics
import sys

import numpy as np

from .timing import best_ms
from .timing import torch_or_none as _torch


def _fmt(row) -> str:
    if "missing" in row:
        return f"{row['name']:<40} not available on cpu: {row['missing']}"
    out = f"{row['name']:<40} {row['ms']:9.3f} ms {row['gflops']:8.1f} GFLOP/s"
    if "torch_ms" in row:
        out += f"  torch {row['torch_ms']:8.3f} ms (x{row['torch_ms'] / row['ms']:.2f})"
    return out


def _row(name, flops, ours, theirs, rounds, reps):
    """Median over rounds of best-of-reps times, ours and PyTorch's measured alternately."""
    if isinstance(ours, str):
        return {"name": name, "missing": ours}
    ms, tms = [], []
    for _ in range(rounds):
        ms.append(best_ms(ours, reps, 1))
        if theirs is not None:
            tms.append(best_ms(theirs, reps, 1))
    row = {"name": name, "ms": statistics.median(ms)}
    row["gflops"] = flops / row["ms"] / 1e6
    if tms:
        row["torch_ms"] = statistics.median(tms)
    return row


CONV = {"stride": (1, 1), "padding": (1, 1), "dilation": (1, 1), "groups": 1}


def _conv_exes(x, w, gy):
    from ..targets import get_backend
    from ..testing import op_graph

    be = get_backend("cpu")
    fwd = be.build(op_graph("conv2d", [x, w], CONV))
    dx = be.build(op_graph("conv_transpose2d", [gy, w], dict(CONV, output_padding=(0, 0))))
    dw = be.build(op_graph("conv2d_grad_weight", [x, gy], dict(CONV, kernel_size=(3, 3))))
    return (lambda: fwd([x, w])), (lambda: dx([gy, w])), (lambda: dw([x, gy]))


def _torch_conv(torch, x, w, gy):
    tx, tw, tg = (torch.from_numpy(a) for a in (x, w, gy))
    F, back = torch.nn.functional, torch.ops.aten.convolution_backward

    def bwd(mask):
        return lambda: back(tg, tx, tw, None, [1, 1], [1, 1], [1, 1], False, [0, 0], 1, mask)

    fwd = lambda: F.conv2d(tx, tw, padding=1)  # noqa: E731
    dx, dw, both = bwd([True, False, False]), bwd([False, True, False]), bwd([True, True, False])

    def all3():
        fwd()
        both()

    return fwd, dx, dw, all3


def conv_rows(rounds=5, batch=8):
    """Rows of the 3x3 64->64 convolution on 56x56: forward, each gradient, all three."""
    rng = np.random.default_rng(0)
    x = rng.standard_normal((batch, 64, 56, 56), dtype=np.float32)
    w = rng.standard_normal((64, 64, 3, 3), dtype=np.float32)
    gy = rng.standard_normal((batch, 64, 56, 56), dtype=np.float32)
    f1 = 2.0 * batch * 64 * 56 * 56 * 64 * 9
    fwd, dx, dw = _conv_exes(x, w, gy)

    def all3():
        fwd()
        dx()
        dw()

    ref = [None] * 4
    torch = _torch()
    if torch is not None:
        with torch.no_grad():
            ref = list(_torch_conv(torch, x, w, gy))
    nm = f"conv 3x3 64->64 56x56 b{batch}"
    ours = (fwd, dx, dw, all3)
    names = ("forward", "input grad", "weight grad", "fwd+both grads")
    out = []
    for o, t, what, fl in zip(ours, ref, names, (f1, f1, f1, 3 * f1), strict=True):
        if torch is not None:
            with torch.no_grad():
                out.append(_row(f"{nm} {what}", fl, o, t, rounds, 3))
        else:
            out.append(_row(f"{nm} {what}", fl, o, t, rounds, 3))
    return out


RESNET20_FLOPS = 2 * 40.55e6  # multiply-adds per 32x32 image (He et al.: ~41M), x2


def _resnet_forward(batch, rounds):
    import gvcompile

    from ..layers import testmode
    from .models import resnet20, torch_resnet20

    rng = np.random.default_rng(0)
    x = rng.standard_normal((batch, 3, 32, 32), dtype=np.float32)
    gvcompile.manual_seed(0)
    model = resnet20()
    testmode(model)
    cm = gvcompile.compile(model, x, target="cpu")
    theirs = None
    torch = _torch()
    if torch is not None:
        net = torch_resnet20(torch).eval()
        tx = torch.from_numpy(x)

        def theirs():
            with torch.no_grad():
                net(tx)

    return _row(f"ResNet-20 forward testmode b{batch}", RESNET20_FLOPS * batch,
                lambda: cm(x), theirs, rounds, 3)


def _resnet_step(batch, rounds):
    import gvcompile

    from ..optimization import MSGD, logitcrossentropy_loss
    from .models import resnet20, torch_resnet20

    rng = np.random.default_rng(0)
    x = rng.standard_normal((batch, 3, 32, 32), dtype=np.float32)
    t = np.eye(10, dtype=np.float32)[rng.integers(0, 10, batch)]
    gvcompile.manual_seed(0)
    model = resnet20()
    step = gvcompile.compile_train_step(model, logitcrossentropy_loss, MSGD(model, 0.01), x, t,
                                        target="cpu")
    theirs = None
    torch = _torch()
    if torch is not None:
        net = torch_resnet20(torch).train()
        opt = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
        tx, tt = torch.from_numpy(x), torch.from_numpy(t)

        def theirs():
            opt.zero_grad()
            torch.nn.functional.cross_entropy(net(tx), tt).backward()
            opt.step()

    return _row(f"ResNet-20 train step MSGD b{batch}", 3 * RESNET20_FLOPS * batch,
                lambda: step(x, t), theirs, rounds, 2)


def bench_conv_rows(rounds=5):
    """Every row of this file (the ``python -m gvcompile bench`` hook)."""
    return conv_rows(rounds) + [_resnet_forward(64, rounds), _resnet_step(64, rounds)]


def _threads():
    from ..llvm.runtime import num_threads

    nt = num_threads()
    torch = _torch()
    if torch is not None:
        torch.set_num_threads(nt)
    return nt


def main(rounds: int = 5) -> None:
    print(f"conv bench: {_threads()} threads, medians of {rounds} alternating rounds; "
          "ratios > 1 mean gvcompile is faster", flush=True)
    for fn in (lambda: conv_rows(rounds), lambda: [_resnet_forward(64, rounds)],
               lambda: [_resnet_step(64, rounds)]):
        for row in fn():
            print(_fmt(row), flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
