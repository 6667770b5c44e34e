"""Model -> ONNX (API.md §8c): the model is traced in test mode (the inference graph, as
``compile`` builds it), and every IR node becomes ONNX nodes (ops_out.py); parameters and
buffers become initializers with their current values. Axis 0 of every input is the symbolic
batch "N". An IR op without an exact ONNX equivalent raises UnsupportedOnnxError naming it and
its layer."""

from __future__ import annotations

import numpy as np

from ..errors import UnsupportedOnnxError
from ..ir.types import BATCH, TensorType
from ..layers.api import testmode
from ._onnx import require_onnx
from .ops_out import EMITTERS

DEFAULT_OPSET = 19


def _modules(m):
    yield m
    for c in m.children() if hasattr(m, "children") else ():
        yield from _modules(c)


def _in_type(x) -> TensorType:
    a = np.asarray(x)
    if a.ndim == 0:
        raise UnsupportedOnnxError("to_onnx: example inputs need a batch axis 0, got a scalar")
    dt = a.dtype if a.dtype.kind == "f" else np.dtype(np.float32)
    return TensorType((BATCH,) + tuple(a.shape[1:]), dt)


def _value_info(name: str, t: TensorType):
    from onnx import helper
    from onnx.helper import np_dtype_to_tensor_dtype
    dims = ["N" if d == BATCH else int(d) for d in t.shape]
    return helper.make_tensor_value_info(name, np_dtype_to_tensor_dtype(t.dtype), dims)


def _trace(model, examples):
    from ..trace.module import trace_module
    modes = [(m, m.training) for m in _modules(model)]
    testmode(model)
    try:
        return trace_module(model, [_in_type(x) for x in examples])
    finally:
        for m, t in modes:
            m.training = t


def _field(layers: dict, binding):
    layer = layers.get(binding.layer_id)
    return np.asarray(getattr(layer, binding.field))


class Emit:
    """The ONNX graph being written: nodes, initializers and fresh value names."""

    def __init__(self, opset: int):
        self.opset, self.nodes, self.inits, self._k = opset, [], [], 0

    def fresh(self, base: str) -> str:
        self._k += 1
        return f"{base}__{self._k}"

    def node(self, op: str, inputs, outputs, **attrs):
        from onnx import helper
        self.nodes.append(helper.make_node(op, list(inputs), list(outputs),
                                           name=self.fresh(op), **attrs))

    def init(self, name: str, value) -> str:
        from onnx import numpy_helper
        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def const(self, base: str, value) -> str:
        return self.init(self.fresh(base), value)


def to_onnx(model, *example_inputs, path, opset=None):
    """Write ``model`` as ONNX at ``path`` (checked with onnx.checker); returns ``path``."""
    onnx = require_onnx()
    from onnx import helper
    opset = DEFAULT_OPSET if opset is None else int(opset)
    if opset < 13:
        raise UnsupportedOnnxError(f"to_onnx: opset {opset} < 13 is not supported")
    g = _trace(model, example_inputs)
    layers = {id(m): m for m in _modules(model)}
    e = Emit(opset)
    names, inputs = {}, []
    for nid in g.topo_order():
        nd = g.node(nid)
        name = names[nid] = nd["name"]
        op = nd["op"]
        if op == "input":
            inputs.append(_value_info(name, nd["type"]))
        elif op in ("param", "buffer"):
            e.init(name, _field(layers, nd["binding"]).astype(nd["type"].dtype))
        elif op == "const":
            e.init(name, np.asarray(nd["attrs"]["value"], nd["type"].dtype))
        elif op in EMITTERS:
            EMITTERS[op](e, [names[i] for i in nd["inputs"]], name, nd["attrs"],
                         [g.type(i) for i in nd["inputs"]], nd["type"])
        else:
            raise UnsupportedOnnxError(f"to_onnx: {nd.get('src') or 'model'}: IR op {op!r} has "
                                       "no ONNX mapping")
    outputs = []
    for k, o in enumerate(x for x in g.outputs if x.role == "output"):
        out = f"output_{k}"
        e.node("Identity", [names[o.node]], [out])
        outputs.append(_value_info(out, g.type(o.node)))
    graph = helper.make_graph(e.nodes, type(model).__name__, inputs, outputs, e.inits)
    proto = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)],
                              producer_name="gvcompile")
    proto.ir_version = min(proto.ir_version, 9)
    onnx.checker.check_model(proto, full_check=True)
    onnx.save(proto, str(path))
    return path
