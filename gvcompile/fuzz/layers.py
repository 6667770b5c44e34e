"""Random leaf layers with odd but valid settings, per kind of value.

A *shape* is ``(kind, *dims)`` without the batch: "img" (C, H, W) for (N, C, H, W), "flat" (F,)
for (N, F), "tm" (B, F) for a time-major sequence (T, B, F) whose time axis is the model's
batch axis, "tn" (T, F) for a time-major sequence (T, N, F) with its batch on axis 1 (compiled
with batch_axis=1), "bf" (T, F) for a batch-first sequence (N, T, F). Each generator returns a node
``{"t": "layer", "code": <constructor source>, "in": shape, "out": shape}`` or None when the
layer does not fit the shape.
"""

from __future__ import annotations

import inspect

from ..layers import GRU, LSTM, RNN

ACTS = [None, "relu", "sigmoid", "tanh", "leaky_relu", "leaky_relu:0.2", "softmax"]
INITS = ["default_uniform", "default", "kaiming_uniform", "kaiming", "xavier_uniform", "xavier"]
DROP_P = [0.0, 0.125, 0.25, 0.5, 0.75]  # dyadic: the same mask in float32 and float64
MAX_HW = 11  # image extents; a "big" model (Gen.big) allows 32, and 32 channels
MAX_LEAVES = 10  # per model: compile time grows with the layer count


def batch_first_supported() -> bool:
    """Recurrent layers take ``batch_first`` once that lands (API.md §4)."""
    return all("batch_first" in inspect.signature(c.__init__).parameters for c in (RNN, LSTM, GRU))


def node(code: str, shape_in, shape_out, **extra) -> dict:
    return {"t": "layer", "code": code, "in": tuple(shape_in), "out": tuple(shape_out), **extra}


def kw(**items) -> str:
    """Keyword arguments, leaving out the ones at None (their defaults)."""
    return "".join(f", {k}={v!r}" for k, v in items.items() if v is not None)


def _pair(r, lo, hi):
    a = r.randint(lo, hi)
    return a if r.random() < 0.4 else (a, r.randint(lo, hi))


def _two(v):
    return v if isinstance(v, tuple) else (v, v)


def _divisors(c):
    return [g for g in range(1, c + 1) if c % g == 0]


