"""Shrink a failing spec: drop runs of layers whose input and output shapes agree, unwrap
single-entry containers, skip connections and maxouts, and simplify the training set-up, as
long as the failure stays the same (same target, phase and outcome)."""

from __future__ import annotations

import copy
import time

from .check import check_target, reference


def _children(n: dict):
    """(list, index) of every child slot of node ``n``."""
    for key in ("items", "layers"):
        for i in range(len(n.get(key, []))):
            yield n[key], i
    if n["t"] == "skip":
        yield n, "layer"


def _walk(n: dict):
    yield n
    for holder, i in _children(n):
        yield from _walk(holder[i])


def _variants(spec: dict):
    """Smaller specs, most promising first (each a deep copy)."""
    top = spec["model"]
    if top["t"] == "graph" and len(spec["specs"]) > 1:  # one branch of a multi-input model
        for k in range(len(top["layers"])):
            s = copy.deepcopy(spec)
            s.update(model=s["model"]["layers"][k], specs=[spec["specs"][k]], train=None)
            yield s
    inner = _inner(top)
    if inner is not None and tuple(inner["out"]) == tuple(top["out"]):
        yield {**copy.deepcopy(spec), "model": copy.deepcopy(inner)}
    nodes = list(_walk(top))
    for k, n in enumerate(nodes):  # statements that call no layer (a wrong guess fails)
        if n["t"] == "graph":
            for i in range(len(n["lines"]) - 1, 0, -1):
                if "layers[" not in n["lines"][i]:
                    yield _edit(spec, k, lambda m, i=i: m["lines"].__delitem__(i))
    for k, n in enumerate(nodes):
        if n["t"] != "seq":
            continue
        items = n["items"]
        for length in range(len(items) - 1, 0, -1):
            for i in range(len(items) - length + 1):
                j = i + length - 1
                if tuple(items[i]["in"]) == tuple(items[j]["out"]):
                    yield _edit(spec, k, lambda m, i=i, j=j: m["items"].__delitem__(
                        slice(i, j + 1)))
    for k, n in enumerate(nodes):
        for q, (holder, i) in enumerate(_children(n)):
            c = holder[i]
            inner = _inner(c)
            if inner is not None and tuple(inner["out"]) == tuple(c["out"]) and \
                    tuple(inner["in"]) == tuple(c["in"] or inner["in"]):
                yield _edit(spec, k, lambda m, q=q: _unwrap(m, q))
    t = spec.get("train")
    if t and (t["optimizer"] != "SGD" or t["opt_kwargs"] != {"learning_rate": 0.1}):
        s = copy.deepcopy(spec)
        s["train"].update(optimizer="SGD", opt_kwargs={"learning_rate": 0.1})
        yield s


def _edit(spec, k, fn):
    s = copy.deepcopy(spec)
    fn(list(_walk(s["model"]))[k])
    return s


def _inner(c: dict):
    """The entry that can stand for container ``c`` (when the shapes agree): its only item, its
    skip's layer, its maxout's or one-input GraphContainer's first layer."""
    if c["t"] == "seq" and len(c["items"]) == 1:
        return c["items"][0]
    if c["t"] == "skip":
        return c["layer"]
    if c["t"] == "maxout" or (c["t"] == "graph" and len(c["args"]) == 1 and c["layers"]):
        return c["layers"][0]
    return None


def _unwrap(parent, q):
    holder, i = list(_children(parent))[q]
    holder[i] = _inner(holder[i])


def same_failure(spec, phase, target, opts, status) -> bool:
    base, bad = reference(spec, phase)
    if target == "interp":
        return bad is not None and bad["status"] == status
    if bad is not None:
        return False
    return check_target(*base[:1], spec, phase, target, opts, base[1], base[2])["status"] == status


def shrink(spec, phase, target, opts, status, budget_s: float = 120.0) -> dict:
    """The smallest spec found within ``budget_s`` that fails the same way."""
    t_end = time.monotonic() + budget_s
    improved = True
    while improved and time.monotonic() < t_end:
        improved = False
        for cand in _variants(spec):
            if time.monotonic() > t_end:
                break
            try:
                ok = same_failure(cand, phase, target, opts, status)
            except Exception:  # noqa: BLE001  (a variant that breaks differently: not kept)
                ok = False
            if ok:
                spec, improved = cand, True
                break
    return spec
