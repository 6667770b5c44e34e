"""Samples of the collective ops. A process group registered here stands for three ranks that
hold the same value (its sum is 3x), so forward and VJP are checked in one process; the real
multi-process runs are tests/test_mpi.py."""

from __future__ import annotations

import numpy as np

from gvcompile.collectives import register

from . import Sample, rand

GROUP = register(lambda a: a.__imul__(3))
SAMPLES = {
    "allreduce_sum": [
        Sample([rand(3, 4)], {"group": GROUP}, expected=lambda x: 3 * x),
        Sample([rand(2, 1, 5, seed=1)], {"group": GROUP}, expected=lambda x: 3 * x, name="rank3"),
        Sample([np.array(1.5)], {"group": GROUP}, expected=lambda x: 3 * x, name="scalar"),
    ],
    "allreduce_start": [  # the bucket: operands flattened one after another, then summed
        Sample([rand(3, 4), rand(5, seed=1)], {"group": GROUP}, fd=False,
               expected=lambda a, b: 3 * np.concatenate([a.ravel(), b.ravel()])),
        Sample([np.array(1.5)], {"group": GROUP}, fd=False, expected=lambda x: 3 * x.ravel(),
               name="scalar"),
    ],
    "allreduce_wait": [  # a bucket with no sum in flight (completed at its start)
        Sample([rand(7)], {"group": GROUP}, fd=False, expected=lambda x: x),
    ],
}
