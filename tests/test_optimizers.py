"""Optimizers (API.md §6): several steps against an update sequence computed independently
here (plain Python floats, element by element), against torch.optim when torch is importable,
in-place updates, state and the optim ops' scalar bodies."""

from __future__ import annotations

import math

import numpy as np
import pytest

from gvcompile.layers import Fc, SequentialContainer
from gvcompile.ops import OPS
from gvcompile.optimization import MSGD, SGD, Adam, Nesterov, step
from gvcompile.plan.scalar_protocol import NumpyScalarOps

from .samples import all_samples

STEPS = 5


def _grads(shape, seed):
    rng = np.random.default_rng(seed)
    return [rng.standard_normal(shape) for _ in range(STEPS)]


def _hand_sgd(theta, grads, lr, momentum=0.0, dampening=0.0, weight_decay=0.0,
              maximize=False, nesterov=False):
    """The update rules of API.md §6, one float at a time."""
    out = []
    for j, th in enumerate(theta):
        buf = None
        for t, g in enumerate(grads):
            d = (-g[j] if maximize else g[j]) + weight_decay * th
            buf = d if t == 0 else momentum * buf + (1 - dampening) * d
            th = th - lr * ((d + momentum * buf) if nesterov else buf)
        out.append(th)
    return np.array(out)


def _hand_adam(theta, grads, lr, b1, b2, eps, weight_decay=0.0, amsgrad=False,
               maximize=False):
    out = []
    for j, th in enumerate(theta):
        m = v = vmax = 0.0
        for t, g in enumerate(grads, start=1):
            d = (-g[j] if maximize else g[j]) + weight_decay * th
            m = b1 * m + (1 - b1) * d
            v = b2 * v + (1 - b2) * d * d
            vmax = max(vmax, v)
            vv = vmax if amsgrad else v
            th = th - lr / (1 - b1 ** t) * m / (math.sqrt(vv) / math.sqrt(1 - b2 ** t) + eps)
        out.append(th)
    return np.array(out)


def _layer(seed=0, dtype=np.float64):
    fc = Fc(3, 2)
    rng = np.random.default_rng(seed)
    fc.weight = rng.standard_normal((2, 3)).astype(dtype)
    fc.bias = rng.standard_normal(2).astype(dtype)
    fc._init_gradients()
    return fc


def _run(opt_factory, fc, gw, gb):
    opt = opt_factory(fc)
    w_id, b_id = id(fc.weight), id(fc.bias)
    for t in range(STEPS):
        fc.weight_gradient[...] = gw[t]
        fc.bias_gradient[...] = gb[t]
        step(opt) if t % 2 else opt.step()
    assert id(fc.weight) == w_id and id(fc.bias) == b_id, "parameters must be updated in place"
    return fc.weight, fc.bias


SGD_CASES = [
    ("SGD", {}, {}),
    ("SGD", {"weight_decay": 0.1, "dampening": 0.3, "maximize": True},
     {"weight_decay": 0.1, "dampening": 0.3, "maximize": True}),
    ("MSGD", {}, {"momentum": 0.9}),
    ("MSGD", {"momentum": 0.5, "dampening": 0.2, "weight_decay": 0.01},
     {"momentum": 0.5, "dampening": 0.2, "weight_decay": 0.01}),
    ("Nesterov", {"momentum": 0.8}, {"momentum": 0.8, "nesterov": True}),
    ("Nesterov", {"momentum": 0.7, "weight_decay": 0.2, "maximize": True},
     {"momentum": 0.7, "weight_decay": 0.2, "maximize": True, "nesterov": True}),
]


