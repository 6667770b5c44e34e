"""Compile time (issue 16): cold and cached compile seconds of the benchmark programs, each in a
fresh process, and where the time goes.

    python -m gvcompile.bench.compile_time [rows...] [--rounds R] [--whole] [--workers N]
                                           [--eager-backward]
Rows: mlp lenet lenet_fwd lstm resnet_fwd resnet_step (default: all). For every row a temporary,
empty GV_CACHE_DIR is made; the first child process compiles cold (empty cache), the second one
compiles the same program again with the cache it left (cached). A child times only the compile
call (the imports, ~0.5 s, are not compile time) and splits it into: trace+passes, plan (the
kernel plan, or its entry read from the cache: llvm/plancache.py), key (the cache key), emit
(LLVM IR text), optimise (the tiered LLVM pipelines), codegen (machine code), load (MCJIT
linking), and gives the process's CPU seconds too (steadier than wall time on a shared
machine). The cold line also says how many of the units were helper families (GEMM, dot,
recurrent cells: a few variants per ISA, dtype and blocking, which one cache directory holds
once for every program) and the seconds they took to optimise and compile. With --rounds
R > 1 the figures are medians of R rounds. Three figures per row: "cold" (an empty
GV_CACHE_DIR, the helper families already in the machine store, llvm/machinecache.py, as after
``python -m gvcompile warmup``), "cached" and "from nothing" (the machine store empty too);
each row gets its own temporary machine store. --whole
also measures each row compiled as one module per program without kernel de-duplication
(GV_SPLIT=0, emit.DEDUP_LOOP_KERNELS off: the compiler before issue 16), in the same run.
Children run with GV_NUM_THREADS=1 and taskset -c 1 where the host has it; --workers N > 1
lets them compile units in N processes (GV_COMPILE_WORKERS), unpinned. The forward rows time
``compile(model, x)`` (a forward-only program); --eager-backward builds them with their
backward as before (compiled.model.LAZY_BACKWARD off), for comparison.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

ROWS = {
    "mlp": "MLP 1000-500-250-125 train step b32",
    "lenet": "LeNet-5 train step b64",
    "lenet_fwd": "LeNet-5 forward b64",
    "lstm": "LSTM 64->128 T50 b32 forward+backward",
    "resnet_fwd": "ResNet-20 forward testmode b64",
    "resnet_step": "ResNet-20 train step MSGD b64",
}
PHASES = ("trace+passes", "plan", "key", "emit", "split", "optimise", "codegen", "load")


def _mlp_step():
    import gvcompile
    from gvcompile.optimization import SGD, mse_loss

    from .cpu import _mlp

    rng = np.random.default_rng(0)
    x = rng.standard_normal((32, 1000), dtype=np.float32)
    t = rng.standard_normal((32, 125), dtype=np.float32)
    model = _mlp()
    return lambda: gvcompile.compile_train_step(model, mse_loss, SGD(model, 1e-3), x, t,
                                                target="cpu")


def _lenet_step():
    import gvcompile
    from gvcompile.optimization import SGD, logitcrossentropy_loss

    from .cpu import _lenet

    rng = np.random.default_rng(0)
    x = rng.standard_normal((64, 1, 28, 28), dtype=np.float32)
    t = np.eye(10, dtype=np.float32)[rng.integers(0, 10, 64)]
    model = _lenet()
    return lambda: gvcompile.compile_train_step(model, logitcrossentropy_loss,
                                                SGD(model, 1e-3), x, t, target="cpu")


def _lenet_fwd():
    import gvcompile

    from .cpu import _lenet

    x = np.random.default_rng(0).standard_normal((64, 1, 28, 28), dtype=np.float32)
    model = _lenet()
    return lambda: gvcompile.compile(model, x, target="cpu")


def _lstm():
    import gvcompile

    from .models import recurrent

    x = np.random.default_rng(0).standard_normal((50, 32, 64), dtype=np.float32)
    model = recurrent("LSTM", 64, 128)

    def build():  # the program with its backward, as the first backward builds it
        cm = gvcompile.compile(model, target="cpu")
        cm.program_for(cm._convert_inputs([x]), full=True)

    return build


def _resnet_fwd():
    import gvcompile
    from gvcompile.layers import testmode

    from .models import resnet20

    x = np.random.default_rng(0).standard_normal((64, 3, 32, 32), dtype=np.float32)
    model = resnet20()
    testmode(model)
    return lambda: gvcompile.compile(model, x, target="cpu")


def _resnet_step():
    import gvcompile
    from gvcompile.optimization import MSGD, logitcrossentropy_loss

    from .models import resnet20

    rng = np.random.default_rng(0)
    x = rng.standard_normal((64, 3, 32, 32), dtype=np.float32)
    t = np.eye(10, dtype=np.float32)[rng.integers(0, 10, 64)]
    model = resnet20()
    return lambda: gvcompile.compile_train_step(model, logitcrossentropy_loss,
                                                MSGD(model, 0.01), x, t, target="cpu")


BUILDERS = {"mlp": _mlp_step, "lenet": _lenet_step, "lenet_fwd": _lenet_fwd, "lstm": _lstm,
            "resnet_fwd": _resnet_fwd, "resnet_step": _resnet_step}


def child(row: str) -> dict:
    """Compile one row in this process; returns seconds per phase and cache counters."""
    import gvcompile
    from gvcompile.llvm import backend
    from gvcompile.llvm import compile as comp

    if os.environ.get("GV_SPLIT") == "0":  # --whole: the compiler before issue 16
        from gvcompile.llvm import emit

        emit.DEDUP_LOOP_KERNELS = False
    if os.environ.get("GV_BENCH_EAGER_BACKWARD") == "1":  # --eager-backward
        from gvcompile.compiled import model

        model.LAZY_BACKWARD = False
    gvcompile.manual_seed(0)
    build = BUILDERS[row]()
    plan_s = [0.0]
    orig = backend.cached_plan

    def timed_plan(*args):
        t = time.perf_counter()
        try:
            return orig(*args)
        finally:
            plan_s[0] += time.perf_counter() - t

    backend.cached_plan = timed_plan
    from gvcompile.llvm.runtime import load_runtime

    load_runtime()  # the C runtime is built once per machine, not per program
    from gvcompile.targets import get_backend

    get_backend("cpu")  # imports the code generator: imports are not compile time (without
    # byte-code caching, PYTHONDONTWRITEBYTECODE=1, they took ~0.05 s of a cached compile)
    t0, c0 = time.perf_counter(), time.process_time()
    build()
    total, cpu = time.perf_counter() - t0, time.process_time() - c0
    st = comp.stats()
    llvm_s = sum(st.get(k, 0.0) for k in ("key", "emit", "split", "optimise", "codegen", "load"))
    out = {"total": total, "cpu": cpu, "plan": plan_s[0],
           "trace+passes": total - plan_s[0] - llvm_s}
    out.update(st)
    return out


WORKERS = [1]  # --workers N: compile processes per child (1: pinned to one core)
EAGER_BACKWARD = ["0"]  # --eager-backward: "1"


def _run_child(row: str, cache: str, whole: bool = False, machine: str = "0") -> dict:
    env = dict(os.environ, GV_CACHE_DIR=cache, GV_MACHINE_CACHE=machine, GV_NUM_THREADS="1",
               GV_SPLIT="0" if whole else "1",
               GV_COMPILE_WORKERS=str(WORKERS[0]),
               GV_BENCH_EAGER_BACKWARD=EAGER_BACKWARD[0])
    env.pop("GV_DEBUG", None)
    cmd = [sys.executable, "-m", "gvcompile.bench.compile_time", "--child", row]
    if shutil.which("taskset") and WORKERS[0] == 1:
        cmd = ["taskset", "-c", "1"] + cmd
    r = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"compile_time child {row} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def measure(row: str, rounds: int = 1, whole: bool = False) -> tuple[dict, dict, dict]:
    """(cold, cached, cold from nothing) figures of one row: medians over ``rounds`` fresh
    temporary cache directories and machine stores (llvm/machinecache.py). Per round: "from
    nothing" compiles with both empty (and fills both); "cached" is a new process with what it
    left; "cold" a new process with an empty GV_CACHE_DIR and the machine store it left (the
    helper families built, as after ``python -m gvcompile warmup``). ``whole``: each program
    compiled as one module (GV_SPLIT=0, the compiler before issue 16: no machine store)."""
    colds, cacheds, nothings = [], [], []
    for _ in range(rounds):
        cache, cache2 = tempfile.mkdtemp(prefix="gv_ct_"), tempfile.mkdtemp(prefix="gv_ct_")
        machine = "0" if whole else tempfile.mkdtemp(prefix="gv_ct_machine_")
        try:
            nothings.append(_run_child(row, cache, whole, machine))
            cacheds.append(_run_child(row, cache, whole, machine))
            colds.append(_run_child(row, cache2, whole, machine))
        finally:
            for d in (cache, cache2) + (() if whole else (machine,)):
                shutil.rmtree(d, ignore_errors=True)
    return _median(colds), _median(cacheds), _median(nothings)


def _median(runs: list[dict]) -> dict:
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def _fmt(name: str, cold: dict, cached: dict, nothing: dict) -> str:
    parts = " ".join(f"{p} {cold[p]:.2f}" for p in PHASES)
    hits = (f"units {int(cold['unit_units'])} compiled {int(cold['unit_compiled'])} in "
            f"{int(cold.get('unit_modules', 0))} modules, "
            f"{int(cold.get('unit_machine', 0))} helper families from the machine store")
    built = (f"from nothing {nothing['total']:6.2f} s (cpu {nothing['cpu']:5.2f}, "
             f"{int(nothing.get('lib_units', 0))} helper families built in "
             f"{nothing.get('lib_s', 0.0):.2f} s)")
    return (f"{name:42s} cold {cold['total']:6.2f} s (cpu {cold['cpu']:5.2f})  cached "
            f"{cached['total']:6.3f} s (cpu {cached['cpu']:5.3f}, plan {cached['plan']:5.3f})"
            f"  {built}  | cold: {parts}  {hits}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        print(json.dumps(child(argv[1])))
        return 0
    rounds, whole = 1, "--whole" in argv
    EAGER_BACKWARD[0] = "1" if "--eager-backward" in argv else "0"
    argv = [a for a in argv if a not in ("--whole", "--eager-backward")]
    if "--workers" in argv:
        i = argv.index("--workers")
        WORKERS[0] = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    if "--rounds" in argv:
        i = argv.index("--rounds")
        rounds = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    rows = argv or list(ROWS)
    unknown = [r for r in rows if r not in ROWS]
    if unknown:
        print(f"unknown rows {unknown}; choose from {list(ROWS)}", file=sys.stderr)
        return 2
    from gvcompile.llvm.target import host_description

    print(f"compile time, fresh process per figure, {WORKERS[0]} compile process(es), "
          f"host {host_description()}; seconds, medians of {rounds}. cold: empty "
          f"GV_CACHE_DIR, this machine's helper families built (python -m gvcompile warmup); "
          f"from nothing: no helper families either", flush=True)
    for row in rows:
        if whole:  # the same run, alternating: the split compiler against the whole-module one
            print(_fmt(ROWS[row] + " (whole)", *measure(row, rounds, whole=True)), flush=True)
        print(_fmt(ROWS[row], *measure(row, rounds)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
