"""Specs to Python source: the model's construction (what the fuzzer execs) and self-contained
reproducers (imports, the protocol's source, the model, the failing check)."""

from __future__ import annotations

import inspect

from . import protocol

HEADER = """import numpy as np
import gvcompile
from gvcompile.layers import *
from gvcompile.functional import *
from gvcompile.optimization import *
"""


def _node(n: dict, defs: list, ind: str) -> str:
    t = n["t"]
    inner = ind + "    "
    if t == "layer":
        return n["code"]
    if t == "seq":
        items = ",\n".join(inner + _node(c, defs, inner) for c in n["items"])
        return f"SequentialContainer([\n{items},\n{ind}])"
    if t == "maxout":
        items = ", ".join(_node(c, defs, inner) for c in n["layers"])
        return f"Maxout([{items}])"
    if t == "skip":
        layer = _node(n["layer"], defs, inner)
        conn = n["conn"]
        if isinstance(conn, list):
            name = f"c{len(defs) + 1}"
            defs.append(f"def {name}(y, x):\n    return {conn[0].format(y='y', x='x')}\n")
            return f"SkipConnection({layer}, {name})"
        return f"SkipConnection({layer}, {conn!r})"
    if t == "graph":
        body = "".join(f"    {line}\n" for line in n["lines"])
        head = f"def {n['name']}(layers, {', '.join(n['args'])}):\n"
        layers = [_node(c, defs, inner) for c in n["layers"]]
        defs.append(head + body + f"    return {n['ret']}\n")
        if not layers:
            return f"GraphContainer({n['name']}, [])"
        items = ",\n".join(inner + c for c in layers)
        return f"GraphContainer({n['name']}, [\n{items},\n{ind}])"
    raise ValueError(f"fuzz: unknown node type {t!r}")


def model_source(spec: dict) -> str:
    """Source that builds ``model`` (needs HEADER's names and the protocol's ``randomize``)."""
    defs: list[str] = []
    expr = _node(spec["model"], defs, "")
    return (f"gvcompile.manual_seed({spec['init_seed']})\n" + "\n".join(defs) +
            ("\n" if defs else "") + f"model = {expr}\nrandomize(model, {spec['init_seed']})\n")


def build(spec: dict):
    """The model of ``spec`` (a fresh object on every call)."""
    env: dict = {}
    exec(compile(HEADER, "<fuzz header>", "exec"), env)
    exec(compile(PROTOCOL_SOURCE, "<fuzz protocol>", "exec"), env)
    exec(compile(model_source(spec), f"<fuzz model {spec['seed']}:{spec['index']}>", "exec"), env)
    return env["model"]


def _protocol_source() -> str:
    src = inspect.getsource(protocol)
    return src[src.index("# ---- reproducer source starts here ----"):]


PROTOCOL_SOURCE = _protocol_source()


def call_source(spec: dict, phase: str, dtype: str, target: str, opts: dict, delta=0.0) -> str:
    """The protocol call of ``phase`` ("forward" or "train") as one expression."""
    n1, n2 = spec["n"]
    specs = [tuple(s) for s in spec["specs"]]
    common = f"model, {specs!r}, np.{dtype}, {target!r}, {opts!r}, {n1}, {n2}, " \
             f"{spec['data_seed']}"
    if phase == "forward":
        return f"forward_protocol({common}, delta={delta!r}, mode={spec['mode']!r}, " \
               f"carry_state={spec['carry_state']!r})"
    t = spec["train"]
    return (f"train_protocol({common}, {tuple(t['out'])!r}, {t['loss']!r}, "
            f"{t['loss_options']!r}, {t['target_kind']!r}, {t['optimizer']!r}, "
            f"{t['opt_kwargs']!r}, delta={delta!r}, mode={spec['mode']!r})")


COMPARE = """
want = {want}
got = {got}
for key in want:
    w, g = want[key], got.get(key)
    if g is None or np.shape(g) != np.shape(w):
        print(key, "missing or of another shape:", None if g is None else np.shape(g))
        continue
    err = float(np.max(np.abs(g - w), initial=0.0))
    print(f"{{key}}: max |got - want| = {{err:.3g}}, max |want| = "
          f"{{float(np.max(np.abs(w), initial=0.0)):.3g}}")
"""


def reproducer(spec: dict, phase: str, target: str, opts: dict, note: str = "") -> str:
    """A self-contained script: builds the model and prints the differences of ``phase`` on
    ``target`` against the float64 interpreter."""
    want = call_source(spec, phase, "float64", "interp", {})
    got = call_source(spec, phase, spec["dtype"], target, opts)
    head = f"# gvcompile fuzz reproducer: seed {spec['seed']} model {spec['index']}, " \
           f"{phase} on {target}\n" + "".join(f"# {line}\n" for line in note.splitlines())
    return (head + HEADER + "\n" + PROTOCOL_SOURCE.split("\n", 1)[1] + "\n" +
            model_source(spec) + COMPARE.format(want=want, got=got))
