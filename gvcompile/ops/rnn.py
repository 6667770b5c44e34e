"""Recurrent ops: whole-sequence loops, never unrolled (the graph size does not depend on T).

Axis 0 of a sequence is time T (in compiled models the IR's symbol "N" stands for it; axis 1,
the batch, is concrete). Each forward op returns ONE packed array (T, N, K*H) holding the new
states and everything its backward needs, in this order along the last axis:

  rnn_seq   [h_t | h_{t-1}]                                   K = 2
  lstm_seq  [h_t | h_{t-1} | c_t | c_{t-1} | i | f | g | o]     K = 8   (gate rows [i; f; g; o])
  gru_seq   [h_t | h_{t-1} | r | z | n | W_hn h_{t-1}]         K = 6   (gate rows [r; z; n])

so a layer's output is ``slice(P, axis=2, 0, H)`` and its final state ``seq_index(.., -1)``; the
backward never reads h0/c0 (which are state buffers, overwritten after the forward).
One bias per layer: pre = x W_ih^T + h W_hh^T + b, except GRU's n = tanh(W_in x + b_n +
r ⊙ (W_hn h)) (Flux). The gradient ops ``*_seq_grad(ct, P, w_hh)`` run the reverse loop and
return [dgx | (dgh) | dh_{t-1} | (dc_{t-1})]: the cotangents of the input projection
x W_ih^T + b, of h W_hh^T (GRU only; equal to dgx otherwise), and of the previous states.
Weight gradients are then plain matmuls over the whole sequence.
"""

from __future__ import annotations

import numpy as np

from ..errors import ShapeError, where
from ..ir.types import TensorType, show_shape
from ._util import require_float, same_dtype
from .elementwise import _sigmoid_ref
from .registry import defop

# ---- time-axis selection ------------------------------------------------------------------


def _seq_index_infer(types, attrs, src):
    t = types[0]
    if t.rank < 1:
        raise ShapeError(f"{where(src)}seq_index needs a sequence (T, ...), got a scalar")
    return TensorType(t.shape[1:], t.dtype)


def _seq_index_vjp(b, x, y, ct, index):
    return [b.emit("seq_scatter", ct, x[0], index=index)]


defop("seq_index", kind="rnn", infer=_seq_index_infer, arity=1,
      ref=lambda x, index: x[index].copy(), vjp=_seq_index_vjp,
      doc="x[index] along the time axis 0 (index may be negative: -1 is the last step)")


def _seq_scatter_infer(types, attrs, src):
    ct, like = types
    if tuple(ct.shape) != tuple(like.shape[1:]) or ct.dtype != like.dtype:
        raise ShapeError(f"{where(src)}seq_scatter: {ct} does not fit one step of {like}")
    return like


def _seq_scatter_ref(ct, like, index):
    out = np.zeros_like(like)
    out[index] = ct
    return out


defop("seq_scatter", kind="rnn", infer=_seq_scatter_infer, arity=2, ref=_seq_scatter_ref,
      vjp=lambda b, x, y, ct, index: [b.emit("seq_index", ct, index=index), None],
      doc="zeros shaped like `like` (T, ...) with step `index` set to ct (seq_index's VJP)")

# ---- shared type rules ------------------------------------------------------------------------


def _check_seq_args(types, gates, n_states, src, op):
    """x (T, N, in), states (N, H) x n_states, w_ih (G*H, in), w_hh (G*H, H), b (G*H,)."""
    dt = same_dtype(types, src, op)
    require_float(types[0], src, op)
    x, states, (w_ih, w_hh, bias) = types[0], types[1:1 + n_states], types[1 + n_states:]
    if x.rank != 3:
        raise ShapeError(f"{where(src)}{op}: expected a sequence (T, N, in), "
                         f"got {show_shape(x.shape)}")
    if w_hh.rank != 2 or w_hh.shape[0] != gates * w_hh.shape[1]:
        raise ShapeError(f"{where(src)}{op}: w_hh must be ({gates}*H, H), "
                         f"got {show_shape(w_hh.shape)}")
    hid = w_hh.shape[1]
    if tuple(w_ih.shape) != (gates * hid, x.shape[2]) or tuple(bias.shape) != (gates * hid,):
        raise ShapeError(f"{where(src)}{op}: w_ih {show_shape(w_ih.shape)} / b "
                         f"{show_shape(bias.shape)} do not fit x {show_shape(x.shape)} and "
                         f"H={hid}")
    for s in states:
        if tuple(s.shape) != (x.shape[1], hid):
            raise ShapeError(f"{where(src)}{op}: initial state must be ({x.shape[1]}, {hid}), "
                             f"got {show_shape(s.shape)}")
    return x, hid, dt


