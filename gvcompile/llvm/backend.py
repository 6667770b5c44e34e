"""``target="cpu"``: Graph -> kernel plan -> LLVM IR -> O3 -> MCJIT -> a callable executable.

``LLVMBackend().build(graph)`` returns ``exe(args) -> outputs`` (NumPy arrays in the graph's
argument/output order, the interpreter's contract). One generated function runs the whole
graph; the batch extent is its first argument, so every batch size shares the compiled code.
Compiled objects are cached on disk, keyed by a hash of the graph text, constants, options,
host CPU and gvcompile version.
"""

from __future__ import annotations

import time

from .. import config
from ..plan.extent import check_linear
from ..targets import register_backend
from . import bounds, lowering  # noqa: F401  (lowering registers the op lowering rules)
from .compile import compile_plan
from .executable import Executable
from .plancache import cached_plan
from .validate import ValidatingExecutable


@register_backend("cpu")
class LLVMBackend:
    name = "cpu"

    def __init__(self, **options):
        unknown = set(options) - {"cache"}
        if unknown:
            raise TypeError(f"target 'cpu' got unknown options {sorted(unknown)}")
        self.options = options

    def build(self, graph) -> "Executable":
        t0 = time.perf_counter()
        check_linear(graph, self.name)
        use_cache = self.options.get("cache", True)
        plan, key, aliased = cached_plan(graph, use_cache)  # planned, or from the cache
        fn = compile_plan(plan, use_cache=use_cache, key=key)
        exe = Executable(graph, plan, fn, aliased)
        exe.compile_seconds = time.perf_counter() - t0
        if config.validate():  # GV_VALIDATE=1: the interpreter checks every call
            return ValidatingExecutable(graph, exe)
        return exe
