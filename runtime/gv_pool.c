/* gvcompile CPU runtime: a tiny persistent thread pool and per-thread aligned workspaces.
 *
 *   gv_parallel(fn, ctx, n)   runs fn(ctx, c, n) once for every chunk c = 0..n-1. Chunks are
 *                             CLAIMED (an atomic counter) by the caller and by whichever
 *                             workers join the region while chunks are left: a worker that
 *                             is not scheduled (another process holds its core) costs
 *                             nothing, because the caller never waits for a worker that has
 *                             not joined; it only waits for the chunks in progress.
 *   gv_workspace(tid, bytes)  a 64-byte aligned scratch buffer private to the CALLING thread
 *                             (tid is ignored: chunks are not threads), grown on demand, kept.
 *   gv_num_threads()          workers available (GV_NUM_THREADS or the online CPU count).
 *
 * Region state is one 64-bit word: generation << 32 | closed << 31 | workers inside. A worker
 * joins with a compare-and-swap (only while the generation is current and not closed) and
 * leaves with a decrement; the caller closes the region once no chunk is left and spins until
 * the count is zero. Workers spin briefly after a region (cheap back-to-back regions), then
 * sleep on a condvar: on a 2-vCPU VM a pool that spins forever makes two threads slower than
 * one. The legacy broadcast job (job_fn for every worker, ``generation``) is kept for the
 * export runtime's shutdown (runtime/export/gv_pool_export.c). Nested regions run serially.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define GV_MAX_THREADS 64
#define GV_SPIN_ITERS 20000
#define GV_CLOSED (1ULL << 31)
#define GV_COUNT ((1ULL << 31) - 1)

typedef void (*gv_fn)(void *ctx, int64_t tid, int64_t n);

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static pthread_mutex_t call_mu = PTHREAD_MUTEX_INITIALIZER;
static atomic_long generation; /* legacy broadcast jobs (pool shutdown) */
static atomic_long remaining;
static gv_fn job_fn;
static void *job_ctx;
static int64_t job_n;
static atomic_ullong region; /* gen << 32 | closed | inside */
static atomic_long next_chunk;
static gv_fn region_fn;
static void *region_ctx;
static int64_t region_n;
static int started, nthreads;
static void *ws_ptr[GV_MAX_THREADS];
static size_t ws_size[GV_MAX_THREADS];
static _Thread_local int64_t my_tid; /* 0 for the calling thread, 1.. for workers */
static _Thread_local int in_region;

int64_t gv_num_threads(void) {
    if (nthreads) return nthreads;
    const char *e = getenv("GV_NUM_THREADS");
    long n = e ? atol(e) : sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) n = 1;
    if (n > GV_MAX_THREADS) n = GV_MAX_THREADS;
    nthreads = (int)n;
    return nthreads;
}

static void run_chunks(gv_fn fn, void *ctx, int64_t n) {
    in_region = 1;
    for (;;) {
        long c = atomic_fetch_add_explicit(&next_chunk, 1, memory_order_relaxed);
        if (c >= n) break;
        fn(ctx, c, n);
    }
    in_region = 0;
}

/* Join the region announced by state s (if still open), run chunks, leave. */
static void join_region(unsigned long long s) {
    while (!(s & GV_CLOSED)) {
        if (atomic_compare_exchange_weak_explicit(&region, &s, s + 1, memory_order_acq_rel,
                                                  memory_order_acquire)) {
            run_chunks(region_fn, region_ctx, region_n);
            atomic_fetch_sub_explicit(&region, 1, memory_order_release);
            return;
        }
    }
}