def _seq_infer(op, gates, n_states, k):
    def infer(types, attrs, src):
        x, hid, dt = _check_seq_args(types, gates, n_states, src, op)
        return TensorType((x.shape[0], x.shape[1], k * hid), dt)

    return infer


def _grad_infer(op, k_in, k_out):
    def infer(types, attrs, src):
        ct, packed, w_hh = types
        same_dtype(types, src, op)
        hid = w_hh.shape[1]
        if packed.rank != 3 or packed.shape[2] != k_in * hid or ct != packed:
            raise ShapeError(f"{where(src)}{op}: expected ct and packed states "
                             f"(T, N, {k_in}*{hid}), got {ct} and {packed}")
        return TensorType(packed.shape[:2] + (k_out * hid,), packed.dtype)

    return infer


def _seq_vjp(b, ins, packed, d, gates, n_states, split_gh):
    """Input cotangents from the grad op's [dgx | (dgh) | dh_prev | (dc_prev)]."""
    x, w_ih = ins[0], ins[1 + n_states]
    gh = w_ih.shape[0]
    hid = gh // gates
    dgx = b.emit("slice", d, axis=2, start=0, stop=gh)
    off = 2 * gh if split_gh else gh
    dgh = b.emit("slice", d, axis=2, start=gh, stop=off) if split_gh else dgx
    h_prev = b.emit("slice", packed, axis=2, start=hid, stop=2 * hid)
    d_states = [b.emit("seq_index", b.emit("slice", d, axis=2, start=off + k * hid,
                                           stop=off + (k + 1) * hid), index=0)
                for k in range(n_states)]
    dx = b.emit("matmul", dgx, w_ih)
    dw_ih = b.emit("matmul", dgx, x, trans_a=True)
    dw_hh = b.emit("matmul", dgh, h_prev, trans_a=True)
    db = b.emit("reduce_sum", dgx, axes=(0, 1), keepdims=False)
    return [dx, *d_states, dw_ih, dw_hh, db]


# ---- RNN ----------------------------------------------------------------------------------------

ACTIVATIONS = ("tanh", "sigmoid", "relu", "identity")


def _act(name, v):
    if name == "tanh":
        return np.tanh(v)
    if name == "sigmoid":
        return _sigmoid_ref(v)
    if name == "relu":
        return np.maximum(v, 0)
    if name.startswith("leaky_relu"):
        return np.where(v > 0, v, v * v.dtype.type(float(name.split(":", 1)[1])))
    return v


def _act_grad_from_output(name, h):
    """act'(pre) written with h = act(pre) (relu'(0) = 0, as PyTorch)."""
    if name == "tanh":
        return 1 - h * h
    if name == "sigmoid":
        return h * (1 - h)
    if name == "relu":
        return (h > 0).astype(h.dtype)
    if name.startswith("leaky_relu"):
        return np.where(h > 0, 1, float(name.split(":", 1)[1])).astype(h.dtype)
    return np.ones_like(h)


def _rnn_infer(types, attrs, src):
    act = attrs["activation"]
    if act not in ACTIVATIONS and not act.startswith("leaky_relu:"):
        raise ValueError(f"{where(src)}rnn_seq: activation {act!r} is not one of "
                         f"{ACTIVATIONS} or 'leaky_relu:<slope>'")
    return _seq_infer("rnn_seq", 1, 1, 2)(types, attrs, src)


def _rnn_seq_ref(x, h0, w_ih, w_hh, b, activation):
    hid = w_hh.shape[0]
    gx = x @ w_ih.T + b
    out = np.empty(x.shape[:2] + (2 * hid,), x.dtype)
    h = h0
    for t in range(x.shape[0]):
        out[t, :, hid:] = h
        h = _act(activation, gx[t] + h @ w_hh.T)
        out[t, :, :hid] = h
    return out


