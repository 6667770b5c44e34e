"""Targets: a backend turns a Graph into an executable ``exe(args) -> outputs`` (lists of
NumPy arrays in the graph's argument/output order). Backends register here by name."""

from __future__ import annotations

from .errors import BackendUnavailable

_BACKENDS: dict[str, callable] = {}
_ALIASES = {"gpu": "cuda", "llvm": "cpu", "numpy": "interp"}
_default = {"target": None}
# The target of plain forward/backward when neither set_default_target nor GV_BACKEND says.
# "cpu": the LLVM backend lowers every op of the table (tests/test_cpu_ops.py).
DEFAULT = "cpu"


def register_backend(name: str):
    def deco(factory):
        _BACKENDS[name] = factory
        return factory

    return deco


def canonical(target: str) -> str:
    t = _ALIASES.get(target, target)
    if t not in ("cpu", "cuda", "interp"):
        raise ValueError(f"unknown target {target!r}; expected 'cpu', 'cuda' (or 'gpu') or "
                         "'interp'")
    return t


def get_backend(target: str, **options):
    t = canonical(target)
    if t not in _BACKENDS:
        _load(t)
    factory = _BACKENDS.get(t)
    if factory is None:
        raise BackendUnavailable(f"target {t!r} is not available in this build")
    return factory(**options)


def _load(t: str) -> None:
    # Imported lazily: CPU users never import the CUDA backend, and the interpreter needs
    # neither LLVM nor CUDA.
    import importlib

    mod = {"cpu": "gvcompile.llvm.backend", "cuda": "gvcompile.cuda.backend",
           "interp": "gvcompile.interp.backend"}[t]
    try:
        importlib.import_module(mod)
    except ModuleNotFoundError as e:
        if e.name and e.name.startswith("gvcompile"):
            return
        raise


def set_default_target(target: str) -> None:
    _default["target"] = canonical(target)


def default_target() -> str:
    from . import config

    if _default["target"]:
        return _default["target"]
    env = config.env_backend()
    if env:
        return canonical(env)
    return DEFAULT
