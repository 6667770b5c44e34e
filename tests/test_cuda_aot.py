"""AOT CUDA library: built here with nvcc (fatbin: SASS sm_80 + sm_90, compute_90 PTX) and gcc;
without a CUDA driver, create returns GV_CUDA_ENODRIVER with a message (checked through a small
C program and through ctypes); with a driver (a GPU machine), the forward matches the
interpreter."""

from __future__ import annotations

import ctypes
import shutil
import subprocess

import numpy as np
import pytest

from gvcompile.interp import run_graph
from gvcompile.testing import op_graph

nvcc = pytest.importorskip("gvcompile.cuda.nvcc")
pytestmark = pytest.mark.skipif(nvcc.find_nvcc() is None or shutil.which("gcc") is None,
                                reason="needs nvcc and gcc")


def _graph():
    from gvcompile.ir.binding import Arg
    from gvcompile.ir.graph import Graph, Output
    from gvcompile.ir.types import BATCH, TensorType
    from gvcompile.ops.builder import Builder

    b = Builder(Graph("mlp"))
    with b.scope("test (aot)"):
        x = b.arg(Arg("input", 0), TensorType((BATCH, 5), np.float32), "x")
        w = b.arg(Arg("input", 1), TensorType((7, 5), np.float32), "w")
        h = b.emit("relu", b.emit("matmul", x, w, trans_b=True))
        y = b.emit("softmax", h, axes=(1,))
    b.graph.outputs = [Output(y.id), Output(x.id)]
    return b.graph


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    from gvcompile.cuda.aot import build_library

    out = tmp_path_factory.mktemp("aot")
    return build_library({"forward": _graph()}, out, "mlp"), out


def _libcuda() -> bool:
    from gvcompile.cuda.driver import libcuda_present

    return libcuda_present()


def test_library_builds_with_embedded_fatbin(lib):
    so, out = lib
    src = (out / "mlp_cuda.c").read_text()
    assert "mlp_fatbin_0" in src and "libcuda.so.1" not in src  # loaded by the runtime header
    syms = subprocess.run(["nm", "-D", "--defined-only", str(so)], capture_output=True,
                          text=True).stdout
    for s in ("mlp_cuda_create", "mlp_cuda_destroy", "mlp_cuda_last_error", "mlp_cuda_forward",
              "mlp_cuda_forward_dev"):
        assert f" T {s}\n" in syms + "\n", s
    assert "gv_create" not in syms  # internals stay hidden
    ldd = subprocess.run(["ldd", str(so)], capture_output=True, text=True).stdout
    assert "libcuda" not in ldd and "libcudart" not in ldd


def fatbin_entries(fat: bytes) -> list[tuple[str, int, bytes]]:
    """(kind "elf" | "ptx", sm version, payload) of each entry of a fatbin container: a 16-byte
    header (magic 0xBA55ED50, version, header size, size of the entries), then per entry a
    header (u16 kind 1 = PTX, 2 = ELF; u32 header size at 4; u32 padded payload size at 8; u32
    sm version at 28) and its payload. Read here so that no CUDA tool is needed to check it."""
    import struct

    magic, _, hsize, size = struct.unpack_from("<IHHQ", fat, 0)
    assert magic == 0xBA55ED50
    out, off = [], hsize
    while off < hsize + size:
        kind, _, ehsize, padded = struct.unpack_from("<HHII", fat, off)
        sm = struct.unpack_from("<I", fat, off + 28)[0]
        out.append(({1: "ptx", 2: "elf"}.get(kind, str(kind)), sm,
                    fat[off + ehsize:off + ehsize + padded]))
        off += ehsize + padded
    return out


