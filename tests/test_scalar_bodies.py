"""Each element-wise op's scalar body (what the code generators emit) agrees with its
independent NumPy reference, on the sample table."""

from __future__ import annotations

import numpy as np
import pytest

from gvcompile.ops import OPS
from gvcompile.plan.scalar_protocol import NumpyScalarOps

from .samples import all_samples

SAMPLES, _ = all_samples()
CASES = [(op, s) for op in sorted(SAMPLES) for s in SAMPLES[op]
         if OPS[op].kind == "elementwise" and OPS[op].scalar is not None]


@pytest.mark.parametrize("op,sample", CASES, ids=[f"{o}-{k}" for k, (o, _) in enumerate(CASES)])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_scalar_body_matches_reference(op, sample, dtype):
    xs = [np.asarray(a, dtype) for a in sample.inputs]
    want = OPS[op].ref(*xs, **sample.attrs)
    with np.errstate(all="ignore"):
        got = OPS[op].scalar(NumpyScalarOps(dtype), *xs, **sample.attrs)
    got = np.broadcast_to(np.asarray(got, dtype), np.shape(want))
    tol = 1e-5 if dtype == np.float32 else 1e-12
    np.testing.assert_allclose(got, want, rtol=tol, atol=tol)
