"""What selects a compiled model's program (compiled/model.py module_signature): every layer's
mode and plain settings, and its parameters' shapes and dtypes; and the per-call shortcut that
repeats the last call's program and arguments (compiled/repeat.py) while none of those changed:
each way they can change without the shortcut seeing it would be a wrong answer."""

import warnings
import weakref

import numpy as np
import pytest

import gvcompile
from gvcompile.compiled.model import module_signature
from gvcompile.layers import (
    BatchNorm,
    Conv,
    Dropout,
    Fc,
    GraphContainer,
    Reshape,
    SequentialContainer,
    testmode,
    trainmode,
)
from gvcompile.layers.api import iter_modules
from gvcompile.layers.base import settings
from gvcompile.optimization import MSGD, SGD, mse_loss


def test_settings_are_the_plain_public_fields():
    bn = BatchNorm(4)
    bn.momentum = np.float64(0.25)  # a NumPy scalar subclassing float is a setting too
    bn._private = 3
    s = dict(settings(bn))
    assert s["momentum"] == 0.25 and s["num_features"] == 4
    assert "_private" not in s and "weight" not in s and "running_mean" not in s
    assert list(s) == sorted(s)


def test_signature_follows_settings_modes_and_shapes():
    m = SequentialContainer([Conv(2, 3, 3, padding=1), BatchNorm(3)])
    base = module_signature(m)
    assert module_signature(m) == base
    m.layer_stack[1].momentum = 0.5
    assert module_signature(m) != base
    m.layer_stack[1].momentum = 0.1
    assert module_signature(m) == base
    testmode(m)
    assert module_signature(m) != base
    trainmode(m)
    m.layer_stack[0].weight = m.layer_stack[0].weight.astype(np.float64)
    changed = module_signature(m)
    assert ("weight", (3, 2, 3, 3), "<f8") in changed[1]


def test_a_changed_setting_selects_another_program():
    gvcompile.manual_seed(0)
    m = SequentialContainer([Conv(2, 3, 3, padding=1, activation_function="relu")])
    x = np.random.default_rng(0).standard_normal((2, 2, 5, 5)).astype(np.float32)
    cm = gvcompile.compile(m, x, target="cpu")
    y_relu = cm(x)
    m.layer_stack[0].activation_function = "tanh"
    y_tanh = cm(x)
    ref = gvcompile.compile(m, x, target="interp")(x)
    np.testing.assert_allclose(y_tanh, ref, rtol=1e-5, atol=1e-6)
    assert (y_relu >= 0).all() and (y_tanh < 0).any()


def test_signature_is_reused_until_a_layer_changes():
    m = SequentialContainer([Conv(2, 3, 3, padding=1), BatchNorm(3)])
    first = module_signature(m)
    assert module_signature(m)[0] is first[0]  # nothing assigned since: the cached settings
    m.layer_stack[1].epsilon = 1e-3
    assert module_signature(m)[0] is not first[0] and module_signature(m) != first
    m.layer_stack[0].weight.shape = (3, 2, 9)  # in place: nothing assigned
    assert module_signature(m)[1] != first[1]


def test_a_replaced_child_is_seen_without_any_assignment():
    m = SequentialContainer([Conv(2, 3, 3, padding=1), BatchNorm(3)])
    first = module_signature(m)
    other = BatchNorm(3)
    other.momentum = 0.5
    m.layer_stack[1] = other  # a list write: no attribute of any layer is assigned
    assert module_signature(m) != first


# ---- the per-call shortcut (compiled/repeat.py): the last call's program and arguments ------


def _conv_bn_model():
    gvcompile.manual_seed(0)
    return SequentialContainer([Conv(2, 3, 3, padding=1), BatchNorm(3, activation_function="relu"),
                                Reshape((75,)), Fc(75, 4)])


def _x(shape=(2, 2, 5, 5), dtype=np.float32, seed=0):
    return np.random.default_rng(seed).standard_normal(shape).astype(dtype)


def _oracle(m, *xs):
    return gvcompile.compile(m, *xs, target="interp")(*xs)


