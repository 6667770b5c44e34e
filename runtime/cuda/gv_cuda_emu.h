/* gv_cuda_emu.h: run CUDA C kernels on the CPU (host C++17, g++), for tests without a GPU.
 *
 * The same kernel text compiles with nvcc and, after this header, with g++:
 *   - a grid is a loop over blocks (one OS thread, blocks in order: deterministic results);
 *   - the threads of a block are fibers: the first entry switches to a private stack with two
 *     instructions of inline asm, later switches are _setjmp/_longjmp; __syncthreads() and warp
 *     operations yield to a round-robin scheduler until every live thread has arrived;
 *   - __shared__ is static thread_local storage (one copy per block in flight);
 *   - warp shuffles and votes go through a per-warp exchange buffer and a warp barrier;
 *   - atomics are plain read-modify-writes (fibers only switch at barriers, so they are atomic).
 * Kernels without barriers may be launched with fibers=0: threads then run as plain loops.
 *
 * Include this header first (it undefines _FORTIFY_SOURCE: the fortified longjmp aborts on a
 * stack hop) and keep the default TLS model (initial-exec makes dlopen fail on big __shared__).
 *
 * C ABI (for cffi):
 *   int gv_emu_launch(void *wrapper, unsigned gx, gy, gz, bx, by, bz, int fibers, void **args)
 *   void *gv_emu_lookup(const char *module, const char *kernel)
 *   const char *gv_emu_last_error(void)
 * A generated module registers its kernels' wrappers (void wrapper(void **args), arguments
 * packed as for cuLaunchKernel) with GV_EMU_MODULE(name, entries).
 */
#ifndef GV_CUDA_EMU_H
#define GV_CUDA_EMU_H

#undef _FORTIFY_SOURCE
#include <math.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if !defined(__x86_64__) && !defined(__aarch64__)
#include <ucontext.h>
#define GV_EMU_UCONTEXT 1
#endif

#define GV_EMULATE 1
#define GV_KERNEL
#define GV_GMEM
#define __global__
#define __device__
#define __host__
#define __constant__ static const
#define __forceinline__ inline
#define __noinline__
#define __restrict__ __restrict
#define __launch_bounds__(...)
#define __shared__ static thread_local

struct dim3 {
    unsigned x, y, z;
    constexpr dim3(unsigned x_ = 1, unsigned y_ = 1, unsigned z_ = 1) : x(x_), y(y_), z(z_) {}
};
typedef dim3 uint3;

static thread_local dim3 threadIdx, blockIdx, blockDim, gridDim;
static const int warpSize = 32;

