/* The thread pool as compiled into exported libraries: runtime/gv_pool.c itself, plus a
 * destructor that stops the workers and frees the per-thread workspaces at exit, so a program
 * that links an exported library ends with nothing allocated (valgrind --leak-check=full is
 * clean: no thread-local blocks of still-running threads either).
 * Exported libraries are linked with -z nodelete: the workers run code of the library, so it
 * must never be unmapped while the process lives. */
#include "../gv_pool.c"

#include <errno.h>
#include <sys/syscall.h>
#include <time.h>

static atomic_long gv_exited;
static atomic_long gv_worker_tids[GV_MAX_THREADS]; /* kernel ids of the exiting workers */

static void gv_worker_exit(void *ctx, int64_t tid, int64_t n) {
    (void)ctx, (void)n;
    if (tid == 0) return;
    atomic_store(&gv_worker_tids[tid], (long)syscall(SYS_gettid));
    atomic_fetch_add(&gv_exited, 1);
    pthread_exit(NULL);
}

/* A detached thread cannot be joined; it is gone once the kernel no longer knows its id. */
static int gv_worker_alive(long tid) {
    return tid > 0 && syscall(SYS_tgkill, (long)getpid(), tid, 0) == 0;
}

/* Wake every worker with a job that ends the thread; wait (bounded) until all have left. */
static void gv_pool_stop(void) {
    if (!started || pthread_mutex_trylock(&call_mu) != 0) return;
    job_fn = gv_worker_exit;
    job_ctx = NULL;
    job_n = GV_MAX_THREADS;
    pthread_mutex_lock(&mu);
    atomic_fetch_add_explicit(&generation, 1, memory_order_release);
    pthread_cond_broadcast(&wake);
    pthread_mutex_unlock(&mu);
    struct timespec pause = {0, 1000000};
    for (int i = 0; i < 1000 && atomic_load(&gv_exited) < nthreads - 1; i++)
        nanosleep(&pause, NULL);
    for (int t = 1; t < GV_MAX_THREADS; t++)
        for (int i = 0; i < 1000 && gv_worker_alive(atomic_load(&gv_worker_tids[t])); i++)
            nanosleep(&pause, NULL);
    started = 0;
    pthread_mutex_unlock(&call_mu);
}

__attribute__((destructor)) static void gv_pool_release(void) {
    gv_pool_stop();
    for (int i = 0; i < GV_MAX_THREADS; i++) {
        free(ws_ptr[i]);
        ws_ptr[i] = NULL;
        ws_size[i] = 0;
    }
}
