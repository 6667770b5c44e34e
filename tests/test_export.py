"""Ahead-of-time export (API.md §8): libNAME.so + libNAME.a + NAME.h + NAME.json, called from C
and from Python.

Every export is compared with the interpreter (``target="interp"``) on a deep copy of the model
taken before anything ran: a C program built against the generated header, linked both ways the
header documents (the shared library, the static archive), trains and runs the model;
``gvcompile.load`` round-trips forward, train steps and parameters.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

import gvcompile
import gvcompile.functional as F
from gvcompile import export, load
from gvcompile.aot.header import header_text
from gvcompile.aot.loader import ExportedError
from gvcompile.errors import ExportError
from gvcompile.layers import (
    BatchNorm,
    Conv,
    Dropout,
    Fc,
    GraphContainer,
    Reshape,
    SequentialContainer,
    module_to_eltype_device,
    testmode,
)
from gvcompile.layers import forward as layer_forward
from gvcompile.optimization import MSGD, Adam

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "c_inference"
CC = shutil.which("cc") or shutil.which("gcc")
pytestmark = pytest.mark.skipif(CC is None, reason="no system C compiler")


def conv_net(dtype=np.float32):
    m = SequentialContainer([
        Conv(2, 3, (3, 3), stride=(2, 1), padding=1, activation_function="relu"),
        BatchNorm(3), Reshape((3 * 4 * 5,)), Fc(60, 7, activation_function="tanh"), Fc(7, 3)])
    module_to_eltype_device(m, dtype)
    return m


def two_io_net():
    """Two inputs, two outputs (one of them per sample, one a scalar)."""
    def fwd(ls, x, y):
        h = layer_forward(ls[0], x)
        return h * y, F.sum(h * h)
    return GraphContainer(fwd, [Fc(4, 3, activation_function="sigmoid")])


def rand(rng, shape, dtype=np.float32):
    return rng.standard_normal(shape).astype(dtype)


# ---- a train step, from C -------------------------------------------------------------------
@pytest.fixture(scope="module")
def train_export(tmp_path_factory):
    """A Conv/BatchNorm/Fc train step (Adam) exported as 'cnet'; the model copy for the oracle."""
    gvcompile.manual_seed(3)
    m = conv_net()
    ref = copy.deepcopy(m)
    rng = np.random.default_rng(0)
    x, t = rand(rng, (5, 2, 8, 5)), rand(rng, (5, 3))
    ts = gvcompile.compile_train_step(m, "mse_loss", Adam(m, learning_rate=0.01), x, t,
                                      target="interp")  # export generates its own code
    out = tmp_path_factory.mktemp("cnet")
    export(ts, out, name="cnet")
    return out, ref


LINKS = ("shared", "static")


def link_command(header: Path, link: str, prog: Path, binary: Path) -> list[str]:
    """The link line the header documents for ``link`` (DIR: the export directory)."""
    lines = [ln.strip(" *") for ln in header.read_text().splitlines() if "cc prog.c" in ln]
    assert len(lines) == 2, lines  # shared first, then static
    line = lines[LINKS.index(link)].replace("DIR", str(header.parent))
    args = line.split()[2:]
    return [CC, "-O2", "-std=c11", "-DGV_NAME=cnet", "-DGV_UPPER=CNET", "-DGV_REAL=float",
            str(prog), *args, "-o", str(binary)]


@pytest.fixture(scope="module")
def c_programs(train_export):
    """examples/c_inference/main.c linked with libcnet.so and, separately, with libcnet.a."""
    out, _ = train_export
    bins = {}
    for link in LINKS:
        bins[link] = out / f"main_{link}"
        cmd = link_command(out / "cnet.h", link, EXAMPLE / "main.c", bins[link])
        res = subprocess.run(cmd, capture_output=True, text=True)
        assert res.returncode == 0, f"{' '.join(cmd)}\n{res.stderr}"
    return bins


def test_the_makefile_builds_both_ways(train_export, tmp_path):
    out, _ = train_export
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    for target, binary in (("", tmp_path / "m"), ("static", tmp_path / "ms")):
        res = subprocess.run(["make", "-s", "-C", str(EXAMPLE), *([target] if target else []),
                              "NAME=cnet", f"EXPORT_DIR={out}", f"BIN={tmp_path / 'm'}",
                              f"BIN_STATIC={tmp_path / 'ms'}", f"CC={CC}"],
                             capture_output=True, text=True)
        assert res.returncode == 0, res.stderr
        run = subprocess.run([str(binary), "1", "2"], capture_output=True, text=True, timeout=60)
        assert run.returncode == 0 and "loss 0 " in run.stdout, run.stderr


@pytest.mark.parametrize("link", LINKS)
def test_c_program_trains_like_the_interpreter(train_export, c_programs, link, tmp_path):
    out, ref = train_export
    c_program = c_programs[link]
    steps, batch = 4, 6
    rng = np.random.default_rng(1)
    x, t = rand(rng, (steps * batch, 2, 8, 5)), rand(rng, (steps * batch, 3))
    xf = rand(rng, (batch, 2, 8, 5))
    x.tofile(tmp_path / "x.bin")
    t.tofile(tmp_path / "t.bin")
    xf.tofile(tmp_path / "xf.bin")
    res = subprocess.run([str(c_program), str(steps), str(batch), str(tmp_path)],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    losses = [float(line.split()[2]) for line in res.stdout.splitlines()
              if line.startswith("loss ")]

    ref = copy.deepcopy(ref)
    ts = gvcompile.compile_train_step(ref, "mse_loss", Adam(ref, learning_rate=0.01), x[:batch],
                                      t[:batch], target="interp")
    want = [ts.step(x[i:i + batch], t[i:i + batch]) for i in range(0, steps * batch, batch)]
    np.testing.assert_allclose(losses, want, rtol=1e-4)
    testmode(ref)  # cnet_forward is the inference program (export mode="test")
    y = gvcompile.compile(ref, xf, target="interp").forward(xf)
    np.testing.assert_allclose(np.fromfile(tmp_path / "y.bin", np.float32).reshape(y.shape), y,
                               rtol=1e-4, atol=1e-5)
    params = np.concatenate([np.ravel(a) for a in _param_arrays(ref)])
    np.testing.assert_allclose(np.fromfile(tmp_path / "p.bin", np.float32), params,
                               rtol=1e-4, atol=1e-5)
    assert "input 0 is NULL" in res.stdout  # the error paths of main.c ran and reported


def _param_arrays(m):
    """Every module's own parameters, walk order (the manifest's order)."""
    own = getattr(m, "own_parameters", m.parameters)  # parameters() of a container may recurse
    yield from (a for _, a in own())
    for c in m.children():
        yield from _param_arrays(c)


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
@pytest.mark.parametrize("link,batch", [("shared", 3), ("shared", 700), ("static", 3)])
def test_c_program_is_clean_under_valgrind(c_programs, link, batch):
    """700: large enough to start the thread pool."""
    res = subprocess.run(["valgrind", "--error-exitcode=1", "--leak-check=full",
                          "--errors-for-leak-kinds=all", str(c_programs[link]), "2", str(batch)],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    assert "ERROR SUMMARY: 0 errors" in res.stderr
    assert "All heap blocks were freed" in res.stderr


def _needed(path: Path) -> list[str]:
    res = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True)
    assert "python" not in res.stdout.lower() and "llvm" not in res.stdout.lower()
    return [line.split()[0] for line in res.stdout.splitlines() if line.strip()]


def test_library_links_only_libc_and_libm(train_export, c_programs):
    """And the program linked with the archive needs no shared library of the model."""
    out, _ = train_export
    if shutil.which("ldd") is None:
        pytest.skip("ldd is not installed")
    allowed = ("linux-vdso", "libc.so", "libm.so", "libpthread.so", "ld-linux", "libdl.so")
    for path in (out / "libcnet.so", c_programs["static"]):
        libs = _needed(path)
        assert all(lib.startswith(allowed) or "ld-linux" in lib for lib in libs), libs
    assert any("libcnet.so" in lib for lib in _needed(c_programs["shared"]))


def test_library_exports_exactly_the_abi_and_no_avx512(train_export):
    out, _ = train_export
    if shutil.which("nm") is None or shutil.which("objdump") is None:
        pytest.skip("binutils are not installed")
    abi = sorted(f"cnet_{f}" for f in (
        "create", "destroy", "forward", "train_step", "get_parameters", "set_parameters",
        "num_parameters", "last_error", "set_learning_rate", "get_learning_rate",
        "state_bytes", "get_state", "set_state"))
    for flags, lib in ((["-D"], "libcnet.so"), (["--extern-only"], "libcnet.a")):
        res = subprocess.run(["nm", *flags, "--defined-only", str(out / lib)],
                             capture_output=True, text=True, check=True)
        syms = sorted(line.split()[-1] for line in res.stdout.splitlines()
                      if len(line.split()) == 3)  # the archive lists its member's name too
        assert syms == abi, lib  # the runtime and kernels stay private in the archive too
        dis = subprocess.run(["objdump", "-d", str(out / lib)], capture_output=True,
                             text=True, check=True).stdout
        assert "zmm" not in dis  # built for x86-64-v3, whatever the exporting host has


def test_header_and_manifest(train_export):
    out, _ = train_export
    man = json.loads((out / "cnet.json").read_text())
    assert (out / "cnet.h").read_text() == header_text(man)  # generated from the manifest
    assert sorted(p.name for p in out.glob("*cnet*")) == [
        "cnet.h", "cnet.json", "libcnet.a", "libcnet.so"]
    assert man["library"] == "libcnet.so" and man["archive"] == "libcnet.a"
    assert man["kind"] == "train_step" and man["dtype"] == "float32"
    assert man["num_parameters"] == 3 * 2 * 9 + 3 + 3 + 3 + 60 * 7 + 7 + 7 * 3 + 3
    assert [p["name"] for p in man["parameters"]][:4] == [
        "model[0].weight", "model[0].bias", "model[1].weight", "model[1].bias"]
    fwd = man["entry_points"]["forward"]
    assert fwd["inputs"] == [{"name": "input", "shape": ["N", 2, 8, 5], "dtype": "float32"}]
    assert fwd["outputs"] == [{"name": "output", "shape": ["N", 3], "dtype": "float32"}]
    ts = man["entry_points"]["train_step"]
    assert [a["name"] for a in ts["inputs"] + ts["outputs"]] == ["input", "target", "loss"]
    assert {s["kind"] for s in man["state"]} == {"param", "buffer", "optimizer"}
    assert man["loss"] == "mse_loss" and man["optimizer"] == "Adam"


# ---- round trips through gvcompile.load ------------------------------------------------------
def test_loaded_train_step_matches_interpreter_and_instances_are_independent(train_export):
    out, ref = train_export
    ref = copy.deepcopy(ref)
    a, b = load(out / "libcnet.so"), load(out)  # the library or its directory
    p0 = b.get_parameters()
    ts = gvcompile.compile_train_step(ref, "mse_loss", Adam(ref, learning_rate=0.01),
                                      np.zeros((1, 2, 8, 5), np.float32),
                                      np.zeros((1, 3), np.float32), target="interp")
    rng = np.random.default_rng(5)
    for batch in (1, 9, 4):
        x, t = rand(rng, (batch, 2, 8, 5)), rand(rng, (batch, 3))
        np.testing.assert_allclose(a.step(x, t), ts.step(x, t), rtol=1e-4)
        np.testing.assert_allclose(a(x, t.astype(np.float64).astype(np.float32)),
                                   ts(x, t), rtol=1e-4)
    np.testing.assert_array_equal(b.get_parameters(), p0)  # b never trained
    assert not np.array_equal(a.get_parameters(), p0)


@pytest.fixture(scope="module")
def model_export(tmp_path_factory):
    gvcompile.manual_seed(4)
    m = conv_net(np.float64)
    x = np.random.default_rng(2).standard_normal((3, 2, 8, 5))
    testmode(m)  # the references below run the inference program, as dnet_forward
    cm = gvcompile.compile(m, x, target="cpu")
    out = tmp_path_factory.mktemp("dnet")
    so = export(cm, out, name="dnet")
    return so, m, cm


@pytest.mark.parametrize("batch", [1, 7, 64])
def test_forward_round_trip_float64(model_export, batch):
    so, m, cm = model_export
    lib = load(so)
    assert "double *output" in (so.parent / "dnet.h").read_text()
    x = np.random.default_rng(batch).standard_normal((batch, 2, 8, 5))
    ref = gvcompile.compile(copy.deepcopy(m), x, target="interp")
    got = lib.forward(x)
    assert got.shape == (batch, 3) and got.dtype == np.float64
    np.testing.assert_allclose(got, cm.forward(x), rtol=1e-12, atol=1e-13)  # the CPU backend
    np.testing.assert_allclose(got, ref.forward(x), rtol=1e-10, atol=1e-12)


def test_get_set_parameters_round_trip(model_export):
    so, m, _ = model_export
    lib, other = load(so), load(so)
    n = lib.num_parameters()
    assert n == sum(a.size for a in _param_arrays(m))
    before = lib.get_parameters()
    new = np.random.default_rng(9).standard_normal(n)
    lib.set_parameters(new)
    np.testing.assert_array_equal(lib.get_parameters(), new)
    np.testing.assert_array_equal(other.get_parameters(), before)
    # the new parameters are the ones used: same as the interpreter with them written in
    ref = copy.deepcopy(m)
    arrays = list(_param_arrays(ref))
    off = 0
    for a in arrays:
        a[...] = new[off:off + a.size].reshape(a.shape)
        off += a.size
    x = np.random.default_rng(3).standard_normal((5, 2, 8, 5))
    np.testing.assert_allclose(lib.forward(x), gvcompile.compile(ref, x, target="interp")
                               .forward(x), rtol=1e-10, atol=1e-12)
    shaped = lib.parameters()
    lib.set_parameters(np.zeros(n))
    lib.set_parameters(shaped.values())  # shaped arrays in manifest order work too
    np.testing.assert_array_equal(lib.get_parameters(), new)
    lib.set_parameters(np.zeros(n))
    lib.set_parameters(dict(reversed(shaped.items())))  # ... and a dict by name
    np.testing.assert_array_equal(lib.get_parameters(), new)
    with pytest.raises(gvcompile.errors.ShapeError):
        lib.set_parameters(new[:-1])


def test_two_inputs_two_outputs(tmp_path):
    gvcompile.manual_seed(5)
    m = two_io_net()
    rng = np.random.default_rng(4)
    x, y = rand(rng, (3, 4)), rand(rng, (3, 3))
    export(gvcompile.compile(m, x, y, target="cpu"), tmp_path, name="two")
    lib = load(tmp_path / "libtwo.so")
    assert "const float *input0, const float *input1, float *output0, float *output1" in \
        (tmp_path / "two.h").read_text()
    ref = gvcompile.compile(copy.deepcopy(m), x, y, target="interp")
    for batch in (1, 5):
        x, y = rand(rng, (batch, 4)), rand(rng, (batch, 3))
        got, want = lib.forward(x, y), ref.forward(x, y)
        np.testing.assert_allclose(got[0], want[0], rtol=1e-5, atol=1e-6)
        assert isinstance(got[1], float)
        np.testing.assert_allclose(got[1], want[1], rtol=1e-5)


TWO_MODELS_C = r"""
#include <stdio.h>
#include "mA.h"
#include "mB.h"
int main(void) {
    float x[2 * 3] = {0.5f, -1, 2, 0.25f, 3, -0.5f}, ya[2 * 2], yb[2 * 4];
    mA_t *a = NULL; mB_t *b = NULL;
    if (mA_create(&a) || mB_create(&b) || mA_forward(a, 2, x, ya) || mB_forward(b, 2, x, yb))
        return 1;
    for (int i = 0; i < 4; i++) printf("%.9g\n", ya[i]);
    for (int i = 0; i < 8; i++) printf("%.9g\n", yb[i]);
    mA_destroy(a); mB_destroy(b);
    return 0;
}
"""


def test_two_static_archives_link_into_one_program(tmp_path):
    """Each archive carries its own copy of the runtime and thread pool, kept private: two
    models embed side by side (duplicate globals would fail the link)."""
    x = np.array([[0.5, -1, 2], [0.25, 3, -0.5]], np.float32)
    want = []
    for name, width in (("mA", 2), ("mB", 4)):
        gvcompile.manual_seed(len(name) + width)
        m = SequentialContainer([Fc(3, 5, activation_function="tanh"), Fc(5, width)])
        want.append(gvcompile.compile(copy.deepcopy(m), x, target="interp").forward(x))
        export(gvcompile.compile(m, x, target="interp"), tmp_path, name=name)
    (tmp_path / "two.c").write_text(TWO_MODELS_C)
    link = subprocess.run([CC, "-O2", str(tmp_path / "two.c"), f"-I{tmp_path}",
                           str(tmp_path / "libmA.a"), str(tmp_path / "libmB.a"), "-lm",
                           "-lpthread", "-o", str(tmp_path / "two")],
                          capture_output=True, text=True)
    assert link.returncode == 0, link.stderr[-3000:]
    res = subprocess.run([str(tmp_path / "two")], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    got = np.array([float(v) for v in res.stdout.split()], np.float32)
    np.testing.assert_allclose(got, np.concatenate([w.ravel() for w in want]), rtol=1e-5,
                               atol=1e-6)


# ---- errors -----------------------------------------------------------------------------------
def test_error_codes_and_messages(model_export):
    so, _, _ = model_export
    lib = load(so)
    ffi, fn, err = lib._ffi, lib._fn("forward"), lib._fn("last_error")
    x = np.zeros((2, 2, 8, 5))
    y = np.zeros((2, 3))
    px, py = ffi.from_buffer("double[]", x), ffi.from_buffer("double[]", y)
    cases = [(lib._inst, 0, px, py, 2, "batch must be >= 1, got 0"),
             (lib._inst, -3, px, py, 2, "batch must be >= 1"),
             (lib._inst, 2, ffi.NULL, py, 1, "input 0 is NULL"),
             (lib._inst, 2, px, ffi.NULL, 1, "output 0 is NULL"),
             (lib._inst, 1 << 62, px, py, 3, "too large"),
             (lib._inst, 1 << 40, px, py, 3, "cannot allocate")]
    for inst, batch, a, b, code, msg in cases:
        assert fn(inst, batch, a, b) == code
        assert msg in ffi.string(err(inst)).decode()
    assert fn(ffi.NULL, 2, px, py) == 1
    assert "the instance is NULL" in ffi.string(err(ffi.NULL)).decode()
    assert lib._fn("get_parameters")(lib._inst, ffi.NULL) == 1
    assert lib._fn("set_parameters")(ffi.NULL, ffi.NULL) == 1
    assert lib._fn("create")(ffi.NULL) == 1
    lib._fn("destroy")(ffi.NULL)  # harmless
    assert fn(lib._inst, 2, px, py) == 0 and ffi.string(err(lib._inst)) == b""
    with pytest.raises(gvcompile.errors.ShapeError, match="expected"):
        lib.forward(np.zeros((2, 2, 8, 6)))
    with pytest.raises(gvcompile.errors.DTypeError, match="float64"):
        lib.forward(np.zeros((2, 2, 8, 5), np.float32))
    with pytest.raises(TypeError, match="no train_step"):
        lib.step(x, y)
    assert issubclass(ExportedError, RuntimeError)


def test_export_errors(tmp_path):
    m = conv_net()
    with pytest.raises(ExportError, match="not been compiled"):
        export(gvcompile.compile(m, target="cpu"), tmp_path)
    cm = gvcompile.compile(m, np.zeros((1, 2, 8, 5), np.float32), target="interp")
    with pytest.raises(ExportError, match="C identifier"):
        export(cm, tmp_path, name="bad-name")
    with pytest.raises(ExportError, match="shadows the system library that -lm links"):
        export(cm, tmp_path, name="m")  # libm.so: -lm would link the model
    with pytest.raises(ExportError, match="CompiledModel or a TrainStep"):
        export(m, tmp_path)
    with pytest.raises(FileNotFoundError):
        load(tmp_path / "missing.so")
    export(cm, tmp_path, name="ok")
    with pytest.raises(ValueError, match="expected the shared library libNAME.so"):
        load(tmp_path / "libok.a")


def test_export_of_an_interp_model_and_momentum_step(tmp_path):
    """The target the object was compiled for does not matter: export builds its own code."""
    gvcompile.manual_seed(6)
    m = SequentialContainer([Fc(3, 5, activation_function="relu"), Fc(5, 2)])
    ref = copy.deepcopy(m)
    rng = np.random.default_rng(7)
    x, t = rand(rng, (4, 3)), rand(rng, (4, 2))
    ts = gvcompile.compile_train_step(m, "mse_loss", MSGD(m, 0.1, momentum=0.8), x, t,
                                      target="interp")
    lib = load(export(ts, tmp_path, name="mlp"))
    ts_ref = gvcompile.compile_train_step(ref, "mse_loss", MSGD(ref, 0.1, momentum=0.8), x, t,
                                          target="interp")
    for _ in range(3):
        np.testing.assert_allclose(lib.step(x, t), ts_ref.step(x, t), rtol=1e-5)
    np.testing.assert_allclose(lib.forward(x), gvcompile.compile(ref, x, target="interp")
                               .forward(x), rtol=1e-5, atol=1e-6)


def test_dropout_rng_state_lives_in_the_instance(tmp_path):
    """The Philox state is state of the library: each instance replays the same sequence."""
    gvcompile.manual_seed(8)
    m = SequentialContainer([Fc(4, 16), Dropout(0.5), Fc(16, 2)])
    ref = copy.deepcopy(m)
    x = np.ones((3, 4), np.float32)
    so = export(gvcompile.compile(m, x, target="interp"), tmp_path, name="drop", mode="train")
    man = json.loads((tmp_path / "drop.json").read_text())
    assert any(s["name"] == "rng.state" and s["kind"] == "buffer" for s in man["state"])
    a, b = load(so), load(so)
    gvcompile.manual_seed(8)
    cm = gvcompile.compile(ref, x, target="interp")
    outs = [a.forward(x) for _ in range(3)]
    for o in outs:
        np.testing.assert_allclose(o, cm.forward(x), rtol=1e-5, atol=1e-6)
    assert not np.allclose(outs[0], outs[1])
    np.testing.assert_array_equal(b.forward(x), outs[0])


# ---- the mode NAME_forward runs in (export(..., mode=)) --------------------------------------
FORWARD_TWICE_C = r"""
#include <stdio.h>
#include "mnet.h"
int main(int argc, char **argv) {
  float x[5 * 4], y[2][5 * 2];
  FILE *f = fopen(argv[1], "rb");
  if (!f || fread(x, sizeof x, 1, f) != 1) return 2;
  fclose(f);
  mnet_t *m;
  if (mnet_create(&m)) return 3;
  for (int k = 0; k < 2; k++)
    if (mnet_forward(m, 5, x, y[k])) return 4;
  mnet_destroy(m);
  f = fopen(argv[2], "wb");
  fwrite(y, sizeof y, 1, f);
  fclose(f);
  return 0;
}
"""


def trained_dropout_bn_step():
    """An Fc/BatchNorm/Dropout train step after three steps: the model is in train mode."""
    gvcompile.manual_seed(11)
    m = SequentialContainer([Fc(4, 16), BatchNorm(16), Dropout(0.5), Fc(16, 2)])
    rng = np.random.default_rng(12)
    x, t = rand(rng, (5, 4)), rand(rng, (5, 2))
    ts = gvcompile.compile_train_step(m, "mse_loss", MSGD(m, 0.1), x, t, target="cpu")
    for _ in range(3):
        ts.step(x, t)
    return m, ts, x


def test_forward_is_the_inference_program_by_default(tmp_path):
    """Exported right after training, mnet_forward runs in test mode (from Python and from C):
    deterministic, equal to the CompiledModel in testmode; the model stays in train mode."""
    m, ts, x = trained_dropout_bn_step()
    so = export(ts, tmp_path, name="mnet")
    assert all(layer.training for layer in [m, *m.children()])  # the export left the mode alone
    man = json.loads((tmp_path / "mnet.json").read_text())
    assert man["forward_mode"] == "test"
    header = (tmp_path / "mnet.h").read_text()
    assert "mnet_forward runs the model in test mode (inference" in header
    ref = copy.deepcopy(m)
    testmode(ref)
    want = gvcompile.compile(ref, x, target="cpu").forward(x)
    lib = load(so)
    assert lib.forward_mode == "test"
    y0, y1 = lib.forward(x), lib.forward(x)
    np.testing.assert_array_equal(y0, y1)
    np.testing.assert_allclose(y0, want, rtol=1e-5, atol=1e-6)
    prog, binary = tmp_path / "twice.c", tmp_path / "twice"
    prog.write_text(FORWARD_TWICE_C)
    res = subprocess.run([CC, "-O2", "-std=c11", str(prog), f"-I{tmp_path}", f"-L{tmp_path}",
                          "-lmnet", f"-Wl,-rpath,{tmp_path}", "-o", str(binary)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    x.tofile(tmp_path / "x.bin")
    run = subprocess.run([str(binary), str(tmp_path / "x.bin"), str(tmp_path / "y.bin")],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    yc = np.fromfile(tmp_path / "y.bin", np.float32).reshape(2, 5, 2)
    np.testing.assert_array_equal(yc[0], yc[1])
    np.testing.assert_allclose(yc[0], want, rtol=1e-5, atol=1e-6)


def test_forward_mode_train_and_bad_mode(tmp_path):
    """mode="train" keeps dropout and batch statistics (a test-mode model is left in test
    mode); an unknown mode is refused."""
    m, ts, x = trained_dropout_bn_step()
    testmode(m)
    lib = load(export(ts, tmp_path, name="mtrain", mode="train"))
    assert not any(layer.training for layer in [m, *m.children()])
    assert lib.manifest["forward_mode"] == "train"
    assert "runs the model in train mode" in (tmp_path / "mtrain.h").read_text()
    assert not np.allclose(lib.forward(x), lib.forward(x))  # dropout draws anew
    with pytest.raises(ExportError, match="mode 'eval' is not one of"):
        export(ts, tmp_path, name="bad", mode="eval")


# ---- the learning rate of a train step export -----------------------------------------------
LEARNING_RATE_C = r"""
#include <stdio.h>
#include <stdlib.h>
#include "lnet.h"
/* argv: x.bin t.bin lr out.bin; steps 1 at lr 0 then 2 at lr; writes lr read back, params
 * after the lr-0 step, params at the end. */