def _repeating(m, x):
    """A cpu CompiledModel of ``m`` whose next call on ``x``'s shape takes the shortcut."""
    cm = gvcompile.compile(m, x, target="cpu")
    cm(x)
    cm(x)
    assert cm._fast is not None and cm._fast.gen is not None
    return cm


def _same_error(fn_a, fn_b, *inputs):
    """Both raise on ``inputs``, the same exception type and message (the shortcut words no
    errors of its own)."""
    with pytest.raises(Exception) as a:
        fn_a(*inputs)
    with pytest.raises(Exception) as b:
        fn_b(*inputs)
    assert type(a.value) is type(b.value) and str(a.value) == str(b.value)


def test_the_shortcut_is_taken_and_reads_the_arrays_in_place(monkeypatch):
    m = _conv_bn_model()
    testmode(m)
    x = _x()
    cm = _repeating(m, x)

    def no(*a, **k):
        raise AssertionError("the full path ran")

    monkeypatch.setattr(cm, "_gather", no)
    monkeypatch.setattr(cm, "program_for", no)
    monkeypatch.setattr(cm._fast.prog.fwd_exe, "_call", no)
    testmode(m)  # assigns every layer the mode it has: nothing changes
    y = cm(_x(seed=1))
    np.testing.assert_allclose(y, _oracle(m, _x(seed=1)), rtol=1e-5, atol=1e-6)
    w = m.layer_stack[0].weight
    w *= 2.0  # values in place (not `layer.weight *= 2`, an assignment): the same addresses
    m.layer_stack[1].running_variance[...] = 3.0
    np.testing.assert_allclose(cm(x), _oracle(m, x), rtol=1e-5, atol=1e-6)
    y1 = cm(x)
    y2 = cm(_x(seed=2))
    assert y1 is not y2 and not np.shares_memory(y1, y2)  # results are never reused
    np.testing.assert_allclose(y1, cm(x))


def test_a_replaced_parameter_or_mode_or_child_is_seen():
    m = _conv_bn_model()
    x = _x()
    cm = _repeating(m, x)
    conv = m.layer_stack[0]
    conv.weight = _x(conv.weight.shape, seed=3)  # another array: an assignment
    np.testing.assert_allclose(cm(x), _oracle(m, x), rtol=1e-5, atol=1e-5)
    cm(x)
    testmode(m)
    np.testing.assert_allclose(cm(x), _oracle(m, x), rtol=1e-5, atol=1e-5)
    other = Fc(75, 4)  # built before the calls: building a layer assigns its attributes
    cm(x)
    cm(x)
    m.layer_stack[3] = other  # a list write: nothing assigned
    np.testing.assert_allclose(cm(x), _oracle(m, x), rtol=1e-5, atol=1e-5)


def test_a_parameter_changed_in_place_is_seen():
    m = _conv_bn_model()
    testmode(m)
    x = _x()
    cm = _repeating(m, x)
    fc = m.layer_stack[3]
    fc.weight.shape = (4, 5, 15)  # in place: another program, whose trace refuses it
    _same_error(lambda: cm(x), lambda: gvcompile.compile(m, x, target="cpu")(x))
    fc.weight.shape = (4, 75)
    cm(x)
    fc.weight.dtype = np.int32  # a view of the same bytes as int32, in place
    _same_error(lambda: cm(x), lambda: gvcompile.compile(m, x, target="cpu")(x))
    fc.weight.dtype = np.float32
    cm(x)
    with warnings.catch_warnings():  # NumPy 2.4 deprecates setting strides
        warnings.simplefilter("ignore", DeprecationWarning)
        w = fc.weight
        w2 = np.ascontiguousarray(w.T).T.copy(order="F")
        fc.weight = w2  # Fortran order: assigned, the executable copies it at each call
        np.testing.assert_allclose(cm(x), _oracle(m, x), rtol=1e-5, atol=1e-5)
        assert cm._fast is None or cm._fast.gen is None
        fc.weight = w
        cm(x)
        cm(x)
        bias = m.layer_stack[0].bias
        bias.strides = (0,)  # in place: every channel reads the first bias
        np.testing.assert_allclose(cm(x), _oracle(m, x), rtol=1e-5, atol=1e-5)


