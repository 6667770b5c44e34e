/* gvcompile export runtime for CUDA libraries (see gv_export_cuda.h). */
#include "gv_export_cuda.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_mutex_t gvc_lock = PTHREAD_MUTEX_INITIALIZER;
static _Thread_local char gvc_static_error[GV_ERROR_LEN];
static int gvc_create_code; /* the code of the last failed create (reported for NULL instances) */
static char gvc_create_error[GV_ERROR_LEN]; /* ... and its message */

/* a failed create: its code and message are also kept for calls on the NULL instance */
static int create_failed(int code) {
    gvc_create_code = code;
    memcpy(gvc_create_error, gvc_static_error, GV_ERROR_LEN);
    return code;
}

void gvc_lock_calls(void) { pthread_mutex_lock(&gvc_lock); }
void gvc_unlock_calls(void) { pthread_mutex_unlock(&gvc_lock); }

int gvc_fail(gvc_instance *inst, int code, const char *fmt, ...) {
    char *buf = inst ? inst->error : gvc_static_error;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, GV_ERROR_LEN, fmt, ap);
    va_end(ap);
    return code;
}

/* a CUDA failure of the launcher: its code and message, prefixed with the function name */
int gvc_fail_cuda(gvc_instance *inst, const char *fname, int code) {
    const char *why = inst->model->api->last_error(inst->cuda);
    return gvc_fail(inst, code ? code : GVC_ERR_CUDA, "%s: %s", fname, why ? why : "CUDA error");
}

/* a launcher call: on failure, return its code with its message */
#define TRY(inst, fname, expr)                                    \
    do {                                                          \
        int r_ = (expr);                                          \
        if (r_) return gvc_fail_cuda((inst), (fname), r_);            \
    } while (0)

static int lin_eval(gv_lin l, int64_t batch, size_t *out) {
    int64_t v;
    if (__builtin_mul_overflow(l.a, batch, &v) || __builtin_add_overflow(v, l.b, &v) || v < 0)
        return 0;
    *out = (size_t)v;
    return 1;
}

int gvc_create(const gvc_model *m, const char *fname, gvc_instance **out) {
    if (!out) return gvc_fail(NULL, GVC_ERR_NULL, "%s: the output pointer is NULL", fname);
    *out = NULL;
    gvc_instance *inst = calloc(1, sizeof *inst);
    uint64_t *state = calloc((size_t)m->n_state + 1, sizeof(uint64_t));
    if (!inst || !state) {
        free(inst);
        free(state);
        return create_failed(gvc_fail(NULL, GVC_ERR_ALLOC, "%s: out of host memory", fname));
    }
    inst->model = m;
    inst->state = state;
    inst->rec_rows = calloc((size_t)m->n_rec + 1, sizeof(int64_t));
    inst->rec_cap = calloc((size_t)m->n_rec + 1, sizeof(size_t));
    if (!inst->rec_rows || !inst->rec_cap) {
        gvc_destroy(inst);
        return create_failed(gvc_fail(NULL, GVC_ERR_ALLOC, "%s: out of host memory", fname));
    }
    int rc = m->api->create(&inst->cuda);
    if (rc) {
        const char *why = m->api->last_error(NULL);
        gvc_destroy(inst);
        return create_failed(gvc_fail(NULL, rc, "%s: %s", fname, why ? why : "CUDA error"));
    }
    for (int64_t k = 0; k < m->n_rec; k++) { /* the recurrent state at export (0 rows: fresh) */
        inst->rec_rows[k] = m->rec[k].init_rows;
        inst->rec_cap[k] = (size_t)m->state_bytes_each[m->rec[k].state];
    }
    for (int64_t i = 0; i < m->n_state && !rc; i++) {
        size_t sz = (size_t)m->state_bytes_each[i];
        if (!sz) continue; /* a fresh recurrent state: allocated by the first call */
        rc = m->api->alloc(inst->cuda, sz, &state[i]);
        if (!rc) rc = m->api->copy(inst->cuda, GVC_H2D, (void *)(uintptr_t)state[i],
                                   m->blob + m->state_offsets[i], sz);
    }
    if (rc) {
        gvc_fail(NULL, rc, "%s: uploading the weights: %s", fname, m->api->last_error(inst->cuda));
        gvc_destroy(inst);
        return create_failed(rc);
    }
    gvc_create_code = 0;
    gvc_static_error[0] = 0;
    *out = inst;
    return GVC_OK;
}

