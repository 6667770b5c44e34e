"""gvcompile.export of CUDA-compiled models and steps (gvcompile/aot/cuda.py): libNAME.so and
the static archive libNAME.a with the kernels' fatbins embedded and a launcher that loads
libcuda.so.1 at run time, the same C ABI as the CPU export plus documented device-pointer
variants. Built here with nvcc and gcc; without a
driver, create (and a call on the NULL instance it leaves) returns NAME_ERR_NODRIVER with a
message, from C and through gvcompile.load. On a GPU machine the library is compared with the
interpreter (cuda_device)."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess

import numpy as np
import pytest

import gvcompile
from gvcompile.layers import BatchNorm, Fc, SequentialContainer, testmode
from gvcompile.layers import module_to_eltype_device as to_device
from gvcompile.optimization import Adam, mse_loss

nvcc = pytest.importorskip("gvcompile.cuda.nvcc")
pytestmark = pytest.mark.skipif(
    nvcc.find_nvcc() is None or shutil.which("gcc") is None or shutil.which("g++") is None,
    reason="needs nvcc, gcc and g++")

X = np.random.default_rng(0).standard_normal((4, 6)).astype(np.float32)
T = np.random.default_rng(1).standard_normal((4, 3)).astype(np.float32)


def net():
    return SequentialContainer([Fc(6, 8, use_bias=False), BatchNorm(8, activation_function="relu"),
                                Fc(8, 3)])


def _libcuda() -> bool:
    from gvcompile.cuda.driver import libcuda_present

    return libcuda_present()


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """A train step on a model living on the (emulated) device, trained 3 steps, then exported;
    its twin trained the same way by the interpreter."""
    gvcompile.manual_seed(5)
    a = net()
    gvcompile.manual_seed(5)
    b = net()
    to_device(a, np.float32, device="gpu")
    sa = gvcompile.compile_train_step(a, mse_loss, Adam(a, 0.01), X, T, target="cuda",
                                      emulate=True)
    sb = gvcompile.compile_train_step(b, mse_loss, Adam(b, 0.01), X, T, target="interp")
    for _ in range(3):
        sa.step(X, T)
        sb.step(X, T)
    out = tmp_path_factory.mktemp("cuda_export")
    so = gvcompile.export(sa, out, "gnet")
    return so, out, b, sb


ABI = {"gnet_create", "gnet_destroy", "gnet_forward", "gnet_forward_dev", "gnet_train_step",
       "gnet_train_step_dev", "gnet_get_parameters", "gnet_set_parameters",
       "gnet_num_parameters", "gnet_last_error", "gnet_set_learning_rate",
       "gnet_get_learning_rate", "gnet_state_bytes", "gnet_get_state", "gnet_set_state"}


def test_library_exports_exactly_the_abi_and_needs_no_cuda_to_link(exported):
    so, out, _, _ = exported
    assert {p.name for p in out.iterdir()} >= {"libgnet.so", "libgnet.a", "gnet.h", "gnet.json"}
    assert so.name == "libgnet.so"
    for flags, lib in ((["-D"], so), (["--extern-only"], out / "libgnet.a")):
        syms = subprocess.run(["nm", *flags, "--defined-only", str(lib)], capture_output=True,
                              text=True, check=True).stdout
        defined = {line.split()[-1] for line in syms.splitlines() if len(line.split()) == 3}
        assert defined == ABI, lib.name  # the launcher and runtime stay private in both
    ldd = subprocess.run(["ldd", str(so)], capture_output=True, text=True).stdout
    assert "libcuda" not in ldd and "libcudart" not in ldd and "libstdc++" not in ldd
    dyn = subprocess.run(["readelf", "-d", str(so)], capture_output=True, text=True).stdout
    assert "libcuda" not in dyn


def test_manifest_and_header_describe_the_cuda_abi(exported):
    so, out, _, _ = exported
    man = json.loads((out / "gnet.json").read_text())
    assert man["target"] == "cuda" and man["kind"] == "train_step"
    assert man["error_codes"]["GNET_ERR_NODRIVER"] == 2
    assert man["error_codes"]["GNET_ERR_NODEVICE"] == 3
    assert man["num_parameters"] == 6 * 8 + 8 + 8 + 8 * 3 + 3
    names = [s["name"] for s in man["state"]]
    assert "model[1].running_mean" in names and any(n.startswith("optimizer.") for n in names)
    h = (out / "gnet.h").read_text()
    assert "int gnet_forward(gnet_t *model, int64_t batch, const float *input, float *output);" \
        in h
    assert "int gnet_forward_dev(gnet_t *model, int64_t batch, uint64_t input, " \
        "uint64_t output);" in h
    assert "int gnet_train_step_dev(gnet_t *model, int64_t batch, uint64_t input, " \
        "uint64_t target, uint64_t loss);" in h
    assert "Device-pointer variants" in h and "libcuda.so.1" in h
    # the forward is the inference program; learning rate and state as in CPU exports
    assert man["forward_mode"] == "test" and "gnet_forward runs the model in test mode" in h
    assert man["learning_rate_state"] and "int gnet_set_learning_rate(gnet_t *model, " \
        "double learning_rate);" in h and "int gnet_get_learning_rate(" in h
    packed = [s for s in man["state"] if "offset" in s]
    assert {s["kind"] for s in packed} == {"buffer", "optimizer"}
    assert man["state_bytes"] == sum(4 * int(np.prod(s["shape"], dtype=np.int64))
                                     for s in packed)
    assert "int64_t gnet_state_bytes(void);" in h and "int gnet_get_state(gnet_t *model, " \
        "void *dst);" in h and "gnet_reset_state" not in h  # no recurrent layer


def _blob_bytes(so, nbytes: int) -> bytes:
    """The embedded initial state (the hidden symbol gnet__blob) read from the file."""
    sym = subprocess.run(["nm", str(so)], capture_output=True, text=True, check=True).stdout
    addr = next(int(line.split()[0], 16) for line in sym.splitlines()
                if line.endswith(" gnet__blob"))
    sections = subprocess.run(["readelf", "-SW", str(so)], capture_output=True, text=True,
                              check=True).stdout
    for line in sections.splitlines():
        parts = line.replace("[ ", "[").split()
        if len(parts) > 5 and parts[0].startswith("[") and parts[2] in ("PROGBITS",):
            start, off, size = int(parts[3], 16), int(parts[4], 16), int(parts[5], 16)
            if start <= addr < start + size:
                data = so.read_bytes()
                return data[off + addr - start: off + addr - start + nbytes]
    raise AssertionError("gnet__blob not found in a section")


def test_weights_as_at_export_are_embedded(exported):
    so, out, b, _ = exported
    man = json.loads((out / "gnet.json").read_text())
    # the blob starts with the state in manifest order, each array 64-byte aligned
    sizes = [int(np.prod(s["shape"], dtype=np.int64)) for s in man["state"]]
    blob = _blob_bytes(so, sum((4 * n + 63) // 64 * 64 for n in sizes))
    flat, off = [], 0
    for s, size in zip(man["state"], sizes, strict=True):
        flat.append((s["name"], np.frombuffer(blob, np.float32, size, off)))
        off += (4 * size + 63) // 64 * 64
    state = dict(flat)
    for k, layer in enumerate(b):
        for f, v in layer.parameters() + layer.buffers():
            # the device-resident model's values (read back at export) = the interpreter's
            np.testing.assert_allclose(state[f"model[{k}].{f}"].reshape(v.shape), v,
                                       rtol=2e-4, atol=2e-6)


C_PROGRAM = r"""
#include <stdio.h>
#include "gnet.h"
int main(void) {
  gnet_t *m = 0;
  float x[24] = {0}, y[12], t[12] = {0}, loss;
  int rc = gnet_create(&m);
  printf("create=%d m=%s\n%s\n", rc, m ? "set" : "null", gnet_last_error(NULL));
  printf("nparams=%lld\n", (long long)gnet_num_parameters());
  if (rc == 0) {
    printf("bad=%d ", gnet_forward(m, 0, x, y));
    printf("null=%d ", gnet_forward(m, 4, NULL, y));
    printf("fwd=%d step=%d\n", gnet_forward(m, 4, x, y), gnet_train_step(m, 4, x, t, &loss));
    gnet_destroy(m);
    return 0;
  }
  int f = gnet_forward(m, 4, x, y);
  printf("forward=%d\n%s\n", f, gnet_last_error(NULL));
  int s = gnet_train_step_dev(m, 4, 0, 0, 0);
  printf("step_dev=%d\n", s);
  return 0;
}
"""


LINKS = {"shared": ["-L{out}", "-lgnet", "-Wl,-rpath,{out}"],  # the lines gnet.h documents
         "static": ["{out}/libgnet.a", "-ldl", "-lpthread"]}


@pytest.mark.parametrize("link", sorted(LINKS))
def test_no_driver_error_codes_from_c(exported, link):
    so, out, _, _ = exported
    assert " ".join(LINKS[link]).replace("{out}", "DIR") in (out / "gnet.h").read_text()
    (out / "main.c").write_text(C_PROGRAM)
    exe = out / f"main_{link}"
    subprocess.run(["gcc", "-std=c11", "-Wall", "-Werror", str(out / "main.c"), f"-I{out}",
                    *(a.format(out=out) for a in LINKS[link]), "-o", str(exe)], check=True)
    res = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert "nparams=91" in res.stdout
    if _libcuda():
        assert "create=0" in res.stdout or "create=3" in res.stdout, res.stdout
        if "create=0" in res.stdout:
            assert "bad=6 null=1 fwd=0 step=0" in res.stdout
        return
    lines = res.stdout.splitlines()
    assert lines[0] == "create=2 m=null", res.stdout
    assert lines[1].startswith("gnet_create: the CUDA driver (libcuda.so.1) could not be loaded")
    assert "forward=2" in lines and "step_dev=2" in lines
    assert any(ln.startswith("gnet_forward: no instance (create failed: gnet_create: the CUDA "
                             "driver") for ln in lines), res.stdout


def test_load_reports_no_driver(exported):
    from gvcompile.aot.loader import ExportedError

    so, _, _, _ = exported
    if _libcuda():
        pytest.skip("a CUDA driver is present (see test_exported_library_on_real_gpu)")
    with pytest.raises(ExportedError, match=r"libgnet.so returned 2: gnet_create: the CUDA "
                                            r"driver \(libcuda.so.1\) could not be loaded"):
        gvcompile.load(so)


def test_compiled_model_export_forward_only(tmp_path):
    gvcompile.manual_seed(2)
    m = net()
    cm = gvcompile.compile(m, X, target="cuda", emulate=True)
    cm(X)
    so = gvcompile.export(cm, tmp_path, "fwd")
    syms = subprocess.run(["nm", "-D", "--defined-only", str(so)], capture_output=True,
                          text=True, check=True).stdout
    assert " T fwd_forward_dev" in syms and "train_step" not in syms
    man = json.loads((tmp_path / "fwd.json").read_text())
    assert man["kind"] == "model" and list(man["entry_points"]) == ["forward"]


@pytest.mark.cuda_device
def test_exported_library_on_real_gpu(exported):
    """With a GPU: forward and train steps of the library match the interpreter's twin."""
    so, _, b, sb = exported
    if not _libcuda():
        pytest.skip("no CUDA driver")
    from gvcompile.aot.loader import ExportedError

    try:
        lib = gvcompile.load(so)
    except ExportedError as e:
        pytest.skip(f"no usable GPU: {e}")
    for _ in range(2):
        np.testing.assert_allclose(lib.step(X, T), sb.step(X, T), rtol=1e-4)
    flat = lib.get_parameters()
    want = np.concatenate([np.ravel(v) for layer in b for _, v in layer.parameters()])
    np.testing.assert_allclose(flat, want, rtol=1e-4, atol=1e-6)
    ref = copy.deepcopy(b)  # gnet_forward is the inference program (running statistics)
    testmode(ref)
    y = lib.forward(X)
    np.testing.assert_array_equal(lib.forward(X), y)
    np.testing.assert_allclose(y, gvcompile.compile(ref, X, target="interp")(X), rtol=1e-4,
                               atol=1e-5)
    # learning rate and checkpoint state on the device, as in CPU exports
    assert lib.learning_rate == pytest.approx(0.01)
    other = gvcompile.load(so)
    other.set_parameters(lib.get_parameters())
    other.set_state(lib.get_state())
    want = [lib.step(X, T) for _ in range(2)]
    assert [other.step(X, T) for _ in range(2)] == want  # resumed bit-identically
    lib.learning_rate = 0.0
    p = lib.get_parameters()
    lib.step(X, T)
    np.testing.assert_array_equal(lib.get_parameters(), p)
