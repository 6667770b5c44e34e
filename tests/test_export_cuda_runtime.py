"""The CUDA export runtime (runtime/export/gv_export_cuda*.c) without a GPU: compiled here with a
fake launcher whose "device" is host memory and whose one entry is a tiny hand-written step
(h' = 0.5 h + x * w, y = h', w' = w - lr * sum(x), count' = count + 1), so the state handling
of CUDA exports runs: NAME_set/get_learning_rate, NAME_get/set_state, the recurrent state
(fresh zeros, carried across calls, another batch refused, reset, checkpoint and its checks)
and no device buffer leaked. The generated tables and the real launcher are covered by
test_export_cuda.py (built with nvcc) and, on a GPU machine, its cuda_device test."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest

from gvcompile.paths import runtime_dir

CC = shutil.which("gcc") or shutil.which("cc")
pytestmark = pytest.mark.skipif(CC is None, reason="no system C compiler")

HARNESS = r"""
#include "gv_export_cuda.c"
#include "gv_export_cuda_state.c"
#include <stdio.h>

static int live; /* device buffers allocated and not freed */
static int f_create(void **out) { *out = &live; return 0; }
static void f_destroy(void *c) { (void)c; }
static const char *f_error(void *c) { (void)c; return "fake"; }
static int f_alloc(void *c, size_t b, uint64_t *p) {
    (void)c;
    void *q = malloc(b ? b : 1);
    if (!q) return GVC_ERR_ALLOC;
    live++;
    *p = (uint64_t)(uintptr_t)q;
    return 0;
}
static void f_free(void *c, uint64_t p) { (void)c; if (p) { live--; free((void *)(uintptr_t)p); } }
static int f_copy(void *c, int kind, void *d, const void *s, size_t b) {
    (void)c; (void)kind;
    memcpy(d, s, b);
    return 0;
}
static const gvc_api api = {f_create, f_destroy, f_error, f_alloc, f_free, f_copy};

/* args: x (N,3), h (N,3), w (3), lr, count; outs: y, h', w', count' */
static int run(void *c, int64_t n, const uint64_t *a, const uint64_t *o) {
    (void)c;
    const float *x = (const float *)(uintptr_t)a[0], *h = (const float *)(uintptr_t)a[1];
    const float *w = (const float *)(uintptr_t)a[2], *lr = (const float *)(uintptr_t)a[3];
    const float *cnt = (const float *)(uintptr_t)a[4];
    float *y = (float *)(uintptr_t)o[0], *h2 = (float *)(uintptr_t)o[1];
    float *w2 = (float *)(uintptr_t)o[2], *cnt2 = (float *)(uintptr_t)o[3];
    float sx = 0;
    for (int64_t i = 0; i < n * 3; i++) {
        h2[i] = 0.5f * h[i] + x[i] * w[i % 3];
        y[i] = h2[i];
        sx += x[i];
    }
    for (int j = 0; j < 3; j++) w2[j] = w[j] - *lr * sx;
    *cnt2 = *cnt + 1;
    return 0;
}

static const gv_arg args[] = {{GV_FROM_INPUT, 0}, {GV_FROM_STATE, 3}, {GV_FROM_STATE, 0},
                              {GV_FROM_STATE, 1}, {GV_FROM_STATE, 2}};
static const gv_lin arg_bytes[] = {{12, 0}, {12, 0}, {0, 12}, {0, 4}, {0, 4}};
static const gv_lin out_bytes[] = {{12, 0}, {12, 0}, {0, 12}, {0, 4}};
static const gv_result results[] = {{GV_SRC_OUT, 0, GV_TO_OUTPUT, 0, {12, 0}},
                                    {GV_SRC_OUT, 1, GV_TO_STATE, 3, {12, 0}},
                                    {GV_SRC_OUT, 2, GV_TO_STATE, 0, {0, 12}},
                                    {GV_SRC_OUT, 3, GV_TO_STATE, 2, {0, 4}}};
static const gvc_entry entry = {"net_step", run, 1, 1, 5, args, arg_bytes, 4, out_bytes, 4,
                                results};
static const float blob_f[64] = {1, 2, 3, [16] = 0.1f, [32] = 0};
static const int64_t offs[] = {0, 64, 128, 192}, each[] = {12, 4, 4, 0}, params[] = {0};
static const int64_t ckpt[] = {1, 2}, state_rec[] = {-1, -1, -1, 0};
static const gv_rec rec[] = {{"model[0].hidden_state", 3, {12, 0}, 12, 0}};
static const gvc_model model = {&api, (const unsigned char *)blob_f, 4, offs, each, 1, params, 4,
                                1, rec, state_rec, "net_reset_state"};

static void show(const char *what, int rc, const float *v, int n) {
    printf("%s %d", what, rc);
    for (int i = 0; i < n; i++) printf(" %.9g", v[i]);
    printf("\n");
}

