"""Plan -> JIT'd entry point, through two on-disk caches of MACHINE CODE.

Program level: the plan key hashes the plan itself (every buffer, kernel, loop body, view and
attr: the generated code is a pure function of them), the code generator's sources (plan/,
llvm/ and the op table), the target (instruction set GV_ISA, CPU name and features: AVX2 and
AVX-512 programs never share an entry), and the gvcompile and LLVM versions. Its entry is a
manifest: the units the program is made of and its entry symbol.

Unit level (kcache.py): the module is cut into one unit per op kernel, per loop function of the
loop kernels (which have no kernel function: emit.INLINE_LOOP_KERNELS), per helper family
(GEMM, dot) and the driver (with the matmul kernels' call set-up, CALL_OPS); a unit's key is
its canonical IR text plus ``unit_salt()`` (target, versions, the pipeline's sources).
Identical kernels (ResNet-20's repeated blocks, a model's forward and its training step) are
optimised and compiled once per process and stored once per cache directory; a changed layer
recompiles only its own kernels. Objects are written atomically (objcache.py). ``stats()`` says
where the time went; GV_DEBUG=1 prints the unit counts per program, GV_DEBUG=2 each compiled
unit. A program with many units to compile shares them with worker processes (unit_worker.py;
llvmlite's lock keeps threads from compiling at once): GV_COMPILE_WORKERS, default the cores
this process may use (at most 8); their objects are byte-identical to this process's. A GEMM or
dot family that this process, the cache directory or the machine store holds under its recipe
(families.py) is not even built: the module declares its entries and the stored unit is linked.
Each unit is optimised at its tier (``unit_tier``: what its run time is worth), and the
loop units a program compiles at the cheap tiers are compiled a few at a time as one module
(``bundles``). GV_SPLIT=0 compiles programs as one module (as before issue 16); GV_DEBUG >= 4
does too and always compiles (the dumps need the module).
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import json
import time
from pathlib import Path

import llvmlite

from .. import config
from . import machinecache, objcache
from .bounds import register as register_bounds_callback
from .emit import ModuleEmitter, entry_name
from .kcache import Unit, Unsplittable, merge, split
from .target import (
    add_object,
    add_objects,
    assembly,
    machine_spec,
    object_code,
    optimise,
    target_id,
    target_machine,
)
from .unit_worker import TIERS, compile_parallel

_SIG = ctypes.CFUNCTYPE(None, ctypes.c_int64, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                        ctypes.c_void_p)
_loaded: dict[str, object] = {}  # key -> ctypes function (this process)
# where compile time goes in this process (seconds, counts): read by bench/compile_time.py and
# printed per program under GV_DEBUG=1
_STATS: dict[str, float] = dict.fromkeys(
    ("key", "emit", "split", "optimise", "codegen", "load", "programs", "disk_hits",
     "process_hits", "unit_units", "unit_dedup", "unit_process", "unit_disk", "unit_compiled",
     "unit_disk_hits", "unit_machine", "parallel", "lib_units", "lib_s", "lib_prebuilt",
     "bundles", "unit_modules"), 0)


def stats() -> dict:
    """A copy of this process's compile-time counters (module-level and private, so that the
    cache key's knobs, which are the UPPER_CASE settings, do not see them)."""
    return dict(_STATS)


def _tick(stat: str, t0: float) -> float:
    t = time.perf_counter()
    _STATS[stat] += t - t0
    return t


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("gvcompile")
    except Exception:
        return "dev"


def generator_sources() -> list[Path]:
    """The code generator's sources: the kernel plan, this LLVM generator and the op table
    (its scalar bodies and lowering rules)."""
    root = Path(__file__).resolve().parents[1]  # gvcompile/
    return [p for d in ("plan", "llvm", "ops") for p in sorted((root / d).rglob("*.py"))]


