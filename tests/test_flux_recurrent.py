"""RNN / LSTM / GRU layers: against step-by-step NumPy cells and torch.nn (when importable),
state persistence and reset, gradients through gvcompile.compile, graph size independent of T."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.compiled.model import build_graphs
from gvcompile.errors import DTypeError, ShapeError
from gvcompile.ir.types import BATCH, TensorType
from gvcompile.layers import GRU, LSTM, RNN, Chain, Dense, module_to_eltype_device, reset

from .samples.rnn import gru_cells, lstm_cells, rnn_cells

LAYERS = {"rnn": lambda i, o: RNN(i, o), "lstm": LSTM, "gru": GRU,
          "rnn_relu": lambda i, o: RNN(i, o, activation_function="relu")}


def _numpy_layer(m, x, states):
    """Output sequence and final states of layer m from states, by the cells in samples."""
    gx = np.einsum("tni,gi->tng", x, m.weight_ih.astype(np.float64)) + m.bias
    whh, hid = m.weight_hh.astype(np.float64), m.out_features
    if isinstance(m, LSTM):
        p = lstm_cells(gx, states[0], states[1], whh)
        return p[..., :hid], [p[-1, :, :hid], p[-1, :, 2 * hid:3 * hid]]
    p = (gru_cells(gx, states[0], whh) if isinstance(m, GRU)
         else rnn_cells(gx, states[0], whh, m.activation_function or "identity"))
    return p[..., :hid], [p[-1, :, :hid]]


@pytest.mark.parametrize("kind", sorted(LAYERS))
def test_sequence_state_persists_and_resets(kind):
    gvcompile.manual_seed(3)
    m = LAYERS[kind](3, 4)
    rng = np.random.default_rng(0)
    x1, x2 = (rng.standard_normal((5, 2, 3)).astype(np.float32) for _ in range(2))
    cm = gvcompile.compile(m, x1, target="interp")
    zeros = [np.zeros((2, 4))] * (2 if kind == "lstm" else 1)
    want1, st1 = _numpy_layer(m, x1, zeros)
    np.testing.assert_allclose(cm(x1), want1, rtol=1e-5, atol=1e-6)
    want2, _ = _numpy_layer(m, x2, st1)  # the state carries over to the next call
    np.testing.assert_allclose(cm(x2), want2, rtol=1e-5, atol=1e-6)
    reset(m)
    np.testing.assert_allclose(cm(x2), _numpy_layer(m, x2, zeros)[0], rtol=1e-5, atol=1e-6)


def test_lstm_init_and_fields():
    gvcompile.manual_seed(0)
    m = LSTM(3, 5)
    assert m.weight_ih.shape == (20, 3) and m.weight_hh.shape == (20, 5)
    assert m.bias.shape == (20,) and m.weight_ih.dtype == np.float32
    np.testing.assert_array_equal(m.bias, np.r_[np.zeros(5), np.ones(5), np.zeros(10)])
    bound = np.sqrt(6 / (3 + 20))
    assert np.abs(m.weight_ih).max() <= bound and np.abs(m.weight_ih).max() > 0.7 * bound
    assert GRU(2, 3).weight_hh.shape == (9, 3) and RNN(2, 3).bias.shape == (3,)
    assert m.weight_ih_gradient.shape == (20, 3) and not m.bias_gradient.any()


def test_batch_change_needs_reset():
    m = GRU(2, 3)
    x = np.ones((4, 2, 2), np.float32)
    m(x)
    with pytest.raises(ShapeError, match=r"reset\(layer\)"):
        m(np.ones((4, 5, 2), np.float32))
    reset(m)
    assert m(np.ones((4, 5, 2), np.float32)).shape == (4, 5, 3)
    with pytest.raises(ShapeError, match=r"\(T, N, 2\)"):
        m(np.ones((4, 5, 3), np.float32))
    with pytest.raises(DTypeError):
        reset(m)
        m(np.ones((4, 5, 2), np.float64))


def test_graph_size_does_not_depend_on_T():
    sizes = []
    for t in (10, 1000):
        m = Chain(LSTM(3, 4), GRU(4, 4), RNN(4, 2))
        fwd, bwd = build_graphs(m, [TensorType((BATCH, 2, 3), np.float32)], batch_hint=t)
        sizes.append((len(fwd), len(bwd)))
    assert sizes[0] == sizes[1]
    m = LSTM(3, 4)
    x = np.random.default_rng(1).standard_normal((1000, 2, 3)).astype(np.float32)
    cm = gvcompile.compile(m, x[:10], target="interp")
    assert cm(x).shape == (1000, 2, 4)  # T is the symbolic extent: no recompilation
    assert len(cm._programs) == 1


def _torch_module(m):
    torch = pytest.importorskip("torch")
    cls = {RNN: torch.nn.RNN, LSTM: torch.nn.LSTM, GRU: torch.nn.GRU}[type(m)]
    kw = {"nonlinearity": m.activation_function} if isinstance(m, RNN) else {}
    tm = cls(m.in_features, m.out_features, **kw).double()
    with torch.no_grad():
        tm.weight_ih_l0.copy_(torch.from_numpy(m.weight_ih))
        tm.weight_hh_l0.copy_(torch.from_numpy(m.weight_hh))
        tm.bias_ih_l0.copy_(torch.from_numpy(m.bias))
        tm.bias_hh_l0.zero_()  # one bias per layer (Flux): torch's second bias is zero
    return torch, tm


@pytest.mark.parametrize("kind", ["rnn", "rnn_relu", "lstm", "gru"])
def test_against_torch_forward_backward_float64(kind):
    gvcompile.manual_seed(7)
    m = LAYERS[kind](3, 4)
    module_to_eltype_device(m, np.float64)
    torch, tm = _torch_module(m)
    rng = np.random.default_rng(2)
    x = rng.standard_normal((6, 3, 3))
    seed = rng.standard_normal((6, 3, 4))
    cm = gvcompile.compile(m, x, target="interp")
    m.hidden_state = rng.standard_normal((3, 4))  # a carried-over state
    h0 = torch.from_numpy(m.hidden_state.copy())[None]
    if kind == "lstm":
        m.cell_state = rng.standard_normal((3, 4))
        h0 = (h0, torch.from_numpy(m.cell_state.copy())[None])
    y = cm(x)
    xt = torch.from_numpy(x).requires_grad_(True)
    yt, ht = tm(xt, h0)
    np.testing.assert_allclose(y, yt.detach().numpy(), rtol=1e-10, atol=1e-12)
    hT = ht[0] if kind == "lstm" else ht
    np.testing.assert_allclose(m.hidden_state, hT[0].detach().numpy(), rtol=1e-10, atol=1e-12)
    if kind == "lstm":
        np.testing.assert_allclose(m.cell_state, ht[1][0].detach().numpy(), rtol=1e-10)
    gx = cm.backward(seed)
    yt.backward(torch.from_numpy(seed))
    np.testing.assert_allclose(gx, xt.grad.numpy(), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(m.weight_ih_gradient, tm.weight_ih_l0.grad.numpy(), rtol=1e-9)
    np.testing.assert_allclose(m.weight_hh_gradient, tm.weight_hh_l0.grad.numpy(), rtol=1e-9)
    np.testing.assert_allclose(m.bias_gradient, tm.bias_ih_l0.grad.numpy(), rtol=1e-9)


@pytest.mark.parametrize("kind", ["lstm", "gru", "rnn"])
def test_layer_gradients_by_finite_differences(kind):
    """Without torch: a stacked model's gradients w.r.t. input and weights, float64."""
    gvcompile.manual_seed(11)
    m = Chain(LAYERS[kind](2, 3), Dense(3, 2))
    module_to_eltype_device(m, np.float64)
    rng = np.random.default_rng(4)
    x, seed = rng.standard_normal((4, 2, 2)), rng.standard_normal((4, 2, 2))
    cm = gvcompile.compile(m, x, target="interp")

    def loss(xx):
        reset(m)
        return float(np.sum(cm(xx) * seed))

    loss(x)
    gx = cm.backward(seed)
    eps = 1e-6
    for j in range(x.size):
        d = np.zeros_like(x)
        d.reshape(-1)[j] = eps
        num = (loss(x + d) - loss(x - d)) / (2 * eps)
        assert abs(gx.reshape(-1)[j] - num) < 1e-7
    w, gw = m[0].weight_hh, m[0].weight_hh_gradient.copy()
    for j in range(w.size):
        old = w.reshape(-1)[j]
        w.reshape(-1)[j] = old + eps
        fp = loss(x)
        w.reshape(-1)[j] = old - eps
        fm = loss(x)
        w.reshape(-1)[j] = old
        assert abs(gw.reshape(-1)[j] - (fp - fm) / (2 * eps)) < 1e-7