def test_fatbin_holds_sm80_sm90_and_ptx():
    from gvcompile.cuda.nvcc import cuda_home, nvcc_compile
    from gvcompile.cuda.plan_cuda import plan_module

    _, cmod = plan_module(_graph())
    fat = nvcc_compile(cmod.cuda_text(), "fatbin")
    entries = fatbin_entries(fat)
    kinds = {(k, sm) for k, sm, _ in entries}
    assert {("elf", 80), ("elf", 90), ("ptx", 90)} <= kinds, kinds
    assert all(p.startswith(b"\x7fELF") for k, _, p in entries if k == "elf")
    cuobjdump = cuda_home() / "bin" / "cuobjdump" if cuda_home() else None
    if cuobjdump is not None and cuobjdump.exists():  # the toolkit's own reading, where shipped
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as tmp:
            f = Path(tmp) / "k.fatbin"
            f.write_bytes(fat)
            listing = subprocess.run([str(cuobjdump), "-lelf", "-lptx", str(f)],
                                     capture_output=True, text=True).stdout
        assert "sm_80" in listing and "sm_90" in listing and ".ptx" in listing


C_PROGRAM = r"""
#include <stdio.h>
#include <string.h>
#include "mlp_cuda.h"
int main(void) {
  mlp_cuda *c = 0;
  int rc = mlp_cuda_create(&c);
  printf("rc=%d c=%p\n%s\n", rc, (void *)c, mlp_cuda_last_error(NULL));
  if (rc == 0) {
    float x[10] = {0}, w[35] = {0}, y[14], xo[10];
    const void *args[] = {x, w};
    void *outs[] = {y, xo};
    int bad = mlp_cuda_forward(c, 0, args, outs);  /* batch 0: an error, no crash */
    int ok = mlp_cuda_forward(c, 2, args, outs);
    printf("bad=%d ok=%d y0=%g\n", bad, ok, y[0]);
    mlp_cuda_destroy(c);
  }
  return 0;
}
"""


def test_no_driver_error_path_from_c(lib):
    so, out = lib
    (out / "main.c").write_text(C_PROGRAM)
    exe = out / "main"
    subprocess.run(["gcc", "-std=c11", str(out / "main.c"), f"-I{out}", f"-L{out}",
                    "-lmlp_cuda", f"-Wl,-rpath,{out}", "-o", str(exe)], check=True)
    res = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    if _libcuda():
        assert "rc=0" in res.stdout or "rc=3" in res.stdout
        if "rc=0" in res.stdout:
            assert "bad=1 ok=0" in res.stdout
        return
    assert res.stdout.startswith("rc=2 c=(nil)"), res.stdout
    assert "libcuda.so.1 could not be loaded" in res.stdout or \
        "(libcuda.so.1) could not be loaded" in res.stdout


def test_ctypes_create_and_run_or_no_driver(lib):
    so, _ = lib
    dll = ctypes.CDLL(str(so))
    dll.mlp_cuda_last_error.restype = ctypes.c_char_p
    handle = ctypes.c_void_p()
    rc = dll.mlp_cuda_create(ctypes.byref(handle))
    if not _libcuda():
        assert rc == 2 and not handle.value
        assert b"libcuda.so.1" in dll.mlp_cuda_last_error(None)
        assert dll.mlp_cuda_forward(None, 2, None, None) == 1  # null instance: an error
        return
    if rc == 3:
        pytest.skip("CUDA driver but no usable device")
    assert rc == 0
    x = np.random.default_rng(0).standard_normal((3, 5)).astype(np.float32)
    w = np.random.default_rng(1).standard_normal((7, 5)).astype(np.float32)
    y, xo = np.empty((3, 7), np.float32), np.empty_like(x)
    args = (ctypes.c_void_p * 2)(x.ctypes.data, w.ctypes.data)
    outs = (ctypes.c_void_p * 2)(y.ctypes.data, xo.ctypes.data)
    assert dll.mlp_cuda_forward(handle, ctypes.c_int64(3), args, outs) == 0
    want = run_graph(_graph(), [x, w])
    np.testing.assert_allclose(y, want[0], rtol=1e-5, atol=1e-6)
    np.testing.assert_array_equal(xo, x)
    dll.mlp_cuda_destroy(handle)


def test_library_rejects_bad_names(tmp_path):
    from gvcompile.cuda.aot import build_library

    with pytest.raises(ValueError, match="C identifier"):
        build_library({"forward": op_graph("relu", [np.ones((2, 2), np.float32)], {})},
                      tmp_path, "bad-name")
