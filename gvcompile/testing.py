"""Helpers for tests of ops and backends: build a one-op graph, run it on a target, check its
VJP against central differences. Used by tests/ and by backend authors."""

from __future__ import annotations

import numpy as np

from .autodiff import add_backward
from .interp import run_graph
from .ir.binding import Arg
from .ir.graph import Graph, Output
from .ir.types import BATCH, TensorType
from .ops.builder import Builder


def op_graph(op: str, inputs, attrs: dict, batch_symbolic: bool = False,
             batch_axes=None) -> Graph:
    """A graph ``out = op(args...)``; with ``batch_symbolic`` axis 0 of every rank>=1 input
    becomes the batch symbol N (as compiled models see it); ``batch_axes`` (one axis or None
    per input) puts the symbol on any axis instead."""
    if batch_symbolic and batch_axes is None:
        batch_axes = [0 if np.ndim(a) else None for a in inputs]
    b = Builder(Graph(op))
    with b.scope(f"test ({op})"):
        xs = []
        for i, a in enumerate(inputs):
            a = np.asarray(a)
            shape = a.shape
            ax = batch_axes[i] if batch_axes is not None else None
            if ax is not None:
                shape = shape[:ax] + (BATCH,) + shape[ax + 1:]
            xs.append(b.arg(Arg("input", i), TensorType(shape, a.dtype), f"x{i}"))
        out = b.emit(op, *xs, **attrs)
    b.graph.outputs = [Output(out.id)]
    return b.graph


def run_op(op: str, inputs, attrs: dict, target: str = "interp", batch_symbolic=False):
    g = op_graph(op, inputs, attrs, batch_symbolic)
    if target == "interp":
        return run_graph(g, [np.asarray(a) for a in inputs])[0]
    from .targets import get_backend

    return get_backend(target).build(g)([np.asarray(a, order="C") for a in inputs])[0]


def vjp_graph(op: str, inputs, attrs: dict, diff: list[int], batch_symbolic=False,
              batch_axes=None) -> Graph:
    """Graph with args (inputs..., seed) and outputs (y, d input_i for i in diff)."""
    g = op_graph(op, inputs, attrs, batch_symbolic, batch_axes)
    y = g.outputs[0].node
    seed = g.add_node("input", (), {}, g.type(y), "test seed", name="seed",
                      binding=Arg("seed", 0))
    g.args.append(seed)
    cts = add_backward(g, {y: seed}, [g.args[i] for i in diff])
    for i in diff:
        c = cts[g.args[i]]
        if c is None:
            raise AssertionError(f"{op}: no gradient flows to input {i}")
        g.outputs.append(Output(c, "input_grad", i))
    return g


def check_vjp(op: str, inputs, attrs: dict, diff: list[int] | None = None, eps: float = 1e-6,
              rtol: float = 1e-5, atol: float = 1e-7, seed: int = 0) -> None:
    """Compare the VJP rule (run by the interpreter, float64) with central differences."""
    rng = np.random.default_rng(seed)
    inputs = [np.asarray(a, dtype=np.float64) if np.asarray(a).dtype.kind == "f"
              else np.asarray(a) for a in inputs]
    if diff is None:
        diff = [i for i, a in enumerate(inputs) if a.dtype.kind == "f"]
    y = run_op(op, inputs, attrs)
    w = rng.standard_normal(y.shape)
    g = vjp_graph(op, inputs, attrs, diff)
    outs = run_graph(g, inputs + [w])
    for k, i in enumerate(diff):
        got = outs[1 + k]
        num = np.zeros_like(inputs[i])
        flat = num.reshape(-1)
        for j in range(inputs[i].size):
            xp = [a.copy() for a in inputs]
            xm = [a.copy() for a in inputs]
            xp[i].reshape(-1)[j] += eps
            xm[i].reshape(-1)[j] -= eps
            fp = np.sum(run_op(op, xp, attrs) * w)
            fm = np.sum(run_op(op, xm, attrs) * w)
            flat[j] = (fp - fm) / (2 * eps)
        np.testing.assert_allclose(got, num, rtol=rtol, atol=atol,
                                   err_msg=f"{op} {attrs}: VJP w.r.t. input {i}")
