"""ONNX model -> GraphContainer (API.md §8c).

Import builds, once, one step per ONNX node: the layers that hold the node's initializers (a
Conv's weight, a BatchNormalization's statistics ...) go into the container's layer stack, and
the step is a small function of the node's input values. The container's forward replays the
steps in the graph's (topological) order, so tracing it emits exactly the graph's computation.
Everything a step needs to know statically (kernel sizes, padding, ceil_mode, the shape a
Reshape asks for) is checked here, at import: an unsupported operator, attribute value or
dynamic extent raises UnsupportedOnnxError naming the node, never a wrong result later.

The batch: every graph input may have one symbolic extent, its batch axis (axis 0 unless
compiled with another ``batch_axis``, e.g. 1 for a time-major sequence); all other extents
must be static, and an operator that would mix the batch with other axes is refused. The
imported container is returned in test mode (BatchNormalization uses its running
statistics, Dropout is the identity) as ONNX inference defines them; ``trainmode`` switches it
to training like any model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..errors import UnsupportedOnnxError
from ..layers import GraphContainer, testmode
from ._onnx import require_onnx


@dataclass
class Step:
    """One ONNX node: ``fn(layers, inputs) -> outputs`` over the names of its values."""
    fn: object
    inputs: list
    outputs: list


@dataclass
class ImportContext:
    """What a converter may consult while it builds its step."""
    opset: int
    consts: dict                       # name -> np.ndarray (initializers, Constant outputs)
    shapes: dict                       # name -> tuple of ints/None (None: dynamic extent)
    layers: list = field(default_factory=list)
    node: object = None
    used: set = field(default_factory=set)   # names some node or the graph output reads
    masks: set = field(default_factory=set)  # booleans, held as 0/1 masks of a float type

    def fail(self, what: str):
        n = self.node
        name = n.name or next((o for o in n.output if o), "?")
        raise UnsupportedOnnxError(f"ONNX node {name!r} ({n.op_type}): {what}")

    def attrs(self) -> dict:
        from onnx import helper
        return {a.name: helper.get_attribute_value(a) for a in self.node.attribute}

    def add_layer(self, layer) -> int:
        self.layers.append(layer)
        return len(self.layers) - 1

    def const(self, i: int, what: str) -> np.ndarray:
        """Input ``i`` of the node, which must be an initializer or Constant."""
        name = self.node.input[i] if i < len(self.node.input) else ""
        if name not in self.consts:
            self.fail(f"{what} (input {i}, {name!r}) must be an initializer or a Constant")
        return self.consts[name]

    def has(self, i: int) -> bool:
        return i < len(self.node.input) and self.node.input[i] != ""

    def shape(self, i: int, what: str = "its input") -> tuple:
        """Static shape of input ``i`` (axis 0 may be None: the batch)."""
        name = self.node.input[i]
        if name in self.consts:
            return tuple(self.consts[name].shape)
        s = self.shapes.get(name)
        if s is None or sum(d is None for d in s) > 1:
            self.fail(f"the shape of {what} ({name!r}) is not known statically (but for one "
                      f"batch axis): {s}")
        return s

    def static(self, i: int, axes, what: str = "its input") -> tuple:
        """Input ``i``'s shape, refused unless the extents on ``axes`` are static."""
        s = self.shape(i, what)
        if any(s[a] is None for a in axes):
            self.fail(f"axes {tuple(axes)} of {what} {s} must not be the (dynamic) batch axis")
        return s


def _tensor_shape(vi) -> tuple | None:
    t = vi.type.tensor_type
    if not t.HasField("shape"):
        return None
    return tuple(d.dim_value if d.HasField("dim_value") else None for d in t.shape.dim)


def _load(model):
    onnx = require_onnx()
    if isinstance(model, onnx.ModelProto):
        return model
    return onnx.load(str(model))


def _opset(model) -> int:
    for o in model.opset_import:
        if o.domain in ("", "ai.onnx"):
            return int(o.version)
    raise UnsupportedOnnxError("ONNX model: no opset of the default domain")


def _shapes(model) -> dict:
    from onnx import shape_inference
    try:
        inferred = shape_inference.infer_shapes(model)
    except Exception:  # a model shape inference cannot handle: use what is declared
        inferred = model
    g = inferred.graph
    out = {}
    for vi in list(g.value_info) + list(g.input) + list(g.output):
        s = _tensor_shape(vi)
        if s is not None:
            out[vi.name] = s
    return out


