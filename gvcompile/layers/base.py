"""The base of every layer and container: which array fields are parameters and buffers,
train/test mode, calling, and the summary line."""

from __future__ import annotations

import numpy as np

from .hooks import handler, is_traced

_SETTING_TYPES = (bool, int, float, str, tuple, type(None))
_PLAIN = frozenset(_SETTING_TYPES)


def settings(obj) -> tuple:
    """An object's plain settings (activation, dropout p, momentum, learning rate, ...): traced
    code bakes them in, so a change must select another program."""
    out = [(k, v) for k, v in vars(obj).items()  # per call of a compiled model: kept lean
           if (type(v) in _PLAIN or (type(v) is not np.ndarray and isinstance(v, _SETTING_TYPES)))
           and k[0] != "_"]
    out.sort()
    return tuple(out)


ACTIVATIONS = ("relu", "sigmoid", "tanh", "leaky_relu", "softmax")


def check_activation(name, cls: str):
    if name is None:
        return None
    if not isinstance(name, str):
        raise ValueError(f"{cls}: activation_function must be None or a string, got {name!r}")
    base = name.split(":", 1)[0]
    if base not in ACTIVATIONS or (":" in name and base != "leaky_relu"):
        raise ValueError(f"{cls}: unknown activation_function {name!r}; expected one of "
                         f"{ACTIVATIONS} or 'leaky_relu:<slope>'")
    if ":" in name:
        try:
            float(name.split(":", 1)[1])
        except ValueError:
            raise ValueError(f"{cls}: bad leaky_relu slope in activation_function "
                             f"{name!r}") from None
    return name


def positive_int(v, name: str, cls: str) -> int:
    """A positive int argument, checked (bools and floats are refused, naming the layer)."""
    if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 1:
        raise ValueError(f"{cls}: {name} must be a positive int, got {v!r}")
    return int(v)


def pair(v, name: str, cls: str) -> tuple[int, int]:
    """An int or a (height, width) pair -> (h, w), checked."""
    if isinstance(v, (int, np.integer)):
        t = (int(v), int(v))
    elif isinstance(v, (tuple, list)) and len(v) == 2 and all(
            isinstance(x, (int, np.integer)) for x in v):
        t = (int(v[0]), int(v[1]))
    else:
        raise ValueError(f"{cls}: {name} must be an int or a (height, width) pair, got {v!r}")
    return t


def _fraction(v, name: str, cls: str) -> float:
    """A number in [0, 1] (dropout p, a running-statistics momentum)."""
    if isinstance(v, bool) or not isinstance(v, (int, float, np.integer, np.floating)) or \
            not 0.0 <= float(v) <= 1.0:
        raise ValueError(f"{cls}: {name} must be a number in [0, 1], got {v!r}")
    return float(v)


def _positive(v, name: str, cls: str) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float, np.integer, np.floating)) or \
            not (0.0 < float(v) < np.inf):
        raise ValueError(f"{cls}: {name} must be a finite number > 0, got {v!r}")
    return float(v)


def _flag(v, name: str, cls: str) -> bool:
    if not isinstance(v, (bool, np.bool_)):
        raise ValueError(f"{cls}: {name} must be True or False, got {v!r}")
    return bool(v)


def _connection(v, name: str, cls: str):
    if not (callable(v) or v in ("+", "concat")):
        raise ValueError(f"{cls}: {name} must be '+', 'concat' or a callable, got {v!r}")
    return v


# the settings a user may change on a built layer, checked on every assignment: a dropout p of
# 2 or an epsilon of nan set after construction must fail here, naming the layer, not turn
# the outputs into NaN
_SETTINGS = {"activation_function": lambda v, name, cls: check_activation(v, cls),
             "p": _fraction, "momentum": _fraction, "epsilon": _positive, "training": _flag,
             "connection": _connection}


# settings that shape the parameters (or say whether they exist): set once by the constructor;
# a later change would leave parameters of the old shape, and the layer would silently compute
# with them, so it is refused
_FIXED = frozenset({"in_features", "out_features", "in_channels", "out_channels",
                    "kernel_size", "groups", "use_bias", "affine", "track_running_stats",
                    "num_features", "normalized_shape", "num_channels", "num_groups"})


# Bumped by every attribute assignment (but of the object the attribute already holds: a
# trainmode() before every call) or deletion on any layer or container: a compiled model's
# per-call signature (compiled/model.py) and its last call's arguments (compiled/repeat.py) are
# reused while it has not moved and the module tree is the same objects.
_EPOCH = [0]


def epoch() -> int:
    return _EPOCH[0]


