/* gvcompile export runtime (see gv_export.h): instances, argument marshalling, errors.
 *
 * An instance owns a copy of the state (parameters, buffers, optimizer state) taken from the
 * library's blob, one arena for the temporaries and one block for the output buffers; both grow
 * to the largest batch seen and are kept. A call computes everything into the output buffers
 * first and only then copies results to the caller and new state into the instance, so a
 * failed or partial step never leaves half-updated state. Calls into one library are
 * serialised: the generated code shares the thread pool's per-thread workspaces.
 *
 * The recurrent state (gv_rec) lives in its own blocks, sized by the batch of the call that
 * wrote it; a fresh one reads as zeros of the call's batch (the Python model's fresh program).
 */
#include "gv_export.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GV_ALIGN 64

static pthread_mutex_t gv_lock = PTHREAD_MUTEX_INITIALIZER;
static _Thread_local char gv_static_error[GV_ERROR_LEN]; /* errors without an instance */

void gv_lock_calls(void) { pthread_mutex_lock(&gv_lock); }
void gv_unlock_calls(void) { pthread_mutex_unlock(&gv_lock); }

int gv_fail(gv_instance *inst, int code, const char *fmt, ...) {
    char *buf = inst ? inst->error : gv_static_error;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, GV_ERROR_LEN, fmt, ap);
    va_end(ap);
    return code;
}

/* a*batch + b bytes; 0 on overflow or a negative result (callers treat it as an error). */
static int lin_eval(gv_lin l, int64_t batch, size_t *out) {
    int64_t v;
    if (__builtin_mul_overflow(l.a, batch, &v) || __builtin_add_overflow(v, l.b, &v) || v < 0)
        return 0;
    *out = (size_t)v;
    return 1;
}

static size_t round_up(size_t n) { return (n + GV_ALIGN - 1) / GV_ALIGN * GV_ALIGN; }

static void *align_ptr(void *p) {
    uintptr_t u = (uintptr_t)p;
    return (void *)((u + GV_ALIGN - 1) / GV_ALIGN * GV_ALIGN);
}

/* The recurrent state as at export (its rows; 0: fresh); 0 if out of memory. */
static int rec_init(gv_instance *inst) {
    const gv_model *m = inst->model;
    if (!(inst->rec = calloc((size_t)m->n_rec + 1, sizeof *inst->rec))) return 0;
    for (int64_t k = 0; k < m->n_rec; k++) {
        const gv_rec *r = &m->rec[k];
        size_t sz = (size_t)(r->init_rows * r->row_bytes);
        if (!sz) continue;
        if (!(inst->rec[k].data = malloc(sz))) return 0;
        memcpy(inst->rec[k].data, m->blob + m->state_offsets[r->state], sz);
        inst->rec[k].cap = sz;
        inst->rec[k].rows = r->init_rows;
    }
    return 1;
}

int gv_create(const gv_model *m, const char *fname, gv_instance **out) {
    if (!out) return gv_fail(NULL, GV_ERR_NULL, "%s: the output pointer is NULL", fname);
    *out = NULL;
    gv_instance *inst = calloc(1, sizeof *inst);
    if (!inst) return gv_fail(NULL, GV_ERR_ALLOC, "%s: cannot allocate the instance", fname);
    inst->model = m;
    inst->state = aligned_alloc(GV_ALIGN, round_up((size_t)m->state_bytes + 1));
    inst->ptrs = malloc(sizeof(void *) * (size_t)(m->max_ptrs + 1));
    if (!inst->state || !inst->ptrs) {
        gv_destroy(inst);
        return gv_fail(NULL, GV_ERR_ALLOC, "%s: cannot allocate %lld bytes of state", fname,
                    (long long)m->state_bytes);
    }
    memcpy(inst->state, m->blob, (size_t)m->state_bytes);
    if (!rec_init(inst)) {
        gv_destroy(inst);
        return gv_fail(NULL, GV_ERR_ALLOC, "%s: cannot allocate the recurrent state", fname);
    }
    gv_static_error[0] = 0;
    *out = inst;
    return GV_OK;
}

void gv_destroy(gv_instance *inst) {
    if (!inst) return;
    free(inst->state);
    free(inst->arena_raw);
    free(inst->outs_raw);
    free(inst->ptrs);
    for (int64_t k = 0; inst->rec && k < inst->model->n_rec; k++) free(inst->rec[k].data);
    free(inst->rec);
    free(inst);
}

/* Where state array s lives in this instance (the recurrent ones in their own blocks). */
static unsigned char *state_ptr(gv_instance *inst, int64_t s) {
    int64_t k = inst->model->state_rec ? inst->model->state_rec[s] : -1;
    return k >= 0 ? inst->rec[k].data : inst->state + inst->model->state_offsets[s];
}