_FLOAT = {1: np.float32, 11: np.float64}


def _type_name(elem: int) -> str:
    from onnx import TensorProto
    return TensorProto.DataType.Name(elem) if elem else "(not a tensor)"


def _graph_inputs(g, consts, shapes) -> list:
    names = []
    for vi in g.input:
        if vi.name in consts:
            continue
        elem = vi.type.tensor_type.elem_type
        s = shapes.get(vi.name)
        if elem not in _FLOAT:
            raise UnsupportedOnnxError(f"ONNX graph input {vi.name!r}: element type "
                                       f"{_type_name(elem)} is not supported (float32 and "
                                       "float64 only)")
        if s is None or sum(d is None for d in s) > 1:
            raise UnsupportedOnnxError(f"ONNX graph input {vi.name!r}: shape {s} has a dynamic "
                                       "extent other than the batch (one axis, usually 0)")
        names.append(vi.name)
    return names


def build_steps(model):
    """(input names, output names, steps, layers) of a loaded ModelProto."""
    from onnx import numpy_helper

    from . import ops_math  # noqa: F401  (registers its converters)
    from .ops_in import CONVERTERS
    from .ops_shape import BatchFill, fold

    g = model.graph
    if any(o.domain not in ("", "ai.onnx") for o in model.opset_import
           if any(n.domain == o.domain for n in g.node)):
        raise UnsupportedOnnxError("ONNX model: operators outside the default domain are not "
                                   "supported")
    # copies: to_array may return read-only views of the protobuf, and parameters are
    # updated in place
    consts = {t.name: numpy_helper.to_array(t).copy() for t in g.initializer}
    ctx = ImportContext(_opset(model), consts, _shapes(model))
    ctx.used = {n for node in g.node for n in node.input} | {o.name for o in g.output}
    inputs = _graph_inputs(g, consts, ctx.shapes)
    steps = []
    for node in g.node:
        ctx.node = node
        conv = CONVERTERS.get(node.op_type)
        if conv is None or node.domain not in ("", "ai.onnx"):
            ctx.fail("operator not supported by gvcompile.from_onnx")
        if fold(ctx):  # a shape computation, evaluated now
            continue
        if node.op_type not in ("RNN", "LSTM", "GRU") and \
                any(isinstance(consts.get(n), BatchFill) for n in node.input):
            ctx.fail("a ConstantOfShape with the batch extent is only supported as the zero "
                     "initial state of RNN/LSTM/GRU")
        step = conv(ctx)
        if step is not None:
            steps.append(Step(step, list(node.input), list(node.output)))
    outputs = [o.name for o in g.output]
    if set(outputs) & ctx.masks:
        raise UnsupportedOnnxError(f"ONNX graph outputs {sorted(set(outputs) & ctx.masks)}: "
                                   "boolean outputs are not supported")
    late = [o for o in outputs if isinstance(consts.get(o), BatchFill)]
    if late:
        raise UnsupportedOnnxError(f"ONNX graph outputs {late}: a constant with the batch "
                                   "extent is not supported")
    return inputs, outputs, steps, ctx


def _replay(inputs, outputs, steps, consts):
    from .ops_shape import Unsqueezed

    def value(v, lazy=False):
        return v.materialise() if isinstance(v, Unsqueezed) and not lazy else v

    def onnx_forward(layers, *xs):
        env = dict(consts)
        env.update(zip(inputs, xs))
        for s in steps:
            lazy = getattr(s.fn, "lazy", False)
            vals = s.fn(layers, [value(env[n], lazy) if n else None for n in s.inputs])
            env.update(zip(s.outputs, vals))
        res = tuple(value(env[o]) for o in outputs)
        return res[0] if len(res) == 1 else res
    return onnx_forward


def from_onnx(model) -> GraphContainer:
    """An ONNX model (a path or a ``onnx.ModelProto``) as a GraphContainer whose forward takes
    the graph's inputs in order (batch first) and returns its output (a tuple for several)."""
    model = _load(model)
    inputs, outputs, steps, ctx = build_steps(model)
    gc = GraphContainer(_replay(inputs, outputs, steps, ctx.consts), ctx.layers)
    gc.onnx_inputs, gc.onnx_outputs = inputs, outputs
    testmode(gc)
    return gc
