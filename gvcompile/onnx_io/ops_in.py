"""One converter per ONNX operator: ``conv(ctx) -> step`` where ``step(layers, inputs) ->
outputs``. A converter checks every attribute at import and refuses (``ctx.fail``) what it
cannot compute exactly; the step only calls layers and ``gvcompile.functional``."""

from __future__ import annotations

import numpy as np

from .. import functional as F
from ..ir.types import BATCH
from ..layers import forward
from ..ops.builder import Value
from .ops_window import (
    avg_pool,
    batch_norm,
    conv,
    conv_transpose,
    instance_norm,
    layer_norm,
    max_pool,
    one_d,
)

CONVERTERS = {"Conv": one_d(conv), "ConvTranspose": one_d(conv_transpose),
              "MaxPool": one_d(max_pool), "AveragePool": one_d(avg_pool),
              "BatchNormalization": batch_norm,
              "InstanceNormalization": instance_norm, "LayerNormalization": layer_norm}


def op(name):
    def reg(f):
        CONVERTERS[name] = f
        return f
    return reg


def one_output(ctx, n: int = 1):
    extra = [o for o in ctx.node.output[n:] if o]
    if extra:
        ctx.fail(f"optional outputs {extra} are not supported")


def _float(ctx, *values):
    for v in values:
        dt = v.dtype if isinstance(v, (Value, np.ndarray)) else None
        if dt is not None and np.dtype(dt).kind != "f":
            ctx.fail(f"element type {np.dtype(dt)} is not supported (floating point only)")


def _known_attrs(ctx, allowed=()):
    bad = sorted(set(ctx.attrs()) - set(allowed))
    if bad:
        ctx.fail(f"attributes {bad} are not supported")


# ---- element-wise ------------------------------------------------------------------------------
def _binary(fn):
    def conv(ctx):
        if ctx.opset < 7:
            ctx.fail(f"opset {ctx.opset} < 7 (legacy broadcast attributes) is not supported")
        _known_attrs(ctx)
        for i in (0, 1):
            if ctx.node.input[i] in ctx.consts:
                _float(ctx, ctx.consts[ctx.node.input[i]])

        def step(layers, xs):
            return [fn(xs[0], xs[1])]
        return step
    return conv


for _name, _fn in {"Add": lambda a, b: a + b, "Sub": lambda a, b: a - b,
                   "Mul": lambda a, b: a * b, "Div": lambda a, b: a / b}.items():
    CONVERTERS[_name] = _binary(_fn)


def _unary(fn, allowed=()):
    def conv(ctx):
        _known_attrs(ctx, allowed)
        a = ctx.attrs()

        def step(layers, xs):
            return [fn(xs[0], a)]
        return step
    return conv


CONVERTERS.update({
    "Relu": _unary(lambda x, a: F.relu(x)),
    "Sigmoid": _unary(lambda x, a: F.sigmoid(x)),
    "Tanh": _unary(lambda x, a: F.tanh(x)),
    "LeakyRelu": _unary(lambda x, a: F.leaky_relu(x, a.get("alpha", 0.01)), ("alpha",)),
    "Identity": _unary(lambda x, a: x),
})


@op("Dropout")
def _dropout(ctx):
    """Inference: the identity (the ratio is irrelevant); so is training mode with ratio 0.
    Training mode with a ratio > 0 is refused: its random mask is ONNX's generator's."""
    _known_attrs(ctx, ("ratio", "seed"))
    one_output(ctx)
    if ctx.has(2) and bool(np.asarray(ctx.const(2, "training_mode")).item()):
        ratio = float(np.asarray(ctx.const(1, "ratio")).item()) if ctx.has(1) else 0.5
        if ratio != 0.0:
            ctx.fail(f"training_mode=True with ratio {ratio} is not supported (inference "
                     "only; a random mask)")
    return lambda layers, xs: [xs[0]]


@op("Constant")
def _constant(ctx):
    from onnx import numpy_helper
    a = ctx.attrs()
    if "value" in a:
        v = numpy_helper.to_array(a["value"]).copy()
    elif "value_float" in a or "value_floats" in a:
        v = np.asarray(a.get("value_float", a.get("value_floats")), np.float32)
    elif "value_int" in a or "value_ints" in a:
        v = np.asarray(a.get("value_int", a.get("value_ints")), np.int64)
    else:
        ctx.fail(f"attributes {sorted(a)} are not supported (value, value_float(s), "
                 "value_int(s) only)")
    ctx.consts[ctx.node.output[0]] = v
    return None


