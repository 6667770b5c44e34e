/* Data-parallel training from C: every MPI rank runs the exported step on its own batch; the
 * library calls back into MPI_Allreduce (set with mlp_set_allreduce) to average the gradients.
 *
 *   mpiexec -n 2 python examples/c_mpi/export_dp.py     # writes build/libmlp.so, mlp.h
 *   make -C examples/c_mpi && mpiexec -n 2 examples/c_mpi/build/main [steps]
 *
 * Each rank makes its own synthetic regression data (y = tanh(x A) from a rank-dependent
 * seed); at the end rank 0 checks that every rank holds the same parameters. */
#include <math.h>
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mlp.h"

#define B 4 /* this rank's batch (the export's example batch; any size works) */

static int allreduce(void *buf, int64_t count, int dtype, void *ctx) {
    MPI_Comm comm = *(MPI_Comm *)ctx;
    return MPI_Allreduce(MPI_IN_PLACE, buf, (int)count, dtype == 0 ? MPI_FLOAT : MPI_DOUBLE,
                         MPI_SUM, comm) == MPI_SUCCESS ? 0 : 1;
}

static float uniform(unsigned *s) { /* a small LCG: the same data on every run */
    *s = *s * 1664525u + 1013904223u;
    return (float)((*s >> 8) & 0xFFFF) / 65536.0f - 0.5f;
}

int main(int argc, char **argv) {
    MPI_Init(&argc, &argv);
    MPI_Comm comm = MPI_COMM_WORLD;
    int rank, world;
    MPI_Comm_rank(comm, &rank);
    MPI_Comm_size(comm, &world);
    int steps = argc > 1 ? atoi(argv[1]) : 200;
    mlp_t *m = NULL;
    if (mlp_create(&m) || mlp_set_allreduce(m, allreduce, &comm)) {
        fprintf(stderr, "rank %d: %s\n", rank, mlp_last_error(m));
        MPI_Abort(comm, 1);
    }
    unsigned seed = 12345u + 977u * (unsigned)rank;
    float a[8 * 4], x[B * 8], y[B * 4], loss = 0, first = 0;
    unsigned fixed = 7u;
    for (int i = 0; i < 8 * 4; i++) a[i] = 2.0f * uniform(&fixed); /* the same on every rank */
    for (int s = 0; s < steps; s++) {
        for (int i = 0; i < B * 8; i++) x[i] = 2.0f * uniform(&seed);
        for (int r = 0; r < B; r++)
            for (int j = 0; j < 4; j++) {
                float acc = 0;
                for (int k = 0; k < 8; k++) acc += x[r * 8 + k] * a[k * 4 + j];
                y[r * 4 + j] = tanhf(acc);
            }
        if (mlp_train_step(m, B, x, y, &loss)) { /* loss: the mean over all ranks */
            fprintf(stderr, "rank %d: %s\n", rank, mlp_last_error(m));
            MPI_Abort(comm, 1);
        }
        if (s == 0) first = loss;
    }
    int64_t n = mlp_num_parameters();
    float *p = malloc(sizeof(float) * (size_t)n), *all = NULL;
    mlp_get_parameters(m, p);
    if (rank == 0) all = malloc(sizeof(float) * (size_t)n * (size_t)world);
    MPI_Gather(p, (int)n, MPI_FLOAT, all, (int)n, MPI_FLOAT, 0, comm);
    int same = 1;
    if (rank == 0) {
        for (int r = 1; r < world; r++)
            same &= memcmp(all, all + (size_t)r * (size_t)n, sizeof(float) * (size_t)n) == 0;
        printf("%d ranks x batch %d, %d steps: mean loss %.4f -> %.4f; parameters identical "
               "on all ranks: %s\n", world, B, steps, first, loss, same ? "yes" : "NO");
    }
    free(p);
    free(all);
    mlp_destroy(m);
    MPI_Finalize();
    return same && loss < first ? 0 : 1;
}
