"""The context struct a GEMM thread function reads (one layout for the packed GEMM of gemm.py
and the small-M dot kernel of gemm_dot.py): problem sizes, operands with their row and column
strides, and the batch of problems."""

from __future__ import annotations

import numpy as np
from llvmlite import ir

from .irutil import I64, PTR

CTX = ir.LiteralStructType([I64, I64, I64, PTR, I64, I64, PTR, I64, I64, PTR, I64,
                            I64, I64, I64, I64])
FIELDS = ("M", "Nn", "K", "A", "rsa", "csa", "B", "rsb", "csb", "C", "ldc",
          "nb", "sa", "sb", "sc")  # batch: nb problems, operands advanced by sa, sb, sc
# implicit GEMM (convolutions): B[k, n] = B[koff[k] + noff[n]] (i32 offset tables), and the
# fused epilogue applied to C after its last K block (plan/conv_epilogue.py): bits of eflags
# EPI_BIAS: C[m, n] += ebias[m]; EPI_RES: C[m, n] += eres[b * ersn + m * eldr + n] (problem
# b); EPI_RELU: C = max(C, 0), in that order
# A masked implicit GEMM (taps > 0: a convolution reading its unpadded image) reads B[k, n]
# only where panel n / NR's mask for tap koff[K + k] has lane n % NR (plan/conv.py
# mask_tables; koff holds the taps after the offsets; mbits per panel: taps + 1 masks, the
# last one whether all its lanes address the image; a mask is one NR-bit word on AVX-512,
# NR lanes of 0 / -1 on AVX2: gemm.py GemmGen.mword), else it is 0
CTX_GATHER = ir.LiteralStructType(list(CTX.elements) + [PTR, PTR, PTR, PTR, I64, I64, I64,
                                                        PTR, I64])
FIELDS_GATHER = FIELDS + ("koff", "noff", "ebias", "eres", "ersn", "eldr", "eflags",
                          "mbits", "taps")
EPI_BIAS, EPI_RES, EPI_RELU = 1, 2, 4


def dtype_suffix(dtype) -> str:
    return "f32" if np.dtype(dtype) == np.float32 else "f64"
