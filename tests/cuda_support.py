"""Shared helpers of the CUDA tests: the explicit list of ops without a CUDA lowering, graph
building for the op sample table, and one-shot batched emulation builds (one g++ run)."""

from __future__ import annotations

import numpy as np

from gvcompile.errors import GVError, LoweringError
from gvcompile.ops import OPS
from gvcompile.testing import op_graph, vjp_graph

from .samples import all_samples

# Ops the CUDA backend does not lower yet, with the reason. Visible on purpose: the tests
# xfail their samples (strict), and test_cuda_lowering_list_is_exact keeps this list honest.
CUDA_MISSING: dict[str, str] = {
    "allreduce_start": "data-parallel training (MPI) runs on the CPU targets",
    "allreduce_wait": "data-parallel training (MPI) runs on the CPU targets",
}

SAMPLES, EXCLUDED = all_samples()


def cast(inputs, dtype):
    return [np.asarray(a, dtype) if np.asarray(a).dtype.kind == "f" else np.asarray(a)
            for a in inputs]


def _shares_batch(inputs) -> bool:
    return bool(inputs) and all(np.ndim(a) for a in inputs) and \
        len({np.shape(a)[0] for a in inputs}) == 1


def _builds_symbolic(op, s) -> bool:
    """Axis 0 of the sample's inputs can be the batch symbol (not for, e.g., a padded axis or
    a generator state): only then is the symbolic-batch variant a case."""
    try:
        op_graph(op, cast(s.inputs, np.float32), s.attrs, batch_symbolic=True)
        return True
    except GVError:
        return False


def sample_cases():
    """(id, op, graph-kind, dtype, builder) for every sample: forward in float32 and float64
    (and with a symbolic batch where the inputs share axis 0), the VJP graph in float64 and
    float32 for differentiable ops."""
    cases = []
    for op in sorted(SAMPLES):
        for k, s in enumerate(SAMPLES[op]):
            sid = s.id(op, k)
            for dt in (np.float32, np.float64):
                cases.append((f"{sid}-fwd-{np.dtype(dt).name}", op, s, dt, "fwd"))
            if _shares_batch(s.inputs) and _builds_symbolic(op, s):
                cases.append((f"{sid}-fwd-batchN", op, s, np.float32, "sym"))
            if OPS[op].vjp is not None and s.fd:
                for dt in (np.float64, np.float32):
                    cases.append((f"{sid}-vjp-{np.dtype(dt).name}", op, s, dt, "vjp"))
    return cases


def case_graph(op, s, dt, kind):
    """(graph, args) of one case; the VJP seed is a fixed random array."""
    ins = cast(s.inputs, dt)
    if kind == "fwd":
        return op_graph(op, ins, s.attrs), ins
    if kind == "sym":
        return op_graph(op, ins, s.attrs, batch_symbolic=True), ins
    diff = s.diff if s.diff is not None else [i for i, a in enumerate(ins) if a.dtype.kind == "f"]
    g = vjp_graph(op, ins, s.attrs, diff)
    seed_t = g.type(g.args[-1])
    seed = np.random.default_rng(1).standard_normal(seed_t.shape).astype(dt)
    return g, ins + [seed]


def graph_ops(g) -> set[str]:
    return {g.op(n) for n in g.topo_order()}


def build_all(backend, cases):
    """Build every case's graph with one emulation g++ run. Returns {id: exe or exception}."""
    graphs, out = {}, {}
    for cid, op, s, dt, kind in cases:
        try:
            g, args = case_graph(op, s, dt, kind)
        except GVError as e:  # e.g. the sample's axis 0 is not a batch axis
            out[cid] = e
            continue
        try:
            from gvcompile.cuda.lower import lower_graph

            lower_graph(g)
        except LoweringError as e:
            out[cid] = e
            continue
        graphs[cid] = (g, args)
    ids = list(graphs)
    exes = backend.build_many([graphs[i][0] for i in ids])
    for i, e in zip(ids, exes, strict=True):
        out[i] = (e, graphs[i][1])
    return out
