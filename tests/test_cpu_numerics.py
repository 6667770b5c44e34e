"""target="cpu" keeps IEEE semantics and the oracle's rounding: NaN/inf through relu, max/min,
reductions, pools and powers as the interpreter (and PyTorch); dropout masks and scalings bit
for bit; a clear LoweringError for sizes quadratic in N; GV_VALIDATE=1 through the public API."""

from __future__ import annotations

import warnings

import llvmlite.binding as llvm
import numpy as np
import pytest

import gvcompile
import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.errors import LoweringError
from gvcompile.functional import sum as fsum
from gvcompile.functional import transpose
from gvcompile.interp import run_graph
from gvcompile.layers import (
    AlphaDropout,
    Dense,
    Dropout,
    Fc,
    GraphContainer,
    SequentialContainer,
    zero_gradients,
)
from gvcompile.llvm import scalar_ops
from gvcompile.llvm.validate import ValidationError
from gvcompile.ops import OPS
from gvcompile.targets import get_backend
from gvcompile.testing import op_graph, vjp_graph

nan, inf = np.nan, np.inf
DTYPES = pytest.mark.parametrize("dt", [np.float32, np.float64], ids=["f32", "f64"])
SPECIALS = np.array([nan, inf, -inf, 0.0, -0.0, 1e-30, -1e-30, 1.0, -1.0, 0.5, 2.0, 88.0,
                     -88.0, 100.0, -100.0, 1e30, -1e30])


@pytest.fixture(autouse=True)
def _quiet():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        yield


def _both(g, args):
    want = run_graph(g, args)
    got = get_backend("cpu").build(g)(args)
    return want, got


def _same(g, args, exact=True):
    """cpu == interp, NaN where NaN, inf where inf (exact, or to float rounding)."""
    want, got = _both(g, args)
    for w, x in zip(want, got, strict=True):
        assert x.dtype == w.dtype and x.shape == w.shape
        if exact:
            np.testing.assert_array_equal(x, w)
        else:
            np.testing.assert_allclose(x, w, rtol=1e-6 if w.dtype == np.float32 else 1e-13)


def _op(op, inputs, attrs, exact=True):
    _same(op_graph(op, inputs, attrs), inputs, exact)


def _vjp(op, inputs, attrs, exact=True):
    g = vjp_graph(op, inputs, attrs, [0])
    y = run_graph(op_graph(op, inputs, attrs), inputs)[0]
    seed = np.linspace(0.5, 1.5, y.size).reshape(y.shape).astype(y.dtype)
    _same(g, inputs + [seed], exact)


# ---- NaN through max, relu, reductions, pools -------------------------------------------------


@DTYPES
def test_relu_maximum_minimum_propagate_nan(dt):
    x = SPECIALS.astype(dt)[None, :]
    y = x[:, ::-1].copy()
    for op, ins in [("relu", [x]), ("maximum", [x, y]), ("minimum", [x, y]),
                    ("maximum", [y, x]), ("minimum", [y, x])]:
        _op(op, ins, {})
    assert np.isnan(get_backend("cpu").build(op_graph("relu", [x], {}))([x])[0][0, 0])


@DTYPES
@pytest.mark.parametrize("axes", [(1,), (0,), (0, 1)])
def test_reduce_max_propagates_nan_and_its_gradient_agrees(dt, axes):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((6, 301)).astype(dt)  # long rows: the vectorised reduction's lanes
    x[1, 0] = nan
    x[2, 300] = nan
    x[3, 77] = nan
    x[4, 150] = inf
    x[5, :] = -inf
    for keep in (False, True):
        _op("reduce_max", [x], {"axes": axes, "keepdims": keep})
    _vjp("reduce_max", [x], {"axes": axes, "keepdims": False})


