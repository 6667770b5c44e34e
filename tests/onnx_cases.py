"""ONNX's own backend node test cases, built in memory from the ``onnx`` wheel (its
``onnx.backend.test.case.node`` modules compute every case's inputs and expected outputs with
NumPy when imported; the wheel ships no data files), and the adapter that runs one case
through ``gvcompile.from_onnx`` + ``gvcompile.compile``."""

from __future__ import annotations

import importlib

import numpy as np

# ONNX test modules (onnx/backend/test/case/node/<module>.py) of the operators we import
MODULES = ["conv", "convtranspose", "maxpool", "averagepool", "globalaveragepool",
           "globalmaxpool", "batch_normalization", "gemm", "matmul", "add", "sub", "mul", "div",
           "relu",
           "leakyrelu", "sigmoid", "tanh", "softmax", "logsoftmax", "flatten", "reshape",
           "transpose", "concat", "dropout", "identity", "layernormalization",
           "instance_normalization", "lstm", "gru", "rnn"]

# inputs the importer needs as initializers (weights, statistics, a Reshape's shape): in the
# node tests they are graph inputs, so the adapter turns them into initializers
PARAM_SLOTS = {"Conv": (1, 2), "ConvTranspose": (1, 2), "BatchNormalization": (1, 2, 3, 4),
               "InstanceNormalization": (1, 2), "LayerNormalization": (1, 2), "Gemm": (1, 2),
               "Reshape": (1,), "Dropout": (1, 2), "LSTM": (1, 2, 3), "GRU": (1, 2, 3),
               "RNN": (1, 2, 3)}


def collect() -> dict:
    """name -> onnx TestCase for every case of MODULES."""
    from onnx.backend.test.case import node
    node.collect_testcases  # noqa: B018  (sets up the module's case list)
    for m in MODULES:
        importlib.import_module(f"onnx.backend.test.case.node.{m}")
    return {c.name: c for c in node._NodeTestCases}


def bake(model, inputs):
    """(model, remaining inputs): graph inputs feeding a parameter slot become initializers."""
    import onnx
    from onnx import numpy_helper
    model = onnx.ModelProto.FromString(model.SerializeToString())
    g = model.graph
    names = [vi.name for vi in g.input if vi.name not in {t.name for t in g.initializer}]
    values = dict(zip(names, inputs))
    slots = {n.input[i] for n in g.node for i in PARAM_SLOTS.get(n.op_type, ())
             if i < len(n.input) and n.input[i]}
    for name in [n for n in names if n in slots]:
        g.initializer.append(numpy_helper.from_array(np.asarray(values[name]), name))
    keep = [vi for vi in g.input if vi.name not in slots]
    del g.input[:]
    g.input.extend(keep)
    return model, [values[vi.name] for vi in keep if vi.name in values]


def run_case(case, target: str):
    """(expected outputs, our outputs) of one case's first data set."""
    import gvcompile
    inputs, expected = case.data_sets[0]
    model, rest = bake(case.model, list(inputs))
    gc = gvcompile.from_onnx(model)
    rest = [np.asarray(x) for x in rest]
    cm = gvcompile.compile(gc, *rest, target=target, batch_axis=None)
    got = cm(*rest)
    got = list(got) if isinstance(got, tuple) else [got]
    expected = [np.asarray(e) for e in expected]
    # a compiled model returns a 0-d result as a Python float (exact for float32): back to the
    # graph output's element type, as an ONNX backend hands out arrays
    return expected, [np.asarray(g, e.dtype) if isinstance(g, float) else np.asarray(g)
                      for e, g in zip(expected, got)]
