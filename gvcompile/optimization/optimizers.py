"""Optimizers (API.md §6): SGD, MSGD, Nesterov, Adam and ``step``.

Semantics are PyTorch's ``torch.optim`` (single-tensor implementation); the update math is the
optim ops of the op table (ops/optim.py): the eager ``step`` evaluates their ``ref``s, so a
compiled training step that emits the same ops computes the same numbers.

State is explicit and per parameter: ``optimizer.state[(k, field)]`` holds the step count ``t``
(a 0-d array) and the buffers (``b`` for SGD-type with momentum, ``m``, ``v`` and ``v_max``
for Adam), where
``k`` indexes ``optimizer.modules``. Parameters are updated in place (``θ[...] = θ'``): compiled
models share the arrays.

Which parameters a step updates (PyTorch's rules, the same in compiled training steps):
  - a parameter without a gradient is left alone entirely -- no weight decay, no momentum, no
    state change, its step count ``t`` stays -- as PyTorch skips parameters whose ``.grad`` is
    None. "No gradient": the gradient field is missing or None, or the layer was built or
    ``zero_gradients`` cleared it and no backward has reached it since (its array holds zeros;
    a nonzero written into it by hand counts as a gradient), e.g. an unused GraphContainer
    branch or a SkipConnection whose connection ignores its layer;
  - a tied parameter (one array held by several layers) is ONE parameter: backward gives every
    layer holding it the sum of the gradients of all its uses (PyTorch's one ``.grad``), and a
    step updates it once with that gradient (its first holder's), its state under the key of
    its first holder.

Each optimizer's update is written once (``_update(apply, ...)``): ``step`` applies the ops'
``ref``s, ``update_graph`` emits the same ops into an IR graph for compiled training steps.
"""

from __future__ import annotations

import numpy as np

from ..layers.api import iter_modules
from ..layers.base import Module, has_gradient, settings
from ..layers.hooks import is_runnable
from ..ops import OPS


def _modules_of(model) -> list[Module]:
    """The distinct modules of a container, a CompiledModel or a list of those (walk order)."""
    roots = model if isinstance(model, (list, tuple)) else [model]
    for r in roots:
        if not isinstance(r, Module) and not (is_runnable(r) and hasattr(r, "module")):
            raise TypeError(f"optimizer: expected a layer, a container, a CompiledModel or a "
                            f"list of those, got {type(r).__name__}")
    out, seen = [], set()
    for r in roots:
        for m in iter_modules(r):
            if id(m) not in seen:
                seen.add(id(m))
                out.append(m)
    return out


def _number(value, name, cls) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise ValueError(f"{cls}: {name} must be a number, got {value!r}")
    v = float(value)
    if not np.isfinite(v):
        raise ValueError(f"{cls}: {name} must be finite, got {value!r}")
    return v


def _check_positive(value, name, cls, allow_zero=True):
    v = _number(value, name, cls)
    if v < 0 or (v == 0 and not allow_zero):
        raise ValueError(f"{cls}: {name} must be {'>= 0' if allow_zero else '> 0'}, got {value}")
    return v


def _check_beta(value, name, cls):
    v = _number(value, name, cls)
    if not 0.0 <= v < 1.0:
        raise ValueError(f"{cls}: {name} must be in [0, 1), got {value}")
    return v


def _check_bool(value, name, cls):
    if not isinstance(value, (bool, np.bool_)):
        raise ValueError(f"{cls}: {name} must be True or False, got {value!r}")
    return bool(value)


# the settings that decide which state buffers a parameter has: Adam's running maximum with
# amsgrad; the SGD family's momentum buffer only with momentum (PyTorch keeps none without: the
# update never reads it, and reading and writing it back took ~10% of a small MLP's train step)
_BUFFERS_BY = {"amsgrad": lambda on: ("m", "v", "v_max") if on else ("m", "v"),
               "momentum": lambda mu: ("b",) if mu else ()}

# every hyperparameter, checked on every assignment (construction and later changes alike): a
# learning rate set to None, nan or -1 between steps must not turn the weights into NaN
_SETTINGS = {"learning_rate": _check_positive, "weight_decay": _check_positive,
             "momentum": _check_positive, "dampening": _number, "epsilon": _check_positive,
             "beta1": _check_beta, "beta2": _check_beta, "maximize": _check_bool,
             "amsgrad": _check_bool}


