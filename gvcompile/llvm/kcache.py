"""Kernel-level de-duplication: one program's LLVM module -> compilation UNITS keyed by content.

A program module (emit.py) is an entry point that calls kernels (``gv_k3_conv2d``), each with
its own loop functions (``gv_k3_conv2d.L0``, ``.L0.par``), and shared helpers that lowering
rules add once per module (``gv_gemm_f32.thread``, ``gv_dot_f32.tile``). ``split`` cuts the
module text into units: one per kernel (the kernel and the functions named after it; a loop
kernel's loop function ``gv_k5_add.L0``, which the entry calls, is such a kernel, and its
trampoline ``.L0.par`` joins it), one per helper family (the name before the first dot) and
the driver (the entry, with the kernels whose tier is the driver's). Each unit's text is
made canonical (comments dropped, every symbol the unit defines and every local value renamed
in order of appearance, references to other units by those units' final names), and hashed:
identical kernels (same op, shapes, strides, fusion, dtype, ISA attributes: everything that is
in their IR) get one hash wherever they occur, so they are optimised once per process and
stored once on disk. The hash covers the dependencies (a kernel names the helpers it calls by
their content hash), and the rest of the key (target, versions, the pipeline's sources) is the
``salt``. Symbols a unit defines are named ``gvu_<hash>.<i>``: equal content, one symbol;
different content never collides. Anything this cannot split safely (a mutable global, a
circle of units, not exactly one entry) raises ``Unsplittable`` and the caller compiles the
module whole.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

_SYM = re.compile(r'@"([^"]+)"|@([-A-Za-z$._][-\w$.]*)')
_LOCAL = re.compile(r'%"[^"]*"|%[-A-Za-z$._][-\w$.]*')


class Unsplittable(Exception):
    """The module does not have the shape ``split`` relies on (compile it whole)."""


@dataclass
class Unit:
    """One compilation unit: ``text`` (canonical LLVM IR), ``key`` (content hash with the
    salt), ``deps`` (keys of units it calls), ``exports`` (original name -> final symbol)."""
    id: str
    text: str = ""
    key: str = ""
    deps: list[str] = field(default_factory=list)
    exports: dict[str, str] = field(default_factory=dict)
    functions: list[str] = field(default_factory=list)
    tier: str = ""
    decls: dict[str, str] = field(default_factory=dict)  # exported name -> its declaration
    members: list[str] = field(default_factory=list)  # a bundle's units' keys (compile.py)


@dataclass
class _Item:
    kind: str  # define | declare | global | other
    name: str
    lines: list[str]
    refs: list[str]


def _refs(lines: list[str], own: str) -> list[str]:
    out: list[str] = []
    for ln in lines:
        for m in _SYM.finditer(ln):
            n = m.group(1) or m.group(2)
            if n != own and n not in out:
                out.append(n)
    return out


def _name(line: str) -> str:
    m = _SYM.search(line)
    if m is None:
        raise Unsplittable(f"no symbol in {line[:80]!r}")
    return m.group(1) or m.group(2)


def parse(text: str) -> list[_Item]:
    """Top-level items of a module's text (comments and target lines dropped)."""
    items, cur = [], None
    for ln in text.splitlines():
        if cur is not None:
            cur.append(ln)
            if ln == "}":
                name = _name(cur[0])
                items.append(_Item("define", name, cur, _refs(cur, name)))
                cur = None
            continue
        s = ln.strip()
        if not s or s.startswith(";") or s.startswith("target ") or \
                s.startswith("source_filename"):
            continue
        if ln.startswith("define "):
            cur = [ln]
        elif ln.startswith("declare "):
            items.append(_Item("declare", _name(ln), [ln], []))
        elif ln.startswith("@"):
            name = _name(ln)
            items.append(_Item("global", name, [ln], _refs([ln], name)))
        else:
            items.append(_Item("other", "", [ln], []))
    if cur is not None:
        raise Unsplittable("unterminated function")
    return items


