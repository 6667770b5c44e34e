"""Which parameters an optimizer step updates, the same on every path (PyTorch's rules):

- a parameter that gets no gradient (an unused GraphContainer branch, a SkipConnection whose
  connection ignores its layer) is not touched: no weight decay, no momentum, no Adam state;
- a parameter reached with an all-zero gradient IS updated (weight decay, momentum);
- a tied parameter (one array in two layers) is one parameter: one update, summed gradient.

Each model runs k=3 steps of SGD(weight_decay), MSGD, Nesterov and Adam(amsgrad) eagerly
(zero_gradients / forward / backward / step) and as compiled training steps on "interp",
"cpu" and "cuda" (emulated); all must equal torch.optim on the same model.
"""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile
from gvcompile.layers import (
    Fc,
    GraphContainer,
    SequentialContainer,
    SkipConnection,
    backward,
    forward,
    zero_gradients,
)
from gvcompile.optimization import MSGD, SGD, Adam, Nesterov, mse_loss, step

K = 3
TOL = {"rtol": 2e-5, "atol": 2e-6}
X = np.random.default_rng(0).standard_normal((4, 3)).astype(np.float32)
T = np.random.default_rng(1).standard_normal((4, 2)).astype(np.float32)


# ---- the models: (gvcompile model, torch forward over {(layer index, field): tensor}) --------
def _fc(W, b, x):
    return x @ W.T + b


def _unused():
    """L[1] is never called: no gradient."""
    m = GraphContainer(lambda L, x: forward(L[0], x), [Fc(3, 2), Fc(3, 2)])
    return m, [m[0], m[1]], lambda P, x: _fc(P[0, "weight"], P[0, "bias"], x)


def _skip_ignores_layer():
    """The connection ignores the layer's output: the layer is traced, gets no gradient."""
    m = SequentialContainer([SkipConnection(Fc(3, 3), lambda y, x: x * 2.0), Fc(3, 2)])
    layers = [m[0].layer, m[1]]

    def torch_forward(P, x):
        _fc(P[0, "weight"], P[0, "bias"], x)  # computed, unused (as in the traced model)
        return _fc(P[1, "weight"], P[1, "bias"], x * 2.0)

    return m, layers, torch_forward


def _tied():
    """layers 0 and 1 hold one weight array (their biases differ)."""
    a, b, c = Fc(3, 3), Fc(3, 3), Fc(3, 2)
    b.weight = a.weight
    m = SequentialContainer([a, b, c])

    def torch_forward(P, x):
        h = _fc(P[0, "weight"], P[0, "bias"], x)
        h = _fc(P[0, "weight"], P[1, "bias"], h)
        return _fc(P[2, "weight"], P[2, "bias"], h)

    return m, [a, b, c], torch_forward


def _zero_gradient():
    """L[1] is reached with an all-zero gradient: it has one (weight decay applies)."""
    m = GraphContainer(lambda L, x: forward(L[0], x) + 0.0 * forward(L[1], x),
                       [Fc(3, 2), Fc(3, 2)])
    return m, [m[0], m[1]], lambda P, x: (_fc(P[0, "weight"], P[0, "bias"], x)
                                          + 0.0 * _fc(P[1, "weight"], P[1, "bias"], x))


MODELS = {"unused": _unused, "skip": _skip_ignores_layer, "tied": _tied,
          "zero_grad": _zero_gradient}
OPTIMIZERS = {
    "sgd_wd": (lambda m: SGD(m, 0.1, weight_decay=0.1),
               lambda torch, ps: torch.optim.SGD(ps, 0.1, weight_decay=0.1)),
    "msgd": (lambda m: MSGD(m, 0.1, momentum=0.9, weight_decay=0.05),
             lambda torch, ps: torch.optim.SGD(ps, 0.1, momentum=0.9, weight_decay=0.05)),
    "nesterov": (lambda m: Nesterov(m, 0.1, momentum=0.8, weight_decay=0.05),
                 lambda torch, ps: torch.optim.SGD(ps, 0.1, momentum=0.8, weight_decay=0.05,
                                                   nesterov=True)),
    "adam_ams": (lambda m: Adam(m, 0.05, amsgrad=True, weight_decay=0.1),
                 lambda torch, ps: torch.optim.Adam(ps, 0.05, amsgrad=True, weight_decay=0.1)),
}
# the paths whose updates must agree: eager, and compiled training steps per target
TARGETS = {"interp": {}, "cpu": {}, "cuda": {"emulate": True}}


def _build(name):
    gvcompile.manual_seed(7)
    return MODELS[name]()


def _params(layers):
    """(layer index, field) -> array, tied arrays under their first holder only."""
    out, seen = {}, set()
    for i, layer in enumerate(layers):
        for f, a in layer.parameters():
            if id(a) not in seen:
                seen.add(id(a))
                out[i, f] = a
    return out


def _eager_steps(model, opt, k=K):
    cm = gvcompile.compile(model, X, target="interp")
    for _ in range(k):
        zero_gradients(cm)
        _, d = mse_loss(cm.forward(X), T)
        cm.backward(d)
        step(opt)


