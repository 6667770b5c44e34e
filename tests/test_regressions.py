"""The smallest reproductions of fixed bugs (each found by review)."""

from __future__ import annotations

import copy
import pickle

import numpy as np
import pytest

import gvcompile
from gvcompile.errors import ShapeError
from gvcompile.layers import (
    LSTM,
    RNN,
    BatchNorm,
    Fc,
    GraphContainer,
    SequentialContainer,
    backward,
    forward,
    module_to_eltype_device,
    reset,
    summarize_model,
    testmode,
    zero_gradients,
)
from gvcompile.optimization import SGD, mse_loss

TARGETS = ["interp", "cpu"]


@pytest.mark.parametrize("target", TARGETS)
def test_value_returned_twice_sums_both_seeds(target):
    gvcompile.set_default_target(target)
    try:
        x = np.ones((2, 3), np.float32)
        g = GraphContainer(lambda L, v: (forward(L[0], v),) * 2, [Fc(3, 3)])
        forward(g, x)
        zero_gradients(g)
        backward(g, [np.ones((2, 3), np.float32)] * 2)
        np.testing.assert_allclose(g[0].bias_gradient, [4, 4, 4])
        m = GraphContainer(lambda L, v: (v, v), [])
        m(np.ones(2))
        np.testing.assert_allclose(backward(m, [np.ones(2), 3 * np.ones(2)])[0], [4, 4])
    finally:
        gvcompile.set_default_target("interp")


@pytest.mark.parametrize("target", TARGETS)
def test_train_step_follows_recurrent_state_and_reset(target):
    gvcompile.manual_seed(0)
    m = SequentialContainer([RNN(2, 3)])
    m2 = copy.deepcopy(m)
    x = np.random.default_rng(0).random((4, 2, 2), dtype=np.float32)
    t = np.random.default_rng(1).random((4, 2, 3), dtype=np.float32)
    ts = gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.0), x, t, target=target)
    losses = [ts.step(x, t), ts.step(x, t)]
    want = [mse_loss(forward(m2, x), t, return_derivative=False) for _ in range(2)]
    np.testing.assert_allclose(losses, want, rtol=1e-5)
    assert losses[0] != losses[1]
    reset(m)
    np.testing.assert_allclose(ts.step(x, t), losses[0], rtol=1e-6)


def test_train_step_recompiles_after_dtype_conversion():
    m = SequentialContainer([Fc(3, 2)])
    ts = gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.1), np.ones((2, 3), np.float32),
                                      np.ones((2, 2), np.float32), target="interp")
    module_to_eltype_device(m, np.float64)
    ts.step(np.ones((2, 3)), np.ones((2, 2)))
    assert m[0].weight.dtype == np.float64


@pytest.mark.parametrize("target", TARGETS)
def test_batchnorm_refuses_one_value_per_channel_in_training(target):
    m = SequentialContainer([BatchNorm(3)])
    cm = gvcompile.compile(m, np.ones((4, 3), np.float32), target=target)
    with pytest.raises(ShapeError, match=r"model\[0\] \(BatchNorm\).*more than 1 value"):
        cm(np.ones((1, 3), np.float32))
    ts = gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.1), np.ones((4, 3), np.float32),
                                      np.ones((4, 3), np.float32), target=target)
    with pytest.raises(ShapeError, match="more than 1 value"):
        ts.step(np.ones((1, 3), np.float32), np.ones((1, 3), np.float32))
    np.testing.assert_array_equal(m[0].running_variance, 1)
    gvcompile.compile(SequentialContainer([BatchNorm(3)]), np.ones((1, 3, 2, 2), np.float32),
                      target=target)(np.ones((1, 3, 2, 2), np.float32))  # 4 values: fine


@pytest.mark.parametrize("target", TARGETS)
def test_deepcopy_and_pickle_after_running(target):
    gvcompile.set_default_target(target)
    try:
        m = SequentialContainer([Fc(3, 2)])
        x = np.ones((2, 3), np.float32)
        forward(m, x)
        m2 = copy.deepcopy(m)
        m3 = pickle.loads(pickle.dumps(m))
        np.testing.assert_allclose(forward(m2, x), forward(m, x))
        np.testing.assert_allclose(m3[0].weight, m[0].weight)
    finally:
        gvcompile.set_default_target("interp")


