"""Ahead-of-time export (API.md §8): a CompiledModel or TrainStep -> a shared library and a
static archive with a C ABI, its C header and a JSON manifest; ``load`` opens such a library
from Python (cffi).

    cm = gvcompile.compile(model, x)
    gvcompile.export(cm, "out", name="lenet")  # out/liblenet.so, liblenet.a, lenet.h, lenet.json
    lib = gvcompile.load("out/liblenet.so")    # or load("out")
    y = lib.forward(x)

Stages: manifest.py (what to export: graphs, plans, state; recurrent.py: the recurrent layers'
state, carried by the instance) -> objcode.py (LLVM objects for a portable CPU) -> csource.py /
header.py (generated C) -> build.py (gcc link) ; loader.py.
A model or step compiled for target="cuda" goes through cuda.py instead of objcode/csource/build
(kernels as fatbins, state on the device, the same C ABI).
"""

from __future__ import annotations

from pathlib import Path

from .manifest import ExportError


def export(compiled_or_step, path, name: str | None = None, mode: str = "test") -> Path:
    """Write ``path/libNAME.so``, ``path/libNAME.a``, ``path/NAME.h`` and ``path/NAME.json``
    (NAME defaults to ``"model"``). Both libraries embed the parameters, buffers and optimizer
    state as they are now; each instance (``NAME_create``) starts from them. Returns the path
    of the .so.

    ``NAME_forward`` runs the model in ``mode``: ``"test"`` (default: the inference program,
    dropout off, BatchNorm on its running statistics, deterministic) or ``"train"`` (dropout
    on, batch statistics, running statistics updated), whatever mode the Python model is in
    (which is left as it was). The manifest (``forward_mode``) and the header say which. A
    train step's ``NAME_train_step`` always trains.

    Recurrent layers (RNN, LSTM, GRU) keep their state in the instance across calls, starting
    from the state they have now, as the Python model does; ``NAME_reset_state`` makes it
    fresh and a call with another batch than the carried state's is refused (NAME_ERR_STATE),
    as in Python. ``NAME_get/set_recurrent_state`` checkpoint it (the header describes it)."""
    from .build import write_library
    from .manifest import build_spec

    spec = build_spec(compiled_or_step, name, mode)
    if spec.target == "cuda":  # fatbins + a launcher loading libcuda.so.1 (export/cuda.py)
        from .cuda import write_cuda_library

        return write_cuda_library(spec, path)
    return write_library(spec, path)


def load(path_to_so):
    """Open an exported library (``libNAME.so`` or the export directory); returns an
    ``ExportedModel`` (used like the CompiledModel or TrainStep it came from: forward, step,
    get_parameters, set_parameters)."""
    from .loader import ExportedModel

    return ExportedModel(path_to_so)


__all__ = ["export", "load", "ExportError"]