void gvc_destroy(gvc_instance *inst) {
    if (!inst) return;
    const gvc_api *api = inst->model->api;
    for (int64_t i = 0; inst->cuda && i < inst->model->n_state; i++)
        if (inst->state[i]) api->free(inst->cuda, inst->state[i]);
    if (inst->cuda) api->destroy(inst->cuda);
    free(inst->state);
    free(inst->rec_rows);
    free(inst->rec_cap);
    free(inst);
}

static int check_call(gvc_instance *inst, const char *fname, int64_t batch,
                      int64_t n_in, const void *const *inputs, int64_t n_out,
                      void *const *outputs) {
    if (!inst) {
        if (gvc_create_code)  /* the instance is NULL because create failed: say why */
            return gvc_fail(NULL, gvc_create_code, "%s: no instance (create failed: %s)", fname,
                        gvc_create_error);
        return gvc_fail(NULL, GVC_ERR_NULL, "%s: the instance is NULL", fname);
    }
    inst->error[0] = 0;
    if (batch < 1)
        return gvc_fail(inst, GVC_ERR_BATCH, "%s: batch must be >= 1, got %lld", fname,
                    (long long)batch);
    for (int64_t i = 0; i < n_in; i++)
        if (!inputs[i]) return gvc_fail(inst, GVC_ERR_NULL, "%s: input %lld is NULL", fname,
                                    (long long)i);
    for (int64_t i = 0; i < n_out; i++)
        if (!outputs[i]) return gvc_fail(inst, GVC_ERR_NULL, "%s: output %lld is NULL", fname,
                                     (long long)i);
    return GVC_OK;
}

typedef struct {
    uint64_t *a, *o, *fresh; /* arguments, output buffers, new state (one per result) */
    char *own_a, *own_o;     /* allocated here (freed at the end) */
} gvc_call;

/* The recurrent slot of argument/result i of e (i < n_args: an argument), or -1. */
static int64_t rec_of(const gvc_instance *inst, const gvc_entry *e, int64_t i) {
    int64_t s;
    if (i < e->n_args) {
        if (e->args[i].from != GV_FROM_STATE) return -1;
        s = e->args[i].index;
    } else {
        const gv_result *r = &e->results[i - e->n_args];
        if (r->to != GV_TO_STATE) return -1;
        s = r->target;
    }
    return inst->model->state_rec ? inst->model->state_rec[s] : -1;
}

/* Bytes and rows of recurrent array k for this batch; 0 on overflow. */
static int rec_need(const gvc_model *m, int64_t k, int64_t batch, size_t *sz, int64_t *rows) {
    if (!lin_eval(m->rec[k].bytes, batch, sz)) return 0;
    *rows = (int64_t)*sz / m->rec[k].row_bytes;
    return 1;
}

/* Upload `sz` zero bytes to the device buffer p. */
static int upload_zeros(gvc_instance *inst, const char *fname, uint64_t p, size_t sz) {
    void *z = calloc(sz ? sz : 1, 1);
    if (!z) return gvc_fail(inst, GVC_ERR_ALLOC, "%s: out of host memory", fname);
    int r = inst->model->api->copy(inst->cuda, GVC_H2D, (void *)(uintptr_t)p, z, sz);
    free(z);
    return r ? gvc_fail_cuda(inst, fname, r) : GVC_OK;
}

/* Every recurrent array the entry reads or writes is fresh or holds this batch's rows (else
 * GVC_ERR_STATE, nothing changed); a fresh one read as an argument gets zeros of this batch
 * (in a buffer that may grow: its old contents are not state). */
