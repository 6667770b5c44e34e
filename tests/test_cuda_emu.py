"""The CPU emulation header (runtime/cuda/gv_cuda_emu.h) on hand-written kernels: barriers
across several phases, shared memory per block, warp shuffles (down/up/xor/idx, partial
warps), ballot, 2-D blocks, atomics; the same text compiles with nvcc (skipped without)."""

from __future__ import annotations

import numpy as np
import pytest

from gvcompile.cuda.kernel import CudaModule, Kernel, Param

SRC = r"""
GV_KERNEL void shuffles(const int *GV_GMEM x, int *GV_GMEM out, long long n) {
  const int t = threadIdx.x, v = x[t];
  out[0 * n + t] = __shfl_down_sync(0xffffffffu, v, 3);
  out[1 * n + t] = __shfl_up_sync(0xffffffffu, v, 2);
  out[2 * n + t] = __shfl_xor_sync(0xffffffffu, v, 5);
  out[3 * n + t] = __shfl_sync(0xffffffffu, v, 7, 16);
  out[4 * n + t] = (int)__ballot_sync(0xffffffffu, v % 3 == 0);
}
GV_KERNEL void phases(const float *GV_GMEM x, float *GV_GMEM out, long long n) {
  __shared__ float buf[256];
  const int t = threadIdx.y * blockDim.x + threadIdx.x, nt = blockDim.x * blockDim.y;
  buf[t] = x[blockIdx.x * nt + t];
  __syncthreads();
  for (int s = 1; s < nt; s *= 2) {  // Hillis-Steele inclusive scan: two barriers per step
    float add = t >= s ? buf[t - s] : 0.f;
    __syncthreads();
    buf[t] += add;
    __syncthreads();
  }
  out[blockIdx.x * nt + t] = buf[t];
}
GV_KERNEL void count(int *GV_GMEM c, long long n) {
  atomicAdd(c, 1);
  if (threadIdx.x == 0) atomicMax(c + 1, (int)blockIdx.x);
}
"""


def _module():
    ptr = lambda ct, name: Param(name, ct, ("value", 0))  # noqa: E731
    n = Param("n", "long long", ("N",))
    ks = [Kernel("shuffles", [ptr("const int *", "x"), ptr("int *", "out"), n], "", None, True),
          Kernel("phases", [ptr("const float *", "x"), ptr("float *", "out"), n], "", None, True),
          Kernel("count", [ptr("int *", "c"), n], "", None, False)]
    ks[0].text = SRC
    return CudaModule("emu_test", ks)


@pytest.fixture(scope="module")
def mod():
    from gvcompile.cuda.emu import EmuDriver

    drv = EmuDriver()
    cm = _module()
    return drv, drv.load(drv.compile(cm.emu_text(), cm.tag), cm.tag)


def _expected_shuffles(x):
    n = len(x)
    lane = np.arange(n) % 32
    base = np.arange(n) - lane
    down = np.where(lane + 3 < 32, x[np.minimum(base + lane + 3, n - 1)], x)
    down = np.where(base + lane + 3 < n, down, x)
    up = np.where(lane >= 2, x[np.maximum(np.arange(n) - 2, 0)], x)
    src = base + (lane ^ 5)
    xor = np.where(src < n, x[np.minimum(src, n - 1)], x)
    idx = x[np.minimum(base + (lane // 16) * 16 + 7, n - 1)]
    ballot = np.zeros(n, np.int64)
    for w in range(0, n, 32):
        bits = sum(1 << k for k in range(min(32, n - w)) if x[w + k] % 3 == 0)
        ballot[w:w + 32] = np.int32(np.uint32(bits).view(np.int32))
    return np.stack([down, up, xor, idx, ballot]).astype(np.int32)


@pytest.mark.parametrize("n", [32, 64, 40])  # 40: a partial second warp
def test_warp_shuffles_and_ballot(mod, n):
    drv, m = mod
    x = np.random.default_rng(n).integers(0, 1000, n).astype(np.int32)
    xb, ob = drv.upload(x), drv.alloc(5 * n * 4)
    drv.launch(m.function("shuffles"), (1, 1, 1), (n, 1, 1), [xb, ob, n], fibers=True)
    got = drv.download(ob, (5, n), np.int32)
    np.testing.assert_array_equal(got, _expected_shuffles(x))


def test_barriers_shared_memory_2d_blocks(mod):
    drv, m = mod
    x = np.random.default_rng(0).standard_normal((3, 96)).astype(np.float32)
    xb, ob = drv.upload(x), drv.alloc(x.nbytes)
    drv.launch(m.function("phases"), (3, 1, 1), (32, 3, 1), [xb, ob, 0], fibers=True)
    np.testing.assert_allclose(drv.download(ob, x.shape, np.float32), np.cumsum(x, axis=1),
                               rtol=1e-5, atol=1e-5)


def test_atomics_and_plain_loop_launch(mod):
    drv, m = mod
    cb = drv.upload(np.zeros(2, np.int32))
    drv.launch(m.function("count"), (7, 2, 1), (33, 1, 1), [cb, 0], fibers=False)
    np.testing.assert_array_equal(drv.download(cb, (2,), np.int32), [7 * 2 * 33, 6])


def test_bad_launch_is_an_error_not_a_crash(mod):
    from gvcompile.cuda.driver import CudaError

    drv, m = mod
    cb = drv.upload(np.zeros(2, np.int32))
    with pytest.raises(CudaError, match="bad launch"):
        drv.launch(m.function("count"), (1, 1, 1), (2048, 1, 1), [cb, 0])
    with pytest.raises(CudaError, match="not found"):
        m.function("no_such_kernel")


def test_same_text_compiles_with_nvcc():
    from gvcompile.cuda.nvcc import find_nvcc, nvcc_compile

    if find_nvcc() is None:
        pytest.skip("nvcc not installed")
    ptx = nvcc_compile(_module().cuda_text(), "ptx", "sm_80").decode()
    for k in ("shuffles", "phases", "count"):
        assert f".entry {k}(" in ptx
    assert "shfl.sync.down" in ptx and "bar.sync" in ptx
