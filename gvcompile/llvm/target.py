"""The target machine, the O3 pipeline and the JIT (llvmlite >= 0.50 API, see
notes/toolchain.md): CPU name and features (without them nothing uses AVX2), the new pass
builder, MCJIT. One JIT engine per target machine; every compiled module is added to it.

The instruction set is config.isa() (GV_ISA): "host" is this CPU with all its features;
"avx2" is the fixed x86-64-v3 level (AVX2 + FMA, no AVX-512: what an AVX2-only machine, and
every exported library, runs), so an AVX-512 host can build and test the AVX2 code paths;
"avx512" is this CPU, which must have AVX-512. The code generator asks ``selected_isa()``
(not the host) wherever it picks code by vector width (the GEMM blockings); the cache key
holds ``target_id()``. A host that cannot run the selected set is refused when a target
machine is made, i.e. before anything is compiled; emitting IR text alone needs no check."""

from __future__ import annotations

import contextlib
import functools

import llvmlite.binding as llvm

from .. import config
from ..errors import BackendUnavailable
from .unit_worker import run_pipeline

PORTABLE_AVX2_CPU = "x86-64-v3"
# LLVM's names of the x86-64-v3 features beyond SSE4.2: all needed to run AVX2 code
X86_64_V3 = ("avx", "avx2", "bmi", "bmi2", "f16c", "fma", "lzcnt", "movbe", "xsave")


@functools.lru_cache(maxsize=None)
def _init() -> None:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()


@functools.lru_cache(maxsize=None)
def _host() -> tuple[str, str, str]:
    """(triple, cpu name, features string) of this host."""
    _init()
    return (llvm.get_process_triple(), llvm.get_host_cpu_name(),
            llvm.get_host_cpu_features().flatten())


def _host_has(*names: str) -> bool:
    _init()
    feats = llvm.get_host_cpu_features()
    return all(feats.get(n, False) for n in names)


def host_isa() -> str:
    """What this CPU runs best: "avx512", "avx2" or "generic" (no AVX2, or not x86-64)."""
    return _host_isa()


@functools.lru_cache(maxsize=None)
def _host_isa() -> str:  # asked per generator and unit: LLVM's feature query took ~10 ms
    # of a LeNet-5 step's cold compile (issue 16)
    if not _host()[0].startswith("x86_64"):
        return "generic"
    if _host_has("avx512f", *X86_64_V3):
        return "avx512"
    return "avx2" if _host_has(*X86_64_V3) else "generic"


def selected_isa() -> str:
    """The instruction set code is generated for: GV_ISA, "host" resolved to host_isa()."""
    want = config.isa()
    return host_isa() if want == "host" else want


WIDE_ATTRS = '"min-legal-vector-width"="512" "prefer-vector-width"="512"'
_FORCED: list[str] = []  # blocking forced by blocking_for (innermost last)


@contextlib.contextmanager
def blocking_for(isa: str):
    """Emit code blocked for ``isa`` whatever GV_ISA and the host say: an exported object must
    not depend on the host, so export emits its modules under ``blocking_for("avx2")``."""
    _FORCED.append(isa)
    try:
        yield
    finally:
        _FORCED.pop()


def has_avx512() -> bool:
    """Whether the generators block for AVX-512 (wide GEMM/dot tiles, 512-bit attributes): the
    ISA forced by ``blocking_for``, else the selected one (GV_ISA, default the host's)."""
    return (_FORCED[-1] if _FORCED else selected_isa()) == "avx512"


def _check_host(isa: str) -> None:
    have = host_isa()
    if isa == have or (isa == "avx2" and have == "avx512"):
        return
    triple, cpu, _ = _host()
    lacks = "AVX-512 (avx512f)" if isa == "avx512" else "AVX2/FMA (x86-64-v3)"
    if not triple.startswith("x86_64"):
        lacks = "x86-64 instructions"
    raise BackendUnavailable(
        f"codegen (llvm): GV_ISA={isa} asks for code this host cannot run: its CPU ({cpu}, "
        f"{triple}) lacks {lacks}; use GV_ISA=host" + (" or GV_ISA=avx2" if have == "avx2"
                                                         else ""))


