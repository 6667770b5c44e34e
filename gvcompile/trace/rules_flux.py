"""Tracing rules of the Flux layer set (API.md §4): recurrent layers, normalisation, dropout,
and the small structural layers (Chain, Dense, SkipConnection, Maxout, Flatten, global pools)."""

from __future__ import annotations

import numpy as np

from ..errors import ShapeError, TraceError
from ..ir.binding import FieldRef
from ..ir.types import BATCH, show_shape
from ..layers.dropout import (
    DROPOUT_STREAM,
    SELU_ALPHA,
    SELU_LAMBDA,
    AlphaDropout,
    Dropout,
    mask_shape,
)
from ..layers.flux import (
    Dense,
    Flatten,
    GlobalMaxPool,
    GlobalMeanPool,
    Maxout,
    SkipConnection,
)
from ..layers.norm import GroupNorm, InstanceNorm, LayerNorm
from ..layers.recurrent import GRU, LSTM, RNN
from .context import trace_rule
from .rules_basic import expect_dtype, expect_input, linear, one_input

# ---- recurrent ------------------------------------------------------------------------------


def _initial_state(ctx, m, field, batch, path):
    """The state entering this call: zeros if fresh (shape (0, H)), else the state buffer."""
    b = ctx.b
    st = getattr(m, field)
    hid = m.out_features
    if st.shape[0] == 0:
        return b.emit("broadcast_to", b.const(np.zeros((), m.weight_ih.dtype)),
                      shape=(batch, hid))
    if batch == BATCH and st.shape[1:] == (hid,):
        # the batch varies from call to call: the carried state's batch must equal the input's
        # at run time (checked when the arguments are bound), and the program serves any N
        return ctx.buffer(m, field, path, shape=(BATCH, hid))
    if tuple(st.shape) != (batch, hid):
        raise ShapeError(f"{b.src}: the {field} has batch size {st.shape[0]} from the previous "
                         f"call, got a batch of {batch}: call reset(layer) before changing the "
                         "batch size")
    return ctx.buffer(m, field, path)


@trace_rule(RNN)
@trace_rule(LSTM)
@trace_rule(GRU)
def _recurrent(ctx, m, inputs, path):
    """One sequence op for the whole input (never unrolled); the final states are written back
    to the layer's buffers, with no gradient (the call boundary stops it)."""
    b = ctx.b
    x = one_input(b, inputs)
    expect_input(b, x, x.ndim == 3 and x.shape[2] == m.in_features,
                 f"(N, T, {m.in_features})" if m.batch_first else f"(T, N, {m.in_features})")
    if m.batch_first:  # the kernels run time-major; the batch may stand on either axis
        x = b.emit("transpose", x, perm=(1, 0, 2))
    w_ih = ctx.param(m, "weight_ih", path)
    expect_dtype(b, x, w_ih.dtype)
    states = [_initial_state(ctx, m, f, x.shape[1], path) for f in m.buffer_fields]
    packed = b.emit(m.op, x, *states, w_ih, ctx.param(m, "weight_hh", path),
                    ctx.param(m, "bias", path), **m.op_attrs())
    hid = m.out_features
    y = b.emit("slice", packed, axis=2, start=0, stop=hid)
    ctx.update_state(m, "hidden_state", path, b.emit("seq_index", y, index=-1))
    if isinstance(m, LSTM):
        c = b.emit("slice", packed, axis=2, start=2 * hid, stop=3 * hid)
        ctx.update_state(m, "cell_state", path, b.emit("seq_index", c, index=-1))
    return b.emit("transpose", y, perm=(1, 0, 2)) if m.batch_first else y


# ---- structural layers --------------------------------------------------------------------


@trace_rule(Dense)
def _dense(ctx, m, inputs, path):
    """As Fc, on (..., in) (Flux's Dense applies to the leading axis of any array, which is the
    last NumPy axis): y = x W^T + b."""
    x = one_input(ctx.b, inputs)
    expect_input(ctx.b, x, x.ndim >= 2 and x.shape[-1] == m.in_features,
                 f"(N, ..., {m.in_features})")
    return linear(ctx, m, x, path)


@trace_rule(Flatten)
def _flatten(ctx, m, inputs, path):
    b = ctx.b
    x = one_input(b, inputs)
    expect_input(b, x, x.ndim >= 1, "(N, ...)")
    return b.emit("reshape", x, shape=(x.shape[0], int(np.prod(x.shape[1:], dtype=np.int64))))


def _global_pool(op):
    def rule(ctx, m, inputs, path):
        b = ctx.b
        x = one_input(b, inputs)
        expect_input(b, x, x.ndim >= 3, "(N, C, H, W)")
        return b.emit(op, x, axes=tuple(range(2, x.ndim)), keepdims=True)

    return rule


trace_rule(GlobalMeanPool)(_global_pool("reduce_mean"))


