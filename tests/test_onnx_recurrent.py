"""to_onnx of recurrent layers (issue 18): our RNN (every activation), LSTM and GRU, time-major
and batch-first, become ONNX RNN/LSTM/GRU nodes that ONNX Runtime (and, where it implements
the activation, ONNX's reference evaluator) runs with our outputs at batch sizes 1 and 3 of
one exported file, computing one call from the reset state; the file imports back equal."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

from onnx import TensorProto, helper, numpy_helper  # noqa: E402
from onnx.reference import ReferenceEvaluator  # noqa: E402

import gvcompile  # noqa: E402
from gvcompile.errors import UnsupportedOnnxError  # noqa: E402
from gvcompile.layers import (  # noqa: E402
    GRU,
    LSTM,
    RNN,
    Dense,
    Fc,
    Flatten,
    SequentialContainer,
    reset,
)

T, FEAT, HID = 5, 4, 6
KINDS = [(RNN, a) for a in ("tanh", "relu", "sigmoid", "leaky_relu:0.25", None)] + \
    [(LSTM, None), (GRU, None)]
REFERENCE_RNN_ACTS = ("tanh", None)  # onnx.reference's RNN knows Tanh and Affine only


def _layer(kind, act, batch_first, seed=0):
    gvcompile.manual_seed(seed)
    kw = {"activation_function": act} if kind is RNN else {}
    layer = kind(FEAT, HID, batch_first=batch_first, **kw)
    rng = np.random.default_rng(seed)
    layer.bias = rng.standard_normal(layer.bias.shape).astype(np.float32)  # gate order shows
    layer.weight_hh = layer.weight_hh * np.float32(1.5)
    return layer


def _seq(rng, n, batch_first):
    return rng.standard_normal((n, T, FEAT) if batch_first else (T, n, FEAT)).astype(np.float32)


def _fresh_call(cm, m, x):
    reset(m)
    return cm(x)


@pytest.mark.parametrize("batch_first", [False, True], ids=["time_major", "batch_first"])
@pytest.mark.parametrize("kind,act", KINDS, ids=[f"{k.__name__}-{a}" for k, a in KINDS])
def test_recurrent_layer_exports_to_onnx(kind, act, batch_first, tmp_path):
    m = SequentialContainer([_layer(kind, act, batch_first), Dense(HID, 3)])
    axis = 0 if batch_first else 1
    rng = np.random.default_rng(1)
    path = gvcompile.to_onnx(m, _seq(rng, 3, batch_first), path=tmp_path / "r.onnx",
                             batch_axis=axis)
    proto = onnx.load(str(path))
    onnx.checker.check_model(proto, full_check=True)
    assert [n.op_type for n in proto.graph.node if n.op_type in ("RNN", "LSTM", "GRU")] == \
        [kind.__name__]
    dims = proto.graph.input[0].type.tensor_type.shape.dim
    assert dims[axis].dim_param == "N" and all(d.dim_value for k, d in enumerate(dims)
                                               if k != axis)
    s = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    ref = ReferenceEvaluator(proto) if kind is not RNN or act in REFERENCE_RNN_ACTS else None
    ours = gvcompile.compile(m, _seq(rng, 3, batch_first), target="interp", batch_axis=axis)
    back = gvcompile.compile(gvcompile.from_onnx(path), _seq(rng, 3, batch_first),
                             target="interp", batch_axis=axis)
    for n in (1, 3):   # one file, two batch sizes
        x = _seq(rng, n, batch_first)
        want = _fresh_call(ours, m, x)
        assert want.shape == ((n, T, 3) if batch_first else (T, n, 3))
        np.testing.assert_allclose(s.run(None, {"x": x})[0], want, rtol=1e-5, atol=1e-5)
        if ref is not None:
            np.testing.assert_allclose(ref.run(None, {"x": x})[0], want, rtol=1e-5, atol=1e-5)
        np.testing.assert_allclose(back(x), want, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("kind", [LSTM, GRU])
def test_batch_first_recurrent_flatten_fc_on_cpu(kind, tmp_path):
    """The classifier shape: sequence -> recurrent -> Flatten -> Fc, compiled for the CPU."""
    m = SequentialContainer([_layer(kind, None, True, seed=2), Flatten(), Fc(T * HID, 2)])
    rng = np.random.default_rng(3)
    path = gvcompile.to_onnx(m, _seq(rng, 3, True), path=tmp_path / "c.onnx")
    s = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    cm = gvcompile.compile(m, _seq(rng, 3, True), target="cpu")
    for n in (1, 3, 8):
        x = _seq(rng, n, True)
        np.testing.assert_allclose(s.run(None, {"x": x})[0], _fresh_call(cm, m, x),
                                   rtol=1e-5, atol=1e-5)


def test_carried_state_is_not_exported_and_is_kept(tmp_path):
    """A layer that ran already carries its last state; the exported graph still computes a
    call from the reset state (with a warning), and export leaves the layer's state alone."""
    layer = _layer(LSTM, None, True, seed=4)
    m = SequentialContainer([layer])
    rng = np.random.default_rng(5)
    x = _seq(rng, 2, True)
    cm = gvcompile.compile(m, x, target="interp")
    cm(x)
    h, c = layer.hidden_state.copy(), layer.cell_state.copy()
    assert h.shape == (2, HID) and np.any(h)
    with pytest.warns(UserWarning, match=r"LSTM layer carries a state.*reset"):
        path = gvcompile.to_onnx(m, x, path=tmp_path / "s.onnx")
    np.testing.assert_array_equal(layer.hidden_state, h)
    np.testing.assert_array_equal(layer.cell_state, c)
    carried = cm(x)  # from the carried state: not what ONNX computes
    theirs = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(
        None, {"x": x})[0]
    np.testing.assert_allclose(theirs, _fresh_call(cm, m, x), rtol=1e-5, atol=1e-5)
    assert np.abs(theirs - carried).max() > 1e-3
    reset(m)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a reset layer exports silently
        gvcompile.to_onnx(m, x, path=tmp_path / "s2.onnx")


