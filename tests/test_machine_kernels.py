"""The machine store of helper families (llvm/machinecache.py, issue 16): GEMM and dot families
built once per machine and linked into programs of any GV_CACHE_DIR; keys that change with the
salt and the generator's knobs; whole entries under concurrent writers; damaged entries built
again; ``python -m gvcompile warmup``."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np

import gvcompile
from gvcompile.layers import Fc, SequentialContainer
from gvcompile.llvm import compile as comp
from gvcompile.llvm import machinecache, objcache

# a child process: compiles an MLP (hidden width, batch rows: argv[1:3], default 48, 32), checks
# it against the interpreter and prints the compile statistics (test_family_recipes.py too)
CHILD = r'''
import hashlib, json, sys
import numpy as np
import gvcompile
from gvcompile.layers import Fc, SequentialContainer
from gvcompile.llvm import compile as comp
gvcompile.manual_seed(0)
w, rows = (int(a) for a in sys.argv[1:3]) if len(sys.argv) > 2 else (48, 32)
model = SequentialContainer([Fc(64, w, activation_function="relu"), Fc(w, 10)])
x = np.random.default_rng(1).standard_normal((rows, 64), dtype=np.float32)
y = gvcompile.compile(model, x, target="cpu")(x)
ref = gvcompile.compile(model, x, target="interp")(x)
np.testing.assert_allclose(y, ref, rtol=1e-4, atol=1e-4)
out = comp.stats()
out["y"] = hashlib.sha256(np.ascontiguousarray(y).tobytes()).hexdigest()
print(json.dumps(out))
'''


def _child(cache, machine, wait=True):
    env = dict(os.environ, GV_CACHE_DIR=str(cache), GV_MACHINE_CACHE=str(machine),
               GV_NUM_THREADS="1")
    env.pop("GV_DEBUG", None)
    p = subprocess.Popen([sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    return _result(p) if wait else p


def _result(p):
    out, err = p.communicate(timeout=300)
    assert p.returncode == 0, err[-2000:]
    return json.loads(out.strip().splitlines()[-1])


def _store_objects(machine):
    return sorted(machine.rglob("*.o"))


def test_helper_families_are_built_once_per_machine_and_reused(tmp_path):
    machine = tmp_path / "machine"
    first = _child(tmp_path / "a", machine)
    assert first["lib_units"] >= 1 and first["unit_machine"] == 0
    stored = _store_objects(machine)
    assert len(stored) == first["lib_units"]  # the families, and only they, in the store
    assert not list((tmp_path / "a" / "kernels").glob(f"{stored[0].stem}.o"))
    second = _child(tmp_path / "b", machine)  # an empty GV_CACHE_DIR, the same machine
    assert second["lib_units"] == 0 and second["unit_machine"] == first["lib_units"]
    assert second["unit_compiled"] == first["unit_compiled"] - first["lib_units"] > 0
    assert second["y"] == first["y"]  # the same machine code: bit-identical results
    third = _child(tmp_path / "b", machine)  # cached program: the manifest names the families
    assert third["disk_hits"] == 1 and third["unit_compiled"] == 0 and third["y"] == first["y"]


def test_store_off_keeps_families_in_the_cache_directory(tmp_path):
    first = _child(tmp_path / "a", "0")
    assert first["lib_units"] >= 1
    again = _child(tmp_path / "b", "0")
    assert again["lib_units"] == first["lib_units"]  # nothing shared between cache directories
    assert again["y"] == first["y"]


def test_two_processes_filling_one_store_at_once_leave_whole_entries(tmp_path):
    machine = tmp_path / "machine"
    procs = [_child(tmp_path / f"c{i}", machine, wait=False) for i in range(2)]
    results = [_result(p) for p in procs]
    assert all(r["lib_units"] >= 1 for r in results)
    assert results[0]["y"] == results[1]["y"]
    assert not list(machine.rglob("*.tmp"))  # every write renamed into place
    objs = _store_objects(machine)
    assert objs and all(objcache.read_object(o.parents[1], o.stem) is not None for o in objs)
    third = _child(tmp_path / "c2", machine)
    assert third["lib_units"] == 0 and third["y"] == results[0]["y"]


def test_a_damaged_store_entry_is_built_again(tmp_path):
    machine = tmp_path / "machine"
    _child(tmp_path / "a", machine)
    obj = _store_objects(machine)[0]
    obj.write_bytes(obj.read_bytes()[:-16])  # truncated
    assert objcache.read_object(obj.parents[1], obj.stem) is None
    again = _child(tmp_path / "b", machine)
    assert again["lib_units"] == 1
    assert objcache.read_object(obj.parents[1], obj.stem) is not None


def _fc_program(x):
    gvcompile.manual_seed(0)
    model = SequentialContainer([Fc(64, 48, activation_function="relu"), Fc(48, 10)])
    return gvcompile.compile(model, x, target="cpu")(x)


def test_changed_knob_or_salt_never_reads_a_stale_family(tmp_path, monkeypatch):
    """A generator setting that changes a family's IR (no edge micro-kernels) gives it a new
    key; a new salt (another gvcompile or LLVM version, CPU, pipeline) a new folder. Both are
    built again, and the results still match the interpreter."""
    from gvcompile.llvm import gemm, plancache

    def version(v):
        for mod in (comp, plancache):  # plancache holds its own reference
            monkeypatch.setattr(mod, "_version", lambda: v)

    version("test-a")  # keys no earlier test of this process has loaded
    monkeypatch.setenv("GV_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("GV_MACHINE_CACHE", str(tmp_path / "machine"))
    x = np.random.default_rng(1).standard_normal((32, 64), dtype=np.float32)
    gvcompile.manual_seed(0)
    model = SequentialContainer([Fc(64, 48, activation_function="relu"), Fc(48, 10)])
    ref = gvcompile.compile(model, x, target="interp")(x)
    np.testing.assert_allclose(_fc_program(x), ref, rtol=1e-4, atol=1e-4)
    stored = set(_store_objects(tmp_path / "machine"))
    assert stored
    before = comp.stats()
    monkeypatch.setattr(gemm, "EDGE_KERNELS", not gemm.EDGE_KERNELS)
    np.testing.assert_allclose(_fc_program(x), ref, rtol=1e-4, atol=1e-4)
    mid = comp.stats()
    assert mid["lib_units"] > before["lib_units"]  # the GEMM family: a new key
    assert len(set(_store_objects(tmp_path / "machine")) - stored) >= 1
    monkeypatch.setattr(gemm, "EDGE_KERNELS", not gemm.EDGE_KERNELS)
    version("test-b")
    np.testing.assert_allclose(_fc_program(x), ref, rtol=1e-4, atol=1e-4)
    after = comp.stats()
    assert after["lib_units"] > mid["lib_units"] and after["unit_machine"] == mid["unit_machine"]
    folders = [p for p in (tmp_path / "machine").iterdir() if p.is_dir()]
    assert len(folders) == 2
    assert machinecache.clean(comp.unit_salt()) and \
        [p.name for p in (tmp_path / "machine").iterdir()] == [machinecache.salt_id(
            comp.unit_salt())]


def test_machine_root_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("GV_MACHINE_CACHE", str(tmp_path))
    assert machinecache.machine_root() == tmp_path
    monkeypatch.setenv("GV_MACHINE_CACHE", "0")
    assert machinecache.machine_root() is None and machinecache.read("s", "k") is None
    assert not machinecache.write("s", "k", b"x")
    monkeypatch.delenv("GV_MACHINE_CACHE")
    monkeypatch.setenv("GV_CACHE_DIR", "0")
    assert machinecache.machine_root() is None  # caching off: the store too
    monkeypatch.setenv("GV_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home"))
    assert machinecache.machine_root() == tmp_path / "home" / "gvcompile-kernels"


def test_warmup_builds_the_families_a_first_compile_then_links(tmp_path):
    machine = tmp_path / "machine"
    env = dict(os.environ, GV_MACHINE_CACHE=str(machine), GV_CACHE_DIR=str(tmp_path / "w"),
               GV_NUM_THREADS="1")
    r = subprocess.run([sys.executable, "-m", "gvcompile", "warmup"], env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "built" in r.stdout and _store_objects(machine)
    assert not list((tmp_path / "w").glob("*"))  # the warm-up programs were not kept
    first = _child(tmp_path / "a", machine)
    assert first["lib_units"] == 0 and first["unit_machine"] >= 1


def _family_module(const="1.0"):
    body = "\n".join(f'  %".{i}" = fadd float {const}, 2.0' for i in range(2, 120))
    helper = ('define internal void @"gv_big_f32.thread"(ptr %"p")\n{\nentry:\n'
              f'{body}\n  ret void\n}}\n')
    kernel = ('define internal void @"gv_k0_op"(i64 %"N", i64 %"t", ptr %"b")\n'
              '{\nentry:\n  call void @"gv_big_f32.thread"(ptr %"b")\n  ret void\n}\n')
    entry = ('define void @"gv_m"(i64 %"N", ptr %"a", ptr %"o", ptr %"c", ptr %"arena")\n'
             '{\nentry:\n  call void @"gv_k0_op"(i64 %"N", i64 0, ptr %"a")\n  ret void\n}\n')
    return entry + kernel + helper


def _units(text, store=None):
    from gvcompile.llvm import kcache

    kcache._memo.clear()
    units, entry = kcache.split(text, "salt", store=store)
    return [(u.id, u.key, u.text, u.exports) for u in units], entry


def test_canonical_forms_of_families_are_remembered_exactly(tmp_path, monkeypatch):
    """The machine store's canonical forms give the same units as renaming afresh; a changed
    family is a new form; a damaged form is ignored."""
    monkeypatch.setenv("GV_MACHINE_CACHE", str(tmp_path))
    store = machinecache.CanonStore("salt")
    fresh = _units(_family_module())
    assert _units(_family_module(), store) == fresh  # computed, then stored
    forms = sorted(tmp_path.rglob("canon/*.json"))
    assert len(forms) == 1  # the helper family only (kernels and driver are small)
    got = []
    orig = store.get
    monkeypatch.setattr(store, "get", lambda ident: got.append(orig(ident)) or got[-1])
    assert _units(_family_module(), store) == fresh  # read back
    assert got and got[0] is not None
    other = _units(_family_module("3.0"), store)
    fam = {u[0]: u[1] for u in fresh[0]}["lib:gv_big_f32"]
    assert {u[0]: u[1] for u in other[0]}["lib:gv_big_f32"] != fam  # changed with its text
    assert len(sorted(tmp_path.rglob("canon/*.json"))) == 2
    forms[0].write_text(forms[0].read_text().replace("fadd", "fsub"))  # damaged
    got.clear()
    assert _units(_family_module(), store) == fresh and got[0] is None
