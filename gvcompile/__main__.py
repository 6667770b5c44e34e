"""``python -m gvcompile bench [rounds]`` (CPU), ``python -m gvcompile bench --target cuda
[rounds]`` (a real GPU), ``bench --compile`` (compile times) and ``python -m gvcompile warmup``
(this machine's helper families, built ahead of time)."""

from __future__ import annotations

import sys

USAGE = ("usage: python -m gvcompile bench [--target cpu|cuda] [--threads 1,2] [rounds]\n"
         "       python -m gvcompile bench --peers [--threads 1,2] [--rounds R] "
         "[--no-torch-compile]\n"
         "       python -m gvcompile bench --profile [MODEL] [steps]\n"
         "       python -m gvcompile bench --compile [ROWS] [--rounds R]\n"
         "       python -m gvcompile warmup [--clean]")
HELP = f"""{USAGE}

Times gvcompile's generated code against NumPy (and PyTorch when installed) in one run and
prints milliseconds, GFLOP/s and ratios (> 1: gvcompile is faster). It never asserts timings.

  --target cpu|cuda   the backend to measure (default cpu; cuda needs a real GPU)
  --threads 1,2       CPU rows at each of these thread counts, each in a fresh process
                      (GV_NUM_THREADS; PyTorch set to the same count); default: the pool's
  rounds              how many times each row is measured; the median is printed (default 3)
  --peers             forward (inference) rows against PyTorch eager, torch.compile and ONNX
                      Runtime (each where installed), at 1 and 2 threads (gvcompile/bench/peers.py)
  --profile [MODEL] [steps]   per-kernel table of one model's step (GV_PROFILE; MODEL: mlp,
                      lenet, resnet20 (default), lstm, lstm-forward, conv; steps default 10)
  --compile [ROWS] [--rounds R]   cold, cached and from-nothing compile seconds of the
                      benchmark programs, each in a fresh process (gvcompile/bench/compile_time.py)
  -h, --help          this text

python -m gvcompile warmup [--clean] builds this machine's GEMM, dot and recurrent helper
families into the machine store (GV_MACHINE_CACHE, default ~/.cache/gvcompile-kernels), so that
a first compile with an empty GV_CACHE_DIR compiles only the model's own kernels; --clean first
removes entries of other LLVM or gvcompile versions.
"""


class UsageError(Exception):
    """A bad command line: the message says what, the usage line follows it."""


def _threads(text: str) -> list[int]:
    try:
        ts = [int(t) for t in text.split(",")]
    except ValueError:
        ts = []
    if not ts or min(ts) < 1:
        raise UsageError(f"--threads needs positive integers separated by commas, got {text!r}")
    return ts


def parse(argv: list[str]) -> tuple | None:
    """``bench`` arguments -> (target, rounds, thread counts or None), ("peers" | "profile",
    their arguments); None for --help."""
    if argv[:1] == ["warmup"]:
        return "warmup", argv[1:]
    if not argv or argv[0] != "bench":
        raise UsageError("the commands are 'bench' and 'warmup'" if argv else
                         "no command given")
    if "--compile" in argv[1:] and not {"-h", "--help"} & set(argv[1:]):
        return "compile", [a for a in argv[1:] if a != "--compile"]
    if "--peers" in argv[1:] and not {"-h", "--help"} & set(argv[1:]):
        return "peers", [a for a in argv[1:] if a != "--peers"]
    if "--profile" in argv[1:] and not {"-h", "--help"} & set(argv[1:]):
        return "profile", [a for a in argv[1:] if a != "--profile"]
    args, target, rounds, threads = argv[1:], "cpu", None, None
    while args:
        a = args.pop(0)
        if a in ("-h", "--help"):
            return None
        if a == "--target":
            if not args or args[0] not in ("cpu", "cuda", "gpu"):
                raise UsageError(f"--target needs cpu or cuda, got "
                                 f"{args[0] if args else 'nothing'!r}")
            target = args.pop(0)
        elif a == "--threads":
            threads = _threads(args.pop(0) if args else "")
        elif a.startswith("-") and not a.lstrip("-").isdigit():
            raise UsageError(f"unknown option {a!r}")
        elif rounds is not None:
            raise UsageError(f"one rounds count expected, got {rounds} and {a!r}")
        else:
            try:
                rounds = int(a)
            except ValueError:
                raise UsageError(f"rounds must be a positive integer, got {a!r}") from None
            if rounds < 1:
                raise UsageError(f"rounds must be a positive integer, got {a!r}")
    if threads and target != "cpu":
        raise UsageError("--threads is for the CPU rows")
    return target, 3 if rounds is None else rounds, threads


def main(argv: list[str]) -> int:
    try:
        parsed = parse(argv)
    except UsageError as e:
        print(f"python -m gvcompile: {e}\n{USAGE}", file=sys.stderr)
        return 2
    if parsed is None:
        print(HELP)
        return 0
    target, rounds = parsed[0], parsed[1]
    if target == "warmup":
        from .bench.warmup import main as warmup

        return warmup(rounds)
    if target == "compile":
        from .bench.compile_time import main as bench_compile

        return bench_compile(rounds)
    if target == "peers":
        from .bench.peers import main as bench_peers

        return bench_peers(rounds)
    if target == "profile":
        from .bench.kernel_profile import main as bench_profile

        return bench_profile(rounds)
    if target in ("cuda", "gpu"):
        from .bench.cuda import main as bench_cuda

        return bench_cuda([str(rounds)])
    if parsed[2]:
        return _per_thread_count(parsed[2], rounds)
    from .bench.cpu import main as bench

    return bench([str(rounds)])


def _per_thread_count(threads: list[int], rounds: int) -> int:
    """The CPU rows once per thread count, each in a fresh process (the pool's size is fixed
    when it starts)."""
    import os
    import subprocess

    status = 0
    for t in threads:
        print(f"== {t} thread{'s' if t > 1 else ''} (GV_NUM_THREADS={t}) ==", flush=True)
        env = dict(os.environ, GV_NUM_THREADS=str(t))
        r = subprocess.run([sys.executable, "-m", "gvcompile", "bench", str(rounds)], env=env)
        status = status or r.returncode
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