int main(int argc, char **argv) {
  float x[4 * 3], t[4 * 2], loss;
  FILE *f = fopen(argv[1], "rb");
  if (!f || fread(x, sizeof x, 1, f) != 1) return 2;
  fclose(f);
  f = fopen(argv[2], "rb");
  if (!f || fread(t, sizeof t, 1, f) != 1) return 2;
  fclose(f);
  int64_t n = lnet_num_parameters();
  float *p = malloc(sizeof(float) * 2 * n);
  double lr = -1;
  lnet_t *m;
  if (lnet_create(&m) || lnet_set_learning_rate(m, 0.0)) return 3;
  if (lnet_train_step(m, 4, x, t, &loss) || lnet_get_parameters(m, p)) return 4;
  if (lnet_set_learning_rate(m, atof(argv[3])) || lnet_get_learning_rate(m, &lr)) return 5;
  for (int k = 0; k < 2; k++)
    if (lnet_train_step(m, 4, x, t, &loss)) return 6;
  if (lnet_get_parameters(m, p + n)) return 7;
  if (lnet_set_learning_rate(NULL, 1.0) != LNET_ERR_NULL) return 8;
  if (lnet_get_learning_rate(m, NULL) != LNET_ERR_NULL) return 9;
  lnet_destroy(m);
  f = fopen(argv[4], "wb");
  fwrite(&lr, sizeof lr, 1, f);
  fwrite(p, sizeof(float), 2 * n, f);
  fclose(f);
  free(p);
  return 0;
}
"""


def test_learning_rate_from_python_and_c(tmp_path):
    """lr 0 leaves the parameters unchanged; another lr trains as the Python TrainStep with it
    (Adam: the step count advances at lr 0 too, in both)."""
    gvcompile.manual_seed(13)
    m = SequentialContainer([Fc(3, 5, activation_function="relu"), Fc(5, 2)])
    ref = copy.deepcopy(m)
    rng = np.random.default_rng(14)
    x, t = rand(rng, (4, 3)), rand(rng, (4, 2))
    ts = gvcompile.compile_train_step(m, "mse_loss", Adam(m, 0.01), x, t, target="cpu")
    so = export(ts, tmp_path, name="lnet")
    assert "int lnet_set_learning_rate(lnet_t *model, double learning_rate);" in \
        (tmp_path / "lnet.h").read_text()
    opt = Adam(ref, 0.01)
    want_ts = gvcompile.compile_train_step(ref, "mse_loss", opt, x, t, target="cpu")
    p0 = np.concatenate([np.ravel(a) for a in _param_arrays(ref)])
    opt.learning_rate = 0.0
    want_ts.step(x, t)
    opt.learning_rate = 0.05
    want = [want_ts.step(x, t) for _ in range(2)]
    pw = np.concatenate([np.ravel(a) for a in _param_arrays(ref)])

    lib = load(so)
    assert lib.learning_rate == pytest.approx(0.01)
    lib.learning_rate = 0.0
    lib.step(x, t)
    np.testing.assert_array_equal(lib.get_parameters(), p0)
    lib.set_learning_rate(0.05)
    assert lib.learning_rate == pytest.approx(0.05)
    np.testing.assert_allclose([lib.step(x, t) for _ in range(2)], want, rtol=1e-5)
    np.testing.assert_allclose(lib.get_parameters(), pw, rtol=1e-5, atol=1e-6)
    assert load(so).learning_rate == pytest.approx(0.01)  # per instance

    prog, binary = tmp_path / "lr.c", tmp_path / "lr"
    prog.write_text(LEARNING_RATE_C)
    res = subprocess.run([CC, "-O2", "-std=c11", str(prog), f"-I{tmp_path}",
                          str(tmp_path / "liblnet.a"), "-lm", "-lpthread", "-o", str(binary)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    x.tofile(tmp_path / "x.bin")
    t.tofile(tmp_path / "t.bin")
    run = subprocess.run([str(binary), str(tmp_path / "x.bin"), str(tmp_path / "t.bin"), "0.05",
                          str(tmp_path / "out.bin")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, (run.returncode, run.stderr)
    raw = (tmp_path / "out.bin").read_bytes()
    assert np.frombuffer(raw[:8], np.float64)[0] == pytest.approx(0.05)
    pc = np.frombuffer(raw[8:], np.float32).reshape(2, -1)
    np.testing.assert_array_equal(pc[0], p0)
    np.testing.assert_allclose(pc[1], pw, rtol=1e-5, atol=1e-6)


def test_learning_rate_refused_without_a_train_step(model_export):
    lib = load(model_export[0])
    with pytest.raises(TypeError, match="exported from a CompiledModel: it has no "
                                        "dnet_set_learning_rate"):
        lib.learning_rate = 0.1


# ---- buffers and optimizer state: a checkpoint from C ---------------------------------------
RESUME_C = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "knet.h"
/* argv: x.bin t.bin out.bin. A trains 4 steps; B resumes from A's parameters + state after 2;
 * D from the parameters only. Writes losses of A (steps 3, 4), B, D, then A's and B's
 * parameters at the end. */
static float x[6 * 3], t[6 * 2];
static int steps(knet_t *m, int k, float *losses) {
  for (int i = 0; i < k; i++)
    if (knet_train_step(m, 6, x, t, &losses[i])) return 1;
  return 0;
}
int main(int argc, char **argv) {
  FILE *f = fopen(argv[1], "rb");
  if (!f || fread(x, sizeof x, 1, f) != 1) return 2;
  fclose(f);
  f = fopen(argv[2], "rb");
  if (!f || fread(t, sizeof t, 1, f) != 1) return 2;
  fclose(f);
  int64_t np_ = knet_num_parameters(), ns = knet_state_bytes();
  float *p = malloc(sizeof(float) * 3 * np_), la[4], lb[2], ld[2];
  unsigned char *s = malloc(ns);
  knet_t *a, *b, *d;
  if (knet_create(&a) || knet_create(&b) || knet_create(&d)) return 3;
  if (steps(a, 2, la) || knet_get_parameters(a, p) || knet_get_state(a, s)) return 4;
  if (steps(a, 2, la + 2) || knet_get_parameters(a, p + np_)) return 5;
  if (knet_set_parameters(b, p) || knet_set_state(b, s) || steps(b, 2, lb)) return 6;
  if (knet_get_parameters(b, p + 2 * np_)) return 7;
  if (knet_set_parameters(d, p) || steps(d, 2, ld)) return 8;
  if (knet_set_state(b, NULL) != KNET_ERR_NULL || knet_get_state(NULL, s) != KNET_ERR_NULL)
    return 9;
  knet_destroy(a);
  knet_destroy(b);
  knet_destroy(d);
  f = fopen(argv[3], "wb");
  fwrite(la + 2, sizeof(float), 2, f);
  fwrite(lb, sizeof lb, 1, f);
  fwrite(ld, sizeof ld, 1, f);
  fwrite(p + np_, sizeof(float), 2 * np_, f);
  fclose(f);
  free(p);
  free(s);
  return 0;
}
"""


