"""The CUDA backend on the kernel plan: fusion reaches the generated module (fewer kernels
than IR nodes, one arena), the tiled GEMM on sizes that are not multiples of the 64x64 tile
(all transpositions), and DeviceArrays: arguments used in place, results left on the device."""

from __future__ import annotations

import numpy as np
import pytest

from gvcompile.interp import run_graph
from gvcompile.testing import op_graph


@pytest.fixture(scope="module")
def backend():
    from gvcompile.cuda.backend import CudaBackend

    return CudaBackend(emulate=True)


def test_tiled_gemm_odd_sizes_and_transpositions(backend):
    rng = np.random.default_rng(0)
    cases = [((130, 70), (70, 90), {}), ((70, 130), (70, 90), {"trans_a": True}),
             ((3, 45, 70), (90, 70), {"trans_b": True})]
    ins = [[rng.standard_normal(sa), rng.standard_normal(sb)] for sa, sb, _ in cases]
    graphs = [op_graph("matmul", i, a) for i, (_, _, a) in zip(ins, cases, strict=True)]
    for exe, i in zip(backend.build_many(graphs), ins, strict=True):
        np.testing.assert_allclose(exe(i)[0], run_graph(exe.graph, i)[0], rtol=1e-11,
                                   atol=1e-11)


def test_fusion_reaches_the_cuda_module(backend):
    """An element-wise chain is one kernel; its intermediate values never reach memory."""
    from gvcompile.ir.binding import Arg
    from gvcompile.ir.graph import Graph, Output
    from gvcompile.ir.types import BATCH, TensorType
    from gvcompile.ops.builder import Builder

    b = Builder(Graph("chain"))
    with b.scope("test (chain)"):
        x = b.arg(Arg("input", 0), TensorType((BATCH, 9), np.float32), "x")
        y = b.emit("relu", b.emit("tanh", b.emit("exp", x)) * 2.0 - x)
        z = b.emit("reduce_sum", y * y, axes=(1,), keepdims=False)
    b.graph.outputs = [Output(y.id), Output(z.id)]
    g = b.graph
    exe = backend.build(g)
    loops = [k for k in exe.module.kernels if "reduce_sum" not in k.name]
    assert len(loops) == 1, [k.name for k in exe.module.kernels]
    xs = np.random.default_rng(1).standard_normal((4, 9)).astype(np.float32)
    for got, want in zip(exe([xs]), run_graph(g, [xs]), strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)


def test_device_arrays_in_place_and_results_on_device(backend):
    from gvcompile.cuda.backend import CudaExecutable
    from gvcompile.cuda.driver import DeviceArray

    rng = np.random.default_rng(2)
    a, b = rng.standard_normal((5, 3)), rng.standard_normal((5, 3))
    g = op_graph("add", [a, b], {})
    exe = backend.build(g)
    dev = CudaExecutable(g, exe.plan, backend.driver, exe.module,
                         backend.driver.module(exe.module.emu_text(), exe.module.tag),
                         device_outputs={0})
    da = DeviceArray.from_host(backend.driver, a)
    r1 = dev([da, b])[0]
    assert isinstance(r1, DeviceArray) and r1.shape == (5, 3)
    r2 = dev([r1, b])[0]  # a result fed back without leaving the device
    np.testing.assert_allclose(np.asarray(r2), a + 2 * b)
    np.testing.assert_allclose(r1.get(), a + b)  # not overwritten by the second call
    da.set(np.zeros_like(a))
    np.testing.assert_allclose(exe([da, b])[0], b)


def test_per_node_schedule_agrees(backend):
    from gvcompile.cuda.backend import CudaBackend

    rng = np.random.default_rng(3)
    x, w = rng.standard_normal((2, 3, 9, 8)), rng.standard_normal((4, 3, 3, 3))
    g = op_graph("conv2d", [x, w], {"stride": (2, 1), "padding": (1, 2), "dilation": (1, 2)})
    a = backend.build(g)([x, w])[0]
    b = CudaBackend(emulate=True, per_node=True).build(g)([x, w])[0]
    np.testing.assert_allclose(a, b, rtol=1e-11, atol=1e-11)
    np.testing.assert_allclose(a, run_graph(g, [x, w])[0], rtol=1e-11, atol=1e-11)