@functools.lru_cache(maxsize=None)
def _generator_hash() -> str:
    """A hash of the code generator's sources: editing them invalidates the cache."""
    h = hashlib.sha256()
    for p in generator_sources():
        h.update(f"{p.parent.name}/{p.name}".encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def _code_id(fn) -> str:
    code = getattr(fn, "__code__", None)
    if code is None:
        return repr(fn)
    return _code_text(code)


def _code_text(code) -> str:
    """A code object by content: nested functions' code objects are described the same way,
    never by their repr (which holds a memory address and would change every run)."""
    consts = ",".join(_code_text(c) if hasattr(c, "co_code") else repr(c)
                      for c in code.co_consts)
    return f"{code.co_filename}:{code.co_firstlineno}:{code.co_code.hex()}:({consts})"


def _bodies(plan) -> str:
    """The scalar bodies and lowering rules the plan uses, by their code (a body replaced at
    run time, e.g. by a test, is a different program)."""
    from ..ops import OPS

    ops = {k.op for k in plan.kernels if k.op}
    ops |= {e[1] for k in plan.kernels for lp in k.loops for e in lp.exprs if e[0] == "op"}
    out = []
    for op in sorted(ops):
        d = OPS[op]
        out.append(f"{op} {_code_id(d.scalar)} {_code_id(d.lower.get('llvm'))}")
    return "\n".join(out)


@functools.lru_cache(maxsize=None)
def _generator_modules() -> tuple:
    """Every module of this package, imported (the key must not depend on import order)."""
    import importlib
    import pkgutil

    pkg = __name__.rsplit(".", 1)[0]
    names = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]))
    return tuple(importlib.import_module(f"{pkg}.{n}") for n in names)


_KNOB_TYPES = (bool, int, float, str, tuple, frozenset, dict)


def _knobs() -> str:
    """The code generator's module-level settings (UPPER_CASE plain values: fast-math flags,
    blockings, thresholds) as they are NOW: a setting changed at run time (a test patching
    ``scalar_ops.ARITH``) is a different program."""
    out = []
    for mod in _generator_modules():
        for k, v in sorted(vars(mod).items()):
            if k.isupper() and not k.startswith("_") and k != "OPS" and \
                    isinstance(v, _KNOB_TYPES):
                out.append(f"{mod.__name__}.{k}={v!r}")
    return "\n".join(out)


def plan_key(plan) -> str:
    h = hashlib.sha256()
    parts = [plan.name, repr(plan.buffers), repr(plan.kernels), repr(plan.args),
             repr(plan.outputs), repr(plan.arena), _bodies(plan), _knobs(), _generator_hash(),
             target_id(), llvmlite.__version__, _version(), f"GV_BOUNDS={config.bounds()}"]
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()[:32]


def pipeline_sources() -> list[Path]:
    """What turns a unit's IR text into machine code besides LLVM itself: the pipeline
    (target.py), the splitting (kcache.py) and this driver."""
    here = Path(__file__).resolve().parent
    return [here / n for n in ("compile.py", "kcache.py", "target.py", "unit_worker.py")]


@functools.lru_cache(maxsize=None)
def _pipeline_hash() -> str:
    h = hashlib.sha256()
    for p in pipeline_sources():
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def unit_salt() -> str:
    """The part of every unit's key that is not its IR text: target (ISA, CPU name and
    features), LLVM and gvcompile versions, the pipeline's sources."""
    return "\n".join([target_id(), llvmlite.__version__, _version(), _pipeline_hash()])


