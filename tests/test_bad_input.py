"""Bad input, table-driven, on every surface that takes user arrays: a CompiledModel (interp and
cpu), a TrainStep (interp and cpu) and a loaded export. Each case gives either a clear gvcompile
error (errors.py) whose message names the model or layer with the expected and the actual
value, or the correct result: the result of the same values as a C-contiguous native array.
Never a crash or an internal error (KeyError, IndexError, AssertionError)."""

from __future__ import annotations

import re

import numpy as np
import pytest

import gvcompile
import gvcompile.functional as F
from gvcompile.errors import ArgumentError, DTypeError, GVError, ShapeError
from gvcompile.layers import Fc, GraphContainer, SequentialContainer, SkipConnection, forward
from gvcompile.optimization import SGD, mse_loss

# NaN inputs: the interpreter's NumPy warns about them; that is the case under test
pytestmark = pytest.mark.filterwarnings("ignore:invalid value:RuntimeWarning")

RNG = np.random.default_rng(0)
X = RNG.random((5, 4), dtype=np.float32) - 0.5
T = RNG.random((5, 2), dtype=np.float32)
WIDE = RNG.random((5, 8), dtype=np.float32)
WIDE[:, ::2] = X


def model():
    gvcompile.manual_seed(0)
    return SequentialContainer([Fc(4, 3, activation_function="relu"), Fc(3, 2)])


def with_nan_and_inf():
    x = X.copy()
    x[1, 2], x[3, 0] = np.nan, np.inf
    return x


def unaligned():
    buf = np.zeros(X.nbytes + 1, np.uint8)[1:].view(np.float32).reshape(X.shape)
    buf[...] = X
    assert not buf.flags.aligned
    return buf


SAME = "same"  # the result equals that of np.ascontiguousarray(x) in native byte order
NAN = "nan"  # NaN/inf propagate as in the interpreter: same NaN positions, other values close

# name -> (input, expected): an exception class and regexes the message must all match, or
# SAME / NAN. The layer's messages say "(N, 4)", the library's "(N, 4)" too.
CASES = {
    "rank 1": (lambda: np.ones(4, np.float32), (ShapeError, r"\(N, 4\)", r"\(4,\)")),
    "rank 3": (lambda: np.ones((5, 4, 1), np.float32), (ShapeError, r"\(N, 4\)", r"\(5, 4, 1\)")),
    "rank 0": (lambda: np.float32(1), (ShapeError, r"\(N, 4\)", r"\(\)")),
    "wrong width": (lambda: np.ones((5, 5), np.float32), (ShapeError, r"\(N, 4\)", r"\(5, 5\)")),
    "int32": (lambda: X.astype(np.int32), (DTypeError, "float32", "int32")),
    "int64": (lambda: X.astype(np.int64), (DTypeError, "float32", "int64")),
    "float16": (lambda: X.astype(np.float16), (DTypeError, "float32", "float16")),
    "float64": (lambda: X.astype(np.float64), (DTypeError, "float32", "float64")),
    "bool": (lambda: X > 0, (DTypeError, "float32", "bool")),
    "object": (lambda: X.astype(object), (DTypeError, "float32", "object")),
    "string": (lambda: "x", (DTypeError, "float32", "<U1")),
    "None": (lambda: None, (ArgumentError, "None", "array")),
    "batch 0": (lambda: np.ones((0, 4), np.float32), (ShapeError, r"empty batch|\(0, 4\)")),
    "empty": (lambda: np.array([], np.float32), (ShapeError, r"\(0,\)")),
    "nan and inf": (with_nan_and_inf, NAN),
    "strided": (lambda: WIDE[:, ::2], SAME),
    "fortran": (lambda: np.asfortranarray(X), SAME),
    "negative stride rows": (lambda: X[::-1], SAME),
    "negative stride cols": (lambda: X[:, ::-1], SAME),
    "big-endian": (lambda: X.astype(">f4"), SAME),
    "unaligned": (unaligned, SAME),
    "read-only": (lambda: np.frombuffer(X.tobytes(), np.float32).reshape(X.shape), SAME),
}


def check_error(call, expected):
    cls, *patterns = expected
    with pytest.raises(GVError) as e:  # gvcompile's own: never a KeyError from inside
        call()
    assert isinstance(e.value, cls), f"{type(e.value).__name__}: {e.value}"
    for p in patterns:
        assert re.search(p, str(e.value)), f"{p!r} not in {e.value}"
    return str(e.value)


