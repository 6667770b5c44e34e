"""Model -> ONNX (API.md §8c): the model is traced in test mode (the inference graph, as
``compile`` builds it), and every IR node becomes ONNX nodes (ops_out.py); parameters and
buffers become initializers with their current values. The batch axis of every input (axis 0,
or as ``batch_axis=`` / a ``Spec`` says, as for ``compile``: 1 for a time-major sequence) is
the symbolic "N". Recurrent layers become ONNX RNN/LSTM/GRU nodes computing one call from the
reset (zero) state (rnn_out.py); a layer that carries a state from an earlier call is exported
as if reset, with a warning, and its state is left untouched. Only what reaches the model's
outputs is written (a recurrent layer's state write-back is not). An IR op without an exact
ONNX equivalent raises UnsupportedOnnxError naming it and its layer."""

from __future__ import annotations

import warnings

import numpy as np

from ..errors import UnsupportedOnnxError
from ..ir.types import BATCH, TensorType
from ..layers.api import testmode
from ..layers.recurrent import GRU, LSTM, RNN
from ..spec import _DEFAULT, Spec, batch_axes
from ._onnx import require_onnx
from .ops_out import EMITTERS
from .rnn_out import RNN_OPS, absorbed, emit_recurrent

DEFAULT_OPSET = 19


def _modules(m):
    yield m
    for c in m.children() if hasattr(m, "children") else ():
        yield from _modules(c)


def _in_types(examples, batch_axis) -> list:
    axes = batch_axes(examples, batch_axis, "to_onnx") or (0,) * len(examples)
    out = []
    for x, ax in zip(examples, axes):
        shape, dt = (x.shape, x.dtype) if isinstance(x, Spec) else (np.shape(x),
                                                                    np.asarray(x).dtype)
        if ax is None or not len(shape):
            raise UnsupportedOnnxError("to_onnx: every example input needs a batch axis, got "
                                       f"one of shape {tuple(shape)} without")
        dt = dt if dt.kind == "f" else np.dtype(np.float32)
        out.append(TensorType(tuple(shape[:ax]) + (BATCH,) + tuple(shape[ax + 1:]), dt))
    return out


def _value_info(name: str, t: TensorType):
    from onnx import helper
    from onnx.helper import np_dtype_to_tensor_dtype
    dims = ["N" if d == BATCH else int(d) for d in t.shape]
    return helper.make_tensor_value_info(name, np_dtype_to_tensor_dtype(t.dtype), dims)


def _reset_states(mods) -> list:
    """Reset every recurrent layer for the trace; returns what to put back."""
    saved = []
    for m in mods:
        if not isinstance(m, (RNN, LSTM, GRU)):
            continue
        fields = {f: getattr(m, f) for f in m.buffer_fields}
        if any(np.shape(v)[0] for v in fields.values()):
            warnings.warn(f"to_onnx: the {type(m).__name__} layer carries a state from an "
                          "earlier call; the exported graph starts every call from the reset "
                          "(zero) state, as after reset(layer) (the layer's state is left as "
                          "it is)", stacklevel=3)
        m.reset_state()
        saved.append((m, fields))
    return saved


def _trace(model, types):
    from ..trace.module import trace_module
    mods = list(_modules(model))
    modes = [(m, m.training) for m in mods]
    testmode(model)
    states = _reset_states(mods)
    try:
        return trace_module(model, types)
    finally:
        for m, t in modes:
            m.training = t
        for m, fields in states:
            for f, v in fields.items():
                setattr(m, f, v)


def _live(g) -> set:
    """The nodes the model's outputs depend on."""
    live, stack = set(), [o.node for o in g.outputs if o.role == "output"]
    while stack:
        n = stack.pop()
        if n not in live:
            live.add(n)
            stack.extend(g.inputs(n))
    return live


def _field(layers: dict, binding):
    layer = layers.get(binding.layer_id)
    return np.asarray(getattr(layer, binding.field))


class Emit:
    """The ONNX graph being written: nodes, initializers and fresh value names."""

    def __init__(self, opset: int):
        self.opset, self.nodes, self.inits, self._k = opset, [], [], 0
        self.batch_source, self._batch = None, None  # (input name, axis); its extent (1,)

    def batch_extent(self) -> str:
        """A (1,) int64 tensor holding the run's batch extent, read off an input's shape."""
        if self._batch is None:
            if self.batch_source is None:
                raise UnsupportedOnnxError("to_onnx: a batch extent is needed but no input has "
                                           "a batch axis")
            name, axis = self.batch_source
            shape, self._batch = self.fresh("shape"), self.fresh("batch")
            self.node("Shape", [name], [shape])
            self.node("Slice", [shape, self.const("starts", np.asarray([axis], np.int64)),
                                self.const("ends", np.asarray([axis + 1], np.int64))],
                      [self._batch])
        return self._batch

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


def to_onnx(model, *example_inputs, path, opset=None, batch_axis=_DEFAULT):
    """Write ``model`` as ONNX at ``path`` (checked with onnx.checker); returns ``path``.

    The batch axis of each input (axis 0 unless ``batch_axis=`` or a ``Spec`` says otherwise,
    as for ``compile``) is the symbolic extent "N". Recurrent layers (RNN, LSTM, GRU, either
    layout) become ONNX RNN/LSTM/GRU nodes that compute one call from the reset (zero) state:
    the state our layers carry from call to call is not part of the ONNX graph. A layer whose
    state is not at its reset value is exported as if reset (a warning says so) and keeps its
    state."""
    onnx = require_onnx()
    from onnx import helper
    opset = DEFAULT_OPSET if opset is None else int(opset)
    if opset < 13:
        raise UnsupportedOnnxError(f"to_onnx: opset {opset} < 13 is not supported")
    g = _trace(model, _in_types(example_inputs, batch_axis))
    layers = {id(m): m for m in _modules(model)}
    live = _live(g)
    skip = absorbed(g, live)
    e = Emit(opset)
    names, inputs = {}, []
    for nid in g.topo_order():
        nd = g.node(nid)
        name = names[nid] = nd["name"]
        op = nd["op"]
        if op == "input":
            inputs.append(_value_info(name, nd["type"]))
            if BATCH in nd["type"].shape and e.batch_source is None:
                e.batch_source = (name, nd["type"].shape.index(BATCH))
        elif nid not in live or nid in skip:
            continue
        elif op in RNN_OPS:
            emit_recurrent(e, g, nid, live, names,
                           lambda p: _field(layers, g.node(p)["binding"]).astype(
                               g.type(p).dtype))
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
