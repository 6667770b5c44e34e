"""Export of recurrent models (RNN / LSTM / GRU): the library instance holds the recurrent state
across calls as the Python model does (Flux ``Recur``), NAME_reset_state makes it fresh, a call
with another batch than the carried state's is refused (NAME_ERR_STATE) as the Python model
refuses it, and the recurrent state has its own checkpoint functions (with NAME_get_state and
the parameters: a train step resumes bit-identically). From Python (``gvcompile.load``) and from
C programs built against the generated header.

The library is built for x86-64-v3 and the Python JIT for the host, so library and Python are
compared with a tight tolerance; library against library is bit-identical."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import numpy as np
import pytest

import gvcompile
import gvcompile.functional as F
from gvcompile import export, load
from gvcompile.aot.loader import ExportedError
from gvcompile.layers import (
    GRU,
    LSTM,
    RNN,
    Dense,
    Fc,
    GraphContainer,
    SequentialContainer,
    reset,
    trainmode,
)
from gvcompile.layers import forward as layer_forward
from gvcompile.optimization import Adam

CC = shutil.which("cc") or shutil.which("gcc")
pytestmark = pytest.mark.skipif(CC is None, reason="no system C compiler")
TOL = {"rtol": 1e-5, "atol": 1e-6}
T, N = 5, 4


def rand(rng, shape):
    return rng.standard_normal(shape).astype(np.float32)


# layout -> (model builder, example input, compile options, the header's input dims)
LAYOUTS = {
    "lstm_time_major": (lambda: SequentialContainer([LSTM(3, 6), Dense(6, 2)]), (T, N, 3),
                        {"batch_axis": 1}, "float32[T=5, batch, 3]"),
    "gru_batch_first": (lambda: SequentialContainer([GRU(3, 6, batch_first=True), Dense(6, 2)]),
                        (N, T, 3), {}, "float32[batch, T=5, 3]"),
    "rnn_batch_axis_0": (lambda: SequentialContainer([RNN(3, 6), Dense(6, 2)]), (T, N, 3), {},
                         "float32[T=batch, N=4, 3]"),
    "dense_lstm_batch_axis_0": (lambda: SequentialContainer([
        Dense(3, 4, activation_function="relu"), LSTM(4, 6), Dense(6, 2)]), (T, N, 3), {},
        "float32[T=batch, N=4, 3]"),
}


def _compile(layout, tmp_path, name):
    build, shape, opts, dims = LAYOUTS[layout]
    gvcompile.manual_seed(7)
    m = build()
    x = rand(np.random.default_rng(1), shape)
    cm = gvcompile.compile(m, x, **opts)
    cm(x)  # the state at export is carried: the library starts from it
    return cm, x, export(cm, tmp_path, name=name), dims


def _other_batch(layout, x):
    return x[:2] if layout == "gru_batch_first" else x[:, :2]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_forward_carries_the_state_like_python(layout, tmp_path):
    cm, x, so, dims = _compile(layout, tmp_path, "rnet")
    lib = load(so)
    man = json.loads((tmp_path / "rnet.json").read_text())
    k = 1 if layout.startswith("dense") else 0
    assert man["recurrent_state"][0]["name"] == f"model[{k}].hidden_state"
    assert f"input  input: {dims}" in (tmp_path / "rnet.h").read_text()
    outs = []
    for _ in range(3):  # the state carries over: every call differs, and equals Python's
        y = lib(x)
        np.testing.assert_allclose(y, cm(x), **TOL)
        outs.append(y)
    assert not np.array_equal(outs[0], outs[1])
    x2 = _other_batch(layout, x)
    if layout.endswith("batch_axis_0"):  # batch is the sequence length: any T, state kept
        np.testing.assert_allclose(lib(x[:2]), cm(x[:2]), **TOL)
        np.testing.assert_allclose(lib(x), cm(x), **TOL)
        return
    with pytest.raises(gvcompile.errors.ShapeError, match="reset"):
        cm(x2)
    with pytest.raises(ExportedError, match=r"returned 4: rnet_forward: model\[\d\].hidden_state "
                                            r"holds the state of a batch of 4 from the previous "
                                            r"call, got a batch of 2: call rnet_reset_state"):
        lib(x2)
    np.testing.assert_allclose(lib(x), cm(x), **TOL)  # the refused call changed nothing
    reset(cm)
    reset(lib)  # gvcompile.layers.reset reaches ExportedModel.reset_state
    for _ in range(2):
        np.testing.assert_allclose(lib(x2), cm(x2), **TOL)
    lib.reset_state()
    fresh = lib(x)
    lib.reset_state()
    np.testing.assert_array_equal(lib(x), fresh)


FORWARD_C = r"""
#include <stdio.h>
#include "rnet.h"
/* argv: x.bin (T, 4, 3) out.bin. forward x 3 times (batch 4), a batch of 2 (refused), reset,
 * a batch of 2 twice (x[:, :2], gathered); writes the 5 outputs and the refused call's code. */