def resume_export(tmp_path):
    gvcompile.manual_seed(15)
    m = SequentialContainer([Fc(3, 8), BatchNorm(8), Dropout(0.3), Fc(8, 2)])
    rng = np.random.default_rng(16)
    x, t = rand(rng, (6, 3)), rand(rng, (6, 2))
    ts = gvcompile.compile_train_step(m, "mse_loss", Adam(m, 0.01), x, t, target="cpu")
    return export(ts, tmp_path, name="knet"), x, t


def test_resume_from_state_is_bit_identical_from_c(tmp_path):
    """Parameters + buffers (BatchNorm running stats, the dropout RNG) + Adam state restored
    into a fresh instance continue exactly as the original; without the state they do not."""
    so, x, t = resume_export(tmp_path)
    man = json.loads((tmp_path / "knet.json").read_text())
    packed = [s for s in man["state"] if "offset" in s]
    assert {s["kind"] for s in packed} == {"buffer", "optimizer"}
    assert any(s["name"] == "rng.state" for s in packed)
    assert "knet_get_state / knet_set_state" in (tmp_path / "knet.h").read_text()
    prog, binary = tmp_path / "resume.c", tmp_path / "resume"
    prog.write_text(RESUME_C)
    res = subprocess.run([CC, "-O2", "-std=c11", str(prog), f"-I{tmp_path}", f"-L{tmp_path}",
                          "-lknet", f"-Wl,-rpath,{tmp_path}", "-o", str(binary)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    x.tofile(tmp_path / "x.bin")
    t.tofile(tmp_path / "t.bin")
    run = subprocess.run([str(binary), *(str(tmp_path / f) for f in ("x.bin", "t.bin", "o.bin"))],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, (run.returncode, run.stderr)
    out = np.fromfile(tmp_path / "o.bin", np.float32)
    la, lb, ld, pa, pb = out[:2], out[2:4], out[4:6], *out[6:].reshape(2, -1)
    np.testing.assert_array_equal(lb, la)
    np.testing.assert_array_equal(pb, pa)
    assert not np.array_equal(ld, la)  # the state matters: parameters alone do not resume


def test_resume_from_state_in_python(tmp_path):
    so, x, t = resume_export(tmp_path)
    a, b = load(so), load(so)
    s0 = a.get_state()
    assert s0.dtype == np.uint8 and s0.size == a.manifest["state_bytes"]
    a.step(x, t)
    p, s = a.get_parameters(), a.get_state()
    assert not np.array_equal(s, s0)
    want = [a.step(x, t) for _ in range(2)]
    b.set_parameters(p)
    b.set_state(s.tobytes())
    assert [b.step(x, t) for _ in range(2)] == want
    np.testing.assert_array_equal(b.get_state(), a.get_state())
    with pytest.raises(gvcompile.errors.ShapeError, match="expected"):
        b.set_state(s[:-1])