namespace gv_emu {

enum { MAX_THREADS = 1024, WARPS = MAX_THREADS / 32, STACK = 64 * 1024 };

struct Fiber {
    jmp_buf ctx;
    unsigned tid;
    int state;  // 0 not started, 1 running/suspended, 2 finished
#ifdef GV_EMU_UCONTEXT
    ucontext_t uc;
#endif
};

struct Sched {
    jmp_buf main;
    Fiber fibers[MAX_THREADS];
    Fiber *cur;
    unsigned n, live;
    char *stacks;
    void (*body)(void **);
    void **args;
    unsigned bar_count, bar_gen;
    unsigned warp_count[WARPS], warp_gen[WARPS], warp_live[WARPS];
    union { double d; long long i; float f; int k; } xchg[MAX_THREADS];
#ifdef GV_EMU_UCONTEXT
    ucontext_t main_uc;
#endif
};

static thread_local Sched *g_sched = nullptr;
static thread_local char g_error[256];

static inline void fail(const char *msg) {
    fprintf(stderr, "gv_cuda_emu: %s\n", msg);
    abort();
}

/* Suspend the current fiber and return to the scheduler. */
static inline void yield() {
    Sched *s = g_sched;
    if (!_setjmp(s->cur->ctx)) _longjmp(s->main, 1);
}

static void fiber_entry() {
    Sched *s = g_sched;
    s->body(s->args);
    Fiber *f = s->cur;
    f->state = 2;
    s->live--;
    s->warp_live[f->tid / 32]--;
    _longjmp(s->main, 1);
}

#ifdef GV_EMU_UCONTEXT
static void uc_entry() { fiber_entry(); }
#endif

/* First entry of a fiber: switch to its stack and call fiber_entry (which never returns). */
static inline void start(Sched *s, unsigned i) {
    char *top = s->stacks + (size_t)(i + 1) * STACK;
    top = (char *)((uintptr_t)top & ~(uintptr_t)63);
#if defined(GV_EMU_UCONTEXT)
    Fiber *f = &s->fibers[i];
    getcontext(&f->uc);
    f->uc.uc_stack.ss_sp = s->stacks + (size_t)i * STACK;
    f->uc.uc_stack.ss_size = STACK;
    f->uc.uc_link = nullptr;
    makecontext(&f->uc, uc_entry, 0);
    setcontext(&f->uc);
#elif defined(__x86_64__)
    void (*fn)() = fiber_entry;
    __asm__ volatile("movq %0, %%rsp\n\tcallq *%1\n\tud2" : : "r"(top), "r"(fn) : "memory");
#elif defined(__aarch64__)
    void (*fn)() = fiber_entry;
    __asm__ volatile("mov sp, %0\n\tblr %1\n\tbrk #0" : : "r"(top), "r"(fn) : "memory", "x30");
#endif
    __builtin_unreachable();
}

static inline void set_thread(unsigned tid) {
    threadIdx.x = tid % blockDim.x;
    threadIdx.y = (tid / blockDim.x) % blockDim.y;
    threadIdx.z = tid / (blockDim.x * blockDim.y);
}

/* Run every thread of the current block as a fiber until all have finished. */
static void run_block_fibers(Sched *s) {
    s->live = s->n;
    s->bar_count = s->bar_gen = 0;
    for (unsigned w = 0; w < WARPS; ++w) {
        s->warp_count[w] = s->warp_gen[w] = 0;
        unsigned lo = w * 32, hi = lo + 32 < s->n ? lo + 32 : s->n;
        s->warp_live[w] = lo < s->n ? hi - lo : 0;
    }
    for (unsigned i = 0; i < s->n; ++i) {
        s->fibers[i].tid = i;
        s->fibers[i].state = 0;
    }
    while (s->live > 0) {
        for (volatile unsigned i = 0; i < s->n; i = i + 1) {
            Fiber *f = &s->fibers[i];
            if (f->state == 2) continue;
            s->cur = f;
            set_thread(f->tid);
            if (!_setjmp(s->main)) {
                if (f->state == 0) {
                    f->state = 1;
                    start(s, i);
                }
                _longjmp(f->ctx, 1);
            }
        }
    }
    s->cur = nullptr;
}

/* Barrier over `count` arrivals among `*live` threads; generation counter `gen`. */
static inline void barrier(unsigned *count, unsigned *gen, const unsigned *live) {
    unsigned my = *gen;
    if (++*count >= *live) {
        *count = 0;
        ++*gen;
        return;
    }
    while (*gen == my) {
        yield();
        if (*gen == my && *count >= *live) {
            *count = 0;
            ++*gen;
        }
    }
}

static inline Sched *need_fibers(const char *what) {
    Sched *s = g_sched;
    if (!s || !s->cur) {
        snprintf(g_error, sizeof g_error, "%s called in a kernel launched without fibers", what);
        fail(g_error);
    }
    return s;
}

static inline void warp_sync() {
    Sched *s = need_fibers("a warp operation");
    unsigned w = s->cur->tid / 32;
    barrier(&s->warp_count[w], &s->warp_gen[w], &s->warp_live[w]);
}

template <class T> static inline T shuffle_from(T v, int src, bool ok) {
    Sched *s = need_fibers("__shfl_*_sync");
    unsigned t = s->cur->tid;
    memcpy(&s->xchg[t], &v, sizeof(T));
    warp_sync();
    T r = v;
    unsigned base = t & ~31u;
    if (ok && src >= 0 && src < 32 && base + (unsigned)src < s->n &&
        s->fibers[base + src].state != 2)
        memcpy(&r, &s->xchg[base + src], sizeof(T));
    warp_sync();
    return r;
}

struct Entry {
    const char *name;
    void (*fn)(void **);
};

struct Module {
    const char *name;
    const Entry *entries;
    int count;
    Module *next;
};

static Module *g_modules = nullptr;

struct Registrar {
    Module m;
    Registrar(const char *name, const Entry *entries, int count) {
        m = Module{name, entries, count, g_modules};
        g_modules = &m;
    }
};

}  // namespace gv_emu

