"""The top level of a random model: its inputs, batch sizes, dtype, mode and training set-up.

``generate(seed, index)`` -> spec (a plain, JSON-able dict):
  dtype, mode ("train"/"test"), specs (one per input: ("scalar",) or a shape of layers.py),
  model (the node tree), n (two batch sizes), train (None or the loss/optimizer set-up of a
  one-input, one-output model), init_seed and data_seed.
"""

from __future__ import annotations

from .generate import LOSSES, Gen
from .layers import node

OPTIMIZERS = {
    "SGD": {"weight_decay": [0.0, 0.01], "dampening": [0.0, 0.1], "maximize": [False, True]},
    "MSGD": {"momentum": [0.9, 0.5], "weight_decay": [0.0, 0.01], "dampening": [0.0, 0.1],
             "maximize": [False, True]},
    "Nesterov": {"momentum": [0.9, 0.5], "weight_decay": [0.0, 0.01], "maximize": [False]},
    "Adam": {"beta1": [0.9, 0.5], "beta2": [0.999, 0.9], "epsilon": [1e-8, 1e-3],
             "weight_decay": [0.0, 0.01], "amsgrad": [False, True], "maximize": [False, True]},
}


def input_shape(g: Gen, kind: str) -> tuple:
    r = g.r
    wide = r.random() < 0.2  # past one vector (8 or 16 lanes) with a tail
    if kind == "img" and g.big:
        return ("img", r.choice([3, 16, 24, 32]), r.randint(12, 28), r.randint(12, 28))
    if kind == "img":
        c = r.choice([7, 9, 13, 17]) if wide else r.randint(1, 5)
        return ("img", c, r.randint(1, 8), r.randint(1, 8))
    if kind == "flat":
        return ("flat", r.choice([64, 130, 257]) if g.big else
                r.choice([17, 33, 40]) if wide else r.randint(1, 9))
    return (kind, r.randint(1, 4), r.randint(1, 5))  # "tm": (B, F); "bf", "tn": (T, F)


def _kind(g: Gen, allow_tm=True) -> str:
    kinds = ["img", "img", "img", "flat", "flat", "bf"] + ["tm", "tn", "tn"] * allow_tm
    return g.r.choice(kinds)


def _single(g: Gen) -> tuple[list, dict]:
    s = input_shape(g, _kind(g))
    top = g.graph_block(s, 1) if g.r.random() < 0.25 else g.chain(s, 2)
    return [s], top


def _multi(g: Gen) -> tuple[list, dict]:
    """GraphContainer(f, [chain0, chain1]) on x0, x1 and maybe a scalar s."""
    r = g.r
    s0 = input_shape(g, _kind(g, allow_tm=False))  # every input's axis 0 is the one batch
    s1 = s0 if r.random() < 0.5 else input_shape(g, _kind(g, allow_tm=False))
    if s1 == s0 and r.random() < 0.6:  # shape-keeping chains meet in an add or a product
        c0, c1 = g.same_chain(s0, 1), g.same_chain(s1, 1)
    else:
        c0, c1 = g.chain(s0, 1), g.chain(s1, 1)
    scalar = r.random() < 0.6
    args = ["x0", "x1"] + (["s"] if scalar else [])
    lines = ["a = forward(layers[0], x0)", "b = forward(layers[1], x1)"]
    if c0["out"] == c1["out"]:
        lines.append(r.choice(["out = a + b", "out = a * b", "out = a - b * 0.5"]))
        out = c0["out"]
    else:
        lines.append("out = concat([flatten(a), flatten(b)], axis=1)")
        n0 = n1 = 1
        for d in c0["out"][1:]:
            n0 *= d
        for d in c1["out"][1:]:
            n1 *= d
        out = ("flat", n0 + n1)
    if scalar:
        lines.append(r.choice(["out = out * s", "out = out + s", "out = out / (s + 1.0)"]))
    ret = "out"
    if r.random() < 0.3:
        ret = r.choice(["out, tanh(a)" + (" * s" if scalar else ""), "out, out"])
    specs = [s0, s1] + ([("scalar",)] if scalar else [])
    top = {"t": "graph", "name": g.fname(), "args": args, "lines": lines, "ret": ret,
           "layers": [c0, c1], "in": None, "out": out}
    return specs, top


def _train(g: Gen, top: dict) -> tuple[dict, dict]:
    r = g.r
    loss = r.choice(sorted(LOSSES))
    head, tkind, choices = LOSSES[loss]
    opts = dict(r.choice(choices))
    out = top["out"]
    if opts.get("weight") == "classes" and out[0] == "tn":
        del opts["weight"]  # axis 1 of a (T, N, F) output is the batch, not the classes
    elif opts.get("weight") == "classes":
        opts["weight"] = [round(0.5 + 0.25 * i, 2) for i in range(out[1])]
    if head is not None:
        code = 'Identity(activation_function="sigmoid")' if head == "sigmoid" else \
            "Softmax(dims=1)"
        h = node(code, out, out)
        top = {"t": "seq", "items": [top, h], "in": top["in"], "out": out} \
            if top["t"] != "seq" else {**top, "items": top["items"] + [h]}
    name = r.choice(sorted(OPTIMIZERS))
    kwargs = {"learning_rate": r.choice([0.1, 0.01])}
    kwargs.update({k: r.choice(v) for k, v in OPTIMIZERS[name].items()})
    return top, {"loss": loss, "loss_options": opts, "target_kind": tkind, "optimizer": name,
                 "opt_kwargs": kwargs, "out": list(out)}


def generate(seed: int, index: int, features: dict | None = None) -> dict:
    g = Gen(seed, index, features)
    r = g.r
    dtype = "float32" if r.random() < 0.7 else "float64"
    specs, top = _multi(g) if r.random() < 0.25 else _single(g)
    train = None
    if len(specs) == 1 and r.random() < 0.5:
        top, train = _train(g, top)
    lo = g.min_batch
    n1 = r.randint(lo, 5)
    n2 = r.choice([n for n in range(lo, 6) if n != n1] + [9, 17])  # past vector widths
    return {"seed": seed, "index": index, "dtype": dtype, "mode": g.mode,
            "specs": [list(s) for s in specs], "model": top, "n": [n1, n2], "train": train,
            "carry_state": g.carry_state,
            "init_seed": r.randrange(2**31), "data_seed": r.randrange(2**31)}