# Tiered optimisation (unit_worker.TIERS): the GEMM and dot helper families O2 ("lib"), other
# helper families (recurrent cells) the full O3 pipeline; op kernels (conv, pools, layout
# changes) O3 without LLVM's loop unroller; fused elementwise/reduction loop kernels ("glue":
# a few percent of a step's run time, most of a program's kernels) O1, and those whose loops
# are tiny ("tiny") no IR optimisation and fast instruction selection; the driver the same.
# The unroller was ~40% of a ResNet-20 step's kernel compile time (3.02 -> 1.75 s CPU) for no
# measured run time (issue 16).
UNROLL_KERNELS = False
LIB_FAMILIES = ("gv_gemm_", "gv_cgemm_", "gv_dot_", "gv_rows_")  # helper families of the "lib" tier
GLUE_LOOPS = True  # loop kernels at the "glue" tier (else "no-unroll" like op kernels)
# Op kernels that only set up a call of a helper family (a matmul: GEMM, dot or implicit GEMM;
# its only loop zero-fills an empty product) at the driver's tier and in the driver's unit
# (kcache.py): 11 of a LeNet-5 step took ~6.5 ms each at O3 for straight-line code run once
# per call (issue 16).
CALL_OPS = frozenset({"op:matmul"})
# Op kernels whose generator writes the vector code, blocking and loop order itself (the
# direct weight gradient, conv_wgrad.py: ~2,300 lines of FMAs and shuffles for LeNet-5's
# first conv) at the "glue" tier: O3 found nothing more to do in them (LeNet-5's 0.060 ms,
# ResNet-20's 21 kernels 19.0 ms per step, both tiers, alternating runs) and took ~98 ms of
# LeNet-5's compile where O1 takes ~66 (issue 16).
EXPLICIT_OPS = frozenset({"op:conv2d_grad_weight"})
# A glue loop of at most TINY_LOOP_ELEMENTS elements when the batch extent N is
# TINY_LOOP_BATCH (a loss over 10 classes, a bias's gradient or update, a scalar) is
# compiled at the "tiny" tier: ~0.8 ms instead of ~7 ms (22 of a LeNet-5 step's 32 glue
# loops); it runs its few hundred elements ~0.5 us slower per call. Its elements scale with N
# as the step's other work does, so the share of the step it costs does not grow with N.
TINY_LOOP_ELEMENTS = 128
SMALL_LOOP_ELEMENTS = 1024
TINY_LOOP_BATCH = 64


def unit_tier(uid: str, kinds: dict | None = None, sizes: dict | None = None) -> str:
    """The pipeline of a unit (unit_worker.TIERS). ``kinds``: kernel name -> plan kind
    ("loop", or "op:<op>" as ``plan_tiers`` gives; "op"); a kernel's loop function
    (``<kernel>.L0``) gets its kernel's tier; a kernel not in it the op kernels' tier.
    ``sizes``: loop function or loop kernel name -> its elements (``loop_elements``); a glue
    loop of at most TINY_LOOP_ELEMENTS is "tiny", one not in it "glue". Op kernels: "driver"
    (CALL_OPS), "glue" (EXPLICIT_OPS) or "no-unroll"."""
    if uid == "driver":
        return "driver"
    if uid.startswith("lib:"):
        lib = all(f.startswith(LIB_FAMILIES) for f in uid[len("lib:"):].split("+"))
        return "lib" if lib and not UNROLL_KERNELS else "full"
    if UNROLL_KERNELS:
        return "full"
    name = uid[len("k:"):]
    kind = (kinds or {}).get(name.split(".")[0])  # a kernel or its loop function
    if kind == "loop" and GLUE_LOOPS:
        n = (sizes or {}).get(name)
        if n is None or n > SMALL_LOOP_ELEMENTS:
            return "glue"
        return "tiny" if n <= TINY_LOOP_ELEMENTS else "small"
    if kind in CALL_OPS:
        return "driver"
    return "glue" if kind in EXPLICIT_OPS else "no-unroll"


def loop_elements(lp) -> int:
    """The elements of loop ``lp``'s domain when N is TINY_LOOP_BATCH."""
    out = 1
    for e in lp.domain:
        out *= max(e.eval(TINY_LOOP_BATCH), 0)
    return out