class Module:
    """Parameters are the fields named in ``param_fields`` whose value is not None; each has a
    gradient field ``<name>_gradient``. Buffers (running statistics, state) are in
    ``buffer_fields``."""

    param_fields: tuple[str, ...] = ()
    buffer_fields: tuple[str, ...] = ()
    # buffers that are per-call run-time state (a recurrent layer's hidden state, whose shape
    # follows the batch): not saved by gvcompile.save
    transient_fields: tuple[str, ...] = ()
    training = True
    # a layer's own checks of settings it validates itself (a window's stride, an RNN's
    # activation): name -> check(layer, value) -> the value to store; before _SETTINGS
    own_checks: dict = {}

    def __setattr__(self, name, value):
        own, check = self.own_checks.get(name), _SETTINGS.get(name)
        if own is not None:
            value = own(self, value)
        elif check is not None:
            value = check(value, name, type(self).__name__)
        elif name in _FIXED and name in self.__dict__ and self.__dict__[name] != value:
            raise ValueError(f"{type(self).__name__}: {name} is fixed when the layer is built "
                             f"(its parameters have that shape; it is "
                             f"{self.__dict__[name]!r}): build a new layer instead")
        if self.__dict__.get(name, _EPOCH) is not value:  # the same object again changes nothing
            _EPOCH[0] += 1
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        _EPOCH[0] += 1
        object.__delattr__(self, name)

    def __getstate__(self):
        # compiled programs (JIT code, ctypes handles) and saved activations are a cache, not
        # part of the model: copy.deepcopy and pickle leave them out
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_gv_")}

    def __call__(self, *inputs):
        if any(is_traced(x) for x in inputs):
            return handler("trace_call")(self, inputs)
        return handler("run")(self, inputs)

    def own_parameters(self) -> list[tuple[str, np.ndarray]]:
        """(field, array) of this module's own parameter fields, children left out: what the
        per-module walkers (signatures, saving, optimizers, export) iterate."""
        return [(f, getattr(self, f)) for f in self.param_fields if getattr(self, f) is not None]

    def parameters(self) -> list[tuple[str, np.ndarray]]:
        """(name, array) of every parameter of this module and the modules inside it, each
        array once (a shared layer or tied weight counts once): a layer's own are named by
        field ("weight"), a container's by the path below it ("[0].weight", "[1][2].bias",
        the saved keys without the leading "model")."""
        out, seen = [], set()
        for path, m in _submodules(self, "", set()):
            for f, a in m.own_parameters():
                if id(a) not in seen:
                    seen.add(id(a))
                    out.append((f"{path}.{f}" if path else f, a))
        return out

    def buffers(self) -> list[tuple[str, np.ndarray]]:
        return [(f, getattr(self, f)) for f in self.buffer_fields if getattr(self, f) is not None]

    def children(self) -> list["Module"]:
        return []

    def summary_fields(self) -> dict:
        return {}

    def num_parameters(self) -> int:
        return sum(int(np.size(a)) for _, a in self.parameters())

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v}" for k, v in self.summary_fields().items())
        return f"{type(self).__name__}({fields})"


def _submodules(m: Module, path: str, seen: set):
    """(path below the root, module), each module once, in the saved-key walk order."""
    if id(m) in seen:
        return
    seen.add(id(m))
    yield path, m
    for i, child in enumerate(m.children()):
        yield from _submodules(child, f"{path}[{i}]", seen)


class Layer(Module):
    """A leaf layer."""

    def _init_gradients(self) -> None:
        for f in self.param_fields:
            a = getattr(self, f)
            setattr(self, f + "_gradient", None if a is None else np.zeros_like(a))
        clear_gradient_marks(self)


# PyTorch's "grad is None" (``zero_grad(set_to_none=True)``), kept beside zero-filled gradient
# arrays: ``_no_gradient`` names the parameter fields cleared (layer built, zero_gradients) and
# not reached by any backward since; optimizers leave such a parameter alone (no weight decay,
# no momentum, no state change), as a compiled training step does.
def clear_gradient_marks(m: Module) -> None:
    m.__dict__["_no_gradient"] = {f for f, _ in m.own_parameters()}


def mark_gradient(m: Module, field: str) -> None:
    """A backward reached parameter ``field`` of ``m``."""
    marks = m.__dict__.get("_no_gradient")
    if marks:
        marks.discard(field)


def has_gradient(m: Module, field: str) -> bool:
    """Whether parameter ``field`` of ``m`` has a gradient: its gradient array exists and a
    backward reached it since it was cleared, or it holds a nonzero written by hand."""
    g = getattr(m, field + "_gradient", None)
    if g is None:
        return False
    if field in m.__dict__.get("_no_gradient", ()):
        return bool(np.any(g))
    return True
