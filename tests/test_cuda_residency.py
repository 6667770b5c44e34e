"""Device residency (gvcompile/compiled/device_state.py) with target="cuda", emulate=True: a
model moved with
module_to_eltype_device(..., device="gpu") keeps parameters, gradients, running statistics and
optimizer state on the device between calls (uploaded once, counted), reads of the fields
give the current values, eager optimizers / zero_gradients / save keep working, and results
come back as NumPy arrays unless the inputs were DeviceArrays. Everything is compared with the
interpreter."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

import gvcompile
from gvcompile.compiled import device_state as device
from gvcompile.layers import (
    BatchNorm,
    Conv,
    Fc,
    MaxPool,
    Reshape,
    SequentialContainer,
    zero_gradients,
)
from gvcompile.layers import module_to_eltype_device as to_device
from gvcompile.optimization import MSGD, Adam, mse_loss

pytestmark = pytest.mark.skipif(shutil.which("g++") is None, reason="emulation needs g++")
TOL = dict(rtol=2e-4, atol=2e-6)


def mlp_bn():
    # no bias before BatchNorm: its gradient is ~0 and Adam would amplify rounding noise
    return SequentialContainer([Fc(6, 8, use_bias=False), BatchNorm(8, activation_function="relu"),
                                Fc(8, 3, activation_function="tanh")])


def conv_bn():
    return SequentialContainer([
        Conv(2, 3, 3, padding=1, use_bias=False), BatchNorm(3, activation_function="relu"),
        MaxPool(2), Reshape((3 * 2 * 2,)), Fc(12, 2)])


def _pair(factory, dt=np.float32):
    gvcompile.manual_seed(11)
    a = factory()
    gvcompile.manual_seed(11)
    b = factory()
    to_device(a, dt, device="gpu")
    to_device(b, dt)
    return a, b


def _slots(model):
    out = {}
    for k, m in enumerate(model):
        for f, s in m.__dict__.get("_gv_dev", {}).items():
            out[(k, f)] = s
    return out


def _state_count(model, opt):
    n = sum(len(m.parameters()) + len(m.buffers()) for m in model)
    return n + sum(1 + len(opt.state_names) for _, p, _ in opt.parameters())


@pytest.mark.parametrize("factory,shape", [(mlp_bn, (5, 6)), (conv_bn, (3, 2, 4, 4))])
def test_train_step_on_device_matches_interp_and_uploads_once(factory, shape):
    a, b = _pair(factory)
    rng = np.random.default_rng(0)
    x = rng.standard_normal(shape).astype(np.float32)
    out = 3 if factory is mlp_bn else 2
    t = rng.standard_normal((shape[0], out)).astype(np.float32)
    oa, ob = Adam(a, 0.01), Adam(b, 0.01)
    sa = gvcompile.compile_train_step(a, mse_loss, oa, x, t, target="cuda", emulate=True)
    sb = gvcompile.compile_train_step(b, mse_loss, ob, x, t, target="interp")
    np.testing.assert_allclose(sa.step(x, t), sb.step(x, t), **TOL)
    up, down = device.STATS["uploads"], device.STATS["downloads"]
    for _ in range(4):
        xb = rng.standard_normal(shape).astype(np.float32)
        np.testing.assert_allclose(sa.step(xb, t), sb.step(xb, t), **TOL)
    # every state array was uploaded by the first step and never again; nothing came back
    assert device.STATS["uploads"] == up and device.STATS["downloads"] == down
    slots = _slots(a)
    assert slots and all(s.state == device.DEV for s in slots.values())
    lazy = [st for st in oa.state.values() if isinstance(st, device.LazyDict)]
    assert len(lazy) == len(oa.state) and sum(len(st.slots) for st in lazy) == \
        _state_count(a, oa) - sum(len(m.parameters()) + len(m.buffers()) for m in a)
    # reading the fields copies back (in place) and gives the interpreter's values
    w_ref = a[0].__dict__["weight"]
    for la, lb in zip(a, b, strict=True):
        for f, v in lb.parameters() + lb.buffers():
            np.testing.assert_allclose(getattr(la, f), v, **TOL)
    assert a[0].weight is w_ref
    for key, st in ob.state.items():
        for n, v in st.items():
            np.testing.assert_allclose(oa.state[key][n], v, **TOL)
    assert device.STATS["downloads"] > down
    # the fields read were handed out: the next step uploads them again, once
    up = device.STATS["uploads"]
    np.testing.assert_allclose(sa.step(x, t), sb.step(x, t), **TOL)
    assert device.STATS["uploads"] - up == _state_count(a, oa)


def test_upload_count_is_exact_for_a_fresh_model():
    a, _ = _pair(mlp_bn)
    x = np.ones((4, 6), np.float32)
    t = np.zeros((4, 3), np.float32)
    opt = MSGD(a, 0.05)
    s = gvcompile.compile_train_step(a, mse_loss, opt, x, t, target="cuda", emulate=True)
    up = device.STATS["uploads"]
    for _ in range(3):
        s.step(x, t)
    params = sum(len(m.parameters()) for m in a)
    buffers = sum(len(m.buffers()) for m in a)
    # parameters, running stats, and per parameter the step count and momentum buffer
    assert device.STATS["uploads"] - up == params + buffers + 2 * params


def test_compiled_forward_backward_accumulate_on_device_then_eager_step_and_save(tmp_path):
    a, b = _pair(mlp_bn)
    rng = np.random.default_rng(2)
    ca = gvcompile.compile(a, np.zeros((5, 6), np.float32), target="cuda", emulate=True)
    cb = gvcompile.compile(b, np.zeros((5, 6), np.float32), target="interp")
    oa, ob = Adam(a, 0.02), Adam(b, 0.02)
    for _ in range(3):
        down = device.STATS["downloads"]
        for _ in range(2):  # two backward passes accumulate into the gradients
            x = rng.standard_normal((5, 6)).astype(np.float32)
            ya, yb = ca(x), cb(x)
            assert isinstance(ya, np.ndarray)
            np.testing.assert_allclose(ya, yb, **TOL)
            d = rng.standard_normal(yb.shape).astype(np.float32)
            ga, gb = ca.backward(d), cb.backward(d)
            assert isinstance(ga, np.ndarray)
            np.testing.assert_allclose(ga, gb, **TOL)
        assert device.STATS["downloads"] == down  # gradients stayed on the device
        assert _slots(a)[(0, "weight_gradient")].state == device.DEV
        oa.step()  # eager: reads the gradients back, writes the parameters in place
        ob.step()
        zero_gradients(a)
        zero_gradients(b)
    for la, lb in zip(a, b, strict=True):
        for f, v in lb.parameters() + lb.buffers():
            np.testing.assert_allclose(getattr(la, f), v, **TOL)
    x = rng.standard_normal((2, 6)).astype(np.float32)
    np.testing.assert_allclose(ca(x), cb(x), **TOL)
    path = tmp_path / "m.npz"
    gvcompile.save(a, path)
    gvcompile.manual_seed(0)
    c = mlp_bn()
    gvcompile.load_parameters(c, path)
    for lc, lb in zip(c, b, strict=True):
        for f, v in lb.parameters() + lb.buffers():
            np.testing.assert_allclose(getattr(lc, f), v, **TOL)


def test_device_array_inputs_give_device_results():
    from gvcompile.cuda.driver import DeviceArray

    a, b = _pair(mlp_bn, np.float64)
    x = np.random.default_rng(3).standard_normal((4, 6))
    ca = gvcompile.compile(a, x, target="cuda", emulate=True)
    xd = DeviceArray.from_host(ca.backend.driver, x)
    y = ca(xd)
    assert isinstance(y, DeviceArray) and y.shape == (4, 3)
    yb = gvcompile.compile(b, x, target="interp")(x)
    np.testing.assert_allclose(np.asarray(y), yb, rtol=1e-10, atol=1e-12)
    g = ca.backward(DeviceArray.from_host(ca.backend.driver, np.ones((4, 3))))
    assert isinstance(g, DeviceArray) and g.shape == (4, 6)
    assert isinstance(ca(x), np.ndarray)
    with pytest.raises(gvcompile.errors.DTypeError):
        ca.backward(DeviceArray.from_host(ca.backend.driver, np.ones((4, 3), np.float32)))


def test_train_step_takes_device_inputs():
    from gvcompile.cuda.driver import DeviceArray

    a, b = _pair(mlp_bn)
    x = np.random.default_rng(4).standard_normal((5, 6)).astype(np.float32)
    t = np.zeros((5, 3), np.float32)
    sa = gvcompile.compile_train_step(a, mse_loss, MSGD(a, 0.1), x, t, target="cuda",
                                      emulate=True)
    sb = gvcompile.compile_train_step(b, mse_loss, MSGD(b, 0.1), x, t, target="interp")
    drv = sa.backend.driver
    for _ in range(2):
        la = sa.step(DeviceArray.from_host(drv, x), DeviceArray.from_host(drv, t))
        assert isinstance(la, float)
        np.testing.assert_allclose(la, sb.step(x, t), **TOL)


def test_back_to_cpu_copies_back_and_ends_residency():
    a, b = _pair(mlp_bn)
    x = np.random.default_rng(5).standard_normal((5, 6)).astype(np.float32)
    t = np.zeros((5, 3), np.float32)
    sa = gvcompile.compile_train_step(a, mse_loss, MSGD(a, 0.1), x, t, target="cuda",
                                      emulate=True)
    sb = gvcompile.compile_train_step(b, mse_loss, MSGD(b, 0.1), x, t, target="interp")
    for _ in range(2):
        sa.step(x, t)
        sb.step(x, t)
    to_device(a, np.float32, device="cpu")
    assert not _slots(a)
    for la, lb in zip(a, b, strict=True):
        for f, v in lb.parameters() + lb.buffers():
            np.testing.assert_allclose(la.__dict__[f], v, **TOL)  # no lazy read needed
    for _ in range(2):  # the same step, now uploading from / writing to the host each call
        np.testing.assert_allclose(sa.step(x, t), sb.step(x, t), **TOL)
    np.testing.assert_allclose(a[2].weight, b[2].weight, **TOL)
    # a float64 conversion while on the device recompiles and keeps training
    to_device(a, np.float64, device="gpu")
    to_device(b, np.float64)
    x64, t64 = x.astype(np.float64), t.astype(np.float64)
    np.testing.assert_allclose(sa.step(x64, t64), sb.step(x64, t64), rtol=1e-6)


def test_cpu_target_on_a_gpu_model_reads_current_values():
    a, b = _pair(mlp_bn)
    x = np.random.default_rng(6).standard_normal((5, 6)).astype(np.float32)
    t = np.zeros((5, 3), np.float32)
    s = gvcompile.compile_train_step(a, mse_loss, MSGD(a, 0.1), x, t, target="cuda",
                                     emulate=True)
    sb = gvcompile.compile_train_step(b, mse_loss, MSGD(b, 0.1), x, t, target="interp")
    s.step(x, t)
    sb.step(x, t)
    ycpu = gvcompile.compile(a, x, target="cpu")(x)
    np.testing.assert_allclose(ycpu, gvcompile.compile(b, x, target="interp")(x), **TOL)


def test_lazy_fields_do_not_change_plain_models():
    gvcompile.manual_seed(1)
    m = mlp_bn()
    to_device(m, np.float32, device="gpu")  # installs the descriptors on Fc / BatchNorm
    gvcompile.manual_seed(1)
    plain = mlp_bn()
    assert "_gv_dev" not in plain[0].__dict__
    w = plain[0].weight
    assert isinstance(w, np.ndarray) and w is plain[0].__dict__["weight"]
    plain[0].weight = w * 2
    np.testing.assert_array_equal(plain[0].weight, w * 2)
    assert plain[2].bias_gradient is not None
    assert getattr(plain[0], "bias", "missing") is None  # use_bias=False
    repr(plain)