def plan_tiers(plan):
    """``unit_tier`` for the units of ``plan``'s module (its kernels' kinds, an op kernel's
    kind being ``op:<op>``; its loop functions' and loop kernels' elements)."""
    kinds = {k.name: k.kind if k.kind != "op" else f"op:{k.op}" for k in plan.kernels}
    sizes: dict[str, int] = {}
    for k in plan.kernels:
        if k.kind == "loop":
            per_loop = [loop_elements(lp) for lp in k.loops]
            sizes.update((f"{k.name}.L{j}", n) for j, n in enumerate(per_loop))
            sizes[k.name] = max(per_loop, default=0)
    return functools.partial(unit_tier, kinds=kinds, sizes=sizes)


_units_loaded: set[str] = set()  # unit keys whose code is in the process JIT
_objs_loaded: set[str] = set()  # keys of the objects in it (a unit's, or a bundle's)


def compile_plan(plan, use_cache: bool = True, key: str | None = None):
    """Generate, optimise and JIT the plan (or load its machine code from the cache); returns
    a ctypes function. The program is compiled as units (kcache.py): each distinct kernel and
    helper family once per process, and once per cache directory. ``key``: the plan's key
    when known (plancache.py stores it with the plan)."""
    t0 = time.perf_counter()
    key = key or plan_key(plan)
    _tick("key", t0)
    debug = config.debug_level() >= 4
    if key in _loaded and not debug:
        _STATS["process_hits"] += 1
        return _loaded[key]
    _STATS["programs"] += 1
    cdir = config.cache_dir() if use_cache else None
    register_bounds_callback()  # GV_BOUNDS code calls it (cheap: one symbol, idempotent)
    split_ok = not debug and config.split_units()
    fn = _from_manifest(key, cdir, plan.name) if split_ok else None
    if fn is None and split_ok:
        fn = _compile_units(plan, key, cdir)
    if fn is None:
        fn = _compile_whole(plan, key, cdir)
    _loaded[key] = fn
    return fn


def _from_manifest(key: str, cdir, name: str = "") -> object | None:
    """A program compiled before (this cache directory): load its units' objects."""
    if cdir is None:
        return None
    found = objcache.read_manifest(cdir, key)
    if found is None:
        return None
    units, entry = found
    objs: dict[str, bytes] = {}
    salt = unit_salt()
    for u in dict.fromkeys(units):
        if u in _units_loaded:
            continue
        got = _read_kernel(cdir, salt, u)
        if got is None:
            return None  # evicted or damaged: compile again
        if got[1] not in _objs_loaded:
            objs.setdefault(got[1], got[0])
    _STATS["disk_hits"] += 1
    _STATS["unit_disk_hits"] += len(objs)
    if config.debug_level() >= 1:
        print(f"[gvcompile] llvm {name}: cache hit, {len(objs)} objects loaded from disk for "
              f"{len(set(units))} units (the rest already in this process)")
    return _load(objs, units, entry)


def _load(objs: dict[str, bytes], units, entry: str):
    """Load ``objs`` (object key -> object) into the JIT: then ``units`` are all in it."""
    t = time.perf_counter()
    eng = add_objects(list(objs.values()))
    _objs_loaded.update(objs)
    _units_loaded.update(units)
    fn = _SIG(eng.get_function_address(entry))
    _tick("load", t)
    return fn