def native(x):
    return np.ascontiguousarray(x, dtype=np.asarray(x).dtype.newbyteorder("="))


def close_with_nans(got, want):
    np.testing.assert_array_equal(np.isnan(got), np.isnan(want))
    ok = ~np.isnan(want)
    np.testing.assert_allclose(np.asarray(got)[ok], np.asarray(want)[ok], rtol=1e-5, atol=1e-6)


# ---- forward: CompiledModel (interp, cpu) and a loaded export ----------------------------------
@pytest.fixture(scope="module")
def forward_surfaces(tmp_path_factory):
    m = model()
    interp = gvcompile.compile(m, X, target="interp")
    cpu = gvcompile.compile(m, X, target="cpu")
    path = gvcompile.export(cpu, tmp_path_factory.mktemp("fwd"), name="badin")
    cuda = gvcompile.compile(m, X, target="cuda", emulate=True)
    return {"interp": interp, "cpu": cpu, "export": gvcompile.load(path), "cuda-emulate": cuda}


@pytest.mark.parametrize("surface", ["interp", "cpu", "export", "cuda-emulate"])
@pytest.mark.parametrize("case", list(CASES))
def test_forward(forward_surfaces, surface, case):
    f = forward_surfaces[surface]
    make, expected = CASES[case]
    x = make()
    if expected == SAME:
        np.testing.assert_array_equal(f(x), f(native(x)))
        np.testing.assert_array_equal(x, make())  # the caller's array is untouched
    elif expected == NAN:
        close_with_nans(f(x), forward_surfaces["interp"](x))
    else:
        msg = check_error(lambda: f(x), expected)
        assert "model" in msg or "badin" in msg


@pytest.mark.parametrize("surface", ["interp", "cpu", "export"])
def test_forward_wrong_number_of_inputs(forward_surfaces, surface):
    f = forward_surfaces[surface]
    check_error(lambda: f(X, X), (GVError, "2"))
    check_error(lambda: f(), (ArgumentError, "0"))


@pytest.mark.parametrize("target", ["interp", "cpu"])
@pytest.mark.parametrize("case", [c for c, (_, e) in CASES.items() if isinstance(e, tuple)])
def test_compile_with_a_bad_example(target, case):
    make, expected = CASES[case]
    check_error(lambda: gvcompile.compile(model(), make(), target=target), expected)


# ---- train steps: TrainStep (interp, cpu) and a loaded export ---------------------------------
class Step:
    """One train-step surface; ``run(x, t)`` starts from the same parameters every time and
    returns (loss, {parameter name as in an export's manifest: value after the step})."""

    def __init__(self, target, tmp_path=None):
        self.model = model()
        self.p0 = {n: p.copy() for n, p in self.params().items()}
        self.ts = gvcompile.compile_train_step(self.model, mse_loss, SGD(self.model, 0.1), X, T,
                                               target=target)
        self.lib = gvcompile.load(gvcompile.export(self.ts, tmp_path, name="badts")) \
            if tmp_path else None

    def params(self):
        return {f"model[{i}].{f}": p for i, m in enumerate(self.model.layer_stack)
                for f, p in m.parameters()}

    def run(self, x, t):
        if self.lib is not None:
            self.lib.set_parameters(self.p0)
            loss = self.lib.step(x, t)
            return loss, {n: v.copy() for n, v in self.lib.parameters().items()}
        for n, p in self.params().items():
            p[...] = self.p0[n]
        loss = self.ts.step(x, t)
        return loss, {n: p.copy() for n, p in self.params().items()}


@pytest.fixture(scope="module")
def steps(tmp_path_factory):
    return {"interp": Step("interp"), "cpu": Step("cpu"),
            "export": Step("cpu", tmp_path_factory.mktemp("ts"))}