static int rec_prepare(gvc_instance *inst, const gvc_entry *e, int64_t batch) {
    const gvc_model *m = inst->model;
    size_t sz;
    int64_t need;
    for (int pass = 0; pass < 2; pass++) {
        for (int64_t i = 0; i < e->n_args + (pass ? 0 : e->n_results); i++) {
            int64_t k = rec_of(inst, e, i);
            if (k < 0) continue;
            if (!rec_need(m, k, batch, &sz, &need))
                return gvc_fail(inst, GVC_ERR_BATCH, "%s: batch %lld is too large", e->name,
                            (long long)batch);
            if (pass == 0) {
                if (inst->rec_rows[k] && inst->rec_rows[k] != need)
                    return gvc_fail(inst, GVC_ERR_STATE, "%s: %s holds the state of a batch of %lld "
                                "from the previous call, got a batch of %lld: call %s before "
                                "changing the batch size", e->name, m->rec[k].name,
                                (long long)inst->rec_rows[k], (long long)need, m->reset_name);
                continue;
            }
            if (inst->rec_rows[k]) continue;
            uint64_t *p = &inst->state[m->rec[k].state];
            if (!*p || inst->rec_cap[k] < sz) {
                uint64_t q;
                TRY(inst, e->name, m->api->alloc(inst->cuda, sz, &q));
                if (*p) m->api->free(inst->cuda, *p);
                *p = q;
                inst->rec_cap[k] = sz;
            }
            int rc = upload_zeros(inst, e->name, *p, sz);
            if (rc) return rc;
        }
    }
    return GVC_OK;
}

/* Arguments: state from the instance, inputs uploaded (or the caller's device pointers). */
static int prepare(gvc_instance *inst, const gvc_entry *e, int64_t batch,
                   const void *const *inputs, int device, gvc_call *k) {
    const gvc_api *api = inst->model->api;
    size_t sz;
    int rc = rec_prepare(inst, e, batch);
    if (rc) return rc;
    for (int64_t i = 0; i < e->n_args; i++) {
        const gv_arg *g = &e->args[i];
        if (g->from == GV_FROM_STATE) {
            k->a[i] = inst->state[g->index];
        } else if (device) {
            k->a[i] = (uint64_t)(uintptr_t)inputs[g->index];
        } else {
            if (!lin_eval(e->arg_bytes[i], batch, &sz))
                return gvc_fail(inst, GVC_ERR_BATCH, "%s: batch %lld is too large", e->name,
                            (long long)batch);
            TRY(inst, e->name, api->alloc(inst->cuda, sz, &k->a[i]));
            k->own_a[i] = 1;
            TRY(inst, e->name,
                api->copy(inst->cuda, GVC_H2D, (void *)(uintptr_t)k->a[i], inputs[g->index], sz));
        }
    }
    for (int64_t i = 0; i < e->n_outs; i++) {
        if (!lin_eval(e->out_bytes[i], batch, &sz))
            return gvc_fail(inst, GVC_ERR_BATCH, "%s: batch %lld is too large", e->name,
                        (long long)batch);
        TRY(inst, e->name, api->alloc(inst->cuda, sz, &k->o[i]));
        k->own_o[i] = 1;
    }
    return GVC_OK;
}

/* Outputs to the caller, then the new state: an output buffer becomes the state array (it is
 * not freed); a state result that is an argument is copied into a fresh buffer. */
