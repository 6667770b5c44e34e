"""Exported libraries under AddressSanitizer + UndefinedBehaviorSanitizer (valgrind: see
test_export.py).

The C parts of an export are compiled with ``-fsanitize=address,undefined`` (the generated
ABI C of export/csource.py, runtime/export/gv_export.c and the thread pool of
gv_pool_export.c, through a compiler wrapper given as CC) and so is the C host program
(examples/c_inference/main.c), which trains, runs forward and exercises the error paths. The
kernels themselves are LLVM object code and cannot be instrumented: ASan sees their heap
accesses only where they hit poisoned memory through instrumented callers, not inside them
(GV_BOUNDS=1 checks the kernels' accesses on the Python side, tests/test_bounds.py).

Skipped only when the C compiler cannot build and run a sanitized program (no libasan/libubsan)
-- a probe compile says which; the probe also proves that the wrapper does catch a heap
overflow and a signed overflow, so a clean run means something.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

import gvcompile
from gvcompile import export
from gvcompile.layers import (
    BatchNorm,
    Conv,
    Fc,
    Reshape,
    SequentialContainer,
    module_to_eltype_device,
    testmode,
)
from gvcompile.optimization import Adam

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "c_inference"
CC = shutil.which(os.environ.get("CC", "gcc")) or shutil.which("cc")
SAN = ("-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer")
ENV = {"ASAN_OPTIONS": "detect_leaks=1:halt_on_error=1:abort_on_error=0",
       "UBSAN_OPTIONS": "halt_on_error=1:print_stacktrace=1"}
pytestmark = pytest.mark.skipif(CC is None or shutil.which("make") is None,
                                reason="no system C compiler or make")

PROBES = {  # program -> what the sanitizer must say (None: must run clean)
    "clean": ("#include <stdlib.h>\nint main(void){int *p=malloc(8);p[1]=1;int r=p[1]-1;"
              "free(p);return r;}", None),
    "heap": ("#include <stdlib.h>\nint main(int c,char**v){(void)v;int *p=malloc(8);"
             "p[c+1]=1;int r=p[0];free(p);return r;}", "heap-buffer-overflow"),
    "ub": ("#include <limits.h>\nint main(int c,char**v){(void)v;int x=INT_MAX-1+c;"
           "return (x+c)>0;}", "runtime error"),
}


def _run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, **ENV), **kw)


@pytest.fixture(scope="module")
def san_cc(tmp_path_factory):
    """A compiler wrapper adding the sanitizer flags (CC must be one word for export)."""
    d = tmp_path_factory.mktemp("sancc")
    for name, (src, want) in PROBES.items():
        (d / f"{name}.c").write_text(src)
        res = _run([CC, *SAN, str(d / f"{name}.c"), "-o", str(d / name)])
        if res.returncode != 0:
            pytest.skip(f"{CC} cannot build with {' '.join(SAN[:1])}: {res.stderr[-500:]}")
        run = _run([str(d / name)])
        if want is None and run.returncode != 0:
            pytest.skip(f"sanitized programs do not run here: {run.stderr[-500:]}")
        if want is not None:
            assert run.returncode != 0 and want in run.stderr, (name, run.stderr[-2000:])
    wrapper = d / "san-cc"
    wrapper.write_text(f"#!/bin/sh\nexec {CC} {' '.join(SAN)} \"$@\"\n")
    wrapper.chmod(0o755)
    return str(wrapper)


def _net(dtype):
    m = SequentialContainer([
        Conv(2, 3, (3, 3), stride=(2, 1), padding=1, activation_function="relu"),
        BatchNorm(3), Reshape((3 * 4 * 5,)), Fc(60, 7, activation_function="tanh"), Fc(7, 3)])
    module_to_eltype_device(m, dtype)
    return m


@pytest.fixture(scope="module", params=[np.float32, np.float64], ids=["f32", "f64"])
def sanitized(request, san_cc, tmp_path_factory):
    """(program, model copy before training, dtype): a train-step export linked with the
    sanitizers, and main.c built against it with them."""
    dt = request.param
    gvcompile.manual_seed(3)
    m = _net(dt)
    ref = copy.deepcopy(m)
    rng = np.random.default_rng(0)
    x, t = rng.standard_normal((5, 2, 8, 5)).astype(dt), rng.standard_normal((5, 3)).astype(dt)
    ts = gvcompile.compile_train_step(m, "mse_loss", Adam(m, learning_rate=0.01), x, t,
                                      target="interp")
    out = tmp_path_factory.mktemp(f"san_{np.dtype(dt).name}")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CC", san_cc)  # export.build.compiler() reads it
        export(ts, out, name="snet")
    nm = subprocess.run(["nm", "-D", str(out / "libsnet.so")], capture_output=True, text=True)
    assert "__asan_" in nm.stdout and "__ubsan_" in nm.stdout, "the library is not sanitized"
    binary = out / "main"
    real = "float" if dt == np.float32 else "double"
    res = _run(["make", "-s", "-C", str(EXAMPLE), "NAME=snet", f"EXPORT_DIR={out}",
                f"BIN={binary}", f"CC={san_cc}", f"REAL={real}"])
    assert res.returncode == 0, res.stderr
    return binary, ref, dt


@pytest.mark.parametrize("batch", [3, 700])  # 700: large enough to start the thread pool
def test_train_and_forward_clean_under_asan_ubsan(sanitized, batch, tmp_path):
    """Train steps, a forward pass, parameters and the error paths of main.c: no sanitizer
    report, and the same numbers as the interpreter."""
    binary, ref, dt = sanitized
    steps = 2
    rng = np.random.default_rng(batch)
    x = rng.standard_normal((steps * batch, 2, 8, 5)).astype(dt)
    t = rng.standard_normal((steps * batch, 3)).astype(dt)
    xf = rng.standard_normal((batch, 2, 8, 5)).astype(dt)
    for name, a in (("x", x), ("t", t), ("xf", xf)):
        a.tofile(tmp_path / f"{name}.bin")
    res = _run([str(binary), str(steps), str(batch), str(tmp_path)])
    assert res.returncode == 0, res.stderr[-4000:]
    assert "Sanitizer" not in res.stderr and "runtime error" not in res.stderr, res.stderr
    assert "input 0 is NULL" in res.stdout  # the error paths ran
    losses = [float(line.split()[2]) for line in res.stdout.splitlines()
              if line.startswith("loss ")]

    model = copy.deepcopy(ref)
    ts = gvcompile.compile_train_step(model, "mse_loss", Adam(model, learning_rate=0.01),
                                      x[:batch], t[:batch], target="interp")
    want = [ts.step(x[i:i + batch], t[i:i + batch]) for i in range(0, steps * batch, batch)]
    # losses are printed with 9 digits
    tol = dict(rtol=1e-4, atol=1e-5) if dt == np.float32 else dict(rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(losses, want, **tol)
    testmode(model)  # NAME_forward is the inference program (export mode="test")
    y = gvcompile.compile(model, xf, target="interp").forward(xf)
    got = np.fromfile(tmp_path / "y.bin", dt).reshape(y.shape)
    np.testing.assert_allclose(got, y, **tol)
