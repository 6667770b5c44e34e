"""Leaf ops: graph arguments (input, param, buffer) and constants. Their values come from the
runtime (through the node's binding) or from ``attrs['value']``."""

from __future__ import annotations

import numpy as np

from ..ir.types import TensorType
from .registry import defop


def _arg_infer(types, attrs, src):
    raise AssertionError("argument nodes are typed when created, never re-inferred")


for _name in ("input", "param", "buffer"):
    defop(_name, kind="leaf", infer=_arg_infer, ref=None, arity=0,
          nondiff="a leaf: autodiff reads its cotangent, it has no operands")


def _const_infer(types, attrs, src):
    v = np.asarray(attrs["value"])
    return TensorType(v.shape, v.dtype)


defop("const", kind="leaf", infer=_const_infer, ref=lambda value: np.asarray(value), arity=0,
      nondiff="a constant", scalar=lambda s, value: s.const(float(value)))
