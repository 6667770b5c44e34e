"""Introspection: container parameters, summaries (0-based, with output shapes), reprs."""

from __future__ import annotations

import numpy as np

import gvcompile
from gvcompile.layers import (
    BatchNorm,
    Fc,
    GraphContainer,
    SequentialContainer,
    SkipConnection,
    Softmax,
    forward,
    summarize_model,
    zero_gradients,
)
from gvcompile.optimization import Adam, mse_loss
from gvcompile.serialization import state_arrays

X = np.zeros((5, 4), np.float32)


def _model():
    gvcompile.manual_seed(0)
    shared = Fc(3, 3)
    tied = Fc(3, 3)
    tied.weight = shared.weight
    inner = SequentialContainer([Fc(4, 3, activation_function="relu"), shared])
    return SequentialContainer([inner, shared, tied, SkipConnection(Fc(3, 3), "+"),
                                BatchNorm(3), Softmax(dims=1)])


def test_container_parameters_are_every_leaf_parameter_once():
    m = _model()
    names = [n for n, _ in m.parameters()]
    # the shared layer and the tied weight count once; names are the saved keys' paths
    assert names == ["[0][0].weight", "[0][0].bias", "[0][1].weight", "[0][1].bias",
                     "[2].bias", "[3][0].weight", "[3][0].bias", "[4].weight", "[4].bias"]
    for n, a in m.parameters():
        assert a is state_arrays(m)["model" + n]
    assert m.num_parameters() == 15 + 12 + 3 + 12 + 6
    assert m[0].num_parameters() == 15 + 12 and m[0][0].parameters()[0][0] == "weight"
    assert summarize_model(m)[1] == 15 + 12 + 12 + 12 + 6  # leaves, each layer once
    zero_gradients(m)  # per-module walkers use own_parameters: nothing set on containers
    assert not [k for k in vars(m) if k.endswith("_gradient") and not k.startswith("_")]
    assert not m[0][0].weight_gradient.any()


def test_summary_is_zero_based_and_shows_output_shapes():
    m = _model()
    text, _ = summarize_model(m, X)
    lines = text.splitlines()
    assert lines[0] == "(0) SequentialContainer: layers=2 -> (5, 3)"
    assert lines[1].startswith("    (0.0) Fc: in_features=4") and lines[1].endswith("-> (5, 3)")
    assert "(3.0) Fc" in text and "(5) Softmax: dims=1 -> (5, 3)" in text
    assert "Output: (5, 3)" in text
    assert "->" not in summarize_model(m)[0]  # shapes only with an example input
    g = GraphContainer(lambda L, a, b: (forward(L[0], a), forward(L[1], b)), [Fc(4, 2), Fc(3, 1)])
    text, _ = summarize_model(g, X, np.zeros((5, 3), np.float32))
    assert "(1) Fc: in_features=3" in text and "Output: (5, 2), (5, 1)" in text


def test_reprs_say_what_they_hold():
    m = SequentialContainer([Fc(4, 3), Fc(3, 2)])
    opt = Adam(m, 0.01)
    assert repr(opt) == ("Adam(amsgrad=False, beta1=0.9, beta2=0.999, epsilon=1e-08, "
                         "learning_rate=0.01, maximize=False, weight_decay=0.0, "
                         "parameters=23 in 4 arrays, updated=0)")
    cm = gvcompile.compile(m, X, target="interp")
    assert repr(cm) == ("CompiledModel(SequentialContainer(layers=2), target='interp', "
                        "parameters=23, programs=1)")
    ts = gvcompile.compile_train_step(m, mse_loss, opt, X, np.zeros((5, 2), np.float32),
                                      target="interp")
    ts.step(X, np.ones((5, 2), np.float32))
    r = repr(ts)
    assert r.startswith("TrainStep(SequentialContainer(layers=2), loss=mse_loss, optimizer=Adam(")
    assert "updated=4)" in r and r.endswith("target='interp', batch_axis=0, programs=1)")


def test_the_api_reference_names_every_public_function():
    """docs/api.md is the users' reference: a public name missing from it is undocumented."""
    from pathlib import Path

    import gvcompile.functional as F
    import gvcompile.layers as L
    import gvcompile.optimization as O

    text = (Path(__file__).resolve().parents[1] / "docs" / "api.md").read_text()
    names = set(F.__all__) | set(O.__all__) | {n for n in L.__all__ if n not in ("Layer", "Module")}
    names |= {n for n in gvcompile.__all__ if n != "__version__"}
    import re

    internal = {"LOSSES", "loss_graph"}  # the loss table, used by compile_train_step
    missing = sorted(n for n in names - internal if not re.search(rf"\b{n}\b", text))
    assert not missing, f"docs/api.md does not mention {missing}"