def test_inputs_of_another_shape_dtype_or_layout():
    m = _conv_bn_model()
    testmode(m)
    x = _x()
    cm = _repeating(m, x)
    read_only = _x(seed=8)
    read_only.flags.writeable = False  # its address is read another way (llvm/executable.py)
    for other in (_x((3, 2, 5, 5)), np.asfortranarray(_x(seed=4)), read_only,
                  _x((2, 2, 5, 10), seed=5)[..., ::2], _x(seed=6).astype(">f4"), x):
        np.testing.assert_allclose(cm(other), _oracle(m, other.astype(np.float32)),
                                   rtol=1e-5, atol=1e-5)
    for bad in (_x((2, 3, 5, 5)), _x(dtype=np.float64), x.astype(np.int64), x[0]):
        _same_error(cm, gvcompile.compile(m, x), bad)
        cm(x)
    _same_error(cm, gvcompile.compile(m, x), x, x)
    cm(x)
    _same_error(cm, gvcompile.compile(m, x), x.tolist()[0])


def test_the_shortcut_keeps_no_input_alive_and_survives_other_calls():
    m = _conv_bn_model()
    testmode(m)
    x = _x()
    cm = _repeating(m, x)
    gone = _x(seed=7)
    ref = weakref.ref(gone)
    cm(gone)
    cm(x)  # the last forward's inputs are kept for a backward; older ones are not
    del gone
    assert ref() is None
    exe = cm._fast.prog.fwd_exe  # another call of the executable with other parameter arrays
    args = [np.array(a, copy=True) if a is not None else x for a in cm._fast.args]
    args[1][...] = 0.0
    exe(args, cm._fast.dims)
    np.testing.assert_allclose(cm(x), _oracle(m, x), rtol=1e-5, atol=1e-5)


def test_dropout_masks_follow_manual_seed_through_the_shortcut():
    gvcompile.manual_seed(0)
    m = SequentialContainer([Fc(6, 8), Dropout(0.5)])
    x = _x((4, 6))
    cm = gvcompile.compile(m, x, target="cpu")
    gvcompile.manual_seed(5)
    first = [cm(x) for _ in range(3)]
    assert cm._fast is not None and cm._fast.reread  # the generator state is read every call
    gvcompile.manual_seed(5)  # replaces the generator's state array: no layer assignment
    again = [cm(x) for _ in range(3)]
    for a, b in zip(first, again):
        np.testing.assert_array_equal(a, b)
    assert not np.array_equal(first[0], first[1])


def test_a_train_mode_forward_and_backward_through_the_shortcut():
    m = _conv_bn_model()
    x = _x()
    ref = _conv_bn_model()
    cm, cr = gvcompile.compile(m, x, target="cpu"), gvcompile.compile(ref, x, target="interp")
    for i in range(3):
        xi = _x(seed=10 + i)
        np.testing.assert_allclose(cm(xi), cr(xi), rtol=1e-5, atol=1e-5)
        g = np.ones((2, 4), np.float32)
        np.testing.assert_allclose(cm.backward(g), cr.backward(g), rtol=1e-4, atol=1e-5)
    for a, b in zip(iter_modules(m), iter_modules(ref)):
        for (f, u), (_, v) in zip(a.own_parameters() + a.buffers(), b.own_parameters() +
                                  b.buffers()):
            np.testing.assert_allclose(u, v, rtol=1e-4, atol=1e-5, err_msg=f)
        if a.own_parameters():
            np.testing.assert_allclose(a.weight_gradient, b.weight_gradient, rtol=1e-4,
                                       atol=1e-4)


