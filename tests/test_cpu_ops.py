"""Every op x every sample of the op table x float32/float64 on target="cpu" against the
interpreter: forward (concrete and symbolic batch) and the VJP graph. Ops the CPU backend does
not lower yet are listed in NOT_LOWERED (xfail, visible), never silently skipped."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.errors import GVError
from gvcompile.interp import run_graph
from gvcompile.ops import OPS
from gvcompile.plan.build import FAMILY_PLANS, UnsupportedOp, build_plan
from gvcompile.targets import get_backend
from gvcompile.testing import op_graph, vjp_graph

from .samples import all_samples

SAMPLES, EXCLUDED = all_samples()
CASES = [(op, k, s) for op in sorted(SAMPLES) for k, s in enumerate(SAMPLES[op])]
IDS = [s.id(op, k) for op, k, s in CASES]
LOOP_OPS = {"conv2d", "conv2d_grad_weight", "conv_transpose2d",
            "reduce_sum", "reduce_max", "reduce_mean", "numel", "softmax", "log_softmax",
            "reshape", "broadcast_to", "transpose", "concat", "slice", "pad", "flip", "const"}


def lowered(op: str) -> bool:
    o = OPS[op]
    return o.scalar is not None or op in LOOP_OPS or op in FAMILY_PLANS or "llvm" in o.lower


NOT_LOWERED = sorted(op for op in OPS if op not in EXCLUDED and not lowered(op))
TOL = {np.float32: dict(rtol=2e-5, atol=2e-6), np.float64: dict(rtol=1e-12, atol=1e-13)}


def _cast(inputs, dt):
    return [np.asarray(a, dt) if np.asarray(a).dtype.kind == "f" else np.asarray(a)
            for a in inputs]


def _attrs(attrs, dt):
    return {k: (np.asarray(v, dt) if isinstance(v, np.ndarray) else v) for k, v in attrs.items()}


def _check(g, args, dt, op):
    if not lowered(op):
        pytest.xfail(f"{op}: no CPU lowering yet")
    want = run_graph(g, args)
    got = get_backend("cpu").build(g)(args)
    assert len(got) == len(want)
    for w, x in zip(want, got, strict=True):
        assert x.shape == w.shape and x.dtype == w.dtype
        np.testing.assert_allclose(x, w, **TOL[dt], err_msg=op)


@pytest.mark.parametrize("dt", [np.float32, np.float64], ids=["f32", "f64"])
@pytest.mark.parametrize("op,k,sample", CASES, ids=IDS)
def test_forward(op, k, sample, dt):
    inputs = _cast(sample.inputs, dt)
    _check(op_graph(op, inputs, _attrs(sample.attrs, dt)), inputs, dt, op)


def _symbolic(op, sample):
    """The sample's graph with N on axis 0 of every input, or None where axis 0 cannot be a
    batch axis (no shared axis 0, a padded axis, a generator state): those are no cases here;
    tests/test_batch_axis_sweep.py moves N to every other axis."""
    inputs = _cast(sample.inputs, np.float32)
    if not inputs or any(a.ndim == 0 for a in inputs) or len({a.shape[0] for a in inputs}) > 1:
        return None
    try:
        return op_graph(op, inputs, sample.attrs, batch_symbolic=True)
    except GVError:
        return None


SYM_CASES = [c for c in CASES if _symbolic(c[0], c[2]) is not None]


@pytest.mark.parametrize("op,k,sample", SYM_CASES, ids=[s.id(op, k) for op, k, s in SYM_CASES])
def test_forward_symbolic_batch(op, k, sample):
    inputs = _cast(sample.inputs, np.float32)
    _check(_symbolic(op, sample), inputs, np.float32, op)


@pytest.mark.parametrize("dt", [np.float32, np.float64], ids=["f32", "f64"])
@pytest.mark.parametrize("op,k,sample", [c for c in CASES if OPS[c[0]].vjp],
                         ids=[i for i, c in zip(IDS, CASES, strict=True) if OPS[c[0]].vjp])
def test_vjp(op, k, sample, dt):
    inputs = _cast(sample.inputs, dt)
    attrs = _attrs(sample.attrs, dt)
    diff = sample.diff if sample.diff is not None else \
        [i for i, a in enumerate(inputs) if a.dtype.kind == "f"]
    g = vjp_graph(op, inputs, attrs, diff)
    y = run_graph(op_graph(op, inputs, attrs), inputs)[0]
    seed = np.random.default_rng(k).standard_normal(y.shape).astype(dt)
    _check(g, inputs + [seed], dt, op)


def test_not_lowered_list_is_explicit():
    """The ops without a CPU lowering, visible in the test output."""
    for op in NOT_LOWERED:
        with pytest.raises(UnsupportedOp):
            inputs = _cast(SAMPLES[op][0].inputs, np.float32)
            build_plan(op_graph(op, inputs, SAMPLES[op][0].attrs))
    print("not lowered:", NOT_LOWERED)


def test_every_op_lowers():
    """The CPU backend is the default target: every op of the table has a lowering."""
    assert NOT_LOWERED == []
