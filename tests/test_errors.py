"""Bad input gives a clear exception naming the layer path, expected and actual values; nothing
is left half-updated."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.errors import DTypeError, ShapeError, TraceError
from gvcompile.layers import (
    BatchNorm,
    Fc,
    GraphContainer,
    SequentialContainer,
    backward,
    forward,
)


def model():
    return SequentialContainer([SequentialContainer([Fc(8, 6), Fc(6, 4)]), Fc(4, 2)])


def test_wrong_feature_count_names_layer_and_shapes():
    with pytest.raises(ShapeError) as e:
        forward(model(), np.zeros((32, 7), np.float32))
    msg = str(e.value)
    assert "model[0][0] (Fc)" in msg and "(N, 8)" in msg and "(32, 7)" in msg


def test_wrong_rank():
    with pytest.raises(ShapeError, match=r"model\[0\]\[0\] \(Fc\).*\(2, 8, 1\)"):
        forward(model(), np.zeros((2, 8, 1), np.float32))


def test_wrong_dtype_names_layer():
    with pytest.raises(DTypeError, match=r"model\[0\]\[0\] \(Fc\).*float32.*float64"):
        forward(model(), np.zeros((2, 8), np.float64))
    assert issubclass(DTypeError, TypeError)


def test_inner_layer_mismatch_is_reported_at_that_layer():
    m = SequentialContainer([Fc(8, 6), Fc(5, 4)])
    with pytest.raises(ShapeError, match=r"model\[1\] \(Fc\): expected input \(N, 5\), got "
                                         r"\(3, 6\)"):
        forward(m, np.zeros((3, 8), np.float32))


def test_bad_backward_seed_leaves_gradients_untouched():
    m = model()
    x = np.ones((3, 8), np.float32)
    forward(m, x)
    before = [layer.weight_gradient.copy() for layer in (m[0][0], m[0][1], m[1])]
    with pytest.raises(ShapeError, match=r"expected \(3, 2\)"):
        backward(m, np.ones((3, 3), np.float32))
    with pytest.raises(DTypeError):
        backward(m, np.ones((3, 2), np.float64))
    for g, layer in zip(before, (m[0][0], m[0][1], m[1])):
        np.testing.assert_array_equal(layer.weight_gradient, g)


def test_backward_before_forward():
    with pytest.raises(RuntimeError, match="before forward"):
        backward(model(), np.ones((1, 2), np.float32))


def test_compiled_model_rejects_other_rank_and_recompiles_other_shape():
    m = SequentialContainer([Fc(4, 2)])
    cm = gvcompile.compile(m, np.zeros((2, 4), np.float32), target="interp")
    with pytest.raises(ShapeError):
        cm(np.zeros((2, 5), np.float32))
    with pytest.raises(DTypeError):
        cm(np.array(["a", "b"]))


def test_batchnorm_channel_mismatch():
    with pytest.raises(ShapeError, match=r"model \(BatchNorm\).*\(N, 3, H, W\)"):
        forward(BatchNorm(3), np.zeros((2, 4, 5, 5), np.float32))


def test_traced_control_flow_on_tensor_is_refused():
    def fp(layers, x):
        if x:  # data-dependent Python control flow cannot be traced
            return x
        return -x

    with pytest.raises(TraceError, match="truth value"):
        forward(GraphContainer(fp, []), np.ones(3))


def test_graph_container_broadcast_error_names_container():
    m = GraphContainer(lambda layers, a, b: a + b, [])
    with pytest.raises(ShapeError, match=r"model \(GraphContainer\).*broadcast"):
        forward(m, np.ones((2, 3)), np.ones((2, 4)))


def test_bad_constructor_arguments():
    with pytest.raises(ValueError):
        Fc(0, 3)
    with pytest.raises(TypeError):
        SequentialContainer([Fc(2, 2), "relu"])
    with pytest.raises(ValueError, match="init_mode"):
        Fc(2, 2, init_mode="bogus")
