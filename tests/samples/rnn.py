"""Samples of the recurrent ops. The expectations are step-by-step cells written from the
equations (Flux's gate orders); the gradient ops are checked against central differences of
these cells, perturbing the input projection, the recurrent projection and the state entering
each step (so the packed slots h_{t-1}, c_{t-1} are covered too)."""

from __future__ import annotations

import numpy as np

from . import Sample, rand


def _sig(v):
    return 1.0 / (1.0 + np.exp(-v))


_ACTS = {"tanh": np.tanh, "sigmoid": _sig, "relu": lambda v: np.maximum(v, 0.0),
         "identity": lambda v: v, "leaky_relu:0.2": lambda v: np.where(v > 0, v, 0.2 * v)}


def _zeros(gx, hid, k=1):
    return np.zeros(gx.shape[:2] + (k * hid,))


def rnn_cells(gx, h0, w_hh, act, dx=None, dgh=None, dh=None, dc=None):
    """[h_t | h_{t-1}] from the input projection gx = x W_ih^T + b; d* are perturbations."""
    hid = h0.shape[1]
    dx, dgh, dh = (v if v is not None else _zeros(gx, hid) for v in (dx, dgh, dh))
    out, h = [], h0
    for t in range(gx.shape[0]):
        h = h + dh[t]
        hn = _ACTS[act](gx[t] + dx[t] + h @ w_hh.T + dgh[t])
        out.append(np.concatenate([hn, h], 1))
        h = hn
    return np.stack(out)


def lstm_cells(gx, h0, c0, w_hh, dx=None, dgh=None, dh=None, dc=None):
    """[h | h_prev | c | c_prev | i | f | g | o], rows [i; f; g; o]."""
    hid = h0.shape[1]
    dx, dgh = (v if v is not None else _zeros(gx, hid, 4) for v in (dx, dgh))
    dh, dc = (v if v is not None else _zeros(gx, hid) for v in (dh, dc))
    out, h, c = [], h0, c0
    for t in range(gx.shape[0]):
        h, c = h + dh[t], c + dc[t]
        g = gx[t] + dx[t] + h @ w_hh.T + dgh[t]
        i, f, gg, o = _sig(g[:, :hid]), _sig(g[:, hid:2 * hid]), np.tanh(
            g[:, 2 * hid:3 * hid]), _sig(g[:, 3 * hid:])
        cn = f * c + i * gg
        hn = o * np.tanh(cn)
        out.append(np.concatenate([hn, h, cn, c, i, f, gg, o], 1))
        h, c = hn, cn
    return np.stack(out)


def gru_cells(gx, h0, w_hh, dx=None, dgh=None, dh=None, dc=None):
    """[h | h_prev | r | z | n | W_hn h_prev], n = tanh(W_in x + b_n + r (W_hn h))."""
    hid = h0.shape[1]
    dx, dgh = (v if v is not None else _zeros(gx, hid, 3) for v in (dx, dgh))
    dh = dh if dh is not None else _zeros(gx, hid)
    out, h = [], h0
    for t in range(gx.shape[0]):
        h = h + dh[t]
        a = gx[t] + dx[t]
        gh = h @ w_hh.T + dgh[t]
        r = _sig(a[:, :hid] + gh[:, :hid])
        z = _sig(a[:, hid:2 * hid] + gh[:, hid:2 * hid])
        n = np.tanh(a[:, 2 * hid:] + r * gh[:, 2 * hid:])
        hn = (1 - z) * n + z * h
        out.append(np.concatenate([hn, h, r, z, n, gh[:, 2 * hid:]], 1))
        h = hn
    return np.stack(out)


def _fd(f, shape, eps=1e-6):
    """Gradient of the scalar f(delta) at delta = 0, by central differences."""
    g = np.zeros(shape)
    for j in range(g.size):
        d = np.zeros(shape)
        d.reshape(-1)[j] = eps
        g.reshape(-1)[j] = (f(d) - f(-d)) / (2 * eps)
    return g


def _grad_expectation(cells, gx, states, w_hh, ct, gates, split_gh, n_states):
    """[dgx | (dgh) | dh_prev | (dc_prev)] by perturbing each piece of each step."""
    hid = w_hh.shape[1]

    def loss(**kw):
        return np.sum(cells(gx, *states, w_hh, **kw) * ct)

    gshape = gx.shape[:2] + (gates * hid,)
    sshape = gx.shape[:2] + (hid,)
    parts = [_fd(lambda d: loss(dx=d), gshape)]
    if split_gh:
        parts.append(_fd(lambda d: loss(dgh=d), gshape))
    parts.append(_fd(lambda d: loss(dh=d), sshape))
    if n_states == 2:
        parts.append(_fd(lambda d: loss(dc=d), sshape))
    return np.concatenate(parts, 2)


