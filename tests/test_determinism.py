"""Determinism of compiled code: the same inputs give bit-identical results

  * across runs (a second call, a second process),
  * across thread counts (GV_NUM_THREADS=1, 2, 3: the runtime's pool size is read once per
    process, so each count runs in a subprocess; the models are big enough that loops and
    GEMMs are split over the threads),
  * when a batch is split in two: forward(x) == concat(forward(x[:k]), forward(x[k:])) for
    models whose rows are independent (conv, Fc, pools, LSTM, BatchNorm in testmode).

No reduction order may depend on the thread count or on N (loops.py: ``sum_flags``/``_row``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import gvcompile
from gvcompile.layers import (
    LSTM,
    AvgPool,
    BatchNorm,
    Conv,
    Dropout,
    Fc,
    MaxPool,
    Reshape,
    SequentialContainer,
    Softmax,
    reset,
)

ROOT = Path(__file__).resolve().parents[1]


def _conv_net():
    return SequentialContainer([
        Conv(3, 8, (3, 3), padding=(1, 1), activation_function="relu"), MaxPool((2, 2)),
        Conv(8, 16, (3, 3), padding=(1, 1), groups=2), AvgPool((2, 2)), Reshape((16 * 4 * 4,)),
        Fc(256, 10), Softmax(dims=1)])


def _bn_net():
    return SequentialContainer([Conv(3, 8, (3, 3)), BatchNorm(8, activation_function="relu"),
                                Reshape((8 * 14 * 14,)), Fc(8 * 14 * 14, 7)])


def _fc_net(width=300):
    return SequentialContainer([Fc(width, 96, activation_function="tanh"), Fc(96, 40)])


def _inputs(shape, seed=0):
    return np.random.default_rng(seed).standard_normal(shape).astype(np.float32)


# ---- batch split ------------------------------------------------------------------------------

def _bits(a):
    a = np.ascontiguousarray(a)
    return a.view(np.dtype(f"u{a.dtype.itemsize}"))


def _split_equal(cm, x, k, axis=0, before=None):
    def run(a):
        if before is not None:
            before()
        return np.array(cm(a))

    full = run(x)
    parts = [run(np.take(x, range(0, k), axis)), run(np.take(x, range(k, x.shape[axis]), axis))]
    cat = np.concatenate(parts, axis)
    bad = int((_bits(full) != _bits(cat)).sum())  # bits: -0.0 and 0.0 differ too
    assert bad == 0, f"{bad} of {full.size} elements differ (max {np.abs(full - cat).max():g})"
    np.testing.assert_array_equal(_bits(run(x)), _bits(full))  # and a second run


@pytest.mark.parametrize("n,k", [(9, 4)])
def test_batch_split_conv_pool_fc(n, k):
    gvcompile.manual_seed(0)
    x = _inputs((n, 3, 16, 16))
    _split_equal(gvcompile.compile(_conv_net(), x, target="cpu"), x, k)


def test_batch_split_batchnorm_testmode():
    gvcompile.manual_seed(1)
    m = _bn_net()
    rng = np.random.default_rng(1)
    m[1].running_mean = rng.standard_normal(8).astype(np.float32)
    m[1].running_variance = rng.uniform(0.5, 2.0, 8).astype(np.float32)
    x = _inputs((11, 3, 16, 16), 1)
    cm = gvcompile.compile(m, x, target="cpu")
    cm.testmode()
    _split_equal(cm, x, 5)


# Fc rows use one of two GEMM kernels by the number of rows M (gemm_dot.DOT_MAX_M = 64: the
# small-M kernel at most, the packed GEMM above), which sum every element in the same order
# (tests/test_gemm_order.py): splits within either kernel and across the switch.
@pytest.mark.parametrize("n,k", [(40, 17), (200, 100), (100, 40), (130, 64)])
def test_batch_split_fc(n, k):
    gvcompile.manual_seed(2)
    x = _inputs((n, 300), 2)
    _split_equal(gvcompile.compile(_fc_net(), x, target="cpu"), x, k)


def test_batch_split_fc_across_kernels():
    """100 rows (packed GEMM) against 40 + 60 (small-M kernel): was a strict xfail while the
    small-M kernel summed K in vector lanes."""
    gvcompile.manual_seed(2)
    x = _inputs((100, 300), 2)
    _split_equal(gvcompile.compile(_fc_net(), x, target="cpu"), x, 40)


@pytest.mark.parametrize("t,nb,k", [(5, 12, 5)])
def test_batch_split_lstm(t, nb, k):
    """Split along the LSTM's batch axis (axis 1); T*NB stays within one GEMM kernel."""
    gvcompile.manual_seed(3)
    m = LSTM(6, 8)
    x = _inputs((t, nb, 6), 3)
    reset(m)
    cm = gvcompile.compile(m, x, target="cpu")
    _split_equal(cm, x, k, axis=1, before=lambda: reset(m))