# ---- softmax -----------------------------------------------------------------------------------
def _softmax_like(fn):
    def conv(ctx):
        _known_attrs(ctx, ("axis",))
        shape = ctx.shape(0)
        rank = len(shape)
        legacy = ctx.opset < 13
        axis = ctx.attrs().get("axis", 1 if legacy else -1)
        axis = axis + rank if axis < 0 else axis
        if not 0 <= axis < rank:
            ctx.fail(f"axis {axis} out of range for rank {rank}")
        # opset < 13: the input is coerced to 2-D at axis, so the softmax runs over every
        # axis from axis on; opset >= 13: over the one axis
        axes = tuple(range(axis, rank)) if legacy else (axis,)
        ctx.static(0, axes)
        return lambda layers, xs: [fn(xs[0], axes)]
    return conv


CONVERTERS["Softmax"] = _softmax_like(lambda x, axes: F.softmax(x, axes))
CONVERTERS["LogSoftmax"] = _softmax_like(lambda x, axes: F.log_softmax(x, axes))


# ---- shapes ------------------------------------------------------------------------------------
def _batch_symbolic(x) -> bool:
    return isinstance(x, Value) and BATCH in x.shape


@op("Flatten")
def _flatten(ctx):
    _known_attrs(ctx, ("axis",))
    shape = ctx.shape(0)
    rank = len(shape)
    axis = ctx.attrs().get("axis", 1)
    axis = axis + rank if axis < 0 else axis
    if not 0 <= axis <= rank:
        ctx.fail(f"axis {axis} out of range for rank {rank}")
    ctx.static(0, range(axis, rank))
    tail = int(np.prod(shape[axis:]))
    node = ctx.node

    def step(layers, xs):
        x = xs[0]
        if axis == 1:
            return [F.reshape(x, (x.shape[0], tail))]
        if _batch_symbolic(x):
            raise _late(node, f"Flatten(axis={axis}) would merge the batch axis with others")
        return [F.reshape(x, (int(np.prod(x.shape[:axis])), tail))]
    return step


def _late(n, what):
    """An error about node ``n`` (captured when its step was built) found when the traced
    shapes are known (a symbolic batch axis)."""
    from ..errors import UnsupportedOnnxError
    name = n.name or next((o for o in n.output if o), "?")
    return UnsupportedOnnxError(f"ONNX node {name!r} ({n.op_type}): {what}")


@op("Reshape")
def _reshape(ctx):
    _known_attrs(ctx, ("allowzero",))
    target = [d if d == BATCH else int(d) for d in ctx.const(1, "the shape")]
    if ctx.attrs().get("allowzero", 0) and 0 in target:
        ctx.fail("allowzero=1 with a 0 extent is not supported")
    node = ctx.node

    def step(layers, xs):
        x = xs[0]
        shape = [x.shape[i] if d == 0 else d for i, d in enumerate(target)]
        if not _batch_symbolic(x):  # compiled without a batch axis: N is x's extent
            return [F.reshape(x, [-1 if d == BATCH else d for d in shape])]
        rest = int(np.prod([d for d in x.shape if d != BATCH]))
        if shape and shape[0] in (BATCH, -1):
            return [F.reshape(x, [BATCH] + shape[1:])]
        if shape and -1 not in shape[1:] and int(np.prod(shape[1:])) == rest:
            return [F.reshape(x, [BATCH] + shape[1:])]  # the model's fixed batch extent
        raise _late(node, f"shape {target} of {node.input[0]!r} does not keep the batch axis "
                    "alone at axis 0")
    return step


@op("Transpose")
def _transpose(ctx):
    _known_attrs(ctx, ("perm",))
    rank = len(ctx.shape(0))
    perm = tuple(ctx.attrs().get("perm", range(rank - 1, -1, -1)))
    if sorted(perm) != list(range(rank)):
        ctx.fail(f"perm {perm} is not a permutation of {rank} axes")

    # the batch may move (a batch-first sequence made time-major): the compiler handles it or
    # refuses it by name
    return lambda layers, xs: [F.transpose(xs[0], perm)]


@op("Concat")
def _concat(ctx):
    _known_attrs(ctx, ("axis",))
    rank = len(ctx.shape(0))
    axis = ctx.attrs()["axis"]
    axis = axis + rank if axis < 0 else axis
    ctx.static(0, (axis,))
    return lambda layers, xs: [F.concat(xs, axis)]


def _global(fn):
    def conv(ctx):
        _known_attrs(ctx)
        rank = len(ctx.shape(0))
        if rank < 3:
            ctx.fail(f"needs an input of rank >= 3, got rank {rank}")
        axes = tuple(range(2, rank))
        ctx.static(0, axes)
        return lambda layers, xs: [fn(xs[0], axes)]
    return conv


