"""GEMM shapes of the bench models (MLP b32 fwd/bwd, LeNet im2col) and 1024^3: gvcompile's
generated GEMM against NumPy (OpenBLAS) in the same run, interleaved, median of rounds.

    python -m gvcompile.bench.gemm_shapes [rounds]
"""

from __future__ import annotations

import statistics
import sys
import time

import numpy as np

from gvcompile.targets import get_backend
from gvcompile.testing import op_graph

SHAPES = [  # (M, N, K, trans_a, trans_b, what)
    (1024, 1024, 1024, False, False, "square"),
    (32, 500, 1000, False, True, "mlp fc1 fwd"),
    (32, 250, 500, False, True, "mlp fc2 fwd"),
    (32, 1000, 500, False, False, "mlp fc1 dx"),
    (500, 1000, 32, True, False, "mlp fc1 dw"),
    (250, 500, 32, True, False, "mlp fc2 dw"),
]


def _time(fn, reps):
    time.sleep(0.2)  # let OpenBLAS's spinning workers go to sleep (notes/toolchain.md §3)
    fn()
    best = float("inf")
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best * 1e3


def main(rounds: int = 5) -> None:
    rng = np.random.default_rng(0)
    for m, n, k, ta, tb, what in SHAPES:
        a = rng.standard_normal((k, m) if ta else (m, k), dtype=np.float32)
        b = rng.standard_normal((n, k) if tb else (k, n), dtype=np.float32)
        exe = get_backend("cpu").build(op_graph("matmul", [a, b],
                                                {"trans_a": ta, "trans_b": tb}))
        ref = (a.T if ta else a) @ (b.T if tb else b)
        got = exe([a, b])[0]
        err = float(np.max(np.abs(got - ref)) / (np.max(np.abs(ref)) + 1e-30))
        reps = max(3, int(2e8 / (2 * m * n * k)))
        lhs, rhs = (a.T if ta else a), (b.T if tb else b)
        ours, theirs = [], []
        for _ in range(rounds):
            ours.append(_time(lambda e=exe, x=a, y=b: e([x, y]), reps))
            theirs.append(_time(lambda x=lhs, y=rhs: x @ y, reps))
        o, t = statistics.median(ours), statistics.median(theirs)
        gf = 2 * m * n * k / o / 1e6
        print(f"{what:<14} {m:5}x{n:5}x{k:5} ta={ta:d} tb={tb:d}  ours {o:8.3f} ms "
              f"{gf:7.1f} GF/s  numpy {t:8.3f} ms  ratio {t / o:5.2f}  err {err:.1e}",
              flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