@trace_rule(GlobalMaxPool)
def _global_max_pool(ctx, m, inputs, path):
    """Images: a 1x1 adaptive max pool, whose gradient goes to the first maximum of a window
    (API.md §0: ties as MaxPool); other ranks: reduce_max over the trailing axes."""
    x = one_input(ctx.b, inputs)
    if x.ndim == 4:
        return ctx.b.emit("adaptive_max_pool2d", x, output_size=(1, 1))
    return _global_pool("reduce_max")(ctx, m, inputs, path)


@trace_rule(SkipConnection)
def _skip(ctx, m, inputs, path):
    """connection(layer(x), x): "+" adds, "concat" joins along axis 1, a callable is traced."""
    b = ctx.b
    x = one_input(b, inputs)
    y = ctx.call(m.layer, [x], f"{path}[0]")
    if m.connection == "+":
        if tuple(y.shape) != tuple(x.shape):
            raise ShapeError(f"{b.src}: connection '+' needs the layer to keep the shape "
                             f"{show_shape(x.shape, b.batch_hint)}, got "
                             f"{show_shape(y.shape, b.batch_hint)}")
        return y + x
    if m.connection == "concat":
        if y.ndim != x.ndim or y.ndim < 2 or y.shape[0] != x.shape[0] or \
                y.shape[2:] != x.shape[2:]:
            raise ShapeError(f"{b.src}: connection 'concat' joins along axis 1; shapes "
                             f"{show_shape(y.shape, b.batch_hint)} and "
                             f"{show_shape(x.shape, b.batch_hint)} do not fit")
        return b.emit("concat", y, x, axis=1)
    out = m.connection(y, x)
    if isinstance(out, (tuple, list)):
        raise TraceError(f"{b.src}: the connection must return one value")
    return b.lift(out, like=x)


@trace_rule(Maxout)
def _maxout(ctx, m, inputs, path):
    """max(layer_1(x), ..., layer_k(x)) element-wise (ties split the gradient, as maximum)."""
    b = ctx.b
    x = one_input(b, inputs)
    out = None
    for i, layer in enumerate(m.layer_stack):
        y = ctx.call(layer, [x], f"{path}[{i}]")
        if out is not None and tuple(y.shape) != tuple(out.shape):
            raise ShapeError(f"{b.src}: the layers' outputs differ in shape: "
                             f"{show_shape(out.shape, b.batch_hint)} and "
                             f"{show_shape(y.shape, b.batch_hint)}")
        out = y if out is None else b.emit("maximum", out, y)
    return out


# ---- normalisation ------------------------------------------------------------------------


def _moments(b, x, axes):
    """Centred x and the biased variance over ``axes`` (kept as size-1 axes)."""
    xc = x - b.emit("reduce_mean", x, axes=axes, keepdims=True)
    return xc, b.emit("reduce_mean", xc * xc, axes=axes, keepdims=True)


@trace_rule(LayerNorm)
def _layer_norm(ctx, m, inputs, path):
    """y = (x - mean) / sqrt(var + eps) * w + b over the trailing normalized_shape axes."""
    b = ctx.b
    x = one_input(b, inputs)
    k = len(m.normalized_shape)
    expect_input(b, x, x.ndim > k and tuple(x.shape[-k:]) == m.normalized_shape,
                 f"(N, ..., {', '.join(map(str, m.normalized_shape))})")
    xc, var = _moments(b, x, tuple(range(x.ndim - k, x.ndim)))
    y = xc * b.emit("rsqrt", var + m.epsilon)
    if m.affine:
        expect_dtype(b, x, m.weight.dtype)
        y = y * ctx.param(m, "weight", path) + ctx.param(m, "bias", path)
    return y


def _track(ctx, m, path, mean, var, count, stats):
    """running = (1 - momentum) running + momentum * batch-mean of the per-sample statistics
    (variance made unbiased by count / (count - 1))."""
    b, mom = ctx.b, m.momentum
    unbias = count / (count - 1.0) if count > 1 else 1.0
    bmean = b.emit("reshape", b.emit("reduce_mean", mean, axes=(0,), keepdims=False),
                   shape=(stats,))
    bvar = b.emit("reshape", b.emit("reduce_mean", var, axes=(0,), keepdims=False),
                  shape=(stats,)) * unbias
    rm, rv = ctx.buffer(m, "running_mean", path), ctx.buffer(m, "running_variance", path)
    ctx.update_state(m, "running_mean", path, rm * (1.0 - mom) + bmean * mom)
    ctx.update_state(m, "running_variance", path, rv * (1.0 - mom) + bvar * mom)


def _channel_norm(ctx, m, x, path, xs, stats):
    """Normalise ``xs`` (x reshaped so axis 1 indexes the ``stats`` statistics) over its axes
    2.., with batch or running statistics; returns the normalised xs."""
    b = ctx.b
    axes = tuple(range(2, xs.ndim))
    sshape = (1, stats) + (1,) * (xs.ndim - 2)
    if m.training or not m.track_running_stats:
        mean = b.emit("reduce_mean", xs, axes=axes, keepdims=True)
        xc = xs - mean
        var = b.emit("reduce_mean", xc * xc, axes=axes, keepdims=True)
        if m.training and m.track_running_stats:
            count = int(np.prod([xs.shape[a] for a in axes], dtype=np.int64))
            _track(ctx, m, path, mean, var, count, stats)
    else:
        xc = xs - b.emit("reshape", ctx.buffer(m, "running_mean", path), shape=sshape)
        var = b.emit("reshape", ctx.buffer(m, "running_variance", path), shape=sshape)
    return xc * b.emit("rsqrt", var + m.epsilon)