class Optimizer:
    """Base class: walks the parameters, keeps per-parameter state, applies ``_update``.

    As ``torch.optim``: a parameter no backward reached since ``zero_gradients`` (no gradient)
    is not touched by ``step`` (no weight decay, no momentum, no state or step-count change);
    a tied parameter (one array in several layers) gets one update with the summed gradient.
    Compiled training steps follow the same rules."""

    def __init__(self, model, learning_rate, weight_decay=0.0, maximize=False):
        self.modules = _modules_of(model)
        self._model = model  # the roots, for the layer paths of saved state (checkpoint.py)
        self.learning_rate = learning_rate
        self.weight_decay = weight_decay
        self.maximize = bool(maximize)
        self.state: dict[tuple[int, str], dict[str, np.ndarray]] = {}

    def __setattr__(self, name, value):
        check = _SETTINGS.get(name)
        if check is not None:
            value = check(value, name, type(self).__name__)
            if name in _BUFFERS_BY:  # amsgrad's running maximum, a momentum buffer
                object.__setattr__(self, "_buffers", _BUFFERS_BY[name](value))
        object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        held = self.unique_parameters()
        fields = "".join(f"{k}={v!r}, " for k, v in settings(self))
        return (f"{type(self).__name__}({fields}parameters={sum(p.size for _, p, _ in held)} "
                f"in {len(held)} arrays, updated={len(self.state)})")

    def parameters(self):
        """(key, parameter array, gradient array or None) for every parameter field, in walk
        order (a tied array once per layer holding it)."""
        for k, m in enumerate(self.modules):
            for field, p in m.own_parameters():
                yield (k, field), p, getattr(m, field + "_gradient", None)

    def unique_parameters(self) -> list[tuple[tuple[int, str], np.ndarray, list]]:
        """(key, parameter array, uses) per distinct parameter array, in walk order: ``key``
        (its state key) is the first (module index, field) holding it, ``uses`` every
        (module, field) holding it -- tied weights are one parameter."""
        groups: dict[int, tuple] = {}
        for k, m in enumerate(self.modules):
            for field, p in m.own_parameters():
                groups.setdefault(id(p), ((k, field), p, []))[2].append((m, field))
        return list(groups.values())

    def gradient(self, key, p: np.ndarray, uses) -> np.ndarray | None:
        """The gradient of one parameter: that of its first holder that has one (backward
        gives every layer holding a tied array the whole gradient, the sum over its uses, as
        PyTorch's one ``.grad``); None when no holder has one (no update)."""
        for m, field in uses:
            if has_gradient(m, field):
                g = np.asarray(getattr(m, field + "_gradient"))
                if g.shape != p.shape:
                    raise ValueError(f"{type(self).__name__}: gradient of {key[1]} has shape "
                                     f"{g.shape}, parameter {p.shape}")
                return g.astype(p.dtype, copy=False)
        return None

    def _state_for(self, key, p: np.ndarray, names) -> dict[str, np.ndarray]:
        st = self.state.get(key)
        if st is None or st["t"].dtype != p.dtype or any(n not in st or st[n].shape != p.shape
                                                          for n in names):
            # first step, the model was converted (module_to_eltype_device): PyTorch keeps
            # state across dtype casts, so convert it rather than restart it; or a momentum set
            # after steps without one: its buffer starts at zero
            old = st or {}
            st = {"t": np.asarray(old.get("t", 0.0), dtype=p.dtype)}
            for n in names:
                st[n] = (np.asarray(old[n], dtype=p.dtype) if n in old and old[n].shape == p.shape
                         else np.zeros_like(p))
            self.state[key] = st
        return st

    def step(self) -> None:
        """One update of every parameter that has a gradient (module docstring: parameters
        without one are left alone; a tied parameter is updated once, with the summed
        gradient)."""
        for key, p, uses in self.unique_parameters():
            g = self.gradient(key, p, uses)
            if g is None:
                continue
            st = self._state_for(key, p, self._buffers)
            st["t"] = np.asarray(st["t"] + p.dtype.type(1))  # stays a 0-d array (train steps)
            lr = np.asarray(self.learning_rate, dtype=p.dtype)
            p[...] = self._update(_eager, p, g, st, lr)

    def update_graph(self, b, p, g, state: dict, lr=None) -> tuple:
        """Emit one update of parameter ``p`` with gradient ``g`` into the graph of Builder
        ``b`` (for compiled training steps). ``state`` maps "t" (the step count *after* this
        step, a 0-d Value) and the buffers named in ``state_names`` to Values; ``lr`` is the
        learning rate as a 0-d Value (a graph argument, so a schedule needs no recompile;
        default: a constant); returns ``(new parameter, {buffer: new value})``: exactly the
        ops the eager ``step`` runs."""
        st = dict(state)
        if lr is None:
            lr = b.const(np.asarray(self.learning_rate, dtype=p.dtype))
        new_p = self._update(lambda op, *xs, **attrs: b.emit(op, *xs, **attrs), p, g, st, lr)
        return new_p, {n: st[n] for n in self.state_names}

    @property
    def state_names(self) -> tuple[str, ...]:
        """The per-parameter buffers (besides the step count "t")."""
        return self._buffers

    _buffers: tuple[str, ...] = ()

    def state_names_with(self, values: dict) -> tuple[str, ...]:
        """The buffers this optimizer keeps once ``values`` (some of its settings, as a
        checkpoint holds them) are set: a checkpoint's state is that of its own settings."""
        names = self._buffers
        for k, v in values.items():
            if k in _BUFFERS_BY and hasattr(self, k):
                names = _BUFFERS_BY[k](v)
        return names

    def unread_state_names(self, values: dict) -> tuple[str, ...]:
        """Buffers that files of earlier versions hold but that this optimizer with
        ``values`` never reads (a momentum buffer with momentum 0: earlier versions kept one):
        loading accepts and ignores them."""
        return ()

    def _update(self, apply, p, g, st, lr):
        """One update through ``apply(op, *operands, **attrs)`` with learning rate ``lr`` (a 0-d
        operand); writes new buffers into ``st`` and returns the new parameter."""
        raise NotImplementedError