def _compile_units(plan, key: str, cdir):
    before = dict(_STATS)
    t = time.perf_counter()
    salt = unit_salt()
    store = machinecache.CanonStore(salt) if cdir is not None else None
    em = ModuleEmitter(plan, bounds=config.bounds())
    found: dict[int, tuple] = {}  # id(generator) -> (unit key, object or None, entries)
    text = em.emit(prebuilt=lambda g: _prebuilt(g, cdir, salt, store, found))
    t = _tick("emit", t)
    entries = {n: fd for _, _, ents in found.values() for n, fd in ents.items()}
    _STATS["lib_prebuilt"] += len(found)
    try:
        units, entry = split(text, salt, plan_tiers(plan), store, entries)
    except Unsplittable as e:
        if config.debug_level() >= 1:
            print(f"[gvcompile] {plan.name}: compiled whole ({e})")
        return None
    _tick("split", t)
    objs: dict[str, bytes] = {k: o for k, o, _ in found.values() if o is not None}
    todo: list = []
    counts = {"units": len(units) + len(found), "dedup": 0, "process": 0,
              "disk": len(objs), "compiled": 0}
    counts["process"] = len(found) - len(objs)
    seen: set[str] = set(objs)  # a unit equal to an earlier one of this program, however
    for u in units:              # that one was found (disk, this process, compiled), is a duplicate
        if u.key in seen:
            counts["dedup"] += 1
            continue
        seen.add(u.key)
        got = _read_kernel(cdir, salt, u.key) if u.key not in _units_loaded and \
            cdir is not None else None
        if u.key in _units_loaded or (got is not None and got[1] in _objs_loaded):
            counts["process"] += 1  # (a unit of a bundle loaded for another program)
        elif got is not None:
            counts["disk"] += 1
            objs.setdefault(got[1], got[0])
        else:
            todo.append(u)
    counts["compiled"] = len(todo)
    jobs = bundles(todo)
    _STATS["bundles"] += sum(1 for j in jobs if j.members)
    _STATS["unit_modules"] += len(jobs)
    for j, obj in zip(jobs, _compile_objects(jobs, plan.name), strict=True):
        objs[j.key] = obj
        if cdir is not None:
            _write_unit(cdir, salt, j, obj)
    for k, v in counts.items():
        _STATS["unit_" + k] += v
    if config.debug_level() >= 1:
        took = ", ".join(f"{k} {1e3 * (_STATS[k] - before[k]):.0f} ms"
                         for k in ("emit", "split", "optimise", "codegen"))
        machine = int(_STATS["unit_machine"] - before["unit_machine"])
        print(f"[gvcompile] llvm {plan.name}: {counts['units']} units: {counts['dedup']} "
              f"duplicates, {counts['process']} already loaded, {counts['disk']} from disk "
              f"({machine} helper families from the machine store), {counts['compiled']} "
              f"compiled ({len(jobs)} modules); {took}")
    for g in em.families():
        if id(g) not in found:
            _remember(g, units, salt, store)
    order = list(dict.fromkeys([k for k, _, _ in found.values()] + [u.key for u in units]))
    fn = _load(objs, order, entry)
    if cdir is not None:
        objcache.write_manifest(cdir, key, order, entry)
    return fn


_recipes: dict[str, tuple] = {}  # recipe ident -> (unit key, {entry: (final, declaration)})


def _recipe_ident(gen, salt: str) -> str:
    """A helper family's recipe (families.py) with everything else its unit is a function of:
    the code generator's sources and knobs, GV_BOUNDS and the unit salt."""
    h = hashlib.sha256()
    for part in ("helper family recipe", gen.recipe(), _generator_hash(), _knobs(),
                 f"GV_BOUNDS={config.bounds()}", salt):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


def _prebuilt(gen, cdir, salt: str, store, found: dict) -> bool:
    """Whether helper family ``gen`` is compiled already (this process, ``cdir`` or the
    machine store) under its recipe: then its bodies are not built (``found`` gets its unit
    key, object, and entries' final names and declarations)."""
    ident = _recipe_ident(gen, salt)
    rec = _recipes.get(ident)
    if rec is None and store is not None and (got := store.get(ident)) is not None:
        decls, ukey, finals = got
        try:
            decls = json.loads(decls)
        except ValueError:
            return False
        rec = (ukey, {n: (finals[n], decls[n]) for n in finals if n in decls})
        if set(rec[1]) != set(finals):
            return False
    if rec is None or set(rec[1]) != gen.parts.used:
        return False
    ukey, ents = rec
    obj = None
    if ukey not in _units_loaded:
        obj = _read_unit(cdir, salt, ukey) if cdir is not None else None
        if obj is None:
            return False
    _recipes[ident] = rec
    found[id(gen)] = (ukey, obj, ents)
    return True


