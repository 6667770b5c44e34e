"""Helper families (GEMM, dot) whose bodies are built only when no store holds them.

A family generator (gemm.GemmGen, gemm_dot.DotGen) DECLARES its entry functions when a lowering
rule first asks for it, and registers the code that builds its bodies as ``Parts``; kernels call
the declarations. ``ModuleEmitter.emit`` then either builds the bodies (``Parts.finish``) or,
when compile.py finds the family's compiled unit by its recipe (everything its code is a
function of: generator, dtype, blocking, the entries the program calls, plus the code
generator's sources and knobs and the unit salt), leaves only the declarations in the program
module and links the stored object. Building and printing the GEMM family's ~14,000 lines was
~0.4 s of a LeNet-5 step's 1.3 s cold compile (issue 16).

``finish`` puts every function a part creates where it stood when the family was built eagerly
(after the global that was last when the part was registered; an entry's helpers after the
entry), so a finished module's text is the text eager building gave.
"""

from __future__ import annotations

import itertools

from llvmlite import ir

from .irutil import VOID

_ORDER = itertools.count()  # parts of all families, in the order eager building ran them


class Parts:
    """A family's deferred bodies: ``add(build)`` and ``declare(...)`` in the order eager
    building created them; ``finish()`` runs them once."""

    def __init__(self, module: ir.Module):
        self.m = module
        self.parts: list[tuple[int, str | None, object]] = []  # (order, anchor global, build)
        self.entries: dict[str, ir.Function] = {}
        self.used: set[str] = set()
        self.created: set[str] = set()  # every global its parts created (finish)
        self.finished = False

    def _last(self) -> str | None:
        return next(reversed(self.m.globals), None)

    def add(self, build) -> None:
        """``build()`` creates helper functions; they go after the global that is last now."""
        self.parts.append((next(_ORDER), self._last(), build))

    def declare(self, name: str, args, names, build) -> ir.Function:
        """Declare entry ``name`` (void, ``args``); ``build(fn)`` fills its body later (the
        functions it creates go after the entry)."""
        fn = ir.Function(self.m, ir.FunctionType(VOID, args), name)
        for a, nm in zip(fn.args, names, strict=True):
            a.name = nm
        self.entries[name] = fn
        self.parts.append((next(_ORDER), name, lambda: build(fn)))
        return fn

    def use(self, fn: ir.Function) -> ir.Function:
        """An entry a kernel calls (part of the recipe: the unit exports exactly these)."""
        self.used.add(fn.name)
        return fn

    def finish(self) -> None:
        finish([self])

    def recipe(self, what: str) -> str:
        """The family's own part of its recipe: ``what`` (generator, dtype, blocking) and the
        entries kernels call."""
        return f"{what}|entries {sorted(self.entries)}|used {sorted(self.used)}"


def body_fn(module: ir.Module, name: str, args, names) -> ir.Function:
    """The function ``name``: the declared entry when there is one (its body is built now),
    else a new internal function."""
    fn = module.globals.get(name)
    if fn is None or not fn.is_declaration:
        fn = ir.Function(module, ir.FunctionType(VOID, args), name)
        for a, nm in zip(fn.args, names, strict=True):
            a.name = nm
    fn.linkage = "internal"
    return fn


def finish(families: list[Parts]) -> None:
    """Build the bodies of ``families`` (of one module) in the order eager building built
    them, and put each part's functions where eager building put them."""
    todo = sorted(((*p, f) for f in families if not f.finished for p in f.parts),
                  key=lambda p: p[0])
    for f in families:
        f.finished = True
    if not todo:
        return
    g = families[0].m.globals
    placed: dict[str | None, list[str]] = {}
    for _, anchor, build, fam in todo:
        before = set(g)
        build()
        new = [n for n in g if n not in before]
        fam.created.update(new)
        placed.setdefault(anchor, []).extend(new)
    moved = {n for names in placed.values() for n in names}
    order = list(placed.get(None, []))
    for n in g:
        if n not in moved:
            order.append(n)
            order.extend(placed.get(n, []))
    items = [(n, g[n]) for n in order]
    g.clear()
    g.update(items)
