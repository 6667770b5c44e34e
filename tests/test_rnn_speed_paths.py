"""The fast recurrent kernels (issue 15) against the interpreter: vector cell loops with a scalar
tail (H a multiple of the vector width, not one, smaller than one), the libm-free exp / sigmoid /
tanh of llvm/rnn_math.py, the per-step products; forward and gradients of every input, batch 1,
T = 1, batch sizes that are not a multiple of the vector width, float32 and float64, the batch
symbol on the time axis, on the batch axis, and batch_first layers; under GV_ISA=avx2 and the
host's set."""

from __future__ import annotations

import ctypes

import numpy as np
import pytest
from llvmlite import ir

import gvcompile
import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.interp import run_graph
from gvcompile.layers import GRU, LSTM, RNN, module_to_eltype_device
from gvcompile.llvm import target
from gvcompile.llvm.irutil import PTR
from gvcompile.llvm.rnn_math import FastMath
from gvcompile.targets import get_backend
from gvcompile.testing import vjp_graph

GATES = {"rnn_seq": 1, "lstm_seq": 4, "gru_seq": 3}
ISAS = ["avx2", "host"]


def _isa(monkeypatch, isa):
    if target.host_isa() == "generic":
        pytest.skip("not an x86-64 host with AVX2")
    monkeypatch.setenv("GV_ISA", isa)


def _inputs(op, t, n, f, h, dt, scale, seed):
    rng = np.random.default_rng(seed)
    g = GATES[op] * h
    n_states = 2 if op == "lstm_seq" else 1

    def r(*shape, s=1.0):
        return (s * rng.standard_normal(shape)).astype(dt)

    return [r(t, n, f, s=scale)] + [r(n, h) for _ in range(n_states)] + \
        [r(g, f, s=1 / np.sqrt(f)), r(g, h, s=scale / np.sqrt(h)), r(g)]


def _tol(dt):
    return dict(rtol=2e-4, atol=2e-5) if dt == np.float32 else dict(rtol=1e-9, atol=1e-11)


def _check(op, attrs, shape, dt, axis, isa, monkeypatch, scale=1.0, seed=0):
    """Forward and the gradients of every input on cpu against the interpreter."""
    _isa(monkeypatch, isa)
    t, n, f, h = shape
    ins = _inputs(op, t, n, f, h, dt, scale, seed)
    n_states = len(ins) - 4
    axes = {1: [1] + [0] * n_states + [None] * 3, 0: [0] + [None] * (n_states + 3),
            None: None}[axis]
    g = vjp_graph(op, ins, attrs, list(range(len(ins))), batch_axes=axes)
    seed_ct = np.random.default_rng(seed + 1).standard_normal(
        (t, n, g.type(g.outputs[0].node).shape[2])).astype(dt)
    want = run_graph(g, ins + [seed_ct])
    got = get_backend("cpu").build(g)(ins + [seed_ct])
    names = ["y"] + [f"d input {i}" for i in range(len(ins))]
    for nm, a, b in zip(names, got, want, strict=True):
        tol = _tol(dt)  # absolute part: rounding of sums of terms as large as the largest value
        tol["atol"] *= max(1.0, float(np.abs(b).max()))
        np.testing.assert_allclose(a, b, err_msg=f"{op} {shape} {dt.__name__} {nm}", **tol)


# (T, N, F, H): H = 20 (one 16-vector + a tail of 4, or 2x8 + 4), 7 (tail only), 32; batch 1,
# 5 and 17 (not multiples of any vector width); T = 1.
# Each shape in float32 under both sets, in float64 under one.
SHAPES = [(4, 5, 3, 20), (1, 1, 2, 7), (3, 17, 4, 32)]
CASES = [(s, np.float32, isa) for s in SHAPES for isa in ISAS] + \
    [(s, np.float64, ISAS[k % 2]) for k, s in enumerate(SHAPES)]
