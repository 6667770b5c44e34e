"""GV_CHECK levels of the pass runner (issue 16: verify was a third of a cached compile): 1, the
default, verifies the traced and the optimised graph and names every pass that ran; 2 verifies
after each changing pass and names the one that broke the graph; 0 never verifies."""

from __future__ import annotations

import numpy as np
import pytest

from gvcompile.errors import VerifyError
from gvcompile.ir.binding import Arg
from gvcompile.ir.graph import Graph, Output
from gvcompile.ir.types import TensorType
from gvcompile.ops import verify as verify_mod
from gvcompile.ops.builder import Builder
from gvcompile.passes import runner


def _graph():
    b = Builder(Graph("t"))
    b.src = "test"
    x = b.arg(Arg("input", 0), TensorType(("N", 3), np.float64), "x")
    y = b.emit("exp", x)
    b.graph.outputs = [Output(y.id)]
    return b.graph, y


def _passes(y):
    def bad(graph):  # corrupts a type
        graph.node(y.id)["type"] = TensorType(("N", 4), np.float64)
        return True

    def idle(graph):
        return True  # claims a change, does nothing

    return [("idle", idle), ("bad", bad), ("after", idle)]


def test_default_verifies_the_optimised_graph_and_names_the_passes(monkeypatch):
    monkeypatch.delenv("GV_CHECK", raising=False)
    g, y = _graph()
    with pytest.raises(VerifyError, match=r"trace -> idle -> bad -> after .*GV_CHECK=2"):
        runner.run_pipeline(g, passes=_passes(y))


def test_level_two_names_the_pass_that_broke_the_graph(monkeypatch):
    monkeypatch.setenv("GV_CHECK", "2")
    g, y = _graph()
    with pytest.raises(VerifyError, match=r"after pass idle -> bad: .*stored type"):
        runner.run_pipeline(g, passes=_passes(y))


@pytest.mark.parametrize("level,calls", [("0", 0), ("1", 2), ("2", 3)])
def test_verify_calls_per_level(monkeypatch, level, calls):
    monkeypatch.setenv("GV_CHECK", level)
    seen = []
    monkeypatch.setattr(runner, "verify", lambda g, ctx: seen.append(ctx))
    g, y = _graph()
    idle = _passes(y)[0]
    runner.run_pipeline(g, passes=[idle, ("same", lambda graph: False), idle])
    assert len(seen) == calls, seen
    assert verify_mod.verify is not runner.verify  # patched only here