def test_batch_split_cuda_emulated():
    gvcompile.manual_seed(0)
    x = _inputs((5, 3, 16, 16))
    cm = gvcompile.compile(_conv_net(), x, target="cuda", emulate=True)
    _split_equal(cm, x, 2)


# ---- thread counts ----------------------------------------------------------------------------

def _worker(out: str) -> None:
    """Run in a subprocess: forward results of a few models and two training steps (one with
    dropout); saved to ``out`` (npz)."""
    from gvcompile.llvm.runtime import num_threads
    from gvcompile.optimization import SGD, Adam, logitcrossentropy_loss, mse_loss

    res = {"threads": np.array(num_threads())}
    gvcompile.manual_seed(0)
    x = _inputs((24, 3, 16, 16))
    res["conv"] = np.array(gvcompile.compile(_conv_net(), x, target="cpu")(x))
    x = _inputs((160, 600), 160)
    fc = gvcompile.compile(_fc_net(600), x, target="cpu")
    for n in (7, 48, 160):  # small-M kernel, packed GEMM: the first rows must agree
        res[f"fc{n}"] = np.array(fc(x[:n]))
    # wide enough that 4 rows (gemm_rows.py) and 48 rows (gemm_dot.py) split over the threads
    x = _inputs((160, 1200), 161)
    wide = gvcompile.compile(SequentialContainer([Fc(1200, 256)]), x, target="cpu")
    for n in (4, 48, 160):
        res[f"wide{n}"] = np.array(wide(x[:n]))
    m = LSTM(64, 64)
    x = _inputs((6, 40, 64), 5)
    res["lstm"] = np.array(gvcompile.compile(m, x, target="cpu")(x))
    model = _conv_net()
    x, t = _inputs((32, 3, 16, 16), 6), np.eye(10, dtype=np.float32)[np.arange(32) % 10]
    ts = gvcompile.compile_train_step(model, logitcrossentropy_loss, Adam(model), x, t)
    res["loss"] = np.array([ts.step(x, t), ts.step(x, t)])
    res["fc1_weight"] = model[-2].weight.copy()
    res["conv0_weight"] = model[0].weight.copy()
    # dropout: 256*96 mask elements, enough Philox blocks to split over the threads
    mlp = SequentialContainer([Fc(600, 96, activation_function="tanh"), Dropout(0.3),
                               Fc(96, 40)])
    x, t = _inputs((256, 600), 7), _inputs((256, 40), 8)
    ts = gvcompile.compile_train_step(mlp, mse_loss, SGD(mlp, 0.01), x, t)
    res["mlp_loss"] = np.array([ts.step(x, t), ts.step(x, t)])
    res["mlp_weight"] = mlp[0].weight.copy()
    np.savez(out, **res)


def _run_worker(tmp_path, threads: int) -> dict:
    out = tmp_path / f"t{threads}.npz"
    env = dict(os.environ, GV_NUM_THREADS=str(threads))
    code = f"from tests.test_determinism import _worker; _worker({json.dumps(str(out))})"
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    with np.load(out) as f:
        return {k: f[k] for k in f.files}


def test_bit_identical_across_thread_counts(tmp_path):
    runs = {t: _run_worker(tmp_path, t) for t in (1, 2, 3)}
    for t, res in runs.items():
        assert int(res.pop("threads")) == t, "GV_NUM_THREADS did not set the pool size"
    want = runs[1]
    for n in (7, 48):
        np.testing.assert_array_equal(_bits(want[f"fc{n}"]), _bits(want["fc160"][:n]))
    for n in (4, 48):
        np.testing.assert_array_equal(_bits(want[f"wide{n}"]), _bits(want["wide160"][:n]))
    for t in (2, 3):
        for name, v in want.items():
            got = runs[t][name]
            bad = int((_bits(got) != _bits(v)).sum())
            assert bad == 0, f"{name}: {bad} of {v.size} elements differ with {t} threads"
