"""The host target machine, the O3 pipeline and the JIT (llvmlite >= 0.50 API, see
notes/toolchain.md): host CPU name and features (without them nothing uses AVX2), the new pass
builder, MCJIT. One JIT engine per process; every compiled module is added to it."""

from __future__ import annotations

import functools

import llvmlite.binding as llvm


@functools.lru_cache(maxsize=None)
def _init() -> None:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()


@functools.lru_cache(maxsize=None)
def target_machine(jit: bool = True):
    _init()
    target = llvm.Target.from_triple(llvm.get_process_triple())
    return target.create_target_machine(
        cpu=llvm.get_host_cpu_name(), features=llvm.get_host_cpu_features().flatten(), opt=3,
        reloc="default", codemodel="jitdefault", jit=jit)


def host_description() -> str:
    _init()
    return f"{llvm.get_host_cpu_name()} {llvm.get_process_triple()}"


def optimise(text: str, name: str, tm=None):
    """Parse LLVM IR text, verify it and run the O3 module pipeline for ``tm`` (default: the
    host's JIT target machine); returns a ModuleRef."""
    _init()
    tm = tm or target_machine()
    mod = llvm.parse_assembly(text)
    mod.name = name
    mod.triple = tm.triple
    mod.data_layout = str(tm.target_data)
    mod.verify()
    pto = llvm.create_pipeline_tuning_options(speed_level=3)
    pto.loop_vectorization = True
    pto.slp_vectorization = True
    pto.loop_unrolling = True
    pb = llvm.create_pass_builder(tm, pto)
    pb.getModulePassManager().run(mod, pb)
    return mod


def assembly(mod) -> str:
    return target_machine().emit_assembly(mod)


_engine = {}


def object_code(mod) -> bytes:
    """Machine code of an optimised module as an object file MCJIT can load."""
    return target_machine().emit_object(mod)


def add_object(obj: bytes) -> "llvm.ExecutionEngine":
    """Load an object file (``object_code``) into the process JIT; returns the engine."""
    eng = _jit()
    eng.add_object_file(llvm.ObjectFileRef.from_data(obj))
    eng.finalize_object()
    return eng


def _jit() -> "llvm.ExecutionEngine":
    from .runtime import load_runtime

    load_runtime()
    eng = _engine.get("mcjit")
    if eng is None:
        backing = llvm.parse_assembly("")
        eng = llvm.create_mcjit_compiler(backing, target_machine())
        _engine["mcjit"] = eng
    return eng


def jit_add(mod) -> "llvm.ExecutionEngine":
    """Add an optimised module to the process JIT; returns the engine (for symbol lookup)."""
    eng = _jit()
    eng.add_module(mod)
    eng.finalize_object()
    eng.run_static_constructors()
    return eng