static void *worker(void *arg) {
    my_tid = (int64_t)(intptr_t)arg;
    long seen = 0;
    unsigned long long seen_r = 0;
    for (;;) {
        long g = atomic_load_explicit(&generation, memory_order_acquire);
        unsigned long long r = atomic_load_explicit(&region, memory_order_acquire);
        for (int i = 0; g == seen && (r >> 32) == seen_r && i < GV_SPIN_ITERS; i++) {
            __builtin_ia32_pause();
            g = atomic_load_explicit(&generation, memory_order_acquire);
            r = atomic_load_explicit(&region, memory_order_acquire);
        }
        if (g == seen && (r >> 32) == seen_r) {
            pthread_mutex_lock(&mu);
            while ((g = atomic_load(&generation)) == seen &&
                   ((r = atomic_load(&region)) >> 32) == seen_r)
                pthread_cond_wait(&wake, &mu);
            pthread_mutex_unlock(&mu);
        }
        if ((r >> 32) != seen_r) {
            seen_r = r >> 32;
            join_region(r);
        }
        if (g != seen) {
            seen = g;
            if (my_tid < job_n) job_fn(job_ctx, my_tid, job_n);
            atomic_fetch_sub_explicit(&remaining, 1, memory_order_acq_rel);
        }
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
    if (n <= 0) return;
    if (n == 1 || gv_num_threads() <= 1 || in_region) {
        for (int64_t c = 0; c < n; c++) fn(ctx, c, n);
        return;
    }
    pthread_mutex_lock(&call_mu); /* one region at a time */
    if (!started) start_pool();
    region_fn = fn;
    region_ctx = ctx;
    region_n = n;
    atomic_store_explicit(&next_chunk, 0, memory_order_relaxed);
    unsigned long long gen = (atomic_load(&region) >> 32) + 1;
    pthread_mutex_lock(&mu);
    atomic_store_explicit(&region, (gen & 0xffffffffULL) << 32, memory_order_release);
    pthread_cond_broadcast(&wake);
    pthread_mutex_unlock(&mu);
    run_chunks(fn, ctx, n);
    atomic_fetch_or_explicit(&region, GV_CLOSED, memory_order_acq_rel);
    while (atomic_load_explicit(&region, memory_order_acquire) & GV_COUNT)
        __builtin_ia32_pause();
    pthread_mutex_unlock(&call_mu);
}

void *gv_workspace(int64_t tid, int64_t bytes) {
    (void)tid;
    int64_t t = my_tid;
    if (t < 0 || t >= GV_MAX_THREADS) return NULL;
    if ((size_t)bytes > ws_size[t]) {
        free(ws_ptr[t]);
        size_t sz = ((size_t)bytes + 63) & ~(size_t)63;
        ws_ptr[t] = aligned_alloc(64, sz);
        memset(ws_ptr[t], 0, sz);
        ws_size[t] = sz;
    }
    return ws_ptr[t];
}

/* GV_PROFILE=1 (gvcompile/llvm/profile.py): a profiled program's entry point times each kernel
 * call with gv_prof_now() and hands the per-call nanoseconds to gv_prof_add with its
 * description (a JSON string constant of the module, one per loaded program); totals, calls
 * and the sum of the batch extents accumulate here until gv_prof_reset. */
#include <time.h>

#define GV_PROF_PROGRAMS 512

typedef struct {
    const char *meta;
    int64_t nk, calls, sum_n;
    int64_t *ns;
} gv_prof_entry;

static gv_prof_entry gv_prof[GV_PROF_PROGRAMS];
static int64_t gv_prof_used;
static pthread_mutex_t gv_prof_mu = PTHREAD_MUTEX_INITIALIZER;

int64_t gv_prof_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

void gv_prof_add(const char *meta, const int64_t *ns, int64_t nk, int64_t n) {
    pthread_mutex_lock(&gv_prof_mu);
    int64_t i = 0;
    while (i < gv_prof_used && gv_prof[i].meta != meta) i++;
    if (i == gv_prof_used && i < GV_PROF_PROGRAMS) {
        int64_t *acc = calloc((size_t)(nk > 0 ? nk : 1), sizeof(int64_t));
        if (acc) gv_prof[gv_prof_used++] = (gv_prof_entry){meta, nk, 0, 0, acc};
    }
    if (i < gv_prof_used) { /* else: table full or out of memory, the call goes uncounted */
        gv_prof_entry *e = &gv_prof[i];
        for (int64_t k = 0; k < nk && k < e->nk; k++) e->ns[k] += ns[k];
        e->calls += 1;
        e->sum_n += n;
    }
    pthread_mutex_unlock(&gv_prof_mu);
}

int64_t gv_prof_count(void) { return gv_prof_used; }

/* Program i: its description; ns (nk values), calls and the sum of N copied out. */
const char *gv_prof_read(int64_t i, int64_t *ns, int64_t cap, int64_t *calls_sum_n) {
    if (i < 0 || i >= gv_prof_used) return NULL;
    pthread_mutex_lock(&gv_prof_mu);
    gv_prof_entry *e = &gv_prof[i];
    for (int64_t k = 0; k < e->nk && k < cap; k++) ns[k] = e->ns[k];
    calls_sum_n[0] = e->calls;
    calls_sum_n[1] = e->sum_n;
    pthread_mutex_unlock(&gv_prof_mu);
    return e->meta;
}

void gv_prof_reset(void) {
    pthread_mutex_lock(&gv_prof_mu);
    for (int64_t i = 0; i < gv_prof_used; i++) {
        memset(gv_prof[i].ns, 0, (size_t)gv_prof[i].nk * sizeof(int64_t));
        gv_prof[i].calls = gv_prof[i].sum_n = 0;
    }
    pthread_mutex_unlock(&gv_prof_mu);
}
