"""The README's layout block is the package's map and its import rule (issue 13): it lists every
file and folder of gvcompile/, and every import points from a line to a line above it (or stays
inside one line); no two files import each other in a circle. Imports inside functions count."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "gvcompile"


def layout_lines() -> list[list[str]]:
    """The names each line of the layout block gives (``ir``, ``errors.py``, ...)."""
    text = (ROOT / "README.md").read_text()
    block = re.search(r"## Layout\n.*?```\n(.*?)```", text, flags=re.S).group(1)
    lines = []
    for line in block.splitlines():
        if not line.startswith("gvcompile/"):
            continue
        head = re.split(r"\s{2,}", line[len("gvcompile/"):])[0]
        lines.append([n.strip().rstrip("/") for n in head.split(",")])
    return lines


def entries() -> set[str]:
    return {p.name if p.is_file() else p.name for p in PKG.iterdir()
            if (p.suffix == ".py") or (p / "__init__.py").exists()}


def modules() -> dict[str, Path]:
    out = {}
    for p in PKG.rglob("*.py"):
        parts = list(p.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = p
    return out


def imports_of(mod: str, path: Path, known) -> set[str]:
    """gvcompile modules ``mod`` imports (``from x import name`` counts x.name when that is a
    module, else x)."""
    pkg = mod if path.name == "__init__.py" else mod.rsplit(".", 1)[0]
    out = set()
    for n in ast.walk(ast.parse(path.read_text())):
        if isinstance(n, ast.ImportFrom):
            base = pkg.split(".")[: len(pkg.split(".")) - (n.level - 1)] if n.level else []
            tgt = ".".join(base + ([n.module] if n.module else [])) if n.level else n.module
            if tgt and tgt.startswith("gvcompile"):
                for a in n.names:
                    out.add(f"{tgt}.{a.name}" if f"{tgt}.{a.name}" in known else tgt)
        elif isinstance(n, ast.Import):
            out |= {a.name for a in n.names if a.name.startswith("gvcompile")}
    return out - {mod}


def entry_of(mod: str) -> str:
    top = mod.split(".")[1] if "." in mod else "__init__"
    return top if (PKG / top).is_dir() else top + ".py"


def test_layout_block_lists_every_file_and_folder():
    listed = [n for line in layout_lines() for n in line]
    assert len(listed) == len(set(listed)), "a name is listed twice"
    assert set(listed) == entries(), (
        f"README layout vs gvcompile/: missing {sorted(entries() - set(listed))}, "
        f"gone {sorted(set(listed) - entries())}")


def test_every_import_points_up_the_layout():
    line = {n: k for k, names in enumerate(layout_lines()) for n in names}
    mods = modules()
    wrong = []
    for mod, path in mods.items():
        for dep in imports_of(mod, path, mods):
            if dep in mods and line[entry_of(dep)] > line[entry_of(mod)]:
                wrong.append(f"{mod} -> {dep}")
    assert not wrong, "imports that run back down the layout: " + ", ".join(sorted(wrong))


def test_no_import_circles_between_files():
    """A package's __init__.py only hands names on: its arrows are left out (importing a
    submodule runs it, which is no design choice)."""
    mods = modules()
    g = nx.DiGraph()
    for mod, path in mods.items():
        if path.name == "__init__.py":
            continue
        for dep in imports_of(mod, path, mods):
            if dep in mods and mods[dep].name != "__init__.py":
                g.add_edge(mod, dep)
    cycles = list(nx.simple_cycles(g))
    assert not cycles, f"import circles: {cycles[:5]}"


def test_no_public_name_is_both_a_function_and_a_module():
    """``gvcompile.export`` is the function; the package that builds libraries is
    gvcompile/aot (a package of the same name made ``import gvcompile.export.build`` fail)."""
    import gvcompile

    clash = [n for n in dir(gvcompile) if not n.startswith("_")
             and callable(getattr(gvcompile, n)) and n + ".py" in entries() | {
                 p.name for p in PKG.iterdir() if p.is_dir()} | {
                 p.name + ".py" for p in PKG.iterdir() if p.is_dir()}]
    assert not clash, clash
