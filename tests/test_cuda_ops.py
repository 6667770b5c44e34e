"""The op sample table through the CUDA backend: every generated kernel runs on the CPU
emulation (``emulate=True``) and must agree with the interpreter, forward and VJP graphs, in
float32 and float64; every generated module compiles with nvcc to PTX and cubins for sm_80 and
sm_90 (skipped without nvcc). Ops without a CUDA lowering are listed in CUDA_MISSING and their
cases xfail (strict)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from gvcompile.cuda.lower import has_lowering
from gvcompile.errors import GVError, LoweringError
from gvcompile.interp import run_graph
from gvcompile.ops import OPS

from .cuda_support import CUDA_MISSING, build_all, graph_ops, sample_cases

CASES = sample_cases()
_built: dict = {}


def _backend():
    from gvcompile.cuda.backend import CudaBackend

    return CudaBackend(emulate=True)


def built():
    if not _built:
        _built.update(build_all(_backend(), CASES))
    return _built


def test_cuda_lowering_list_is_exact():
    missing = sorted(op for op in OPS if not has_lowering(op) and op not in CUDA_MISSING)
    assert not missing, f"ops without a CUDA lowering, not listed in CUDA_MISSING: {missing}"
    stale = sorted(op for op in CUDA_MISSING if op in OPS and has_lowering(op))
    assert not stale, f"listed in CUDA_MISSING but lowered now (remove them): {stale}"


def _tol(dt):
    return (2e-4, 2e-5) if np.dtype(dt) == np.float32 else (1e-10, 1e-12)


@pytest.mark.parametrize("cid,op,sample,dt,kind", CASES, ids=[c[0] for c in CASES])
def test_cuda_emulated_matches_interpreter(cid, op, sample, dt, kind):
    res = built()[cid]
    if isinstance(res, LoweringError):
        needed = sorted(o for o in CUDA_MISSING if f"'{o}'" in str(res))
        if needed:
            pytest.xfail(f"needs {needed}: {CUDA_MISSING[needed[0]]}")
        raise res
    if isinstance(res, GVError):
        pytest.skip(f"graph not buildable for this variant: {res}")
    exe, args = res
    assert not graph_ops(exe.graph) & set(CUDA_MISSING)
    got = exe(args)
    want = run_graph(exe.graph, args)
    rtol, atol = _tol(dt)
    for k, (a, b) in enumerate(zip(got, want, strict=True)):
        assert a.shape == b.shape and a.dtype == b.dtype, f"output {k}"
        scale = max(1.0, float(np.max(np.abs(b)))) if b.size else 1.0
        np.testing.assert_allclose(a, b, rtol=rtol, atol=atol * scale,
                                   err_msg=f"{cid}: output {k}")


def test_batch_extent_is_a_runtime_argument():
    """One compiled graph serves several batch sizes (kernels take N)."""
    from gvcompile.testing import op_graph

    x = np.random.default_rng(0).standard_normal((3, 5, 7)).astype(np.float32)
    g = op_graph("softmax", [x], {"axes": (1, 2)}, batch_symbolic=True)
    exe = _backend().build(g)
    for n in (1, 3, 8):
        xn = np.random.default_rng(n).standard_normal((n, 5, 7)).astype(np.float32)
        np.testing.assert_allclose(exe([xn])[0], run_graph(g, [xn])[0], rtol=1e-5, atol=1e-6)


# ---- nvcc: every generated kernel compiles for sm_80 and sm_90 -----------------------------


def _all_cuda_sources() -> str:
    parts = []
    for j, res in enumerate(v for v in built().values() if isinstance(v, tuple)):
        cmod = res[0].module  # the planned module the executable runs
        text = cmod.body()
        for k in cmod.kernels:  # kernel names are unique per module only
            text = re.sub(rf"\b{k.name}\b", f"{k.name}_m{j}", text)
        parts.append(text)
    from gvcompile.cuda.prelude import PRELUDE

    return PRELUDE + "\n".join(parts)


@pytest.mark.parametrize("kind,arch", [("ptx", "sm_80"), ("ptx", "sm_90"), ("cubin", "sm_80"),
                                       ("cubin", "sm_90")])
def test_every_kernel_compiles_with_nvcc(kind, arch):
    from gvcompile.cuda.nvcc import find_nvcc, nvcc_compile

    if find_nvcc() is None:
        pytest.skip("nvcc not installed")
    src = _all_cuda_sources()
    n_kernels = len(re.findall(r"GV_KERNEL void ", src))
    assert n_kernels > 100
    out = nvcc_compile(src, kind, arch)
    if kind == "ptx":
        text = out.decode()
        assert f".target {arch}" in text
        assert len(re.findall(r"\.entry ", text)) == n_kernels
    else:
        assert out[:4] == b"\x7fELF"
