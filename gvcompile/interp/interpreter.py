"""Interpreter: walk the nodes in order, dispatch on the op's ``ref``, keep values in an env
dict and free each value after its last use; errors are re-raised naming the node and its
source layer."""

from __future__ import annotations

import numpy as np

from ..errors import GVError, ShapeError, where
from ..ir.types import resolve_attr, show_shape
from ..ops import OPS


def bind_dims(graph, args) -> dict[str, int]:
    """Bind the batch symbol(s) from the argument arrays, checking every other extent."""
    dims: dict[str, int] = {}
    for nid, a in zip(graph.args, args):
        node = graph.node(nid)
        ty = node["type"]
        shape = np.shape(a)
        if len(shape) != ty.rank:
            raise ShapeError(f"{where(node['src'])}{node['binding']}: expected rank {ty.rank} "
                             f"{show_shape(ty.shape)}, got shape {show_shape(shape)}")
        for want, got in zip(ty.shape, shape):
            if isinstance(want, str):
                if dims.setdefault(want, got) != got:
                    hint = (": a carried state keeps the batch of its last call; call "
                            "reset(layer) before changing the batch size"
                            if node["op"] == "buffer" else "")
                    raise ShapeError(f"{where(node['src'])}{node['binding']}: batch extent "
                                     f"{want}={dims[want]} elsewhere, got {got}{hint}")
            elif want != got:
                raise ShapeError(f"{where(node['src'])}{node['binding']}: expected shape "
                                 f"{show_shape(ty.shape)}, got {show_shape(shape)}")
    check_constraints(graph, dims)
    return dims


def check_constraints(graph, dims: dict[str, int]) -> None:
    """The graph's run-time conditions on batch symbols (e.g. BatchNorm needs N >= 2)."""
    for sym, least, message in graph.constraints:
        if sym in dims and dims[sym] < least:
            raise ShapeError(f"{message}, got {sym}={dims[sym]}")


class Interpreter:
    """A Graph made callable: ``Interpreter(g)(args) -> outputs`` (precomputes the schedule)."""

    def __init__(self, graph, noise: tuple[float, int] | None = None):
        self.graph = graph
        # (relative size, seed): perturb every floating result, see InterpBackend
        self.noise = None if noise is None else (noise[0], np.random.default_rng(noise[1]))
        last: dict[int, int] = {}
        for nid in graph.topo_order():
            for i in graph.inputs(nid):
                last[i] = nid
        keep = set(graph.output_nodes())
        self.frees: dict[int, list[int]] = {}
        for v, user in last.items():
            if v not in keep:
                self.frees.setdefault(user, []).append(v)
        argset = set(graph.args)
        self.steps = [(nid, graph.node(nid), OPS[graph.op(nid)]) for nid in graph.topo_order()
                      if nid not in argset]

    def __call__(self, args, dims: dict[str, int] | None = None) -> list[np.ndarray]:
        graph = self.graph
        if len(args) != len(graph.args):
            raise ValueError(f"graph {graph.name} takes {len(graph.args)} arguments, "
                             f"got {len(args)}")
        if dims is None:
            dims = bind_dims(graph, args)
        env: dict[int, np.ndarray] = dict(zip(graph.args, args))
        for nid, node, opdef in self.steps:
            attrs = {k: resolve_attr(v, dims) for k, v in node["attrs"].items()}
            try:
                out = opdef.ref(*(env[i] for i in node["inputs"]), **attrs)
            except GVError:
                raise
            except Exception as e:  # re-raise naming the node and its origin
                raise RuntimeError(f"{where(node['src'])}while running %{node['name']} = "
                                   f"{node['op']}: {type(e).__name__}: {e}") from e
            out = np.asarray(out)
            if out.dtype != node["type"].dtype:
                out = out.astype(node["type"].dtype)
            if self.noise is not None and out.dtype.kind == "f":
                out = _noisy(node["op"], [env[i] for i in node["inputs"]], attrs, out,
                             *self.noise)
            env[nid] = out
            for v in self.frees.get(nid, ()):
                env.pop(v, None)
        return [env[o.node] for o in graph.outputs]


# ops whose results are exact (selections, data movement, sign changes, random bits): no
# rounding to simulate; noise on philox_uniform would even flip dropout decisions
EXACT_OPS = frozenset((
    "abs", "adaptive_max_pool2d", "allreduce_sum", "broadcast_to", "buffer", "concat", "const",
    "eq", "flip", "ge", "gt", "input", "lt", "max_pool2d", "maximum", "minimum", "neg",
    "numel", "pad", "param", "philox_uniform", "reduce_max", "relu", "reshape", "rng_advance",
    "seq_index", "seq_scatter", "sign", "slice", "transpose", "where"))


def _noisy(op, ins, attrs, out, rel, rng):
    """``out`` with Monte Carlo rounding: each element moved by up to ``rel`` of itself, and a
    sum by up to ``rel`` times the root sum of squares of its running totals (a compiled sum
    accumulates in some order and rounds every running total; NumPy's pairwise sum rounds far
    less, and is exact where equal terms cancel)."""
    if op in EXACT_OPS:
        return out
    noisy = out * (1.0 + rel * rng.uniform(-1.0, 1.0, out.shape))
    if op in ("reduce_sum", "reduce_mean") and ins and np.size(ins[0]):
        x = np.asarray(ins[0], np.float64)
        axes = tuple(attrs.get("axes") or ())
        rest = [a for a in range(x.ndim) if a not in axes]
        x = np.transpose(x, rest + list(axes))
        x = x.reshape(x.shape[:len(rest)] + (-1,))
        run = np.sqrt(np.sum(np.cumsum(x, axis=-1) ** 2, axis=-1))
        if op == "reduce_mean":
            run = run / x.shape[-1]
        noisy = noisy + rel * run.reshape(np.shape(out)) * rng.uniform(-1.0, 1.0, np.shape(out))
    return np.asarray(noisy).astype(out.dtype)


def run_graph(graph, args, dims: dict[str, int] | None = None) -> list[np.ndarray]:
    return Interpreter(graph)(args, dims)
