/* gvcompile export runtime for CUDA libraries, the host side of the state (see
 * gv_export_cuda.h): parameters, the checkpoint state and the learning rate copied to and from
 * the device, and the recurrent state's reset and checkpoint (gv_export_cuda.c sizes its
 * device buffers per call). */
#include "gv_export_cuda.h"

#include <stdlib.h>
#include <string.h>

/* The state arrays idx[0..n) packed back to back in host memory: GVC_D2H reads them, GVC_H2D writes. */
static int state_copy(gvc_instance *inst, const char *fname, int64_t n, const int64_t *idx,
                      void *host, int kind) {
    if (!inst) return gvc_no_instance(fname);
    inst->error[0] = 0;
    if (!host) return gvc_fail(inst, GVC_ERR_NULL, "%s: the array is NULL", fname);
    const gvc_model *m = inst->model;
    unsigned char *h = host;
    int rc = GVC_OK;
    gvc_lock_calls();
    for (int64_t i = 0; i < n && !rc; i++) {
        int64_t s = idx[i];
        void *dev = (void *)(uintptr_t)inst->state[s];
        size_t sz = (size_t)m->state_bytes_each[s];
        int r = m->api->copy(inst->cuda, kind, kind == GVC_H2D ? dev : (void *)h,
                             kind == GVC_H2D ? h : dev, sz);
        if (r) rc = gvc_fail_cuda(inst, fname, r);
        h += sz;
    }
    gvc_unlock_calls();
    return rc;
}

int gvc_get_parameters(gvc_instance *inst, const char *fname, void *dst) {
    if (!inst) return gvc_no_instance(fname);
    return state_copy(inst, fname, inst->model->n_params, inst->model->param_state, dst, GVC_D2H);
}

int gvc_set_parameters(gvc_instance *inst, const char *fname, const void *src) {
    if (!inst) return gvc_no_instance(fname);
    return state_copy(inst, fname, inst->model->n_params, inst->model->param_state,
                      (void *)src, GVC_H2D);
}

int gvc_get_state(gvc_instance *inst, const char *fname, int64_t n, const int64_t *idx,
                  void *dst) {
    return state_copy(inst, fname, n, idx, dst, GVC_D2H);
}

int gvc_set_state(gvc_instance *inst, const char *fname, int64_t n, const int64_t *idx,
                  const void *src) {
    return state_copy(inst, fname, n, idx, (void *)src, GVC_H2D);
}

/* A scalar state array (float or double: the learning rate) as a double. */
int gvc_set_scalar(gvc_instance *inst, const char *fname, int64_t state, double v) {
    if (!inst) return gvc_no_instance(fname);
    float f = (float)v;
    int single = inst->model->state_bytes_each[state] == (int64_t)sizeof f;
    return state_copy(inst, fname, 1, &state, single ? (void *)&f : (void *)&v, GVC_H2D);
}

int gvc_get_scalar(gvc_instance *inst, const char *fname, int64_t state, double *out) {
    if (!inst) return gvc_no_instance(fname);
    inst->error[0] = 0;
    if (!out) return gvc_fail(inst, GVC_ERR_NULL, "%s: the destination is NULL", fname);
    float f;
    double d;
    int single = inst->model->state_bytes_each[state] == (int64_t)sizeof f;
    int rc = state_copy(inst, fname, 1, &state, single ? (void *)&f : (void *)&d, GVC_D2H);
    if (!rc) *out = single ? (double)f : d;
    return rc;
}

int gvc_reset_recurrent(gvc_instance *inst, const char *fname) {
    if (!inst) return gvc_no_instance(fname);
    inst->error[0] = 0;
    gvc_lock_calls();
    for (int64_t k = 0; k < inst->model->n_rec; k++) inst->rec_rows[k] = 0;
    gvc_unlock_calls();
    return GVC_OK;
}

int gvc_recurrent_bytes(gvc_instance *inst, const char *fname, int64_t *bytes) {
    if (!inst) return gvc_no_instance(fname);
    inst->error[0] = 0;
    if (!bytes) return gvc_fail(inst, GVC_ERR_NULL, "%s: the destination is NULL", fname);
    int64_t n = 0;
    gvc_lock_calls();
    for (int64_t k = 0; k < inst->model->n_rec; k++)
        n += (int64_t)sizeof(int64_t) + inst->rec_rows[k] * inst->model->rec[k].row_bytes;
    gvc_unlock_calls();
    *bytes = n;
    return GVC_OK;
}