def _owners(defs: dict[str, _Item], entry: str, tier) -> dict[str, str]:
    """Function -> unit id: the driver, a kernel (called by the entry; owns the functions
    named after it) or a helper family (the name before the first dot). A kernel whose tier
    is the driver's (a GEMM call's set-up) is part of the driver: one module, not one each."""
    roots = {r for r in defs[entry].refs if r in defs}
    owner = {entry: "driver"}
    for r in sorted(roots, key=len):  # a root named after another (a loop function's
        # trampoline ``f.par`` that the entry passes to gv_parallel) belongs to it
        parts = r.split(".")
        up = next((p for p in (".".join(parts[:i]) for i in range(1, len(parts)))
                   if p in roots), None)
        owner[r] = owner[up] if up else "driver" if tier("k:" + r) == "driver" else "k:" + r
    for f in defs:
        if f in owner:
            continue
        parts = f.split(".")  # the longest root that f is named after (root + ".L0.par")
        mine = next((p for p in (".".join(parts[:i]) for i in range(len(parts) - 1, 0, -1))
                     if p in roots), None)
        owner[f] = owner[mine] if mine else "lib:" + parts[0]
    return owner


def split(text: str, salt: str, tier=lambda uid: "", store=None,
          prebuilt: dict | None = None) -> tuple[list[Unit], str]:
    """Module text -> (units in load order: every unit after the units it calls, the entry's
    final symbol name). ``tier(unit id)`` names the pipeline the unit will be optimised with;
    it is part of the unit's key. ``store`` (get(ident), put(ident, value)): where helper
    families' canonical forms are remembered beyond this process (compile.py: the machine
    store). ``prebuilt``: functions the module only declares that a unit compiled before
    defines (families.py), name -> (final symbol, declaration): referred to exactly as when
    that unit was split from a module that defined them (``Unit.decls``)."""
    prebuilt = prebuilt or {}
    items = parse(text)
    defs = {i.name: i for i in items if i.kind == "define"}
    decls = {i.name: i for i in items if i.kind == "declare"}
    globs = {i.name: i for i in items if i.kind == "global"}
    others = [i.lines[0] for i in items if i.kind == "other"]
    entries = [n for n, i in defs.items() if not i.lines[0].startswith("define internal ")]
    if len(entries) != 1:
        raise Unsplittable(f"{len(entries)} external functions (want one entry)")
    for g in globs.values():
        if " constant " not in g.lines[0]:
            raise Unsplittable(f"mutable global @{g.name}")  # units would each get a copy
    if prebuilt and others:
        raise Unsplittable("module-level lines besides functions and constants")
    owner = _merge_circles(_owners(defs, entries[0], tier), defs)
    units: dict[str, Unit] = {}
    for f in defs:
        units.setdefault(owner[f], Unit(owner[f])).functions.append(f)
    members = {u: _with_copies(units[u].functions, defs, owner) for u in units}
    deps = {u: sorted({owner[r] for f in members[u] for r in defs[f].refs
                       if r in defs and r not in members[u]}) for u in units}
    exported = {r for u in units for f in members[u] for r in defs[f].refs
                if r in defs and r not in members[u]} | {entries[0]}
    final = {n: f for n, (f, _) in prebuilt.items()}  # function -> final symbol
    out = []
    for uid in _topo(deps, "driver"):
        u = units[uid]
        u.deps = [units[d].key for d in deps[uid]]
        u.tier = tier(uid)
        u.text, u.key, names = _canonical(u, members[uid], defs, decls, globs, others,
                                          exported, final, f"{salt}\ntier {u.tier}", store,
                                          prebuilt)
        final.update(names)
        u.exports = {f: final[f] for f in u.functions if f in exported}
        u.decls = {f: _declaration(defs[f].lines[0], n) for f, n in u.exports.items()}
        out.append(u)
    return out, final[entries[0]]


def _merge_circles(owner: dict[str, str], defs) -> dict[str, str]:
    """Helper families that call each other (gv_dot_f32.thread calls gv_rows_f32.thread, which
    calls gv_dot_f32.pack) become one unit, named after all of them: units must form no
    circle. A circle through a kernel or the driver stays (``split`` refuses it)."""
    calls: dict[str, set[str]] = {}
    for f, i in defs.items():
        for r in i.refs:
            if r in defs and owner[r] != owner[f]:
                calls.setdefault(owner[f], set()).add(owner[r])

    def reach(u: str) -> set[str]:
        seen, todo = set(), [u]
        while todo:
            for v in calls.get(todo.pop(), ()):
                if v not in seen:
                    seen.add(v)
                    todo.append(v)
        return seen

    libs = sorted({u for u in owner.values() if u.startswith("lib:")})
    reached = {u: reach(u) for u in libs}
    merged = {}
    for u in libs:
        group = sorted(v for v in libs if v == u or (v in reached[u] and u in reached[v]))
        merged[u] = "lib:" + "+".join(v[len("lib:"):] for v in group)
    return {f: merged.get(u, u) for f, u in owner.items()}