static float x[5 * 4 * 3], x2[5 * 2 * 3], y[5][5 * 4 * 2];
int main(int argc, char **argv) {
  FILE *f = fopen(argv[1], "rb");
  if (argc != 3 || !f || fread(x, sizeof x, 1, f) != 1) return 2;
  fclose(f);
  for (int t = 0; t < 5; t++)
    for (int i = 0; i < 2 * 3; i++) x2[t * 6 + i] = x[t * 12 + i];
  rnet_t *m;
  if (rnet_create(&m)) return 3;
  for (int k = 0; k < 3; k++) if (rnet_forward(m, 4, x, y[k])) return 4;
  int refused = rnet_forward(m, 2, x2, y[3]);
  if (rnet_reset_state(m) || rnet_forward(m, 2, x2, y[3]) || rnet_forward(m, 2, x2, y[4]))
    return 5;
  rnet_destroy(m);
  f = fopen(argv[2], "wb");
  fwrite(y, sizeof y, 1, f);
  fwrite(&refused, sizeof refused, 1, f);
  fclose(f);
  return 0;
}
"""


def test_forward_from_c_carries_the_state_like_python(tmp_path):
    cm, x, so, _ = _compile("lstm_time_major", tmp_path, "rnet")
    prog, binary = tmp_path / "fwd.c", tmp_path / "fwd"
    prog.write_text(FORWARD_C)
    res = subprocess.run([CC, "-O2", "-std=c11", "-Wall", "-Werror", str(prog), f"-I{tmp_path}",
                          f"-L{tmp_path}", "-lrnet", f"-Wl,-rpath,{tmp_path}", "-o", str(binary)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    x.tofile(tmp_path / "x.bin")
    run = subprocess.run([str(binary), str(tmp_path / "x.bin"), str(tmp_path / "y.bin")],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, (run.returncode, run.stderr)
    raw = np.fromfile(tmp_path / "y.bin", np.float32)
    ys, refused = raw[:-1].reshape(5, -1), raw[-1:].view(np.int32)[0]
    for k in range(3):
        np.testing.assert_allclose(ys[k].reshape(T, N, 2), cm(x), **TOL)
    assert refused == 4  # RNET_ERR_STATE
    reset(cm)
    for k in (3, 4):
        np.testing.assert_allclose(ys[k][:T * 2 * 2].reshape(T, 2, 2), cm(x[:, :2]), **TOL)


def test_library_state_is_per_instance_and_checkpoints(tmp_path):
    cm, x, so, _ = _compile("lstm_time_major", tmp_path, "rnet")
    a, b = load(so), load(so)
    a(x)
    s = a.get_recurrent_state()
    rows = [int(np.frombuffer(s[o:o + 8], np.int64)[0]) for o in (0, 8 + N * 6 * 4)]
    assert rows == [N, N] and s.size == 2 * (8 + N * 6 * 4)  # hidden, cell
    want = a(x)
    assert not np.array_equal(b(x), want)  # b started from the state at export
    b.set_recurrent_state(s)
    np.testing.assert_array_equal(b(x), want)
    bad = s.copy()
    bad[:8] = np.frombuffer(np.int64(-1).tobytes(), np.uint8)
    with pytest.raises(ExportedError, match=r"returned 4: rnet_set_recurrent_state: "
                                            r"model\[0\].hidden_state: -1 rows, expected 0 "
                                            r"\(fresh\) or a batch >= 1"):
        b.set_recurrent_state(bad)
    with pytest.raises(ExportedError, match="returned 4: .*cell_state: 4 rows do not fit in "
                                            "the 204 bytes given"):
        b.set_recurrent_state(s[:-4])
    with pytest.raises(ExportedError, match="returned 4: .*expected 208 bytes for these row "
                                            "counts, got 212"):
        b.set_recurrent_state(np.concatenate([s, s[:4]]))
    np.testing.assert_array_equal(a(x), b(x))  # refused restores changed nothing
    with pytest.raises(TypeError, match="fixed at export"):
        trainmode(a)


def _classifier():
    gvcompile.manual_seed(11)
    return GraphContainer(lambda L, x: layer_forward(L[1], F.mean(layer_forward(L[0], x), 1)),
                          [GRU(2, 6, batch_first=True), Fc(6, 2)])


def _stepped(x, t):
    """A GRU classifier's Adam train step after one step (the recurrent state carried)."""
    m = _classifier()
    ts = gvcompile.compile_train_step(m, "mse_loss", Adam(m, 0.05), x, t)
    ts.step(x, t)
    return ts


