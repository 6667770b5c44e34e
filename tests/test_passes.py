"""Each pass: a before/expected structural test and an interpreter-equivalence test."""

from __future__ import annotations

import numpy as np
import pytest

from gvcompile.errors import VerifyError
from gvcompile.interp import run_graph
from gvcompile.ir.binding import Arg
from gvcompile.ir.builder import Builder
from gvcompile.ir.graph import Graph, Output
from gvcompile.ir.types import TensorType
from gvcompile.ir.verify import verify
from gvcompile.passes import run_pipeline
from gvcompile.passes.constant_fold import fold_constants
from gvcompile.passes.cse import eliminate_common_subexpressions
from gvcompile.passes.dead_code import remove_dead_nodes
from gvcompile.passes.simplify import simplify_algebra


def _builder():
    b = Builder(Graph("t"))
    b.src = "test"
    x = b.arg(Arg("input", 0), TensorType(("N", 3), np.float64), "x")
    return b, x


def _ops(g):
    return [g.op(n) for n in g.topo_order()]


def _run(g, x):
    return run_graph(g, [x])


X = np.array([[1.0, -2.0, 3.0], [0.5, 0.0, -1.0]])


def test_remove_dead_nodes():
    b, x = _builder()
    b.emit("exp", x)  # dead
    y = b.emit("tanh", x)
    b.graph.outputs = [Output(y.id)]
    before = _run(b.graph, X)
    assert remove_dead_nodes(b.graph)
    assert _ops(b.graph) == ["input", "tanh"]
    np.testing.assert_array_equal(_run(b.graph, X)[0], before[0])
    assert not remove_dead_nodes(b.graph)


def test_cse():
    b, x = _builder()
    y = b.emit("exp", x) + b.emit("exp", x)
    b.graph.outputs = [Output(y.id)]
    before = _run(b.graph, X)
    assert eliminate_common_subexpressions(b.graph)
    remove_dead_nodes(b.graph)
    assert _ops(b.graph) == ["input", "exp", "add"]
    add = b.graph.topo_order()[-1]
    assert len(set(b.graph.inputs(add))) == 1
    np.testing.assert_array_equal(_run(b.graph, X)[0], before[0])


def test_constant_fold():
    b, x = _builder()
    c = b.emit("exp", b.const(np.array([0.0, 1.0, 2.0])))
    y = x * c
    b.graph.outputs = [Output(y.id)]
    before = _run(b.graph, X)
    assert fold_constants(b.graph)
    remove_dead_nodes(b.graph)
    assert _ops(b.graph) == ["input", "const", "mul"]
    verify(b.graph)
    np.testing.assert_allclose(_run(b.graph, X)[0], before[0])


def test_constant_fold_declines_symbolic_and_large():
    b, x = _builder()
    big = b.emit("exp", b.const(np.zeros(5000)))
    b.graph.outputs = [Output(big.id), Output(b.emit("neg", x).id)]
    assert not fold_constants(b.graph)


def test_simplify_algebra():
    b, x = _builder()
    y = b.emit("reshape", x * 1.0 + 0.0, shape=("N", 3))
    z = b.emit("neg", b.emit("neg", y))
    t = b.emit("transpose", z, perm=(0, 1))
    b.graph.outputs = [Output(t.id)]
    assert simplify_algebra(b.graph)
    remove_dead_nodes(b.graph)
    assert _ops(b.graph) == ["input"]
    np.testing.assert_array_equal(_run(b.graph, X)[0], X)


def test_simplify_keeps_broadcasting_unit():
    b, x = _builder()
    one = b.const(np.ones((4, 1, 3)))
    y = x * one  # broadcasts to (4, N, 3): not an identity
    b.graph.outputs = [Output(y.id)]
    simplify_algebra(b.graph)
    assert "mul" in _ops(b.graph)


def test_pipeline_verifies_and_preserves_results():
    b, x = _builder()
    y = b.emit("exp", x) * 1.0 + b.emit("exp", x) + b.emit("tanh", b.const(np.ones(3)))
    b.graph.outputs = [Output(y.id)]
    before = _run(b.graph, X)
    run_pipeline(b.graph)
    np.testing.assert_allclose(_run(b.graph, X)[0], before[0])
    assert _ops(b.graph).count("exp") == 1


def test_verify_names_pass_and_shows_context():
    b, x = _builder()
    y = b.emit("exp", x)
    b.graph.outputs = [Output(y.id)]

    def bad(graph):  # a buggy pass that corrupts a type
        graph.node(y.id)["type"] = TensorType(("N", 4), np.float64)
        return True

    with pytest.raises(VerifyError, match=r"after pass .*bad.*stored type f64\[N,4\]"):
        run_pipeline(b.graph, passes=[("bad", bad)])


def test_skip_passes(monkeypatch):
    b, x = _builder()
    y = b.emit("exp", x) + b.emit("exp", x)
    b.graph.outputs = [Output(y.id)]
    monkeypatch.setenv("GV_SKIP_PASSES", "eliminate_common_subexpressions")
    run_pipeline(b.graph)
    assert _ops(b.graph).count("exp") == 2
