"""SequentialContainer and GraphContainer (API.md §2)."""

from __future__ import annotations

import inspect

from ..errors import ArgumentError
from .base import Module


def _check_stack(layer_stack, cls: str) -> list:
    if not isinstance(layer_stack, (list, tuple)):
        raise TypeError(f"{cls}: layer_stack must be a list of layers/containers, got "
                        f"{type(layer_stack).__name__}")
    for i, m in enumerate(layer_stack):
        if not isinstance(m, Module):
            raise TypeError(f"{cls}: entry {i} is a {type(m).__name__}, not a layer or container")
    return list(layer_stack)


class LayerStack(Module):
    """A module holding ``layer_stack``: iteration, indexing, length and children."""

    layer_stack: list

    def children(self):
        return list(self.layer_stack)

    def __getitem__(self, i):
        return self.layer_stack[i]

    def __len__(self) -> int:
        return len(self.layer_stack)

    def __iter__(self):
        return iter(self.layer_stack)

    def summary_fields(self):
        return {"layers": len(self.layer_stack)}


class SequentialContainer(LayerStack):
    def __init__(self, layer_stack):
        self.layer_stack = _check_stack(layer_stack, "SequentialContainer")
        if not self.layer_stack:
            raise ValueError("SequentialContainer needs at least one layer")

    def __getitem__(self, i):
        if isinstance(i, slice):
            return SequentialContainer(self.layer_stack[i])
        return self.layer_stack[i]


class GraphContainer(LayerStack):
    def __init__(self, forward_pass, layer_stack):
        if not callable(forward_pass):
            raise TypeError("GraphContainer: forward_pass must be callable")
        self.forward_pass = forward_pass
        self.layer_stack = _check_stack(layer_stack, "GraphContainer")

    def summary_fields(self):
        return {"forward_pass": getattr(self.forward_pass, "__name__", "<function>"),
                "layers": len(self.layer_stack)}

    def check_inputs(self, n: int, where: str) -> None:
        """Refuse ``n`` inputs when ``forward_pass(layers, *inputs)`` cannot take them, before
        calling it: Python's own TypeError would name neither the container nor the counts."""
        try:
            sig = inspect.signature(self.forward_pass)
        except (TypeError, ValueError):  # a builtin or C callable: let the call decide
            return
        try:
            sig.bind(self.layer_stack, *range(n))
        except TypeError:
            raise ArgumentError(f"{where}: forward_pass{sig} takes {_arity(sig)}, got "
                                f"{n} input{'s' if n != 1 else ''}") from None


def _arity(sig) -> str:
    """'2 inputs', '1 to 3 inputs', 'at least 1 input' (the layers argument not counted)."""
    pos = [p for p in sig.parameters.values()
           if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)][1:]
    lo = sum(p.default is p.empty for p in pos)
    var = any(p.kind == p.VAR_POSITIONAL for p in sig.parameters.values())
    text = f"at least {lo}" if var else str(lo) if lo == len(pos) else f"{lo} to {len(pos)}"
    return f"{text} input{'' if text == '1' else 's'}"