/* ---- CUDA device API ------------------------------------------------------------------- */
static inline void __syncthreads() {
    gv_emu::Sched *s = gv_emu::need_fibers("__syncthreads");
    gv_emu::barrier(&s->bar_count, &s->bar_gen, &s->live);
}
static inline void __syncwarp(unsigned mask = 0xffffffffu) {
    (void)mask;
    gv_emu::warp_sync();
}
static inline void __threadfence() {}
static inline void __threadfence_block() {}

static inline unsigned gv_emu_lane() { return gv_emu::g_sched->cur->tid & 31u; }

template <class T> static inline T __shfl_sync(unsigned m, T v, int src, int width = 32) {
    (void)m;
    int lane = (int)gv_emu_lane();
    return gv_emu::shuffle_from(v, (lane / width) * width + (src % width), true);
}
template <class T> static inline T __shfl_down_sync(unsigned m, T v, unsigned d, int width = 32) {
    (void)m;
    int lane = (int)gv_emu_lane();
    return gv_emu::shuffle_from(v, lane + (int)d, (lane % width) + (int)d < width);
}
template <class T> static inline T __shfl_up_sync(unsigned m, T v, unsigned d, int width = 32) {
    (void)m;
    int lane = (int)gv_emu_lane();
    return gv_emu::shuffle_from(v, lane - (int)d, (lane % width) >= (int)d);
}
template <class T> static inline T __shfl_xor_sync(unsigned m, T v, int mask, int width = 32) {
    (void)m;
    int lane = (int)gv_emu_lane();
    int src = lane ^ mask;
    return gv_emu::shuffle_from(v, src, src / width == lane / width);
}
static inline unsigned __ballot_sync(unsigned m, int pred) {
    (void)m;
    gv_emu::Sched *s = gv_emu::need_fibers("__ballot_sync");
    unsigned t = s->cur->tid, base = t & ~31u, r = 0;
    s->xchg[t].k = pred != 0;
    gv_emu::warp_sync();
    for (unsigned l = 0; l < 32 && base + l < s->n; ++l)
        if (s->fibers[base + l].state != 2 && s->xchg[base + l].k) r |= 1u << l;
    gv_emu::warp_sync();
    return r;
}
static inline int __any_sync(unsigned m, int p) { return __ballot_sync(m, p) != 0; }
static inline int __all_sync(unsigned m, int p) {
    gv_emu::Sched *s = gv_emu::g_sched;
    unsigned t = s->cur->tid, base = t & ~31u, want = 0;
    for (unsigned l = 0; l < 32 && base + l < s->n; ++l)
        if (s->fibers[base + l].state != 2) want |= 1u << l;
    return __ballot_sync(m, p) == want;
}

template <class T> static inline T atomicAdd(T *p, T v) { T o = *p; *p = o + v; return o; }
template <class T> static inline T atomicSub(T *p, T v) { T o = *p; *p = o - v; return o; }
template <class T> static inline T atomicExch(T *p, T v) { T o = *p; *p = v; return o; }
template <class T> static inline T atomicMax(T *p, T v) { T o = *p; if (v > o) *p = v; return o; }
template <class T> static inline T atomicMin(T *p, T v) { T o = *p; if (v < o) *p = v; return o; }
template <class T> static inline T atomicCAS(T *p, T c, T v) {
    T o = *p;
    if (o == c) *p = v;
    return o;
}

