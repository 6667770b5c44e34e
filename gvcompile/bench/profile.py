"""Where does a compiled step spend its time? Runs a bench model's training step under
``perf record`` with a perf map of the generated kernels (each kernel kept out of line and
given a global symbol), then prints the kernels' share of the samples.

    python -m gvcompile.bench.profile mlp|lenet|conv [steps]
(needs ``perf``; GV_NUM_THREADS=1 gives per-core figures without thread-pool noise)
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import numpy as np

_names: list[str] = []


def _patch():
    from gvcompile.llvm import compile as comp

    cls = comp.ModuleEmitter
    orig = cls.emit

    def emit(self):
        text = orig(self)
        tag = re.sub(r"\W", "_", self.plan.name)

        def sub(m):
            name = f"{m.group(1)}__{tag}"
            _names.append(name)
            return f'define void @"{name}"'

        text = re.sub(r'define internal void @"?(gv_k\w+)"?(?=\()', sub, text)
        # the GEMM helpers get their own symbols (else their samples land on a gv_k kernel)
        for m in re.finditer(r'define internal void @"(gv_(?:gemm|dot)_\w+\.\w+)"', text):
            _names.append(m.group(1))
        text = re.sub(r'define internal void @"(gv_(?:gemm|dot)_\w+\.\w+)"',
                      r'define void @"\1"', text)
        text = re.sub(r'call void @"?(gv_k\w+)"?\(', lambda m: f'call void @"{m.group(1)}__{tag}"(',
                      text)
        return re.sub(r'^(define void @"gv_k\w+__\w+"\(.*\))', r"\1 noinline", text,
                      flags=re.M)

    cls.emit = emit


def _perf_map():
    from gvcompile.llvm.target import _engine  # one JIT engine per (cpu, features)

    addrs = []
    for n in set(_names):
        found = [a for a in (e.get_function_address(n) for e in _engine.values()) if a]
        if found:
            addrs.append((found[0], n))
    addrs.sort()
    if not addrs:
        raise SystemExit("profile: no generated kernel was found in the JIT engines")
    with open(f"/tmp/perf-{os.getpid()}.map", "w") as f:
        for (a, n), (b, _) in zip(addrs, addrs[1:] + [(addrs[-1][0] + 65536, "")]):
            f.write(f"{a:x} {b - a:x} {n}\n")


def main(which: str, steps: int) -> None:
    if os.environ.get("GV_PERF_CHILD") is None:
        out = "/tmp/gv_perf.data"
        env = dict(os.environ, GV_PERF_CHILD="1", GV_CACHE_DIR="0")
        subprocess.run(["perf", "record", "-q", "-o", out, sys.executable, __file__, which,
                        str(steps)], env=env, check=True)
        rep = subprocess.run(["perf", "report", "-i", out, "--no-children", "--stdio",
                              "--sort", "sym", "-g", "none"], capture_output=True, text=True)
        lines = [ln for ln in rep.stdout.splitlines() if "%" in ln and not ln.startswith("#")]
        print("\n".join(lines[:40]))
        return
    _patch()
    import gvcompile
    from gvcompile.bench import cpu as bench
    from gvcompile.optimization import SGD, logitcrossentropy_loss, mse_loss

    rng = np.random.default_rng(0)
    if which == "mlp":
        x = rng.standard_normal((32, 1000), dtype=np.float32)
        t = rng.standard_normal((32, 125), dtype=np.float32)
        model, loss = bench._mlp(), mse_loss
    else:
        x = rng.standard_normal((64, 1, 28, 28), dtype=np.float32)
        t = np.eye(10, dtype=np.float32)[rng.integers(0, 10, 64)]
        model, loss = bench._lenet(), logitcrossentropy_loss
    step = gvcompile.compile_train_step(model, loss, SGD(model, 1e-3), x, t, target="cpu")
    _perf_map()
    step(x, t)
    t0 = time.perf_counter()
    for _ in range(steps):
        step(x, t)
    print(f"{which}: {(time.perf_counter() - t0) / steps * 1e3:.3f} ms per step", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
