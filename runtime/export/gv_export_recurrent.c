/* gvcompile export runtime, the recurrent state's checkpoint (see gv_export.h): reset, size,
 * get and set of the gv_rec arrays an instance holds (gv_export.c sizes them per call). */
#include "gv_export.h"

#include <stdlib.h>
#include <string.h>

int gv_reset_recurrent(gv_instance *inst, const char *fname) {
    if (!inst) return gv_fail(NULL, GV_ERR_NULL, "%s: the instance is NULL", fname);
    inst->error[0] = 0;
    gv_lock_calls();
    for (int64_t k = 0; k < inst->model->n_rec; k++) inst->rec[k].rows = 0;
    gv_unlock_calls();
    return GV_OK;
}

static int64_t rec_bytes_now(const gv_instance *inst) {
    int64_t n = 0;
    for (int64_t k = 0; k < inst->model->n_rec; k++)
        n += (int64_t)sizeof(int64_t) + inst->rec[k].rows * inst->model->rec[k].row_bytes;
    return n;
}

int gv_recurrent_bytes(gv_instance *inst, const char *fname, int64_t *bytes) {
    if (!inst) return gv_fail(NULL, GV_ERR_NULL, "%s: the instance is NULL", fname);
    inst->error[0] = 0;
    if (!bytes) return gv_fail(inst, GV_ERR_NULL, "%s: the destination is NULL", fname);
    gv_lock_calls();
    *bytes = rec_bytes_now(inst);
    gv_unlock_calls();
    return GV_OK;
}

int gv_get_recurrent(gv_instance *inst, const char *fname, void *dst) {
    if (!inst) return gv_fail(NULL, GV_ERR_NULL, "%s: the instance is NULL", fname);
    inst->error[0] = 0;
    if (!dst) return gv_fail(inst, GV_ERR_NULL, "%s: the destination is NULL", fname);
    unsigned char *d = dst;
    gv_lock_calls();
    for (int64_t k = 0; k < inst->model->n_rec; k++) {
        const gv_rec_slot *sl = &inst->rec[k];
        size_t sz = (size_t)(sl->rows * inst->model->rec[k].row_bytes);
        memcpy(d, &sl->rows, sizeof sl->rows);
        if (sz) memcpy(d + sizeof sl->rows, sl->data, sz);
        d += sizeof sl->rows + sz;
    }
    gv_unlock_calls();
    return GV_OK;
}

/* Every row count is checked (>= 0; a fixed-rows array: 0 or its rows) and the total must be
 * `bytes` before anything is written; the blocks are allocated before any is replaced. */
int gv_set_recurrent(gv_instance *inst, const char *fname, const void *src, int64_t bytes) {
    if (!inst) return gv_fail(NULL, GV_ERR_NULL, "%s: the instance is NULL", fname);
    inst->error[0] = 0;
    if (!src) return gv_fail(inst, GV_ERR_NULL, "%s: the source is NULL", fname);
    const gv_model *m = inst->model;
    const unsigned char *s_ = src;
    int64_t off;
    char msg[GV_ERROR_LEN];
    if (gv_rec_checkpoint_error(m->rec, m->n_rec, src, bytes, fname, msg, sizeof msg))
        return gv_fail(inst, GV_ERR_STATE, "%s", msg);
    unsigned char **fresh = calloc((size_t)m->n_rec + 1, sizeof *fresh);
    if (!fresh) return gv_fail(inst, GV_ERR_ALLOC, "%s: out of memory", fname);
    int rc = GV_OK;
    gv_lock_calls();
    off = 0;
    for (int pass = 0; pass < 2 && !rc; pass++, off = 0) {
        for (int64_t k = 0; k < m->n_rec; k++) {
            gv_rec_slot *sl = &inst->rec[k];
            int64_t rows;
            memcpy(&rows, s_ + off, sizeof rows);
            size_t sz = (size_t)(rows * m->rec[k].row_bytes);
            if (pass == 0 && sz > sl->cap && !(fresh[k] = malloc(sz))) {
                rc = gv_fail(inst, GV_ERR_ALLOC, "%s: cannot allocate %zu bytes", fname, sz);
                break;
            }
            if (pass == 1) {
                if (fresh[k]) {
                    free(sl->data);
                    sl->data = fresh[k];
                    sl->cap = sz;
                    fresh[k] = NULL;
                }
                if (sz) memcpy(sl->data, s_ + off + sizeof rows, sz);
                sl->rows = rows;
            }
            off += (int64_t)(sizeof rows + sz);
        }
    }
    gv_unlock_calls();
    for (int64_t k = 0; k < m->n_rec; k++) free(fresh[k]);
    free(fresh);
    return rc;
}