CONVERTERS["GlobalAveragePool"] = _global(lambda x, axes: F.mean(x, axes, keepdims=True))
CONVERTERS["GlobalMaxPool"] = _global(lambda x, axes: F.max(x, axes, keepdims=True))


# ---- matrix products -----------------------------------------------------------------------------
def _fc(ctx, weight: np.ndarray, bias) -> int:
    from ..layers import Fc
    out_f, in_f = weight.shape
    layer = Fc(in_f, out_f, use_bias=bias is not None)
    layer.weight = np.ascontiguousarray(weight)
    if bias is not None:
        layer.bias = np.ascontiguousarray(bias)
    layer._init_gradients()
    return ctx.add_layer(layer)


def _vector_bias(c: np.ndarray, m: int):
    """C as a per-output bias when it broadcasts along the rows (shape (), (1,), (m,), (1, m))."""
    if c.ndim == 0 or (c.ndim == 1 and c.shape[0] in (1, m)) or \
            (c.ndim == 2 and c.shape[0] == 1 and c.shape[1] in (1, m)):
        return np.broadcast_to(c.reshape(-1), (m,)).copy()
    return None


@op("Gemm")
def _gemm(ctx):
    """alpha A' B' + beta C. With B an initializer: an Fc layer with weight alpha B'^T and, when
    C broadcasts along rows, bias beta C (both trainable)."""
    _known_attrs(ctx, ("alpha", "beta", "transA", "transB"))
    a = ctx.attrs()
    alpha, beta = float(a.get("alpha", 1.0)), float(a.get("beta", 1.0))
    ta, tb = int(a.get("transA", 0)), int(a.get("transB", 0))
    node = ctx.node
    if node.input[1] not in ctx.consts:
        def step_mm(layers, xs):
            x = F.transpose(xs[0]) if ta else xs[0]
            y = x @ (F.transpose(xs[1]) if tb else xs[1])
            y = y * alpha if alpha != 1.0 else y
            return [y + beta * xs[2] if len(xs) > 2 and xs[2] is not None else y]
        return step_mm
    b = ctx.consts[node.input[1]]
    _float(ctx, b)
    bt = b if tb else b.T                      # (out, in)
    c = ctx.consts.get(node.input[2]) if ctx.has(2) else None
    bias = _vector_bias(c, bt.shape[0]) if c is not None else None
    dtype = b.dtype
    k = _fc(ctx, (alpha * bt).astype(dtype), None if bias is None else (beta * bias).astype(dtype))
    add_c = ctx.has(2) and bias is None

    def step(layers, xs):
        if ta and _batch_symbolic(xs[0]):
            raise _late(node, "transA=1 on an input with a batch axis")
        x = F.transpose(xs[0]) if ta else xs[0]
        y = forward(layers[k], x)
        return [y + beta * xs[2] if add_c else y]
    return step


@op("MatMul")
def _matmul(ctx):
    """A @ B. B a 2-D initializer: a trainable layer (Fc without bias, weight B^T, for a 2-D A;
    OnnxMatMul otherwise); else the traced matmul; batched and 1-D operands in matmul_in.py."""
    _known_attrs(ctx)
    sa = ctx.shape(0, "A")
    sb = ctx.shape(1, "B")
    b = ctx.consts.get(ctx.node.input[1])
    if len(sa) < 2 or len(sb) != 2:  # batched or 1-D: NumPy's matmul from our ops
        from . import matmul_in
        matmul_in.check(ctx, sa, sb)
        return lambda layers, xs: [matmul_in.matmul(xs[0], xs[1])]
    if b is not None:  # a trainable weight: Fc for (N, in), else x @ W
        _float(ctx, b)
        if len(sa) == 2:
            k = _fc(ctx, b.T.copy(), None)
        else:
            from .layers import OnnxMatMul
            k = ctx.add_layer(OnnxMatMul(b))
        return lambda layers, xs: [forward(layers[k], xs[0])]
    return lambda layers, xs: [xs[0] @ xs[1]]


def _recurrent(ctx):
    from .recurrent import recurrent
    return recurrent(ctx)


CONVERTERS.update({"RNN": _recurrent, "LSTM": _recurrent, "GRU": _recurrent})


def _shape_op(name):
    def conv(ctx):
        from . import ops_shape
        if name in ("Unsqueeze", "Squeeze", "Gather"):
            return getattr(ops_shape, name.lower())(ctx)
        ctx.fail("only on constants and static shapes (evaluated at import)")
    return conv


for _name in ("Shape", "Size", "Gather", "Unsqueeze", "Squeeze", "Slice", "ConstantOfShape",
              "Range"):
    CONVERTERS[_name] = _shape_op(_name)
