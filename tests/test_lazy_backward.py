"""Forward-only programs (compile builds no backward until one is needed): a model run through
forward-only forwards and a first backward that replays the forward gives bit for bit what the
program built with its backward at once gives (outputs, input and parameter gradients, state:
recurrent state, BatchNorm running statistics, the dropout generator), on the CPU and the
emulated CUDA target."""

import numpy as np
import pytest

import gvcompile
from gvcompile.compiled import model as cmodel
from gvcompile.layers import (
    GRU,
    LSTM,
    AvgPool,
    BatchNorm,
    Conv,
    Dropout,
    Fc,
    Reshape,
    SequentialContainer,
    testmode,
)
from gvcompile.layers.api import iter_modules

TARGETS = [("cpu", {}), ("cuda", {"emulate": True})]


def _mlp_dropout():
    return SequentialContainer([Fc(6, 8, activation_function="relu"), Dropout(0.3), Fc(8, 3)])


def _conv_bn():
    return SequentialContainer([Conv(2, 4, 3, padding=1), BatchNorm(4, activation_function="relu"),
                                AvgPool((2, 2)), Reshape((36,)), Fc(36, 3)])


def _lstm():
    return SequentialContainer([LSTM(3, 5)])


def _gru():
    return SequentialContainer([GRU(3, 4), Dropout(0.2)])


MODELS = {"mlp_dropout": (_mlp_dropout, (5, 6)), "conv_bn": (_conv_bn, (3, 2, 6, 6)),
          "lstm": (_lstm, (4, 2, 3)), "gru": (_gru, (3, 2, 3))}


def _state(model):
    return [np.array(a, copy=True) for m in iter_modules(model) for _, a in m.buffers()]


def _grads(model):
    return [np.array(getattr(m, f + "_gradient"), copy=True) for m in iter_modules(model)
            for f, _ in m.own_parameters() if getattr(m, f + "_gradient", None) is not None]


def _trace(make, shape, target, opts, lazy, monkeypatch, first=1):
    """Everything a user sees over three forwards, each from the ``first`` on followed by a
    backward (first 0: a recurrent state's first call, from an empty state)."""
    monkeypatch.setattr(cmodel, "LAZY_BACKWARD", lazy)
    gvcompile.manual_seed(3)
    rng = np.random.default_rng(0)
    model = make()
    xs = [rng.standard_normal(shape).astype(np.float32) for _ in range(3)]
    cm = gvcompile.compile(model, xs[0], target=target, **opts)
    seen = []
    for i, x in enumerate(xs):
        y = cm(x)
        seen += [y, *_state(model)]
        if i >= first:
            seen += [cm.backward(np.ones_like(y) * (i + 0.5)), *_grads(model), *_state(model)]
    return seen, cm


@pytest.mark.parametrize("first", [0, 1])
@pytest.mark.parametrize("target,opts", TARGETS, ids=[t for t, _ in TARGETS])
@pytest.mark.parametrize("name", list(MODELS))
def test_forward_only_then_backward_is_bit_identical(name, target, opts, first, monkeypatch):
    make, shape = MODELS[name]
    lazy, cm = _trace(make, shape, target, opts, True, monkeypatch, first)
    eager, _ = _trace(make, shape, target, opts, False, monkeypatch, first)
    assert len(lazy) == len(eager)
    for i, (a, b) in enumerate(zip(lazy, eager)):
        assert np.shape(a) == np.shape(b), i
        assert np.array_equal(a, b), f"value {i} differs: {np.max(np.abs(a - b))}"
    assert cm._last_prog.full  # upgraded by the first backward


def test_compile_builds_forward_only_until_backward():
    x = np.random.default_rng(0).standard_normal((3, 2, 6, 6)).astype(np.float32)
    model = _conv_bn()
    cm = gvcompile.compile(model, x, target="cpu")
    (prog,) = cm._programs.values()
    assert prog.backward is None and prog.bwd_exe is None
    assert not [o for o in prog.forward.outputs if o.role == "saved"]
    assert [ref.field for ref in prog.state_args] == ["running_mean", "running_variance"]
    cm.backward(np.ones_like(cm(x)))
    (prog,) = cm._programs.values()
    assert prog.full and [o for o in prog.forward.outputs if o.role == "saved"]
    testmode(model)  # a test-mode signature after training: inference, forward only
    cm(x)
    assert len(cm._programs) == 2 and not cm._last_prog.full


def test_after_a_backward_new_train_mode_signatures_are_compiled_with_their_backward():
    x = np.random.default_rng(0).standard_normal((4, 2, 3)).astype(np.float32)
    model = _lstm()
    cm = gvcompile.compile(model, target="cpu")
    cm.backward(np.ones_like(cm(x)))  # from the empty state: that signature is replayed
    cm(x)  # the state now has the batch: a new signature, built with its backward at once
    assert len(cm._programs) == 2 and all(p.full for p in cm._programs.values())


def test_testmode_model_has_no_state_to_copy():
    x = np.random.default_rng(0).standard_normal((3, 2, 6, 6)).astype(np.float32)
    model = _conv_bn()
    testmode(model)
    cm = gvcompile.compile(model, x, target="cpu")
    (prog,) = cm._programs.values()
    assert not prog.full and prog.state_args == ()


def test_backward_before_forward_still_refused():
    cm = gvcompile.compile(_lstm(), target="cpu")
    with pytest.raises(RuntimeError, match="before forward"):
        cm.backward(np.ones((4, 2, 5), np.float32))
