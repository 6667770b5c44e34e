"""Builds graphs: ``Builder.emit`` checks types through the op table and adds a node; ``Value``
is a handle on a node with NumPy-style operator overloading, used both by tracing (GraphContainer
forward functions) and by the VJP rules, so backward code reads like forward code.
"""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np

from ..errors import DTypeError, GVError, TraceError, where
from ..ir.graph import Graph
from ..ir.types import TensorType


class Builder:
    def __init__(self, graph: Graph | None = None, batch_hint: int | None = None):
        self.graph = graph if graph is not None else Graph()
        self.src: str | None = None
        self.batch_hint = batch_hint  # example batch size, for error messages only
        self.param_nodes: dict = {}  # FieldRef -> node id (a layer used twice is one node)

    @contextmanager
    def scope(self, src: str | None):
        old, self.src = self.src, src
        try:
            yield
        finally:
            self.src = old

    def emit(self, op: str, *inputs: "Value", name: str | None = None, **attrs) -> "Value":
        from . import OPS

        opdef = OPS.get(op)
        if opdef is None:
            raise TraceError(f"{where(self.src)}unknown op {op!r}")
        ins = [self.lift(i) for i in inputs]
        if opdef.arity is not None and len(ins) != opdef.arity:
            raise TraceError(f"{where(self.src)}{op} takes {opdef.arity} operands, got {len(ins)}")
        try:
            ty = opdef.infer([v.type for v in ins], attrs, self.src)
        except GVError:
            raise
        nid = self.graph.add_node(op, [v.id for v in ins], attrs, ty, self.src, name=name)
        return Value(self, nid)

    def arg(self, binding, type: TensorType, name: str, op: str = "input") -> "Value":
        nid = self.graph.add_node(op, (), {}, type, self.src, name=name, binding=binding)
        self.graph.args.append(nid)
        return Value(self, nid)

    def field(self, ref, name: str, shape=None) -> "Value":
        """The node of a layer's parameter or buffer (one node per field, however often used);
        ``shape`` overrides the array's (a recurrent state whose batch is the symbol N)."""
        nid = self.param_nodes.get(ref)
        if nid is None:
            arr = np.asarray(ref.get())
            ty = TensorType(tuple(shape) if shape is not None else arr.shape, arr.dtype)
            nid = self.arg(ref, ty, name, op=ref.kind).id
            self.param_nodes[ref] = nid
        return Value(self, nid)

    def const(self, value, dtype=None) -> "Value":
        arr = np.asarray(value, dtype=dtype)
        if arr.dtype.kind not in "fiub":
            raise TraceError(f"{where(self.src)}cannot use {type(value).__name__} as a constant")
        return self.emit("const", value=arr, name="c")

    def lift(self, x, like: "Value | None" = None) -> "Value":
        if isinstance(x, Value):
            if x.b is not self:
                raise TraceError(f"{where(self.src)}a traced value from another graph was used")
            return x
        if isinstance(x, (int, float, np.number, np.ndarray, bool)):
            dtype = like.dtype if like is not None else None
            if dtype is None:
                dtype = np.float64 if isinstance(x, (int, float, bool)) else np.asarray(x).dtype
            return self.const(x, dtype)
        raise TraceError(f"{where(self.src)}cannot trace a value of type {type(x).__name__}")

    def value(self, nid: int) -> "Value":
        return Value(self, nid)


def _binop(op: str, a: "Value", b, reverse: bool = False) -> "Value":
    bld = a.b
    other = bld.lift(b, like=a)
    if other.dtype != a.dtype:
        raise DTypeError(f"{where(bld.src)}{op}: operand dtypes differ: "
                         f"{a.dtype.name} and {other.dtype.name}")
    x, y = (other, a) if reverse else (a, other)
    return bld.emit(op, x, y)


class Value:
    """A traced tensor: a node of the graph being built."""

    __array_priority__ = 1000  # so ndarray <op> Value defers to Value
    _gv_traced = True  # how the layers (which never import the compiler) recognise one

    def __init__(self, b: Builder, nid: int):
        self.b = b
        self.id = nid

    @property
    def type(self) -> TensorType:
        return self.b.graph.type(self.id)

    @property
    def shape(self):
        return self.type.shape

    @property
    def dtype(self) -> np.dtype:
        return self.type.dtype

    @property
    def ndim(self) -> int:
        return self.type.rank

    @property
    def op(self) -> str:
        return self.b.graph.op(self.id)

    def __repr__(self) -> str:
        return f"Value(%{self.b.graph.node(self.id)['name']}: {self.type})"

    def __add__(self, o):
        return _binop("add", self, o)

    def __radd__(self, o):
        return _binop("add", self, o, reverse=True)

    def __sub__(self, o):
        return _binop("sub", self, o)

    def __rsub__(self, o):
        return _binop("sub", self, o, reverse=True)

    def __mul__(self, o):
        return _binop("mul", self, o)

    def __rmul__(self, o):
        return _binop("mul", self, o, reverse=True)

    def __truediv__(self, o):
        return _binop("div", self, o)

    def __rtruediv__(self, o):
        return _binop("div", self, o, reverse=True)

    def __neg__(self):
        return self.b.emit("neg", self)

    def __pos__(self):
        return self

    def __pow__(self, o):
        if isinstance(o, (int, float, np.number)) and not isinstance(o, bool):
            return self.b.emit("pow_scalar", self, exponent=float(o))
        return _binop("pow", self, o)

    def __rpow__(self, o):
        return _binop("pow", self, o, reverse=True)

    def __matmul__(self, o):
        return self.b.emit("matmul", self, self.b.lift(o, like=self))

    def __rmatmul__(self, o):
        return self.b.emit("matmul", self.b.lift(o, like=self), self)

    def __bool__(self):
        raise TraceError(f"{where(self.b.src)}a traced value has no truth value: Python control "
                         "flow cannot depend on tensor data inside a traced forward function")

    def __len__(self):
        if self.ndim == 0 or not isinstance(self.shape[0], int):
            raise TraceError(f"{where(self.b.src)}len() of a traced value with batch axis")
        return self.shape[0]
