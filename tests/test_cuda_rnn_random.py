"""Recurrent and random ops through the CUDA emulation, beyond the op table: Philox masks bit
for bit equal to the interpreter (sizes not a multiple of 4, counters with carries, both
dtypes), and recurrences over a run-time T (the batch symbol) with hidden sizes above one
block of threads."""

from __future__ import annotations

import numpy as np
import pytest

from gvcompile.interp import run_graph
from gvcompile.testing import op_graph


@pytest.fixture(scope="module")
def backend():
    from gvcompile.cuda.backend import CudaBackend

    return CudaBackend(emulate=True)


STATES = [np.array([0xDEADBEEF, 0x12345678, 0xFFFFFFFF, 7], np.uint32),
          np.array([0, 0, 0, 0], np.uint32),
          np.array([0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF], np.uint32)]


def test_philox_masks_are_bit_identical(backend):
    graphs, args = [], []
    for st in STATES:
        for dt, shape, stream in (("float32", (7, 143), 3), ("float64", (1001,), 0xFFFFFFFF)):
            graphs.append(op_graph("philox_uniform", [st], {"shape": shape, "stream": stream,
                                                            "dtype": dt}))
            args.append([st])
        graphs.append(op_graph("rng_advance", [st], {}))
        args.append([st])
    for exe, a in zip(backend.build_many(graphs), args, strict=True):
        got, want = exe(a)[0], run_graph(exe.graph, a)[0]
        assert got.dtype == want.dtype and got.shape == want.shape
        assert np.array_equal(got.view(np.uint8), want.view(np.uint8)), exe.graph.name


def _seq_inputs(op, t, n, nin, hid, rng):
    gates = {"rnn_seq": 1, "lstm_seq": 4, "gru_seq": 3}[op]
    x = rng.standard_normal((t, n, nin))
    states = [rng.standard_normal((n, hid)) for _ in range(2 if op == "lstm_seq" else 1)]
    w = [rng.standard_normal((gates * hid, nin)) / np.sqrt(nin),
         rng.standard_normal((gates * hid, hid)) / np.sqrt(hid),
         rng.standard_normal(gates * hid)]
    return [x, *states, *w]


def _time_symbolic(op, ins, attrs):
    """op(x, ...) with the time axis of x (only) the batch symbol N."""
    from gvcompile.ir.binding import Arg
    from gvcompile.ir.graph import Graph, Output
    from gvcompile.ir.types import BATCH, TensorType
    from gvcompile.ops.builder import Builder

    b = Builder(Graph(op))
    with b.scope(f"test ({op})"):
        xs = [b.arg(Arg("input", i), TensorType((BATCH,) + a.shape[1:] if i == 0 else a.shape,
                                                a.dtype), f"x{i}") for i, a in enumerate(ins)]
        out = b.emit(op, *xs, **attrs)
    b.graph.outputs = [Output(out.id)]
    return b.graph


@pytest.mark.parametrize("op,attrs", [("rnn_seq", {"activation": "leaky_relu:0.3"}),
                                      ("lstm_seq", {}), ("gru_seq", {})])
def test_recurrence_runtime_length_and_wide_hidden(backend, op, attrs):
    """hidden 300 > 256 threads per block; T is the batch symbol: one build, several T; the
    gradient op of the same recurrence too."""
    from gvcompile.testing import vjp_graph

    rng = np.random.default_rng(3)
    ins = _seq_inputs(op, 3, 2, 5, 300, rng)
    g = _time_symbolic(op, ins, attrs)
    gv = vjp_graph(op, ins, attrs, list(range(len(ins))))
    exe, exe_v = backend.build_many([g, gv])
    for t in (1, 4):
        args = _seq_inputs(op, t, 2, 5, 300, np.random.default_rng(t))
        np.testing.assert_allclose(exe(args)[0], run_graph(g, args)[0], rtol=1e-10,
                                   atol=1e-12)
    seed = rng.standard_normal(gv.type(gv.args[-1]).shape)
    got, want = exe_v(ins + [seed]), run_graph(gv, ins + [seed])
    for a, b in zip(got, want, strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-9, atol=1e-10)
