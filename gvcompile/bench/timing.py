"""What every benchmark row uses: a best-of timer and PyTorch (when installed) with as many
threads as gvcompile's pool, so both sides run on the same cores."""

from __future__ import annotations

import time


def best_ms(fn, reps: int = 10, warm: int = 2) -> float:
    """Best of ``reps`` timed calls after ``warm`` untimed ones, in milliseconds."""
    # OpenBLAS and OpenMP workers spin for a while after each call and steal the second core
    # from the next measurement: let them go to sleep first.
    time.sleep(0.3)
    for _ in range(warm):
        fn()
    best = float("inf")
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best * 1e3


def torch_or_none():
    """PyTorch with as many threads as gvcompile's pool (GV_NUM_THREADS), or None."""
    try:
        import torch
    except Exception:  # noqa: BLE001  (any failure to import: the rows print without it)
        return None
    from ..llvm.runtime import num_threads

    torch.set_num_threads(num_threads())
    return torch