def test_softmax_of_a_row_with_nan_is_nan():
    x = np.random.default_rng(1).standard_normal((3, 40)).astype(np.float32)
    x[1, 17] = nan
    want, got = _both(op_graph("softmax", [x], {"axes": (1,)}), [x])
    assert np.isnan(got[0][1]).all() and np.isfinite(got[0][[0, 2]]).all()
    np.testing.assert_allclose(got[0], want[0], rtol=1e-5, atol=1e-7)


@DTYPES
@pytest.mark.parametrize("attrs", [{"kernel_size": (2, 2)},
                                   {"kernel_size": (3, 2), "stride": (2, 1), "padding": (1, 1),
                                    "dilation": (1, 2)}])
def test_max_pool_propagates_nan(dt, attrs):
    x = np.random.default_rng(2).standard_normal((2, 3, 7, 8)).astype(dt)
    x[0, 0, 0, 0] = nan
    x[1, 2, 3, 5] = nan
    x[0, 1, 6, 7] = inf
    x[1, 1, 2:5, 2:6] = -inf
    y = run_graph(op_graph("max_pool2d", [x], attrs), [x])[0]
    assert np.isnan(y).any()
    _op("max_pool2d", [x], attrs)


@pytest.mark.parametrize("out", [(2, 2), (3, 5)])  # even windows (a pool) and uneven ones
def test_adaptive_max_pool_propagates_nan(out):
    x = np.random.default_rng(3).standard_normal((2, 2, 6, 7)).astype(np.float32)
    x[0, 1, 2, 3] = nan
    x[1, 0, 5, 6] = nan
    _op("adaptive_max_pool2d", [x], {"output_size": out})


@DTYPES
@pytest.mark.parametrize("attrs", [{"kernel_size": (2, 2)},
                                   {"kernel_size": (3, 3), "stride": (1, 2), "padding": (1, 0)},
                                   {"kernel_size": (2, 3), "stride": (1, 1), "dilation": (2, 1)}])
def test_max_pool_gradient_goes_to_the_last_nan_of_a_window(dt, attrs):
    """As the reference and PyTorch (``val > max || isnan(val)``): the last NaN takes ct;
    windows without NaN keep the first maximum."""
    x = np.round(np.random.default_rng(9).standard_normal((2, 2, 6, 7)), 1).astype(dt)
    x[0, 0, 0, 0] = x[0, 0, 1, 1] = x[0, 0, 1, 2] = x[0, 0, 2, 1] = nan
    x[1, 1, 4, 5] = nan
    x[1, 0, 2:4, 2:4] = 5.0  # ties
    ct = np.random.default_rng(10).standard_normal(
        run_graph(op_graph("max_pool2d", [x], attrs), [x])[0].shape).astype(dt)
    _op("max_pool2d_grad", [x, ct], attrs)
    _vjp("max_pool2d", [x], attrs)


@pytest.mark.parametrize("out", [(2, 2), (3, 5)])
def test_adaptive_max_pool_gradient_with_nan(out):
    x = np.round(np.random.default_rng(11).standard_normal((2, 2, 6, 7)), 1).astype(np.float32)
    x[0, 1, 2, 3] = x[0, 1, 2, 4] = nan
    x[1, 0, 5, 6] = nan
    _vjp("adaptive_max_pool2d", [x], {"output_size": out})


# ---- powers at 0 and inf ------------------------------------------------------------------------


@DTYPES
def test_inverse_square_root_at_zero_and_inf(dt):
    x = np.array([[0.0, -0.0, inf, 4.0, 1e-30, 0.25, 1.0, 2.0, 3.0, -inf, -1.0, nan]], dt)
    y = get_backend("cpu").build(op_graph("pow_scalar", [x], {"exponent": -0.5}))([x])[0]
    assert y[0, 0] == inf and y[0, 2] == 0.0 and y[0, 3] == 0.5
    for op, attrs in [("pow_scalar", {"exponent": -0.5}), ("pow_scalar", {"exponent": 0.5}),
                      ("pow_scalar", {"exponent": -1.5}), ("rsqrt", {}), ("sqrt", {})]:
        _op(op, [x], attrs, exact=False)
        _vjp(op, [x], attrs, exact=False)