OPS = [("lstm_seq", {}), ("gru_seq", {}), ("rnn_seq", {"activation": "tanh"})]


@pytest.mark.parametrize("shape,dt,isa", CASES)
@pytest.mark.parametrize("op,attrs", OPS)
def test_sequence_ops_forward_and_gradients(op, attrs, shape, dt, isa, monkeypatch):
    _check(op, attrs, shape, dt, 1, isa, monkeypatch)


@pytest.mark.parametrize("act", ["sigmoid", "relu", "identity", "leaky_relu:0.1"])
def test_rnn_activations(act, monkeypatch):
    _check("rnn_seq", {"activation": act}, (3, 5, 3, 20), np.float32, 1, "host", monkeypatch)


@pytest.mark.parametrize("op,attrs", OPS)
def test_batch_on_the_time_axis_and_concrete(op, attrs, monkeypatch):
    _check(op, attrs, (6, 3, 4, 18), np.float32, 0, "host", monkeypatch, seed=3)
    _check(op, attrs, (2, 9, 4, 18), np.float64, None, "avx2", monkeypatch, seed=4)


@pytest.mark.parametrize("op,attrs", OPS)
def test_saturated_gates(op, attrs, monkeypatch):
    """Large pre-activations: exp's clamped range and tanh's 1 - 2/(e + 1) branch."""
    for dt in (np.float32, np.float64):
        _check(op, attrs, (5, 3, 4, 17), dt, 1, "host", monkeypatch, scale=30.0, seed=5)


def test_fused_lstm_step_batch_axes_and_saturation(monkeypatch):
    """H = 32 (lstm_step.py's fused step on every ISA and dtype): the batch symbol on the time
    axis, none, and large pre-activations."""
    _check("lstm_seq", {}, (6, 3, 4, 32), np.float32, 0, "host", monkeypatch, seed=3)
    _check("lstm_seq", {}, (2, 9, 4, 32), np.float64, None, "avx2", monkeypatch, seed=4)
    for dt in (np.float32, np.float64):
        _check("lstm_seq", {}, (5, 3, 4, 32), dt, 1, "host", monkeypatch, scale=30.0, seed=5)


@pytest.mark.parametrize("cls", [LSTM, GRU, RNN])
def test_batch_first_layers_on_cpu(cls):
    rng = np.random.default_rng(7)
    x = rng.standard_normal((5, 4, 3)).astype(np.float32)  # (N, T, F)
    d = rng.standard_normal((5, 4, 19)).astype(np.float32)
    res = []
    for tgt in ("cpu", "interp"):
        gvcompile.manual_seed(1)
        m = cls(3, 19, batch_first=True)
        cm = gvcompile.compile(m, x, target=tgt)
        y = cm(x)
        dx = cm.backward(d)
        res.append([y, dx, m.weight_ih_gradient, m.weight_hh_gradient, m.bias_gradient])
    for a, b in zip(*res, strict=True):
        np.testing.assert_allclose(a, b, rtol=2e-4, atol=2e-5)


@pytest.mark.parametrize("isa", ISAS)
@pytest.mark.parametrize("dt", [np.float32, np.float64])
@pytest.mark.parametrize("batch_first,hid", [(False, 32), (True, 32), (False, 20)])
def test_forward_only_lstm(batch_first, hid, dt, isa, monkeypatch):
    """Forward-only programs (lstm_step.py's fused step writes only h and c: plan attr save
    False; H = 20 is lower_rnn.py's cell loop under AVX-512 f32): three calls (the state
    carries over), batch 5, then a backward, against the interpreter."""
    _isa(monkeypatch, isa)
    rng = np.random.default_rng(11)
    x = rng.standard_normal((5, 4, 3) if batch_first else (4, 5, 3)).astype(dt)
    d = rng.standard_normal(x.shape[:2] + (hid,)).astype(dt)
    res = []
    for tgt in ("cpu", "interp"):
        gvcompile.manual_seed(2)
        m = LSTM(3, hid, batch_first=batch_first)
        module_to_eltype_device(m, dt)
        cm = gvcompile.compile(m, x, target=tgt)
        res.append([cm(x), cm(x), cm(x), cm.backward(d), m.weight_hh_gradient])
    for a, b in zip(*res, strict=True):
        np.testing.assert_allclose(a, b, **_tol(dt))


