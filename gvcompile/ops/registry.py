"""The op table: ``OPS[name]`` is the single source of truth for every op.

An ``OpDef`` holds, next to each other:
  infer   (input TensorTypes, attrs, src) -> output TensorType; raises ShapeError/DTypeError
  ref     whole-array NumPy implementation (the interpreter); gets attrs with "N" resolved
  vjp     (builder, input Values, output Value, cotangent Value, **attrs) -> one Value or None
          per input, built from ordinary graph nodes; or ``nondiff`` gives the reason it has none
  scalar  for element-wise ops: the body written once against the ScalarOps protocol
          (plan/scalar_protocol.py), shared by the LLVM and CUDA emitters
  lower   {backend: rule} for ops with explicit loop nests (filled by the backends)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

KINDS = ("leaf", "elementwise", "reduce", "shape", "linalg", "conv", "pool", "norm", "loss",
         "optim", "random", "rnn", "collective", "misc")


@dataclass
class OpDef:
    name: str
    kind: str
    infer: Callable
    ref: Callable | None
    vjp: Callable | None = None
    nondiff: str | None = None  # reason there is no VJP (e.g. "integer mask", "gradient op")
    scalar: Callable | None = None
    arity: int | None = None  # number of operands; None = variadic
    lower: dict[str, Callable] = field(default_factory=dict)
    doc: str = ""

    def __repr__(self) -> str:
        return f"OpDef({self.name})"


OPS: dict[str, OpDef] = {}


def defop(name: str, *, kind: str, infer: Callable, ref: Callable | None,
          vjp: Callable | None = None, nondiff: str | None = None,
          scalar: Callable | None = None, arity: int | None = None, doc: str = "") -> OpDef:
    if name in OPS:
        raise ValueError(f"op {name!r} registered twice")
    if kind not in KINDS:
        raise ValueError(f"op {name!r}: unknown kind {kind!r}")
    if vjp is None and nondiff is None:
        raise ValueError(f"op {name!r}: give a vjp rule or a reason in nondiff")
    op = OpDef(name, kind, infer, ref, vjp, nondiff, scalar, arity, doc=doc)
    OPS[name] = op
    return op


def register_lowering(backend: str, name: str):
    """Decorator: ``@register_lowering("llvm", "conv2d")``."""

    def deco(fn):
        OPS[name].lower[backend] = fn
        return fn

    return deco