def test_lstm_cell_states_cannot_be_exported(tmp_path):
    """An imported LSTM whose Y_c is used needs its per-step cell states, which ONNX's LSTM
    does not give: refused naming the layer, not written wrong."""
    rng = np.random.default_rng(6)
    w = numpy_helper.from_array(rng.standard_normal((1, 4 * HID, FEAT)).astype(np.float32), "W")
    r = numpy_helper.from_array(rng.standard_normal((1, 4 * HID, HID)).astype(np.float32), "R")
    node = helper.make_node("LSTM", ["x", "W", "R"], ["", "", "yc"], hidden_size=HID)
    g = helper.make_graph([node], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT,
                                                                      [T, "N", FEAT])],
                          [helper.make_tensor_value_info("yc", TensorProto.FLOAT,
                                                         [1, "N", HID])], [w, r])
    model = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
    gc = gvcompile.from_onnx(model)
    x = _seq(rng, 2, False)
    with pytest.raises(UnsupportedOnnxError, match=r"LSTM.*only the output sequence"):
        gvcompile.to_onnx(gc, x, path=tmp_path / "yc.onnx", batch_axis=1)


def _onnx_recurrent(kind, direction, lbr):
    rng = np.random.default_rng(7)
    g, d = {"RNN": 1, "LSTM": 4, "GRU": 3}[kind], 2 if direction == "bidirectional" else 1
    inits = [numpy_helper.from_array((rng.standard_normal(s) * 0.4).astype(np.float32), n)
             for n, s in (("W", (d, g * HID, FEAT)), ("R", (d, g * HID, HID)),
                          ("B", (d, 2 * g * HID)))]
    attrs = {"linear_before_reset": lbr} if kind == "GRU" else {}
    if d == 2:  # Y_h (2, N, H): the last step of each direction
        nodes, out = [helper.make_node(kind, ["x", "W", "R", "B"], ["", "y"], hidden_size=HID,
                                       direction=direction, **attrs)], [2, "N", HID]
    else:  # Y without its direction axis (as PyTorch exports it)
        inits.append(numpy_helper.from_array(np.asarray([1], np.int64), "axes"))
        nodes = [helper.make_node(kind, ["x", "W", "R", "B"], ["y4"], hidden_size=HID,
                                  direction=direction, **attrs),
                 helper.make_node("Squeeze", ["y4", "axes"], ["y"])]
        out = [T, "N", HID]
    g = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT,
                                                                     [T, "N", FEAT])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, out)], inits)
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])


@pytest.mark.parametrize("kind,direction,lbr", [("LSTM", "bidirectional", 1),
                                                ("RNN", "reverse", 1), ("GRU", "forward", 0)])
def test_imported_recurrent_exports_again(kind, direction, lbr, tmp_path):
    """ONNX -> from_onnx -> to_onnx: reversed directions (Slice with step -1), concatenated
    directions and the unrolled GRU (linear_before_reset=0, Rbh != 0) written back out compute
    what the original computes in ONNX Runtime."""
    model = _onnx_recurrent(kind, direction, lbr)
    rng = np.random.default_rng(8)
    x = _seq(rng, 3, False)
    path = gvcompile.to_onnx(gvcompile.from_onnx(model), x, path=tmp_path / "again.onnx",
                             batch_axis=1)
    ops = {n.op_type for n in onnx.load(str(path)).graph.node}
    assert (kind in ops) == (kind != "GRU" or lbr == 1)
    a = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    b = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    for n in (1, 3):
        x = _seq(rng, n, False)
        np.testing.assert_allclose(b.run(None, {"x": x})[0], a.run(None, {"x": x})[0],
                                   rtol=1e-5, atol=1e-5)


def test_time_major_y_with_its_direction_axis_is_refused_naming_the_node():
    """Y (T, 1, N, H) of a time-major node with a symbolic batch would need N off axis 0:
    refused by name (its Squeeze, as PyTorch exports, works: above)."""
    model = _onnx_recurrent("LSTM", "forward", 1)
    g = model.graph
    del g.node[1:]
    g.node[0].name = "lstm0"
    g.node[0].output[0] = "y"
    del g.output[:]
    g.output.append(helper.make_tensor_value_info("y", TensorProto.FLOAT, [T, 1, "N", HID]))
    gc = gvcompile.from_onnx(model)
    x = _seq(np.random.default_rng(9), 2, False)
    with pytest.raises(UnsupportedOnnxError, match=r"lstm0.*LSTM.*batch axis N off axis 0"):
        gvcompile.compile(gc, x, target="interp", batch_axis=1)