def test_forward_only_plan_skips_saved_slots():
    """The plan marks the sequence kernel save=False only when nothing but the state slices
    reads the packed output, and the gradient kernel reads the layer output's cotangent
    without the zero pad to all slots."""
    from gvcompile.compiled.model import build_forward_graph, build_graphs
    from gvcompile.ir.types import TensorType
    from gvcompile.plan.build import build_plan

    t = TensorType((4, 5, 3), np.float32)
    for cls in (LSTM, GRU, RNN):
        m = cls(3, 16)
        for g, want in ((build_forward_graph(m, [t]), False), (build_graphs(m, [t])[0], True)):
            ks = [k for k in build_plan(g).kernels if k.op and k.op.endswith("_seq")]
            assert [k.attrs["save"] for k in ks] == [want], cls.__name__
        # the backward reads the output cotangent unpadded: no zero-filled (T, N, K*H) copy
        ks = build_plan(build_graphs(m, [t])[1]).kernels
        assert not [k for k in ks if k.name.endswith("_pad")], cls.__name__
        assert [k.attrs.get("ct_slots") for k in ks if k.op and k.op.endswith("_seq_grad")] \
            == [(0, 1)], cls.__name__


# ---- the math itself, element by element ------------------------------------------------------

SPECIAL = [0.0, -0.0, 1e-30, -1e-7, 0.3, 0.6249, 0.625, -0.6251, 1.0, -2.5, 8.9, 9.1, 20.0,
           -44.0, 87.0, -87.5, 88.5, -100.0, 700.0, -720.0, np.inf, -np.inf, np.nan]


def _jit_math(name, dt, lanes):
    """f(x*, y*, n): y = FastMath.name(x) over n elements, ``lanes`` at a time."""
    fty = ir.FloatType() if dt == np.float32 else ir.DoubleType()
    vt = ir.VectorType(fty, lanes) if lanes > 1 else fty
    m = ir.Module(name="gv_rnn_math_test")
    ptr = PTR
    fn = ir.Function(m, ir.FunctionType(ir.VoidType(), [ptr, ptr, ir.IntType(64)]), "f")
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    x, y, n = fn.args
    loop, done = fn.append_basic_block("loop"), fn.append_basic_block("done")
    b.branch(loop)
    b.position_at_end(loop)
    i = b.phi(ir.IntType(64))
    i.add_incoming(ir.Constant(ir.IntType(64), 0), fn.entry_basic_block)
    v = b.load(b.gep(x, [i], source_etype=fty), typ=vt, align=dt().itemsize)
    b.store(getattr(FastMath(b, vt), name)(v), b.gep(y, [i], source_etype=fty),
            align=dt().itemsize)
    nxt = b.add(i, ir.Constant(ir.IntType(64), lanes))
    i.add_incoming(nxt, loop)
    b.cbranch(b.icmp_signed("<", nxt, n), loop, done)
    b.position_at_end(done)
    b.ret_void()
    eng = target.jit_add(target.optimise(str(m), "gv_rnn_math_test"))
    return ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int64)(
        eng.get_function_address("f"))


def _ref(name, x):
    with np.errstate(over="ignore", invalid="ignore"):
        if name == "exp":
            return np.exp(x)
        if name == "tanh":
            return np.tanh(x)
        e = np.exp(-np.abs(x))
        return np.where(x >= 0, 1 / (1 + e), e / (1 + e))


