/* gv_cuda_aot.h: run-time part of gvcompile's AOT CUDA libraries (included by the generated
 * NAME_cuda.c). The CUDA driver is loaded with dlopen("libcuda.so.1") when an instance is
 * created, so the library links with gcc alone and reports GV_CUDA_ENODRIVER where there is
 * no driver. Only the driver API is used (no runtime library, no CUDA headers).
 */
#ifndef GV_CUDA_AOT_H
#define GV_CUDA_AOT_H
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GV_API __attribute__((visibility("default")))
enum { GV_CUDA_OK = 0, GV_CUDA_EARG = 1, GV_CUDA_ENODRIVER = 2, GV_CUDA_ENODEVICE = 3,
       GV_CUDA_EDRIVER = 4, GV_CUDA_ENOMEM = 5 };

typedef int CUresult;
typedef int CUdevice;
typedef void *CUcontext, *CUmodule, *CUfunction;
typedef unsigned long long CUdeviceptr;

typedef struct {
  CUresult (*cuInit)(unsigned);
  CUresult (*cuDeviceGet)(CUdevice *, int);
  CUresult (*cuDevicePrimaryCtxRetain)(CUcontext *, CUdevice);
  CUresult (*cuDevicePrimaryCtxRelease)(CUdevice);
  CUresult (*cuCtxSetCurrent)(CUcontext);
  CUresult (*cuModuleLoadData)(CUmodule *, const void *);
  CUresult (*cuModuleUnload)(CUmodule);
  CUresult (*cuModuleGetFunction)(CUfunction *, CUmodule, const char *);
  CUresult (*cuMemAlloc)(CUdeviceptr *, size_t);
  CUresult (*cuMemFree)(CUdeviceptr);
  CUresult (*cuMemcpyHtoD)(CUdeviceptr, const void *, size_t);
  CUresult (*cuMemcpyDtoH)(void *, CUdeviceptr, size_t);
  CUresult (*cuLaunchKernel)(CUfunction, unsigned, unsigned, unsigned, unsigned, unsigned,
                             unsigned, unsigned, void *, void **, void **);
  CUresult (*cuCtxSynchronize)(void);
  CUresult (*cuGetErrorString)(CUresult, const char **);
  CUresult (*cuMemcpyDtoD)(CUdeviceptr, CUdeviceptr, size_t);
} GvCudaApi;

static const char *const gv_cuda_symbols[] = {
    "cuInit", "cuDeviceGet", "cuDevicePrimaryCtxRetain", "cuDevicePrimaryCtxRelease_v2",
    "cuCtxSetCurrent", "cuModuleLoadData", "cuModuleUnload", "cuModuleGetFunction",
    "cuMemAlloc_v2", "cuMemFree_v2", "cuMemcpyHtoD_v2", "cuMemcpyDtoH_v2", "cuLaunchKernel",
    "cuCtxSynchronize", "cuGetErrorString", "cuMemcpyDtoD_v2"};

typedef struct { const unsigned char *data; size_t size; } GvBlob;
struct GvCuda;
struct GvEntry;
typedef struct {
  const unsigned char *fatbin;
  const char *const *kernels;
  int n_kernels;
  const GvBlob *consts;
  int n_consts, n_args, n_outs, n_results;
  int (*launch)(struct GvCuda *, struct GvEntry *, long long, const uint64_t *, const uint64_t *);
  void (*arg_sizes)(long long, size_t *);
  void (*out_sizes)(long long, size_t *);
  void (*result_map)(int *alias_arg, int *out_index);
} GvEntryDef;

typedef struct GvEntry {
  const GvEntryDef *def;
  CUmodule mod;
  CUfunction *fn;
  uint64_t *consts;
  uint64_t arena;
  size_t arena_size;
} GvEntry;

typedef struct GvCuda {
  void *lib;
  GvCudaApi api;
  CUdevice dev;
  CUcontext ctx;
  int code, n;
  char msg[512];
  GvEntry *e;
} GvCuda;

static char gv_create_error[512];

static inline unsigned gv_clamp_grid(long long blocks, long long max_grid) {
  return (unsigned)(blocks < 1 ? 1 : blocks > max_grid ? max_grid : blocks);
}

static int gv_err(GvCuda *c, int code, const char *what) {
  char *dst = c ? c->msg : gv_create_error;
  snprintf(dst, 512, "%s", what);
  if (c) c->code = code;
  return code;
}