SMALL_HELPER_LINES = 100


def _with_copies(own: list[str], defs, owner) -> list[str]:
    """A unit's functions and private copies of the small shared helpers it calls (a helper
    family's entry of <= SMALL_HELPER_LINES lines, e.g. a recurrent step that calls the shared
    GEMM): in one module the inliner specialised them to the caller (constant sizes), so each
    caller keeps its own copy; big helpers stay shared (called across units)."""
    out = list(own)
    for f in out:  # grows while it is walked: copies' small callees are copied too
        for r in defs[f].refs:
            if r in defs and r not in out and owner[r].startswith("lib:") and \
                    owner[r] != owner[own[0]] and len(defs[r].lines) <= SMALL_HELPER_LINES:
                out.append(r)
    return out


def _topo(deps: dict[str, list[str]], root: str) -> list[str]:
    """The units ``root`` needs, each after the units it calls."""
    order, state = [], {}

    def visit(u):
        if state.get(u) == 1:
            raise Unsplittable(f"units call each other in a circle ({u})")
        if state.get(u) == 2:
            return
        state[u] = 1
        for d in deps[u]:
            visit(d)
        state[u] = 2
        order.append(u)

    visit(root)
    return order


def _declaration(define_line: str, name: str) -> str:
    head = define_line[len("define "):]
    if head.startswith("internal "):
        head = head[len("internal "):]
    return "declare " + _SYM.sub(lambda m: f'@"{name}"', head, count=1)


_memo: dict[str, tuple] = {}  # helper families' canonical forms (see _canonical), this process


def _canonical(u: Unit, funcs, defs, decls, globs, others, exported, final, salt, store=None,
               prebuilt=None):
    """(canonical text with final names, key, {own function: final name}) of one unit whose
    module holds ``funcs`` (its own functions, then private copies). A helper family's result
    is remembered under the hash of everything it is a function of (its text before renaming,
    its own symbols, the final names of the symbols it refers to, the salt): a family (14,000
    lines for the GEMM) is the same in most programs, and renaming it was most of ``split``."""
    mine = set(funcs)
    own = set(u.functions)
    used_globals, body = [], []
    ext_decls: dict[str, str] = {}  # symbol -> declaration (equal kernels: one symbol)
    for f in funcs:
        lines = list(defs[f].lines)
        if f in exported and f in own:
            lines[0] = lines[0].replace("define internal ", "define ", 1)
        body += lines
        for r in defs[f].refs:
            if r in globs:
                _add_global(r, globs, used_globals)
            elif r in defs and r not in mine:
                ext_decls.setdefault(final[r], _declaration(defs[r].lines[0], final[r]))
            elif prebuilt and r in prebuilt:
                ext_decls.setdefault(final[r], prebuilt[r][1])
            elif r in decls:
                ext_decls.setdefault(r, decls[r].lines[0])
    local_names = mine | set(used_globals)
    text = "\n".join(others + [globs[g].lines[0] for g in used_globals] +
                     [ext_decls[k] for k in sorted(ext_decls)] + body)
    ident = _ident(u, text, local_names, final, salt) if u.id.startswith("lib:") else None
    if ident is not None:
        hit = _memo.get(ident) or (store.get(ident) if store is not None else None)
        if hit is not None:
            _memo[ident] = hit
            return hit
    out = _rename(u, text, local_names, final, salt)
    if ident is not None:
        _memo[ident] = out
        if store is not None:
            store.put(ident, out)
    return out


def _ident(u: Unit, text: str, local_names: set, final: dict, salt: str) -> str:
    refs = sorted({a or b for a, b in _SYM.findall(text)} - local_names)
    h = hashlib.sha256()
    for part in (text, "\n".join(sorted(local_names)), "\n".join(sorted(u.functions)),
                 "\n".join(f"{n}={final[n]}" for n in refs if n in final), salt):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


