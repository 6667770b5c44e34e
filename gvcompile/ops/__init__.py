"""The op table. Importing this package registers every op family into ``OPS``; builder.py
appends typed nodes to a Graph with it, verify.py checks a Graph against it."""

from . import (  # noqa: F401  (each module registers its ops)
    collective,
    collective_async,
    conv,
    elementwise,
    leaf,
    linalg,
    loss,
    norm,
    optim,
    pool,
    random,
    reduce,
    rnn,
    shape,
    softmax,
)
from .registry import OPS, OpDef, defop, register_lowering

__all__ = ["OPS", "OpDef", "defop", "register_lowering"]
