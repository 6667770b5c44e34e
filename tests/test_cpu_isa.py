"""Both CPU code paths on any host: GV_ISA=avx2 (x86-64-v3: the 6x16 GEMM, 8-float vectors,
no AVX-512) and GV_ISA=avx512 (the 12x32 GEMM, 16-float vectors; only where the host has it).
Representative programs (packed GEMM in float32 and float64, the small-M dot kernel, an
implicit-GEMM convolution, a reduction, a fused element-wise chain, an LSTM) run under each
set against the interpreter; their optimised IR and machine code use the set's vectors and no
wider ones; the two sets never share a compile-cache entry; an unsupported request is refused
before anything is compiled."""

from __future__ import annotations

import numpy as np
import pytest

import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.errors import BackendUnavailable
from gvcompile.interp import run_graph
from gvcompile.llvm import target
from gvcompile.llvm.compile import plan_key
from gvcompile.llvm.emit import ModuleEmitter
from gvcompile.targets import get_backend
from gvcompile.testing import op_graph

from .isa import select_isa
from .test_cpu_codegen import vector_bits

RNG = np.random.default_rng(11)


def _f(*shape, dt=np.float32):
    return RNG.standard_normal(shape).astype(dt)


def _lstm_inputs(t=3, n=4, i=5, h=6):
    return [_f(t, n, i), _f(n, h), _f(n, h), _f(4 * h, i), _f(4 * h, h), _f(4 * h)]


# name: (op, inputs, attrs, whether an explicit kernel (GEMM / dot) must use the widest vectors)
PROGRAMS = {
    "gemm_f32": ("matmul", [_f(70, 130), _f(130, 45)], {}, True),
    "gemm_f64": ("matmul", [_f(13, 40, dt=np.float64), _f(40, 70, dt=np.float64)],
                 {}, True),
    "dot_small_m": ("matmul", [_f(5, 40), _f(33, 40)], {"trans_b": True}, True),
    "conv2d": ("conv2d", [_f(2, 3, 9, 9), _f(8, 3, 3, 3)], {"padding": (1, 1)}, True),
    "reduce_sum": ("reduce_sum", [_f(6, 1024)], {"axes": (1,), "keepdims": False}, False),
    "softmax": ("softmax", [_f(5, 300)], {"axes": (1,)}, False),
    "lstm": ("lstm_seq", _lstm_inputs(), {}, True),
}




def _fused_graph():
    from .test_cpu_codegen import _graph

    return _graph(lambda b, x, y, z: b.emit("tanh", x * y + z) * 0.5, ("N", 257), ("N", 257),
                  ("N", 257))


def _program(name):
    if name == "fused":
        return _fused_graph(), [_f(4, 257), _f(4, 257), _f(4, 257)], False
    op, inputs, attrs, explicit = PROGRAMS[name]
    axes = [1, 0, 0, None, None, None] if op == "lstm_seq" else [0] + [None] * (len(inputs) - 1)
    return op_graph(op, inputs, attrs, batch_axes=axes), inputs, explicit


def _machine_code(plan) -> tuple[str, str]:
    mod = target.optimise(ModuleEmitter(plan).emit(), "isa_test")
    return str(mod), target.assembly(mod)


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
@pytest.mark.parametrize("name", [*PROGRAMS, "fused"])
def test_program_under_each_instruction_set(name, isa, monkeypatch):
    select_isa(monkeypatch, isa)
    g, inputs, explicit = _program(name)
    exe = get_backend("cpu").build(g)
    want = run_graph(g, inputs)
    tol = 1e-10 if inputs[0].dtype == np.float64 else 2e-5
    for w, x in zip(want, exe(inputs), strict=True):
        np.testing.assert_allclose(x, w, rtol=tol * 10, atol=tol * 5)
    text, asm = _machine_code(exe.plan)
    bits = vector_bits(text)
    widest = {"avx2": 256, "avx512": 512}[isa]
    assert bits and max(bits) >= 256, f"{name}: not vectorised ({bits})"
    assert max(bits) <= widest, f"{name}: vectors wider than {isa}'s registers ({bits})"
    if isa == "avx2":
        assert "zmm" not in asm, f"{name}: AVX-512 registers in AVX2 code"
    elif explicit:  # the GEMM blockings are chosen by the set, not by LLVM's cost model
        assert 512 in bits and "zmm" in asm, f"{name}: the AVX-512 kernels were not used"


def test_the_sets_never_share_a_cache_entry(monkeypatch):
    g, _, _ = _program("gemm_f32")
    plan = get_backend("cpu").build(g).plan
    keys = {}
    for isa in ("host", "avx2"):
        monkeypatch.setenv("GV_ISA", isa)
        keys[isa] = plan_key(plan)
    assert keys["host"] != keys["avx2"]  # x86-64-v3 is never the host's own CPU model
    if target.host_isa() == "avx512":
        monkeypatch.setenv("GV_ISA", "avx512")
        assert plan_key(plan) == keys["host"]  # the same program: one entry


def test_one_process_runs_both_sets(monkeypatch):
    """A program compiled for one set, then the same graph for the other: two functions, both
    right (the JIT keeps one engine per target machine)."""
    if target.host_isa() != "avx512":
        pytest.skip("this host has no AVX-512")
    g, inputs, _ = _program("dot_small_m")
    want = run_graph(g, inputs)[0]
    outs = []
    for isa in ("avx512", "avx2", "avx512"):
        monkeypatch.setenv("GV_ISA", isa)
        outs.append(get_backend("cpu").build(g)(inputs)[0])
    for got in outs:
        np.testing.assert_allclose(got, want, rtol=2e-5, atol=1e-5)


@pytest.mark.parametrize("isa,host,msg", [("avx512", "avx2", "AVX-512"),
                                          ("avx2", "generic", "AVX2")])
def test_a_set_the_host_lacks_is_refused_before_compiling(isa, host, msg, monkeypatch):
    g, _, _ = _program("gemm_f32")
    monkeypatch.setattr(target, "host_isa", lambda: host)
    monkeypatch.setenv("GV_ISA", isa)
    with pytest.raises(BackendUnavailable, match=f"GV_ISA={isa}.*lacks {msg}"):
        get_backend("cpu").build(g)


def test_an_unknown_set_is_an_error(monkeypatch):
    monkeypatch.setenv("GV_ISA", "sse9")
    with pytest.raises(ValueError, match="GV_ISA='sse9': expected one of host, avx2, avx512"):
        target.selected_isa()