@pytest.fixture(scope="module")
def step_export(tmp_path_factory):
    """``_stepped`` exported; each test builds its Python twin at the same point."""
    rng = np.random.default_rng(3)
    x, t = rand(rng, (N, T, 2)), rand(rng, (N, 2))
    out = tmp_path_factory.mktemp("rstep")
    so = export(_stepped(x, t), out, name="rstep")
    return so, x, t


def test_train_step_from_python_matches_and_resumes(step_export):
    so, x, t = step_export
    ref = _stepped(x, t)  # the Python twin of the export
    a, b, d = load(so), load(so), load(so)
    np.testing.assert_allclose([a.step(x, t) for _ in range(2)],
                               [ref.step(x, t) for _ in range(2)], **TOL)
    np.testing.assert_allclose(a.forward(x), gvcompile.compile(ref.model, x)(x), **TOL)
    ckpt = a.get_parameters(), a.get_state(), a.get_recurrent_state()
    want = [a.step(x, t) for _ in range(2)]
    b.set_parameters(ckpt[0])
    b.set_state(ckpt[1])
    b.set_recurrent_state(ckpt[2])
    assert [b.step(x, t) for _ in range(2)] == want  # bit-identical
    np.testing.assert_array_equal(b.get_parameters(), a.get_parameters())
    d.set_parameters(ckpt[0])
    d.set_state(ckpt[1])  # without the recurrent state: another result
    assert [d.step(x, t) for _ in range(2)] != want


RESUME_C = r"""
#include <stdio.h>
#include <stdlib.h>
#include "rstep.h"
/* argv: x.bin t.bin out.bin. A: 4 steps; B resumes from A after 2 (parameters + state +
 * recurrent state); then error codes. Writes A's 4 losses, B's 2, the codes. */
static float x[4 * 5 * 2], t[4 * 2], y[4 * 2];
static int rd(const char *p, void *d, size_t n) {
  FILE *f = fopen(p, "rb");
  int ok = f && fread(d, n, 1, f) == 1;
  if (f) fclose(f);
  return !ok;
}
int main(int argc, char **argv) {
  if (argc != 4 || rd(argv[1], x, sizeof x) || rd(argv[2], t, sizeof t)) return 2;
  rstep_t *a, *b;
  float la[4], lb[2];
  if (rstep_create(&a) || rstep_create(&b)) return 3;
  int64_t np_ = rstep_num_parameters(), rb = 0;
  float *p = malloc(sizeof(float) * np_);
  unsigned char *s = malloc(rstep_state_bytes());
  for (int i = 0; i < 2; i++) if (rstep_train_step(a, 4, x, t, &la[i])) return 4;
  if (rstep_recurrent_state_bytes(a, &rb) || rb != 8 + 4 * 6 * 4) return 5;
  unsigned char *r = malloc(rb);
  if (rstep_get_parameters(a, p) || rstep_get_state(a, s) || rstep_get_recurrent_state(a, r))
    return 6;
  for (int i = 2; i < 4; i++) if (rstep_train_step(a, 4, x, t, &la[i])) return 7;
  if (rstep_set_parameters(b, p) || rstep_set_state(b, s) || rstep_set_recurrent_state(b, r, rb))
    return 8;
  for (int i = 0; i < 2; i++) if (rstep_train_step(b, 4, x, t, &lb[i])) return 9;
  int codes[4];
  codes[0] = rstep_forward(a, 2, x, y);               /* another batch: refused */
  codes[1] = rstep_reset_state(a) || rstep_forward(a, 2, x, y); /* after reset: fine */
  codes[2] = rstep_set_recurrent_state(b, r, rb - 1);  /* a bad size */
  codes[3] = rstep_reset_state(NULL);
  FILE *f = fopen(argv[3], "wb");
  fwrite(la, sizeof la, 1, f);
  fwrite(lb, sizeof lb, 1, f);
  fwrite(codes, sizeof codes, 1, f);
  fclose(f);
  printf("%s\n", rstep_last_error(b));
  rstep_destroy(a);
  rstep_destroy(b);
  free(p);
  free(s);
  free(r);
  return 0;
}
"""