def test_scalar_input_takes_the_arrays_dtype():
    y = forward(GraphContainer(lambda L, x, s: x * s, []), np.ones((2, 3), np.float32), 3)
    assert y.dtype == np.float32


def test_failed_forward_clears_the_last_forward():
    m = SequentialContainer([Fc(3, 2)])
    forward(m, np.ones((2, 3), np.float32))
    with pytest.raises(ShapeError):
        forward(m, np.ones((2, 4), np.float32))
    with pytest.raises(RuntimeError, match="before forward"):
        backward(m, np.ones((2, 2), np.float32))


def test_clean_model_clears_an_explicit_compiled_model():
    m = SequentialContainer([Fc(3, 2)])
    cm = gvcompile.compile(m, np.ones((2, 3), np.float32), target="interp")
    cm(np.ones((2, 3), np.float32))
    gvcompile.layers.clean_model_from_backward_information(cm)
    with pytest.raises(RuntimeError, match="before forward"):
        cm.backward(np.ones((2, 2), np.float32))


def test_save_load_recurrent_model_after_running(tmp_path):
    r = SequentialContainer([LSTM(2, 3)])
    forward(r, np.ones((4, 2, 2), np.float32))
    gvcompile.save(r, tmp_path / "r.npz")
    fresh = SequentialContainer([LSTM(2, 3)])
    gvcompile.load_parameters(fresh, tmp_path / "r.npz")
    np.testing.assert_array_equal(fresh[0].weight_ih, r[0].weight_ih)


def test_argument_checks_name_the_class():
    with pytest.raises(TypeError, match="optimizer"):
        SGD(None, 0.1)
    with pytest.raises(ValueError, match="Fc: in_features"):
        Fc(2.5, 3)
    with pytest.raises(ValueError, match="BatchNorm"):
        BatchNorm(0)
    with pytest.raises(ValueError, match="momentum"):
        BatchNorm(3, momentum=2)


def test_skip_passes_refuses_unknown_names(monkeypatch):
    monkeypatch.setenv("GV_SKIP_PASSES", "no_such_pass")
    with pytest.raises(ValueError, match="unknown passes"):
        gvcompile.compile(SequentialContainer([Fc(2, 2)]), np.ones((1, 2), np.float32),
                          target="interp")


def test_summary_counts_a_shared_layer_once():
    fc = Fc(3, 3)
    text, total = summarize_model(SequentialContainer([fc, fc, fc]))
    assert total == 12 and "Total Layers: 1" in text


def test_compile_cache_key_is_stable_across_processes():
    """The on-disk cache must hit in a new process: the key may not depend on addresses."""
    import subprocess
    import sys

    code = (
        "import numpy as np, gvcompile, gvcompile.llvm.backend\n"
        "from gvcompile.layers import *\n"
        "from gvcompile.compiled.model import build_graphs\n"
        "from gvcompile.plan.build import build_plan\n"
        "from gvcompile.llvm.compile import plan_key\n"
        "from gvcompile.ir.types import TensorType\n"
        "m = SequentialContainer([Conv(1, 2, 3, padding=1), MaxPool(2), Reshape((8,)),"
        " Fc(8, 3)])\n"
        "f, b = build_graphs(m, [TensorType(('N', 1, 4, 4), np.float32)])\n"
        "print(plan_key(build_plan(f)), plan_key(build_plan(b)))\n")
    keys = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stdout for _ in range(2)}
    assert len(keys) == 1


def test_compile_cache_key_covers_the_generator_sources():
    """Editing the plan, the LLVM generator or the op table must invalidate cached objects:
    the key hashes those sources (a move of the folders once left it hashing nothing)."""
    from gvcompile.llvm.compile import generator_sources

    names = {f"{p.parent.name}/{p.name}" for p in generator_sources()}
    assert {"plan/build.py", "plan/conv.py", "llvm/gemm.py", "llvm/emit.py",
            "ops/registry.py", "ops/elementwise.py"} <= names


