"""The IR: printer, determinism, provenance, debug dumps, Spec."""

from __future__ import annotations

import numpy as np

import gvcompile
from gvcompile.compiled.model import build_graphs
from gvcompile.ir.types import TensorType
from gvcompile.layers import BatchNorm, Fc, SequentialContainer


def _model():
    gvcompile.manual_seed(3)
    return SequentialContainer([Fc(4, 3, activation_function="relu"), BatchNorm(3), Fc(3, 2)])


def test_printer_lines_have_types_and_provenance():
    fwd, bwd = build_graphs(_model(), [TensorType(("N", 4), np.float32)])
    text = str(fwd)
    assert "= matmul(%x, %_0__weight) {trans_b=True} : f32[N,3]  # model[0] (Fc)" in text
    assert "reduce_mean(" in text and "# model[1] (BatchNorm)" in text
    assert "[grad]" in str(bwd)
    for line in text.splitlines()[1:-2]:
        assert " : " in line and "  # " in line, line


def test_dumps_are_byte_identical_across_runs():
    t1 = [str(g) for g in build_graphs(_model(), [TensorType(("N", 4), np.float32)])]
    t2 = [str(g) for g in build_graphs(_model(), [TensorType(("N", 4), np.float32)])]
    assert t1 == t2


def test_state_outputs_for_running_stats():
    fwd, _ = build_graphs(_model(), [TensorType(("N", 4), np.float32)])
    states = [str(o.key) for o in fwd.outputs if o.role == "state"]
    assert states == ["buffer model[1].running_mean", "buffer model[1].running_variance"]


def test_gv_debug_dump_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("GV_DEBUG", "3")
    monkeypatch.setenv("GV_DUMP_DIR", str(tmp_path))
    m = _model()
    gvcompile.compile(m, np.zeros((2, 4), np.float32), target="interp")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert any("traced" in n for n in names) and any("optimised" in n for n in names)
    assert any("after_" in n for n in names)
    assert all(n[:3].isdigit() and n[3] == "_" for n in names)  # numbered in order


def test_spec_example_input():
    m = SequentialContainer([Fc(4, 2)])
    cm = gvcompile.compile(m, gvcompile.Spec((None, 4)), target="interp")
    cm(np.ones((5, 4), np.float32))
    assert len(cm._programs) == 1
