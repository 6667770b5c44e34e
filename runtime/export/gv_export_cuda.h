/* gvcompile export runtime for CUDA libraries: the model-independent half of an exported
 * libNAME.so / libNAME.a whose entry points run on a GPU.
 *
 * A CUDA export is
 *   - the AOT launcher NAME_cuda.o (gvcompile/cuda/aot.py: fatbins embedded, libcuda.so.1
 *     loaded with dlopen at NAME_create; NAME_cuda_<entry>_dev runs an entry on device pointers),
 *   - a blob with the initial state (parameters, buffers, optimizer state) at 64-byte offsets,
 *   - generated tables (the same gv_arg / gv_result / gv_lin as the CPU export, gv_export.h),
 *   - this runtime: an instance holds the state on the device (uploaded once, at create); a call
 *     uploads the inputs (or takes device pointers), runs the entry, copies the outputs to the
 *     caller and makes the new state current by swapping device buffers (no copy back).
 * Nothing of the state is written before every result of a call has been computed and copied.
 * A recurrent state array (gv_rec) has a device buffer of the rows of the call that wrote it;
 * while fresh a call gets zeros of its batch.
 */
#ifndef GV_EXPORT_CUDA_H
#define GV_EXPORT_CUDA_H

#include "gv_export.h"

/* Error codes of CUDA exports: 0-5 are those of the AOT launcher (gv_cuda_aot.h). */
enum {
    GVC_OK = 0,
    GVC_ERR_NULL = 1,     /* a null instance or array pointer */
    GVC_ERR_NODRIVER = 2, /* libcuda.so.1 could not be loaded (or is too old) */
    GVC_ERR_NODEVICE = 3, /* cuInit / device / context failed */
    GVC_ERR_CUDA = 4,     /* a CUDA call failed */
    GVC_ERR_ALLOC = 5,    /* out of device or host memory */
    GVC_ERR_BATCH = 6,    /* batch < 1 or sizes overflow */
    GVC_ERR_STATE = 7,    /* the recurrent state has another batch, or a bad checkpoint */
};

typedef struct {
    int (*create)(void **out);
    void (*destroy)(void *c);
    const char *(*last_error)(void *c);
    int (*alloc)(void *c, size_t bytes, uint64_t *ptr);
    void (*free)(void *c, uint64_t ptr);
    int (*copy)(void *c, int kind, void *dst, const void *src, size_t bytes);
} gvc_api;

typedef int (*gvc_entry_fn)(void *c, int64_t n, const uint64_t *args, const uint64_t *outs);

typedef struct {
    const char *name;         /* "NAME_forward" (for messages) */
    gvc_entry_fn run;         /* NAME_cuda_<entry>_dev */
    int64_t n_inputs, n_outputs;
    int64_t n_args;
    const gv_arg *args;
    const gv_lin *arg_bytes;  /* bytes of each argument */
    int64_t n_outs;
    const gv_lin *out_bytes;  /* the plan's output buffers */
    int64_t n_results;
    const gv_result *results;
} gvc_entry;

typedef struct {
    const gvc_api *api;
    const unsigned char *blob;
    int64_t n_state;
    const int64_t *state_offsets;
    const int64_t *state_bytes_each;
    int64_t n_params;
    const int64_t *param_state;
    int64_t elem_size;
    int64_t n_rec;
    const gv_rec *rec;            /* the recurrent state arrays (gv_export.h) */
    const int64_t *state_rec;     /* per state array: its index in rec, or -1 */
    const char *reset_name;       /* "NAME_reset_state" (for messages) */
} gvc_model;

typedef struct {
    const gvc_model *model;
    void *cuda;       /* the launcher's instance */
    uint64_t *state;  /* one device buffer per state array (0: none yet, an empty one) */
    int64_t *rec_rows; /* per recurrent array: the rows it holds (0: fresh) */
    size_t *rec_cap;   /* ... and the bytes of its device buffer */
    char error[GV_ERROR_LEN];
} gvc_instance;

int gvc_create(const gvc_model *m, const char *fname, gvc_instance **out);
void gvc_destroy(gvc_instance *inst);
/* device != 0: inputs and outputs are device pointers (CUdeviceptr values) */
int gvc_run(gvc_instance *inst, const gvc_entry *e, int64_t batch, const void *const *inputs,
            void *const *outputs, int device);
int gvc_get_parameters(gvc_instance *inst, const char *fname, void *dst);
int gvc_set_parameters(gvc_instance *inst, const char *fname, const void *src);
int64_t gvc_num_parameters(const gvc_model *m);
/* As gv_get_state / gv_set_state / gv_set_scalar / gv_get_scalar (gv_export.h), device side. */
int gvc_get_state(gvc_instance *inst, const char *fname, int64_t n, const int64_t *idx,
                  void *dst);
int gvc_set_state(gvc_instance *inst, const char *fname, int64_t n, const int64_t *idx,
                  const void *src);
int gvc_set_scalar(gvc_instance *inst, const char *fname, int64_t state, double v);
int gvc_get_scalar(gvc_instance *inst, const char *fname, int64_t state, double *out);
/* The recurrent state, as gv_reset_recurrent ... gv_set_recurrent (same checkpoint layout). */
int gvc_reset_recurrent(gvc_instance *inst, const char *fname);
int gvc_recurrent_bytes(gvc_instance *inst, const char *fname, int64_t *bytes);
int gvc_get_recurrent(gvc_instance *inst, const char *fname, void *dst);
int gvc_set_recurrent(gvc_instance *inst, const char *fname, const void *src, int64_t bytes);
const char *gvc_last_error(const gvc_instance *inst);

/* Internal to the runtime's files (hidden like everything but the ABI). */
enum { GVC_H2D = 0, GVC_D2H = 1, GVC_D2D = 2 }; /* the launcher's copy kinds */
int gvc_fail(gvc_instance *inst, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int gvc_fail_cuda(gvc_instance *inst, const char *fname, int code); /* the launcher's error */
int gvc_no_instance(const char *fname); /* a call on NULL: the failed create's code, or NULL */
void gvc_lock_calls(void);
void gvc_unlock_calls(void);

#endif