def _remember(gen, units, salt: str, store) -> None:
    """Record a helper family built in this module under its recipe, when its unit is exactly
    the family: only its own functions, no calls into other units, and its entries called
    only from other units (a small entry copied into its callers would not be)."""
    mine = gen.parts.created | set(gen.parts.entries)
    u = next((u for u in units if set(u.functions) & set(gen.parts.entries)), None)
    if u is None or not u.id.startswith("lib:") or u.deps or \
            not set(u.functions) <= mine or set(u.exports) != gen.parts.used:
        return
    ident = _recipe_ident(gen, salt)
    _recipes[ident] = (u.key, {n: (u.exports[n], u.decls[n]) for n in u.exports})
    if store is not None:
        store.put(ident, (json.dumps(u.decls), u.key, dict(u.exports)))


def _read_unit(cdir, salt: str, key: str) -> bytes | None:
    """A unit's object from the program cache, else from the machine store (helper families:
    machinecache.py)."""
    obj = objcache.read_object(cdir, key)
    if obj is None and (obj := machinecache.read(salt, key)) is not None:
        _STATS["unit_machine"] += 1
    return obj


def _read_kernel(cdir, salt: str, key: str) -> tuple[bytes, str] | None:
    """(object, its key) of unit ``key``: its own object, or the bundle's it was compiled in."""
    obj = _read_unit(cdir, salt, key)
    if obj is not None:
        return obj, key
    into = objcache.read_link(cdir, key)
    obj = objcache.read_object(cdir, into) if into is not None else None
    return (obj, into) if obj is not None else None


def _write_unit(cdir, salt: str, u, obj: bytes) -> None:
    """Helper families go to the machine store (every program and cache directory of this
    machine links them); kernels, drivers, bundles and families the store cannot take to
    ``cdir`` (a bundle's units as links to its object, written after it)."""
    if not (u.id.startswith("lib:") and machinecache.write(salt, u.key, obj)):
        objcache.write_object(cdir, u.key, obj)
    for m in u.members:
        objcache.write_link(cdir, m, u.key)


# Loop units to compile at one of these tiers are compiled BUNDLE_UNITS at a time as one LLVM
# module (a "bundle"): a module's fixed costs (pass and code generator set-up, analyses, the
# object file) were ~1 ms of a glue loop's ~6.5 (LeNet-5 step: 35 glue, small and tiny loops,
# 0.17 s separately, 0.13 s in one module each tier). A bundle is stored as one object; each
# unit has a link to it, so another program that needs the unit loads the bundle (its other
# units too: their symbols are named by their content, so two copies are the same code).
BUNDLE_TIERS = ("glue", "small", "tiny")
BUNDLE_UNITS = 8


def bundles(todo: list) -> list:
    """Units to compile -> compile jobs: units, and bundles (``Unit`` with ``members``) of
    up to BUNDLE_UNITS loop units of one tier in BUNDLE_TIERS that call no other unit."""
    jobs, groups = [], {}
    for u in todo:
        if u.tier in BUNDLE_TIERS and u.id.startswith("k:") and not u.deps:
            groups.setdefault(u.tier, []).append(u)
        else:
            jobs.append(u)
    for tier, group in groups.items():
        while group:
            text, taken = merge([u.text for u in group[:BUNDLE_UNITS]])
            if not taken or taken[0] != 0:  # the first cannot share a module (metadata)
                jobs.append(group.pop(0))
                continue
            part = [group[i] for i in taken]
            group = [u for i, u in enumerate(group) if i not in taken]
            jobs.append(_bundle(part, text, tier) if len(part) > 1 else part[0])
    return jobs


