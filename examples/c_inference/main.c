/* Train and run a model exported by gvcompile.export (a TrainStep export), from plain C.
 *
 *   make NAME=lenet EXPORT_DIR=build         build/main, linked with build/liblenet.so
 *   make static NAME=lenet EXPORT_DIR=build  build/main_static, embeds build/liblenet.a
 *   build/main [steps] [batch] [data_dir]    (examples/export_lenet.py exports and does all)
 *
 * Without data_dir the inputs are synthetic (a fixed linear congruential generator). With
 * data_dir the program reads data_dir/x.bin and data_dir/t.bin (raw arrays, `steps` batches
 * of `batch` samples each, C order) and data_dir/xf.bin (one batch for the forward pass),
 * writes the forward output to data_dir/y.bin and the parameters after training to
 * data_dir/p.bin. The losses are printed one per line ("loss <step> <value>").
 * The model name comes from the build: -DGV_NAME=lenet -DGV_UPPER=LENET -DGV_REAL=float.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GV_CAT_(a, b) a##b
#define GV_CAT(a, b) GV_CAT_(a, b)
#define GV_STR_(a) #a
#define GV_STR(a) GV_STR_(a)
#define FN(f) GV_CAT(GV_NAME, _##f)
#define UP(m) GV_CAT(GV_UPPER, _##m)
#include GV_STR(GV_NAME.h)

#ifndef GV_REAL
#define GV_REAL float
#endif
typedef GV_REAL real;
typedef GV_CAT(GV_NAME, _t) model_t;

static unsigned long long lcg_state = 12345;
static real lcg(void) { /* uniform in [-1, 1) */
    lcg_state = lcg_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (real)((double)(lcg_state >> 11) / 9007199254740992.0 * 2.0 - 1.0);
}

static real *alloc_array(int64_t n) {
    real *p = malloc(sizeof(real) * (size_t)(n > 0 ? n : 1));
    if (!p) { fprintf(stderr, "out of memory\n"); exit(2); }
    return p;
}

static real *load_or_fill(const char *dir, const char *file, int64_t n) {
    real *p = alloc_array(n);
    if (!dir) {
        for (int64_t i = 0; i < n; i++) p[i] = lcg();
        return p;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "rb");
    if (!f || fread(p, sizeof(real), (size_t)n, f) != (size_t)n) {
        fprintf(stderr, "cannot read %lld values from %s\n", (long long)n, path);
        exit(2);
    }
    fclose(f);
    return p;
}

static void save(const char *dir, const char *file, const real *p, int64_t n) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(p, sizeof(real), (size_t)n, f) != (size_t)n) {
        fprintf(stderr, "cannot write %s\n", path);
        exit(2);
    }
    fclose(f);
}

#define CHECK(call, m)                                                              \
    do {                                                                            \
        if ((call) != 0) {                                                          \
            fprintf(stderr, "%s failed: %s\n", #call, FN(last_error)(m));           \
            status = 1;                                                             \
            goto done;                                                              \
        }                                                                           \
    } while (0)

int main(int argc, char **argv) {
    int steps = argc > 1 ? atoi(argv[1]) : 5;
    int64_t batch = argc > 2 ? atoll(argv[2]) : 8;
    const char *dir = argc > 3 ? argv[3] : NULL;
    int64_t nx = UP(TRAIN_STEP_INPUT_NUMEL)(batch), nt = UP(TRAIN_STEP_TARGET_NUMEL)(batch);
    int64_t ny = UP(FORWARD_OUTPUT_NUMEL)(batch), np = FN(num_parameters)();
    real *x = load_or_fill(dir, "x.bin", nx * steps), *t = load_or_fill(dir, "t.bin", nt * steps);
    real *xf = load_or_fill(dir, "xf.bin", nx), *y = alloc_array(ny);
    real *p0 = alloc_array(np), *p1 = alloc_array(np);
    model_t *m = NULL, *other = NULL;
    int status = 0;

    CHECK(FN(create)(&m), NULL);
    CHECK(FN(create)(&other), NULL);
    CHECK(FN(get_parameters)(m, p0), m);
    for (int s = 0; s < steps; s++) {
        real loss;
        CHECK(FN(train_step)(m, batch, x + nx * s, t + nt * s, &loss), m);
        printf("loss %d %.9g\n", s, (double)loss);
    }
    CHECK(FN(forward)(m, batch, xf, y), m);
    printf("output[0] %.9g\n", (double)y[0]);
    /* the second instance never trained: it still holds the weights as exported */
    CHECK(FN(get_parameters)(other, p1), other);
    if (memcmp(p0, p1, sizeof(real) * (size_t)np) != 0) {
        fprintf(stderr, "instances are not independent\n");
        status = 1;
    }
    /* errors are reported, never crash */
    if (FN(forward)(m, 0, xf, y) == 0 || FN(forward)(m, batch, NULL, y) == 0 ||
        FN(train_step)(NULL, batch, x, t, y) == 0) {
        fprintf(stderr, "an invalid call succeeded\n");
        status = 1;
    }
    printf("error message: %s\n", FN(last_error)(m));
    printf("parameters: %lld\n", (long long)np);
    if (dir) {
        CHECK(FN(get_parameters)(m, p1), m);
        save(dir, "y.bin", y, ny);
        save(dir, "p.bin", p1, np);
    }
done:
    FN(destroy)(m);
    FN(destroy)(other);
    free(x), free(t), free(xf), free(y), free(p0), free(p1);
    return status;
}