def _rename(u: Unit, text: str, local_names: set, final: dict, salt: str):
    sym_map: dict[str, str] = {}

    def sym(m):
        n = m.group(1) or m.group(2)
        if n in local_names:
            n = sym_map.setdefault(n, f"u.{len(sym_map)}")
        elif n in final:
            n = final[n]
        return f'@"{n}"'

    text = _SYM.sub(sym, text)
    text = _rename_locals(text)
    h = hashlib.sha256(text.encode() + b"\0" + salt.encode()).hexdigest()[:24]
    text = re.sub(r'@"u\.(\d+)"', lambda m: f'@"gvu_{h}.{m.group(1)}"', text)
    return text + "\n", h, {f: f"gvu_{h}.{sym_map[f][2:]}" for f in u.functions if f in sym_map}


def _add_global(name, globs, used):
    if name in used:
        return
    used.append(name)
    for r in globs[name].refs:
        if r in globs:
            _add_global(r, globs, used)
        elif r not in used:
            raise Unsplittable(f"global @{name} refers to function @{r}")


_TOKEN = re.compile(r'(^(?:"[^"]*"|[-A-Za-z$._0-9][-\w$.]*):|%"[^"]*"|%[-A-Za-z$._][-\w$.]*)',
                    re.M)


def _rename_locals(text: str) -> str:
    """Local values, parameters and block labels renamed v0, v1, ... in order of appearance
    (the IR builder numbers them per module, so equal kernels would otherwise differ); named
    types keep their names; global variables' lines (constant data, first) are left alone.
    One ``split`` and a list pass, not a callback per token: this was most of ``split``'s
    time (LeNet-5 step: ~180,000 tokens)."""
    types = {m.group(0) for m in re.finditer(r'^(%"[^"]*"|%[-\w$.]+)(?= = type )', text, re.M)}
    lines = text.split("\n")
    cut = next((i for i, ln in enumerate(lines) if ln.startswith(("declare ", "define "))),
               len(lines))
    head = [ln for ln in lines[:cut] if ln.startswith("@")]
    rest = [ln for ln in lines[:cut] if not ln.startswith("@")] + lines[cut:]
    parts = _TOKEN.split("\n".join(rest))
    names: dict[str, str] = {}
    for i in range(1, len(parts), 2):
        t = parts[i]
        if t[0] != "%":  # a block label
            parts[i] = names.setdefault(t[:-1].strip('"'), f"v{len(names)}") + ":"
        elif t not in types:
            key = t[2:-1] if t[1] == '"' else t[1:]
            parts[i] = "%" + names.setdefault(key, f"v{len(names)}")
    return "\n".join(head + ["".join(parts)])


_PARAM = re.compile(r' %[-\w$.]+|%"[^"]*"')


def merge(texts: list[str]) -> tuple[str, list[int]]:
    """One module of several units' texts (a bundle): (its text, the indices of the texts in
    it). Declarations of one symbol are kept once; a text declaring a symbol differently from
    an earlier one (beyond parameter names), defining a named type differently, or with other
    module-level lines than functions, declarations, globals and types (metadata: numbered
    per module) is left out. Units' own symbols are distinct by construction (``gvu_<hash>``)."""
    decls: dict[str, str] = {}
    types: dict[str, str] = {}
    head, body, taken = [], [], []
    for i, text in enumerate(texts):
        mine_d, mine_t, rest, inside, plain = {}, {}, [], False, True
        for ln in text.splitlines():
            if inside:
                inside = ln != "}"
                rest.append(ln)
            elif ln.startswith("declare "):
                mine_d[_name(ln)] = ln
            elif ln.startswith("%") and " = type " in ln:
                mine_t[ln.split(" = type ", 1)[0]] = ln
            else:
                inside = ln.startswith("define ")
                plain = plain and (inside or ln.startswith("@") or not ln.strip())
                rest.append(ln)
        if not plain or any(_PARAM.sub("", decls.get(n, d)) != _PARAM.sub("", d)
                            for n, d in mine_d.items()) \
                or any(types.get(n, t) != t for n, t in mine_t.items()):
            continue  # metadata, attribute groups, ...: numbered per module
        head += [t for n, t in mine_t.items() if n not in types]
        head += [d for n, d in mine_d.items() if n not in decls]
        types.update(mine_t)
        decls.update(mine_d)
        body += rest
        taken.append(i)
    return "\n".join(head + body) + "\n", taken
