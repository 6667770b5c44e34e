"""Every op of the table: type inference agrees with the reference, the reference agrees with
a hand-written expectation, and the VJP agrees with central differences (float64)."""

from __future__ import annotations

import numpy as np
import pytest

from gvcompile.errors import GVError
from gvcompile.ops import OPS
from gvcompile.testing import check_vjp, op_graph, run_op

from .samples import all_samples

SAMPLES, EXCLUDED = all_samples()
CASES = [(op, s) for op in sorted(SAMPLES) for s in SAMPLES[op]]
IDS = [s.id(op, k) for op in sorted(SAMPLES) for k, s in enumerate(SAMPLES[op])]


def test_every_op_is_complete():
    missing = [op for op in OPS if op not in SAMPLES and op not in EXCLUDED]
    assert not missing, f"ops without samples: {missing}"
    for name, op in OPS.items():
        assert op.infer is not None, name
        assert op.vjp is not None or op.nondiff, f"{name}: no vjp and no reason"
        if name not in EXCLUDED:
            assert op.ref is not None, f"{name}: no reference implementation"
        if op.kind == "elementwise":
            assert op.scalar is not None, f"{name}: element-wise op without a scalar body"


@pytest.mark.parametrize("op,sample", CASES, ids=IDS)
def test_reference(op, sample):
    got = run_op(op, sample.inputs, sample.attrs)
    ty = op_graph(op, sample.inputs, sample.attrs).type(0 if not sample.inputs else
                                                         len(sample.inputs))
    assert tuple(ty.shape) == got.shape
    assert got.dtype == ty.dtype
    if sample.expected is not None:
        np.testing.assert_allclose(got, sample.expected(*sample.inputs), rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("op,sample", [c for c in CASES if c[1].fd and OPS[c[0]].vjp],
                         ids=[i for i, c in zip(IDS, CASES) if c[1].fd and OPS[c[0]].vjp])
def test_vjp_finite_differences(op, sample):
    check_vjp(op, sample.inputs, sample.attrs, diff=sample.diff, rtol=sample.rtol,
              atol=sample.atol)


def _batchable(op, sample) -> bool:
    """Axis 0 of every input can be the batch symbol (shared, not padded, not a generator
    state); only such samples are symbolic-batch cases (tests/test_batch_axis_sweep.py moves
    N to the other axes)."""
    if not sample.inputs or any(np.ndim(a) == 0 for a in sample.inputs):
        return False
    if len({np.shape(a)[0] for a in sample.inputs}) > 1:
        return False
    try:
        op_graph(op, sample.inputs, sample.attrs, batch_symbolic=True)
    except GVError:
        return False
    return True


SYM = [(c, i) for c, i in zip(CASES, IDS) if _batchable(*c)]


@pytest.mark.parametrize("op,sample", [c for c, _ in SYM], ids=[i for _, i in SYM])
def test_symbolic_batch(op, sample):
    """The op also works when axis 0 of its inputs is the batch symbol N."""
    got = run_op(op, sample.inputs, sample.attrs, batch_symbolic=True)
    np.testing.assert_allclose(got, run_op(op, sample.inputs, sample.attrs))
