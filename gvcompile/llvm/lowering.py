"""Lowering rules of ops with their own loop nests (``register_lowering("llvm", op)``)."""

from __future__ import annotations

from . import conv_wgrad, gemm, lower_collective, lower_random, lower_rnn  # noqa: F401
