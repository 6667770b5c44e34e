"""Every op sample with the batch symbol N moved to each axis where it can stand (not only axis
0), forward and VJP graphs, on target="cpu" and on the CUDA emulation, against the interpreter.
A backend either computes the interpreter's answer or refuses at compile time with a
LoweringError naming the layer; it never reads the constant part of a symbolic extent as the
extent (the recurrent layers once did, silently)."""

from __future__ import annotations

import numpy as np
import pytest

from gvcompile.errors import LoweringError
from gvcompile.interp import run_graph
from gvcompile.targets import get_backend

from .batch_axes import cases

CASES = cases()
IDS = [c[0] for c in CASES]
TOL = dict(rtol=1e-10, atol=1e-12)
# Ops whose every placement must compile (a refusal would hide a regression).
MUST_COMPILE = {"rnn_seq", "lstm_seq", "gru_seq", "rnn_seq_grad", "lstm_seq_grad",
                "gru_seq_grad", "seq_index", "seq_scatter", "matmul", "add", "mul", "softmax",
                "reduce_sum", "transpose", "conv2d"}


def _compare(exe, g, args, op):
    want = run_graph(g, args)
    got = exe(args)
    assert len(got) == len(want)
    for w, x in zip(want, got, strict=True):
        assert x.shape == w.shape and x.dtype == w.dtype, op
        np.testing.assert_allclose(x, w, **TOL, err_msg=op)


def _refusal_is_clear(e: LoweringError, op: str):
    assert op not in MUST_COMPILE, f"{op} refused: {e}"
    assert "test (" in str(e) or op in str(e), f"the refusal must name the node/layer: {e}"


@pytest.mark.parametrize("cid,op,kind,g,args", CASES, ids=IDS)
def test_cpu_batch_anywhere(cid, op, kind, g, args):
    try:
        exe = get_backend("cpu").build(g)
    except LoweringError as e:
        _refusal_is_clear(e, op)
        return
    _compare(exe, g, args, op)


_cuda: dict = {}


def _cuda_built():
    if not _cuda:
        from gvcompile.cuda.backend import CudaBackend
        from gvcompile.cuda.lower import lower_graph

        ok = []
        for cid, _op, _kind, g, _args in CASES:
            try:
                lower_graph(g)
                ok.append(cid)
            except LoweringError as e:
                _cuda[cid] = e
        graphs = {c[0]: c[3] for c in CASES}
        exes = CudaBackend(emulate=True).build_many([graphs[c] for c in ok])
        _cuda.update(zip(ok, exes, strict=True))
    return _cuda


@pytest.mark.parametrize("cid,op,kind,g,args", CASES, ids=IDS)
def test_cuda_emulated_batch_anywhere(cid, op, kind, g, args):
    res = _cuda_built()[cid]
    if isinstance(res, LoweringError):
        _refusal_is_clear(res, op)
        return
    _compare(res, g, args, op)


def test_the_sweep_covers_the_recurrent_layouts():
    """The placements that broke silently: N on the batch axis (1) of a recurrent input."""
    ids = " ".join(IDS)
    for op in ("rnn_seq", "lstm_seq", "gru_seq"):
        assert f"{op}-" in ids and "N@1" in ids