static int gv_fail(GvCuda *c, CUresult r, const char *what) {
  const char *s = 0;
  if (c->api.cuGetErrorString) c->api.cuGetErrorString(r, &s);
  snprintf(c->msg, sizeof c->msg, "%s failed: CUDA error %d (%s)", what, (int)r, s ? s : "?");
  c->code = r == 2 ? GV_CUDA_ENOMEM : GV_CUDA_EDRIVER;
  return c->code;
}

static int gv_sync(GvCuda *c) {
  CUresult r = c->api.cuCtxSynchronize();
  return r ? gv_fail(c, r, "cuCtxSynchronize") : GV_CUDA_OK;
}

static int gv_arena(GvCuda *c, GvEntry *e, size_t bytes) {
  if (bytes <= e->arena_size && e->arena) return GV_CUDA_OK;
  if (e->arena) c->api.cuMemFree(e->arena);
  e->arena = 0;
  e->arena_size = 0;
  CUresult r = c->api.cuMemAlloc(&e->arena, bytes ? bytes : 1);
  if (r) return gv_fail(c, r, "cuMemAlloc(arena)");
  e->arena_size = bytes;
  return GV_CUDA_OK;
}

static void gv_destroy(GvCuda *c) {
  if (!c) return;
  for (int i = 0; c->e && i < c->n; ++i) {
    GvEntry *e = &c->e[i];
    for (int k = 0; e->consts && k < e->def->n_consts; ++k)
      if (e->consts[k]) c->api.cuMemFree(e->consts[k]);
    if (e->arena) c->api.cuMemFree(e->arena);
    if (e->mod) c->api.cuModuleUnload(e->mod);
    free(e->fn);
    free(e->consts);
  }
  free(c->e);
  if (c->ctx) c->api.cuDevicePrimaryCtxRelease(c->dev);
  if (c->lib) dlclose(c->lib);
  free(c);
}

static int gv_load_entry(GvCuda *c, GvEntry *e, const GvEntryDef *d) {
  CUresult r;
  e->def = d;
  if ((r = c->api.cuModuleLoadData(&e->mod, d->fatbin))) return gv_fail(c, r, "cuModuleLoadData");
  e->fn = (CUfunction *)calloc(d->n_kernels + 1, sizeof(CUfunction));
  e->consts = (uint64_t *)calloc(d->n_consts + 1, sizeof(uint64_t));
  if (!e->fn || !e->consts) return gv_err(c, GV_CUDA_ENOMEM, "out of host memory");
  for (int k = 0; k < d->n_kernels; ++k)
    if ((r = c->api.cuModuleGetFunction(&e->fn[k], e->mod, d->kernels[k])))
      return gv_fail(c, r, d->kernels[k]);
  for (int k = 0; k < d->n_consts; ++k) {
    if ((r = c->api.cuMemAlloc(&e->consts[k], d->consts[k].size ? d->consts[k].size : 1)))
      return gv_fail(c, r, "cuMemAlloc(constant)");
    if (d->consts[k].size &&
        (r = c->api.cuMemcpyHtoD(e->consts[k], d->consts[k].data, d->consts[k].size)))
      return gv_fail(c, r, "cuMemcpyHtoD(constant)");
  }
  return GV_CUDA_OK;
}