TARGET_CASES = {
    "target batch 3": (lambda: T[:3], (ShapeError, "batch|shape", "5", "3")),
    "target width 3": (lambda: np.ones((5, 3), np.float32), (ShapeError, r"\(5, 3\)|\(N, 3\)",
                                                             r"\(5, 2\)|\(N, 2\)")),
    "target rank 1": (lambda: np.ones(5, np.float32), (ShapeError, r"\(5,\)|\(N,\)")),
    "target float64": (lambda: T.astype(np.float64), (DTypeError, "float32", "float64")),
    "target None": (lambda: None, (ArgumentError, "target", "None")),
    "target empty": (lambda: np.zeros((0, 2), np.float32), (ShapeError, "target|batch")),
    "target nan": (lambda: np.where(T > 0.5, np.nan, T).astype(np.float32), NAN),
    "target int labels": (lambda: (T > 0.5).astype(np.int64), "int"),
    "target fortran": (lambda: np.asfortranarray(T), SAME),
    "target negative stride": (lambda: T[::-1], SAME),
    "target big-endian": (lambda: T.astype(">f4"), SAME),
}


def check_step(steps, surface, x, t, expected, ref_x=None, ref_t=None):
    s = steps[surface]
    if expected in (SAME, "int"):
        loss, ps = s.run(x, t)
        want_loss, want_ps = s.run(native(x) if ref_x is None else ref_x,
                                   native(t) if ref_t is None else ref_t)
        assert loss == want_loss
        assert ps.keys() == want_ps.keys()
        for n in ps:
            np.testing.assert_array_equal(ps[n], want_ps[n])
    elif expected == NAN:
        loss, ps = s.run(x, t)
        want_loss, want_ps = steps["interp"].run(x, t)
        assert np.isnan(loss) and np.isnan(want_loss)
        assert ps.keys() == want_ps.keys()
        for n in ps:
            close_with_nans(ps[n], want_ps[n])
    else:
        check_error(lambda: s.run(x, t), expected)


# a train step pairs the input's axis 0 with the target's before it traces the model
# (an export checks the shapes first: "input has shape (4,), expected (N, 4)")
STEP_INPUT_MESSAGES = {"rank 1": (ShapeError, "4", r"target batch 5|\(N, 4\)"),
                       "rank 0": (ShapeError, r"batch|\(N, 4\)", r"\(\)")}


@pytest.mark.parametrize("surface", ["interp", "cpu", "export"])
@pytest.mark.parametrize("case", list(CASES))
def test_train_step_input(steps, surface, case):
    make, expected = CASES[case]
    expected = STEP_INPUT_MESSAGES.get(case, expected)
    check_step(steps, surface, make(), T, expected)


@pytest.mark.parametrize("surface", ["interp", "cpu", "export"])
@pytest.mark.parametrize("case", list(TARGET_CASES))
def test_train_step_target(steps, surface, case):
    make, expected = TARGET_CASES[case]
    t = make()
    ref_t = t.astype(np.float32) if expected == "int" else None
    check_step(steps, surface, X, t, expected, ref_t=ref_t)


BAD_STEP_EXAMPLES = {
    "input rank 3": (np.ones((5, 4, 1), np.float32), T, (ShapeError, r"\(N, 4\)", r"5, 4, 1")),
    "input int32": (X.astype(np.int32), T, (DTypeError, "float32", "int32")),
    "input None": (None, T, (ArgumentError, "input", "None")),
    "input batch 0": (X[:0], T[:0], (ShapeError, r"\(0, 4\)")),
    "target batch 3": (X, T[:3], (ShapeError, "batch|shape", "5", "3")),
    "target width 3": (X, np.ones((5, 3), np.float32), (ShapeError, r"\(5, 3\)", r"\(5, 2\)")),
    "target None": (X, None, (ArgumentError, "target", "None")),
}


@pytest.mark.parametrize("target", ["interp", "cpu"])
@pytest.mark.parametrize("case", list(BAD_STEP_EXAMPLES))
def test_compile_train_step_with_bad_examples(target, case):
    x, t, expected = BAD_STEP_EXAMPLES[case]
    m = model()
    check_error(lambda: gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.1), x, t,
                                                     target=target), expected)


def test_compile_train_step_takes_any_layout_of_examples(steps):
    m = model()
    ts = gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.1), X[::-1].astype(">f4"),
                                      np.asfortranarray(T), target="cpu")
    assert ts.step(X, T) == steps["cpu"].run(X, T)[0]


# ---- GraphContainer: the number of inputs --------------------------------------------------
def two_inputs():
    gvcompile.manual_seed(0)
    return GraphContainer(lambda layers, a, b: forward(layers[0], a) + b, [Fc(3, 3)])


