"""Review round 2: an exported GraphContainer with several inputs (one a scalar) and a scalar
output loads and matches the CompiledModel for every batch size; ExportedModel instances of
one library are independent."""

from __future__ import annotations

import numpy as np

import gvcompile
import gvcompile.functional as F
from gvcompile.layers import Fc, GraphContainer, forward


def test_export_multi_io_scalar_input_and_output(tmp_path):
    gvcompile.manual_seed(0)
    m = GraphContainer(lambda L, x, y, s: (forward(L[0], x) * s + y, F.mean(y) * s), [Fc(3, 2)])
    rng = np.random.default_rng(0)
    x = rng.random((4, 3), dtype=np.float32)
    y = rng.random((4, 2), dtype=np.float32)
    cm = gvcompile.compile(m, x, y, 0.5)
    gvcompile.export(cm, tmp_path, name="mio")
    a = gvcompile.load(tmp_path / "libmio.so")
    b = gvcompile.load(tmp_path / "libmio.so")
    for n in (1, 4):
        for s in (0.5, 2.0):
            got, want = a(x[:n], y[:n], s), cm(x[:n], y[:n], s)
            assert isinstance(got[1], float)
            np.testing.assert_allclose(got[0], want[0], rtol=1e-6)
            np.testing.assert_allclose(got[1], want[1], rtol=1e-6)
    p = b.get_parameters()
    b.set_parameters(np.zeros_like(p))
    np.testing.assert_array_equal(b(x, y, 1.0)[0], y)
    np.testing.assert_array_equal(a.get_parameters(), p)  # the other instance is untouched
