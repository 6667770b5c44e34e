"""The seed document's models (GradValley.jl reference), through the interpreter."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.layers import (
    AvgPool,
    Conv,
    Fc,
    GraphContainer,
    Reshape,
    SequentialContainer,
    Softmax,
    backward,
    forward,
    summarize_model,
)


def lenet():
    part1 = SequentialContainer([Conv(1, 6, (5, 5), activation_function="relu"), AvgPool((2, 2))])
    part2 = SequentialContainer([Conv(6, 16, (5, 5), activation_function="relu"),
                                 AvgPool((2, 2))])
    features = SequentialContainer([part1, part2])
    classifier = SequentialContainer([Fc(256, 120, activation_function="relu"),
                                      Fc(120, 84, activation_function="relu"), Fc(84, 10)])
    return SequentialContainer([features, Reshape((256,)), classifier, Softmax(dims=1)])


def test_lenet_summary_and_forward():
    gvcompile.manual_seed(0)
    m = lenet()
    text, total = summarize_model(m)
    assert total == 44426
    assert "Total Layers: 9" in text and "Total Parameters: 44426" in text
    assert "(0.0.0) Conv" in text and "(2.2) Fc" in text
    x = np.random.default_rng(0).random((32, 1, 28, 28), dtype=np.float32)
    y = forward(m, x)
    assert y.shape == (32, 10)
    np.testing.assert_allclose(y.sum(1), 1, rtol=1e-5)
    assert m[0] is m[0] and isinstance(m[-1], Softmax)
    assert len(m[0:-1]) == 3


def test_lenet_backward_matches_finite_differences():
    gvcompile.manual_seed(1)
    m = lenet()
    from gvcompile.layers import module_to_eltype_device

    module_to_eltype_device(m, np.float64)
    x = np.random.default_rng(0).random((2, 1, 28, 28))
    d = np.random.default_rng(1).standard_normal((2, 10))
    forward(m, x)
    backward(m, d)
    fc = m[2][1]
    eps = 1e-6
    for idx in [(0, 0), (5, 17), (83, 119)]:
        fc.weight[idx] += eps
        fp = (forward(m, x) * d).sum()
        fc.weight[idx] -= 2 * eps
        fm = (forward(m, x) * d).sum()
        fc.weight[idx] += eps
        np.testing.assert_allclose(fc.weight_gradient[idx], (fp - fm) / (2 * eps), rtol=1e-5,
                                   atol=1e-9)


def test_inverted_residual_graph_container():
    gvcompile.manual_seed(2)
    layers = [Conv(16, 64, (1, 1), activation_function="relu"),
              Conv(64, 64, (3, 3), padding=(1, 1), groups=64, activation_function="relu"),
              Conv(64, 16, (1, 1), activation_function="relu")]

    def forward_pass(layers, x):
        conv_1, depthwise_conv, conv_2 = layers
        out = forward(conv_1, x)
        out = forward(depthwise_conv, out)
        out = forward(conv_2, out)
        return out + x

    m = GraphContainer(forward_pass, layers)
    x = np.random.default_rng(0).random((2, 16, 10, 10), dtype=np.float32)
    y = forward(m, x)
    seq = SequentialContainer(layers)
    np.testing.assert_allclose(y, forward(seq, x) + x, rtol=1e-5, atol=1e-6)
    (gx,) = backward(m, np.ones_like(y))
    gseq = backward(seq, np.ones_like(y))
    np.testing.assert_allclose(gx, gseq + 1, rtol=1e-5, atol=1e-5)


def test_conv_then_conv_transpose_restores_size():
    from gvcompile.layers import ConvTranspose

    x = np.random.default_rng(0).random((2, 3, 50, 50), dtype=np.float32)
    h = forward(Conv(3, 6, (5, 5)), x)
    assert forward(ConvTranspose(6, 3, (5, 5)), h).shape == (2, 3, 50, 50)


@pytest.mark.parametrize("argv", [["--epochs", "6"], ["--epochs", "6", "--target", "interp",
                                                    "--eager"]])
def test_digits_example_trains(capsys, argv):
    import importlib.util
    import pathlib

    path = pathlib.Path(__file__).parent.parent / "examples" / "train_digits.py"
    spec = importlib.util.spec_from_file_location("train_digits", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    acc = mod.main(argv)
    assert acc >= 0.95
    assert "test acc" in capsys.readouterr().out
