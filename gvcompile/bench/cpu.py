"""``python -m gvcompile bench``: the CPU backend against NumPy (and PyTorch when importable),
measured in the same run. Prints milliseconds, GFLOP/s and ratios; never asserts timings.

Rows: matmul 1024^3 fp32; MLP 1000-500-250-125 training step (forward + backward) at batch 32;
LeNet training step at batch 32 (the batch of issue 14's target) and 64; then the recurrent rows
(rnn.py) and the convolution and ResNet-20 rows (conv.py), whose PyTorch rounds alternate with
ours.
"""

from __future__ import annotations

import time

import numpy as np

from .timing import best_ms
from .timing import torch_or_none as _torch


def fma_peak_gflops(iters: int = 1 << 22) -> float:
    """Measured single-core FP32 FMA peak: a generated loop of independent vector FMA chains
    (registers only) at the selected vector width, best of 5: 16 chains in the 32 zmm
    registers of AVX-512, 12 in the 16 ymm of AVX2 (12 accumulators and the 2 constants fit;
    16 spilled and measured half the peak), enough to cover 2 FMA pipes x 4 cycles latency."""
    import ctypes

    from llvmlite import ir

    from ..llvm.irutil import F32, I64, i64
    from ..llvm.target import WIDE_ATTRS, has_avx512, jit_add, optimise

    vw = 16 if has_avx512() else 8
    chains = 16 if vw == 16 else 12
    v = ir.VectorType(F32, vw)
    m = ir.Module(name="gv_fma_peak")
    fma = ir.Function(m, ir.FunctionType(v, [v] * 3), f"llvm.fma.v{vw}f32")
    fn = ir.Function(m, ir.FunctionType(F32, [I64]), "gv_fma_peak")
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    x = ir.Constant(v, [1.0000001] * vw)
    y = ir.Constant(v, [0.9999999] * vw)
    entry = b.block
    body = fn.append_basic_block("body")
    done = fn.append_basic_block("done")
    b.branch(body)
    b.position_at_end(body)  # do { independent FMA chains } while (++i < iters)
    i = b.phi(I64)
    accs = [b.phi(v) for _ in range(chains)]
    new = [b.call(fma, [x, a, y]) for a in accs]
    nxt = b.add(i, i64(1))
    i.add_incoming(i64(0), entry)
    i.add_incoming(nxt, body)
    for j, (a, nv) in enumerate(zip(accs, new, strict=True)):
        a.add_incoming(ir.Constant(v, [float(j)] * vw), entry)
        a.add_incoming(nv, body)
    b.cbranch(b.icmp_signed("<", nxt, fn.args[0]), body, done)
    b.position_at_end(done)
    out = new
    total = out[0]
    for a in out[1:]:
        total = b.fadd(total, a)
    b.ret(b.extract_element(total, ir.Constant(ir.IntType(32), 0)))
    text = str(m).replace('define float @"gv_fma_peak"(i64 %".1")',
                          'define float @"gv_fma_peak"(i64 %".1") ' +
                          (WIDE_ATTRS if vw == 16 else ""))
    eng = jit_add(optimise(text, "gv_fma_peak"))
    f = ctypes.CFUNCTYPE(ctypes.c_float, ctypes.c_int64)(eng.get_function_address("gv_fma_peak"))
    f(1000)
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        f(iters)
        best = min(best, time.perf_counter() - t)
    return 2.0 * chains * vw * iters / best / 1e9


def bench_matmul(n: int = 1024):
    from ..targets import get_backend
    from ..testing import op_graph

    rng = np.random.default_rng(0)
    a = rng.standard_normal((n, n), dtype=np.float32)
    b = rng.standard_normal((n, n), dtype=np.float32)
    exe = get_backend("cpu").build(op_graph("matmul", [a, b], {}))
    flops = 2.0 * n ** 3
    ours = best_ms(lambda: exe([a, b]), 5)
    ref = best_ms(lambda: a @ b, 5)
    row = {"name": f"matmul {n}^3 f32", "ms": ours, "gflops": flops / ours / 1e6,
           "numpy_ms": ref}
    torch = _torch()
    if torch is not None:
        ta, tb = torch.from_numpy(a), torch.from_numpy(b)
        row["torch_ms"] = best_ms(lambda: ta @ tb, 5)
    return row