def conv(g, s):
    _, c, h, w = s
    r = g.r
    for _ in range(20):
        groups = r.choice(_divisors(c)) if r.random() < 0.5 else 1
        co = groups * r.randint(1, max(1, g.max_c // groups))
        k, st, p, d = _pair(r, 1, 3), _pair(r, 1, 3), _pair(r, 0, 2), _pair(r, 1, 2)
        ho = [(e + 2 * _two(p)[a] - _two(d)[a] * (_two(k)[a] - 1) - 1) // _two(st)[a] + 1
              for a, e in enumerate((h, w))]
        if min(ho) >= 1 and max(ho) <= g.max_hw:
            break
    else:
        return node(f"Conv({c}, 2, 1)", s, ("img", 2, h, w))
    cls = r.choice(["Conv", "Conv", "CrossCor", "FlippedConv"])
    if cls == "Conv" and groups == c and co % c == 0 and r.random() < 0.3:
        code = f"DepthwiseConv({c}, {co}, {k!r}{kw(stride=st, padding=p, dilation=d)}"
    else:
        code = f"{cls}({c}, {co}, {k!r}{kw(stride=st, padding=p, dilation=d)}" + \
            (f", groups={groups}" if groups > 1 else "")
    code += kw(activation_function=r.choice(ACTS), init_mode=r.choice(INITS + [None] * 3),
               use_bias=r.choice([None, False]))
    return node(code + ")", s, ("img", co, *ho))


def conv_same(g, s):
    """A Conv that keeps (C, H, W): stride 1, odd kernels, padding d (k - 1) / 2."""
    _, c, h, w = s
    r = g.r
    k = (r.choice([1, 3]), r.choice([1, 3]))
    d = (r.randint(1, 2), r.randint(1, 2))
    p = tuple(d[a] * (k[a] - 1) // 2 for a in range(2))
    groups = r.choice(_divisors(c))
    cls = r.choice(["Conv", "CrossCor", "FlippedConv"])
    code = f"{cls}({c}, {c}, {k!r}{kw(padding=p, dilation=d)}" + \
        (f", groups={groups}" if groups > 1 else "") + \
        kw(activation_function=r.choice(ACTS), use_bias=r.choice([None, False]))
    return node(code + ")", s, s)


def conv_transpose(g, s):
    _, c, h, w = s
    r = g.r
    for _ in range(20):
        groups = r.choice(_divisors(c)) if r.random() < 0.4 else 1
        co = groups * r.randint(1, max(1, g.max_c // groups))
        k, st, p, d = _pair(r, 1, 3), _pair(r, 1, 3), _pair(r, 0, 1), _pair(r, 1, 2)
        op = tuple(r.randrange(max(_two(st)[a], _two(d)[a])) for a in range(2))
        ho = [(e - 1) * _two(st)[a] - 2 * _two(p)[a] + _two(d)[a] * (_two(k)[a] - 1) + op[a] + 1
              for a, e in enumerate((h, w))]
        if min(ho) >= 1 and max(ho) <= g.max_hw:
            break
    else:
        return None
    op = op if op != (0, 0) else None
    code = f"ConvTranspose({c}, {co}, {k!r}" + kw(stride=st, padding=p, output_padding=op,
                                                  dilation=d)
    code += (f", groups={groups}" if groups > 1 else "") + kw(
        activation_function=r.choice(ACTS), init_mode=r.choice(INITS + [None] * 3),
        use_bias=r.choice([None, False]))
    return node(code + ")", s, ("img", co, *ho))


def pool(g, s):
    _, c, h, w = s
    r = g.r
    for _ in range(20):
        k = _pair(r, 1, 3)
        st = None if r.random() < 0.3 else _pair(r, 1, 3)
        p = tuple(r.randint(0, e // 2) for e in _two(k))
        d = _pair(r, 1, 2)
        stt = _two(k if st is None else st)
        ho = [(e + 2 * p[a] - _two(d)[a] * (_two(k)[a] - 1) - 1) // stt[a] + 1
              for a, e in enumerate((h, w))]
        if min(ho) >= 1:
            break
    else:
        return None
    cls = r.choice(["MaxPool", "AvgPool", "MeanPool"])
    p = p if p != (0, 0) else None
    code = f"{cls}({k!r}" + kw(stride=st, padding=p, dilation=d if d != 1 else None,
                               activation_function=r.choice(ACTS + [None] * 3))
    return node(code + ")", s, ("img", c, *ho))


def adaptive_pool(g, s):
    _, c, h, w = s
    r = g.r
    o = (r.randint(1, h + 2), r.randint(1, w + 2))
    o = o[0] if o[0] == o[1] and r.random() < 0.5 else o
    cls = r.choice(["AdaptiveMaxPool", "AdaptiveAvgPool"])
    return node(f"{cls}({o!r}{kw(activation_function=r.choice(ACTS + [None] * 3))})", s,
                ("img", c, *_two(o)))


def global_pool(g, s):
    return node(f"{g.r.choice(['GlobalMaxPool', 'GlobalMeanPool'])}()", s, ("img", s[1], 1, 1))


def _norm_opts(r):
    return kw(epsilon=r.choice([None, 1e-3, 0.1]), momentum=r.choice([None, 0.0, 0.5, 1.0]),
              affine=r.choice([None, None, False]),
              track_running_stats=r.choice([None, None, False]))


def batch_norm(g, s):
    if s[0] not in ("img", "flat"):
        return None
    spatial = s[2] * s[3] if s[0] == "img" else 1
    if spatial == 1 and g.mode != "test":
        g.min_batch = 2  # a batch variance needs two values per channel (a refusal otherwise)
    code = f"BatchNorm({s[1]}{_norm_opts(g.r)}{kw(activation_function=g.r.choice(ACTS))})"
    return node(code, s, s)


def instance_norm(g, s):
    if s[0] not in ("img", "bf"):
        return None
    spatial = s[2] * s[3] if s[0] == "img" else s[2]
    if spatial == 1 and g.mode != "test":
        return None
    return node(f"InstanceNorm({s[1]}{_norm_opts(g.r)})", s, s)


def group_norm(g, s):
    if s[0] not in ("img", "flat", "bf"):
        return None
    return node(f"GroupNorm({s[1]}, {g.r.choice(_divisors(s[1]))}{_norm_opts(g.r)})", s, s)


def layer_norm(g, s):
    k = g.r.randint(1, len(s) - 1) if s[0] not in ("tm", "tn") else 1
    shape = tuple(s[len(s) - k:])
    arg = shape[0] if k == 1 and g.r.random() < 0.5 else shape
    opts = kw(epsilon=g.r.choice([None, 1e-3]), affine=g.r.choice([None, False]))
    return node(f"LayerNorm({arg!r}{opts})", s, s)


def dropout(g, s):
    r = g.r
    if r.random() < 0.3:
        return node(f"AlphaDropout({r.choice(DROP_P[1:4])})", s, s)
    rank = len(s)  # with the batch axis
    dims = r.choice([None, None, (1,), (0, 1), (rank - 1,), -1])
    return node(f"Dropout({r.choice(DROP_P)}{kw(dims=dims)})", s, s)


def identity(g, s):
    return node(f"Identity(activation_function={g.r.choice(ACTS[1:])!r})", s, s)


def softmax(g, s):
    rank = len(s)
    dims = g.r.choice([1, rank - 1, tuple(range(1, rank))] + ([(2, 3)] if s[0] == "img" else []))
    return node(f"Softmax(dims={dims!r})", s, s)


def dense(g, s):
    r = g.r
    fo = r.choice([9, 17, g.max_c]) if r.random() < 0.15 else r.randint(1, 7)
    cls = "Fc" if s[0] == "flat" and r.random() < 0.5 else "Dense"
    code = f"{cls}({s[-1]}, {fo}" + kw(activation_function=r.choice(ACTS),
                                       init_mode=r.choice(INITS + [None] * 3),
                                       use_bias=r.choice([None, False]))
    return node(code + ")", s, s[:-1] + (fo,))


def recurrent(g, s):
    """Time-major (T, B, F), or batch-first (N, T, F) when the layers take batch_first."""
    if s[0] not in ("tm", "tn", "bf") or (s[0] == "bf" and not g.batch_first) or g.rnns >= 2:
        return None
    g.rnns += 1  # each recurrence compiles slowly: two per model at most
    r = g.r
    cls = r.choice(["RNN", "LSTM", "GRU"])
    hid = r.randint(1, 6)
    act = ""
    if cls == "RNN":
        act = kw(activation_function=r.choice(["tanh", "relu", "sigmoid", "leaky_relu:0.2",
                                               None, "tanh"]))
    bf = ", batch_first=True" if s[0] == "bf" else ""
    if s[0] != "tm":
        g.symbolic_state()
    return node(f"{cls}({s[-1]}, {hid}{act}{bf})", s, s[:-1] + (hid,))


def flatten(g, s):
    if s[0] in ("tm", "tn"):
        return None
    n = 1
    for d in s[1:]:
        n *= d
    code = "Flatten()" if g.r.random() < 0.5 else f"Reshape(({n},))"
    return node(code, s, ("flat", n))


def reshape(g, s):
    """(N, ...) into another shape with the same count: an image or a batch-first sequence."""
    if s[0] in ("tm", "tn"):
        return None
    n = 1
    for d in s[1:]:
        n *= d
    r = g.r
    if r.random() < 0.5 and n > 1:
        t = r.choice(_divisors(n))
        return node(f"Reshape(({t}, {n // t}))", s, ("bf", t, n // t))
    c = r.choice(_divisors(n))
    h = r.choice(_divisors(n // c))
    if max(h, n // c // h) > g.max_hw:
        return None
    act = kw(activation_function=r.choice(ACTS + [None] * 4))
    return node(f"Reshape(({c}, {h}, {n // c // h}){act})", s, ("img", c, h, n // c // h))


BY_KIND = {
    "img": [conv, conv, conv, conv_same, conv_same, conv_transpose, conv_transpose, pool, pool,
            adaptive_pool, global_pool, batch_norm, instance_norm, group_norm, layer_norm, dropout,
            identity, softmax, dense, flatten, reshape],
    "flat": [dense, dense, dense, batch_norm, layer_norm, group_norm, dropout, identity, softmax,
             reshape],
    "tm": [recurrent, recurrent, recurrent, dense, layer_norm, dropout, identity, softmax],
    "tn": [recurrent, recurrent, recurrent, dense, layer_norm, dropout, identity, softmax],
    "bf": [recurrent, recurrent, dense, layer_norm, instance_norm, group_norm, dropout, identity,
           softmax, flatten],
}


def random_layer(g, s, same_shape: bool = False) -> dict:
    """One leaf layer for shape ``s`` (keeping the shape when ``same_shape``); past the
    model's budget of leaves, an Identity."""
    g.leaves += 1
    for _ in range(30 if g.leaves <= MAX_LEAVES else 0):
        n = g.r.choice(BY_KIND[s[0]])(g, s)
        if n is not None and (not same_shape or n["out"] == tuple(s)):
            return n
    return node(f"Identity(activation_function={g.r.choice(ACTS[1:4])!r})", s, s)
