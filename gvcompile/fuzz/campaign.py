"""A campaign: many specs checked in a worker process, so a crash (a signal in generated code)
or a hang costs one model, not the run. The worker reports each (phase, target) before and
after it runs; when it dies, the one in progress is the crash."""

from __future__ import annotations

import multiprocessing as mp
import signal
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .check import check_target, describe, reference
from .models import generate
from .render import reproducer
from .shrink import shrink

TARGET_OPTS = {"cpu": {}, "cuda": {"emulate": True}, "interp": {}}
FAILURES = ("crash", "internal", "mismatch", "harness")
RANK = {"ok": 0, "noref": 1, "degenerate": 1, "refused": 2, "mismatch": 3, "harness": 4,
        "internal": 5, "crash": 6}


def _worker(conn, features, shrink_s):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the campaign, not a model
    while True:
        job = conn.recv()
        if job is None:
            return
        try:
            _job(conn, *job, features, shrink_s)
        except Exception as e:  # noqa: BLE001  (a fuzzer bug: reported, the run goes on)
            conn.send(("result", "harness", "interp", {"status": "harness", "repro": "",
                                                      "detail": describe(e)}))
        conn.send(("done",))


def _job(conn, seed, index, targets, features, shrink_s):
    spec = generate(seed, index, features)
    for phase in ("forward", "train") if spec["train"] else ("forward",):
        base, bad = reference(spec, phase)
        if bad is not None:
            conn.send(("result", phase, "interp", _finish(bad, spec, phase, "interp", shrink_s)))
            for t in targets:  # nothing to compare with
                conn.send(("result", phase, t, {"status": "noref", "detail": bad["detail"]}))
            continue
        conn.send(("result", phase, "interp", {"status": "ok"}))
        for t in targets:
            conn.send(("start", phase, t))
            res = check_target(base[0], spec, phase, t, TARGET_OPTS[t], base[1], base[2])
            conn.send(("result", phase, t, _finish(res, spec, phase, t, shrink_s)))


def _finish(res, spec, phase, target, shrink_s):
    if res["status"] in FAILURES and res["status"] != "crash":
        small = shrink(spec, phase, target, TARGET_OPTS[target], res["status"], shrink_s) \
            if shrink_s > 0 else spec
        res["repro"] = reproducer(small, phase, target, TARGET_OPTS[target], res["detail"])
    return res


@dataclass
class Report:
    """Outcomes per target: ``models[target][status]`` counts models by their worst phase
    ("noref": the interpreter itself failed, so nothing was compared);
    ``failures`` holds (seed, index, phase, target, outcome) of every failure."""

    models: dict = field(default_factory=lambda: defaultdict(Counter))
    failures: list = field(default_factory=list)
    worst_ratio: dict = field(default_factory=dict)
    seconds: float = 0.0

    def add(self, seed, index, outcomes: dict):
        for target, per_phase in outcomes.items():
            worst = max(per_phase.values(), key=lambda r: RANK[r["status"]])
            self.models[target][worst["status"]] += 1
            self.models[target]["run"] += 1
            for phase, r in per_phase.items():
                if r["status"] in FAILURES:
                    self.failures.append((seed, index, phase, target, r))
                if r["status"] == "ok" and r.get("ratio", 0) > self.worst_ratio.get(target, 0):
                    self.worst_ratio[target] = r["ratio"]

    def summary(self) -> str:
        lines = [f"fuzz: {self.seconds:.0f} s"]
        for t, c in sorted(self.models.items()):
            lines.append(f"  {t:6s} models {c['run']:5d}  ok {c['ok']:5d}  mismatch "
                         f"{c['mismatch']:3d}  crash {c['crash']:3d}  internal {c['internal']:3d}"
                         f"  refused {c['refused']:3d}  degenerate {c['degenerate']:3d}  harness "
                         f"{c['harness']:3d}  no reference {c['noref']:3d}  worst ok err/tol "
                         f"{self.worst_ratio.get(t, 0.0):.2g}")
        return "\n".join(lines)


class Runner:
    def __init__(self, features=None, shrink_s=60.0, timeout_s=600.0):
        self.features, self.shrink_s, self.timeout_s = features, shrink_s, timeout_s
        self.ctx = mp.get_context("fork")
        self.proc = None

    def _start(self):
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_worker, args=(child, self.features, self.shrink_s),
                                     daemon=True)
        self.proc.start()
        child.close()

    def close(self):
        if self.proc is not None and self.proc.is_alive():
            self.proc.kill()  # it may be busy with a model
            self.proc.join(5)
        self.proc = None

    def run_one(self, seed, index, targets) -> dict:
        """{target: {phase: outcome}} for one spec; "interp" holds the reference's outcome."""
        if self.proc is None or not self.proc.is_alive():
            self._start()
        self.conn.send((seed, index, list(targets)))
        out: dict = defaultdict(dict)
        current, t_end = None, time.monotonic() + self.timeout_s
        while True:
            if not self.conn.poll(max(0.0, t_end - time.monotonic())):
                self.proc.kill()
                return self._crash(out, current, seed, index, "timeout")
            try:
                msg = self.conn.recv()
            except EOFError:
                self.proc.join(5)
                return self._crash(out, current, seed, index,
                                   f"worker died, exit code {self.proc.exitcode}")
            if msg[0] == "done":
                return dict(out)
            if msg[0] == "start":
                current = msg[1:]
            else:
                out[msg[2]][msg[1]] = msg[3]
                current = None

    def _crash(self, out, current, seed, index, why):
        self.proc = None
        if current is not None:
            phase, target = current
            spec = generate(seed, index, self.features)
            out[target][phase] = {"status": "crash", "detail": why,
                                  "repro": reproducer(spec, phase, target, TARGET_OPTS[target],
                                                      why)}
        return dict(out)


def campaign(seed: int, n: int, targets=("cpu",), start: int = 0, features=None,
             shrink_s: float = 60.0, timeout_s: float = 600.0, log=None) -> Report:
    """Check models ``start .. start + n - 1`` of ``seed`` on ``targets``; an interrupt
    (Ctrl-C) ends the campaign early with the report so far."""
    rep, runner, t0 = Report(), Runner(features, shrink_s, timeout_s), time.monotonic()
    try:
        for i in range(start, start + n):
            outcomes = runner.run_one(seed, i, targets)
            rep.add(seed, i, outcomes)
            if log is not None:
                log(i, outcomes)
    except KeyboardInterrupt:
        pass
    finally:
        runner.close()
        rep.seconds = time.monotonic() - t0
    return rep
