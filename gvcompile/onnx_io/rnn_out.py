"""Our RNN, LSTM and GRU as ONNX RNN/LSTM/GRU nodes (forward direction, layout 0).

The exporter traces recurrent layers from their reset (zero) state, so each sequence op's state
inputs are zero broadcasts: ONNX's default initial_h/initial_c, left out. The op's weights
become W (1, G*H, in), R (1, G*H, H) and B (1, 2*G*H) with the gate rows reordered (LSTM ours
[i; f; g; o] -> ONNX iofc, GRU ours [r; z; n] -> ONNX zrh); our one bias is ONNX's Wb and Rb
is zero, which is exact for the GRU too because ours is ONNX's ``linear_before_reset=1`` form
with Rbh = 0: n = tanh(W_n x + b_n + r * (R_h h)). A batch-first layer's transposes are IR
transposes of their own (the sequence op is always time-major). Only the output sequence
(the packed result's first H channels) can be used: ONNX has no per-step cell states or gates.
"""

from __future__ import annotations

import numpy as np

from ..errors import UnsupportedOnnxError

RNN_OPS = {"rnn_seq": ("RNN", 1, None, 1), "lstm_seq": ("LSTM", 4, [0, 3, 1, 2], 2),
           "gru_seq": ("GRU", 3, [1, 0, 2], 1)}  # ONNX op, gates, ONNX row blocks, states
_ACTS = {"tanh": ("Tanh", {}), "relu": ("Relu", {}), "sigmoid": ("Sigmoid", {}),
         "identity": ("Affine", {"activation_alpha": [1.0], "activation_beta": [0.0]})}


def _refuse(nd, what: str):
    raise UnsupportedOnnxError(f"to_onnx: {nd.get('src') or 'model'} ({nd['op']}): {what}")


def _is_zero_state(g, nid) -> bool:
    """A broadcast of the constant 0 (the reset state the exporter traces with)."""
    nd = g.node(nid)
    if nd["op"] != "broadcast_to":
        return False
    src = g.node(g.inputs(nid)[0])
    return src["op"] == "const" and not np.any(np.asarray(src["attrs"]["value"]))


def absorbed(g, live: set) -> set:
    """Nodes the recurrent emitters account for: zero initial states and parameters used only
    by sequence ops (their values go into W/R/B), and the output slices (Squeeze of Y)."""
    out = set()
    for nid in live:
        nd = g.node(nid)
        if nd["op"] not in RNN_OPS:
            continue
        _, _, _, n_states = RNN_OPS[nd["op"]]
        ins = g.inputs(nid)
        for s in ins[1:1 + n_states]:
            if not _is_zero_state(g, s) or any(u != nid for u in g.users(s) if u in live):
                _refuse(nd, "the initial state is not the reset (zero) state")
            out.add(s)
        for p in ins[1 + n_states:]:
            if g.node(p)["op"] != "param":
                _refuse(nd, "weights that are not the layer's own parameters")
            if all(g.node(u)["op"] in RNN_OPS for u in g.users(p) if u in live):
                out.add(p)
        out.update(_y_slices(g, nid, live))
    consts = {g.inputs(s)[0] for s in out if g.node(s)["op"] == "broadcast_to"}
    return out | {c for c in consts if all(u in out for u in g.users(c) if u in live)}


def _y_slices(g, nid, live) -> list:
    nd = g.node(nid)
    hid = g.type(g.inputs(nid)[-2]).shape[1]
    uses = [u for u in g.users(nid) if u in live]
    for u in uses:
        a = g.node(u)
        if a["op"] != "slice" or (a["attrs"]["axis"], a["attrs"]["start"],
                                  a["attrs"]["stop"]) != (2, 0, hid):
            _refuse(nd, "only the output sequence can be exported (ONNX RNN/LSTM/GRU have no "
                    "per-step cell states or gates)")
    return uses


def _blocks(a: np.ndarray, order, g: int) -> np.ndarray:
    if order is None:
        return a
    parts = np.split(a, g, axis=0)
    return np.concatenate([parts[k] for k in order], axis=0)


def _activation(nd) -> dict:
    act = nd["attrs"].get("activation", "tanh")
    if act.startswith("leaky_relu:"):
        return {"activations": ["LeakyRelu"],
                "activation_alpha": [float(act.split(":", 1)[1])]}
    if act not in _ACTS:
        _refuse(nd, f"activation {act!r} has no ONNX RNN equivalent")
    name, extra = _ACTS[act]
    return {"activations": [name], **extra}


def emit_recurrent(e, g, nid, live: set, names: dict, value_of) -> None:
    """The ONNX node for sequence op ``nid``; its Y, squeezed, is named after each output
    slice. ``value_of(param_nid)`` is a parameter's current value."""
    nd = g.node(nid)
    onnx_op, gates, order, n_states = RNN_OPS[nd["op"]]
    ins = g.inputs(nid)
    w_ih, w_hh, b = (value_of(p) for p in ins[1 + n_states:])
    hid = w_hh.shape[1]
    base = e.fresh(onnx_op)
    w = e.init(base + "_W", _blocks(w_ih, order, gates)[None])
    r = e.init(base + "_R", _blocks(w_hh, order, gates)[None])
    bias = np.concatenate([_blocks(b, order, gates), np.zeros_like(b)])[None]
    attrs = {"hidden_size": int(hid)}
    if onnx_op == "RNN":
        attrs.update(_activation(nd))
    if onnx_op == "GRU":
        attrs["linear_before_reset"] = 1
    y4 = e.fresh(base + "_Y")
    e.node(onnx_op, [names[ins[0]], w, r, e.init(base + "_B", bias)], [y4], **attrs)
    axes = e.const("axes", np.asarray([1], np.int64))
    for u in _y_slices(g, nid, live):
        e.node("Squeeze", [y4, axes], [g.node(u)["name"]])
