"""The device-side prelude of every generated module: the two hooks (``GV_KERNEL``,
``GV_GMEM``) and small helpers (NaN-propagating max/min as NumPy, block reductions with warp
shuffles and shared memory). Plain CUDA C++: no #include, so NVRTC compiles it as is; guarded,
so several modules concatenate into one emulation translation unit."""

PRELUDE = r"""#ifndef GV_PRELUDE
#define GV_PRELUDE
#ifndef GV_KERNEL
#define GV_KERNEL extern "C" __global__
#endif
#ifndef GV_GMEM
#define GV_GMEM
#endif
#define GV_INF_F __int_as_float(0x7f800000)
#define GV_INF_D __longlong_as_double(0x7ff0000000000000LL)
#define GV_NAN_F __int_as_float(0x7fc00000)
#define GV_NAN_D __longlong_as_double(0x7ff8000000000000LL)
// NumPy's maximum/minimum: NaN wins.
__device__ __forceinline__ float gv_max(float a, float b) { return (a != a || a > b) ? a : b; }
__device__ __forceinline__ double gv_max(double a, double b) { return (a != a || a > b) ? a : b; }
__device__ __forceinline__ float gv_min(float a, float b) { return (a != a || a < b) ? a : b; }
__device__ __forceinline__ double gv_min(double a, double b) { return (a != a || a < b) ? a : b; }
// Logistic sigmoid without overflow (exp of a non-positive argument only), as the interpreter.
__device__ __forceinline__ float gv_sigmoid(float x) {
  const float e = expf(-fabsf(x));
  return x >= 0.0f ? 1.0f / (1.0f + e) : e / (1.0f + e);
}
__device__ __forceinline__ double gv_sigmoid(double x) {
  const double e = exp(-fabs(x));
  return x >= 0.0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
}
struct gv_sum_op {
  template <class T> __device__ __forceinline__ T operator()(T a, T b) const { return a + b; }
};
struct gv_max_op {
  template <class T> __device__ __forceinline__ T operator()(T a, T b) const {
    return gv_max(a, b);
  }
};
// Reduce v over the block (blockDim.x a multiple of 32, at most 1024); every thread gets the
// result. sh: 32 shared slots. Every thread of the block must call it.
template <class T, class Op>
__device__ __forceinline__ T gv_block_reduce(T v, T identity, Op op, T *sh) {
  const unsigned lane = threadIdx.x & 31u, warp = threadIdx.x >> 5;
  for (int o = 16; o > 0; o >>= 1) v = op(v, __shfl_down_sync(0xffffffffu, v, o));
  if (lane == 0) sh[warp] = v;
  __syncthreads();
  if (warp == 0) {
    v = lane < (blockDim.x >> 5) ? sh[lane] : identity;
    for (int o = 16; o > 0; o >>= 1) v = op(v, __shfl_down_sync(0xffffffffu, v, o));
    if (lane == 0) sh[0] = v;
  }
  __syncthreads();
  v = sh[0];
  __syncthreads();
  return v;
}
#endif
"""