int gvc_get_recurrent(gvc_instance *inst, const char *fname, void *dst) {
    if (!inst) return gvc_no_instance(fname);
    inst->error[0] = 0;
    if (!dst) return gvc_fail(inst, GVC_ERR_NULL, "%s: the destination is NULL", fname);
    const gvc_model *m = inst->model;
    unsigned char *d = dst;
    int rc = GVC_OK;
    gvc_lock_calls();
    for (int64_t k = 0; k < m->n_rec && !rc; k++) {
        int64_t rows = inst->rec_rows[k];
        size_t sz = (size_t)(rows * m->rec[k].row_bytes);
        memcpy(d, &rows, sizeof rows);
        int r = sz ? m->api->copy(inst->cuda, GVC_D2H, d + sizeof rows,
                                  (void *)(uintptr_t)inst->state[m->rec[k].state], sz) : 0;
        if (r) rc = gvc_fail_cuda(inst, fname, r);
        d += sizeof rows + sz;
    }
    gvc_unlock_calls();
    return rc;
}

/* Row counts and the size are checked first; new device buffers are filled before any
 * replaces the instance's, so a failure leaves the state as it was. */
int gvc_set_recurrent(gvc_instance *inst, const char *fname, const void *src, int64_t bytes) {
    if (!inst) return gvc_no_instance(fname);
    inst->error[0] = 0;
    if (!src) return gvc_fail(inst, GVC_ERR_NULL, "%s: the source is NULL", fname);
    const gvc_model *m = inst->model;
    const unsigned char *s_ = src;
    int64_t off;
    char msg[GV_ERROR_LEN];
    if (gv_rec_checkpoint_error(m->rec, m->n_rec, src, bytes, fname, msg, sizeof msg))
        return gvc_fail(inst, GVC_ERR_STATE, "%s", msg);
    uint64_t *fresh = calloc((size_t)m->n_rec + 1, sizeof *fresh);
    if (!fresh) return gvc_fail(inst, GVC_ERR_ALLOC, "%s: out of host memory", fname);
    int rc = GVC_OK;
    gvc_lock_calls();
    off = 0;
    for (int64_t k = 0; k < m->n_rec && !rc; k++) {
        int64_t rows;
        memcpy(&rows, s_ + off, sizeof rows);
        size_t sz = (size_t)(rows * m->rec[k].row_bytes);
        int r = sz ? m->api->alloc(inst->cuda, sz, &fresh[k]) : 0;
        if (!r && sz) r = m->api->copy(inst->cuda, GVC_H2D, (void *)(uintptr_t)fresh[k],
                                       s_ + off + sizeof rows, sz);
        if (r) rc = gvc_fail_cuda(inst, fname, r);
        off += (int64_t)(sizeof rows + sz);
    }
    off = 0;
    for (int64_t k = 0; k < m->n_rec; k++) {
        int64_t rows;
        memcpy(&rows, s_ + off, sizeof rows);
        off += (int64_t)sizeof rows + rows * m->rec[k].row_bytes;
        if (rc || !rows) continue; /* (fresh: the old buffer stays for reuse) */
        uint64_t *p = &inst->state[m->rec[k].state];
        if (*p) m->api->free(inst->cuda, *p);
        *p = fresh[k];
        fresh[k] = 0;
        inst->rec_cap[k] = (size_t)(rows * m->rec[k].row_bytes);
    }
    if (!rc) { /* the row counts, last */
        off = 0;
        for (int64_t k = 0; k < m->n_rec; k++) {
            memcpy(&inst->rec_rows[k], s_ + off, sizeof(int64_t));
            off += (int64_t)sizeof(int64_t) + inst->rec_rows[k] * m->rec[k].row_bytes;
        }
    }
    for (int64_t k = 0; k < m->n_rec; k++)
        if (fresh[k]) m->api->free(inst->cuda, fresh[k]);
    gvc_unlock_calls();
    free(fresh);
    return rc;
}
