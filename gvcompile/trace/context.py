"""The trace context: which graph is being built, the layer path of each call, the state
updates (running statistics ...) the traced layers asked for."""

from __future__ import annotations

from ..errors import TraceError
from ..ir.binding import FieldRef
from ..ops.builder import Builder, Value

TRACE_RULES: dict[type, callable] = {}
_STACK: list["TraceContext"] = []


def trace_rule(cls):
    """``@trace_rule(Conv)`` registers ``fn(ctx, layer, inputs: list[Value], path) -> Value``."""

    def deco(fn):
        TRACE_RULES[cls] = fn
        return fn

    return deco


def current_context() -> "TraceContext | None":
    return _STACK[-1] if _STACK else None


class TraceContext:
    def __init__(self, builder: Builder, sync: tuple[int, int] | None = None):
        self.b = builder
        # (process group, world size) when batch statistics are synchronised across the
        # processes of a data-parallel step (gvcompile/compiled/distributed.py), else None
        self.sync = sync
        self.state_updates: list[tuple[FieldRef, Value]] = []
        self.paths: dict[int, str] = {}  # id(module) -> path of its first call
        self._container_stack: list[tuple[object, str]] = []

    def __enter__(self):
        _STACK.append(self)
        return self

    def __exit__(self, *exc):
        _STACK.pop()

    def path_for(self, module) -> str:
        """Path of a module called from the current GraphContainer's forward function."""
        if not self._container_stack:
            return "model"
        owner, path = self._container_stack[-1]
        for i, m in enumerate(getattr(owner, "layer_stack", ())):
            if m is module:
                return f"{path}[{i}]"
        return f"{path}.<{type(module).__name__}>"

    def call(self, module, inputs: list[Value], path: str):
        rule = None
        for cls in type(module).__mro__:
            rule = TRACE_RULES.get(cls)
            if rule is not None:
                break
        if rule is None:
            raise TraceError(f"{path} ({type(module).__name__}): no tracing rule for this "
                             "layer type")
        self.paths.setdefault(id(module), path)
        src = f"{path} ({type(module).__name__})"
        self._container_stack.append((module, path))
        try:
            with self.b.scope(src):
                return rule(self, module, inputs, path)
        finally:
            self._container_stack.pop()

    # ---- helpers for rules ---------------------------------------------------------------
    def param(self, layer, field: str, path: str) -> Value:
        ref = FieldRef.of("param", path, layer, field)
        return self.b.field(ref, f"{path}.{field}".replace("model", "", 1).strip(".") or field)

    def buffer(self, layer, field: str, path: str, shape=None) -> Value:
        ref = FieldRef.of("buffer", path, layer, field)
        return self.b.field(ref, f"{path}.{field}".replace("model", "", 1).strip(".") or field,
                            shape)

    def mean_over_processes(self, v: Value) -> Value:
        """``v`` averaged over the processes of a synchronised data-parallel step (equal local
        batches: the mean of per-process means is the global mean); ``v`` itself otherwise."""
        if self.sync is None:
            return v
        group, world = self.sync
        return self.b.emit("allreduce_sum", v, group=group) * (1.0 / world)

    def processes(self) -> int:
        return 1 if self.sync is None else self.sync[1]

    def update_state(self, layer, field: str, path: str, value: Value) -> None:
        self.state_updates.append((FieldRef.of("buffer", path, layer, field), value))