def _eager(op, *xs, **attrs):
    return OPS[op].ref(*xs, **attrs)


class _MomentumSGD(Optimizer):
    """SGD family: ``b' = sgd_momentum(θ, g, b, t)``, ``θ' = sgd_param(θ, g, b')``. With
    momentum 0 there is no buffer ``b`` (as PyTorch): the state is the step count alone."""

    _buffers = ("b",)
    _nesterov = False

    def __init__(self, model, learning_rate, momentum, weight_decay, dampening, maximize):
        super().__init__(model, learning_rate, weight_decay, maximize)
        self.momentum = momentum
        self.dampening = dampening

    def _update(self, apply, p, g, st, lr):
        common = {"momentum": self.momentum, "weight_decay": self.weight_decay,
                  "maximize": self.maximize}
        if not self.momentum:
            # no buffer: the step is d, times (1 - τ) from the second step on (SGD's
            # dampening; Nesterov's d + 0·b has none). sgd_momentum does not read its buffer
            # operand when momentum is 0, so the gradient stands in for it.
            damp = 0.0 if self._nesterov else self.dampening
            d = apply("sgd_momentum", p, g, g, st["t"], dampening=damp, **common)
            return apply("sgd_param", p, g, d, lr, nesterov=False, **common)
        st["b"] = apply("sgd_momentum", p, g, st["b"], st["t"], dampening=self.dampening,
                        **common)
        return apply("sgd_param", p, g, st["b"], lr, nesterov=self._nesterov, **common)

    def unread_state_names(self, values: dict) -> tuple[str, ...]:
        return () if self.state_names_with(values) else ("b",)


class SGD(_MomentumSGD):
    """Plain SGD: ``θ -= lr * d``; with dampening τ, ``d`` is scaled by (1 - τ) from the second
    step on (GradValley's definition; PyTorch ignores dampening without momentum). Weight
    decay applies only to parameters that have a gradient (``Optimizer``)."""

    def __init__(self, model, learning_rate, weight_decay=0.0, dampening=0.0, maximize=False):
        super().__init__(model, learning_rate, 0.0, weight_decay, dampening, maximize)


class MSGD(_MomentumSGD):
    """SGD with momentum: ``b = d`` at the first step, then ``b = μ b + (1 - τ) d``;
    ``θ -= lr * b``. A parameter without a gradient keeps its buffer and does not move
    (``Optimizer``)."""

    def __init__(self, model, learning_rate, momentum=0.9, weight_decay=0.0, dampening=0.0,
                 maximize=False):
        super().__init__(model, learning_rate, momentum, weight_decay, dampening, maximize)


class Nesterov(_MomentumSGD):
    """SGD with Nesterov momentum: the buffer as MSGD, ``θ -= lr * (d + μ b)``. A parameter
    without a gradient keeps its buffer and does not move (``Optimizer``)."""

    _nesterov = True

    def __init__(self, model, learning_rate, momentum=0.9, weight_decay=0.0, dampening=0.0,
                 maximize=False):
        super().__init__(model, learning_rate, momentum, weight_decay, dampening, maximize)


class Adam(Optimizer):
    """Adam with bias correction; ``amsgrad`` keeps the running maximum of the raw second
    moment and divides by it (PyTorch's formula); weight decay is L2 (added to the gradient).
    The step count ``t`` is per parameter and counts only the steps that updated it (a
    parameter without a gradient keeps ``t``, ``m``, ``v``: ``Optimizer``)."""

    def __init__(self, model, learning_rate=0.001, beta1=0.9, beta2=0.999, epsilon=1e-8,
                 weight_decay=0.0, amsgrad=False, maximize=False):
        super().__init__(model, learning_rate, weight_decay, maximize)
        self.beta1, self.beta2 = beta1, beta2
        self.epsilon = epsilon
        self.amsgrad = bool(amsgrad)

    def _update(self, apply, p, g, st, lr):
        common = {"weight_decay": self.weight_decay, "maximize": self.maximize}
        st["m"] = apply("adam_moment1", p, g, st["m"], beta1=self.beta1, **common)
        st["v"] = apply("adam_moment2", p, g, st["v"], beta2=self.beta2, **common)
        v = st["v"]
        if self.amsgrad:
            st["v_max"] = v = apply("maximum", st["v_max"], st["v"])
        return apply("adam_param", p, st["m"], v, st["t"], lr, beta1=self.beta1,
                     beta2=self.beta2, epsilon=self.epsilon)


def step(optimizer: Optimizer) -> None:
    """Perform one optimization step (GradValley's ``step!``)."""
    if not isinstance(optimizer, Optimizer):
        raise TypeError(f"step: expected an optimizer, got {type(optimizer).__name__}")
    optimizer.step()