static int gv_create(GvCuda **out, const GvEntryDef *const *defs, int n) {
  if (!out) return gv_err(0, GV_CUDA_EARG, "create: null output pointer");
  *out = 0;
  GvCuda *c = (GvCuda *)calloc(1, sizeof(GvCuda));
  if (!c) return gv_err(0, GV_CUDA_ENOMEM, "create: out of host memory");
  c->lib = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
  if (!c->lib) {
    const char *why = dlerror();
    snprintf(gv_create_error, sizeof gv_create_error,
             "the CUDA driver (libcuda.so.1) could not be loaded: %s", why ? why : "?");
    free(c);
    return GV_CUDA_ENODRIVER;
  }
  void **slots = (void **)&c->api;
  for (size_t i = 0; i < sizeof gv_cuda_symbols / sizeof *gv_cuda_symbols; ++i) {
    slots[i] = dlsym(c->lib, gv_cuda_symbols[i]);
    if (!slots[i]) {
      snprintf(gv_create_error, sizeof gv_create_error,
               "libcuda.so.1 lacks %s (driver too old)", gv_cuda_symbols[i]);
      gv_destroy(c);
      return GV_CUDA_ENODRIVER;
    }
  }
  CUresult r;
  if ((r = c->api.cuInit(0)) || (r = c->api.cuDeviceGet(&c->dev, 0)) ||
      (r = c->api.cuDevicePrimaryCtxRetain(&c->ctx, c->dev)) ||
      (r = c->api.cuCtxSetCurrent(c->ctx))) {
    snprintf(gv_create_error, sizeof gv_create_error,
             "no usable CUDA device: CUDA error %d during initialisation", (int)r);
    gv_destroy(c);
    return GV_CUDA_ENODEVICE;
  }
  c->n = n;
  c->e = (GvEntry *)calloc(n, sizeof(GvEntry));
  for (int i = 0; i < n; ++i)
    if (gv_load_entry(c, &c->e[i], defs[i])) {
      snprintf(gv_create_error, sizeof gv_create_error, "%s", c->msg);
      int code = c->code;
      gv_destroy(c);
      return code;
    }
  *out = c;
  return GV_CUDA_OK;
}

static int gv_run_dev(GvCuda *c, int idx, long long n, const uint64_t *a, const uint64_t *o) {
  if (!c) return gv_err(0, GV_CUDA_EARG, "null instance");
  if (!a || !o || n < 1) return gv_err(c, GV_CUDA_EARG, "null pointer or batch < 1");
  if (c->api.cuCtxSetCurrent(c->ctx)) return gv_err(c, GV_CUDA_EDRIVER, "cuCtxSetCurrent");
  return c->e[idx].def->launch(c, &c->e[idx], n, a, o);
}

/* Host pointers: device copies of the arguments and results for this call. */
static int gv_run_host(GvCuda *c, int idx, long long n, const void *const *args,
                       void *const *outs) {
  if (!c) return gv_err(0, GV_CUDA_EARG, "null instance");
  const GvEntryDef *d = c->e[idx].def;
  if (!args || !outs || n < 1) return gv_err(c, GV_CUDA_EARG, "null pointer or batch < 1");
  for (int i = 0; i < d->n_args; ++i)
    if (!args[i]) return gv_err(c, GV_CUDA_EARG, "null argument pointer");
  for (int i = 0; i < d->n_results; ++i)
    if (!outs[i]) return gv_err(c, GV_CUDA_EARG, "null result pointer");
  size_t asz[d->n_args + 1], osz[d->n_outs + 1];
  uint64_t a[d->n_args + 1], o[d->n_outs + 1];
  int alias[d->n_results + 1], oi[d->n_results + 1];
  memset(a, 0, sizeof a);
  memset(o, 0, sizeof o);
  for (int k = 0; k < d->n_results; ++k) alias[k] = oi[k] = -1;
  d->arg_sizes(n, asz);
  d->out_sizes(n, osz);
  d->result_map(alias, oi);
  int code = GV_CUDA_OK;
  CUresult r;
  if (c->api.cuCtxSetCurrent(c->ctx)) return gv_err(c, GV_CUDA_EDRIVER, "cuCtxSetCurrent");
  for (int i = 0; i < d->n_args && !code; ++i) {
    if ((r = c->api.cuMemAlloc(&a[i], asz[i] ? asz[i] : 1))) code = gv_fail(c, r, "cuMemAlloc");
    else if (asz[i] && (r = c->api.cuMemcpyHtoD(a[i], args[i], asz[i])))
      code = gv_fail(c, r, "cuMemcpyHtoD");
  }
  for (int i = 0; i < d->n_outs && !code; ++i)
    if ((r = c->api.cuMemAlloc(&o[i], osz[i] ? osz[i] : 1))) code = gv_fail(c, r, "cuMemAlloc");
  if (!code) code = d->launch(c, &c->e[idx], n, a, o);
  for (int k = 0; k < d->n_results && !code; ++k) {
    if (alias[k] >= 0) memcpy(outs[k], args[alias[k]], asz[alias[k]]);
    else if (osz[oi[k]] && (r = c->api.cuMemcpyDtoH(outs[k], o[oi[k]], osz[oi[k]])))
      code = gv_fail(c, r, "cuMemcpyDtoH");
  }
  for (int i = 0; i < d->n_args; ++i) if (a[i]) c->api.cuMemFree(a[i]);
  for (int i = 0; i < d->n_outs; ++i) if (o[i]) c->api.cuMemFree(o[i]);
  return code;
}