def _rnn_seq_vjp(b, x, y, ct, activation):
    """h_t = act(x_t W_ih^T + h_{t-1} W_hh^T + b); dpre_t = (ct_h[t] + dh_{t}^{from t+1})
    act'(pre_t); dW_ih = sum_t dpre_t^T x_t, dW_hh = sum_t dpre_t^T h_{t-1}, db = sum dpre,
    dx_t = dpre_t W_ih, dh0 = dpre_0 W_hh + ct_hprev[0]."""
    d = b.emit("rnn_seq_grad", ct, y, x[3], activation=activation)
    return _seq_vjp(b, x, y, d, 1, 1, False)


def _rnn_seq_grad_ref(ct, packed, w_hh, activation):
    hid = w_hh.shape[0]
    out = np.empty(packed.shape[:2] + (2 * hid,), packed.dtype)
    carry = np.zeros(packed.shape[1:2] + (hid,), packed.dtype)
    for t in reversed(range(packed.shape[0])):
        dpre = (ct[t, :, :hid] + carry) * _act_grad_from_output(activation,
                                                                packed[t, :, :hid])
        carry = dpre @ w_hh + ct[t, :, hid:]
        out[t, :, :hid], out[t, :, hid:] = dpre, carry
    return out


defop("rnn_seq", kind="rnn", infer=_rnn_infer, ref=_rnn_seq_ref, vjp=_rnn_seq_vjp, arity=5,
      doc="Elman RNN over a sequence: (x, h0, w_ih, w_hh, b) -> [h_t | h_{t-1}]")
defop("rnn_seq_grad", kind="rnn", infer=_grad_infer("rnn_seq_grad", 2, 2),
      ref=_rnn_seq_grad_ref, arity=3, nondiff="gradient op",
      doc="(ct, packed, w_hh) -> [dpre | dh_{t-1}]")

# ---- LSTM --------------------------------------------------------------------------------------


def _lstm_seq_ref(x, h0, c0, w_ih, w_hh, b):
    hid = w_hh.shape[1]
    gx = x @ w_ih.T + b
    out = np.empty(x.shape[:2] + (8 * hid,), x.dtype)
    h, c = h0, c0
    for t in range(x.shape[0]):
        g = gx[t] + h @ w_hh.T
        i, f = _sigmoid_ref(g[:, :hid]), _sigmoid_ref(g[:, hid:2 * hid])
        gg, o = np.tanh(g[:, 2 * hid:3 * hid]), _sigmoid_ref(g[:, 3 * hid:])
        c_new = f * c + i * gg
        h_new = o * np.tanh(c_new)
        out[t] = np.concatenate([h_new, h, c_new, c, i, f, gg, o], axis=1)
        h, c = h_new, c_new
    return out


def _lstm_seq_vjp(b, x, y, ct):
    """c_t = f c_{t-1} + i g, h_t = o tanh(c_t) with [i, f, g, o] = [σ, σ, tanh, σ](pre);
    dc = dh o (1 - tanh² c) + dc_next, di = dc g, df = dc c_{t-1}, dg = dc i, do = dh tanh c;
    dc_{t-1} = dc f; dh_{t-1} = dpre W_hh (plus the cotangents of the packed slots)."""
    d = b.emit("lstm_seq_grad", ct, y, x[4])
    return _seq_vjp(b, x, y, d, 4, 2, False)


def _lstm_seq_grad_ref(ct, packed, w_hh):
    hid = w_hh.shape[1]
    out = np.empty(packed.shape[:2] + (6 * hid,), packed.dtype)
    carry_h = np.zeros(packed.shape[1:2] + (hid,), packed.dtype)
    carry_c = np.zeros_like(carry_h)
    for t in reversed(range(packed.shape[0])):
        _, _, c, c_prev, i, f, g, o = np.split(packed[t], 8, axis=1)
        ch, chp, cc, ccp, ci, cf, cg, co = np.split(ct[t], 8, axis=1)
        dh = ch + carry_h
        tc = np.tanh(c)
        dc = cc + carry_c + dh * o * (1 - tc * tc)
        di, df, dg, do = dc * g + ci, dc * c_prev + cf, dc * i + cg, dh * tc + co
        dpre = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g * g),
                               do * o * (1 - o)], axis=1)
        carry_h = dpre @ w_hh + chp
        carry_c = dc * f + ccp
        out[t] = np.concatenate([dpre, carry_h, carry_c], axis=1)
    return out


