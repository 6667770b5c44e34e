"""examples/export_lenet.py end to end: export a LeNet train step, train it from Python (cffi)
and from the C example, and agree."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "export_lenet.py"


@pytest.mark.skipif(shutil.which("make") is None or shutil.which("cc") is None,
                    reason="needs make and a C compiler")
def test_export_lenet_example(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("export_lenet", EXAMPLE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--out", str(tmp_path), "--steps", "3", "--batch", "5"]) == 0
    text = capsys.readouterr().out
    assert "C and Python runs of the library agree" in text
    assert "parameters: 44426" in text
    assert "main_static (liblenet.a)" in text  # both link styles ran and were compared
    assert {p.name for p in tmp_path.iterdir()} >= {"liblenet.so", "liblenet.a", "lenet.h",
                                                    "lenet.json", "main", "main_static"}