def test_bench_cuda_without_gpu_says_so():
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "gvcompile", "bench", "--target", "cuda"],
                       capture_output=True, text=True)
    if r.returncode == 0:
        pytest.skip("a GPU is present: the CUDA bench ran")
    assert r.returncode == 1 and "no usable GPU" in r.stdout
    r = subprocess.run([sys.executable, "-m", "gvcompile", "bench", "--target", "tpu"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "usage" in r.stderr


def test_compiled_models_called_from_two_threads():
    import threading

    from gvcompile.layers import Conv

    gvcompile.manual_seed(0)
    m = SequentialContainer([Conv(4, 8, 3, padding=1, activation_function="relu"),
                             Conv(8, 4, 3, padding=1)])
    x = np.random.default_rng(0).standard_normal((8, 4, 10, 10)).astype(np.float32)
    cms = [gvcompile.compile(copy.deepcopy(m), x, target="cpu") for _ in range(2)]
    refs = {n: cms[0](x[:n]).copy() for n in (1, 2, 8)}
    errors = []

    def work(k):
        for i in range(60):
            n = (1, 2, 8)[i % 3]
            if not np.array_equal(cms[k](x[:n]), refs[n]):
                errors.append((k, i))
                return

    threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


@pytest.mark.parametrize("target", TARGETS)
def test_settings_changed_after_compiling_take_effect(target):
    x, t = np.ones((2, 3), np.float32), np.zeros((2, 2), np.float32)
    m = SequentialContainer([Fc(3, 2)])
    opt = SGD(m, 0.1)
    y = forward(m, x)
    backward(m, mse_loss(y, t)[1])
    gvcompile.optimization.step(opt)  # an eager step, then compiled ones continue from it
    ts = gvcompile.compile_train_step(m, mse_loss, opt, x, t, target=target)
    ts.step(x, t)
    opt.learning_rate = 0.0
    w = m[0].weight.copy()
    ts.step(x, t)
    np.testing.assert_array_equal(w, m[0].weight)
    assert len(ts._programs) == 1  # the learning rate is a run-time argument: no recompile
    opt.momentum = 0.5  # other settings are compiled in: a new program
    ts.step(x, t)
    assert len(ts._programs) == 2
    from gvcompile.layers import Identity

    m2 = SequentialContainer([Identity()])
    cm = gvcompile.compile(m2, -np.ones((2, 3), np.float32), target=target)
    assert cm(-np.ones((2, 3), np.float32))[0, 0] == -1
    m2[0].activation_function = "relu"
    assert cm(-np.ones((2, 3), np.float32))[0, 0] == 0


def test_result_never_aliases_an_input():
    x = np.ones((2, 3))
    y = forward(GraphContainer(lambda L, v: v * 1.0, []), x)
    y += 100
    assert x[0, 0] == 1


def test_global_max_pool_ties_go_to_the_first_maximum():
    from gvcompile.layers import GlobalMaxPool

    for target in TARGETS:
        cm = gvcompile.compile(SequentialContainer([GlobalMaxPool()]),
                               np.zeros((1, 1, 2, 2), np.float32), target=target)
        cm(np.zeros((1, 1, 2, 2), np.float32))
        g = cm.backward(np.ones((1, 1, 1, 1), np.float32))
        np.testing.assert_array_equal(g.ravel(), [1, 0, 0, 0])


def test_export_checks(tmp_path):
    import shutil

    from gvcompile.errors import ExportError
    from gvcompile.layers import Conv, GlobalMaxPool, Reshape

    m = SequentialContainer([Conv(1, 2, 3), GlobalMaxPool(), Reshape((2,))])
    cm = gvcompile.compile(m, np.ones((1, 1, 8, 8), np.float32))
    cm(np.ones((1, 1, 12, 12), np.float32))
    cm(np.ones((1, 1, 8, 8), np.float32))
    gvcompile.export(cm, tmp_path, name="last")  # the program of the last call
    lib = gvcompile.load(tmp_path / "liblast.so")
    assert lib.manifest["entry_points"]["forward"]["inputs"][0]["shape"] == ["N", 1, 8, 8]
    with pytest.raises(ExportError, match="C identifier"):
        gvcompile.export(cm, tmp_path, name="int")
    big = gvcompile.compile(SequentialContainer([Fc(4, 30)]), np.ones((1, 4), np.float32))
    gvcompile.export(big, tmp_path / "b", name="mm")
    small = gvcompile.compile(SequentialContainer([Fc(4, 2)]), np.ones((1, 4), np.float32))
    gvcompile.export(small, tmp_path / "s", name="mm")
    shutil.copy(tmp_path / "b" / "libmm.so", tmp_path / "s" / "libmm.so")
    with pytest.raises(ValueError, match="describes another library"):
        gvcompile.load(tmp_path / "s" / "libmm.so")


def test_train_step_refuses_a_reduction_method():
    m = SequentialContainer([Fc(3, 2)])
    with pytest.raises(ValueError, match="reduction_method"):
        gvcompile.compile_train_step(m, mse_loss, SGD(m, 0.1), np.ones((2, 3), np.float32),
                                     np.ones((2, 2), np.float32),
                                     loss_options={"reduction_method": "sum"})


def test_train_step_refuses_an_optimizer_of_another_model():
    m, other = SequentialContainer([Fc(3, 2)]), SequentialContainer([Fc(3, 2)])
    with pytest.raises(ValueError, match="none of the model's parameters"):
        gvcompile.compile_train_step(m, mse_loss, SGD(other, 0.1), np.ones((2, 3), np.float32),
                                     np.ones((2, 2), np.float32), target="interp")


@pytest.mark.parametrize("target,options", [("interp", {}), ("cpu", {}),
                                            ("cuda", {"emulate": True})])
def test_test_mode_batchnorm_without_affine_between_fcs(target, options):
    # fold_channel_affine renumbers the nodes; the split looked the seeds up by stale ids
    # (KeyError: 18 in autodiff/split.py)
    m = SequentialContainer([Fc(3, 5), BatchNorm(5, affine=False), Fc(5, 2)])
    m[1].running_mean[...] = [0.1, -0.2, 0.3, 0.0, 0.5]
    m[1].running_variance[...] = [1.0, 2.0, 0.5, 4.0, 1.5]
    testmode(m)
    x = np.random.default_rng(0).random((2, 3), dtype=np.float32)
    cm = gvcompile.compile(m, x, target=target, **options)
    w1, b1, w2, b2 = m[0].weight, m[0].bias, m[2].weight, m[2].bias
    inv = 1 / np.sqrt(m[1].running_variance + 1e-5)
    z = (x @ w1.T + b1 - m[1].running_mean) * inv
    np.testing.assert_allclose(cm(x), z @ w2.T + b2, rtol=1e-5, atol=1e-6)
    dy = np.ones((2, 2), np.float32)
    zero_gradients(m)
    dx = cm.backward(dy)
    dh = dy @ w2 * inv
    np.testing.assert_allclose(m[0].weight_gradient, dh.T @ x, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(m[2].weight_gradient, dy.T @ z, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(dx, dh @ w1, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("weight", [[1.0, 2.0, 0.5], (1.0, 2.0, 0.5), np.array([1.0, 2.0, 0.5])],
                         ids=["list", "tuple", "array"])
def test_train_step_with_class_weights_in_loss_options(weight):
    """A list or array in loss_options was part of an unhashable program key (TypeError, found
    by the fuzzer)."""
    from gvcompile.layers import Fc, SequentialContainer, Softmax
    from gvcompile.optimization import SGD, crossentropy_loss

    m = SequentialContainer([Fc(3, 3), Softmax(dims=1)])
    x = np.random.default_rng(0).random((4, 3)).astype(np.float32)
    t = np.eye(3, dtype=np.float32)[[0, 1, 2, 0]]
    ts = gvcompile.compile_train_step(m, crossentropy_loss, SGD(m, 0.1), x, t, target="interp",
                                      loss_options={"weight": weight})
    assert np.isfinite(ts.step(x, t))


def test_forward_of_a_loaded_library_is_the_compiled_forward(tmp_path):
    """forward(gvcompile.load(dir), x) raised 'expected a layer, container or CompiledModel'."""
    from gvcompile.layers import Fc, SequentialContainer, backward, forward

    m = SequentialContainer([Fc(3, 2)])
    x = np.random.default_rng(0).random((4, 3)).astype(np.float32)
    cm = gvcompile.compile(m, x)
    cm(x)
    gvcompile.export(cm, tmp_path, name="fwdlib")
    lib = gvcompile.load(tmp_path)
    for n in (1, 4, 7):
        xn = np.random.default_rng(n).random((n, 3)).astype(np.float32)
        # the library is built for x86-64-v3, the JIT for this host: rounding may differ
        np.testing.assert_allclose(forward(lib, xn), forward(cm, xn), rtol=1e-6, atol=1e-7)
    with pytest.raises(TypeError, match="loaded library"):
        backward(lib, np.ones((4, 2), np.float32))