defop("lstm_seq", kind="rnn", infer=_seq_infer("lstm_seq", 4, 2, 8), ref=_lstm_seq_ref,
      vjp=_lstm_seq_vjp, arity=6,
      doc="LSTM over a sequence: (x, h0, c0, w_ih, w_hh, b) -> [h|h_prev|c|c_prev|i|f|g|o]")
defop("lstm_seq_grad", kind="rnn", infer=_grad_infer("lstm_seq_grad", 8, 6),
      ref=_lstm_seq_grad_ref, arity=3, nondiff="gradient op",
      doc="(ct, packed, w_hh) -> [dpre (4H) | dh_{t-1} | dc_{t-1}]")

# ---- GRU ---------------------------------------------------------------------------------------


def _gru_seq_ref(x, h0, w_ih, w_hh, b):
    hid = w_hh.shape[1]
    gx = x @ w_ih.T + b
    out = np.empty(x.shape[:2] + (6 * hid,), x.dtype)
    h = h0
    for t in range(x.shape[0]):
        gh = h @ w_hh.T
        r = _sigmoid_ref(gx[t, :, :hid] + gh[:, :hid])
        z = _sigmoid_ref(gx[t, :, hid:2 * hid] + gh[:, hid:2 * hid])
        ghn = gh[:, 2 * hid:]
        n = np.tanh(gx[t, :, 2 * hid:] + r * ghn)
        h_new = (1 - z) * n + z * h
        out[t] = np.concatenate([h_new, h, r, z, n, ghn], axis=1)
        h = h_new
    return out


def _gru_seq_vjp(b, x, y, ct):
    """h_t = (1 - z) n + z h_{t-1}, n = tanh(gx_n + r ⊙ gh_n): dn = dh (1 - z),
    dz = dh (h_{t-1} - n), dnpre = dn (1 - n²), dr = dnpre gh_n; the input projection gets
    [dr σ', dz σ', dnpre], h W_hh^T gets [dr σ', dz σ', dnpre r]; dh_{t-1} = dgh W_hh + dh z."""
    d = b.emit("gru_seq_grad", ct, y, x[3])
    return _seq_vjp(b, x, y, d, 3, 1, True)


def _gru_seq_grad_ref(ct, packed, w_hh):
    hid = w_hh.shape[1]
    out = np.empty(packed.shape[:2] + (7 * hid,), packed.dtype)
    carry = np.zeros(packed.shape[1:2] + (hid,), packed.dtype)
    for t in reversed(range(packed.shape[0])):
        _, h_prev, r, z, n, ghn = np.split(packed[t], 6, axis=1)
        ch, chp, cr, cz, cn, cghn = np.split(ct[t], 6, axis=1)
        dh = ch + carry
        dn = dh * (1 - z) + cn
        dz = dh * (h_prev - n) + cz
        dnp = dn * (1 - n * n)
        dr = dnp * ghn + cr
        drp, dzp = dr * r * (1 - r), dz * z * (1 - z)
        dgh = np.concatenate([drp, dzp, dnp * r + cghn], axis=1)
        carry = dgh @ w_hh + dh * z + chp
        out[t] = np.concatenate([drp, dzp, dnp, dgh, carry], axis=1)
    return out


defop("gru_seq", kind="rnn", infer=_seq_infer("gru_seq", 3, 1, 6), ref=_gru_seq_ref,
      vjp=_gru_seq_vjp, arity=5,
      doc="GRU over a sequence: (x, h0, w_ih, w_hh, b) -> [h | h_prev | r | z | n | W_hn h]")
defop("gru_seq_grad", kind="rnn", infer=_grad_infer("gru_seq_grad", 6, 7),
      ref=_gru_seq_grad_ref, arity=3, nondiff="gradient op",
      doc="(ct, packed, w_hh) -> [dgx (3H) | dgh (3H) | dh_{t-1}]")