def test_symbolic_time_axis_ops():
    """The sequence ops run with T as the symbolic axis, as compiled models use them."""
    from gvcompile.testing import run_op

    from .samples.rnn import SAMPLES

    for op in ("rnn_seq", "lstm_seq", "gru_seq"):
        s = SAMPLES[op][0]
        from gvcompile.interp import run_graph
        from gvcompile.ir.binding import Arg
        from gvcompile.ir.graph import Graph, Output
        from gvcompile.ops.builder import Builder

        b = Builder(Graph(op))
        with b.scope("test"):
            xs = [b.arg(Arg("input", i), TensorType(((BATCH,) if i == 0 else ()) +
                                                     np.shape(a)[i == 0:], np.float64), f"x{i}")
                  for i, a in enumerate(s.inputs)]
            out = b.emit(op, *xs, **s.attrs)
        b.graph.outputs = [Output(out.id)]
        np.testing.assert_allclose(run_graph(b.graph, s.inputs)[0],
                                   run_op(op, s.inputs, s.attrs))


def test_summary_fields():
    assert RNN(2, 3, activation_function=None).summary_fields() == {
        "in_features": 2, "out_features": 3, "activation_function": None}
    assert LSTM(2, 3).num_parameters() == 12 * 2 + 12 * 3 + 12
    with pytest.raises(ValueError):
        RNN(2, 3, activation_function="softmax")


def test_sequence_example_trains():
    import importlib.util
    import pathlib

    path = pathlib.Path(__file__).parent.parent / "examples" / "train_sequence.py"
    spec = importlib.util.spec_from_file_location("train_sequence", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--steps", "300"]) >= 0.9