static int finish(gvc_instance *inst, const gvc_entry *e, int64_t batch, void *const *outputs,
                  int device, gvc_call *k) {
    const gvc_api *api = inst->model->api;
    size_t sz;
    for (int64_t i = 0; i < e->n_results; i++) {
        const gv_result *r = &e->results[i];
        if (r->to != GV_TO_OUTPUT || !lin_eval(r->bytes, batch, &sz)) continue;
        uint64_t src = r->src == GV_SRC_OUT ? k->o[r->index] : k->a[r->index];
        TRY(inst, e->name, api->copy(inst->cuda, device ? GVC_D2D : GVC_D2H, outputs[r->target],
                                     (void *)(uintptr_t)src, sz));
    }
    for (int64_t i = 0; i < e->n_results; i++) {
        const gv_result *r = &e->results[i];
        if (r->to != GV_TO_STATE) continue;
        uint64_t src = r->src == GV_SRC_OUT ? k->o[r->index] : k->a[r->index];
        if (src == inst->state[r->target]) continue; /* unchanged */
        if (r->src == GV_SRC_OUT && k->own_o[r->index]) {
            k->own_o[r->index] = 0;
            k->fresh[i] = src;
            continue;
        }
        if (!lin_eval(r->bytes, batch, &sz))
            return gvc_fail(inst, GVC_ERR_BATCH, "%s: batch %lld is too large", e->name,
                        (long long)batch);
        TRY(inst, e->name, api->alloc(inst->cuda, sz, &k->fresh[i]));
        TRY(inst, e->name, api->copy(inst->cuda, GVC_D2D, (void *)(uintptr_t)k->fresh[i],
                                     (void *)(uintptr_t)src, sz));
    }
    for (int64_t i = 0; i < e->n_results; i++) { /* commit */
        int64_t rk = rec_of(inst, e, e->n_args + i);
        if (rk >= 0 && rec_need(inst->model, rk, batch, &sz, &inst->rec_rows[rk]) &&
            k->fresh[i])
            inst->rec_cap[rk] = sz; /* (at least: the buffer swapped in) */
        if (!k->fresh[i]) continue;
        int64_t t = e->results[i].target;
        if (inst->state[t]) api->free(inst->cuda, inst->state[t]);
        inst->state[t] = k->fresh[i];
        k->fresh[i] = 0;
    }
    return GVC_OK;
}

int gvc_run(gvc_instance *inst, const gvc_entry *e, int64_t batch, const void *const *inputs,
            void *const *outputs, int device) {
    int rc = check_call(inst, e->name, batch, e->n_inputs, inputs, e->n_outputs, outputs);
    if (rc) return rc;
    const gvc_api *api = inst->model->api;
    size_t n = (size_t)(e->n_args + e->n_outs + e->n_results) + 1;
    gvc_call k = {calloc(n, sizeof(uint64_t)), NULL, NULL, calloc(n, 1), NULL};
    if (!k.a || !k.own_a) {
        free(k.a);
        free(k.own_a);
        return gvc_fail(inst, GVC_ERR_ALLOC, "%s: out of host memory", e->name);
    }
    k.o = k.a + e->n_args;
    k.fresh = k.o + e->n_outs;
    k.own_o = k.own_a + e->n_args;
    pthread_mutex_lock(&gvc_lock);
    rc = prepare(inst, e, batch, inputs, device, &k);
    if (!rc) {
        int r = e->run(inst->cuda, batch, k.a, k.o);
        if (r) rc = gvc_fail_cuda(inst, e->name, r);
    }
    if (!rc) rc = finish(inst, e, batch, outputs, device, &k);
    for (size_t i = 0; i < (size_t)(e->n_args + e->n_outs); i++)
        if (k.own_a[i]) api->free(inst->cuda, k.a[i]);
    for (int64_t i = 0; i < e->n_results; i++)
        if (k.fresh[i]) api->free(inst->cuda, k.fresh[i]);
    pthread_mutex_unlock(&gvc_lock);
    free(k.a);
    free(k.own_a);
    return rc;
}

int gvc_no_instance(const char *fname) {
    return check_call(NULL, fname, 1, 0, NULL, 0, NULL);
}

int64_t gvc_num_parameters(const gvc_model *m) {
    int64_t n = 0;
    for (int64_t i = 0; i < m->n_params; i++)
        n += m->state_bytes_each[m->param_state[i]] / m->elem_size;
    return n;
}

const char *gvc_last_error(const gvc_instance *inst) {
    return inst ? inst->error : gvc_static_error;
}
