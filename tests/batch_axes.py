"""Placements of the batch symbol N on every axis where it can stand in an op sample: for each
extent ``e`` of the sample's inputs, every choice of at most one axis of extent ``e`` per input
(at least one chosen) whose graph type-checks. The usual placement (axis 0 of every input) is
left out: the op sweeps test it already."""

from __future__ import annotations

import itertools

import numpy as np

from gvcompile.errors import GVError
from gvcompile.ops import OPS
from gvcompile.testing import op_graph, vjp_graph

from .samples import all_samples

SAMPLES, _ = all_samples()


def _cast(inputs, dt):
    return [np.asarray(a, dt) if np.asarray(a).dtype.kind == "f" else np.asarray(a)
            for a in inputs]


def placements(inputs):
    usual = tuple(0 if np.ndim(a) else None for a in inputs)
    extents = sorted({d for a in inputs for d in np.shape(a)})
    seen = set()
    for e in extents:
        choices = [[None] + [ax for ax, d in enumerate(np.shape(a)) if d == e] for a in inputs]
        for combo in itertools.product(*choices):
            if all(c is None for c in combo) or combo == usual or combo in seen:
                continue
            seen.add(combo)
            yield combo


def _diff(s, ins):
    return s.diff if s.diff is not None else [i for i, a in enumerate(ins) if a.dtype.kind == "f"]


def cases(dt=np.float64):
    """(id, op, kind, graph, args) for every valid placement, forward and (where the op has a
    VJP) the VJP graph. Placements whose graph does not type-check are not cases."""
    out = []
    for op in sorted(SAMPLES):
        for k, s in enumerate(SAMPLES[op]):
            ins = _cast(s.inputs, dt)
            for axes in placements(ins):
                tag = ",".join("-" if a is None else str(a) for a in axes)
                try:
                    g = op_graph(op, ins, s.attrs, batch_axes=axes)
                except GVError:
                    continue
                out.append((f"{s.id(op, k)}-N@{tag}-fwd", op, "fwd", g, ins))
                if OPS[op].vjp is None or not s.fd:
                    continue
                try:
                    gv = vjp_graph(op, ins, s.attrs, _diff(s, ins), batch_axes=axes)
                except GVError:
                    continue
                y = g.type(g.outputs[0].node)
                shape = tuple(ins[axes.index(next(a for a in axes if a is not None))].shape[
                    next(a for a in axes if a is not None)] if d == "N" else d for d in y.shape)
                seed = np.random.default_rng(k).standard_normal(shape).astype(dt)
                out.append((f"{s.id(op, k)}-N@{tag}-vjp", op, "vjp", gv, ins + [seed]))
    return out