def _bundle(units: list, text: str, tier: str):
    keys = [u.key for u in units]
    key = hashlib.sha256("\n".join(["bundle", tier] + keys).encode()).hexdigest()[:24]
    return Unit(f"bundle:{tier}:" + "+".join(u.id[len("k:"):] for u in units), text, key,
                tier=tier, members=keys)


PARALLEL_MIN_UNITS = 16  # below this a worker's start (~0.15 s) costs more than it saves


def _compile_objects(todo: list, program: str) -> list[bytes]:
    """Objects of the units (and bundles) to compile: in this process, or shared with worker
    processes (unit_worker.py) when there are enough units and more than one core."""
    n = sum(len(u.members) or 1 for u in todo)
    workers = min(config.compile_workers(), n // (PARALLEL_MIN_UNITS // 2) or 1, len(todo))
    if n < PARALLEL_MIN_UNITS or workers <= 1:
        return [_unit_object(u, program) for u in todo]
    _, cpu, feats = machine_spec()
    t = time.perf_counter()
    jobs = [(u.text, u.tier) for u in todo]
    by_text = {u.text: u for u in todo}
    out = compile_parallel(cpu, feats, jobs, workers,
                           lambda text, tier: _unit_object(by_text[text], program))
    _STATS["parallel"] += time.perf_counter() - t
    return out


def _unit_object(u, program: str) -> bytes:
    t0 = t = time.perf_counter()
    speed, unroll, opt, interleave, slp = TIERS[u.tier]
    tm = target_machine(opt=opt)
    mod = optimise(u.text, f"{program}:{u.id}", tm, unroll=unroll, speed=speed,
                   interleave=interleave, slp=slp)
    t = _tick("optimise", t)
    obj = tm.emit_object(mod)
    t2 = _tick("codegen", t)
    if u.id.startswith("lib:"):  # helper families: compiled once per cache directory
        _STATS["lib_units"] += 1
        _STATS["lib_s"] += t2 - t0
    if config.debug_level() >= 2:
        print(f"[gvcompile]   {u.id} ({u.key[:12]}): {1e3 * (t2 - t):.1f} ms codegen")
    return obj


WHOLE_SPEED = 2  # the optimisation level of a program compiled as one module


def _compile_whole(plan, key: str, cdir):
    """The whole program as one module (GV_DEBUG >= 4 dumps it; modules kcache cannot split)."""
    unique = f"{entry_name(plan)}_{key[:12]}"
    debug = config.debug_level() >= 4
    obj = objcache.read_object(cdir, f"whole-{key}") if cdir is not None and not debug else None
    if obj is None:
        obj = _generate(plan, unique)
        if cdir is not None:
            objcache.write_object(cdir, f"whole-{key}", obj)
    t = time.perf_counter()
    eng = add_object(obj)
    fn = _SIG(eng.get_function_address(unique))
    _tick("load", t)
    return fn


def _generate(plan, unique: str) -> bytes:
    t = time.perf_counter()
    text = ModuleEmitter(plan, bounds=config.bounds()).emit()
    name = entry_name(plan)
    text = text.replace(f"@{name}(", f"@{unique}(").replace(f'@"{name}"(', f'@"{unique}"(')
    if config.debug_level() >= 4:
        config.emit_debug(f"llvm {plan.name}", text, "ll")
    t = _tick("emit", t)
    # O2, as the GEMM family is in split programs ('lib' tier): LLVM 22's O3 pipeline aborts
    # (an assertion in a cast to BinaryOperator) on the direct micro-kernels of gemm_direct.py
    # when they are optimised at O3 in one module with the rest (GV_SPLIT=0, GV_BOUNDS modules)
    mod = optimise(text, unique, speed=WHOLE_SPEED)
    t = _tick("optimise", t)
    if config.debug_level() >= 5:
        config.emit_debug(f"llvm-opt {plan.name}", str(mod), "ll")
        config.emit_debug(f"asm {plan.name}", assembly(mod), "s")
    obj = object_code(mod)
    _tick("codegen", t)
    return obj