def _affine(ctx, m, path, y):
    if not m.affine:
        return y
    b = ctx.b
    cshape = (1, y.shape[1]) + (1,) * (y.ndim - 2)
    w = b.emit("reshape", ctx.param(m, "weight", path), shape=cshape)
    return y * w + b.emit("reshape", ctx.param(m, "bias", path), shape=cshape)


@trace_rule(InstanceNorm)
def _instance_norm(ctx, m, inputs, path):
    b = ctx.b
    x = one_input(b, inputs)
    c = m.num_features
    expect_input(b, x, x.ndim >= 3 and x.shape[1] == c, f"(N, {c}, H, W) or (N, {c}, L)")
    if m.affine or m.track_running_stats:
        expect_dtype(b, x, (m.weight if m.affine else m.running_mean).dtype)
    if m.training and int(np.prod(x.shape[2:])) == 1:
        raise ShapeError(f"{b.src}: expected more than 1 spatial element in train mode, got "
                         f"{show_shape(x.shape, b.batch_hint)} (as PyTorch)")
    return _affine(ctx, m, path, _channel_norm(ctx, m, x, path, x, c))


@trace_rule(GroupNorm)
def _group_norm(ctx, m, inputs, path):
    b = ctx.b
    x = one_input(b, inputs)
    c, g = m.num_channels, m.num_groups
    expect_input(b, x, x.ndim >= 2 and x.shape[1] == c, f"(N, {c}, ...)")
    if m.affine or m.track_running_stats:
        expect_dtype(b, x, (m.weight if m.affine else m.running_mean).dtype)
    xs = b.emit("reshape", x, shape=(x.shape[0], g, c // g) + tuple(x.shape[2:]))
    y = b.emit("reshape", _channel_norm(ctx, m, x, path, xs, g), shape=tuple(x.shape))
    return _affine(ctx, m, path, y)


# ---- dropout ------------------------------------------------------------------------------


def _uniform(ctx, x, shape):
    """Uniform [0, 1) numbers from the process-wide generator state; the graph advances the
    state's call counter once, however many dropouts it holds (each gets its own stream)."""
    b = ctx.b
    ref = FieldRef.of("buffer", "rng", DROPOUT_STREAM, "state")
    state = b.field(ref, "rng_state")
    if not any(r == ref for r, _ in ctx.state_updates):
        ctx.state_updates.append((ref, b.emit("rng_advance", state)))
    stream = sum(1 for n in b.graph.g.nodes if b.graph.op(n) == "philox_uniform")
    return b.emit("philox_uniform", state, shape=tuple(shape), stream=stream,
                  dtype=x.dtype.name)


def dropout_value(ctx, x, p: float, dims=None):
    """x * (u >= p) / (1 - p), u uniform with the mask's shape (broadcast over axes not in
    dims); p = 1 gives zeros, as Flux and PyTorch."""
    b = ctx.b
    if x.dtype.kind != "f":
        raise TraceError(f"{b.src}: dropout needs a float input, got {x.dtype.name}")
    if p == 0.0:
        return x
    if p == 1.0:
        return x * 0.0
    try:
        shape = mask_shape(x.shape, dims, b.src or "dropout")
    except ValueError as e:
        raise ShapeError(str(e)) from None
    keep = b.emit("ge", _uniform(ctx, x, shape), b.const(np.asarray(p, x.dtype)))
    return x * (keep * (1.0 / (1.0 - p)))


@trace_rule(Dropout)
def _dropout(ctx, m, inputs, path):
    x = one_input(ctx.b, inputs)
    return dropout_value(ctx, x, m.p, m.dims) if m.training else x


@trace_rule(AlphaDropout)
def _alpha_dropout(ctx, m, inputs, path):
    """x~ = x where kept, α' = -λα where dropped; y = A x~ + B, A = ((1-p)(1+p α'²))^-1/2,
    B = -A α' p (mean 0 and variance 1 are kept for standard-normal input)."""
    b = ctx.b
    x = one_input(b, inputs)
    p = m.p
    if not m.training or p == 0.0:
        return x
    if p == 1.0:
        return x * 0.0
    ap = -SELU_LAMBDA * SELU_ALPHA
    a = 1.0 / np.sqrt((1.0 - p) * (1.0 + p * ap * ap))
    keep = b.emit("ge", _uniform(ctx, x, x.shape), b.const(np.asarray(p, x.dtype)))
    return x * (keep * a) + ((1.0 - keep) * (a * ap) + (-a * ap * p))
