"""``python -m gvcompile bench --target cuda [rounds]``: the CUDA backend on a real GPU against
PyTorch CUDA (when installed) in the same run; never asserts timings. Without a GPU or a
driver it says so and exits with status 1 (the emulation is for correctness, not speed)."""

from __future__ import annotations

import time

import numpy as np

from ..errors import BackendUnavailable


def _sync_ms(fn, sync, reps: int = 20, warm: int = 3) -> float:
    for _ in range(warm):
        fn()
    sync()
    best = float("inf")
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        sync()
        best = min(best, time.perf_counter() - t)
    return best * 1e3


def _torch_cuda():
    try:
        import torch

        return torch if torch.cuda.is_available() else None
    except Exception:
        return None


def _rows(driver):
    from ..optimization import logitcrossentropy_loss, mse_loss
    from .cpu import _lenet, _mlp, _torch_lenet, _torch_mlp

    rng = np.random.default_rng(0)
    cases = [
        ("MLP 1000-500-250-125 train step b32", _mlp, _torch_mlp, mse_loss,
         rng.standard_normal((32, 1000), dtype=np.float32),
         rng.standard_normal((32, 125), dtype=np.float32),
         lambda t, y, tt: t.nn.functional.mse_loss(y, tt)),
        ("LeNet train step b64", _lenet, _torch_lenet, logitcrossentropy_loss,
         rng.standard_normal((64, 1, 28, 28), dtype=np.float32),
         np.eye(10, dtype=np.float32)[rng.integers(0, 10, 64)],
         lambda t, y, tt: t.nn.functional.cross_entropy(y, tt.argmax(1))),
    ]
    torch = _torch_cuda()
    for case in cases:
        yield _row(driver, torch, *case)


def _row(driver, torch, name, make, tmake, loss, x, t, tloss):
    import gvcompile

    from ..layers import module_to_eltype_device
    from ..optimization import SGD

    gvcompile.manual_seed(0)
    model = make()
    module_to_eltype_device(model, np.float32, device="gpu")
    step = gvcompile.compile_train_step(model, loss, SGD(model, 1e-3), x, t, target="cuda")
    row = {"name": name, "ms": _sync_ms(lambda: step(x, t), driver.synchronize)}
    if torch is not None:
        net = tmake(torch).cuda()
        opt = torch.optim.SGD(net.parameters(), lr=1e-3)
        tx, tt = torch.from_numpy(x).cuda(), torch.from_numpy(t).cuda()

        def tstep():
            opt.zero_grad()
            tloss(torch, net(tx), tt).backward()
            opt.step()

        row["torch_ms"] = _sync_ms(tstep, torch.cuda.synchronize)
    return row


def main(argv) -> int:
    from ..cuda.driver import get_driver

    try:
        driver = get_driver()
    except BackendUnavailable as e:
        print(f"gvcompile bench --target cuda: no usable GPU here: {e}")
        return 1
    rounds = int(argv[0]) if argv else 3
    print(f"gvcompile bench --target cuda: torch CUDA "
          f"{'available' if _torch_cuda() else 'not available'}; best of {rounds} rounds")
    best: dict[str, dict] = {}
    for _ in range(rounds):
        for row in _rows(driver):
            old = best.get(row["name"])
            if old is None or row["ms"] < old["ms"]:
                best[row["name"]] = row
    for row in best.values():
        line = f"{row['name']:<40} {row['ms']:9.3f} ms"
        if "torch_ms" in row:
            line += f"  torch {row['torch_ms']:8.3f} ms (x{row['torch_ms'] / row['ms']:.2f})"
        print(line)
    return 0