def _mlp():
    from ..layers import Fc, SequentialContainer

    return SequentialContainer([Fc(1000, 500, activation_function="relu"),
                                Fc(500, 250, activation_function="relu"), Fc(250, 125)])


def bench_mlp(batch: int = 32):
    import gvcompile

    rng = np.random.default_rng(0)
    x = rng.standard_normal((batch, 1000), dtype=np.float32)
    d = rng.standard_normal((batch, 125), dtype=np.float32)
    gvcompile.manual_seed(0)
    model = _mlp()
    cpu = gvcompile.compile(model, x, target="cpu")
    ref = gvcompile.compile(model, x, target="interp")

    def step(cm):
        cm(x)
        cm.backward(d)

    flops = 3 * 2.0 * batch * (1000 * 500 + 500 * 250 + 250 * 125)
    ours = best_ms(lambda: step(cpu), 20)
    row = {"name": f"MLP 1000-500-250-125 fwd+bwd b{batch}", "ms": ours,
           "gflops": flops / ours / 1e6, "numpy_ms": best_ms(lambda: step(ref), 10)}
    torch = _torch()
    if torch is not None:
        net = torch.nn.Sequential(torch.nn.Linear(1000, 500), torch.nn.ReLU(),
                                  torch.nn.Linear(500, 250), torch.nn.ReLU(),
                                  torch.nn.Linear(250, 125))
        tx, td = torch.from_numpy(x), torch.from_numpy(d)

        def tstep():
            net.zero_grad()
            net(tx).backward(td)

        row["torch_ms"] = best_ms(tstep, 20)
    return row


def _lenet():
    from ..layers import AvgPool, Conv, Fc, Reshape, SequentialContainer

    return SequentialContainer([
        Conv(1, 6, (5, 5), activation_function="relu"), AvgPool((2, 2)),
        Conv(6, 16, (5, 5), activation_function="relu"), AvgPool((2, 2)), Reshape((256,)),
        Fc(256, 120, activation_function="relu"), Fc(120, 84, activation_function="relu"),
        Fc(84, 10)])


def _torch_lenet(torch):
    nn = torch.nn
    return nn.Sequential(nn.Conv2d(1, 6, 5), nn.ReLU(), nn.AvgPool2d(2), nn.Conv2d(6, 16, 5),
                         nn.ReLU(), nn.AvgPool2d(2), nn.Flatten(), nn.Linear(256, 120),
                         nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))


def _torch_mlp(torch):
    nn = torch.nn
    return nn.Sequential(nn.Linear(1000, 500), nn.ReLU(), nn.Linear(500, 250), nn.ReLU(),
                         nn.Linear(250, 125))


def _train_row(name, model, loss, x, t, flops, torch_model, torch_loss, reps):
    """One row: ``compile_train_step`` (forward, loss, backward, SGD in one generated
    function) against PyTorch eager (forward, loss, backward, ``optimizer.step()``)."""
    import gvcompile

    from ..optimization import SGD
    from ..plan.build import UnsupportedOp

    try:
        step = gvcompile.compile_train_step(model, loss, SGD(model, 1e-3), x, t, target="cpu")
    except UnsupportedOp as e:
        return {"name": name, "missing": str(e)}
    ours = best_ms(lambda: step(x, t), reps)
    row = {"name": name, "ms": ours, "gflops": flops / ours / 1e6}
    torch = _torch()
    if torch is not None:
        net = torch_model(torch)
        opt = torch.optim.SGD(net.parameters(), lr=1e-3)
        tx, tt = torch.from_numpy(x), torch.from_numpy(t)

        def tstep():
            opt.zero_grad()
            torch_loss(torch, net(tx), tt).backward()
            opt.step()

        row["torch_ms"] = best_ms(tstep, reps)
    return row