@DTYPES
def test_gradients_of_square_roots_at_zero_are_infinite(dt):
    x = np.array([[0.0, 1.0, 4.0]], dt)
    for exponent, sign in [(0.5, 1), (-0.5, -1)]:
        g = vjp_graph("pow_scalar", [x], {"exponent": exponent}, [0])
        dx = get_backend("cpu").build(g)([x, np.ones_like(x)])[1]
        assert dx[0, 0] == sign * inf


# ---- every element-wise body at special values ---------------------------------------------------

# The body differs from the reference at special values (not a codegen matter: the op's
# ``scalar`` lives in gvcompile/ops).
BODY_DIFFERS = {
    "sign": "body gt(x, 0) - lt(x, 0) gives sign(nan) = 0 (np.sign: nan)",
    "log_sigmoid": "body log(1 + e) instead of log1p(e): 0 instead of -6e-39 at x = 88",
}
ELEMENTWISE = sorted(op for op, o in OPS.items()
                     if o.kind == "elementwise" and o.scalar is not None and o.arity in (1, 2)
                     and op not in BODY_DIFFERS)
ATTRS = {"pow_scalar": {"exponent": -0.5}, "leaky_relu": {"slope": 0.01}}


@pytest.mark.parametrize("op", ELEMENTWISE)
def test_elementwise_bodies_at_special_values(op):
    x = SPECIALS.astype(np.float32)[None, :]
    ins = [x] if OPS[op].arity == 1 else [x, x[:, ::-1].copy()]
    want, got = _both(op_graph(op, ins, ATTRS.get(op, {})), ins)
    np.testing.assert_allclose(got[0], want[0], rtol=2e-6, atol=1e-37, err_msg=op)


# ---- dropout: bit for bit ------------------------------------------------------------------------


def _dropout_outputs(make, x, target):
    gvcompile.manual_seed(11)
    cm = gvcompile.compile(SequentialContainer([make()]), x, target=target)
    y1, y2 = cm(x), cm(x[:3])
    zero_gradients(cm)
    return y1, y2, cm.backward(np.full_like(y2, 1.7))


DROPOUTS = {"alpha": lambda: AlphaDropout(0.3), "dropout": lambda: Dropout(0.37),
            "dims": lambda: Dropout(0.2, dims=1), "alpha_high_p": lambda: AlphaDropout(0.85)}


@DTYPES
@pytest.mark.parametrize("shape", [(5, 4, 9), (7, 13), (3, 1, 5, 3)])
@pytest.mark.parametrize("kind", sorted(DROPOUTS))
def test_dropout_is_bit_identical_to_the_interpreter(kind, shape, dt):
    x = np.random.default_rng(4).standard_normal(shape).astype(dt)
    want = _dropout_outputs(DROPOUTS[kind], x, "interp")
    got = _dropout_outputs(DROPOUTS[kind], x, "cpu")
    for w, g in zip(want, got, strict=True):
        assert g.dtype == w.dtype
        np.testing.assert_array_equal(g.view(np.uint8), w.view(np.uint8))


@pytest.mark.skipif("+fma" not in llvm.get_host_cpu_features().flatten(), reason="no FMA")
def test_contraction_would_break_alpha_dropout(monkeypatch):
    """The bit-identity test above can fail: with ``contract`` on the element-wise arithmetic,
    A*x + B becomes one FMA and some values move by an ULP."""
    x = np.random.default_rng(4).standard_normal((5, 4, 9)).astype(np.float32)
    want = _dropout_outputs(DROPOUTS["alpha"], x, "interp")[0]
    monkeypatch.setattr(scalar_ops, "ARITH", ("contract",))
    got = _dropout_outputs(DROPOUTS["alpha"], x, "cpu")[0]
    np.testing.assert_allclose(got, want, rtol=1e-6)
    assert (got != want).any()


