"""Optimizer state and whole checkpoints in plain ``.npz`` files (no pickle).

An optimizer's state is stored under keys that name the parameter by its layer path and field
(the keys of ``gvcompile.save``) and then the state array: ``optimizer.model[0].weight.t`` (the
parameter's step count), ``optimizer.model[0].weight.m`` (Adam's first moment),
``optimizer.model[2].bias.b`` (a momentum buffer). A parameter that was never updated has no
state and no key (a fresh optimizer has none either). The settings are stored too
(``optimizer.type``, ``optimizer.learning_rate``, ...): a learning rate changed by a schedule
resumes with its value. A checkpoint holds the model's keys, the optimizer's and ``step``.

Loading checks every key, shape and dtype first and names all that do not fit before anything
is written, so a failed load leaves the model and optimizer as they were.
"""

from __future__ import annotations

import os

import numpy as np

from . import serialization
from .errors import DTypeError, ShapeError
from .ir.types import show_shape

PREFIX = "optimizer."


def _param_paths(optimizer) -> dict[tuple, str]:
    """State key (module index, field) -> 'model[0].weight' for every distinct parameter."""
    _roots, _walk = serialization._roots, serialization._walk

    paths, seen = {}, set()
    for root, module in _roots(optimizer._model):
        for path, m in _walk(root, module, seen):
            paths[id(m)] = path
    index = {id(m): k for k, m in enumerate(optimizer.modules)}
    out = {}
    for key, _, _ in optimizer.unique_parameters():
        m = optimizer.modules[key[0]]
        if id(m) not in paths or index[id(m)] != key[0]:
            raise ValueError(f"{type(optimizer).__name__}: no saved path for module "
                             f"{type(m).__name__}")
        out[key] = f"{paths[id(m)]}.{key[1]}"
    return out


def _hyper(optimizer) -> dict[str, np.ndarray]:
    from .compiled.model import settings

    out = {"type": np.asarray(type(optimizer).__name__)}
    for k, v in settings(optimizer):
        if isinstance(v, (bool, int, float)):
            out[k] = np.asarray(v)
    return out


def optimizer_arrays(optimizer) -> dict[str, np.ndarray]:
    """``{key: array}`` of the optimizer's settings and state (module docstring)."""
    out = {PREFIX + k: v for k, v in _hyper(optimizer).items()}
    for key, path in _param_paths(optimizer).items():
        st = optimizer.state.get(key)
        if st is None:
            continue
        for name in ("t",) + tuple(optimizer.state_names):
            out[f"{PREFIX}{path}.{name}"] = np.asarray(st[name])
    return out


def _file_names(optimizer, loaded: dict) -> tuple[tuple, tuple]:
    """(state names, names to ignore) of the file's optimizer: its settings decide its
    buffers (no momentum buffer with momentum 0, which files of earlier versions still hold:
    never read, they are ignored)."""
    values = {k[len(PREFIX):]: v[()] for k, v in loaded.items()
              if k.startswith(PREFIX) and v.ndim == 0 and v.dtype.kind in "fiub"}
    return (("t",) + tuple(optimizer.state_names_with(values)),
            tuple(optimizer.unread_state_names(values)))


def _check_optimizer(optimizer, loaded: dict, where: str) -> list[str]:
    """Every problem with loading ``loaded`` (the file's optimizer keys) into ``optimizer``."""
    problems = []
    want = _hyper(optimizer)
    missing = [PREFIX + k for k in want if PREFIX + k not in loaded]
    if missing:
        problems.append(f"missing in the file: {missing}")
    got_type = str(loaded.get(PREFIX + "type", want["type"]))
    if got_type != str(want["type"]):
        problems.append(f"the file holds the state of a {got_type}, the optimizer is a "
                        f"{want['type']}")
        return problems
    for k, v in want.items():
        if v.dtype == bool and PREFIX + k in loaded and bool(loaded[PREFIX + k]) != bool(v):
            problems.append(f"{PREFIX}{k}: the file has {bool(loaded[PREFIX + k])}, the "
                            f"optimizer {bool(v)} (build the optimizer with the same setting)")
    params = {key: p for key, p, _ in optimizer.unique_parameters()}
    expected, unread = {}, set()
    names, ignored = _file_names(optimizer, loaded)
    for key, path in _param_paths(optimizer).items():
        for name in names:
            expected[f"{PREFIX}{path}.{name}"] = (key, name, params[key])
        unread.update(f"{PREFIX}{path}.{name}" for name in ignored)
    extra = [k for k in loaded if k not in expected and k[len(PREFIX):] not in want
             and k not in unread]
    if extra:
        problems.append(f"not in the optimizer ({want['type']} on this model): {extra}")
    for k, (_key, name, p) in expected.items():
        if k in loaded:
            shape = () if name == "t" else p.shape
            if loaded[k].shape != shape:
                problems.append(f"{k}: the optimizer needs shape {show_shape(shape)}, the file "
                                f"has {show_shape(loaded[k].shape)}")
            elif loaded[k].dtype != p.dtype:
                problems.append(f"{k}: the parameter has dtype {p.dtype.name}, the file "
                                f"{loaded[k].dtype.name}")
    return problems


