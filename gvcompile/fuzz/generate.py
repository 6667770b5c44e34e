"""Random valid models: nested SequentialContainers, GraphContainer blocks (residual adds,
products, scalar arithmetic, functional ops, concatenations), SkipConnections, Maxouts, and a
top level with one input or several (arrays and scalars), plus the training set-up (loss with
options, optimizer with options) of a one-input model.

``generate(seed, index)`` returns a *spec*: a plain dict (nodes as in layers.py, plus "seq",
"graph", "skip" and "maxout" nodes) that render.py turns into Python source.
"""

from __future__ import annotations

import random

from . import layers as L
from .layers import node

GRAPH_UNARY = ["tanh({v})", "sigmoid({v})", "relu({v})", "leaky_relu({v}, 0.2)", "abs({v})",
               "exp(tanh({v}))", "log(abs({v}) + 1.0)", "sqrt(abs({v}) + 0.5)", "{v} * 0.5 + 1.0",
               "2.0 - {v}", "{v} / 3.0", "-{v} + {v} ** 2", "{v} ** 3", "1.5 * {v}"]
STATEFUL = ("Norm(", "RNN(", "LSTM(", "GRU(")  # layers with state a call updates
LOSSES = {  # name: (head the prediction needs, target kind, option choices)
    "mae_loss": (None, "normal", [{}]),
    "mse_loss": (None, "normal", [{}]),
    "bce_loss": ("sigmoid", "unit", [{}, {"epsilon": 1e-6}]),
    "msle_loss": ("sigmoid", "unit", [{}, {"epsilon": 1e-3}]),
    "huber_loss": (None, "normal", [{}, {"delta": 0.5}, {"delta": 2.0}]),
    "crossentropy_loss": ("softmax", "probs", [{}, {"weight": "classes"}, {"epsilon": 1e-7}]),
    "logitcrossentropy_loss": (None, "probs", [{}, {"weight": "classes"}]),
    "binarycrossentropy_loss": ("sigmoid", "binary", [{}, {"epsilon": 1e-5}]),
    "logitbinarycrossentropy_loss": (None, "unit", [{}]),
    "kldivergence_loss": ("softmax", "probs", [{}]),
    "poisson_loss": ("sigmoid", "unit", [{}]),
    "hinge_loss": (None, "sign", [{}]),
    "squared_hinge_loss": (None, "sign", [{}]),
    "dice_coeff_loss": ("sigmoid", "binary", [{}, {"smooth": 0.5}]),
    "tversky_loss": ("sigmoid", "binary", [{}, {"beta": 0.3}]),
}