@pytest.mark.parametrize("lanes,isa", [(1, "avx2"), (8, "avx2"), (8, "avx512"), (16, "avx512")])
@pytest.mark.parametrize("dt", [np.float32, np.float64])
@pytest.mark.parametrize("name", ["exp", "sigmoid", "tanh"])
def test_fast_math_against_numpy(name, dt, lanes, isa, monkeypatch):
    """float32 in 8 lanes takes AVX's reciprocal estimate, in 16 with AVX-512 AVX-512's; exp
    in 512-bit vectors with AVX-512 (float32 x 16, float64 x 8) builds 2^n with vscalef."""
    if isa == "avx512" and target.host_isa() != "avx512":
        pytest.skip("this host has no AVX-512: its code paths cannot run here")
    _isa(monkeypatch, isa)
    rng = np.random.default_rng(9)
    x = np.concatenate([np.array(SPECIAL), rng.uniform(-12, 12, 4000),
                        rng.uniform(-1, 1, 1000), rng.standard_normal(1000) * 1e-3])
    x = np.resize(x, -(-x.size // 16) * 16).astype(dt)
    if name == "exp":  # inside exp's normal range: outside it the result is clamped
        lim = (-87.3, 88.0) if dt == np.float32 else (-708.0, 709.0)
        x = x[np.isnan(x) | ((x > lim[0]) & (x < lim[1]))]
        x = np.resize(x, -(-x.size // 16) * 16)
    y = np.empty_like(x)
    _jit_math(name, dt, lanes)(x.ctypes.data, y.ctypes.data, x.size)
    want = _ref(name, x)
    eps = np.finfo(dt).eps
    ok = np.isclose(y, want, rtol=4 * eps, atol=(4 * eps if name != "exp" else 0),
                    equal_nan=True)
    assert ok.all(), f"{name} {dt.__name__}: x={x[~ok][:5]} got {y[~ok][:5]} want {want[~ok][:5]}"
    if name != "exp":  # the clamp keeps sigmoid and tanh exact at the ends
        big = np.array([-np.inf, -1e3, 1e3, np.inf], dt)
        yb = np.empty_like(big)
        _jit_math(name, dt, 1)(big.ctypes.data, yb.ctypes.data, big.size)
        np.testing.assert_allclose(yb, _ref(name, big), atol=1e-37)


_THREADS_SCRIPT = """
import numpy as np
from gvcompile.interp import run_graph
from gvcompile.llvm.runtime import num_threads
from gvcompile.targets import get_backend
from gvcompile.testing import vjp_graph
from tests.test_rnn_speed_paths import _inputs
assert num_threads() == 3, num_threads()
for op, attrs, hid in (("lstm_seq", {}, 20), ("lstm_seq", {}, 32), ("gru_seq", {}, 20),
                       ("rnn_seq", {"activation": "tanh"}, 20)):
    ins = _inputs(op, 4, 13, 3, hid, np.float32, 1.0, 2)
    axes = [1] + [0] * (len(ins) - 4) + [None] * 3
    g = vjp_graph(op, ins, attrs, list(range(len(ins))), batch_axes=axes)
    ct = np.random.default_rng(3).standard_normal(
        (4, 13, g.type(g.outputs[0].node).shape[2])).astype(np.float32)
    for a, b in zip(get_backend("cpu").build(g)(ins + [ct]), run_graph(g, ins + [ct])):
        np.testing.assert_allclose(a, b, rtol=2e-4, atol=2e-5 * max(1.0, np.abs(b).max()))
print("ok")
"""


def test_rows_split_over_three_threads(tmp_path):
    """Batch 13 on a pool of 3 threads: row ranges of 5, 5 and 3 (any host, any core count)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, GV_NUM_THREADS="3", GV_CACHE_DIR=str(tmp_path),
               PYTHONPATH=str(root) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run([sys.executable, "-c", _THREADS_SCRIPT], cwd=root, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stdout + r.stderr