def _run_resume(out, tmp_path, x, t, cc=CC, env=None):
    """RESUME_C built against ``out``/librstep.a and run: (A's losses, B's, codes, stdout)."""
    prog, binary = tmp_path / "resume.c", tmp_path / "resume"
    prog.write_text(RESUME_C)
    res = subprocess.run([cc, "-O2", "-std=c11", "-Wall", "-Werror", str(prog), f"-I{out}",
                          str(out / "librstep.a"), "-lm", "-lpthread", "-o", str(binary)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    x.tofile(tmp_path / "x.bin")
    t.tofile(tmp_path / "t.bin")
    run = subprocess.run([str(binary), *(str(tmp_path / f) for f in ("x.bin", "t.bin", "o.bin"))],
                         capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, **(env or {})))
    assert run.returncode == 0, (run.returncode, run.stderr[-4000:])
    assert "Sanitizer" not in run.stderr and "runtime error" not in run.stderr, run.stderr
    raw = (tmp_path / "o.bin").read_bytes()
    la, lb = np.frombuffer(raw[:16], np.float32), np.frombuffer(raw[16:24], np.float32)
    return la, lb, np.frombuffer(raw[24:], np.int32).tolist(), run.stdout


def _check_resume(la, lb, codes, stdout, want):
    np.testing.assert_allclose(la, want, **TOL)
    np.testing.assert_array_equal(lb, la[2:])  # resumed bit-identically
    assert codes == [4, 0, 4, 1], codes
    assert stdout == ("rstep_set_recurrent_state: model[0].hidden_state: 4 rows do not fit "
                      "in the 103 bytes given\n")  # the last error of b: the bad size


def test_train_step_from_c_matches_python_and_resumes(step_export, tmp_path):
    so, x, t = step_export
    ref = _stepped(x, t)
    want = [ref.step(x, t) for _ in range(4)]
    _check_resume(*_run_resume(so.parent, tmp_path, x, t), want)


SAN = ("-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer")


def test_recurrent_runtime_clean_under_asan_ubsan(step_export, tmp_path):
    """The same program with the export's C (runtime, generated ABI) and itself built with
    AddressSanitizer + UBSan (as test_export_sanitizers.py does for a CNN)."""
    _, x, t = step_export
    probe = tmp_path / "probe.c"
    probe.write_text("int main(void){return 0;}\n")
    if subprocess.run([CC, *SAN, str(probe), "-o", str(tmp_path / "probe")],
                      capture_output=True).returncode != 0 or \
            subprocess.run([str(tmp_path / "probe")]).returncode != 0:
        pytest.skip(f"{CC} cannot build and run sanitized programs here")
    wrapper = tmp_path / "san-cc"
    wrapper.write_text(f"#!/bin/sh\nexec {CC} {' '.join(SAN)} \"$@\"\n")
    wrapper.chmod(0o755)
    out = tmp_path / "san"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CC", str(wrapper))  # export.build.compiler() reads it
        so = export(_stepped(x, t), out, name="rstep")
    nm = subprocess.run(["nm", "-D", str(so)], capture_output=True, text=True).stdout
    assert "__asan_" in nm and "__ubsan_" in nm, "the library is not sanitized"
    ref = _stepped(x, t)
    want = [ref.step(x, t) for _ in range(4)]
    env = {"ASAN_OPTIONS": "detect_leaks=1:halt_on_error=1", "UBSAN_OPTIONS": "halt_on_error=1"}
    _check_resume(*_run_resume(out, tmp_path, x, t, cc=str(wrapper), env=env), want)


def test_cuda_export_has_the_training_abi(tmp_path):
    """A CUDA export of a recurrent train step builds (nvcc + gcc) with the learning-rate,
    state and recurrent-state functions; without a driver they report it from C."""
    nvcc = pytest.importorskip("gvcompile.cuda.nvcc")
    if nvcc.find_nvcc() is None:
        pytest.skip("needs nvcc")
    m = SequentialContainer([LSTM(3, 5), Dense(5, 2)])
    rng = np.random.default_rng(4)
    x, t = rand(rng, (T, N, 3)), rand(rng, (T, N, 2))
    ts = gvcompile.compile_train_step(m, "mse_loss", Adam(m, 0.01), x, t, target="cuda",
                                      emulate=True, batch_axis=1)
    ts.step(x, t)
    so = export(ts, tmp_path, name="cnet")
    syms = subprocess.run(["nm", "-D", "--defined-only", str(so)], capture_output=True,
                          text=True, check=True).stdout
    for f in ("set_learning_rate", "get_learning_rate", "state_bytes", "get_state", "set_state",
              "reset_state", "recurrent_state_bytes", "get_recurrent_state",
              "set_recurrent_state"):
        assert f" T cnet_{f}\n" in syms, f
    man = json.loads((tmp_path / "cnet.json").read_text())
    assert man["learning_rate_state"] and man["state_bytes"] > 0
    assert man["recurrent_state"][1]["shape"] == ["N", 5]
    assert man["error_codes"]["CNET_ERR_STATE"] == 7
    (tmp_path / "m.c").write_text(NODRIVER_C)
    subprocess.run([CC, "-std=c11", "-Wall", "-Werror", str(tmp_path / "m.c"), f"-I{tmp_path}",
                    str(tmp_path / "libcnet.a"), "-ldl", "-lpthread", "-o", str(tmp_path / "m")],
                   check=True)
    res = subprocess.run([str(tmp_path / "m")], capture_output=True, text=True, timeout=60)
    from gvcompile.cuda.driver import libcuda_present

    if not libcuda_present():
        assert res.stdout.split() == ["2"] * 6, res.stdout


NODRIVER_C = r"""
#include <stdio.h>
#include "cnet.h"
int main(void) {
  cnet_t *m = 0;
  double lr;
  int64_t n;
  char buf[8];
  int rc = cnet_create(&m);
  if (rc == 0) { cnet_destroy(m); return 0; }
  printf("%d %d %d %d %d %d\n", rc, cnet_get_learning_rate(m, &lr), cnet_set_learning_rate(m, 1),
         cnet_get_state(m, buf), cnet_reset_state(m), cnet_recurrent_state_bytes(m, &n));
  return 0;
}
"""


@pytest.mark.cuda_device
def test_cuda_export_on_real_gpu(tmp_path):
    """With a GPU: a CUDA export of a recurrent train step carries, refuses and checkpoints the
    state as the CPU export does, and trains as the interpreter."""
    from gvcompile.cuda.driver import libcuda_present

    nvcc = pytest.importorskip("gvcompile.cuda.nvcc")
    if nvcc.find_nvcc() is None or not libcuda_present():
        pytest.skip("needs nvcc and a CUDA driver")
    rng = np.random.default_rng(6)
    x, t = rand(rng, (T, N, 3)), rand(rng, (T, N, 2))

    def stepped(target, **kw):
        gvcompile.manual_seed(8)
        m = SequentialContainer([LSTM(3, 5), Dense(5, 2)])
        ts = gvcompile.compile_train_step(m, "mse_loss", Adam(m, 0.01), x, t, target=target,
                                          batch_axis=1, **kw)
        ts.step(x, t)
        return ts

    so = export(stepped("cuda"), tmp_path, name="gnet")
    try:
        a, b = load(so), load(so)
    except ExportedError as e:
        pytest.skip(f"no usable GPU: {e}")
    ref = stepped("interp")
    np.testing.assert_allclose([a.step(x, t) for _ in range(2)],
                               [ref.step(x, t) for _ in range(2)], rtol=1e-4)
    with pytest.raises(ExportedError, match="returned 7: gnet_train_step: .*call "
                                            "gnet_reset_state"):
        a.step(x[:, :2], t[:, :2])
    ckpt = a.get_parameters(), a.get_state(), a.get_recurrent_state()
    want = [a.step(x, t) for _ in range(2)]
    b.set_parameters(ckpt[0])
    b.set_state(ckpt[1])
    b.set_recurrent_state(ckpt[2])
    assert [b.step(x, t) for _ in range(2)] == want
    a.learning_rate = 0.0
    p = a.get_parameters()
    a.reset_state()
    a.step(x[:, :2], t[:, :2])  # fresh: another batch is fine
    np.testing.assert_array_equal(a.get_parameters(), p)
