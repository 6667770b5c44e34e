"""Samples of the element-wise, reduction, movement, linear-algebra and softmax ops."""

from __future__ import annotations

import numpy as np

from . import Sample, rand

P = rand(3, 4, seed=1) + 2.0  # positive, for log/sqrt/pow
A, B = rand(3, 4, seed=2), rand(3, 4, seed=3)
ROW = rand(4, seed=4)
M = rand(2, 3, 5, seed=5)

_unary = {
    "neg": (A, lambda x: -x), "exp": (A, np.exp), "log": (P, np.log), "sqrt": (P, np.sqrt),
    "rsqrt": (P, lambda x: 1 / np.sqrt(x)), "abs": (A, np.abs), "square": (A, lambda x: x * x),
    "reciprocal": (P, lambda x: 1 / x), "relu": (A, lambda x: np.where(x > 0, x, 0)),
    "sigmoid": (rand(3, 4, seed=9, low=-30, high=30), lambda x: 1 / (1 + np.exp(-x))),
    "tanh": (A, np.tanh),
}
SAMPLES: dict = {op: [Sample([x], expected=f)] for op, (x, f) in _unary.items()}
SAMPLES["sign"] = [Sample([np.array([-2.0, 0.0, 3.0])], expected=np.sign, fd=False)]
SAMPLES["leaky_relu"] = [
    Sample([A], {"slope": 0.01}, expected=lambda x: np.where(x > 0, x, 0.01 * x)),
    Sample([A], {"slope": 0.3}, expected=lambda x: np.where(x > 0, x, 0.3 * x)),
]
SAMPLES["pow_scalar"] = [
    Sample([A], {"exponent": 3.0}, expected=lambda x: x ** 3),
    Sample([P], {"exponent": -0.5}, expected=lambda x: x ** -0.5),
]
SAMPLES.update({
    "add": [Sample([A, B], expected=np.add), Sample([A, ROW], expected=np.add, name="bcast"),
            Sample([rand(3, 1, seed=8), rand(1, 4, seed=6)], expected=np.add, name="outer")],
    "sub": [Sample([A, ROW], expected=np.subtract)],
    "mul": [Sample([A, B], expected=np.multiply),
            Sample([M, rand(3, 1, seed=7)], expected=np.multiply, name="bcast")],
    "div": [Sample([A, P], expected=np.divide)],
    "pow": [Sample([P, A], expected=np.power)],
    "maximum": [Sample([A, B], expected=np.maximum)],
    "minimum": [Sample([A, ROW], expected=np.minimum)],
    "where": [Sample([np.array([[1.0, 0.0, 1.0, 0.0]]), A, B],
                     expected=lambda c, a, b: np.where(c != 0, a, b), diff=[1, 2])],
})
for _op, _f in (("gt", np.greater), ("ge", np.greater_equal), ("lt", np.less),
                ("eq", np.equal)):
    SAMPLES[_op] = [Sample([np.array([1.0, 2.0, 3.0]), np.array([2.0, 2.0, 2.0])],
                           expected=lambda a, b, f=_f: f(a, b).astype(np.float64), fd=False)]
SAMPLES["const"] = [Sample([], {"value": np.array([1.5, -2.0])},
                           expected=lambda: np.array([1.5, -2.0]), fd=False)]

SAMPLES.update({
    "reduce_sum": [Sample([M], {"axes": (1,), "keepdims": False},
                          expected=lambda x: x.sum(1)),
                   Sample([M], {"axes": (0, 2), "keepdims": True},
                          expected=lambda x: x.sum((0, 2), keepdims=True))],
    "reduce_mean": [Sample([M], {"axes": (0, 1, 2), "keepdims": False},
                           expected=lambda x: x.mean())],
    "reduce_max": [Sample([M], {"axes": (2,), "keepdims": False},
                          expected=lambda x: x.max(2))],
    "numel": [Sample([M], {"axes": (0, 2)}, expected=lambda x: np.array(10.0), fd=False)],
    "reshape": [Sample([M], {"shape": (6, 5)}, expected=lambda x: x.reshape(6, 5))],
    "broadcast_to": [Sample([ROW], {"shape": (3, 4)},
                            expected=lambda x: np.broadcast_to(x, (3, 4)))],
    "transpose": [Sample([M], {"perm": (2, 0, 1)},
                         expected=lambda x: x.transpose(2, 0, 1))],
    "concat": [Sample([A, rand(3, 2, seed=11)], {"axis": 1},
                      expected=lambda a, b: np.concatenate([a, b], 1))],
    "slice": [Sample([M], {"axis": 2, "start": 1, "stop": 4}, expected=lambda x: x[:, :, 1:4])],
    "pad": [Sample([A], {"pads": ((1, 0), (2, 3))},
                   expected=lambda x: np.pad(x, ((1, 0), (2, 3))))],
    "flip": [Sample([M], {"axes": (1, 2)}, expected=lambda x: x[:, ::-1, ::-1])],
    "matmul": [
        Sample([rand(3, 5, seed=12), rand(5, 4, seed=13)], expected=lambda a, b: a @ b),
        Sample([rand(3, 5, seed=12), rand(4, 5, seed=13)], {"trans_b": True},
               expected=lambda a, b: a @ b.T, name="trans_b"),
        Sample([rand(2, 3, 5, seed=14), rand(5, 4, seed=15)], expected=lambda a, b: a @ b,
               name="leading"),
        Sample([rand(2, 3, 5, seed=16), rand(2, 3, 4, seed=17)], {"trans_a": True},
               expected=lambda a, b: np.einsum("ijk,ijm->km", a, b), name="trans_a"),
    ],
    "softmax": [Sample([M], {"axes": (1,)},
                       expected=lambda x: np.exp(x) / np.exp(x).sum(1, keepdims=True)),
                Sample([M], {"axes": (1, 2)},
                       expected=lambda x: np.exp(x) / np.exp(x).sum((1, 2), keepdims=True))],
    "log_softmax": [Sample([M * 10], {"axes": (2,)},
                           expected=lambda x: x - np.log(np.exp(x).sum(2, keepdims=True)))],
})

EXCLUDED = {
    "input": "graph argument: value supplied by the runtime",
    "param": "graph argument: value supplied by the runtime",
    "buffer": "graph argument: value supplied by the runtime",
}
