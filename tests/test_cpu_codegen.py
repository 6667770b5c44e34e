"""Structure of the kernel plan (fusion, views, memory reuse), the generated LLVM IR (golden
snapshots per instruction set, provenance, readable names) and the optimised IR (vector FMAs,
vectorised loops). Vectorisation is checked on the optimised IR against the SELECTED
instruction set (GV_ISA; by default the host's), never on one CPU's assembly: LLVM picks 256-
or 512-bit vectors by CPU model (many AVX-512 CPUs prefer 256 bits for loops)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pytest

import gvcompile
import gvcompile.llvm.backend  # noqa: F401  (registers the LLVM lowering rules)
from gvcompile.compiled.model import build_graphs
from gvcompile.interp import run_graph
from gvcompile.ir.binding import Arg
from gvcompile.ir.graph import Graph, Output
from gvcompile.ir.types import BATCH, TensorType
from gvcompile.layers import Fc, SequentialContainer
from gvcompile.llvm import gemm
from gvcompile.llvm.emit import ModuleEmitter
from gvcompile.llvm.target import assembly, host_isa, optimise, selected_isa
from gvcompile.ops.builder import Builder
from gvcompile.plan.build import build_plan
from gvcompile.targets import get_backend

GOLDEN = Path(__file__).parent / "golden"


def _graph(build, *shapes, dt=np.float32):
    b = Builder(Graph("t"))
    with b.scope("test (T)"):
        xs = [b.arg(Arg("input", i), TensorType(s, dt), f"x{i}") for i, s in enumerate(shapes)]
        outs = build(b, *xs)
    b.graph.outputs = [Output(o.id) for o in (outs if isinstance(outs, list) else [outs])]
    return b.graph


def _run_both(g, *arrays):
    want = run_graph(g, list(arrays))
    got = get_backend("cpu").build(g)(list(arrays))
    for w, x in zip(want, got, strict=True):
        np.testing.assert_allclose(x, w, rtol=1e-5, atol=1e-6)


def _kernels(plan):
    return [(k.kind, tuple(o for o in k.ops if o not in ("const",))) for k in plan.kernels]


def test_matmul_bias_relu_chain_fuses_into_one_loop():
    g = _graph(lambda b, x, w, c: b.emit("relu", b.emit("matmul", x, w, trans_b=True) + c),
               (BATCH, 8), (5, 8), (5,))
    plan = build_plan(g)
    assert _kernels(plan) == [("op", ("matmul",)), ("loop", ("add", "relu"))]
    (lp,) = plan.kernels[1].loops
    assert len(lp.loads) == 2 and [e[1] for e in lp.exprs if e[0] == "op"] == ["add", "relu"]
    rng = np.random.default_rng(0)
    _run_both(g, *(rng.standard_normal(s).astype(np.float32) for s in ((7, 8), (5, 8), (5,))))


def test_elementwise_producer_fuses_into_reduction():
    g = _graph(lambda b, x: b.emit("reduce_sum", b.emit("exp", x * 2.0), axes=(1,),
                                   keepdims=False), (BATCH, 6, 3), dt=np.float64)
    plan = build_plan(g)
    assert _kernels(plan) == [("loop", ("mul", "exp", "reduce_sum"))]
    fill, acc = plan.kernels[0].loops
    assert acc.sinks[0].mode == "sum" and len(acc.loads) == 1
    _run_both(g, np.random.default_rng(1).standard_normal((4, 6, 3)))


def test_multi_use_values_are_materialised_once():
    def build(b, x):
        e = b.emit("exp", x)
        return [e * e + 1.0, b.emit("reduce_max", e, axes=(1,), keepdims=True)]

    g = _graph(build, (BATCH, 9))
    plan = build_plan(g)
    # exp is stored once; its element-wise users join its loop (multi-output fusion)
    assert _kernels(plan) == [("loop", ("exp", "mul", "add")), ("loop", ("reduce_max",))]
    _run_both(g, np.random.default_rng(2).standard_normal((3, 9)).astype(np.float32))


def test_movement_ops_are_views_folded_into_consumers():
    g = _graph(lambda b, x: b.emit("flip", b.emit("transpose", x, perm=(1, 0)), axes=(1,))
               + 1.0, (BATCH, 5))
    plan = build_plan(g)
    assert _kernels(plan) == [("loop", ("add",))]
    assert [str(s) for s in plan.kernels[0].loops[0].loads[0].strides] == ["1", "-5"]
    _run_both(g, np.arange(15, dtype=np.float32).reshape(3, 5))


def test_arena_reuses_dead_blocks():
    def build(b, x):
        v = x
        for _ in range(6):
            v = b.emit("exp", v)
            v = v * b.emit("tanh", v)  # exp has two users: it is materialised
        return v

    g = _graph(build, (BATCH, 64))
    plan = build_plan(g)
    temps = [bf for bf in plan.buffers if bf.kind == "temp"]
    assert len(temps) >= 5
    assert plan.arena.a <= 2 * 64 * 4, str(plan)  # two live blocks at most, not one per temp
    _run_both(g, np.random.default_rng(3).uniform(-0.1, 0.1, (5, 64)).astype(np.float32))


def tiny_model():
    gvcompile.manual_seed(0)
    return SequentialContainer([Fc(4, 3, activation_function="relu"), Fc(3, 2)])


def _tiny_ir():
    m = tiny_model()
    fwd, bwd = build_graphs(m, [TensorType((BATCH, 4), np.float32)], 2, name="tiny")
    return ModuleEmitter(build_plan(fwd)).emit(), ModuleEmitter(build_plan(bwd)).emit()


@pytest.mark.parametrize("isa", ["avx2", "avx512"])
def test_golden_ir_snapshot_is_byte_identical(isa, monkeypatch):
    """One snapshot per instruction set (the GEMM kernels differ); emitting IR text needs no
    host support, so both are checked on every host."""
    monkeypatch.setenv("GV_ISA", isa)
    first, second = _tiny_ir(), _tiny_ir()
    assert first == second
    text = "\n".join(first)
    path = GOLDEN / f"cpu_tiny_mlp_{isa}.ll"
    if os.environ.get("GV_UPDATE_GOLDEN"):
        path.write_text(text)
    assert path.exists(), f"{path.name} is missing: GV_UPDATE_GOLDEN=1 to write it"
    assert text == path.read_text(), "generated IR changed: GV_UPDATE_GOLDEN=1 to accept"
    assert 'define void @"gv_tiny_fwd"(' in text
    assert "; kernel gv_k" in text and "layers model[0] (Fc)" in text


# vector arithmetic in optimised IR: instructions and intrinsic calls (loads and shuffles are
# left out: the loop vectoriser's interleaved accesses load vectors wider than any register)
_ARITH = re.compile(r"= (fadd|fsub|fmul|fdiv|frem|fneg|fcmp)\b[^<\n]*<(\d+) x (float|double)>")
_INTRINSIC = re.compile(r"= (?:tail )?call[^<\n]*<(\d+) x (float|double)> @llvm\.(\w+)\.")


def vector_bits(ir_text: str, op: str | None = None) -> set[int]:
    """Bit widths of the vector arithmetic (``op``: only that instruction or intrinsic)."""
    hits = [(o, n, t) for o, n, t in _ARITH.findall(ir_text)]
    hits += [(o, n, t) for n, t, o in _INTRINSIC.findall(ir_text)]
    return {int(n) * (32 if t == "float" else 64) for o, n, t in hits if op in (None, o)}


def register_bits() -> int:
    """The widest vector register of the selected instruction set."""
    return {"avx512": 512, "avx2": 256}.get(selected_isa(), 128)


def optimised_ir(g) -> str:
    return str(optimise(ModuleEmitter(build_plan(g)).emit(), "ir_test"))


def test_matmul_micro_kernel_uses_vector_fma():
    text = optimised_ir(_graph(lambda b, x, w: b.emit("matmul", x, w), (BATCH, 64), (64, 64)))
    vw = gemm.BLOCKING[(np.dtype(np.float32), gemm.has_avx512())].vw
    fmas = re.findall(rf"call[^\n]*<{vw} x float> @llvm\.fma\.v{vw}f32", text)
    assert len(fmas) >= 12, "the micro-kernel's accumulators should be vector FMAs"


def test_fused_elementwise_loop_is_vectorised_without_contraction():
    """Element-wise bodies round as the NumPy oracle (x*y + z: two roundings, no FMA), and
    still vectorise."""
    g = _graph(lambda b, x, y, z: x * y + z, (BATCH, 256), (BATCH, 256), (BATCH, 256))
    text = optimised_ir(g)
    for op in ("fmul", "fadd"):
        bits = vector_bits(text, op)
        assert bits and 256 <= max(bits) <= register_bits(), (op, bits)
    assert not re.search(r"= f(?:mul|add)\b[^\n]*\b(?:contract|fast)\b", text)
    assert "llvm.fma" not in text and "llvm.fmuladd" not in text
    if host_isa() != "generic":  # x86: the machine code has no FMA either
        assert "vfmadd" not in assembly(optimise(ModuleEmitter(build_plan(g)).emit(), "asm"))


def test_reduction_is_vectorised():
    text = optimised_ir(_graph(lambda b, x: b.emit("reduce_sum", x, axes=(1,), keepdims=False),
                               (BATCH, 1024)))
    bits = vector_bits(text, "fadd")
    assert bits and 256 <= max(bits) <= register_bits(), bits


@pytest.mark.parametrize("n", [1, 5, 64])
def test_one_compiled_function_serves_every_batch(n):
    g = _graph(lambda b, x: b.emit("softmax", x, axes=(1,)), (BATCH, 7))
    exe = get_backend("cpu").build(g)
    x = np.random.default_rng(n).standard_normal((n, 7)).astype(np.float32)
    np.testing.assert_allclose(exe([x])[0], run_graph(g, [x])[0], rtol=1e-5, atol=1e-7)
