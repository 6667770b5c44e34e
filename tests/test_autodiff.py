"""Autodiff on the IR: seeds, accumulation of shared values, linear cost, the split."""

from __future__ import annotations

import numpy as np

import gvcompile
from gvcompile.autodiff import STATS
from gvcompile.compiled.model import build_graphs
from gvcompile.ir.types import TensorType
from gvcompile.layers import GraphContainer, backward, forward


def test_polynomial_seed_example():
    """GradValley's seed: f(x) = 0.5x^3 - 2x^2 + 10 at x = 3: 5.5 and [1.5]."""
    m = GraphContainer(lambda layers, x: 0.5 * x ** 3 - 2 * x ** 2 + 10, [])
    y = forward(m, 3)
    assert isinstance(y, float) and abs(y - 5.5) < 1e-12
    d = backward(m, 1)
    assert isinstance(d, list) and len(d) == 1
    assert abs(d[0] - (1.5 * 9 - 4 * 3)) < 1e-12


def _chain(depth):
    def f(layers, x):
        a = x
        for _ in range(depth):  # every value used twice: naive recursion would be 2^depth
            a = a * a + a
        return a

    return GraphContainer(f, [])


def test_shared_subexpressions_cost_linear_time():
    counts = []
    for depth in (10, 20, 40):
        STATS["vjp_calls"] = 0
        build_graphs(_chain(depth), [TensorType(("N", 3), np.float64)])
        counts.append(STATS["vjp_calls"])
    # two rule applications (mul, add) per level: exactly linear
    assert counts == [2 * 10, 2 * 20, 2 * 40]


def test_shared_value_gradient_accumulates():
    m = _chain(3)
    x = np.array([[0.3, -0.7, 1.1]])
    forward(m, x)
    (g,) = backward(m, np.ones((1, 3)))
    eps = 1e-6

    def f(v):
        a = v
        for _ in range(3):
            a = a * a + a
        return a

    np.testing.assert_allclose(g, (f(x + eps) - f(x - eps)) / (2 * eps), rtol=1e-6)


def test_split_saves_only_what_backward_reads():
    from gvcompile.layers import Fc, SequentialContainer

    m = SequentialContainer([Fc(3, 4, activation_function="tanh"), Fc(4, 2)])
    fwd, bwd = build_graphs(m, [TensorType(("N", 3), np.float32)])
    saved = [o for o in fwd.outputs if o.role == "saved"]
    bwd_saved = [a for a in bwd.args if str(bwd.node(a)["binding"]).startswith("saved")]
    assert len(saved) == len(bwd_saved) > 0
    # the backward graph computes no forward op: every forward value it needs is an argument
    assert all(bwd.op(n) != "tanh" for n in bwd.topo_order())


def test_multiple_inputs_and_unused_input():
    m = GraphContainer(lambda layers, a, b, c: a * b + 2.0 * a, [])
    a, b, c = np.array([1.0, 2.0]), np.array([3.0, -1.0]), np.array([5.0, 5.0])
    cm = gvcompile.compile(m, a, b, c, target="interp")
    np.testing.assert_allclose(cm(a, b, c), a * b + 2 * a)
    ga, gb, gc = cm.backward(np.ones(2))
    np.testing.assert_allclose(ga, b + 2)
    np.testing.assert_allclose(gb, a)
    np.testing.assert_allclose(gc, 0)
