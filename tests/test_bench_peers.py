"""``python -m gvcompile bench --peers``: the rows run and ONNX Runtime agrees with us (it runs
our model written by to_onnx); timings are printed, never asserted."""

from __future__ import annotations

import pytest

from gvcompile.__main__ import main
from gvcompile.bench import peers


def test_peers_row_runs_every_installed_system():
    pytest.importorskip("onnxruntime")
    r = peers.measure(peers._mlp_row, threads=1, rounds=1, compiled=False)
    assert r["gvcompile"] > 0
    # a float: ONNX Runtime's output matched ours before it was timed (else a reason string)
    assert isinstance(r["onnxruntime"], float), r["onnxruntime"]
    assert r["torch.compile"].startswith("skipped")
    line = peers._line(r, peak=100.0)
    assert "MLP" in line and "onnxruntime" in line


def test_peers_bad_arguments(capsys):
    for argv, msg in [(["bench", "--peers", "--rounds", "0"], "--rounds needs positive"),
                      (["bench", "--peers", "--threads", "1,x"], "--threads needs positive"),
                      (["bench", "--peers", "--fast"], "unknown argument '--fast'")]:
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert msg in err and "usage: python -m gvcompile bench --peers" in err, (argv, err)
