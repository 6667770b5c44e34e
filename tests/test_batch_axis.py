"""Where the batch is, is declared, not assumed (issue: recurrent layers were silently wrong on
the CPU with the batch on axis 1 of the recurrent input). Recurrent layers in both layouts,
through a transpose in a GraphContainer, with ``batch_first=True`` and with a time-major input
declared by ``batch_axis=1`` / ``Spec(..., batch_axis=1)``: forward, gradients and train steps
on cpu and cuda-emu equal the interpreter for several batch sizes; a GRU classifier trains on
batch-first data with one generated step; DataLoader stacks along the declared axis."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
import gvcompile.functional as F
from gvcompile.errors import ShapeError
from gvcompile.layers import (
    GRU,
    LSTM,
    RNN,
    Fc,
    GraphContainer,
    SequentialContainer,
    forward,
    module_to_eltype_device,
    reset,
)
from gvcompile.optimization import SGD, Adam, logitcrossentropy_loss, mse_loss

TARGETS = [("cpu", {}), ("cuda", {"emulate": True})]
KINDS = [RNN, LSTM, GRU]


def _transposed(cls, seed=0):
    gvcompile.manual_seed(seed)
    m = GraphContainer(lambda L, x: forward(L[0], F.transpose(x, (1, 0, 2))), [cls(3, 5)])
    module_to_eltype_device(m, np.float64)
    return m


def _run(m, target, opts, x, seed):
    """forward and input/parameter gradients of a fresh state."""
    for layer in m.children() if hasattr(m, "children") else []:
        reset(layer)
    cm = gvcompile.compile(m, x, target=target, **opts)
    y = cm(x)
    cm.zero_gradients()
    gx = cm.backward(np.random.default_rng(seed).standard_normal(y.shape))
    rec = m[0]
    grads = [rec.weight_ih_gradient.copy(), rec.weight_hh_gradient.copy(), rec.bias_gradient.copy()]
    reset(rec)
    return y, gx, grads


@pytest.mark.parametrize("cls", KINDS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("target,opts", TARGETS, ids=["cpu", "cuda-emu"])
def test_issue_example_batch_on_axis_1(cls, target, opts):
    """The issue's smallest case: (N, T, F) transposed to (T, N, F) inside a GraphContainer."""
    m = _transposed(cls)
    for n in (4, 1, 3):
        x = np.random.default_rng(n).normal(size=(n, 6, 3))
        want = _run(m, "interp", {}, x, n)
        got = _run(m, target, opts, x, n)
        np.testing.assert_allclose(got[0], want[0], rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(got[1][0], want[1][0], rtol=1e-10, atol=1e-12)
        for g, w in zip(got[2], want[2], strict=True):
            np.testing.assert_allclose(g, w, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("cls", KINDS, ids=lambda c: c.__name__)
def test_batch_first_equals_time_major(cls):
    """batch_first=True is the time-major layer on the transposed sequence (as PyTorch)."""
    gvcompile.manual_seed(1)
    tm = cls(3, 4)
    bf = cls(3, 4, batch_first=True)
    for f in ("weight_ih", "weight_hh", "bias"):
        setattr(bf, f, getattr(tm, f).copy())
    x = np.random.default_rng(2).normal(size=(5, 7, 3)).astype(np.float32)  # (N, T, F)
    for target, opts in [("interp", {})] + TARGETS:
        y_tm = gvcompile.compile(tm, x.transpose(1, 0, 2), target=target, **opts)(
            np.ascontiguousarray(x.transpose(1, 0, 2)))
        y_bf = gvcompile.compile(bf, x, target=target, **opts)(x)
        reset(tm), reset(bf)
        assert y_bf.shape == (5, 7, 4)
        np.testing.assert_allclose(y_bf, y_tm.transpose(1, 0, 2), rtol=1e-5, atol=1e-6)


def test_batch_first_state_has_the_batch_of_axis_0():
    m = LSTM(3, 4, batch_first=True)
    forward(m, np.zeros((2, 6, 3), np.float32))
    assert m.hidden_state.shape == (2, 4) and m.cell_state.shape == (2, 4)
    with pytest.raises(ShapeError, match="LSTM"):
        forward(m, np.zeros((2, 6, 5), np.float32))


@pytest.mark.parametrize("target,opts", [("interp", {})] + TARGETS,
                         ids=["interp", "cpu", "cuda-emu"])
def test_time_major_input_declared_by_batch_axis(target, opts):
    """A time-major model compiled with batch_axis=1 (or a Spec) accepts any batch on axis 1."""
    gvcompile.manual_seed(3)
    m = SequentialContainer([GRU(3, 4)])
    x = np.random.default_rng(0).normal(size=(6, 5, 3)).astype(np.float32)
    cm = gvcompile.compile(m, x, target=target, batch_axis=1, **opts)
    cs = gvcompile.compile(m, gvcompile.Spec((6, "N", 3), batch_axis=1), target=target, **opts)
    ref = gvcompile.compile(m, x, target="interp", batch_axis=1)
    for n in (5, 2, 1):
        xn = np.ascontiguousarray(x[:, :n])
        want = ref(xn)
        reset(m[0])
        for c in (cm, cs):
            np.testing.assert_allclose(c(xn), want, rtol=1e-5, atol=1e-6)
            reset(m[0])
    two = GraphContainer(lambda L, a, b: forward(L[0], a) + forward(L[0], b), [GRU(3, 4)])
    with pytest.raises(ShapeError, match="share their batch"):
        gvcompile.compile(two, x, x[:, :2], target=target, batch_axis=1, **opts)


def _gru_classifier(batch_first, seed=0):
    """GRU -> mean over time -> Fc, on (N, T, F) (batch_first) or (T, N, F) data."""
    gvcompile.manual_seed(seed)
    time_axis = 1 if batch_first else 0
    return GraphContainer(lambda L, x: forward(L[1], F.mean(forward(L[0], x), time_axis)),
                          [GRU(2, 8, batch_first=batch_first), Fc(8, 2)])


def _reset(m):
    reset(m[0])


def _data(n=64, t=6, seed=0):
    """Two classes: the sign of the sum of the first feature over time."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, t, 2)).astype(np.float32)
    lab = (x[:, :, 0].sum(1) > 0).astype(np.int64)
    return x, np.eye(2, dtype=np.float32)[lab], lab


@pytest.mark.parametrize("layout", ["batch_first", "time_major"])
def test_gru_classifier_trains_with_one_generated_step(layout):
    """Batch-first data through GRU(batch_first=True), or time-major data declared with
    batch_axis=1 against (N, classes) targets: the compiled step follows the interpreter's
    step and learns."""
    x, t, lab = _data()
    if layout == "time_major":
        x = np.ascontiguousarray(x.transpose(1, 0, 2))  # (T, N, F)
    kw = {"batch_axis": 1} if layout == "time_major" else {}
    losses = {}
    for target in ("interp", "cpu"):
        m = _gru_classifier(layout == "batch_first")
        ts = gvcompile.compile_train_step(m, logitcrossentropy_loss, Adam(m, 0.05), x, t,
                                          target=target, **kw)
        losses[target] = []
        for _ in range(30):
            losses[target].append(ts.step(x, t))
            _reset(m)
        logits = forward(gvcompile.compile(m, x, target="interp", **kw), x)
        _reset(m)
        losses[target + "_acc"] = float(np.mean(logits.argmax(1) == lab))
    np.testing.assert_allclose(losses["cpu"], losses["interp"], rtol=2e-3, atol=1e-5)
    assert losses["cpu"][-1] < 0.5 * losses["cpu"][0]
    assert losses["cpu_acc"] >= 0.9 and abs(losses["cpu_acc"] - losses["interp_acc"]) <= 0.05


def test_train_step_pairs_batches_along_the_declared_axes():
    m = SequentialContainer([RNN(3, 4)])
    x = np.zeros((5, 6, 3), np.float32)  # (T, N, F)
    ts = gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.1), x, np.zeros((5, 6, 4),
                                      np.float32), batch_axis=1)
    reset(m[0])
    ts.step(np.zeros((5, 2, 3), np.float32), np.zeros((5, 2, 4), np.float32))  # any batch
    reset(m[0])
    with pytest.raises(ShapeError, match="axis 1"):
        ts.step(np.zeros((5, 2, 3), np.float32), np.zeros((5, 3, 4), np.float32))


def test_spec_batch_axis_is_validated():
    assert gvcompile.Spec((3, "N"), batch_axis=-1).batch_axis == 1
    with pytest.raises(ShapeError, match="out of range"):
        gvcompile.Spec((3, 4), batch_axis=2)
    with pytest.raises(ValueError, match="positive ints"):
        gvcompile.Spec(("N", 4), batch_axis=1)


def test_dataloader_stacks_along_the_batch_axis():
    get = lambda i: (np.full((6, 3), i, np.float32), np.array([i, -i], np.float32))  # noqa
    dl = gvcompile.DataLoader(get, 5, batch_size=2, batch_axis=(1, 0))
    x, t = dl[0]
    assert x.shape == (6, 2, 3) and t.shape == (2, 2)
    np.testing.assert_array_equal(x[0, :, 0], [0, 1])
    with pytest.raises(TypeError, match="batch_axis"):
        gvcompile.DataLoader(get, 5, batch_axis="1")
    with pytest.raises(ValueError, match="out of range"):
        gvcompile.DataLoader(get, 5, batch_size=2, batch_axis=5)[0]


def test_export_with_the_batch_on_axis_1(tmp_path):
    """The manifest records N where the input has it; the loaded library takes any batch."""
    m = GraphContainer(lambda L, x: forward(L[0], F.transpose(x, (1, 0))), [Fc(3, 2)])
    x = np.random.default_rng(0).normal(size=(3, 5)).astype(np.float32)
    cm = gvcompile.compile(m, x, target="cpu", batch_axis=1)
    cm(x)
    gvcompile.export(cm, tmp_path, name="tm")
    so = next(p for p in tmp_path.iterdir() if p.suffix == ".so")
    lib = gvcompile.load(so)
    x2 = np.random.default_rng(1).normal(size=(3, 7)).astype(np.float32)
    np.testing.assert_allclose(lib(x2), cm(x2), rtol=1e-6, atol=1e-6)
    with pytest.raises(ShapeError):
        lib(np.zeros((4, 7), np.float32))


@pytest.mark.parametrize("target,opts", [("interp", {})] + TARGETS,
                         ids=["interp", "cpu", "cuda-emu"])
def test_state_carries_over_when_the_batch_varies_on_axis_1(target, opts):
    """batch_first: the batch of the recurrent input is the symbol N; a second call carries the
    state over (found by the fuzzer: it was refused as 'batch size 2 ... got a batch of N'); a
    call with another batch asks for reset."""
    gvcompile.manual_seed(0)
    m = SequentialContainer([GRU(3, 4, batch_first=True)])
    x = np.random.default_rng(0).random((2, 5, 3)).astype(np.float32)
    ref = gvcompile.compile(m, x, target="interp")
    want = [ref(x), ref(x)]
    reset(m[0])
    cm = gvcompile.compile(m, x, target=target, **opts)
    got = [cm(x), cm(x)]
    for g, w in zip(got, want, strict=True):
        np.testing.assert_allclose(g, w, rtol=1e-5, atol=1e-6)
    assert np.abs(got[0] - got[1]).max() > 1e-3  # the state did carry over
    with pytest.raises(ShapeError, match=r"reset\(layer\)"):
        cm(np.zeros((3, 5, 3), np.float32))
    reset(m[0])
    assert cm(np.zeros((3, 5, 3), np.float32)).shape == (3, 5, 4)