/* The recurrent slot of argument/result i of e (i < n_args: an argument), or -1. */
static int64_t rec_of(const gv_instance *inst, const gv_entry *e, int64_t i) {
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

/* Before a call: every recurrent array the entry reads or writes is fresh or holds the rows
 * of this batch (else GV_ERR_STATE, nothing changed), has room for them, and reads as zeros
 * if fresh. It counts as carried only once the call has written it (copy_results). */
static int rec_prepare(gv_instance *inst, const gv_entry *e, int64_t batch) {
    const gv_model *m = inst->model;
    for (int pass = 0; pass < 2; pass++) {
        for (int64_t i = 0; i < e->n_args + e->n_results; i++) {
            int64_t k = rec_of(inst, e, i);
            if (k < 0) continue;
            const gv_rec *r = &m->rec[k];
            gv_rec_slot *sl = &inst->rec[k];
            size_t sz;
            if (!lin_eval(r->bytes, batch, &sz))
                return gv_fail(inst, GV_ERR_ALLOC, "%s: batch %lld is too large (sizes overflow)",
                            e->name, (long long)batch);
            int64_t need = (int64_t)sz / r->row_bytes;
            if (pass == 0) {
                if (sl->rows && sl->rows != need)
                    return gv_fail(inst, GV_ERR_STATE, "%s: %s holds the state of a batch of %lld "
                                "from the previous call, got a batch of %lld: call %s before "
                                "changing the batch size", e->name, r->name,
                                (long long)sl->rows, (long long)need, m->reset_name);
                continue;
            }
            if (sl->cap < sz) { /* only a fresh array grows: a carried one has its rows */
                unsigned char *p = malloc(sz);
                if (!p) return gv_fail(inst, GV_ERR_ALLOC, "%s: cannot allocate %zu bytes of "
                                    "recurrent state", e->name, sz);
                free(sl->data);
                sl->data = p;
                sl->cap = sz;
            }
            if (!sl->rows) memset(sl->data, 0, sz);
        }
    }
    return GV_OK;
}

/* Grow *raw to hold `bytes` (plus alignment slack); returns the aligned base or NULL. */
static void *grow(void **raw, size_t *have, size_t bytes) {
    if (bytes > SIZE_MAX - GV_ALIGN) return NULL;
    if (*raw == NULL || *have < bytes) {
        void *p = malloc(bytes + GV_ALIGN);
        if (!p) return NULL;
        free(*raw);
        *raw = p;
        *have = bytes;
    }
    return align_ptr(*raw);
}

/* The offsets of the output buffers (and staging for arg-sourced state results) in one block. */
static int outs_layout(const gv_entry *e, int64_t batch, size_t *offsets, size_t *total) {
    size_t top = 0, sz;
    for (int64_t i = 0; i < e->n_outs + e->n_results; i++) {
        if (i < e->n_outs) {
            if (!lin_eval(e->out_bytes[i], batch, &sz)) return 0;
        } else {
            const gv_result *r = &e->results[i - e->n_outs];
            if (r->src != GV_SRC_ARG || r->to != GV_TO_STATE) continue;
            if (!lin_eval(r->bytes, batch, &sz)) return 0;
        }
        offsets[i] = top;
        sz = round_up(sz ? sz : 1);
        if (top > SIZE_MAX - sz) return 0;
        top += sz;
    }
    *total = top;
    return 1;
}

static int check_call(gv_instance *inst, const gv_entry *e, int64_t batch,
                      const void *const *inputs, void *const *outputs) {
    if (!inst) return gv_fail(NULL, GV_ERR_NULL, "%s: the instance is NULL", e->name);
    inst->error[0] = 0;
    if (batch < 1)
        return gv_fail(inst, GV_ERR_BATCH, "%s: batch must be >= 1, got %lld", e->name,
                    (long long)batch);
    for (int64_t i = 0; i < e->n_inputs; i++)
        if (!inputs[i]) return gv_fail(inst, GV_ERR_NULL, "%s: input %lld is NULL", e->name,
                                    (long long)i);
    for (int64_t i = 0; i < e->n_outputs; i++)
        if (!outputs[i]) return gv_fail(inst, GV_ERR_NULL, "%s: output %lld is NULL", e->name,
                                     (long long)i);
    return GV_OK;
}

static void copy_results(gv_instance *inst, const gv_entry *e, int64_t batch, void **args,
                         void **outs, unsigned char *stage_base, const size_t *offsets,
                         void *const *outputs) {
    size_t sz;
    /* 1. state results that are arguments (possibly other state arrays): stage them first */
    for (int64_t i = 0; i < e->n_results; i++) {
        const gv_result *r = &e->results[i];
        if (r->src == GV_SRC_ARG && r->to == GV_TO_STATE && lin_eval(r->bytes, batch, &sz))
            memcpy(stage_base + offsets[e->n_outs + i], args[r->index], sz);
    }
    /* 2. outputs to the caller (they may read state arguments), 3. new state */
    for (int pass = 0; pass < 2; pass++) {
        for (int64_t i = 0; i < e->n_results; i++) {
            const gv_result *r = &e->results[i];
            if ((pass == 0) != (r->to == GV_TO_OUTPUT) || !lin_eval(r->bytes, batch, &sz))
                continue;
            const void *src = r->src == GV_SRC_OUT ? outs[r->index] : args[r->index];
            if (r->src == GV_SRC_ARG && r->to == GV_TO_STATE)
                src = stage_base + offsets[e->n_outs + i];
            void *dst = r->to == GV_TO_OUTPUT ? outputs[r->target]
                                              : state_ptr(inst, r->target);
            if (dst != src) memmove(dst, src, sz);
            int64_t k = rec_of(inst, e, e->n_args + i);
            if (k >= 0) inst->rec[k].rows = (int64_t)sz / inst->model->rec[k].row_bytes;
        }
    }
}

/* The instance whose step runs now (set under gv_lock: one call at a time). */
static gv_instance *gv_active;

void gv_allreduce(int64_t group, void *buf, int64_t count, int32_t dtype) {
    (void)group; /* one communicator per instance: the hook's */
    gv_instance *inst = gv_active;
    if (!inst || inst->allreduce_rc) return; /* after a failure the step's result is dropped */
    inst->allreduce_rc = inst->allreduce(buf, count, dtype, inst->allreduce_ctx);
}

/* Overlapped gradient buckets (compile_train_step(bucket_bytes=)): the hook is blocking, so a
 * bucket is summed at its start and its wait finds nothing left to do. */
void gv_collective_start(int64_t group, void *buf, int64_t count, int32_t dtype) {
    gv_allreduce(group, buf, count, dtype);
}

void gv_collective_wait(int64_t group, void *buf, int64_t count, int32_t dtype) {
    (void)group, (void)buf, (void)count, (void)dtype;
}

int gv_set_allreduce(gv_instance *inst, const char *fname, gv_allreduce_fn fn, void *ctx) {
    if (!inst) return gv_fail(NULL, GV_ERR_NULL, "%s: the instance is NULL", fname);
    inst->error[0] = 0;
    pthread_mutex_lock(&gv_lock);
    inst->allreduce = fn;
    inst->allreduce_ctx = ctx;
    pthread_mutex_unlock(&gv_lock);
    return GV_OK;
}

static int run_locked(gv_instance *inst, const gv_entry *e, int64_t batch,
                      const void *const *inputs, void *const *outputs, size_t *offsets) {
    const gv_model *m = inst->model;
    size_t arena_bytes, outs_bytes;
    if (!lin_eval(e->arena, batch, &arena_bytes) ||
        !outs_layout(e, batch, offsets, &outs_bytes))
        return gv_fail(inst, GV_ERR_ALLOC, "%s: batch %lld is too large (sizes overflow)", e->name,
                    (long long)batch);
    if (e->collectives && !inst->allreduce)
        return gv_fail(inst, GV_ERR_COLLECTIVE, "%s: a data-parallel step averages the gradients "
                       "over the ranks: set its allreduce (_set_allreduce) first", e->name);
    int rc = rec_prepare(inst, e, batch);
    if (rc) return rc;
    void *arena = grow(&inst->arena_raw, &inst->arena_size, arena_bytes);
    unsigned char *ob = grow(&inst->outs_raw, &inst->outs_size, outs_bytes);
    if (!arena || !ob)
        return gv_fail(inst, GV_ERR_ALLOC, "%s: cannot allocate %zu bytes for batch %lld",
                    e->name, arena_bytes + outs_bytes, (long long)batch);
    void **args = inst->ptrs, **outs = args + e->n_args, **consts = outs + e->n_outs;
    for (int64_t i = 0; i < e->n_args; i++) {
        const gv_arg *a = &e->args[i];
        args[i] = a->from == GV_FROM_INPUT ? (void *)inputs[a->index]
                                           : (void *)state_ptr(inst, a->index);
    }
    for (int64_t i = 0; i < e->n_outs; i++) outs[i] = ob + offsets[i];
    for (int64_t i = 0; i < e->n_consts; i++)
        consts[i] = (void *)(m->blob + e->const_offsets[i]);
    inst->allreduce_rc = 0;
    gv_active = inst;
    e->fn(batch, args, outs, consts, arena);
    gv_active = NULL;
    if (inst->allreduce_rc)
        return gv_fail(inst, GV_ERR_COLLECTIVE, "%s: the allreduce returned %d: this step's "
                       "results are dropped (parameters updated in place may be partial)",
                       e->name, inst->allreduce_rc);
    copy_results(inst, e, batch, args, outs, ob, offsets, outputs);
    return GV_OK;
}

int gv_run(gv_instance *inst, const gv_entry *e, int64_t batch, const void *const *inputs,
           void *const *outputs) {
    int rc = check_call(inst, e, batch, inputs, outputs);
    if (rc) return rc;
    size_t *offsets = malloc(sizeof(size_t) * (size_t)(e->n_outs + e->n_results + 1));
    if (!offsets) return gv_fail(inst, GV_ERR_ALLOC, "%s: out of memory", e->name);
    pthread_mutex_lock(&gv_lock);
    rc = run_locked(inst, e, batch, inputs, outputs, offsets);
    pthread_mutex_unlock(&gv_lock);
    free(offsets);
    return rc;
}

/* The parameters are the state arrays param_state names, in manifest order. */
int gv_get_parameters(gv_instance *inst, const char *fname, void *dst) {
    if (!inst) return gv_fail(NULL, GV_ERR_NULL, "%s: the instance is NULL", fname);
    return gv_get_state(inst, fname, inst->model->n_params, inst->model->param_state, dst);
}

int gv_set_parameters(gv_instance *inst, const char *fname, const void *src) {
    if (!inst) return gv_fail(NULL, GV_ERR_NULL, "%s: the instance is NULL", fname);
    return gv_set_state(inst, fname, inst->model->n_params, inst->model->param_state, src);
}

int gv_get_state(gv_instance *inst, const char *fname, int64_t n, const int64_t *idx, void *dst) {
    if (!inst) return gv_fail(NULL, GV_ERR_NULL, "%s: the instance is NULL", fname);
    inst->error[0] = 0;
    if (!dst) return gv_fail(inst, GV_ERR_NULL, "%s: the destination is NULL", fname);
    const gv_model *m = inst->model;
    unsigned char *d = dst;
    pthread_mutex_lock(&gv_lock);
    for (int64_t i = 0; i < n; i++) {
        memcpy(d, inst->state + m->state_offsets[idx[i]], (size_t)m->state_bytes_each[idx[i]]);
        d += m->state_bytes_each[idx[i]];
    }
    pthread_mutex_unlock(&gv_lock);
    return GV_OK;
}

int gv_set_state(gv_instance *inst, const char *fname, int64_t n, const int64_t *idx,
                 const void *src) {
    if (!inst) return gv_fail(NULL, GV_ERR_NULL, "%s: the instance is NULL", fname);
    inst->error[0] = 0;
    if (!src) return gv_fail(inst, GV_ERR_NULL, "%s: the source is NULL", fname);
    const gv_model *m = inst->model;
    const unsigned char *s_ = src;
    pthread_mutex_lock(&gv_lock);
    for (int64_t i = 0; i < n; i++) {
        memcpy(inst->state + m->state_offsets[idx[i]], s_, (size_t)m->state_bytes_each[idx[i]]);
        s_ += m->state_bytes_each[idx[i]];
    }
    pthread_mutex_unlock(&gv_lock);
    return GV_OK;
}

int gv_set_scalar(gv_instance *inst, const char *fname, int64_t state, double v) {
    if (!inst) return gv_fail(NULL, GV_ERR_NULL, "%s: the instance is NULL", fname);
    inst->error[0] = 0;
    unsigned char *p = inst->state + inst->model->state_offsets[state];
    pthread_mutex_lock(&gv_lock); /* not while a step of another thread reads it */
    if (inst->model->state_bytes_each[state] == (int64_t)sizeof(float)) {
        float f = (float)v;
        memcpy(p, &f, sizeof f);
    } else {
        memcpy(p, &v, sizeof v);
    }
    pthread_mutex_unlock(&gv_lock);
    return GV_OK;
}

int gv_get_scalar(gv_instance *inst, const char *fname, int64_t state, double *out) {
    if (!inst) return gv_fail(NULL, GV_ERR_NULL, "%s: the instance is NULL", fname);
    inst->error[0] = 0;
    if (!out) return gv_fail(inst, GV_ERR_NULL, "%s: the destination is NULL", fname);
    const unsigned char *p = inst->state + inst->model->state_offsets[state];
    pthread_mutex_lock(&gv_lock);
    if (inst->model->state_bytes_each[state] == (int64_t)sizeof(float)) {
        float f;
        memcpy(&f, p, sizeof f);
        *out = f;
    } else {
        memcpy(out, p, sizeof *out);
    }
    pthread_mutex_unlock(&gv_lock);
    return GV_OK;
}

int64_t gv_num_parameters(const gv_model *m) {
    int64_t n = 0;
    for (int64_t i = 0; i < m->n_params; i++)
        n += m->state_bytes_each[m->param_state[i]] / m->elem_size;
    return n;
}

const char *gv_last_error(const gv_instance *inst) {
    return inst ? inst->error : gv_static_error;
}