@pytest.mark.parametrize("n", [1, 3])
@pytest.mark.parametrize("how", ["forward", "compile interp", "compile cpu"])
def test_graph_container_wrong_number_of_inputs(n, how):
    g, xs = two_inputs(), [np.ones((2, 3), np.float32)] * n
    calls = {"forward": lambda: forward(g, *xs),
             "compile interp": lambda: gvcompile.compile(g, *xs, target="interp")(*xs),
             "compile cpu": lambda: gvcompile.compile(g, *xs, target="cpu")(*xs)}
    msg = check_error(calls[how], (ArgumentError, r"^model \(GraphContainer\)",
                                   "takes 2 inputs", f"got {n} input"))
    assert "forward_pass(layers, a, b)" in msg


def test_graph_container_in_a_train_step_with_one_input():
    g, a = two_inputs(), np.ones((2, 3), np.float32)
    m = SequentialContainer([g])
    check_error(lambda: gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.1), a, a),
                (ArgumentError, r"^model\[0\] \(GraphContainer\)", "takes 2 inputs", "got 1"))


def test_graph_container_arity_with_defaults_and_varargs():
    a = np.ones((2, 3), np.float32)
    g = GraphContainer(lambda layers, x, y=None: x if y is None else x + y, [])
    np.testing.assert_array_equal(gvcompile.compile(g, a, target="interp")(a), a)
    check_error(lambda: forward(g, a, a, a), (ArgumentError, "takes 1 to 2 inputs", "got 3"))
    v = GraphContainer(lambda layers, x, *rest: x, [])
    np.testing.assert_array_equal(gvcompile.compile(v, a, a, a, target="interp")(a, a, a), a)
    check_error(lambda: gvcompile.compile(v, target="interp")(), (ArgumentError, "got 0"))


# ---- inputs that no layer checks: a GraphContainer computing on them directly ------------------
@pytest.mark.parametrize("target", ["interp", "cpu"])
@pytest.mark.parametrize("dtype", [np.int32, np.int64, np.bool_, np.float16])
def test_non_float_inputs_no_layer_checks(target, dtype):
    # the interpreter computed int * 2.5 in integers and bool * 2.5 as True; cpu raised
    # a TypeError from the LLVM type table naming no model
    g = GraphContainer(lambda layers, a: a * 2.5, [])
    x = np.ones((2, 3), dtype)
    check_error(lambda: gvcompile.compile(g, x, target=target)(x),
                (DTypeError, r"model \(GraphContainer\): input 0", np.dtype(dtype).name,
                 "float32 or float64"))


@pytest.mark.parametrize("target", ["interp", "cpu"])
def test_numpy_integer_scalars_are_numbers(target):
    g = GraphContainer(lambda layers, a, k: a * k, [])
    a = np.ones(2, np.float32)
    cm = gvcompile.compile(g, a, np.int64(3), target=target)
    np.testing.assert_array_equal(cm(a, np.int64(3)), [3, 3])


# ---- a train step where no parameter reaches the loss ------------------------------------------
@pytest.mark.parametrize("target", ["interp", "cpu"])
def test_train_step_names_the_layers_without_gradient(target):
    x = np.ones((2, 3), np.float32)
    m = SequentialContainer([SkipConnection(Fc(3, 3), lambda y, x: x * 2.0)])
    with pytest.raises(ValueError, match=r"no parameter reaches the loss: the parameters of "
                                         r"model\[0\]\[0\] \(Fc\) get no gradient"):
        gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.1), x, x, target=target)


# ---- a loaded export's other arguments: set_parameters and the path given to load ------------
SET_PARAMETERS = {
    "None": (None, (ArgumentError, "None")),
    "string": ("abc", (DTypeError, "<U3", "float32")),
    "objects": (np.zeros(23, object), (DTypeError, "object", "float32")),
    "too few values": (np.zeros(22, np.float32), (ShapeError, "23", "22")),
    "dict missing bias": ({"model[0].weight": np.zeros((3, 4))}, (ArgumentError, "missing",
                                                                   r"model\[0\]\.bias")),
    "dict unknown name": ("extra", (ArgumentError, "unknown", "typo")),
    "list of two": ([np.zeros(12), np.zeros(3)], (ShapeError, "expected 4 arrays", "got 2")),
    # the sizes add up to 23: the weight must not take the bias's first value
    "list sizes shifted": ([np.zeros(13), np.zeros(2), np.zeros(6), np.zeros(2)],
                           (ShapeError, r"model\[0\]\.weight", r"\(13,\)", r"\(3, 4\)")),
    "list transposed": ([np.zeros((4, 3)), np.zeros(3), np.zeros((2, 3)), np.zeros(2)],
                        (ShapeError, r"\(4, 3\)", r"\(3, 4\)")),
}


