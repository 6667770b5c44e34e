"""``python -m gvcompile bench --peers``: inference (forward) rows against every peer installed,
at 1 and 2 threads, in one run: PyTorch eager, ``torch.compile`` (Inductor) and ONNX Runtime.

ONNX Runtime runs our own model written by ``gvcompile.to_onnx`` (the same weights: its output
is checked against ours before timing); the PyTorch rows run twin models (same architecture,
their own weights: a benchmark compares time). Each thread count runs in a fresh process with
``GV_NUM_THREADS`` set (the generated code's pool is sized at start); PyTorch and ONNX Runtime
are given the same count. Systems alternate within every round; medians over rounds. The
compile time of ``torch.compile`` is not counted (it is excluded with ``--no-torch-compile``).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile

import numpy as np

from .timing import best_ms
from .timing import torch_or_none as _torch

SYSTEMS = ("gvcompile", "torch", "torch.compile", "onnxruntime")


def _mlp_row(batch=32):
    from .cpu import _mlp, _torch_mlp

    x = np.random.default_rng(0).standard_normal((batch, 1000), dtype=np.float32)
    flops = 2.0 * batch * (1000 * 500 + 500 * 250 + 250 * 125)
    return f"MLP 1000-500-250-125 b{batch}", _mlp(), _torch_mlp, x, flops


def _lenet_row(batch=64):
    from .cpu import _lenet, _torch_lenet

    x = np.random.default_rng(0).standard_normal((batch, 1, 28, 28), dtype=np.float32)
    flops = 2.0 * batch * (6 * 24 * 24 * 25 + 16 * 8 * 8 * 150 + 256 * 120 + 120 * 84 + 84 * 10)
    return f"LeNet-5 b{batch}", _lenet(), _torch_lenet, x, flops


def _conv_row(batch=8):
    from ..layers import Conv, SequentialContainer

    x = np.random.default_rng(0).standard_normal((batch, 64, 56, 56), dtype=np.float32)
    model = SequentialContainer([Conv(64, 64, 3, padding=1, use_bias=False)])

    def twin(torch):
        return torch.nn.Conv2d(64, 64, 3, padding=1, bias=False)

    return f"conv 3x3 64->64 56x56 b{batch}", model, twin, x, 2.0 * batch * 64 * 56 * 56 * 64 * 9


def _resnet_row(batch=64):
    from .conv import RESNET20_FLOPS
    from .models import resnet20, torch_resnet20

    x = np.random.default_rng(0).standard_normal((batch, 3, 32, 32), dtype=np.float32)
    return f"ResNet-20 b{batch}", resnet20(), torch_resnet20, x, RESNET20_FLOPS * batch


def _lstm_row(f=64, h=128, t=50, batch=32):
    from .models import recurrent, torch_recurrent

    x = np.random.default_rng(0).standard_normal((t, batch, f), dtype=np.float32)

    def twin(torch):
        return torch_recurrent(torch, "LSTM", f, h)[1]

    return (f"LSTM {f}->{h} T{t} b{batch}", recurrent("LSTM", f, h), twin, x,
            2.0 * t * batch * 4 * h * (f + h))


ROWS = (_mlp_row, _lenet_row, _conv_row, _resnet_row, _lstm_row)


def _onnx_session(model, x, threads):
    """(callable, None) or (None, why): ONNX Runtime on our model written as ONNX."""
    try:
        import onnxruntime as ort

        import gvcompile
    except ImportError as e:
        return None, f"not installed ({e.name})"
    try:
        with tempfile.TemporaryDirectory() as d:
            path = gvcompile.to_onnx(model, x, path=os.path.join(d, "m.onnx"))
            opts = ort.SessionOptions()
            opts.intra_op_num_threads, opts.inter_op_num_threads = threads, 1
            sess = ort.InferenceSession(path, opts, providers=["CPUExecutionProvider"])
    except Exception as e:  # noqa: BLE001  (a model to_onnx refuses: the row says why)
        return None, f"{type(e).__name__}: {str(e)[:80]}"
    name = sess.get_inputs()[0].name
    return (lambda: sess.run(None, {name: x})[0]), None


def _torch_fns(twin, x, compiled: bool):
    """{system: callable or reason} for PyTorch eager and torch.compile."""
    torch = _torch()
    if torch is None:
        return {"torch": "not installed", "torch.compile": "not installed"}
    net = twin(torch).eval()
    tx = torch.from_numpy(x)

    def run(m):
        def call():
            with torch.no_grad():
                return m(tx)
        return call

    out = {"torch": run(net), "torch.compile": "skipped (--no-torch-compile)"}
    if compiled:
        try:
            fn = run(torch.compile(net))
            fn()  # compiles here, outside the timing
            out["torch.compile"] = fn
        except Exception as e:  # noqa: BLE001  (no compiler, unsupported: the row says why)
            out["torch.compile"] = f"{type(e).__name__}: {str(e)[:80]}"
    return out


def measure(row, threads: int, rounds: int, compiled: bool) -> dict:
    """{'name', 'flops', system: median ms, or why that system has no time}."""
    import gvcompile

    from ..layers import testmode

    gvcompile.manual_seed(0)
    name, model, twin, x, flops = row()
    testmode(model)
    cm = gvcompile.compile(model, x, target="cpu")
    ours = cm(x)
    fns = {"gvcompile": lambda: cm(x)}
    ort_fn, why = _onnx_session(model, x, threads)
    if ort_fn is not None:
        got = ort_fn()
        err = float(np.max(np.abs(got - ours))) / max(float(np.max(np.abs(ours))), 1e-30)
        fns["onnxruntime"] = ort_fn if err < 1e-3 else f"output differs from ours ({err:.2g})"
    else:
        fns["onnxruntime"] = why
    fns.update(_torch_fns(twin, x, compiled))
    times = {s: [] for s, f in fns.items() if callable(f)}
    for _ in range(rounds):  # the systems alternate within each round
        for s in times:
            times[s].append(best_ms(fns[s], 5, 2))
    out = {"name": name, "flops": flops}
    for s in SYSTEMS:
        out[s] = statistics.median(times[s]) if s in times else fns.get(s, "n/a")
    return out


def _line(r, peak) -> str:
    ours = r["gvcompile"]
    gf = r["flops"] / ours / 1e6
    parts = [f"{r['name']:<28} gvcompile {ours:8.3f} ms {gf:6.1f} GFLOP/s "
             f"{100 * gf / peak:4.0f}% of peak"]
    for s in SYSTEMS[1:]:
        v = r[s]
        parts.append(f"{s} {v:8.3f} ms (x{v / ours:.2f})" if isinstance(v, float)
                     else f"{s}: {v}")
    return "  ".join(parts)


def worker(threads: int, rounds: int, compiled: bool) -> int:
    from ..llvm.runtime import num_threads
    from .cpu import fma_peak_gflops

    if num_threads() != threads:
        raise RuntimeError(f"bench --peers worker: GV_NUM_THREADS gives {num_threads()} "
                           f"threads, expected {threads}")
    peak = fma_peak_gflops() * threads
    print(f"-- {threads} thread(s), FMA peak {peak:.0f} GFLOP/s, medians of {rounds} rounds; "
          "ratios > 1: gvcompile is faster", flush=True)
    for row in ROWS:
        print(_line(measure(row, threads, rounds, compiled), peak), flush=True)
    return 0


USAGE = "usage: python -m gvcompile bench --peers [--threads 1,2] [--rounds R] [--no-torch-compile]"


def _parse(args):
    threads, rounds, compiled, is_worker = [1, 2], 5, True, False
    while args:
        a = args.pop(0)
        if a in ("--threads", "--rounds") and args:
            v = args.pop(0)
            try:
                nums = [int(t) for t in v.split(",")] if a == "--threads" else [int(v)]
            except ValueError:
                nums = [0]
            if min(nums) < 1:
                raise ValueError(f"{a} needs positive integers, got {v!r}")
            if a == "--threads":
                threads = nums
            else:
                rounds = nums[0]
        elif a == "--no-torch-compile":
            compiled = False
        elif a == "--worker":
            is_worker = True
        else:
            raise ValueError(f"unknown argument {a!r}")
    return threads, rounds, compiled, is_worker


def main(argv=None) -> int:
    """``--threads 1,2 --rounds R [--no-torch-compile]``: one fresh process per thread count."""
    try:
        threads, rounds, compiled, is_worker = _parse(list(argv or []))
    except ValueError as e:
        print(f"python -m gvcompile: bench --peers: {e}\n{USAGE}", file=sys.stderr)
        return 2
    if is_worker:
        return worker(threads[0], rounds, compiled)
    from ..llvm.target import host_description

    print(f"gvcompile bench --peers: host {host_description()}; forward (inference) rows",
          flush=True)
    rc = 0
    for t in threads:
        env = dict(os.environ, GV_NUM_THREADS=str(t))
        cmd = [sys.executable, "-m", "gvcompile.bench.peers", "--worker", "--threads", str(t),
               "--rounds", str(rounds)] + ([] if compiled else ["--no-torch-compile"])
        rc |= subprocess.call(cmd, env=env)
    return rc


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