/* Math: the host libm stands in for CUDA's device functions (results may differ by ulps). */
static inline float rsqrtf(float x) { return 1.0f / sqrtf(x); }
static inline double rsqrt(double x) { return 1.0 / sqrt(x); }
/* glibc declares __expf & co. itself: map the CUDA intrinsics by macro (after <math.h>). */
#define __expf expf
#define __logf logf
#define __sinf sinf
#define __cosf cosf
#define __powf powf
static inline float __fdividef(float x, float y) { return x / y; }
static inline float __saturatef(float x) { return x < 0.f ? 0.f : (x > 1.f ? 1.f : x); }
static inline float __int_as_float(int i) { float f; memcpy(&f, &i, 4); return f; }
static inline int __float_as_int(float f) { int i; memcpy(&i, &f, 4); return i; }
static inline double __longlong_as_double(long long i) { double d; memcpy(&d, &i, 8); return d; }
static inline long long __double_as_longlong(double d) { long long i; memcpy(&i, &d, 8); return i; }
static inline int min(int a, int b) { return a < b ? a : b; }
static inline int max(int a, int b) { return a > b ? a : b; }
static inline unsigned min(unsigned a, unsigned b) { return a < b ? a : b; }
static inline unsigned max(unsigned a, unsigned b) { return a > b ? a : b; }
static inline long long min(long long a, long long b) { return a < b ? a : b; }
static inline long long max(long long a, long long b) { return a > b ? a : b; }
static inline float min(float a, float b) { return fminf(a, b); }
static inline float max(float a, float b) { return fmaxf(a, b); }
static inline double min(double a, double b) { return fmin(a, b); }
static inline double max(double a, double b) { return fmax(a, b); }

/* ---- host side: launch and lookup (C ABI) ---------------------------------------------- */
extern "C" {

__attribute__((visibility("default"))) const char *gv_emu_last_error(void) {
    return gv_emu::g_error;
}

__attribute__((visibility("default"))) void *gv_emu_lookup(const char *module,
                                                          const char *kernel) {
    for (gv_emu::Module *m = gv_emu::g_modules; m; m = m->next) {
        if (strcmp(m->name, module)) continue;
        for (int i = 0; i < m->count; ++i)
            if (!strcmp(m->entries[i].name, kernel)) return (void *)m->entries[i].fn;
    }
    return nullptr;
}

__attribute__((visibility("default"))) int gv_emu_launch(void *wrapper, unsigned gx, unsigned gy,
                                                         unsigned gz, unsigned bx, unsigned by,
                                                         unsigned bz, int fibers, void **args) {
    using namespace gv_emu;
    unsigned long long nt = (unsigned long long)bx * by * bz;
    if (!wrapper || !gx || !gy || !gz || !nt || nt > MAX_THREADS) {
        snprintf(g_error, sizeof g_error, "bad launch: grid (%u,%u,%u) block (%u,%u,%u)", gx,
                 gy, gz, bx, by, bz);
        return 1;
    }
    if (g_sched && g_sched->cur) {
        snprintf(g_error, sizeof g_error, "nested launch");
        return 2;
    }
    void (*body)(void **) = (void (*)(void **))wrapper;
    gridDim = dim3(gx, gy, gz);
    blockDim = dim3(bx, by, bz);
    Sched *s = nullptr;
    if (fibers) {
        static thread_local Sched *cache = nullptr;
        if (!cache) {
            cache = (Sched *)calloc(1, sizeof(Sched));
            cache->stacks = (char *)malloc((size_t)MAX_THREADS * STACK + 64);
            if (!cache->stacks) fail("out of memory for fiber stacks");
        }
        s = cache;
        s->n = (unsigned)nt;
        s->body = body;
        s->args = args;
        g_sched = s;
    }
    for (unsigned z = 0; z < gz; ++z)
        for (unsigned y = 0; y < gy; ++y)
            for (unsigned x = 0; x < gx; ++x) {
                blockIdx = dim3(x, y, z);
                if (s) {
                    run_block_fibers(s);
                    continue;
                }
                for (unsigned t = 0; t < nt; ++t) {
                    set_thread(t);
                    body(args);
                }
            }
    g_sched = nullptr;
    return 0;
}

}  // extern "C"

#define GV_EMU_MODULE(name, entries)                                                         \
    static gv_emu::Registrar gv_emu_registrar_##name(#name, entries,                         \
                                                     (int)(sizeof(entries) / sizeof(entries[0])))

#endif /* GV_CUDA_EMU_H */
