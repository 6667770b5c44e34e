"""Helper families linked by recipe (llvm/families.py, issue 16): a program whose GEMM and dot
families the machine store holds declares them only (their bodies are never built) and links
the stored objects; its own kernels get the same keys and machine code as when the families
were built in its module; a changed generator knob or a missing object builds them again."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np

import gvcompile
from gvcompile.layers import Fc, SequentialContainer
from gvcompile.llvm import compile as comp
from gvcompile.llvm import emit, gemm

from .test_machine_kernels import CHILD


def _child(cache, machine, width=96):
    env = dict(os.environ, GV_CACHE_DIR=str(cache), GV_MACHINE_CACHE=str(machine),
               GV_NUM_THREADS="1", GV_COMPILE_WORKERS="1")
    env.pop("GV_DEBUG", None)
    p = subprocess.run([sys.executable, "-c", CHILD, str(width), "80"], env=env,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    return json.loads(p.stdout.strip().splitlines()[-1])


def _kernel_objects(cache):
    return sorted(p.name for p in (cache / "kernels").glob("*.o"))


def test_stored_families_are_linked_without_building_them(tmp_path):
    machine = tmp_path / "machine"
    first = _child(tmp_path / "a", machine)
    assert first["lib_units"] >= 2 and first["lib_prebuilt"] == 0  # GEMM and dot built
    second = _child(tmp_path / "b", machine)  # empty GV_CACHE_DIR, the same machine store
    assert second["lib_prebuilt"] == first["lib_units"] and second["lib_units"] == 0
    assert second["unit_machine"] == first["lib_units"]
    assert second["y"] == first["y"]  # the same machine code: bit-identical results
    # the program's own kernels: the same units, keyed alike, whether built with the
    # families' bodies in the module or against their declarations
    assert _kernel_objects(tmp_path / "b") == _kernel_objects(tmp_path / "a")
    third = _child(tmp_path / "c", machine, width=40)  # other shapes, the same families
    assert third["lib_prebuilt"] == first["lib_units"] and third["lib_units"] == 0


def test_missing_family_object_builds_the_family_again(tmp_path):
    machine = tmp_path / "machine"
    first = _child(tmp_path / "a", machine)
    for obj in machine.rglob("kernels/*.o"):  # the recipes stay, their objects are gone
        obj.unlink()
    again = _child(tmp_path / "b", machine)
    assert again["lib_prebuilt"] == 0 and again["lib_units"] == first["lib_units"]
    assert again["y"] == first["y"]


def _fc(x, width=96):
    gvcompile.manual_seed(0)
    model = SequentialContainer([Fc(64, width, activation_function="relu"), Fc(width, 10)])
    return gvcompile.compile(model, x, target="cpu")(x), model


def test_recipe_follows_knobs_and_a_hit_declares_only(tmp_path, monkeypatch):
    monkeypatch.setenv("GV_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("GV_MACHINE_CACHE", str(tmp_path / "machine"))
    monkeypatch.setattr(comp, "_recipes", {})  # families an earlier test of this process made
    texts = []
    orig = emit.ModuleEmitter.emit

    def spy(self, prebuilt=None):
        texts.append(orig(self, prebuilt))
        return texts[-1]

    monkeypatch.setattr(emit.ModuleEmitter, "emit", spy)
    rng = np.random.default_rng(2)
    x = rng.standard_normal((80, 64), dtype=np.float32)
    for width in (96, 72):  # the second program: other shapes, the families of the first
        y, model = _fc(x, width)
        ref = gvcompile.compile(model, x, target="interp")(x)
        np.testing.assert_allclose(y, ref, rtol=1e-4, atol=1e-4)
    assert 'define internal void @"gv_gemm_' in texts[0]
    assert 'define internal void @"gv_gemm_' not in texts[1]
    assert 'declare void @"gv_gemm_f32.thread"' in texts[1]
    before = comp.stats()
    monkeypatch.setattr(gemm, "EDGE_KERNELS", not gemm.EDGE_KERNELS)  # another GEMM family
    y, model = _fc(x, 40)
    np.testing.assert_allclose(y, gvcompile.compile(model, x, target="interp")(x),
                               rtol=1e-4, atol=1e-4)
    assert 'define internal void @"gv_gemm_' in texts[-1]
    assert comp.stats()["lib_units"] > before["lib_units"]