/* Device memory for the exporter's wrappers (state kept on the device between calls):
 * kind 0 host->device, 1 device->host, 2 device->device. */
static int gv_mem_alloc(GvCuda *c, size_t bytes, uint64_t *ptr) {
  if (!c || !ptr) return gv_err(c, GV_CUDA_EARG, "alloc: null pointer");
  CUdeviceptr p = 0;
  if (c->api.cuCtxSetCurrent(c->ctx)) return gv_err(c, GV_CUDA_EDRIVER, "cuCtxSetCurrent");
  CUresult r = c->api.cuMemAlloc(&p, bytes ? bytes : 1);
  if (r) return gv_fail(c, r, "cuMemAlloc");
  *ptr = p;
  return GV_CUDA_OK;
}

static void gv_mem_free(GvCuda *c, uint64_t ptr) {
  if (c && ptr) c->api.cuMemFree(ptr);
}

static int gv_mem_copy(GvCuda *c, int kind, void *dst, const void *src, size_t bytes) {
  if (!c || !dst || !src) return gv_err(c, GV_CUDA_EARG, "copy: null pointer");
  if (!bytes) return GV_CUDA_OK;
  if (c->api.cuCtxSetCurrent(c->ctx)) return gv_err(c, GV_CUDA_EDRIVER, "cuCtxSetCurrent");
  CUresult r = kind == 0   ? c->api.cuMemcpyHtoD((CUdeviceptr)(uintptr_t)dst, src, bytes)
               : kind == 1 ? c->api.cuMemcpyDtoH(dst, (CUdeviceptr)(uintptr_t)src, bytes)
                           : c->api.cuMemcpyDtoD((CUdeviceptr)(uintptr_t)dst,
                                                 (CUdeviceptr)(uintptr_t)src, bytes);
  return r ? gv_fail(c, r, kind == 0 ? "cuMemcpyHtoD" : kind == 1 ? "cuMemcpyDtoH"
                                                                  : "cuMemcpyDtoD")
           : GV_CUDA_OK;
}

#define GV_CUDA_LIBRARY(NAME, DEFS, N)                                                         \
  typedef struct NAME##_cuda NAME##_cuda;                                                      \
  GV_API int NAME##_cuda_create(NAME##_cuda **out) {                                            \
    return gv_create((GvCuda **)out, DEFS, N);                                                 \
  }                                                                                            \
  GV_API void NAME##_cuda_destroy(NAME##_cuda *c) { gv_destroy((GvCuda *)c); }                 \
  GV_API const char *NAME##_cuda_last_error(NAME##_cuda *c) {                                  \
    return c ? ((GvCuda *)c)->msg : gv_create_error;                                           \
  }                                                                                            \
  GV_API int NAME##_cuda_alloc(NAME##_cuda *c, size_t bytes, uint64_t *ptr) {                  \
    return gv_mem_alloc((GvCuda *)c, bytes, ptr);                                              \
  }                                                                                            \
  GV_API void NAME##_cuda_free(NAME##_cuda *c, uint64_t ptr) { gv_mem_free((GvCuda *)c, ptr); } \
  GV_API int NAME##_cuda_copy(NAME##_cuda *c, int kind, void *dst, const void *src,            \
                              size_t bytes) {                                                  \
    return gv_mem_copy((GvCuda *)c, kind, dst, src, bytes);                                    \
  }

#define GV_CUDA_ENTRY(NAME, ENTRY, IDX)                                                        \
  GV_API int NAME##_cuda_##ENTRY(NAME##_cuda *c, int64_t n, const void *const *args,           \
                                 void *const *outs) {                                          \
    return gv_run_host((GvCuda *)c, IDX, (long long)n, args, outs);                           \
  }                                                                                            \
  GV_API int NAME##_cuda_##ENTRY##_dev(NAME##_cuda *c, int64_t n, const uint64_t *args,         \
                                       const uint64_t *outs) {                                 \
    return gv_run_dev((GvCuda *)c, IDX, (long long)n, args, outs);                            \
  }

#endif
