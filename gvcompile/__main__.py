"""``python -m gvcompile bench [rounds]`` (CPU) and ``python -m gvcompile bench --target cuda
[rounds]`` (a real GPU)."""

from __future__ import annotations

import sys

USAGE = "usage: python -m gvcompile bench [--target cpu|cuda] [rounds]"


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "bench":
        print(USAGE, file=sys.stderr)
        return 2
    args = argv[1:]
    target = "cpu"
    if args[:1] == ["--target"]:
        if len(args) < 2 or args[1] not in ("cpu", "cuda", "gpu"):
            print(USAGE, file=sys.stderr)
            return 2
        target, args = args[1], args[2:]
    if target in ("cuda", "gpu"):
        from .bench_cuda import main as bench_cuda

        return bench_cuda(args)
    from .bench import main as bench

    return bench(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
