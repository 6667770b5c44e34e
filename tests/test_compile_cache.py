"""Kernel-level compile cache (issue 16): identical kernels compiled once, keys complete, entries
written atomically, a changed kernel recompiles alone (gvcompile/llvm/kcache.py, objcache.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

import gvcompile
from gvcompile.layers import Fc, SequentialContainer
from gvcompile.llvm import compile as comp
from gvcompile.llvm import kcache, objcache

KERNEL = '''define internal void @"gv_k{i}_add"(i64 %"N", i64 %"nthreads", ptr %"b{a}")
{{
entry:
  %".{j}" = load float, ptr %"b{a}"
  %".{k}" = fadd float %".{j}", {c}
  store float %".{k}", ptr %"b{a}"
  ret void
}}
'''


def _module(consts):
    """A module text as emit.py writes it: an entry calling one kernel per constant."""
    calls = "\n".join(f'  call void @"gv_k{i}_add"(i64 %"N", i64 0, ptr %"arena")'
                      for i in range(len(consts)))
    kernels = "".join(KERNEL.format(i=i, a=3 * i + 1, j=7 * i + 2, k=7 * i + 3, c=c)
                      for i, c in enumerate(consts))
    return ('; ModuleID = "m"\ntarget triple = "unknown-unknown-unknown"\n\n'
            'define void @"gv_m"(i64 %"N", ptr %"args", ptr %"outs", ptr %"consts", '
            f'ptr %"arena")\n{{\nentry:\n{calls}\n  ret void\n}}\n\n; a comment\n{kernels}')


def test_equal_kernels_share_a_key_and_different_ones_do_not():
    units, entry = kcache.split(_module(["1.0", "1.0", "2.0"]), "salt")
    keys = {u.id: u.key for u in units}
    # names, buffer ids and value numbering differ; the code does not
    assert keys["k:gv_k0_add"] == keys["k:gv_k1_add"] != keys["k:gv_k2_add"]
    assert entry.startswith("gvu_" + keys["driver"])
    assert [u.id for u in units][-1] == "driver"  # after the kernels it calls


def test_unit_keys_cover_the_salt_and_the_salt_covers_target_and_versions(monkeypatch):
    text = _module(["1.0"])
    a = {u.id: u.key for u in kcache.split(text, "salt-a")[0]}
    b = {u.id: u.key for u in kcache.split(text, "salt-b")[0]}
    assert all(a[k] != b[k] for k in a)
    base = comp.unit_salt()
    monkeypatch.setattr(comp, "target_id", lambda: "avx2 x86-64-v3 other-features")
    assert comp.unit_salt() != base
    monkeypatch.undo()
    monkeypatch.setattr(comp, "_version", lambda: "0.0.0-other")
    assert comp.unit_salt() != base
    monkeypatch.undo()
    monkeypatch.setattr(comp.llvmlite, "__version__", "0.0-other")
    assert comp.unit_salt() != base
    names = {p.name for p in comp.pipeline_sources()}
    assert {"target.py", "kcache.py", "compile.py"} <= names


def test_mutable_global_is_not_split():
    text = _module(["1.0"]) + '@"gv_state" = internal global i64 0\n'
    with pytest.raises(kcache.Unsplittable):
        kcache.split(text, "salt")


def test_identical_layers_compile_once_and_match_the_interpreter(tmp_path, monkeypatch):
    monkeypatch.setenv("GV_CACHE_DIR", str(tmp_path))
    from gvcompile.compiled import model as cmodel

    monkeypatch.setattr(cmodel, "LAZY_BACKWARD", False)  # forward and backward: equal units
    from gvcompile.llvm import emit

    monkeypatch.setattr(emit, "DEDUP_OP_KERNELS", False)  # kcache's de-duplication, not emit's
    gvcompile.manual_seed(0)
    # another model first: its shape-free glue loops are then already loaded in this process,
    # and the second copy of one in the model below is still a duplicate, not a process hit
    other = SequentialContainer([Fc(10, 10, activation_function="relu"), Fc(10, 3)])
    gvcompile.compile(other, np.ones((2, 10), np.float32), target="cpu")
    model = SequentialContainer([Fc(24, 24, activation_function="relu"),
                                 Fc(24, 24, activation_function="relu"), Fc(24, 3)])
    x = np.random.default_rng(0).standard_normal((5, 24), dtype=np.float32)
    before = comp.stats()
    cm = gvcompile.compile(model, x, target="cpu")
    after = comp.stats()
    assert after["unit_dedup"] > before["unit_dedup"]  # the two equal Fc+relu kernels
    ref = gvcompile.compile(model, x, target="interp")
    np.testing.assert_allclose(cm(x), ref(x), rtol=1e-5, atol=1e-5)
    g = np.ones((5, 3), np.float32)
    for a, b in zip(cm.backward(g), ref.backward(g), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-5)


CHILD = r'''
import json, sys
import numpy as np
import gvcompile
from gvcompile.layers import Fc, SequentialContainer
from gvcompile.llvm import compile as comp
out = int(sys.argv[1])
gvcompile.manual_seed(0)
model = SequentialContainer([Fc(20, 32, activation_function="relu"), Fc(32, 16),
                             Fc(16, out)])
x = np.random.default_rng(1).standard_normal((6, 20), dtype=np.float32)
y = gvcompile.compile(model, x, target="cpu")(x)
ref = gvcompile.compile(model, x, target="interp")(x)
np.testing.assert_allclose(y, ref, rtol=1e-5, atol=1e-5)
print(json.dumps(comp.stats()))
'''


def _child(cache, out=8, wait=True):
    env = dict(os.environ, GV_CACHE_DIR=str(cache), GV_NUM_THREADS="1",
               GV_MACHINE_CACHE=str(cache / "machine"))  # helper families: this test's own
    env.pop("GV_DEBUG", None)
    p = subprocess.Popen([sys.executable, "-c", CHILD, str(out)], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return _result(p) if wait else p


def _result(p):
    out, err = p.communicate(timeout=300)
    assert p.returncode == 0, err[-2000:]
    return json.loads(out.strip().splitlines()[-1])


def test_two_processes_compiling_at_once_leave_a_whole_cache(tmp_path):
    procs = [_child(tmp_path, wait=False) for _ in range(2)]
    for p in procs:
        assert _result(p)["unit_compiled"] > 0
    assert not list(tmp_path.rglob("*.tmp"))  # every write was renamed into place
    objs = list((tmp_path / "kernels").glob("*.o"))
    assert objs and all(objcache.read_object(tmp_path, o.stem) is not None for o in objs)
    third = _child(tmp_path)  # a new process: everything from the disk
    assert third["disk_hits"] == 1 and third["unit_compiled"] == 0  # the forward-only program


def test_a_changed_layer_recompiles_only_its_kernels(tmp_path):
    first = _child(tmp_path, out=8)
    second = _child(tmp_path, out=5)  # the last Fc changed: its kernels (and the drivers)
    assert 0 < second["unit_compiled"] < first["unit_compiled"]
    assert second["unit_disk"] > 0


def test_a_damaged_entry_is_compiled_again(tmp_path):
    _child(tmp_path)
    objs = sorted((tmp_path / "kernels").glob("*.o"))
    objs[0].write_bytes(objs[0].read_bytes()[:-16])  # truncated
    assert objcache.read_object(tmp_path, objs[0].stem) is None
    again = _child(tmp_path)
    assert again["unit_compiled"] >= 1
    assert objcache.read_object(tmp_path, objs[0].stem) is not None


def test_small_helpers_are_copied_into_callers_and_big_ones_shared():
    body = "\n".join(f'  %".{i}" = fadd float 1.0, 2.0' for i in range(2, 120))
    helpers = ('define internal void @"gv_small_f32.step"(ptr %"p")\n{\nentry:\n'
               '  call void @"gv_big_f32.thread"(ptr %"p")\n  ret void\n}\n'
               'define internal void @"gv_big_f32.thread"(ptr %"p")\n{\nentry:\n'
               f'{body}\n  ret void\n}}\n')
    kernels = "".join(f'define internal void @"gv_k{i}_op"(i64 %"N", i64 %"t", ptr %"b")\n'
                      '{\nentry:\n  call void @"gv_small_f32.step"(ptr %"b")\n  ret void\n}\n'
                      for i in range(2))
    entry = ('define void @"gv_m"(i64 %"N", ptr %"a", ptr %"o", ptr %"c", ptr %"arena")\n'
             '{\nentry:\n' + "".join(f'  call void @"gv_k{i}_op"(i64 %"N", i64 0, ptr %"a")\n'
                                     for i in range(2)) + "  ret void\n}\n")
    units, _ = kcache.split(entry + kernels + helpers, "salt")
    ids = [u.id for u in units]
    assert "lib:gv_big_f32" in ids and "lib:gv_small_f32" not in ids  # copied, not shared
    big = next(u for u in units if u.id == "lib:gv_big_f32")
    k0 = next(u for u in units if u.id == "k:gv_k0_op")
    assert k0.deps == [big.key] and k0.text.count("define ") == 2  # kernel + its copy
    assert f'declare void @"gvu_{big.key}.0"' in k0.text


def test_worker_processes_make_the_same_objects_as_this_process():
    from gvcompile.llvm import target, unit_worker

    units, _ = kcache.split(_module(["1.0", "2.0", "3.0", "4.0"]), comp.unit_salt(),
                            comp.unit_tier)
    assert {u.tier for u in units} == {"driver", "no-unroll"}
    _, cpu, feats = target.machine_spec()

    def tm_for(opt):
        return target.target_machine(opt=opt)

    jobs = [(u.text, tier) for u in units for tier in ("full", u.tier)]
    here = [unit_worker.compile_text(t, tier, tm_for) for t, tier in jobs]
    calls = []

    def local(text, tier):
        calls.append(text)
        return unit_worker.compile_text(text, tier, tm_for)

    shared = unit_worker.compile_parallel(cpu, feats, jobs, 3, local)
    assert shared == here
    assert 0 < len(calls) < len(jobs)  # this process compiled its share, the workers the rest


def test_repeated_blocks_emit_each_loop_kernel_once_and_match_the_interpreter(monkeypatch,
                                                                              tmp_path):
    """ResNet-style identical residual blocks: equal loop kernels are emitted once per module
    and called with each block's buffers (emit.py DEDUP_LOOP_KERNELS); the numbers do not
    change, forward and backward."""
    from gvcompile.bench.models import _block
    from gvcompile.compiled.model import build_graphs
    from gvcompile.ir.types import TensorType
    from gvcompile.llvm import lowering  # noqa: F401  (registers the op lowering rules)
    from gvcompile.llvm.emit import ModuleEmitter
    from gvcompile.plan.build import build_plan

    monkeypatch.setenv("GV_CACHE_DIR", str(tmp_path))
    gvcompile.manual_seed(0)
    model = SequentialContainer([_block(4, 4, 1) for _ in range(3)])
    x = np.random.default_rng(2).standard_normal((2, 4, 6, 6), dtype=np.float32)
    fwd, bwd = build_graphs(model, [TensorType(("N", 4, 6, 6), np.float32)], 2, name="blocks")
    for g in (fwd, bwd):
        plan = build_plan(g)
        text = ModuleEmitter(plan).emit()
        defined = {k.name for k in plan.kernels if f'define internal void @"{k.name}"(' in text}
        assert len(defined) < len(plan.kernels)  # some kernels reuse an earlier function
    cm = gvcompile.compile(model, x, target="cpu")
    ref = gvcompile.compile(model, x, target="interp")
    np.testing.assert_allclose(cm(x), ref(x), rtol=1e-4, atol=1e-4)
    g = np.random.default_rng(3).standard_normal(cm(x).shape, dtype=np.float32)
    for a, b in zip(cm.backward(g), ref.backward(g), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-3, atol=1e-3)


def test_helper_families_calling_each_other_are_one_unit():
    """gv_a_f32.thread calls gv_b_f32.thread, which calls gv_a_f32.pack: one unit for both
    families (units must not call each other in a circle), and the module still splits."""
    body = "\n".join(f'  %".{i}" = fadd float 1.0, 2.0' for i in range(2, 120))  # not copied

    def fn(name, calls):
        return (f'define internal void @"{name}"(ptr %"p")\n{{\nentry:\n' +
                "".join(f'  call void @"{c}"(ptr %"p")\n' for c in calls) +
                f'{body}\n  ret void\n}}\n')

    helpers = (fn("gv_a_f32.thread", ["gv_b_f32.thread", "gv_a_f32.pack"]) +
               fn("gv_a_f32.pack", []) + fn("gv_b_f32.thread", ["gv_a_f32.pack"]) +
               fn("gv_c_f32.thread", []))
    kernel = fn("gv_k0_op", ["gv_a_f32.thread", "gv_c_f32.thread"])
    entry = ('define void @"gv_m"(i64 %"N", ptr %"a", ptr %"o", ptr %"c", ptr %"arena")\n'
             '{\nentry:\n  call void @"gv_k0_op"(ptr %"a")\n  ret void\n}\n')
    units, _ = kcache.split(entry + kernel + helpers, "salt")
    ids = sorted(u.id for u in units)
    assert ids == ["driver", "k:gv_k0_op", "lib:gv_a_f32+gv_b_f32", "lib:gv_c_f32"]
    both = next(u for u in units if u.id == "lib:gv_a_f32+gv_b_f32")
    assert sorted(both.functions) == ["gv_a_f32.pack", "gv_a_f32.thread", "gv_b_f32.thread"]


def _planned_graph(value=1.0):
    from gvcompile.compiled.model import build_forward_graph
    from gvcompile.ir.types import TensorType
    from gvcompile.layers import Conv, Reshape

    model = SequentialContainer([Conv(2, 3, 3, activation_function="relu"), Reshape((12,)),
                                 Fc(12, 4)])
    model[2].weight[...] = value
    return build_forward_graph(model, [TensorType(("N", 2, 4, 4), np.float32)], name="pc")


def test_plan_cache_hit_gives_the_same_plan_and_keys_are_complete(tmp_path, monkeypatch):
    from gvcompile.llvm import plancache
    from gvcompile.ops import OPS
    from gvcompile.plan import conv

    monkeypatch.setenv("GV_CACHE_DIR", str(tmp_path))
    g = _planned_graph()
    plan, key, aliased = plancache.cached_plan(g)
    again, key2, aliased2 = plancache.cached_plan(_planned_graph())
    assert type(again) is plancache._LazyPlan and "_blob" in again.__dict__  # not read yet
    assert (key2, aliased2) == (key, aliased) and key == comp.plan_key(again)
    assert repr(again.kernels) == repr(plan.kernels) and str(again) == str(plan)
    base = plancache.plan_cache_key(g)
    assert plancache.plan_cache_key(_planned_graph()) == base
    monkeypatch.setattr(conv, "IMPLICIT_GEMM", not conv.IMPLICIT_GEMM)
    assert plancache.plan_cache_key(g) != base
    monkeypatch.undo()
    monkeypatch.setenv("GV_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(OPS["relu"], "scalar", lambda s, v: s.max(v, s.const(0.5)))
    assert plancache.plan_cache_key(g) != base
    monkeypatch.undo()
    monkeypatch.setattr(comp, "target_id", lambda: "avx2 x86-64-v3 other-features")
    monkeypatch.setattr(plancache, "target_id", lambda: "avx2 x86-64-v3 other-features")
    assert plancache.plan_cache_key(g) != base


def test_plan_cache_key_sees_constant_values_and_damaged_entries_are_planned_again(tmp_path,
                                                                                   monkeypatch):
    from gvcompile.compiled.model import build_forward_graph
    from gvcompile.ir.types import TensorType
    from gvcompile.layers import GraphContainer, forward
    from gvcompile.llvm import plancache

    def graph(c):  # the same model with a constant of 8 elements (printed without values)
        m = GraphContainer(lambda L, x: forward(L[0], x) * np.full(8, c, np.float32),
                           [Fc(3, 8)])
        return build_forward_graph(m, [TensorType(("N", 3), np.float32)], name="consts")

    assert plancache.plan_cache_key(graph(1.0)) != plancache.plan_cache_key(graph(2.0))
    monkeypatch.setenv("GV_CACHE_DIR", str(tmp_path))
    plancache.cached_plan(graph(1.0))
    (entry,) = (tmp_path / "plans").glob("*.pkl")
    entry.write_bytes(entry.read_bytes()[:-20])
    plan, _, _ = plancache.cached_plan(graph(1.0))
    assert type(plan) is not plancache._LazyPlan  # planned again


LOOP = '''define void @"gvu_{h}.0"(i64 %v0, ptr %v1)
{{
v2:
  %v3 = call float @"llvm.fabs.f32"(float {c})
  store float %v3, ptr %v1
  ret void
}}
'''


def test_bundle_text_keeps_one_declaration_per_symbol_and_leaves_out_conflicts():
    decl = 'declare float @"llvm.fabs.f32"(float %v{i})\n'
    a = decl.format(i=0) + LOOP.format(h="a", c="1.0")
    b = decl.format(i=7) + LOOP.format(h="b", c="2.0")  # same declaration, other names
    c = 'declare double @"llvm.fabs.f32"(double %v0)\n' + LOOP.format(h="c", c="3.0")
    d = b.replace("ret void", "ret void, !gv !0") + '!0 = !{i64 1}\n'  # numbered per module
    text, taken = kcache.merge([a, b, c, d, d.replace('"gvu_b', '"gvu_d')])
    assert taken == [0, 1]  # c declares the symbol differently, d has metadata: alone
    assert text.count("declare ") == 1 and text.count("define ") == 2
    from gvcompile.llvm import target

    target.optimise(text, "bundle")  # a valid module


def test_loop_units_are_compiled_in_bundles_of_a_tier():
    def unit(i, tier, deps=()):
        return kcache.Unit(f"k:gv_k{i}.L0", LOOP.format(h=f"{i:02d}", c=f"{i}.0"), f"{i:024x}",
                           deps=list(deps), tier=tier)

    meta = unit(55, "tiny")
    meta.text = meta.text.replace("ret void", "ret void, !gv !0") + "!0 = !{i64 1}\n"
    todo = [meta] + [unit(i, "glue") for i in range(comp.BUNDLE_UNITS + 2)] + \
        [unit(50, "tiny"), unit(51, "tiny"), unit(52, "small"), unit(53, "glue", ["dep"]),
         unit(54, "no-unroll"), kcache.Unit("driver", "", "d" * 24, tier="driver")]
    jobs = comp.bundles(todo)
    members = [j.members for j in jobs if j.members]
    assert sorted(len(m) for m in members) == [2, 2, comp.BUNDLE_UNITS]  # glue 8 + 2, tiny 2
    assert all(len({u.tier for u in todo if u.key in m}) == 1 for m in members)
    alone = {j.id for j in jobs if not j.members}  # one small loop, one calling another,
    assert alone == {"k:gv_k52.L0", "k:gv_k53.L0", "k:gv_k54.L0", "driver",  # an op, the
                     "k:gv_k55.L0"}  # driver, one with metadata (numbered per module)
    assert sum(len(j.members) or 1 for j in jobs) == len(todo)
    keys = {j.key for j in jobs}
    assert len(keys) == len(jobs) and not keys & {u.key for u in todo if u not in jobs}


def test_a_unit_compiled_in_a_bundle_is_loaded_through_its_link(tmp_path):
    first = _child(tmp_path, out=8)
    assert first["bundles"] > 0
    links = list((tmp_path / "kernels").glob("*.in"))
    assert links
    for link in links:  # every link names an object that reads back whole
        assert objcache.read_object(tmp_path, objcache.read_link(tmp_path, link.stem))
    # another program (the last Fc changed) in a new process: its loops equal to the first
    # program's come from the first program's bundles (the child checks the interpreter)
    second = _child(tmp_path, out=5)
    assert second["unit_disk"] > 0 and second["unit_compiled"] < first["unit_compiled"]
    (tmp_path / "llvm").rename(tmp_path / "manifests")  # no program manifest: units only
    third = _child(tmp_path, out=8)
    assert third["unit_compiled"] == 0 and third["unit_disk"] > 0
