"""Each pass: a before/expected structural test and an interpreter-equivalence test."""

from __future__ import annotations

import numpy as np
import pytest

from gvcompile.errors import VerifyError
from gvcompile.interp import run_graph
from gvcompile.ir.binding import Arg
from gvcompile.ir.graph import Graph, Output
from gvcompile.ir.types import TensorType
from gvcompile.ops.builder import Builder
from gvcompile.ops.verify import verify
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


def _bn_model(affine: bool, head: str):
    from gvcompile.layers import BatchNorm, Conv, Fc, Reshape, SequentialContainer, testmode

    rng = np.random.default_rng(0)
    if head == "conv":
        m = SequentialContainer([Conv(3, 4, 3, padding=1), BatchNorm(4, affine=affine)])
    else:
        m = SequentialContainer([Reshape((75,)), Fc(75, 6, use_bias=affine),
                                 BatchNorm(6, affine=affine, activation_function="relu")])
    bn = m[-1]
    bn.running_mean[:] = rng.standard_normal(bn.running_mean.shape)
    bn.running_variance[:] = rng.random(bn.running_variance.shape) + 0.5
    if affine:
        bn.weight[:] = rng.random(bn.weight.shape) + 0.5
        bn.bias[:] = rng.standard_normal(bn.bias.shape)
    testmode(m)
    return m


@pytest.mark.parametrize("affine", [True, False])
@pytest.mark.parametrize("head", ["conv", "fc"])
def test_fold_channel_affine_into_conv_and_fc(affine, head):
    """Before: conv2d/matmul, [bias], mul by the BatchNorm scale, add the shift (test mode).
    Expected: one conv2d/matmul on scaled weights plus one bias add; same results."""
    from gvcompile.compiled.model import build_forward_graph
    from gvcompile.interp import run_graph
    from gvcompile.trace import trace_module

    m = _bn_model(affine, head)
    ty = TensorType(("N", 3, 5, 5), np.float32)
    before = trace_module(m, [ty])
    after = build_forward_graph(m, [ty])
    core = "conv2d" if head == "conv" else "matmul"

    def big_ops(g):  # ops over the activation (batch-shaped values)
        return sorted(g.op(n) for n in g.topo_order()
                      if "N" in g.type(n).shape and g.op(n) not in ("input",))

    assert big_ops(before).count("mul") == 1 and big_ops(after).count("mul") == 0
    assert big_ops(after).count(core) == 1
    assert big_ops(after).count("add") == 1
    x = np.random.default_rng(1).standard_normal((2, 3, 5, 5)).astype(np.float32)

    def run(g):
        args = [x] + [np.asarray(g.node(a)["binding"].get()) for a in g.args[1:]]
        return run_graph(g, args)[0]

    np.testing.assert_allclose(run(after), run(before), rtol=1e-5, atol=1e-5)


def test_fold_channel_affine_declines_in_training_graphs():
    from gvcompile.compiled.model import build_graphs
    from gvcompile.layers import trainmode

    m = _bn_model(True, "conv")
    trainmode(m)
    fwd, _ = build_graphs(m, [TensorType(("N", 3, 5, 5), np.float32)])
    assert any(fwd.op(n) == "reduce_mean" for n in fwd.topo_order())  # batch statistics kept
    assert sum(fwd.op(n) == "conv2d" for n in fwd.topo_order()) == 1


def test_renumber_restores_topological_ids():
    b, x = _builder()
    y = b.emit("exp", x)
    z = b.emit("tanh", y)
    b.graph.outputs = [Output(z.id)]
    late = b.emit("neg", x)  # a new node that z will now use
    b.graph.set_inputs(z.id, (late.id,))
    b.graph.renumber()
    verify(b.graph)
    remove_dead_nodes(b.graph)
    assert _ops(b.graph) == ["input", "neg", "tanh"]