def _torch_reference(name, opt_name, k=K, held=None):
    """The parameters after k torch.optim steps (``held``: the (layer, field)s the optimizer
    holds, default all) and at the start."""
    torch = pytest.importorskip("torch")
    _, layers, torch_forward = _build(name)
    start = _params(layers)
    P = {key: torch.nn.Parameter(torch.tensor(a)) for key, a in start.items()}
    topt = OPTIMIZERS[opt_name][1](torch, [P[key] for key in held or P])
    for _ in range(k):
        topt.zero_grad()  # set_to_none=True, PyTorch's default
        loss = torch.nn.functional.mse_loss(torch_forward(P, torch.tensor(X)), torch.tensor(T))
        loss.backward()
        topt.step()
    return {key: p.detach().numpy() for key, p in P.items()}, start


def _compare(layers, want, what):
    got = _params(layers)
    assert got.keys() == want.keys(), what
    for key in want:
        np.testing.assert_allclose(got[key], want[key], err_msg=f"{what}: {key}", **TOL)


# ---- eager == torch, compiled (every target) == torch ------------------------------------
@pytest.mark.parametrize("opt_name", OPTIMIZERS)
@pytest.mark.parametrize("name", MODELS)
def test_eager_step_equals_torch(name, opt_name):
    want, start = _torch_reference(name, opt_name)
    model, layers, _ = _build(name)
    _eager_steps(model, OPTIMIZERS[opt_name][0](model))
    _compare(layers, want, f"eager {name} {opt_name}")
    if name in ("unused", "skip"):  # the untouched layer really is untouched
        idle = layers[1] if name == "unused" else layers[0]
        k = 1 if name == "unused" else 0
        for f in ("weight", "bias"):
            np.testing.assert_array_equal(getattr(idle, f), start[k, f])


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("opt_name", OPTIMIZERS)
@pytest.mark.parametrize("name", MODELS)
def test_compiled_step_equals_torch(name, opt_name, target):
    want, _ = _torch_reference(name, opt_name)
    model, layers, _ = _build(name)
    opt = OPTIMIZERS[opt_name][0](model)
    ts = gvcompile.compile_train_step(model, mse_loss, opt, X, T, target=target,
                                      **TARGETS[target])
    for _ in range(K):
        ts.step(X, T)
    _compare(layers, want, f"compiled {target} {name} {opt_name}")


# ---- optimizer state: the same keys and values on both paths ------------------------------
@pytest.mark.parametrize("name", MODELS)
def test_state_and_step_counts_agree(name):
    model_e, layers, _ = _build(name)
    opt_e = Adam(model_e, 0.05, amsgrad=True, weight_decay=0.1)
    _eager_steps(model_e, opt_e)
    model_c, _, _ = _build(name)
    opt_c = Adam(model_c, 0.05, amsgrad=True, weight_decay=0.1)
    ts = gvcompile.compile_train_step(model_c, mse_loss, opt_c, X, T, target="interp")
    for _ in range(K):
        ts.step(X, T)
    assert opt_e.state.keys() == opt_c.state.keys()
    for key, st in opt_e.state.items():
        assert float(st["t"]) == K  # only parameters that were updated have state
        for n, v in st.items():
            np.testing.assert_allclose(opt_c.state[key][n], v, err_msg=f"{key} {n}", **TOL)
    # no state for the idle Fc, nor for the tied copy (its state is under its first holder)
    idle = {"unused": layers[1], "skip": layers[0], "tied": layers[1]}.get(name)
    if idle is not None:
        k = next(k for k, m in enumerate(opt_e.modules) if m is idle)
        assert (k, "weight") not in opt_e.state
        assert name != "tied" or (k - 1, "weight") in opt_e.state


# ---- mixing: compiled steps, then eager steps (and back) ----------------------------------
@pytest.mark.parametrize("name,opt_name", [("unused", "msgd"), ("skip", "adam_ams"),
                                           ("tied", "adam_ams"), ("tied", "nesterov")])
def test_compiled_then_eager_then_compiled(name, opt_name):
    want, _ = _torch_reference(name, opt_name, k=6)
    model, layers, _ = _build(name)
    opt = OPTIMIZERS[opt_name][0](model)
    ts = gvcompile.compile_train_step(model, mse_loss, opt, X, T, target="cpu")
    for _ in range(2):
        ts.step(X, T)
    _eager_steps(model, opt, k=2)
    for _ in range(2):
        ts.step(X, T)
    _compare(layers, want, f"mixed {name} {opt_name}")


# ---- what "no gradient" means for the eager optimizer -------------------------------------
def _layer(seed=0):
    gvcompile.manual_seed(seed)
    return Fc(3, 2)