def _write_optimizer(optimizer, loaded: dict) -> None:
    params = {key: p for key, p, _ in optimizer.unique_parameters()}
    names = _file_names(optimizer, loaded)[0]
    for key, path in _param_paths(optimizer).items():
        keys = [f"{PREFIX}{path}.{n}" for n in names]
        if not all(k in loaded for k in keys):
            optimizer.state.pop(key, None)  # never updated when saved: no state
            continue
        # in place where the state exists: compiled training steps hold these arrays
        st = optimizer._state_for(key, params[key], names[1:])
        for n, k in zip(names, keys):
            st[n][...] = loaded[k]
    for k, v in _hyper(optimizer).items():
        if k != "type" and v.dtype != bool:
            setattr(optimizer, k, type(getattr(optimizer, k))(loaded[PREFIX + k][()]))


def _read(path) -> dict[str, np.ndarray]:
    with np.load(os.fspath(path), allow_pickle=False) as f:
        return {k: f[k] for k in f.files}


def _model_problems(model, loaded: dict) -> list[str]:
    state_arrays = serialization.state_arrays

    want = state_arrays(model)
    problems = []
    missing = [k for k in want if k not in loaded]
    extra = [k for k in loaded if k not in want]
    if missing:
        problems.append(f"missing in the file: {missing}")
    if extra:
        problems.append(f"not in the model: {extra}")
    for k, arr in want.items():
        if k in loaded and loaded[k].shape != arr.shape:
            problems.append(f"{k}: the model has shape {show_shape(arr.shape)}, the file "
                            f"{show_shape(loaded[k].shape)}")
        elif k in loaded and loaded[k].dtype != arr.dtype:
            problems.append(f"{k}: the model has dtype {arr.dtype.name}, the file "
                            f"{loaded[k].dtype.name} (convert with module_to_eltype_device)")
    return problems


def _raise(where: str, problems: list[str]) -> None:
    if not problems:
        return
    text = f"{where}: the file does not fit:\n  " + "\n  ".join(problems)
    if any("shape" in p for p in problems):
        raise ShapeError(text)
    if any("dtype" in p for p in problems):
        raise DTypeError(text)
    raise ValueError(text)


def save_optimizer(optimizer, path) -> None:
    arrays = optimizer_arrays(optimizer)
    with open(os.fspath(path), "wb") as f:
        np.savez(f, **arrays)


def load_optimizer(optimizer, path) -> None:
    loaded = _read(path)
    _raise(f"load_parameters({type(optimizer).__name__}, {os.fspath(path)!r})",
           _check_optimizer(optimizer, loaded, ""))
    _write_optimizer(optimizer, loaded)


def save(obj, path) -> None:
    """``gvcompile.save``: a model's parameters and buffers, or an optimizer's settings and
    state, to an .npz file at exactly ``path``."""
    from .optimization.optimizers import Optimizer

    if isinstance(obj, Optimizer):
        return save_optimizer(obj, path)
    return serialization.save(obj, path)


def load_parameters(obj, path) -> None:
    """``gvcompile.load_parameters``: what ``save`` wrote, back into the model or optimizer in
    place; every key, shape and dtype is checked before anything is written."""
    from .optimization.optimizers import Optimizer

    if isinstance(obj, Optimizer):
        return load_optimizer(obj, path)
    return serialization.load_parameters(obj, path)


def save_checkpoint(path, model, optimizer=None, step: int = 0) -> None:
    """Write ``model``'s parameters and buffers, ``optimizer``'s settings and state and the
    training ``step`` counter to one ``.npz`` at ``path`` (no pickle)."""
    state_arrays = serialization.state_arrays

    arrays = {k: np.ascontiguousarray(a) for k, a in state_arrays(model).items()}
    if optimizer is not None:
        _check_same_model(model, optimizer, "save_checkpoint")
        arrays.update(optimizer_arrays(optimizer))
    arrays["step"] = np.asarray(int(step), dtype=np.int64)
    with open(os.fspath(path), "wb") as f:
        np.savez(f, **arrays)


def load_checkpoint(path, model, optimizer=None) -> int:
    """Load a ``save_checkpoint`` file into ``model`` (and ``optimizer``) in place; returns the
    saved step counter. Every key, shape and dtype is checked before anything is written: a
    mismatch raises naming the missing, extra and mis-shaped keys."""
    loaded = _read(path)
    where = f"load_checkpoint({os.fspath(path)!r})"
    if "step" not in loaded:
        raise ValueError(f"{where}: not a checkpoint (no 'step' key; a file written by "
                         f"gvcompile.save loads with load_parameters)")
    opt_part = {k: v for k, v in loaded.items() if k.startswith(PREFIX)}
    model_part = {k: v for k, v in loaded.items() if not k.startswith(PREFIX) and k != "step"}
    problems = [f"model: {p}" for p in _model_problems(model, model_part)]
    if optimizer is not None:
        _check_same_model(model, optimizer, "load_checkpoint")
        if not opt_part:
            problems.append("the file holds no optimizer state (saved without an optimizer)")
        else:
            problems += [f"optimizer: {p}" for p in _check_optimizer(optimizer, opt_part, "")]
    _raise(where, problems)
    state_arrays = serialization.state_arrays

    for k, arr in state_arrays(model).items():
        arr[...] = model_part[k]
    if optimizer is not None:
        _write_optimizer(optimizer, opt_part)
    return int(loaded["step"])


def _check_same_model(model, optimizer, where: str) -> None:
    from .layers.api import iter_modules

    mine = {id(m) for m in optimizer.modules}
    roots = model if isinstance(model, (list, tuple)) else [model]
    theirs = {id(m) for r in roots for m in iter_modules(r)}
    if not mine <= theirs:
        raise ValueError(f"{where}: the optimizer ({type(optimizer).__name__}) updates layers "
                         f"that are not part of the model given")