class Gen:
    def __init__(self, seed: int, index: int, features: dict | None = None):
        self.r = random.Random(f"{seed}:{index}")
        f = features or {}
        self.batch_first = f.get("batch_first", L.batch_first_supported())
        self.rnn_transpose = f.get("rnn_transpose", True)
        self.mode = self.r.choice(["train"] * 5 + ["test"] * 3 + ["mixed"] * 2)
        # one model in ten is big enough for the GEMM blocking and the thread pool's splits
        self.big = self.r.random() < 0.1
        self.max_hw, self.max_c = (32, 32) if self.big else (L.MAX_HW, 6)
        self.min_batch = 1
        self.leaves = self.rnns = 0
        self.carry_state = True
        self.nfun = 0

    def symbolic_state(self):
        """A recurrent state whose batch is the batch symbol: carrying it into the next call is
        refused today (ShapeError), so most such models reset between calls."""
        if self.r.random() < 0.9:
            self.carry_state = False

    def fname(self) -> str:
        self.nfun += 1
        return f"f{self.nfun}"

    # ---- containers ---------------------------------------------------------------------------
    def chain(self, s, depth: int, length: int | None = None) -> dict:
        """A SequentialContainer of 1..4 entries starting at shape ``s``."""
        items = []
        for _ in range(length or self.r.randint(1, 4)):
            it = self.entry(s, depth)
            items.append(it)
            s = it["out"]
        return {"t": "seq", "items": items, "in": items[0]["in"], "out": s}

    def same_chain(self, s, depth: int) -> dict:
        items = [self.entry(s, depth, same_shape=True) for _ in range(self.r.randint(1, 3))]
        return {"t": "seq", "items": items, "in": s, "out": s}

    def entry(self, s, depth: int, same_shape: bool = False) -> dict:
        r = self.r.random()
        if depth > 0 and r < 0.12 and not same_shape:
            return self.chain(s, depth - 1)
        if depth > 0 and r < 0.27:
            return self.graph_block(s, depth - 1, same_shape)
        if depth > 0 and r < 0.34:
            return self.skip(s, depth - 1, same_shape)
        if r < 0.40:
            return self.maxout(s, same_shape)
        return L.random_layer(self, s, same_shape)

    def skip(self, s, depth, same_shape=False):
        inner = self.entry(s, depth, same_shape=True)
        r = self.r.random() * (0.75 if same_shape else 1.0)
        if r < 0.5:
            return {"t": "skip", "layer": inner, "conn": "+", "in": s, "out": s}
        if r < 0.75:
            return {"t": "skip", "layer": inner, "conn": ["{y} * {x} + {x}"], "in": s, "out": s}
        if s[0] in ("img", "flat"):
            other = self._concat_layer(s)
            out = (s[0], other["out"][1] + s[1]) + tuple(s[2:])
            return {"t": "skip", "layer": other, "conn": "concat", "in": s, "out": out}
        return {"t": "skip", "layer": inner, "conn": "+", "in": s, "out": s}

    def _concat_layer(self, s):
        """A layer whose output differs from ``s`` at most along axis 1."""
        for _ in range(20):
            n = L.random_layer(self, s)
            if n["out"][0] == s[0] and n["out"][2:] == tuple(s[2:]):
                return n
        return node("Identity()", s, s)

    def maxout(self, s, same_shape=False):
        first = L.random_layer(self, s, same_shape)
        if first["code"].startswith(("Dropout", "AlphaDropout")):
            return first  # a dropout's copies share one stream: keep Maxout to the others
        k = self.r.randint(2, 3)
        copies = [dict(first) for _ in range(k)]
        return {"t": "maxout", "layers": copies, "in": s, "out": first["out"]}

    # ---- GraphContainer blocks ----------------------------------------------------------------
    def graph_block(self, s, depth, same_shape=False) -> dict:
        """GraphContainer(f, layers) with one input: 1..3 statements on the running value."""
        lines, lays, cur = [], [], s
        for _ in range(self.r.randint(1, 3)):
            cur = self._statement(cur, lines, lays, depth, same_shape)
        assert not same_shape or cur == tuple(s), (cur, s)
        return {"t": "graph", "name": self.fname(), "args": ["x"], "lines": ["v = x"] + lines,
                "ret": "v", "layers": lays, "in": s, "out": cur}

    def _use(self, lays, n) -> str:
        lays.append(n)
        return f"forward(layers[{len(lays) - 1}], v)"

    def _statement(self, s, lines, lays, depth, same_shape):
        r = self.r
        choice = r.random()
        if choice < 0.2:
            lines.append(f"v = {self._use(lays, self.entry(s, depth, True))} + v")
        elif choice < 0.27:
            a = self._use(lays, self.entry(s, depth, True))
            b = self._use(lays, self.entry(s, depth, True))
            lines.append(f"v = {a} * {b}")
        elif choice < 0.3:  # one layer used twice: one set of weights, summed gradients
            n = self.entry(s, depth, True)
            a = self._use(lays, n)
            if any(k in str(n) for k in STATEFUL):  # state updated twice: a TraceError
                lines.append(f"v = {a}")
            else:
                lines.append(f"v = {a.replace('v)', a + ')')}")
        elif choice < 0.5:
            lines.append("v = " + r.choice(GRAPH_UNARY).format(v="v"))
        elif choice < 0.6:
            return self._axis_op(s, lines)
        elif choice < 0.68 and not same_shape and s[0] in ("img", "flat"):
            other = self._concat_layer(s)
            lines.append(f"v = concat([v, {self._use(lays, other)}], axis=1)")
            return (s[0], s[1] + other["out"][1]) + tuple(s[2:])
        elif choice < 0.74:
            lines.append(f"v = dropout(v, {r.choice(L.DROP_P[1:])})")
        elif choice < 0.8 and not same_shape:
            return self._shape_op(s, lines)
        elif not same_shape and s[0] == "bf" and self.rnn_transpose and choice < 0.9:
            return self._transposed_rnn(s, lines, lays)
        else:
            n = self.entry(s, depth, same_shape)
            lines.append(f"v = {self._use(lays, n)}")
            return n["out"]
        return s

    def _axis_op(self, s, lines):
        r = self.r
        ax = r.randint(1, len(s) - 1) if r.random() < 0.9 else 0  # 0: across the batch
        k = r.random()
        if k < 0.3:
            lines.append(f"v = {r.choice(['softmax', 'log_softmax'])}(v, axis={ax})")
        elif k < 0.5 and s[-1] >= 2:
            lines.append("v = normalise(v, dims=-1)")
        elif k < 0.7:
            lines.append(f"v = v - mean(v, axis={ax}, keepdims=True)")
        elif k < 0.85:
            lines.append(f"v = v * 0.5 + sum(v, axis={ax}, keepdims=True)")
        else:
            lines.append(f"v = v * max(v, {ax}, True)")
        return s

    def _shape_op(self, s, lines):
        r = self.r
        if s[0] == "img" and r.random() < 0.4:
            ph, pw = r.randint(0, 2), r.randint(0, 2)
            lines.append(f"v = zero_pad_2d(v, ({ph}, {pw}))")
            return ("img", s[1], s[2] + 2 * ph, s[3] + 2 * pw)
        if s[0] == "img" and r.random() < 0.5:
            lines.append("v = transpose(v, (0, 1, 3, 2))")
            return ("img", s[1], s[3], s[2])
        if s[0] == "flat":
            fo = r.randint(1, 6)
            lines.append(f"v = v @ np.linspace(-1.0, 1.0, {s[1] * fo}).reshape({s[1]}, {fo})"
                         ".astype(v.dtype)")
            return ("flat", fo)
        if s[0] in ("tm", "tn"):
            return s
        n = 1
        for d in s[1:]:
            n *= d
        lines.append("v = flatten(v)" if r.random() < 0.5 else f"v = reshape(v, (-1, {n}))")
        return ("flat", n)

    def _transposed_rnn(self, s, lines, lays):
        """(N, T, F) -> (T, N, F) -> recurrent layer -> back: the batch on axis 1 inside."""
        n = L.recurrent(self, ("tm", s[1], s[2]))
        if n is None:
            lines.append("v = tanh(v)")
            return s
        self.symbolic_state()
        lays.append(n)
        i = len(lays) - 1
        lines.append(f"v = transpose(forward(layers[{i}], transpose(v, (1, 0, 2))), (1, 0, 2))")
        return ("bf", s[1], n["out"][2])