T, NB, IN, H = 3, 2, 3, 2
X = rand(T, NB, IN, seed=30)
H0, C0 = rand(NB, H, seed=31), rand(NB, H, seed=32)


def _weights(gates, seed):
    return (rand(gates * H, IN, seed=seed), rand(gates * H, H, seed=seed + 1),
            rand(gates * H, seed=seed + 2))


def _gx(x, w_ih, b):
    return np.einsum("tni,gi->tng", x, w_ih) + b


SAMPLES: dict = {"rnn_seq": [], "lstm_seq": [], "gru_seq": []}
for _k, _act in enumerate(_ACTS):
    _w = _weights(1, 40 + 3 * _k)
    SAMPLES["rnn_seq"].append(Sample(
        [X, H0, *_w], {"activation": _act}, name=_act.split(":")[0],
        expected=lambda x, h0, wi, wh, b, a=_act: rnn_cells(_gx(x, wi, b), h0, wh, a)))
W4, W3, W1 = _weights(4, 50), _weights(3, 60), _weights(1, 70)
SAMPLES["lstm_seq"].append(Sample([X, H0, C0, *W4], expected=lambda x, h0, c0, wi, wh, b:
                                  lstm_cells(_gx(x, wi, b), h0, c0, wh)))
SAMPLES["lstm_seq"].append(Sample([rand(1, 3, 2, seed=33), rand(3, 1, seed=34),
                                   rand(3, 1, seed=35), rand(4, 2, seed=36) * 2,
                                   rand(4, 1, seed=37) * 2, rand(4, seed=38)],
                                  name="one_step_H1", expected=lambda x, h0, c0, wi, wh, b:
                                  lstm_cells(_gx(x, wi, b), h0, c0, wh)))
SAMPLES["gru_seq"].append(Sample([X, H0, *W3], expected=lambda x, h0, wi, wh, b:
                                 gru_cells(_gx(x, wi, b), h0, wh)))
SAMPLES["gru_seq"].append(Sample([rand(5, 1, 2, seed=39), rand(1, 3, seed=41),
                                  rand(9, 2, seed=42), rand(9, 3, seed=43), rand(9, seed=44)],
                                 name="long_H3", expected=lambda x, h0, wi, wh, b:
                                 gru_cells(_gx(x, wi, b), h0, wh)))

# Gradient ops: inputs are (ct, packed forward output, w_hh).
_GX1, _GX4, _GX3 = _gx(X, W1[0], W1[2]), _gx(X, W4[0], W4[2]), _gx(X, W3[0], W3[2])
_P_RNN = rnn_cells(_GX1, H0, W1[1], "tanh")
_P_LSTM = lstm_cells(_GX4, H0, C0, W4[1])
_P_GRU = gru_cells(_GX3, H0, W3[1])
_CT = {k: rand(*p.shape, seed=80 + j) for j, (k, p) in
       enumerate((("rnn", _P_RNN), ("lstm", _P_LSTM), ("gru", _P_GRU)))}
SAMPLES["rnn_seq_grad"] = [Sample(
    [_CT["rnn"], _P_RNN, W1[1]], {"activation": "tanh"}, fd=False,
    expected=lambda ct, p, wh: _grad_expectation(
        lambda gx, h0, w, **kw: rnn_cells(gx, h0, w, "tanh", **kw), _GX1, [H0], wh, ct, 1,
        False, 1))]
SAMPLES["lstm_seq_grad"] = [Sample(
    [_CT["lstm"], _P_LSTM, W4[1]], fd=False,
    expected=lambda ct, p, wh: _grad_expectation(lstm_cells, _GX4, [H0, C0], wh, ct, 4, False,
                                                 2))]
SAMPLES["gru_seq_grad"] = [Sample(
    [_CT["gru"], _P_GRU, W3[1]], fd=False,
    expected=lambda ct, p, wh: _grad_expectation(gru_cells, _GX3, [H0], wh, ct, 3, True, 1))]

# Time-axis selection.
SEQ = rand(4, 2, 3, seed=90)
SAMPLES["seq_index"] = [Sample([SEQ], {"index": -1}, expected=lambda s: s[-1]),
                        Sample([SEQ], {"index": 0}, expected=lambda s: s[0], name="first")]
SAMPLES["seq_scatter"] = [Sample(
    [rand(2, 3, seed=91), SEQ], {"index": -1}, diff=[0],
    expected=lambda c, s: np.concatenate([np.zeros((3, 2, 3)), c[None]], 0))]
