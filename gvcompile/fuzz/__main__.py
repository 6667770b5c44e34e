"""python -m gvcompile.fuzz --n N --seed S --targets cpu,cuda [--start I] [--shrink SECONDS]
[--out DIR]: run a campaign, print one line per failure and a summary; reproducers go to DIR
(default: printed). Exit status 1 when anything failed."""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from .campaign import FAILURES, campaign


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m gvcompile.fuzz", description=__doc__)
    ap.add_argument("--n", type=int, default=100, help="number of models")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--start", type=int, default=0, help="index of the first model")
    ap.add_argument("--targets", default="cpu,cuda", help="comma-separated: cpu, cuda")
    ap.add_argument("--shrink", type=float, default=60.0, help="seconds to shrink a failure")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per model")
    ap.add_argument("--out", type=Path, default=None, help="directory for reproducers")
    ap.add_argument("--quiet", action="store_true", help="no progress line per model")
    a = ap.parse_args(argv)
    targets = tuple(t.strip() for t in a.targets.split(",") if t.strip())

    def log(i, outcomes):
        bad = [f"{t}/{p}: {r['status']}" for t, ph in outcomes.items() for p, r in ph.items()
               if r["status"] not in ("ok", "noref")]
        if bad or not a.quiet:
            print(f"[{i}] " + ("; ".join(bad) if bad else "ok"), flush=True)
        for t, ph in outcomes.items():
            for p, r in ph.items():
                if r["status"] in FAILURES:
                    _emit(a.out, a.seed, i, p, t, r)
                elif r["status"] in ("refused", "degenerate"):
                    print(f"  {r['status']}: {r['detail']}")

    signal.signal(signal.SIGTERM, signal.default_int_handler)  # kill PID: stop, summarise
    rep = campaign(a.seed, a.n, targets, a.start, shrink_s=a.shrink, timeout_s=a.timeout,
                   log=log)
    print(rep.summary())
    return 1 if rep.failures else 0


def _emit(out: Path | None, seed, i, phase, target, r):
    print(f"  {r['status']}: {r['detail']}")
    if out is None:
        print(r["repro"])
        return
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"repro_s{seed}_m{i}_{phase}_{target}.py"
    path.write_text(r["repro"])
    print(f"  reproducer: {path}")


if __name__ == "__main__":
    sys.exit(main())