@pytest.mark.parametrize("case", list(SET_PARAMETERS))
def test_set_parameters_refuses(forward_surfaces, case):
    lib = forward_surfaces["export"]
    values, expected = SET_PARAMETERS[case]
    if isinstance(values, str) and values == "extra":
        values = {**lib.parameters(), "typo": np.zeros(2)}
    before = lib.get_parameters()
    check_error(lambda: lib.set_parameters(values), expected)
    np.testing.assert_array_equal(lib.get_parameters(), before)  # nothing written


def test_set_parameters_takes_any_layout(forward_surfaces):
    lib = forward_surfaces["export"]
    before = lib.get_parameters()
    try:
        want = np.arange(before.size, dtype=np.float32)
        lib.set_parameters(want[::-1].astype(">f4")[::-1])
        np.testing.assert_array_equal(lib.get_parameters(), want)
        shaped = {n: np.asfortranarray(v + 1) for n, v in lib.parameters().items()}
        lib.set_parameters(shaped)
        np.testing.assert_array_equal(lib.get_parameters(), want + 1)
        lib.set_parameters([v.ravel() for v in shaped.values()])  # flat entries
        np.testing.assert_array_equal(lib.get_parameters(), want + 1)
    finally:
        lib.set_parameters(before)


def test_load_paths(tmp_path):
    so = gvcompile.export(gvcompile.compile(model(), X, target="cpu"), tmp_path / "a", name="pm")
    np.testing.assert_array_equal(gvcompile.load(so.parent)(X), gvcompile.load(so)(X))
    (tmp_path / "empty").mkdir()
    check = {tmp_path / "empty": "found 0 manifests", tmp_path / "a" / "none.so": "no such"}
    for path, msg in check.items():
        with pytest.raises(FileNotFoundError, match=msg):
            gvcompile.load(path)


# ---- what is compiled, and inputs that are not arrays ---------------------------------------
@pytest.mark.parametrize("what", [None, lambda x: x, "model", np.ones(3)])
def test_compile_refuses_what_is_not_a_model(what):
    t = np.ones((5, 2), np.float32)
    check_error(lambda: gvcompile.compile(what, X, target="interp"),
                (ArgumentError, r"^compile: expected a layer or container", type(what).__name__))
    check_error(lambda: gvcompile.compile_train_step(what, mse_loss, SGD(model(), 0.1), X, t),
                (ArgumentError, r"^compile_train_step: expected a layer", type(what).__name__))


def test_a_compiled_model_compiles_as_its_module():
    cm = gvcompile.compile(model(), X, target="cpu")
    np.testing.assert_allclose(gvcompile.compile(cm, X, target="interp")(X), cm(X), rtol=1e-6)


@pytest.mark.parametrize("value", [gvcompile.Spec((None, 4)), {"x": X}, object()])
def test_an_input_that_is_not_an_array_is_named(forward_surfaces, value):
    for f in (forward_surfaces["cpu"], forward_surfaces["export"]):
        check_error(lambda f=f: f(value), (ArgumentError, type(value).__name__, "NumPy array"))


# ---- an empty axis that is not the batch ---------------------------------------------------
@pytest.mark.parametrize("target", ["interp", "cpu"])
def test_an_empty_feature_axis_is_refused(target):
    # max over it: the interpreter raised NumPy's ValueError, cpu and cuda returned -inf
    g = GraphContainer(lambda layers, a: F.max(a, axis=1), [])
    x = np.ones((5, 0), np.float32)
    check_error(lambda: gvcompile.compile(g, x, target=target),
                (ShapeError, r"^model \(GraphContainer\): input 0", r"\(5, 0\)", "empty axis 1"))
    m = model()
    check_error(lambda: gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.1), X,
                                                     np.ones((5, 0), np.float32), target=target),
                (ShapeError, "target", r"\(5, 0\)", "empty axis 1"))