def test_train_mode_forwards_write_the_running_statistics_through_the_shortcut():
    m, ref = _conv_bn_model(), _conv_bn_model()
    x = _x()
    cm, cr = gvcompile.compile(m, x, target="cpu"), gvcompile.compile(ref, x, target="interp")
    for i in range(4):
        cm(_x(seed=20 + i))
        cr(_x(seed=20 + i))
    assert cm._fast is not None and cm._fast.writes  # the last calls took the shortcut
    bn, bn_ref = m.layer_stack[1], ref.layer_stack[1]
    np.testing.assert_allclose(bn.running_mean, bn_ref.running_mean, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(bn.running_variance, bn_ref.running_variance, rtol=1e-5,
                               atol=1e-6)


# ---- the train step's shortcut (compiled/step_repeat.py) ----------------------------------


def _step_pair(steps=3):
    """A cpu train step (MSGD: momentum state) after ``steps`` steps and an interpreter one on
    an identical model at the same point."""
    m, ref = _conv_bn_model(), _conv_bn_model()
    x, t = _x(), _x((2, 4), seed=30)
    ts = gvcompile.compile_train_step(m, mse_loss, MSGD(m, 0.01), x, t, target="cpu")
    tr = gvcompile.compile_train_step(ref, mse_loss, MSGD(ref, 0.01), x, t, target="interp")
    for i in range(steps):
        np.testing.assert_allclose(ts(_x(seed=40 + i), t), tr(_x(seed=40 + i), t), rtol=1e-4)
    return m, ts, ref, tr, x, t


def _same_steps(m, ts, ref, tr, x, t, steps=2):
    for _ in range(steps):
        loss = ts(x, t)
        assert np.isfinite(loss)
        np.testing.assert_allclose(loss, tr(x, t), rtol=1e-4, atol=1e-6)
    for a, b in zip(iter_modules(m), iter_modules(ref)):
        for (f, u), (_, v) in zip(a.own_parameters() + a.buffers(),
                                  b.own_parameters() + b.buffers()):
            np.testing.assert_allclose(u, v, rtol=1e-4, atol=1e-5, err_msg=f)


def test_a_train_step_takes_the_shortcut(monkeypatch):
    m, ts, ref, tr, x, t = _step_pair()
    trainmode(m)  # the layers' first own `training` field: an assignment
    _same_steps(m, ts, ref, tr, x, t, steps=1)
    assert ts._repeat is not None and ts._repeat.gen is not None and ts._repeat.states

    def no(*a, **k):
        raise AssertionError("the full path ran")

    monkeypatch.setattr(ts, "_snapshot", no)
    monkeypatch.setattr(ts, "_call_plan", no)
    monkeypatch.setattr(ts._repeat.prog[1], "_call", no)
    trainmode(m)  # a training loop's trainmode() before every step changes nothing
    _same_steps(m, ts, ref, tr, x, t, steps=3)
    for step in (ts, tr):
        step.optimizer.learning_rate = 0.01  # a run-time argument: read at every step
    _same_steps(m, ts, ref, tr, x, t)


def test_a_train_step_sees_replaced_state_parameters_and_modes():
    m, ts, ref, tr, x, t = _step_pair()
    for step in (ts, tr):  # the momentum of one parameter replaced by the user
        st = step.optimizer.state
        key = next(k for k in st if "b" in st[k] and np.ndim(st[k]["b"]) == 4)
        st[key]["b"] = np.full_like(st[key]["b"], 0.02)
    _same_steps(m, ts, ref, tr, x, t)
    w = _x(m.layer_stack[3].weight.shape, seed=50)
    m.layer_stack[3].weight, ref.layer_stack[3].weight = w.copy(), w.copy()
    _same_steps(m, ts, ref, tr, x, t)
    for model in (m, ref):
        testmode(model)  # BatchNorm on its running statistics
    _same_steps(m, ts, ref, tr, x, t)
    for step in (ts, tr):
        step.optimizer.state.clear()  # the state starts again
    _same_steps(m, ts, ref, tr, x, t)


def test_a_train_step_sees_arrays_changed_in_place():
    m, ts, ref, tr, x, t = _step_pair()
    for step in (ts, tr):  # a momentum reshaped in place: the state starts again from zeros
        st = step.optimizer.state
        key = next(k for k in st if "b" in st[k] and np.ndim(st[k]["b"]) == 2)
        st[key]["b"].shape = st[key]["b"].shape[::-1]
    _same_steps(m, ts, ref, tr, x, t)
    m.layer_stack[3].weight.shape = (4, 5, 15)  # a parameter reshaped in place
    ref.layer_stack[3].weight.shape = (4, 5, 15)
    _same_error(lambda: ts(x, t), lambda: gvcompile.compile_train_step(
        ref, mse_loss, MSGD(ref, 0.01), x, t, target="cpu")(x, t))


def test_a_train_step_with_other_inputs():
    m, ts, ref, tr, x, t = _step_pair()
    for other in (np.asfortranarray(_x(seed=70)), _x((2, 2, 5, 10), seed=71)[..., ::2], x):
        _same_steps(m, ts, ref, tr, other, t)
    _same_steps(m, ts, ref, tr, _x((3, 2, 5, 5), seed=72), _x((3, 4), seed=73))
    for bad in ((x.astype(np.float64), t), (x, t[:1]), (x[0], t)):
        fresh = gvcompile.compile_train_step(ref, mse_loss, MSGD(ref, 0.01), x, t, target="cpu")
        _same_error(ts, fresh, *bad)
        _same_steps(m, ts, ref, tr, x, t, steps=1)


def test_a_train_step_with_dropout_after_manual_seed_and_integer_targets():
    gvcompile.manual_seed(1)
    m = SequentialContainer([Fc(6, 8), Dropout(0.5), Fc(8, 3)])
    x, t = _x((4, 6)), _x((4, 3), seed=60)
    ts = gvcompile.compile_train_step(m, mse_loss, MSGD(m, 0.0), x, t, target="cpu")
    gvcompile.manual_seed(7)
    first = [ts(x, t) for _ in range(3)]  # learning rate 0: only the masks change the loss
    assert ts._repeat is not None and ts._repeat.getters  # the generator state, read anew
    gvcompile.manual_seed(7)
    assert [ts(x, t) for _ in range(3)] == first and len(set(first)) == 3
    labels = np.array([0, 1, 2, 1])  # integer targets, converted at every step: full path
    gvcompile.manual_seed(8)
    floats = ts(x, np.eye(3, dtype=np.float32)[labels])
    gvcompile.manual_seed(8)
    assert ts(x, np.eye(3)[labels].astype(int)) == floats


def test_another_forward_function_selects_another_program():
    def plain(layers, x):
        return layers[0](x)

    def doubled(layers, x):
        return layers[0](x) * 2.0

    gvcompile.manual_seed(0)
    m = GraphContainer(plain, [Fc(3, 2)])
    x = _x((2, 3))
    cm = gvcompile.compile(m, x, target="cpu")
    first = cm(x)
    m.forward_pass = doubled  # was traced with `plain`: the old program computed `plain`
    np.testing.assert_allclose(cm(x), 2.0 * first, rtol=1e-6)
    m.forward_pass = plain
    np.testing.assert_allclose(cm(x), first, rtol=1e-6)
    assert len(cm._programs) == 2


def test_what_a_program_was_compiled_from_cannot_be_replaced():
    """cm.module, step.model / loss / optimizer: another object would have kept running the
    programs traced from the first one (a wrong answer); now a clear error."""
    from gvcompile.optimization import mae_loss

    x = np.ones((4, 3), np.float32)
    t = np.ones((4, 2), np.float32)
    m1, m2 = SequentialContainer([Fc(3, 2)]), SequentialContainer([Fc(3, 2)])
    cm = gvcompile.compile(m1, x)
    with pytest.raises(AttributeError, match="CompiledModel.module .* cannot be replaced"):
        cm.module = m2
    assert cm.module is m1
    step = gvcompile.compile_train_step(m1, mse_loss, SGD(m1, 0.1), x, t)
    for name, other in (("model", m2), ("loss", mae_loss), ("optimizer", SGD(m2, 0.1))):
        with pytest.raises(AttributeError, match=f"TrainStep.{name} .* cannot be replaced"):
            setattr(step, name, other)
    assert step.model is m1 and step.loss is mse_loss