# ---- sizes quadratic in N ------------------------------------------------------------------------


def test_sizes_quadratic_in_the_batch_raise_a_lowering_error():
    g = GraphContainer(lambda L, v: fsum(v @ transpose(v), 1), [])
    x = np.random.default_rng(5).standard_normal((4, 3)).astype(np.float32)
    want = (x @ x.T).sum(1)
    np.testing.assert_allclose(gvcompile.compile(g, x, target="interp")(x).ravel(),
                               want.ravel(), rtol=1e-5)
    with pytest.raises(LoweringError, match=r"model \(GraphContainer\): %\w+ = matmul has shape "
                                            r"\(N, N\).*linear in the batch extent N"):
        gvcompile.compile(g, x, target="cpu")(x)


# ---- GV_VALIDATE=1 -------------------------------------------------------------------------------


def _mlp():
    gvcompile.manual_seed(0)
    return SequentialContainer([Fc(5, 7, activation_function="relu"),
                                Fc(7, 3, activation_function="tanh")])


def test_gv_validate_passes_agreeing_code_and_train_steps(monkeypatch):
    monkeypatch.setenv("GV_VALIDATE", "1")
    x = np.random.default_rng(6).standard_normal((4, 5)).astype(np.float32)
    cm = gvcompile.compile(_mlp(), x, target="cpu")
    ref = gvcompile.compile(_mlp(), x, target="interp")
    np.testing.assert_allclose(cm(x), ref(x), rtol=1e-5, atol=1e-6)
    g = np.ones((4, 3), np.float32)
    np.testing.assert_allclose(cm.backward(g), ref.backward(g), rtol=1e-5, atol=1e-6)
    from gvcompile.optimization import SGD, mse_loss

    m = _mlp()
    t = np.zeros((4, 3), np.float32)
    step = gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.1), x, t, target="cpu")
    w0 = np.array(m.layer_stack[0].weight)
    for _ in range(2):  # parameters updated in place: the checker sees the old values
        step(x, t)
    assert not np.array_equal(w0, m.layer_stack[0].weight)


@pytest.mark.parametrize("op,body,layer", [
    ("relu", lambda s, v: s.max(v, s.const(0.25)), 0),  # a value saved for the backward pass
    ("tanh", lambda s, v: s.add(s.tanh(v), s.const(1e-3)), 1),  # the model's output
])
def test_gv_validate_names_the_broken_kernel_and_layer(monkeypatch, op, body, layer):
    monkeypatch.setenv("GV_VALIDATE", "1")
    monkeypatch.setattr(OPS[op], "scalar", body)
    x = np.random.default_rng(7).standard_normal((4, 5)).astype(np.float32)
    cm = gvcompile.compile(_mlp(), x, target="cpu")
    with pytest.raises(ValidationError, match=rf"GV_VALIDATE: .*kernel gv_k\d+_\w*{op}\w* .*"
                                              rf"differs from the interpreter.*"
                                              rf"model\[{layer}\] \(Fc\)"):
        cm(x)


def test_without_gv_validate_nothing_checks(monkeypatch):
    monkeypatch.delenv("GV_VALIDATE", raising=False)
    monkeypatch.setattr(OPS["relu"], "scalar", lambda s, v: s.max(v, s.const(0.25)))
    x = np.random.default_rng(7).standard_normal((4, 5)).astype(np.float32)
    assert gvcompile.compile(_mlp(), x, target="cpu")(x).shape == (4, 3)


def test_dense_layer_under_gv_validate(monkeypatch):
    monkeypatch.setenv("GV_VALIDATE", "1")
    gvcompile.manual_seed(1)
    m = SequentialContainer([Dense(6, 4), Dropout(0.5)])
    x = np.random.default_rng(8).standard_normal((3, 6)).astype(np.float32)
    assert gvcompile.compile(m, x, target="cpu")(x).shape == (3, 4)
