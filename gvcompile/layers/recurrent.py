"""Recurrent layers of the Flux set (API.md §4): RNN, LSTM, GRU over whole sequences.

Input (T, N, in) -> output (T, N, out), or (N, T, in) -> (N, T, out) with ``batch_first=True``
(as PyTorch). The hidden state persists across calls (Flux ``Recur``)
until ``reset(layer)``; gradients stop at the call boundary. A fresh state has shape (0, out)
and means "zeros for any batch"; after a call it has the batch of that call, and a call with
another batch size needs ``reset`` first (as Flux, whose state then has a fixed batch).
"""

from __future__ import annotations

import numpy as np

from .base import Layer
from .init import init_weight_bias

__all__ = ["RNN", "LSTM", "GRU"]


class _Recurrent(Layer):
    param_fields = ("weight_ih", "weight_hh", "bias")
    buffer_fields = ("hidden_state",)
    transient_fields = ("hidden_state", "cell_state")
    gates = 1
    op = ""

    def __init__(self, in_features: int, out_features: int, batch_first: bool = False):
        name = type(self).__name__
        if not isinstance(batch_first, (bool, np.bool_)):
            raise TypeError(f"{name}: batch_first must be True or False, got {batch_first!r}")
        self.batch_first = bool(batch_first)
        if int(in_features) < 1 or int(out_features) < 1:
            raise ValueError(f"{name}: features must be positive, got ({in_features}, "
                             f"{out_features})")
        self.in_features, self.out_features = int(in_features), int(out_features)
        g, h = self.gates, self.out_features
        # Flux: glorot_uniform weights (fan_in = columns, fan_out = rows), zero bias.
        self.weight_ih, _ = init_weight_bias((g * h, self.in_features), self.in_features,
                                             g * h, "xavier_uniform", None, False, 0, src=name)
        self.weight_hh, _ = init_weight_bias((g * h, h), h, g * h, "xavier_uniform", None,
                                             False, 0, src=name)
        self.bias = np.zeros(g * h, np.float32)
        self.reset_state()
        self._init_gradients()

    def reset_state(self) -> None:
        """Back to the initial (zero) state, for any batch size."""
        for f in self.buffer_fields:
            setattr(self, f, np.zeros((0, self.out_features), self.weight_ih.dtype))

    def summary_fields(self):
        out = {"in_features": self.in_features, "out_features": self.out_features}
        return {**out, "batch_first": True} if self.batch_first else out


def _rnn_activation(layer, act):
    if act is not None and not (act in ("tanh", "relu", "sigmoid") or (
            isinstance(act, str) and act.split(":", 1)[0] == "leaky_relu")):
        raise ValueError(f"RNN: activation_function must be 'tanh', 'relu', 'sigmoid', "
                         f"'leaky_relu[:slope]' or None, got {act!r}")
    if act is not None and act.startswith("leaky_relu"):
        slope = float(act.split(":", 1)[1]) if ":" in act else 0.01
        act = f"leaky_relu:{slope!r}"
    return act


class RNN(_Recurrent):
    """h_t = act(W_ih x_t + W_hh h_{t-1} + b); ``activation_function`` "tanh" (default),
    "relu", "sigmoid", "leaky_relu[:slope]" or None (identity)."""

    op = "rnn_seq"
    own_checks = {"activation_function": _rnn_activation}

    def __init__(self, in_features: int, out_features: int, activation_function="tanh",
                 batch_first: bool = False):
        self.activation_function = activation_function  # checked by own_checks
        super().__init__(in_features, out_features, batch_first)

    def op_attrs(self) -> dict:
        return {"activation": self.activation_function or "identity"}

    def summary_fields(self):
        return {**super().summary_fields(), "activation_function": self.activation_function}


class LSTM(_Recurrent):
    """Gate rows [i; f; g; o]; c_t = f c_{t-1} + i g, h_t = o tanh(c_t); forget bias 1."""

    buffer_fields = ("hidden_state", "cell_state")
    gates = 4
    op = "lstm_seq"

    def __init__(self, in_features: int, out_features: int, batch_first: bool = False):
        super().__init__(in_features, out_features, batch_first)
        h = self.out_features
        self.bias[h:2 * h] = 1.0

    def op_attrs(self) -> dict:
        return {}


class GRU(_Recurrent):
    """Gate rows [r; z; n]: n = tanh(W_in x + b_n + r ⊙ (W_hn h)), h' = (1 - z) n + z h."""

    gates = 3
    op = "gru_seq"

    def op_attrs(self) -> dict:
        return {}