@pytest.mark.parametrize("name,kwargs,hand", SGD_CASES)
def test_sgd_family_against_hand_computed_sequence(name, kwargs, hand):
    cls = {"SGD": SGD, "MSGD": MSGD, "Nesterov": Nesterov}[name]
    fc = _layer()
    w0, b0 = fc.weight.copy(), fc.bias.copy()
    gw, gb = _grads((2, 3), 1), _grads(2, 2)
    w, b = _run(lambda m: cls(m, 0.05, **kwargs), fc, gw, gb)
    want_w = _hand_sgd(w0.ravel(), [g.ravel() for g in gw], 0.05, **hand).reshape(2, 3)
    np.testing.assert_allclose(w, want_w, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(b, _hand_sgd(b0, gb, 0.05, **hand), rtol=1e-12, atol=1e-14)


ADAM_CASES = [
    {},
    {"learning_rate": 0.1, "beta1": 0.8, "beta2": 0.9, "epsilon": 1e-3},
    {"learning_rate": 0.01, "weight_decay": 0.3, "amsgrad": True},
    {"learning_rate": 0.02, "amsgrad": True, "maximize": True},
]


@pytest.mark.parametrize("kwargs", ADAM_CASES)
def test_adam_against_hand_computed_sequence(kwargs):
    fc = _layer(3)
    w0, b0 = fc.weight.copy(), fc.bias.copy()
    # shrinking gradients so that amsgrad's maximum differs from the running moment
    gw = [g * 0.5 ** k for k, g in enumerate(_grads((2, 3), 4))]
    gb = [g * 0.5 ** k for k, g in enumerate(_grads(2, 5))]
    w, b = _run(lambda m: Adam(m, **kwargs), fc, gw, gb)
    hand = {"lr": kwargs.get("learning_rate", 1e-3), "b1": kwargs.get("beta1", 0.9),
            "b2": kwargs.get("beta2", 0.999), "eps": kwargs.get("epsilon", 1e-8),
            "weight_decay": kwargs.get("weight_decay", 0.0),
            "amsgrad": kwargs.get("amsgrad", False), "maximize": kwargs.get("maximize", False)}
    want_w = _hand_adam(w0.ravel(), [g.ravel() for g in gw], **hand).reshape(2, 3)
    np.testing.assert_allclose(w, want_w, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(b, _hand_adam(b0, gb, **hand), rtol=1e-12, atol=1e-14)


def test_amsgrad_differs_from_adam():
    """The shrinking gradients above really exercise the maximum."""
    gw = [np.array([1.0]) * 0.1 ** k for k in range(STEPS)]
    a = _hand_adam(np.array([0.0]), gw, 0.1, 0.9, 0.5, 1e-8)
    b = _hand_adam(np.array([0.0]), gw, 0.1, 0.9, 0.5, 1e-8, amsgrad=True)
    assert abs(a[0] - b[0]) > 1e-3


TORCH_CASES = [
    ("SGD", {"learning_rate": 0.1, "weight_decay": 0.1, "maximize": True},
     {"lr": 0.1, "weight_decay": 0.1, "maximize": True}),
    ("MSGD", {"learning_rate": 0.1, "momentum": 0.9, "dampening": 0.25, "weight_decay": 0.01},
     {"lr": 0.1, "momentum": 0.9, "dampening": 0.25, "weight_decay": 0.01}),
    ("Nesterov", {"learning_rate": 0.05, "momentum": 0.8, "weight_decay": 0.05},
     {"lr": 0.05, "momentum": 0.8, "weight_decay": 0.05, "nesterov": True}),
    ("Adam", {"learning_rate": 0.01, "weight_decay": 0.1},
     {"lr": 0.01, "weight_decay": 0.1}),
    ("Adam", {"learning_rate": 0.01, "amsgrad": True, "maximize": True, "beta2": 0.9},
     {"lr": 0.01, "amsgrad": True, "maximize": True, "betas": (0.9, 0.9)}),
]


@pytest.mark.parametrize("name,ours,theirs", TORCH_CASES)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_against_torch_optim(name, ours, theirs, dtype):
    torch = pytest.importorskip("torch")
    cls = {"SGD": SGD, "MSGD": MSGD, "Nesterov": Nesterov, "Adam": Adam}[name]
    tcls = torch.optim.Adam if name == "Adam" else torch.optim.SGD
    fc = _layer(7, dtype)
    tw = torch.tensor(fc.weight.copy(), requires_grad=True)
    tb = torch.tensor(fc.bias.copy(), requires_grad=True)
    topt = tcls([tw, tb], **theirs)
    gw = [g * 0.6 ** k for k, g in enumerate(_grads((2, 3), 8))]
    gb = [g * 0.6 ** k for k, g in enumerate(_grads(2, 9))]
    for t in range(STEPS):
        tw.grad = torch.tensor(gw[t].astype(dtype))
        tb.grad = torch.tensor(gb[t].astype(dtype))
        topt.step()
    w, b = _run(lambda m: cls(m, **ours), fc, [g.astype(dtype) for g in gw],
                [g.astype(dtype) for g in gb])
    assert w.dtype == dtype
    tol = 2e-6 if dtype == np.float32 else 1e-12
    np.testing.assert_allclose(w, tw.detach().numpy(), rtol=tol, atol=tol)
    np.testing.assert_allclose(b, tb.detach().numpy(), rtol=tol, atol=tol)


def test_walks_containers_lists_and_shared_layers():
    a, b = _layer(1), _layer(2)
    model = SequentialContainer([a, SequentialContainer([b, a])])  # a is used twice
    for opt in (SGD(model, 0.5), SGD([a, b], 0.5)):
        w_a, w_b = a.weight.copy(), b.weight.copy()
        a.weight_gradient[...] = 1.0
        b.weight_gradient[...] = 2.0
        opt.step()
        np.testing.assert_allclose(a.weight, w_a - 0.5)  # once, not twice
        np.testing.assert_allclose(b.weight, w_b - 1.0)
    assert len(SGD(model, 0.1).modules) == 4  # two containers, two distinct layers


def test_state_is_explicit_per_parameter_and_skips_missing_gradients():
    fc = _layer()
    fc.bias_gradient = None
    b0 = fc.bias.copy()
    opt = Adam(fc, amsgrad=True)
    fc.weight_gradient[...] = 1.0
    opt.step()
    opt.step()
    np.testing.assert_array_equal(fc.bias, b0)
    (key,) = opt.state
    assert key == (0, "weight")
    st = opt.state[key]
    assert float(st["t"]) == 2.0 and set(st) == {"t", "m", "v", "v_max"}
    np.testing.assert_allclose(st["m"], 0.19)  # 0.9 * 0.1 + 0.1


def test_state_does_not_alias_the_gradient():
    fc = _layer()
    opt = MSGD(fc, 0.1, momentum=0.5)
    fc.weight_gradient[...] = 1.0
    opt.step()
    fc.weight_gradient[...] = 0.0  # zero_gradients writes in place
    np.testing.assert_array_equal(opt.state[(0, "weight")]["b"], 1.0)


def test_bad_arguments():
    fc = _layer()
    with pytest.raises(ValueError, match="learning_rate"):
        SGD(fc, -1.0)
    with pytest.raises(ValueError, match="beta1"):
        Adam(fc, beta1=1.0)
    with pytest.raises(TypeError):
        step(fc)


_SAMPLES, _ = all_samples()
_OPTIM = [(op, s) for op in sorted(_SAMPLES) if OPS[op].kind == "optim" for s in _SAMPLES[op]]


@pytest.mark.parametrize("op,sample", _OPTIM, ids=[f"{o}-{k}" for k, (o, _) in enumerate(_OPTIM)])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_optim_scalar_bodies_match_reference(op, sample, dtype):
    """What the code generators emit for an update equals what the eager step computes."""
    assert OPS[op].nondiff == "optimizer update"
    xs = [np.asarray(a, dtype) for a in sample.inputs]
    want = OPS[op].ref(*xs, **sample.attrs)
    got = OPS[op].scalar(NumpyScalarOps(dtype), *xs, **sample.attrs)
    tol = 1e-5 if dtype == np.float32 else 1e-12
    np.testing.assert_allclose(np.broadcast_to(got, want.shape), want, rtol=tol, atol=tol)


def test_training_loop_matches_torch():
    """forward -> mse_loss -> backward -> Adam, through a compiled model (interp), against the
    same loop in torch; the optimizer is built on the CompiledModel (shared arrays)."""
    torch = pytest.importorskip("torch")
    import gvcompile
    from gvcompile.optimization import mse_loss

    gvcompile.manual_seed(0)
    model = SequentialContainer([Fc(4, 5, activation_function="tanh"), Fc(5, 2)])
    tm = torch.nn.Sequential(torch.nn.Linear(4, 5), torch.nn.Tanh(), torch.nn.Linear(5, 2))
    with torch.no_grad():
        for k, lin in ((0, tm[0]), (1, tm[2])):
            lin.weight.copy_(torch.tensor(model[k].weight))
            lin.bias.copy_(torch.tensor(model[k].bias))
    rng = np.random.default_rng(0)
    x = rng.standard_normal((6, 4)).astype(np.float32)
    y = rng.standard_normal((6, 2)).astype(np.float32)
    cm = gvcompile.compile(model, x, target="interp")
    opt = Adam(cm, learning_rate=0.05, amsgrad=True)
    topt = torch.optim.Adam(tm.parameters(), lr=0.05, amsgrad=True)
    losses = []
    for _ in range(4):
        cm.zero_gradients()
        loss, d = mse_loss(cm.forward(x), y)
        cm.backward(d)
        step(opt)
        topt.zero_grad()
        tl = torch.nn.functional.mse_loss(tm(torch.tensor(x)), torch.tensor(y))
        tl.backward()
        topt.step()
        assert loss == pytest.approx(tl.item(), rel=1e-5)
        losses.append(loss)
    assert losses[-1] < losses[0]
    np.testing.assert_allclose(model[1].weight, tm[2].weight.detach().numpy(), rtol=1e-4,
                               atol=1e-5)


@pytest.mark.parametrize("make", [
    lambda m: SGD(m, 0.1, dampening=0.5, weight_decay=0.1),
    lambda m: Nesterov(m, 0.1, momentum=0.6, maximize=True),
    lambda m: Adam(m, 0.05, amsgrad=True, weight_decay=0.2),
])
def test_update_graph_equals_eager_step(make):
    """The same ops emitted into a graph (as a compiled training step will), with the state as
    explicit graph inputs and outputs, reproduce the eager updates bit for bit."""
    from gvcompile.interp import Interpreter
    from gvcompile.ir.binding import Arg
    from gvcompile.ir.graph import Graph, Output
    from gvcompile.ir.types import TensorType
    from gvcompile.ops.builder import Builder

    fc = _layer(11)
    opt = make(fc)
    names = opt.state_names
    g = Graph("update")
    bld = Builder(g)
    with bld.scope("optimizer"):
        ty = TensorType(fc.weight.shape, fc.weight.dtype)
        p, gr = (bld.arg(Arg("input", i), ty, n) for i, n in enumerate(("p", "g")))
        t = bld.arg(Arg("input", 2), TensorType((), fc.weight.dtype), "t")
        st = {n: bld.arg(Arg("input", 3 + k), ty, n) for k, n in enumerate(names)}
        new_p, new_st = opt.update_graph(bld, p, gr, {"t": t, **st})
    g.outputs = [Output(new_p.id)] + [Output(new_st[n].id, "state", n) for n in names]
    run = Interpreter(g)
    w = fc.weight.copy()
    state = [np.zeros_like(w) for _ in names]
    for k, grad in enumerate(_grads((2, 3), 12), start=1):
        fc.weight_gradient[...] = grad
        fc.bias_gradient[...] = 0.0
        opt.step()
        w, *state = run([w, grad, np.asarray(float(k)), *state])
        np.testing.assert_array_equal(w, fc.weight)