def bench_mlp_step(batch: int = 32):
    import gvcompile

    from ..optimization import mse_loss

    rng = np.random.default_rng(0)
    x = rng.standard_normal((batch, 1000), dtype=np.float32)
    t = rng.standard_normal((batch, 125), dtype=np.float32)
    gvcompile.manual_seed(0)
    flops = 3 * 2.0 * batch * (1000 * 500 + 500 * 250 + 250 * 125)
    return _train_row(f"MLP 1000-500-250-125 train step b{batch}", _mlp(), mse_loss, x, t,
                      flops, _torch_mlp, lambda torch, y, t: torch.nn.functional.mse_loss(y, t),
                      20)


def bench_lenet_step(batch: int = 64):
    import gvcompile

    from ..optimization import logitcrossentropy_loss

    rng = np.random.default_rng(0)
    x = rng.standard_normal((batch, 1, 28, 28), dtype=np.float32)
    labels = rng.integers(0, 10, batch)
    t = np.eye(10, dtype=np.float32)[labels]
    gvcompile.manual_seed(0)
    conv = 2 * (24 * 24 * 6 * 25 + 8 * 8 * 16 * 150)
    fc = 2 * (256 * 120 + 120 * 84 + 84 * 10)
    flops = 3.0 * batch * (conv + fc)
    return _train_row(f"LeNet train step b{batch}", _lenet(), logitcrossentropy_loss, x, t,
                      flops, _torch_lenet,
                      lambda torch, y, t: torch.nn.functional.cross_entropy(y, t), 20)


def _fmt(row, peak=None) -> str:
    if "missing" in row:
        return f"{row['name']:<40} not available on cpu: {row['missing']}"
    parts = [f"{row['name']:<40} {row['ms']:9.3f} ms {row['gflops']:8.1f} GFLOP/s"]
    if peak:
        parts.append(f"{100 * row['gflops'] / peak:5.1f}% of peak")
    if "numpy_ms" in row:
        parts.append(f"numpy {row['numpy_ms']:8.3f} ms (x{row['numpy_ms'] / row['ms']:.2f})")
    if "torch_ms" in row:
        parts.append(f"torch {row['torch_ms']:8.3f} ms (x{row['torch_ms'] / row['ms']:.2f})")
    return "  ".join(parts)


def _median_row(rows):
    import statistics

    if "missing" in rows[0]:
        return rows[0]
    out = dict(rows[0])
    for key in ("ms", "numpy_ms", "torch_ms"):
        if key in out:
            out[key] = statistics.median(r[key] for r in rows)
    out["gflops"] = rows[0]["gflops"] * rows[0]["ms"] / out["ms"]
    return out


def main(argv=None) -> int:
    """``python -m gvcompile bench [rounds]``: every row ``rounds`` times (default 3; each a
    best-of-k timing, ours and the references interleaved), medians printed."""
    from ..llvm.runtime import num_threads
    from ..llvm.target import host_description

    rounds = int(argv[0]) if argv else 3
    if rounds < 1:  # zero rounds leave no median to print
        raise ValueError(f"gvcompile bench: rounds must be a positive integer, got {rounds}")
    nt = num_threads()
    core = fma_peak_gflops()
    peak = core * nt
    print(f"gvcompile bench: host {host_description()}, {nt} threads; measured FMA peak "
          f"{core:.0f} GFLOP/s per core ({peak:.0f} for {nt} threads); torch "
          f"{'available' if _torch() else 'not installed'}; medians of {rounds} rounds; "
          "ratios > 1 mean gvcompile is faster", flush=True)
    for fn in (bench_matmul, bench_mlp, bench_mlp_step, lambda: bench_lenet_step(32),
               bench_lenet_step):
        print(_fmt(_median_row([fn() for _ in range(rounds)]), peak), flush=True)
    from .rnn import rows as recurrent_rows  # RNN/LSTM/GRU forward, forward+backward

    for row in recurrent_rows(rounds):
        print(_fmt(row, peak), flush=True)
    from .conv import bench_conv_rows  # conv gradients and ResNet-20 (issue 14)

    for row in bench_conv_rows(max(rounds, 5)):
        print(_fmt(row, peak), flush=True)
    return 0
