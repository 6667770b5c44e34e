"""Training steps of the bench models: gvcompile ``compile_train_step`` (one generated
function: forward, loss, backward, SGD update) against PyTorch eager (forward, loss, backward,
``optimizer.step()``), interleaved rounds, medians.

    python -m gvcompile.bench.train_steps [rounds]
"""

from __future__ import annotations

import statistics
import sys

from gvcompile.bench.cpu import bench_lenet_step, bench_mlp_step


def main(rounds: int = 5) -> None:
    for fn in (bench_mlp_step, bench_lenet_step):
        rows = [fn() for _ in range(rounds)]
        ours = statistics.median(r["ms"] for r in rows)
        line = f"{rows[0]['name']:<36} ours {ours:7.3f} ms"
        if "torch_ms" in rows[0]:
            th = statistics.median(r["torch_ms"] for r in rows)
            line += f"  torch {th:7.3f} ms  ratio {th / ours:5.2f}"
        print(line, flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