int main(void) {
    gvc_instance *m;
    float x[9] = {1, 2, 3, 4, 5, 6, 7, 8, 9}, y[9], w[3], st[2];
    double lr = 0;
    unsigned char ck[64], bad[64];
    int64_t nb = 0;
    if (gvc_create(&model, "net_create", &m)) return 1;
    int rc = gvc_get_scalar(m, "lr", 1, &lr);
    printf("lr %d %.9g\n", rc, lr);
    rc = gvc_set_scalar(m, "lr", 1, 0.5);
    rc |= gvc_get_scalar(m, "lr", 1, &lr);
    printf("lr %d %.9g\n", rc, lr);
    const void *in[] = {x};
    void *out[] = {y};
    rc = gvc_run(m, &entry, 2, in, out, 0);
    show("y", rc, y, 6);                                  /* fresh: h = 0 */
    rc = gvc_run(m, &entry, 2, in, out, 0);
    show("y", rc, y, 6);                                  /* carried */
    printf("batch3 %d %s\n", gvc_run(m, &entry, 3, in, out, 0), gvc_last_error(m));
    rc = gvc_recurrent_bytes(m, "rb", &nb);
    rc |= gvc_get_recurrent(m, "gr", ck);
    printf("rbytes %d %lld\n", rc, (long long)nb);
    rc = gvc_reset_recurrent(m, "reset");
    rc |= gvc_run(m, &entry, 3, in, out, 0);
    show("y", rc, y, 9);                                  /* fresh again, batch 3 */
    rc = gvc_set_recurrent(m, "sr", ck, nb);
    rc |= gvc_run(m, &entry, 2, in, out, 0);
    show("y", rc, y, 6);                                  /* the checkpoint of batch 2 */
    memcpy(bad, ck, sizeof bad);
    bad[0] = 7; /* 7 rows in 32 bytes */
    printf("bad %d %s\n", gvc_set_recurrent(m, "sr", bad, nb), gvc_last_error(m));
    printf("short %d %s\n", gvc_set_recurrent(m, "sr", ck, nb - 1), gvc_last_error(m));
    rc = gvc_get_state(m, "gs", 2, ckpt, st);
    show("state", rc, st, 2);
    rc = gvc_get_parameters(m, "gp", w);
    show("w", rc, w, 3);
    st[0] = 0.25f;
    rc = gvc_set_state(m, "ss", 2, ckpt, st);
    rc |= gvc_get_scalar(m, "lr", 1, &lr);
    printf("lr %d %.9g\n", rc, lr);
    printf("null %d %d\n", gvc_reset_recurrent(NULL, "r"), gvc_get_state(m, "gs", 2, ckpt, NULL));
    gvc_destroy(m);
    printf("live %d\n", live);
    return 0;
}
"""


def _expected():
    """The same sequence in NumPy (float32)."""
    f = np.float32
    x = np.arange(1, 10, dtype=f)
    w, lr, cnt = np.array([1, 2, 3], f), f(0.5), f(0)
    h, hs = {}, []

    def step(n, h0):
        nonlocal w, cnt
        xs = x[:n * 3]
        h1 = (f(0.5) * h0 + xs * np.tile(w, n)).astype(f)
        w = (w - lr * xs.sum(dtype=f)).astype(f)
        cnt = f(cnt + 1)
        return h1

    h[1] = step(2, np.zeros(6, f))
    h[2] = step(2, h[1])
    h[3] = step(3, np.zeros(9, f))
    h[4] = step(2, h[2])
    hs = [h[1], h[2], h[3], h[4]]
    return hs, w, cnt


def test_cuda_runtime_state_functions(tmp_path):
    src = tmp_path / "harness.c"
    src.write_text(HARNESS)
    exe = tmp_path / "harness"
    flags = ["-std=gnu11", "-O1", "-g", "-Wall", "-Wextra", "-Werror", "-Wno-unused-parameter"]
    san = ["-fsanitize=address,undefined", "-fno-sanitize-recover=all"]
    cmd = [CC, *flags, f"-I{runtime_dir() / 'export'}", str(src), "-o", str(exe), "-lpthread"]
    if subprocess.run([*cmd, *san], capture_output=True).returncode != 0:
        san = []  # no sanitizer runtime on this host: the checks below still run
        res = subprocess.run(cmd, capture_output=True, text=True)
        assert res.returncode == 0, res.stderr
    res = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60,
                         env={"ASAN_OPTIONS": "detect_leaks=1"} if san else None)
    assert res.returncode == 0, (res.stdout, res.stderr)
    lines = res.stdout.splitlines()
    vals = {}
    for ln in lines:
        vals.setdefault(ln.split()[0], []).append(ln.split()[1:])
    hs, w, cnt = _expected()
    assert float(vals["lr"][0][1]) == pytest.approx(0.1) and vals["lr"][0][0] == "0"
    assert vals["lr"][1] == ["0", "0.5"]
    for got, want in zip(vals["y"], hs, strict=True):
        assert got[0] == "0"
        np.testing.assert_array_equal(np.array(got[1:], np.float32), want)
    assert lines[4] == ("batch3 7 net_step: model[0].hidden_state holds the state of a batch of "
                        "2 from the previous call, got a batch of 3: call net_reset_state before "
                        "changing the batch size")
    assert vals["rbytes"] == [["0", str(8 + 2 * 12)]]
    assert " ".join(vals["bad"][0]).startswith("7 sr: model[0].hidden_state: 7 rows do not fit")
    assert " ".join(vals["short"][0]).startswith("7 sr: model[0].hidden_state: 2 rows do not fit")
    assert vals["state"] == [["0", "0.5", "4"]]  # lr, the count of the 4 successful runs
    np.testing.assert_array_equal(np.array(vals["w"][0][1:], np.float32), w)
    assert vals["lr"][2] == ["0", "0.25"]
    assert vals["null"] == [["1", "1"]]
    assert vals["live"] == [["0"]]  # every device buffer freed