def machine_spec() -> tuple[str, str, str]:
    """(isa, cpu name, features) of the selected target; raises if the host cannot run it."""
    isa = selected_isa()
    if config.isa() != "host":
        _check_host(isa)
    _, cpu, feats = _host()
    if config.isa() == "avx2":
        return isa, PORTABLE_AVX2_CPU, ""
    return isa, cpu, feats


def target_id() -> str:
    """Everything about the target that changes machine code (a compile-cache key part)."""
    isa, cpu, feats = machine_spec()
    return f"{isa} {cpu} {_host()[0]} {feats}"


def target_machine(jit: bool = True, opt: int = 3):
    """The selected target's machine; ``opt``: instruction selection level (compile.py's
    driver tier uses 0)."""
    _, cpu, feats = machine_spec()
    return _machine(cpu, feats, jit, opt)


@functools.lru_cache(maxsize=None)
def _machine(cpu: str, features: str, jit: bool, opt: int = 3):
    _init()
    target = llvm.Target.from_triple(llvm.get_process_triple())
    return target.create_target_machine(cpu=cpu, features=features, opt=opt, reloc="default",
                                        codemodel="jitdefault", jit=jit)


def host_description() -> str:
    """Host CPU and triple, and the instruction set selected for it."""
    triple, cpu, _ = _host()
    return f"{cpu} {triple}, isa {selected_isa()}"


def optimise(text: str, name: str, tm=None, unroll: bool = True, speed: int = 3,
             interleave: bool = True, slp: bool = True):
    """Parse LLVM IR text, verify it and run the O3 module pipeline for ``tm`` (default: the
    host's JIT target machine); returns a ModuleRef. ``unroll=False``, ``speed`` < 3,
    ``interleave=False``: the cheaper tiers of compile.py (unit_worker.TIERS)."""
    _init()
    tm = tm or target_machine()
    mod = llvm.parse_assembly(text)
    mod.name = name
    mod.triple = tm.triple
    mod.data_layout = str(tm.target_data)
    mod.verify()
    run_pipeline(mod, tm, unroll, speed, interleave, slp)
    return mod


def assembly(mod) -> str:
    return target_machine().emit_assembly(mod)


_engine: dict[tuple[str, str], "llvm.ExecutionEngine"] = {}


def object_code(mod) -> bytes:
    """Machine code of an optimised module as an object file MCJIT can load."""
    return target_machine().emit_object(mod)


def add_object(obj: bytes) -> "llvm.ExecutionEngine":
    """Load an object file (``object_code``) into the process JIT; returns the engine."""
    eng = _jit()
    eng.add_object_file(llvm.ObjectFileRef.from_data(obj))
    eng.finalize_object()
    return eng


def add_objects(objs: list[bytes]) -> "llvm.ExecutionEngine":
    """Load object files into the process JIT and link them once: an object may call symbols
    the objects before it (or in the same list) define."""
    eng = _jit()
    for obj in objs:
        eng.add_object_file(llvm.ObjectFileRef.from_data(obj))
    eng.finalize_object()
    return eng


def _jit() -> "llvm.ExecutionEngine":
    from .runtime import load_runtime

    load_runtime()
    _, cpu, feats = machine_spec()
    eng = _engine.get((cpu, feats))
    if eng is None:  # one per target machine: jit_add compiles with the engine's
        backing = llvm.parse_assembly("")
        eng = llvm.create_mcjit_compiler(backing, _machine(cpu, feats, True))
        _engine[(cpu, feats)] = eng
    return eng


def jit_add(mod) -> "llvm.ExecutionEngine":
    """Add an optimised module to the process JIT; returns the engine (for symbol lookup)."""
    eng = _jit()
    eng.add_module(mod)
    eng.finalize_object()
    eng.run_static_constructors()
    return eng
