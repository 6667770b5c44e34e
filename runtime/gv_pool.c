/* gvcompile CPU runtime: a tiny persistent thread pool and per-thread aligned workspaces.
 *
 *   gv_parallel(fn, ctx, n)   runs fn(ctx, tid, n) for tid = 0..n-1; the caller is worker 0.
 *   gv_workspace(tid, bytes)  a 64-byte aligned scratch buffer private to worker tid (grown on
 *                             demand, kept between calls).
 *   gv_num_threads()          workers available (GV_NUM_THREADS or the online CPU count).
 *
 * Workers spin briefly after a region (cheap back-to-back regions), then sleep on a condvar:
 * on a 2-vCPU VM a pool that spins forever makes two threads slower than one.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define GV_MAX_THREADS 64
#define GV_SPIN_ITERS 20000

typedef void (*gv_fn)(void *ctx, int64_t tid, int64_t n);

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static pthread_mutex_t call_mu = PTHREAD_MUTEX_INITIALIZER;
static atomic_long generation;
static atomic_long remaining;
static gv_fn job_fn;
static void *job_ctx;
static int64_t job_n;
static int started, nthreads;
static void *ws_ptr[GV_MAX_THREADS];
static size_t ws_size[GV_MAX_THREADS];

int64_t gv_num_threads(void) {
    if (nthreads) return nthreads;
    const char *e = getenv("GV_NUM_THREADS");
    long n = e ? atol(e) : sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) n = 1;
    if (n > GV_MAX_THREADS) n = GV_MAX_THREADS;
    nthreads = (int)n;
    return nthreads;
}

static void *worker(void *arg) {
    int64_t tid = (int64_t)(intptr_t)arg;
    long seen = 0;
    for (;;) {
        long g = atomic_load_explicit(&generation, memory_order_acquire);
        for (int i = 0; g == seen && i < GV_SPIN_ITERS; i++) {
            __builtin_ia32_pause();
            g = atomic_load_explicit(&generation, memory_order_acquire);
        }
        if (g == seen) {
            pthread_mutex_lock(&mu);
            while ((g = atomic_load(&generation)) == seen) pthread_cond_wait(&wake, &mu);
            pthread_mutex_unlock(&mu);
        }
        seen = g;
        if (tid < job_n) job_fn(job_ctx, tid, job_n);
        atomic_fetch_sub_explicit(&remaining, 1, memory_order_acq_rel);
    }
    return NULL;
}

static void start_pool(void) {
    int n = (int)gv_num_threads();
    for (int t = 1; t < n; t++) {
        pthread_t th;
        pthread_attr_t at;
        pthread_attr_init(&at);
        pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
        pthread_create(&th, &at, worker, (void *)(intptr_t)t);
        pthread_attr_destroy(&at);
    }
    started = 1;
}

void gv_parallel(gv_fn fn, void *ctx, int64_t n) {
    if (n > gv_num_threads()) n = gv_num_threads();
    if (n <= 1) {
        fn(ctx, 0, 1);
        return;
    }
    pthread_mutex_lock(&call_mu); /* one region at a time (nested calls run serially) */
    if (!started) start_pool();
    job_fn = fn;
    job_ctx = ctx;
    job_n = n;
    atomic_store(&remaining, nthreads - 1);
    pthread_mutex_lock(&mu);
    atomic_fetch_add_explicit(&generation, 1, memory_order_release);
    pthread_cond_broadcast(&wake);
    pthread_mutex_unlock(&mu);
    fn(ctx, 0, n);
    while (atomic_load_explicit(&remaining, memory_order_acquire) > 0) __builtin_ia32_pause();
    pthread_mutex_unlock(&call_mu);
}

void *gv_workspace(int64_t tid, int64_t bytes) {
    if (tid < 0 || tid >= GV_MAX_THREADS) return NULL;
    if ((size_t)bytes > ws_size[tid]) {
        free(ws_ptr[tid]);
        size_t sz = ((size_t)bytes + 63) & ~(size_t)63;
        ws_ptr[tid] = aligned_alloc(64, sz);
        memset(ws_ptr[tid], 0, sz);
        ws_size[tid] = sz;
    }
    return ws_ptr[tid];
}
