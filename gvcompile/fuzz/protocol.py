"""What the fuzzer does with one model on one target, written against the public API only.

This file's source (below the marker) is pasted verbatim into every reproducer, so a reproducer
runs exactly the calls that failed. ``forward_protocol`` compiles a copy of the model and makes
three calls (batch n1, batch n1 again with the recurrent state carried over, then ``reset`` and
batch n2), with a backward after the first and the third; ``train_protocol`` builds a
``compile_train_step`` and takes two steps (n1, then n2). Both return ``{name: array}``.

``delta`` > 0 multiplies every parameter, buffer, input, seed and target by (1 + delta u),
u ~ U(-1, 1): the spread of such runs measures how much rounding the result can carry.
"""

# ---- reproducer source starts here ----
import copy

import numpy as np

import gvcompile
from gvcompile.layers import module_to_eltype_device, reset, testmode, zero_gradients
from gvcompile.optimization import MSGD, SGD, Adam, Nesterov  # noqa: F401  (by name)

NORMS = ("BatchNorm", "InstanceNorm", "GroupNorm", "LayerNorm")


def walk(m):
    yield m
    for c in m.children():
        yield from walk(c)


def randomize(model, seed):
    """Non-trivial norm parameters and running statistics (their defaults are 1 and 0)."""
    rng = np.random.default_rng(seed)
    for m in walk(model):
        if type(m).__name__ not in NORMS:
            continue
        for f, lo, hi in (("weight", 0.5, 1.5), ("bias", -0.5, 0.5), ("running_mean", -0.5, 0.5),
                          ("running_variance", 0.5, 2.0)):
            a = getattr(m, f, None)
            if a is not None:
                a[...] = rng.uniform(lo, hi, a.shape)


def full_shape(spec, n):
    """The array shape of (kind, *dims) for batch n: first, or second for "tn" (T, N, F)."""
    dims = tuple(spec[1:])
    return dims[:1] + (n,) + dims[1:] if spec[0] == "tn" else (n,) + dims


def batch_axis(specs):
    """compile's batch_axis argument: 1 where a time-major input has its batch on axis 1."""
    return {"batch_axis": 1} if specs[0][0] == "tn" else {}


def make_input(spec, n, rng):
    """float64 data for one input spec: ("scalar",) or (kind, *dims)."""
    if spec[0] == "scalar":
        return float(rng.uniform(0.5, 1.5))
    return rng.standard_normal(full_shape(spec, n))


def make_target(kind, shape, rng):
    """A target fitting the loss family ``kind``."""
    if kind == "normal":
        return rng.standard_normal(shape)
    if kind == "unit":
        return rng.uniform(0.0, 1.0, shape)
    if kind == "sign":
        return np.where(rng.uniform(size=shape) < 0.5, -1.0, 1.0)
    if kind == "binary":
        return (rng.uniform(size=shape) < 0.5).astype(np.float64)
    p = rng.uniform(0.1, 1.0, shape)  # "probs": positive, summing to 1 over axis 1
    return p / p.sum(axis=1, keepdims=True)


def _jitter(a, delta, rng):
    if delta == 0:
        return a
    if isinstance(a, float):
        return a * (1.0 + delta * rng.uniform(-1, 1))
    return a * (1.0 + delta * rng.uniform(-1, 1, np.shape(a)))


def _cast(a, dt):
    return a if isinstance(a, float) else np.asarray(a).astype(dt)


def _prepare(model, dt, delta, prng):
    m = copy.deepcopy(model)
    module_to_eltype_device(m, dt)
    for mod in walk(m):
        for _, a in mod.own_parameters() + mod.buffers():
            a[...] = _jitter(a.astype(np.float64), delta, prng)
    return m


def set_mode(m, mode):
    """"train" (the default), "test", or "mixed": every other module in walk order in test
    mode."""
    if mode == "test":
        testmode(m)
    elif mode == "mixed":
        for i, mod in enumerate(list(walk(m))):
            if i % 2:
                testmode(mod)


def _record_grads(res, m, tag):
    for i, mod in enumerate(walk(m)):
        for f, _ in mod.own_parameters():
            g = getattr(mod, f + "_gradient", None)
            if g is not None:
                res[f"{tag}.m{i}.{f}_gradient"] = np.array(g)


def _record_state(res, m, tag):
    for i, mod in enumerate(walk(m)):
        for f, a in mod.own_parameters() + mod.buffers():
            res[f"{tag}.m{i}.{f}"] = np.array(a)


def forward_protocol(model, specs, dt, target, opts, n1, n2, data_seed, delta=0.0, mode="train",
                     carry_state=True, pseed=1):
    rng, prng = np.random.default_rng(data_seed), np.random.default_rng(data_seed + pseed)
    m = _prepare(model, dt, delta, prng)
    set_mode(m, mode)
    calls = [[make_input(s, n, rng) for s in specs] for n in (n1, n1, n2)]
    calls = [[_cast(_jitter(x, delta, prng), dt) for x in xs] for xs in calls]
    gvcompile.manual_seed(7)  # dropout masks: the same counter sequence on every target
    cm = gvcompile.compile(m, *calls[0], target=target, **batch_axis(specs), **opts)
    res = {}
    for k, xs in enumerate(calls):
        if k == 2 or (k == 1 and not carry_state):
            reset(m)
        y = cm(*xs)
        ys = list(y) if isinstance(y, tuple) else [y]
        for j, v in enumerate(ys):
            res[f"call{k}.out{j}"] = np.array(v)
        if k == 1:
            continue
        seeds = [_cast(_jitter(rng.standard_normal(np.shape(v)), delta, prng), dt)
                 for v in ys]
        zero_gradients(m)
        g = cm.backward(seeds if len(seeds) > 1 else seeds[0])
        for j, v in enumerate(g if isinstance(g, list) else [g]):
            res[f"call{k}.dinput{j}"] = np.array(v)
        _record_grads(res, m, f"call{k}")
    _record_state(res, m, "end")
    return res


def train_protocol(model, specs, dt, target, opts, n1, n2, data_seed, out_spec, loss,
                   loss_options, target_kind, optimizer, opt_kwargs, delta=0.0, mode="train",
                   pseed=1):
    rng, prng = np.random.default_rng(data_seed), np.random.default_rng(data_seed + pseed)
    m = _prepare(model, dt, delta, prng)
    set_mode(m, mode)
    opt = globals()[optimizer](m, **opt_kwargs)
    loss_fn = getattr(gvcompile.optimization, loss)
    data = []
    for n in (n1, n2):
        x = _cast(_jitter(make_input(specs[0], n, rng), delta, prng), dt)
        t = _cast(_jitter(make_target(target_kind, full_shape(out_spec, n), rng), delta, prng),
                  dt)
        data.append((x, t))
    gvcompile.manual_seed(7)
    ts = gvcompile.compile_train_step(m, loss_fn, opt, *data[0], target=target,
                                      loss_options=loss_options, **batch_axis(specs), **opts)
    res = {}
    for k, (x, t) in enumerate(data):
        if k:
            reset(m)
        res[f"step{k}.loss"] = np.array(ts.step(x, t))
    _record_state(res, m, "end")
    return res
