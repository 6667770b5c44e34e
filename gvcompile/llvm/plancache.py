"""Kernel plans cached on disk, keyed by the optimised graph (issue 16: a cached compile).

A program compiled before (same model, new process) used to plan its graph again only to find
its machine code in the cache: for a ResNet-20 training step that planning (``build_plan``,
the in-place analysis and the plan's own hash) was about half of the cached compile. Here the
plan is keyed by what it is a function of: the optimised graph (every node's id, op, operands,
attributes with array VALUES hashed, type, name, provenance and binding; the arguments, the
outputs and their roles, the constraints), the scalar bodies and lowering rules of the whole op
table, the planner's and the code generator's module-level settings, the generator's sources,
the target, the LLVM and gvcompile versions and GV_BOUNDS. An entry holds the plan (its kernels
unpickled only when something reads them: the emitter after a cache miss of the machine code,
a debug dump), the plan's machine-code key and the in-place outputs, written atomically
(objcache.py); an entry that does not load is planned again. GV_VALIDATE=1 and GV_DEBUG >= 2
always plan (they read the plan's views of the graph, or print it).
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import pickle
import pkgutil
from pathlib import Path

import llvmlite
import numpy as np

from .. import config
from ..plan.build import build_plan
from ..plan.kernels import Plan
from . import objcache
from .compile import _code_id, _generator_hash, _knobs, _version, plan_key
from .inplace import inplace_outputs
from .target import has_avx512, target_id


class _LazyPlan(Plan):
    """A plan read from the cache: ``kernels`` is unpickled on first use."""

    @property
    def kernels(self):
        if self.__dict__.get("_kernels") is None:
            self.__dict__["_kernels"] = pickle.loads(self.__dict__.pop("_blob"))
        return self.__dict__["_kernels"]

    @kernels.setter
    def kernels(self, value):
        self.__dict__["_kernels"] = value


def cached_plan(graph, use_cache: bool = True):
    """(plan, its machine-code key, {output: argument} of the in-place outputs) of ``graph``,
    from the cache directory or planned now (and stored)."""
    cdir = config.cache_dir() if use_cache else None
    if cdir is not None and not config.validate() and config.debug_level() < 2:
        key = plan_cache_key(graph)
        hit = _read(cdir, key, graph)
        if hit is not None:
            return hit
    plan = build_plan(graph, mask_registers=has_avx512())
    if config.debug_level() >= 2:
        config.emit_debug(f"plan {graph.name}", str(plan))
    found = plan, plan_key(plan), inplace_outputs(graph, plan)
    if cdir is not None and not config.validate() and config.debug_level() < 2:
        _write(cdir, key, *found)
    return found


def _path(cdir: Path, key: str) -> Path:
    return cdir / "plans" / f"{key}.pkl"


def _write(cdir: Path, key: str, plan, code_key: str, aliased: dict) -> None:
    fields = {k: v for k, v in plan.__dict__.items() if k not in ("graph", "views", "kernels")}
    data = pickle.dumps({"fields": fields, "kernels": pickle.dumps(plan.kernels, protocol=5),
                         "code_key": code_key, "aliased": aliased}, protocol=5)
    objcache.write_atomic(_path(cdir, key), data)


def _read(cdir: Path, key: str, graph):
    try:
        d = pickle.loads(_path(cdir, key).read_bytes())
        plan = object.__new__(_LazyPlan)
        plan.__dict__.update(d["fields"], graph=graph, views={}, _blob=d["kernels"])
        return plan, str(d["code_key"]), dict(d["aliased"])
    except Exception:  # missing, damaged or from another layout of Plan: plan again
        return None


def plan_cache_key(graph) -> str:
    h = hashlib.sha256()
    knobs = _knobs() + "\n" + _plan_knobs()  # first: imports every generator module, and
    # importing the lowering rules changes the op table
    for part in (graph_text(graph), knobs, _op_table(), _generator_hash(), target_id(),
                 llvmlite.__version__, _version(), f"GV_BOUNDS={config.bounds()}"):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()[:32]


def graph_text(graph) -> str:
    """Everything about an optimised graph that its plan depends on, as text."""
    lines = [graph.name]
    types: dict = {}  # type -> text: a TensorType's str (dtype.name) was half of this function
    for nid in graph.topo_order():
        d = graph.node(nid)
        attrs = ", ".join(f"{k}={_value(v)}" for k, v in sorted(d["attrs"].items()))
        lines.append(f"{nid} {d['op']}{tuple(d['inputs'])} {{{attrs}}} : {_type(d['type'], types)} "
                     f"%{d['name']} <{_bind(d.get('binding'))}> # {d.get('src')}")
    lines.append(f"args {graph.args}")
    lines.append("outputs " + ", ".join(f"{o.node}:{o.role}:{_bind(o.key)}"
                                        for o in graph.outputs))
    lines.append(f"constraints {graph.constraints!r}")
    return "\n".join(lines)


def _type(t, seen: dict) -> str:
    try:
        text = seen.get(t)
    except TypeError:  # not hashable
        return str(t)
    if text is None:
        text = seen[t] = str(t)
    return text


def _bind(b) -> str:
    return f"{type(b).__name__} {b}"  # a FieldRef prints kind and path (no object address)


def _value(v) -> str:
    if isinstance(v, np.ndarray):
        digest = hashlib.sha256(np.ascontiguousarray(v).tobytes()).hexdigest()[:24]
        return f"array<{v.dtype.str}{list(v.shape)}:{digest}>"
    if isinstance(v, (tuple, list)):
        return type(v).__name__ + "(" + ", ".join(_value(x) for x in v) + ")"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_value(k)}: {_value(x)}" for k, x in sorted(v.items())) + "}"
    return f"{type(v).__name__}:{v!r}"


_BODY_TEXT: dict[tuple, str] = {}  # (op, id(scalar), id(rule)) -> text (a replaced body: new)


def _op_table() -> str:
    """Every op's scalar body and LLVM lowering rule by their code (the planner expands ops,
    so a graph's own ops are not all the ones its plan uses)."""
    from ..ops import OPS

    out = []
    for op in sorted(OPS):
        d = OPS[op]
        rule = d.lower.get("llvm")
        k = (op, id(d.scalar), id(rule))
        if k not in _BODY_TEXT:
            _BODY_TEXT[k] = f"{op} {_code_id(d.scalar)} {_code_id(rule)}"
        out.append(_BODY_TEXT[k])
    return "\n".join(out)


@functools.lru_cache(maxsize=None)
def _plan_modules() -> tuple:
    import gvcompile.plan as pkg

    names = sorted(m.name for m in pkgutil.iter_modules(pkg.__path__))
    return tuple(importlib.import_module(f"{pkg.__name__}.{n}") for n in names)


def _plan_knobs() -> str:
    """The planner's module-level settings (plain UPPER_CASE values, e.g. conv.IMPLICIT_GEMM)
    as they are now."""
    out = []
    for mod in _plan_modules():
        for k, v in sorted(vars(mod).items()):
            if k.isupper() and isinstance(v, (bool, int, float, str, tuple, frozenset)):
                text = repr(v)
                if " at 0x" not in text:
                    out.append(f"{mod.__name__}.{k}={text}")
    return "\n".join(out)