def test_zero_gradients_keeps_zero_arrays_and_means_no_gradient():
    fc = _layer()
    fc.weight_gradient[...] = 1.0
    zero_gradients(fc)
    assert not fc.weight_gradient.any()  # API.md: the arrays stay, filled with zeros
    w = fc.weight.copy()
    opt = MSGD(fc, 0.1, weight_decay=0.5)
    opt.step()
    np.testing.assert_array_equal(fc.weight, w)
    assert opt.state == {}


def test_fresh_layer_has_no_gradient_but_a_gradient_written_by_hand_counts():
    fc = _layer()
    w, b = fc.weight.copy(), fc.bias.copy()
    opt = SGD(fc, 0.1, weight_decay=0.5)
    opt.step()  # built, no backward: nothing to do (torch: grad is None)
    np.testing.assert_array_equal(fc.weight, w)
    fc.weight_gradient[...] = 2.0  # by hand: a gradient; the bias still has none
    opt.step()
    np.testing.assert_allclose(fc.weight, w - 0.1 * (2.0 + 0.5 * w), rtol=1e-6)
    np.testing.assert_array_equal(fc.bias, b)


def test_backward_marks_the_reached_parameters_until_zero_gradients():
    m, _, _ = _unused()
    opt = SGD(m, 0.1, weight_decay=0.5)
    y = forward(m, X)
    backward(m, np.ones_like(y))
    w0, w1 = m[0].weight.copy(), m[1].weight.copy()
    opt.step()
    assert not np.array_equal(m[0].weight, w0)
    np.testing.assert_array_equal(m[1].weight, w1)
    opt.step()  # no zero_gradients: the gradient of L[0] is still there (PyTorch too)
    zero_gradients(m)
    w0 = m[0].weight.copy()
    opt.step()
    np.testing.assert_array_equal(m[0].weight, w0)


def test_tied_gradient_is_the_sum_over_uses_in_every_holder():
    """backward gives both layers holding the tied weight the whole gradient (torch's .grad),
    also when they share the gradient array (added once)."""
    torch = pytest.importorskip("torch")
    for share in (False, True):
        model, layers, torch_forward = _build("tied")
        if share:
            layers[1].weight_gradient = layers[0].weight_gradient
        P = {key: torch.nn.Parameter(torch.tensor(a)) for key, a in _params(layers).items()}
        torch.nn.functional.mse_loss(torch_forward(P, torch.tensor(X)),
                                     torch.tensor(T)).backward()
        zero_gradients(model)
        _, d = mse_loss(forward(model, X), T)
        backward(model, d)
        for layer in layers[:2]:
            np.testing.assert_allclose(layer.weight_gradient, P[0, "weight"].grad.numpy(),
                                       err_msg=f"share={share}", **TOL)


@pytest.mark.parametrize("path", ["eager", "interp", "cpu"])
def test_optimizer_holding_only_the_second_holder_of_a_tied_weight(path):
    """torch.optim updates a held tensor with its whole gradient, whichever module the
    optimizer was built from: here it holds layer 1 only (its bias and the tied weight)."""
    want, start = _torch_reference("tied", "msgd", held=[(0, "weight"), (1, "bias")])
    model, layers, _ = _build("tied")
    opt = MSGD(layers[1], 0.1, momentum=0.9, weight_decay=0.05)
    if path == "eager":
        _eager_steps(model, opt)
    else:
        ts = gvcompile.compile_train_step(model, mse_loss, opt, X, T, target=path)
        for _ in range(K):
            ts.step(X, T)
    _compare(layers, want, f"{path}: optimizer on layer 1")
    np.testing.assert_array_equal(layers[0].bias, start[0, "bias"])  # not held: unchanged


def test_merged_tied_parameters_are_one_argument():
    from gvcompile.compiled.train_step import build_train_graph
    from gvcompile.ir.types import BATCH, TensorType

    model, _, _ = _tied()
    opt = SGD(model, 0.1)
    g = build_train_graph(model, mse_loss, opt, TensorType((BATCH, 3), np.float32),
                          TensorType((BATCH, 2), np.float32), {})
    weights = [a for a in g.args if g.op(a) == "param" and g.node(a)["binding"].field == "weight"]
    assert len(weights) == 2  # layers 0 and 1 share one argument; layer 2 has its own


def test_tied_parameters_of_a_model_resident_on_the_device():
    """After module_to_eltype_device(device="gpu") each layer field has a device slot of its
    own: a CompiledModel call after compiled steps must see the tied array's new value in both
    layers (CUDA emulated), as the same model kept on the host does."""
    from gvcompile.layers import module_to_eltype_device

    outs = []
    for device in ("cpu", "gpu"):
        model, layers, _ = _build("tied")
        module_to_eltype_device(model, np.float32, device)
        cm = gvcompile.compile(model, X, target="cuda", emulate=True)
        cm(X)  # both layers' weight slots are on the device now
        ts = gvcompile.compile_train_step(model, mse_loss, Adam(model, 0.05), X, T,
                                          target="cuda", emulate=True)
        for _ in range(2):
            ts.step(X, T)
        outs.append(cm(X))
    np.testing.assert_allclose(outs[1], outs[0], **TOL)
